"""Plot helpers shared by the notebooks.

Every ``plot_*`` function takes ``ax=None`` (a new figure is made when it is None),
returns the Axes, and never calls ``plt.show()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


def axes(ax=None, *, figsize: tuple[float, float] = (6.0, 3.6)):
    """Return ``ax``, or the Axes of a new figure of the given size."""
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)  # inline display crops to a tight box
    return ax


def log_axis(axis, numticks: int = 7) -> None:
    """Log scale with a few plain-text decade labels (mathtext labels redraw slowly)."""
    axis.axes.set_yscale("log") if axis.axis_name == "y" else axis.axes.set_xscale(
        "log"
    )
    axis.set_major_locator(LogLocator(numticks=numticks))
    axis.set_major_formatter(
        FuncFormatter(lambda v, _: f"{v:.0e}" if v < 1e-2 or v >= 1e3 else f"{v:g}")
    )
    axis.set_minor_locator(NullLocator())


def plot_curves(
    curves: Mapping[str, Sequence[float]],
    x: Sequence[float] | None = None,
    *,
    ax=None,
    logy: bool = False,
    xlabel: str = "",
    ylabel: str = "",
    title: str = "",
    marker: str | None = "o",
):
    """One line per entry of ``curves`` (label -> y values), on shared x values."""
    ax = axes(ax)
    for i, (label, y) in enumerate(curves.items()):
        y = np.asarray(y, dtype=float)
        xs = np.arange(1, len(y) + 1) if x is None else np.asarray(x)
        ax.plot(
            xs,
            y,
            marker=marker,
            ms=3,
            lw=1.5,
            label=label,
            color=PALETTE[i % len(PALETTE)],
        )
    if logy:
        log_axis(ax.yaxis)
    ax.set(xlabel=xlabel, ylabel=ylabel, title=title)
    ax.grid(True, which="major", alpha=0.3)
    if len(curves) > 1:
        ax.legend(frameon=False, fontsize=8)
    return ax


def plot_layer_norms(
    norms: Mapping[str, Sequence[float]],
    *,
    ax=None,
    title: str = "",
    ylabel: str = "gradient norm",
):
    """Per-layer norms (input layer first) of several networks, on a log scale."""
    ax = plot_curves(
        norms,
        ax=ax,
        logy=True,
        xlabel="layer (1 = next to the input)",
        ylabel=ylabel,
        title=title,
    )
    return ax


def plot_image(
    img: np.ndarray,
    *,
    ax=None,
    title: str = "",
    cmap: str = "gray",
    vmin: float | None = None,
    vmax: float | None = None,
    colorbar=False,
):
    """Show a 2-D array as an image without axis ticks."""
    ax = axes(ax, figsize=(3.2, 3.2))
    im = ax.imshow(img, cmap=cmap, vmin=vmin, vmax=vmax, interpolation="nearest")
    ax.set_title(title, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
    if colorbar:
        ax.figure.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    return ax


def plot_bars(
    values: Mapping[str, float],
    *,
    ax=None,
    logy: bool = False,
    ylabel: str = "",
    title: str = "",
    annotate: bool = True,
    fmt: str = "{:,.0f}",
):
    """A bar per entry of ``values`` (label -> height), optionally annotated."""
    ax = axes(ax, figsize=(4.5, 3.2))
    labels = list(values)
    heights = [float(values[k]) for k in labels]
    bars = ax.bar(
        labels, heights, color=[PALETTE[i % len(PALETTE)] for i in range(len(labels))]
    )
    if logy:
        log_axis(ax.yaxis)
    if annotate:
        for bar, h in zip(bars, heights, strict=True):
            ax.annotate(
                fmt.format(h),
                (bar.get_x() + bar.get_width() / 2, h),
                ha="center",
                va="bottom",
                fontsize=8,
            )
    ax.set(ylabel=ylabel, title=title)
    return ax


def plot_histograms(
    samples: Mapping[str, np.ndarray],
    *,
    ax=None,
    bins: int = 40,
    xlabel: str = "",
    title: str = "",
    density: bool = True,
):
    """Overlaid step histograms, one per entry of ``samples``."""
    ax = axes(ax)
    for i, (label, s) in enumerate(samples.items()):
        ax.hist(
            np.ravel(s),
            bins=bins,
            histtype="step",
            lw=1.5,
            density=density,
            label=label,
            color=PALETTE[i % len(PALETTE)],
        )
    ax.set(xlabel=xlabel, title=title)
    if len(samples) > 1:
        ax.legend(frameon=False, fontsize=8)
    return ax

"""Sliders that drive plain functions.

``explore(fn, depth=(2, 50, 1, 20))`` shows ``fn`` under a slider and renders it
once with the default value. The same ``fn`` runs headless in CI, and the
benchmark (``python -m course bench``) times it over each control's range, so
every ``explore`` call is recorded in :data:`REGISTRY`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Control:
    """A numeric slider (``values`` is the finite set it can take) or a dropdown."""

    name: str
    values: tuple
    default: object

    def widget(self):
        import ipywidgets as w

        style = {"description_width": "initial"}
        layout = w.Layout(width="420px")
        if all(isinstance(v, bool) for v in self.values):
            return w.Checkbox(value=self.default, description=self.name, style=style)
        numbers = [
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in self.values
        ]
        if all(numbers) and len(self.values) > 1:
            ints = all(isinstance(v, int) for v in self.values)
            slider, extra = (
                (w.IntSlider, {})
                if ints
                else (w.FloatSlider, {"readout_format": ".2f"})
            )
            return slider(
                value=self.default,
                min=self.values[0],
                max=self.values[-1],
                step=self.values[1] - self.values[0],
                description=self.name,
                continuous_update=False,
                style=style,
                layout=layout,
                **extra,
            )
        return w.Dropdown(
            options=list(self.values),
            value=self.default,
            description=self.name,
            style=style,
        )


def control(name: str, spec) -> Control:
    """Make a Control from ``(lo, hi, step[, default])`` or a list of options."""
    if (
        isinstance(spec, tuple)
        and len(spec) in (3, 4)
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in spec)
    ):
        lo, hi, step = spec[:3]
        default = spec[3] if len(spec) == 4 else lo
        if all(isinstance(v, int) for v in spec):
            values = tuple(range(lo, hi + 1, step))
        else:
            n = int(round((hi - lo) / step)) + 1
            values = tuple(float(round(lo + i * step, 10)) for i in range(n))
            default = float(default)
        if default not in values:
            raise ValueError(f"{name}: default {default!r} is not on the slider")
        return Control(name, values, default)
    if isinstance(spec, Sequence) and not isinstance(spec, str) and len(spec) > 0:
        return Control(name, tuple(spec), spec[0])
    raise ValueError(f"{name}: give (lo, hi, step[, default]) or a list of options")


@dataclass(frozen=True)
class Explorer:
    fn: Callable
    controls: tuple[Control, ...]

    def defaults(self) -> dict:
        return {c.name: c.default for c in self.controls}

    def sweep(self, max_points: int = 8) -> list[dict]:
        """Arguments that move one control at a time over its range."""
        calls = []
        for c in self.controls:
            idx = np.unique(
                np.linspace(0, len(c.values) - 1, min(max_points, len(c.values)))
                .round()
                .astype(int)
            )
            for i in idx:
                calls.append({**self.defaults(), c.name: c.values[i]})
        return calls


REGISTRY: list[Explorer] = []

RESTART_HINT = (
    '<div style="font-size:85%;color:#777">No slider above, or "model not found"?'
    " The kernel was restarted since this cell ran: run this cell again.</div>"
)


def render(fn: Callable, kwargs: dict) -> str:
    """Run ``fn(**kwargs)``; its printed text and new figures as one HTML block.

    Figures are rendered as the inline backend renders them (PNG, tight box) and
    closed. One block means one output message: the slider's output area is
    replaced in one step instead of emptying and refilling.
    """
    import base64
    import html
    import io
    import struct
    from contextlib import redirect_stdout

    import matplotlib.pyplot as plt

    before = set(plt.get_fignums())
    text = io.StringIO()
    with redirect_stdout(text):
        fn(**kwargs)
    parts = []
    for number in plt.get_fignums():
        if number in before:
            continue
        fig = plt.figure(number)
        png = io.BytesIO()
        fig.savefig(png, format="png", bbox_inches="tight")
        plt.close(fig)
        raw = png.getvalue()
        # The PNG header gives the size: with it the browser keeps the space of
        # the image while the new one decodes, so the page below does not jump.
        width, height = struct.unpack(">II", raw[16:24])
        data = base64.b64encode(raw).decode("ascii")
        parts.append(
            f'<img src="data:image/png;base64,{data}" width="{width}" '
            f'height="{height}" style="max-width:100%;height:auto">'
        )
    if text.getvalue():
        parts.append(
            '<pre style="margin:4px 0;white-space:pre-wrap;overflow-wrap:normal">'
            + html.escape(text.getvalue().rstrip("\n"))
            + "</pre>"
        )
    return "".join(parts)


def explore(fn: Callable, labels: dict | None = None, **controls):
    """Show ``fn`` under one widget per keyword; the first render uses the defaults.

    Each keyword is ``(lo, hi, step)``, ``(lo, hi, step, default)`` or a list of
    options (the first is the default). Its label is ``labels[name]``, else the
    name with spaces for underscores. The widget is displayed, nothing returned.
    A move redraws the figure and the text together, in place (see :func:`render`).
    """
    import ipywidgets as w
    from IPython.display import HTML, display

    parsed = tuple(control(name, spec) for name, spec in controls.items())
    REGISTRY.append(Explorer(fn, parsed))
    widgets = {c.name: c.widget() for c in parsed}
    for name, widget in widgets.items():
        widget.description = (labels or {}).get(name, name.replace("_", " "))
        # the label takes the width it needs and the control the rest of a wide
        # row: with ipywidgets' fixed widths a long label leaves a slider no track
        widget.style.description_width = "initial"
        widget.layout.width = "90%"
        widget.layout.max_width = "720px"
    out = w.Output()

    def redraw(*_):
        block = render(fn, {name: wd.value for name, wd in widgets.items()})
        # Replace the output in one state update, not by capturing a display
        # into it: the old figure stays until the new one arrives, and a
        # notebook executed by nbclient does not stall. nbclient answers every
        # captured display by sending the widget's whole state back on the
        # shell channel, which races its own wait for the execute reply; with
        # a figure of about 100 KB the cell then hung until its timeout.
        out.outputs = (
            {
                "output_type": "display_data",
                "data": {"text/html": block},
                "metadata": {},
            },
        )

    for widget in widgets.values():
        widget.observe(redraw, names="value")
    display(w.VBox([*widgets.values(), out]))
    display(HTML(RESTART_HINT))  # plain HTML: still there when the widget is not
    redraw()

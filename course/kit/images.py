"""Synthetic grey-level test images for the vision notebooks (nothing is downloaded).

Every image is a ``(size, size)`` float64 array with values in [0, 1]. Pixel
``img[y, x]`` has its row index ``y`` growing downwards and its column index ``x``
growing to the right, the usual image convention. Angles are in degrees; with ``y``
pointing down, a positive angle turns clockwise on the screen.
"""

from __future__ import annotations

import numpy as np


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates (x, y) scaled to [0, 1]: two (size, size) arrays."""
    if size < 1:
        raise ValueError(f"size must be positive, got {size}")
    t = (np.arange(size) + 0.5) / size
    return np.meshgrid(t, t, indexing="xy")


def add_noise(
    img: np.ndarray, sigma: float, *, seed: int = 0, clip: bool = True
) -> np.ndarray:
    """``img`` plus i.i.d. Gaussian noise of standard deviation ``sigma``.

    img: (H, W) float; returns a new (H, W) float64 array, clipped to [0, 1] unless
    ``clip=False``. The noise comes from ``np.random.default_rng(seed)``.
    """
    if sigma < 0:
        raise ValueError(f"sigma must be non-negative, got {sigma}")
    img = np.asarray(img, dtype=np.float64)
    noisy = img + sigma * np.random.default_rng(seed).standard_normal(img.shape)
    return np.clip(noisy, 0.0, 1.0) if clip else noisy


def shapes_image(
    size: int = 64,
    *,
    angle: float = 25.0,
    background: float = 0.2,
    square: float = 0.9,
    disc: float = 0.6,
    noise: float = 0.0,
    seed: int = 0,
) -> np.ndarray:
    """A square rotated by ``angle`` (top left) and a disc (bottom right).

    The square is centred at (0.32, 0.35) of the width and height with half-side
    0.18, the disc at (0.70, 0.68) with radius 0.18; they never overlap or touch the
    border. Grey levels ``background``, ``square`` and ``disc`` must lie in [0, 1].
    With ``noise > 0``, Gaussian noise of that standard deviation is added and the
    result clipped to [0, 1] (see :func:`add_noise`). Returns (size, size) float64.
    """
    for name, level in (("background", background), ("square", square), ("disc", disc)):
        if not 0.0 <= level <= 1.0:
            raise ValueError(f"{name} must lie in [0, 1], got {level}")
    x, y = _grid(size)
    img = np.full((size, size), float(background))
    theta = np.deg2rad(angle)
    dx, dy = x - 0.32, y - 0.35
    u = np.cos(theta) * dx + np.sin(theta) * dy
    v = -np.sin(theta) * dx + np.cos(theta) * dy
    img[(np.abs(u) <= 0.18) & (np.abs(v) <= 0.18)] = square
    img[(x - 0.70) ** 2 + (y - 0.68) ** 2 <= 0.18**2] = disc
    return add_noise(img, noise, seed=seed) if noise > 0 else img


def step_edge(
    size: int = 64,
    angle: float = 0.0,
    noise: float = 0.0,
    *,
    low: float = 0.25,
    high: float = 0.75,
    seed: int = 0,
) -> np.ndarray:
    """A straight edge through the image centre, ``low`` on one side, ``high`` beyond.

    The pixels whose centre has ``(x - 1/2) cos(angle) + (y - 1/2) sin(angle) > 0``
    (x, y scaled to [0, 1]) are ``high``. ``angle=0`` gives a vertical edge, dark on
    the left and bright on the right, between columns ``size // 2 - 1`` and
    ``size // 2`` when ``size`` is even; ``angle=90`` a horizontal edge, bright below.
    With ``noise > 0``, Gaussian noise is added and the result clipped to [0, 1].
    Returns (size, size) float64.
    """
    if not 0.0 <= low <= 1.0 or not 0.0 <= high <= 1.0:
        raise ValueError(f"low and high must lie in [0, 1], got {low}, {high}")
    x, y = _grid(size)
    theta = np.deg2rad(angle)
    side = (x - 0.5) * np.cos(theta) + (y - 0.5) * np.sin(theta)
    img = np.where(side > 1e-12, float(high), float(low))
    return add_noise(img, noise, seed=seed) if noise > 0 else img

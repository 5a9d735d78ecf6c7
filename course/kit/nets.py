"""Small, reproducible torch networks for demos and tests.

Layers are created on the ``meta`` device and initialised with a private
``torch.Generator``, so building a network never touches torch's global RNG.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import nn

ACTIVATIONS = {
    "relu": nn.ReLU,
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
    "identity": nn.Identity,
}


def linear(
    fan_in: int,
    fan_out: int,
    *,
    generator: torch.Generator,
    dtype: torch.dtype = torch.float64,
) -> nn.Linear:
    """nn.Linear with PyTorch's default init, U(±1/√fan_in), from ``generator``."""
    layer = nn.Linear(fan_in, fan_out, device="meta", dtype=dtype).to_empty(
        device="cpu"
    )
    bound = 1.0 / math.sqrt(fan_in)
    with torch.no_grad():
        layer.weight.uniform_(-bound, bound, generator=generator)
        layer.bias.uniform_(-bound, bound, generator=generator)
    return layer


def mlp(
    sizes: Sequence[int],
    activation: str = "relu",
    *,
    seed: int = 0,
    dtype: torch.dtype = torch.float64,
) -> nn.Sequential:
    """Linear layers of the given sizes, with ``activation`` between them.

    ``mlp([8, 16, 16, 1], "sigmoid")`` is Linear(8,16), Sigmoid, Linear(16,16),
    Sigmoid, Linear(16,1).
    """
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}")
    gen = torch.Generator().manual_seed(seed)
    mods: list[nn.Module] = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        mods.append(linear(a, b, generator=gen, dtype=dtype))
        if i < len(sizes) - 2:
            mods.append(ACTIVATIONS[activation]())
    return nn.Sequential(*mods)


def batch(
    n: int,
    d_in: int,
    d_out: int = 1,
    *,
    seed: int = 0,
    dtype: torch.dtype = torch.float64,
) -> tuple[torch.Tensor, torch.Tensor]:
    """A synthetic regression batch: X (n, d_in) and y (n, d_out), standard normal."""
    gen = torch.Generator().manual_seed(seed)
    X = torch.randn(n, d_in, generator=gen, dtype=dtype)
    y = torch.randn(n, d_out, generator=gen, dtype=dtype)
    return X, y


class MatMul(nn.Module):
    """``y = x @ weight``: a layer with a 2-D ``weight`` that is not an nn.Linear.

    Tests use it to check that code which should visit only nn.Linear layers does
    not pick up every parameter called ``weight``.
    """

    def __init__(self, n: int, *, generator: torch.Generator, dtype=torch.float32):
        super().__init__()
        w = torch.randn(n, n, generator=generator, dtype=dtype) / math.sqrt(n)
        self.weight = nn.Parameter(w)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x @ self.weight

"""Printing numbers whose last digits depend on the machine.

A difference at rounding level (two formulas for the same function, a hand-written
gradient against autograd) has no fixed digits: its size changes with the CPU's
vector instructions, the BLAS and the math library. A checked output prints such a
difference as a bound, so that it means the same on every machine.
"""

from __future__ import annotations


def below(value: float, bound: float) -> str:
    """``"< bound"`` when ``value`` is under it, else the value itself (``.1e``).

    >>> below(4.8e-16, 1e-14)
    '< 1e-14'
    >>> below(0.02, 1e-14)
    '2.0e-02'
    """
    value = float(value)
    if value < bound:
        return f"< {bound:.0e}"
    return f"{value:.1e}"

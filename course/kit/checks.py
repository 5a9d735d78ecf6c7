"""Checks used by the notebooks' tests.

They convert only plain, expected types (a float, a list of floats, an ndarray, a
tensor), so an object that claims to equal everything does not pass, and they
compare with references captured when this module is first imported (in the
setup cell, before any answer runs), so patching ``np.allclose`` or
``np.testing`` in an answer cell changes nothing here.
"""

from __future__ import annotations

import numbers

import numpy as np

_asarray = np.asarray
_isfinite = np.isfinite
_abs = np.abs
_float64 = np.float64
_ndarray = np.ndarray

try:  # torch is a course dependency, but keep the checks usable without it
    import torch as _torch

    _Tensor = _torch.Tensor
except ImportError:  # pragma: no cover
    _torch = None
    _Tensor = ()


class CheckFailed(AssertionError):
    """A test found a wrong answer; the message says what to look at."""


def fail(message: str):
    raise CheckFailed(message)


def _to_array(value, name: str) -> np.ndarray:
    if type(value) is _ndarray:
        return (
            _asarray(value, dtype=_float64)
            if value.dtype != object
            else fail(f"{name} has dtype object: return numbers")
        )
    if _Tensor and type(value) in (_Tensor, _torch.nn.Parameter):
        return _asarray(value.detach().cpu().double().numpy())
    if type(value) in (list, tuple):
        items = []
        for i, v in enumerate(value):
            if isinstance(v, bool) or not isinstance(
                v, (numbers.Real, np.floating, np.integer)
            ):
                if _Tensor and type(v) is _Tensor and v.numel() == 1:
                    items.append(float(v.item()))
                    continue
                fail(f"{name}[{i}] is a {type(v).__name__}, expected a number")
            items.append(float(v))
        return _asarray(items, dtype=_float64)
    if isinstance(value, (numbers.Real, np.floating, np.integer)) and not isinstance(
        value, bool
    ):
        return _asarray(float(value), dtype=_float64)
    fail(f"{name} is a {type(value).__name__}; expected numbers (list, array, tensor)")


def as_array(value, name: str = "result") -> np.ndarray:
    """``value`` as a float64 array, refusing types that are not plain numbers."""
    return _to_array(value, name)


def check_type(value, types, name: str = "result"):
    """Exact type check: a subclass with its own ``__eq__`` is rejected."""
    types = types if isinstance(types, tuple) else (types,)
    if type(value) not in types:
        expected = " or ".join(t.__name__ for t in types)
        fail(f"{name} should be a {expected}, got {type(value).__name__}")
    return value


def check_shape(value, shape: tuple, name: str = "result"):
    got = tuple(as_array(value, name).shape)
    if got != tuple(shape):
        fail(f"{name} has shape {got}, expected {tuple(shape)}")


def check_close(
    actual,
    expected,
    *,
    rtol: float = 1e-7,
    atol: float = 0.0,
    name: str = "result",
    hint: str = "",
):
    """Element-wise |a - e| <= atol + rtol |e|, all finite, same shape."""
    a = as_array(actual, name)
    e = _asarray(expected, dtype=_float64)
    if a.shape != e.shape:
        fail(f"{name} has shape {tuple(a.shape)}, not {tuple(e.shape)}. {hint}".strip())
    if not bool(_isfinite(a).all()):
        fail(f"{name} contains NaN or inf. {hint}".strip())
    err = _abs(a - e)
    tol = atol + rtol * _abs(e)
    bad = err > tol
    if bool(bad.any()):
        k = int(bad.argmax()) if a.ndim else 0
        got = a.ravel()[k] if a.ndim else float(a)
        want = e.ravel()[k] if e.ndim else float(e)
        where = (
            f" at index {tuple(int(i) for i in np.unravel_index(k, a.shape))}"
            if a.ndim
            else ""
        )
        fail(
            f"{name}{where} is {got:.6g}, expected {want:.6g} "
            f"({int(bad.sum())} of {a.size} values off). {hint}".strip()
        )


def check_scalar(
    actual,
    expected: float,
    *,
    rtol: float = 1e-7,
    atol: float = 0.0,
    name: str = "result",
    hint: str = "",
):
    if isinstance(actual, bool) or not isinstance(actual, (numbers.Real, np.floating)):
        fail(f"{name} should be a number, got {type(actual).__name__}")
    check_close(float(actual), expected, rtol=rtol, atol=atol, name=name, hint=hint)


def _turn_on_feedback() -> None:
    from course.kit import feedback

    feedback.install()


_turn_on_feedback()

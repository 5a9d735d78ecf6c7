"""Watching how a function does its work, for tests about more than its result.

``watch(fn, *args, **kwargs)`` calls ``fn(*args, **kwargs)`` and reports, besides
the result, what the tests asked to observe:

- ``spy=["torch.nn.init.normal_", "lstm_cell"]``: each call of those functions
  while ``fn`` runs, with copies of its arguments and result (a dotted name is an
  attribute of an importable module; a bare name is a global of ``fn``'s module,
  which for a notebook is the notebook itself);
- ``torch_functions=True``: the names of the torch functions called;
- ``global_rng=True``: whether the global random state of numpy, torch or the
  ``random`` module changed;
- ``python_steps=True``: how many Python calls and lines ran (a loop over pixels
  grows with the image, a vectorised version does not).

Always reported: ``names``, the global and attribute names the function's code
uses (nested functions included), and ``homes``, the module each global it uses
comes from.

In a learner's notebook all of this happens in the notebook's process. When a
notebook is graded, the test runs in the grader and ``fn`` is the student's
function in the student's process (see :mod:`course.grading.remote`): ``watch``
then runs there and only its report comes back. The result and every value are
checked by the grader; the observations themselves are made inside the student's
process, so a submission that deliberately defeats this module could hide how
its function works (never what it returns). The tamper scan looks for that.
"""

from __future__ import annotations

import copy
import importlib
import sys
import types
from dataclasses import dataclass, field

MAX_RECORDED = 1000


@dataclass
class Watched:
    """What :func:`watch` saw."""

    result: object = None
    calls: dict = field(default_factory=dict)
    torch_functions: list = field(default_factory=list)
    global_rng_changed: bool = False
    python_steps: int = 0
    names: list = field(default_factory=list)
    homes: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    def count(self, name: str) -> int:
        """How many times the spied function ``name`` was called."""
        return len(self.calls.get(name, []))


# What to watch for, to tell whether a call used torch.optim: pass
# ``spy=OPTIMIZER_SPIES, torch_functions=True`` and read :func:`optimizer_use`.
OPTIMIZER_SPIES = (
    "torch._C._log_api_usage_once",  # logs "python.optimizer" for each optimiser built
    "torch.optim.sgd.sgd",
    "torch.optim.sgd._single_tensor_sgd",
    "torch.optim.sgd._multi_tensor_sgd",
    "torch.optim.adam.adam",
    "torch.optim.adam._single_tensor_adam",
    "torch.optim.adam._multi_tensor_adam",
)


def optimizer_use(seen: Watched) -> list[str]:
    """What a watched call took from torch.optim, empty when nothing.

    An optimiser object built, one of its update functions run, a global taken
    from ``torch.optim``, or one of torch's fused optimiser kernels
    (``torch._fused_sgd_``, ``torch._fused_adam_``, ...). The call must have been
    watched with ``spy=OPTIMIZER_SPIES, torch_functions=True``.
    """
    found = []
    logged = seen.calls.get(OPTIMIZER_SPIES[0], [])
    if any(c.get("args") and c["args"][0] == "python.optimizer" for c in logged):
        found.append("an optimiser object")
    found += [f for f in OPTIMIZER_SPIES[1:] if seen.count(f)]
    found += [
        name
        for name, home in seen.homes.items()
        if isinstance(home, str) and home.split(".")[:2] == ["torch", "optim"]
    ]
    fused = ("_fused_sgd", "_fused_adam", "_fused_adagrad")
    found += [f"torch.{f}" for f in seen.torch_functions if f.startswith(fused)]
    return found


def watch(
    fn,
    *args,
    spy=(),
    torch_functions: bool = False,
    global_rng: bool = False,
    python_steps: bool = False,
    **kwargs,
) -> Watched:
    """Call ``fn(*args, **kwargs)`` and report how it ran (see the module's doc)."""
    options = {
        "spy": list(spy),
        "torch_functions": torch_functions,
        "global_rng": global_rng,
        "python_steps": python_steps,
    }
    if type(fn).__module__ == "course.grading.remote":  # a graded student function
        report = fn.watched(args, kwargs, options)
        if not isinstance(report, dict):
            raise TypeError("the watched call sent back no report")
        known = set(Watched.__dataclass_fields__)
        return Watched(**{k: v for k, v in report.items() if k in known})
    return _watch_here(fn, args, kwargs, **options)


def _watch_here(fn, args, kwargs, *, spy, torch_functions, global_rng, python_steps):
    report = Watched()
    report.names, report.homes = _code_names(fn)
    undo = []
    try:
        for target in spy:
            undo.append(_install_spy(fn, target, report.calls.setdefault(target, [])))
        states = _rng_states() if global_rng else None
        mode = _TorchSpy() if torch_functions else None
        tracer = _StepCounter() if python_steps else None
        if mode is not None:
            mode.__enter__()
        if tracer is not None:
            tracer.start()
        try:
            report.result = fn(*args, **kwargs)
        finally:
            if tracer is not None:
                tracer.stop()
                report.python_steps = tracer.count
            if mode is not None:
                mode.__exit__(None, None, None)
                report.torch_functions = sorted(set(mode.called))
        if states is not None:
            report.global_rng_changed = not _same_states(states, _rng_states())
    finally:
        for restore in reversed(undo):
            restore()
    return report


def _copy(value):
    try:
        return copy.deepcopy(value)
    except Exception:  # noqa: BLE001 - not copyable: keep the object itself
        return value


def _install_spy(fn, target: str, records: list):
    if "." in target:
        module_name, _, attr = target.rpartition(".")
        owner = importlib.import_module(module_name)
        get = lambda: getattr(owner, attr)  # noqa: E731
        put = lambda value: setattr(owner, attr, value)  # noqa: E731
    else:
        namespace = getattr(fn, "__globals__", None)
        if namespace is None:
            raise TypeError(f"cannot spy on {target!r}: {fn!r} has no globals")
        attr = target
        get = lambda: namespace[attr]  # noqa: E731
        put = lambda value: namespace.__setitem__(attr, value)  # noqa: E731
    real = get()

    def spy(*a, **k):
        record = len(records) < MAX_RECORDED
        before = _copy(list(a)) if record else None  # as passed, before any change
        result = real(*a, **k)
        if record:
            records.append({"args": before, "result": _copy(result)})
        return result

    put(spy)
    return lambda: put(real)


def _rng_states():
    import random

    import numpy as np

    states = [random.getstate(), np.random.get_state()]
    if "torch" in sys.modules:
        states.append(sys.modules["torch"].random.get_rng_state())
    return states


def _same_states(a, b) -> bool:
    import numpy as np

    if len(a) != len(b) or a[0] != b[0]:
        return False
    (name_a, keys_a, *rest_a), (name_b, keys_b, *rest_b) = a[1], b[1]
    if name_a != name_b or not np.array_equal(keys_a, keys_b) or rest_a != rest_b:
        return False
    return len(a) < 3 or bool((a[2] == b[2]).all())


class _StepCounter:
    def __init__(self):
        self.count = 0
        self._previous = None

    def _trace(self, frame, event, arg):
        self.count += 1
        return self._trace

    def start(self):
        self._previous = sys.gettrace()
        sys.settrace(self._trace)

    def stop(self):
        sys.settrace(self._previous)


class _TorchSpy:
    """A TorchFunctionMode that records the name of every torch function called."""

    def __init__(self):
        from torch.overrides import TorchFunctionMode

        called = self.called = []

        class Mode(TorchFunctionMode):
            def __torch_function__(self, func, types, args=(), kwargs=None):
                called.append(getattr(func, "__name__", repr(func)))
                return func(*args, **(kwargs or {}))

        self._mode = Mode()

    def __enter__(self):
        self._mode.__enter__()

    def __exit__(self, *exc):
        self._mode.__exit__(*exc)


def _code_names(fn) -> tuple[list, dict]:
    code = getattr(fn, "__code__", None)
    if code is None:
        return [], {}
    names: set[str] = set()
    todo = [code]
    while todo:
        current = todo.pop()
        names.update(current.co_names)
        todo.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    namespace = getattr(fn, "__globals__", {})
    homes = {}
    for name in names:
        if name in namespace:
            obj = namespace[name]
            home = obj.__name__ if isinstance(obj, types.ModuleType) else None
            home = home or getattr(obj, "__module__", None)
            if isinstance(home, str):
                homes[name] = home
    return sorted(names), homes

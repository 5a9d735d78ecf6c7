"""Unit tests of the course package's helpers."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from course.authoring.nbtext import pack, unpack
from course.kit import checks
from course.kit.nets import batch, mlp
from course.kit.widgets import Explorer, control


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __float__(self):
        return 1.0


class FloatList(list):
    def __eq__(self, other):
        return True


def test_checks_refuse_objects_that_equal_everything():
    with pytest.raises(checks.CheckFailed):
        checks.check_close(AlwaysEqual(), [1.0, 2.0])
    with pytest.raises(checks.CheckFailed):
        checks.check_close(FloatList([0.0, 0.0]), [1.0, 2.0])
    with pytest.raises(checks.CheckFailed):
        checks.check_scalar(AlwaysEqual(), 1.0)


def test_checks_accept_plain_numbers_and_report_the_worst_entry():
    checks.check_close([1.0, 2.0], np.array([1.0, 2.0]))
    checks.check_close(torch.tensor([1.0, 2.0], dtype=torch.float64), [1.0, 2.0])
    with pytest.raises(checks.CheckFailed, match=r"index \(1,\) is 3, expected 2"):
        checks.check_close([1.0, 3.0], [1.0, 2.0], hint="look here")
    with pytest.raises(checks.CheckFailed, match="NaN"):
        checks.check_close([float("nan")], [1.0])
    with pytest.raises(checks.CheckFailed, match="shape"):
        checks.check_close([1.0], [1.0, 2.0])


def test_checks_keep_working_when_numpy_is_patched(monkeypatch):
    monkeypatch.setattr(np, "allclose", lambda *a, **k: True)
    monkeypatch.setattr(np, "abs", lambda x: x * 0)
    with pytest.raises(checks.CheckFailed):
        checks.check_close([5.0], [1.0])


def test_control_parsing():
    c = control("depth", (2, 50, 1, 20))
    assert c.values[0] == 2 and c.values[-1] == 50 and c.default == 20
    f = control("p", (0.0, 0.9, 0.1))
    assert f.values[-1] == pytest.approx(0.9) and f.default == 0.0
    assert control("kind", ["a", "b"]).default == "a"
    with pytest.raises(ValueError):
        control("depth", (2, 50, 1, 51))
    sweep = Explorer(lambda depth, p: None, (c, f)).sweep(max_points=4)
    assert {s["depth"] for s in sweep} >= {2, 50} and len(sweep) == 8


def test_nets_are_reproducible_and_leave_the_global_rng_alone():
    state = torch.random.get_rng_state()
    a, b = mlp([3, 5, 1], "tanh", seed=1), mlp([3, 5, 1], "tanh", seed=1)
    X, y = batch(4, 3, seed=2)
    assert torch.equal(a(X), b(X)) and y.shape == (4, 1)
    assert torch.equal(state, torch.random.get_rng_state())
    with pytest.raises(ValueError):
        mlp([3, 1], "swish")


def test_authoring_round_trip(root):
    import nbformat

    path = (
        root
        / "source"
        / "04_training_stability_and_tuning"
        / "q01_vanishing_gradients.ipynb"
    )
    nb = nbformat.read(path, as_version=4)
    again = pack(unpack(nb))
    assert [c.source for c in again.cells] == [c.source for c in nb.cells]
    assert [c.metadata for c in again.cells] == [c.metadata for c in nb.cells]
    assert nbformat.writes(again) + "\n" == path.read_text(), (
        "notebooks are in packed form"
    )


@pytest.mark.parametrize(
    "code",
    [
        "np.testing.assert_allclose = lambda *a, **k: None",
        "import course.kit.checks\nsetattr(course.kit.checks, 'check_close', print)",
        "np.testing.__setattr__('assert_allclose', print)",
        "np.__dict__['allclose'] = print",
        "exec('x = 1')",
        "get_ipython().input_transformers_post.append(str.upper)",
        "import sys\nsys.modules['numpy'] = None",
        "import builtins\nbuiltins.abs = print",
        "def batch(*args):\n    return None",
    ],
)
def test_tamper_scan_flags(code):
    from course.grading.tamper import scan_source

    assert scan_source(code, {"np", "batch", "course"}, "cell"), code


@pytest.mark.parametrize(
    "code",
    [
        "x = np.zeros(3)\nx[0] = 1.0",
        "import sys\nprint('warn', file=sys.stderr)",
        "import warnings\nwarnings.warn('careful')",
        "for m in model.modules():\n    m.weight.data.zero_()",
        "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.w = nn.Linear(2, 2)",
    ],
)
def test_tamper_scan_leaves_ordinary_code_alone(code):
    from course.grading.tamper import scan_source

    assert scan_source(code, {"np", "nn", "torch"}, "cell") == []


def test_below_prints_a_rounding_level_difference_as_a_bound():
    from course.kit.numbers import below

    # the same bound for differences that vary in their last digits between CPUs
    assert below(4.8e-16, 1e-14) == below(3.6e-16, 1e-14) == "< 1e-14"
    assert below(torch.tensor(2e-15, dtype=torch.float64), 1e-13) == "< 1e-13"
    # a difference that is not rounding shows its size, and NaN is never "small"
    assert below(0.02, 1e-14) == "2.0e-02"
    assert below(float("nan"), 1e-14) == "nan"


def _step_by_hand(p, g):
    return p - 0.1 * g


def _step_by_function(p, g):
    from torch.optim.sgd import sgd

    p = p.clone()
    sgd(
        [p],
        [g],
        [None],
        weight_decay=0.0,
        momentum=0.0,
        lr=0.1,
        dampening=0.0,
        nesterov=False,
        maximize=False,
    )
    return p


def _step_by_kernel(p, g):
    p = p.clone()
    torch._fused_sgd_(
        [p],
        [g],
        [],
        weight_decay=0.0,
        momentum=0.0,
        lr=0.1,
        dampening=0.0,
        nesterov=False,
        maximize=False,
        is_first_step=False,
    )
    return p


def _step_by_object(p, g):
    p = p.clone().requires_grad_()
    p.grad = g
    torch.optim.SGD([p], lr=0.1).step()
    return p.detach()


@pytest.mark.parametrize(
    "step, found",
    [
        (_step_by_hand, []),
        (
            _step_by_function,
            ["torch.optim.sgd.sgd", "torch.optim.sgd._single_tensor_sgd"],
        ),
        (_step_by_kernel, ["torch._fused_sgd_"]),
        (_step_by_object, ["an optimiser object", "torch.optim.sgd.sgd"]),
    ],
)
def test_optimizer_use_names_each_way_of_using_torch_optim(step, found):
    from course.kit.probes import OPTIMIZER_SPIES, optimizer_use, watch

    p, g = torch.ones(3, dtype=torch.float64), torch.arange(3.0, dtype=torch.float64)
    seen = watch(step, p, g, spy=OPTIMIZER_SPIES, torch_functions=True)
    torch.testing.assert_close(seen.result, p - 0.1 * g)  # the same step every way
    used = optimizer_use(seen)
    assert all(f in used for f in found) and bool(used) == bool(found), used

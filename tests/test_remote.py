"""The boundary between the tests and the student's code (course.grading.remote).

What crosses it is plain data: these tests check that every kind a test needs
comes back as it went, that a reply cannot make the grader build anything else,
and that calls through the boundary behave as calls in one process would (in-place
changes, returned arguments, exceptions). The end-to-end attacks (an AST
transformer, patched helpers, an answer reading its caller's frame) are students of
the sample class, graded through nbgrader in test_grading_*.py.
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict

import numpy as np
import pytest
import torch
from torch import nn

from course.grading import remote
from course.kit.probes import watch


def roundtrip(value):
    return remote.decode(remote.encode(value))


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        3,
        2**80,
        -1.5,
        math.inf,
        "text",
        (1, (2, 3)),
        [1, [2.0, None]],
        {"a": 1, "b": [2]},
        {1: "one", (2, 3): "pair"},
        1 + 2j,
        range(2, 9, 3),
    ],
)
def test_plain_values_come_back_equal(value):
    assert roundtrip(value) == value
    assert type(roundtrip(value)) is type(value)


def test_nan_comes_back():
    assert math.isnan(roundtrip(float("nan")))


@pytest.mark.parametrize(
    "dtype",
    [np.float64, np.float32, np.float16, np.int8, np.uint16, np.bool_, np.complex64],
)
def test_arrays_keep_dtype_shape_and_values(dtype):
    a = (np.arange(24).reshape(2, 3, 4) % 3).astype(dtype)
    b = roundtrip(a)
    assert b.dtype == a.dtype and b.shape == a.shape and np.array_equal(a, b)
    assert b.flags.writeable
    view = a[:, ::2].T  # not contiguous
    assert np.array_equal(roundtrip(view), view) and roundtrip(view).shape == (4, 2, 2)
    assert roundtrip(np.zeros((0, 3), dtype)).shape == (0, 3)
    scalar = roundtrip(dtype(1))
    assert type(scalar) is np.dtype(dtype).type and scalar == 1


@pytest.mark.parametrize(
    "dtype", [torch.float64, torch.float32, torch.bfloat16, torch.int64, torch.bool]
)
def test_tensors_keep_dtype_shape_values_and_grad(dtype):
    t = (torch.arange(6).reshape(2, 3) % 2).to(dtype)
    back = roundtrip(t)
    assert back.dtype == dtype and back.shape == t.shape and torch.equal(back, t)
    p = nn.Parameter(torch.randn(3, 2, dtype=torch.float64))
    p.grad = torch.full_like(p, 3.0)
    q = roundtrip(p)
    assert isinstance(q, nn.Parameter) and q.requires_grad
    assert torch.equal(q, p) and torch.equal(q.grad, p.grad)
    assert roundtrip(torch.Size([2, 3])) == torch.Size([2, 3])
    assert roundtrip(torch.float16) is torch.float16


def test_modules_are_rebuilt_and_run_the_same():
    block = nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(4, 4, 3, stride=2, padding=1, groups=4, bias=False),
            pointwise=nn.Conv2d(4, 6, 1, bias=False),
            norm=nn.LayerNorm([6, 4, 4]),
        )
    ).double()
    block.eval()
    copy = roundtrip(block)
    assert type(copy) is nn.Sequential and not copy.training
    assert [n for n, _ in copy.named_children()] == ["depthwise", "pointwise", "norm"]
    assert copy.depthwise.groups == 4 and copy.depthwise.stride == (2, 2)
    x = torch.randn(2, 4, 8, 8, dtype=torch.float64)
    assert torch.equal(copy(x), block(x))


def test_generators_carry_their_state():
    g = torch.Generator().manual_seed(7)
    h = roundtrip(g)
    assert torch.equal(torch.rand(4, generator=g), torch.rand(4, generator=h))
    r = np.random.default_rng(3)
    s = roundtrip(r)
    assert np.array_equal(r.random(5), s.random(5))


def test_shared_objects_stay_shared():
    a = np.ones(3)
    back = roundtrip([a, a, (a,)])
    assert back[0] is back[1] is back[2][0]


class _Custom(nn.Module):
    def forward(self, x):
        return x


@pytest.mark.parametrize(
    "value",
    [
        object(),
        lambda x: x,
        np.array(["text"]),
        np.array([object()]),
        _Custom(),
        torch.zeros(2).to_sparse(),
    ],
)
def test_other_kinds_are_refused(value):
    with pytest.raises(remote.EncodeError):
        remote.encode(value)


def _mod(path, attrs=None, params=None):
    """A reply that asks for a module of class ``path`` to be rebuilt."""
    empty = {"$map": {}}
    return {
        "$mod": [
            0,
            path,
            False,
            {"$map": attrs or {}},
            {"$map": params or {}},
            empty,
            empty,
        ]
    }


LINEAR = "torch.nn.modules.linear.Linear"


@pytest.mark.parametrize(
    "reply",
    [
        _mod("subprocess.Popen"),
        _mod("os.system"),
        _mod(LINEAR, attrs={"__class__": "x"}),
        _mod(LINEAR, attrs={"_forward_hooks": 1}),
        _mod(LINEAR, params={"weight": 3}),
        _mod("torch.nn.functional.relu"),
        _mod("course.kit.nets_evil.Thing"),
        {"$nd": [0, "|O", [1], "AAAAAAAAAAA="]},
        {"$nd": [0, "<f8", [3], "AAAAAAAAAAA="]},
        {"$nd": [0, "<f8", [-1], ""]},
        {"$t": [0, "float64", [2], "AAAAAAAAAAA=", False, False, None]},
        {"$t": [0, "object", [1], "AAAAAAAAAAA=", False, False, None]},
        {"$pickle": "gASVAAAAAAAAAAA="},
        {"$ref": 5},
        {"$npgen": {"bit_generator": "MT19937", "state": {}}},
        {"a": 1, "b": 2},
        {"$int": "1" * 5000},
    ],
)
def test_a_hostile_reply_builds_nothing(reply):
    with pytest.raises(remote.DecodeError):
        remote.decode(json.dumps(reply))


def test_deep_nesting_is_refused_not_a_crash():
    text = "[" * 100000 + "]" * 100000
    with pytest.raises(remote.DecodeError):
        remote.decode(text)
    with pytest.raises(remote.DecodeError):
        remote.decode("x" * (remote.MAX_REPLY + 1))


# --- calls through the boundary ----------------------------------------------------


def student(namespace: dict) -> remote.Student:
    return remote.Student(remote.local_transport(namespace))


def fn(namespace: dict, name: str) -> remote.RemoteFunction:
    return remote.RemoteFunction(student(namespace), name)


def test_in_place_work_and_returned_arguments_reach_the_caller():
    def init_(layer):
        with torch.no_grad():
            layer.weight.fill_(2.0)
        return layer

    def scale_(a):
        a *= 3
        return None

    call_init, call_scale = (
        fn({"init_": init_}, "init_"),
        fn({"scale_": scale_}, "scale_"),
    )
    layer = nn.Linear(3, 2)
    weight, ptr = layer.weight, layer.weight.data_ptr()
    out = call_init(layer)
    assert out is layer and layer.weight is weight and layer.weight.data_ptr() == ptr
    assert torch.all(layer.weight == 2.0)
    a = np.ones(4)
    assert call_scale(a) is None and np.array_equal(a, np.full(4, 3.0))


def test_replacing_instead_of_filling_is_visible_to_the_caller():
    def replace(layer):
        layer.weight = nn.Parameter(torch.zeros_like(layer.weight))
        return layer

    def reassign(layer):
        layer.weight.data = torch.ones_like(layer.weight)
        return layer

    for body, check in ((replace, "object"), (reassign, "storage")):
        layer = nn.Linear(3, 2)
        weight, ptr = layer.weight, layer.weight.data_ptr()
        fn({"f": body}, "f")(layer)
        if check == "object":
            assert layer.weight is not weight
        else:
            assert layer.weight is weight and layer.weight.data_ptr() != ptr


def test_generators_advance_for_the_caller():
    def draw(gen):
        return torch.rand(3, generator=gen)

    call = fn({"draw": draw}, "draw")
    g, ref = torch.Generator().manual_seed(1), torch.Generator().manual_seed(1)
    first, second = call(g), call(g)
    assert torch.equal(first, torch.rand(3, generator=ref))
    assert torch.equal(second, torch.rand(3, generator=ref))


def test_exceptions_keep_their_builtin_type():
    def bad(kind):
        if kind == "value":
            raise ValueError("unknown scheme")

        class Mine(Exception):
            pass

        raise Mine("custom")

    call = fn({"bad": bad}, "bad")
    with pytest.raises(ValueError, match="unknown scheme"):
        call("value")
    with pytest.raises(remote.StudentError, match="Mine: custom"):
        call("other")


def test_an_unreadable_result_fails_with_a_clear_message():
    call = fn({"f": lambda: object()}, "f")
    with pytest.raises(
        TypeError, match="f returned object, which the tests cannot read"
    ):
        call()


def test_names_resolve_to_imports_functions_or_copies():
    def answer(x):
        return x + 1

    namespace = {"np": np, "answer": answer, "data": np.arange(3), "n": 4}
    imports = "from torch import nn\nfrom course.kit.nets import mlp"
    tests = remote.TrustedTests(student(namespace), imports)
    tests.run(
        "assert np is __import__('numpy') and nn is __import__('torch').nn\n"
        "assert mlp.__module__ == 'course.kit.nets'\n"
        "assert type(answer).__name__ == 'RemoteFunction' and answer(1) == 2\n"
        "assert data.tolist() == [0, 1, 2] and n == 4\n"
    )


def test_the_kernel_cannot_make_the_grader_import_or_call_anything():
    """A student's module is not imported, and a library function in the kernel's
    namespace (or a forged description of one) is still called in the kernel."""
    import os
    import types

    namespace = {
        "helpers": types.ModuleType("evil_helpers"),
        "browser": types.ModuleType("antigravity"),
        "run": os.system,
        "seed": np.random.seed,
    }
    tests = remote.TrustedTests(student(namespace))
    for name in ("helpers", "browser"):
        with pytest.raises(NameError):
            tests.run(name)
    tests.run("assert type(run).__name__ == type(seed).__name__ == 'RemoteFunction'")

    def forged(request, timeout):  # describes every name as numpy's seed function
        names = json.loads(request)["names"]
        fake = {"kind": "import", "module": "numpy.random", "qualname": "seed"}
        return json.dumps({n: fake for n in names})

    with pytest.raises(NameError):
        remote.TrustedTests(remote.Student(forged)).run("f(0)")


def test_malformed_values_are_decode_errors():
    for body in ({"$complex": [1]}, {"$range": ["x"]}, {"$int": "12a"}):
        with pytest.raises(remote.DecodeError):
            remote.decode(json.dumps(body))


def test_free_names_skip_what_the_cell_binds():
    src = (
        "import math\nfrom x import y as z\n_a = f(b)\nfor i in range(3):\n    c[i]\n"
        "def g(p):\n    return p + q\n"
    )
    assert remote.free_names(src) == ["f", "b", "c", "q"]


# --- watch ---------------------------------------------------------------------------


def test_watch_reports_spies_torch_calls_rng_and_steps():
    def uses_torch(x):
        return torch.tanh(torch.as_tensor(x)).numpy()

    def loops(n):
        total = 0
        for i in range(n):
            total += i
        return total

    seen = watch(uses_torch, np.ones(2), torch_functions=True)
    assert "tanh" in seen.torch_functions
    assert watch(np.tanh, np.ones(2), torch_functions=True).torch_functions == []
    small = watch(loops, 10, python_steps=True).python_steps
    large = watch(loops, 1000, python_steps=True).python_steps
    assert large > 10 * small
    assert watch(lambda: np.random.rand(), global_rng=True).global_rng_changed
    assert not watch(
        lambda: np.random.default_rng(0).random(), global_rng=True
    ).global_rng_changed
    spied = watch(
        lambda a: nn.init.normal_(a), torch.zeros(3), spy=["torch.nn.init.normal_"]
    )
    assert spied.count("torch.nn.init.normal_") == 1
    assert nn.init.normal_.__name__ == "normal_"  # the spy is gone afterwards


def test_watch_through_the_boundary_reports_the_same():
    def helper(h):
        return h + 1

    def run(n):
        h = 0
        for _ in range(n):
            h = namespace["helper"](h)
        return h

    namespace = {"helper": helper, "run": run}
    run.__globals__["namespace"] = namespace
    local = watch(run, 3, spy=[])
    remote_seen = watch(fn(namespace, "run"), 3, python_steps=True)
    assert local.result == remote_seen.result == 3
    assert remote_seen.python_steps > 0

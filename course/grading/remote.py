"""Test cells that student code cannot reach.

When a notebook is graded, its test cells do not run in the student's kernel. They
run in the grader's own interpreter (the *trusted side*), and every name they take
from the notebook (the student's functions, data from earlier cells) reaches them
through this module:

- a student function becomes a :class:`RemoteFunction`; calling it sends the
  arguments to the student's kernel, runs the function there and brings back what
  it returned, and the arguments as the call left them (so in-place work and
  ``out is layer`` behave as they would in one process);
- what the instructor's locked cells import (``mlp``, ``check_close``, ``nn``) is
  imported on the trusted side by those same statements, and a module the
  notebook names (``np``) only from a list of libraries; nothing is taken from
  the student;
- any other value is copied.

Values cross as plain data, never as pickles: numbers, strings, lists, tuples,
dicts, numpy arrays, torch tensors and parameters, torch and numpy random
generators, and modules of ``torch.nn`` or :mod:`course.kit.nets` rebuilt from
their attributes and tensors. :func:`decode` builds nothing else, so what the
student's kernel sends can make a test fail but cannot run code in the grader.

The student's kernel sees only the calls: the arguments and never the test code,
the expected values or the verdict. Printing, IPython hooks, input or AST
transformers and frame inspection in the student's code therefore cannot change a
verdict or reveal a hidden test. What the function returns is all that counts.

Checks about *how* a function works (which functions it calls, whether it touches
the global random state, how much Python it runs) are observed inside the student's
process by :func:`course.kit.probes.watch`; see there for what that trusts.
"""

from __future__ import annotations

import ast
import base64
import builtins
import importlib
import json
import math
import sys
import time
import types
from collections.abc import Callable

MAX_REPLY = 256 * 1024 * 1024  # characters of one reply
MAX_DEPTH = 64

# packages whose objects the trusted side imports itself instead of copying them;
# a name the student's kernel reports from anywhere else is not imported here
LIBRARIES = frozenset(
    {"numpy", "torch", "course", "scipy", "sklearn", "math", "cmath", "fractions"}
    | {"decimal", "itertools", "functools", "collections", "operator", "statistics"}
    | {"random", "string", "re", "typing", "dataclasses", "enum", "copy", "types"}
)


def _library(module_name) -> bool:
    if not isinstance(module_name, str) or not module_name:
        return False
    return module_name.split(".")[0] in LIBRARIES


_TORCH_DTYPES = (
    "float64",
    "float32",
    "float16",
    "bfloat16",
    "complex128",
    "complex64",
    "int64",
    "int32",
    "int16",
    "int8",
    "uint8",
    "bool",
)


class EncodeError(TypeError):
    """A value that cannot cross between the student's kernel and the tests."""


class DecodeError(ValueError):
    """A reply that is not plain data of the kinds listed in this module."""


class StudentError(Exception):
    """The student's code raised an exception that is not one of Python's own."""


# --- plain-data codec --------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text) -> bytes:
    if not isinstance(text, str):
        raise DecodeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _is_plain(value, depth: int = 0) -> bool:
    if value is None or isinstance(value, bool | int | float | str):
        return True
    if isinstance(value, tuple | list) and depth < 4:
        return all(_is_plain(v, depth + 1) for v in value)
    return False


class _Encoder:
    def __init__(self):
        self.memo: dict[int, int] = {}
        self.keep: list = []  # keeps memoised objects alive while encoding

    def __call__(self, obj, depth: int = 0):
        if depth > MAX_DEPTH:
            raise EncodeError("the value is nested too deeply")
        kind = type(obj)  # exact types: numpy's float64 is a float, but not plain
        if obj is None or kind is bool or kind is str:
            return obj
        if kind is int:
            return obj if abs(obj) < 2**53 else {"$int": str(obj)}
        if kind is float:
            return obj if math.isfinite(obj) else {"$float": repr(obj)}
        if kind is list:
            return [self(v, depth + 1) for v in obj]
        if isinstance(obj, tuple | dict) and kind.__module__ != "builtins":
            # named tuples, torch's return types, OrderedDict: as a plain tuple/dict
            kind = tuple if isinstance(obj, tuple) else dict
        if kind is tuple:
            return {"$tuple": [self(v, depth + 1) for v in obj]}
        if kind is dict:
            if not all(type(k) is str for k in obj):
                return {
                    "$dict": [
                        [self(k, depth + 1), self(v, depth + 1)] for k, v in obj.items()
                    ]
                }
            return {"$map": {k: self(v, depth + 1) for k, v in obj.items()}}
        if id(obj) in self.memo:
            return {"$ref": self.memo[id(obj)]}
        encoded = self._object(obj, depth)
        return encoded

    def _remember(self, obj) -> int:
        self.memo[id(obj)] = len(self.memo)
        self.keep.append(obj)
        return self.memo[id(obj)]

    def _object(self, obj, depth):
        import numpy as np

        if isinstance(obj, np.ndarray):
            if obj.dtype.kind not in "biufc":
                raise EncodeError(f"a numpy array of dtype {obj.dtype}")
            ref = self._remember(obj)
            data = np.ascontiguousarray(obj).tobytes()
            return {"$nd": [ref, obj.dtype.str, list(obj.shape), _b64(data)]}
        if isinstance(obj, np.generic):
            if obj.dtype.kind not in "biufc":
                raise EncodeError(f"a numpy scalar of dtype {obj.dtype}")
            return {"$np": [obj.dtype.str, _b64(obj.tobytes())]}
        if isinstance(obj, np.random.Generator):
            state = obj.bit_generator.state
            if state.get("bit_generator") != "PCG64":
                raise EncodeError("a numpy Generator that is not PCG64")
            return {"$npgen": json.loads(json.dumps(state, default=int))}
        if isinstance(obj, np.dtype):
            return {"$npdtype": obj.str}
        torch = _torch()
        if torch is not None:
            if isinstance(obj, torch.Tensor):
                return self._tensor(obj, depth)
            if isinstance(obj, torch.dtype):
                return {"$tdtype": str(obj).removeprefix("torch.")}
            if isinstance(obj, torch.Size):
                return {"$size": list(obj)}
            if isinstance(obj, torch.Generator):
                return {"$tgen": _b64(obj.get_state().numpy().tobytes())}
            if isinstance(obj, torch.nn.Module):
                return self._module(obj, depth)
        if isinstance(obj, complex):
            return {"$complex": [obj.real, obj.imag]}
        if isinstance(obj, range):
            return {"$range": [obj.start, obj.stop, obj.step]}
        raise EncodeError(f"a value of type {type(obj).__qualname__}")

    def _tensor(self, t, depth):
        torch = _torch()
        name = str(t.dtype).removeprefix("torch.")
        if name not in _TORCH_DTYPES or t.layout != torch.strided or t.is_quantized:
            raise EncodeError(f"a tensor of dtype {t.dtype} ({t.layout})")
        ref = self._remember(t)
        data = t.detach().cpu().contiguous()
        if name == "bfloat16":
            data = data.view(torch.int16)
        grad = None
        if t.grad is not None:
            grad = self(t.grad, depth + 1)
        return {
            "$t": [
                ref,
                name,
                list(t.shape),
                _b64(data.numpy().tobytes()),
                bool(t.requires_grad),
                isinstance(t, torch.nn.Parameter),
                grad,
            ]
        }

    def _module(self, m, depth):
        cls = type(m)
        path = f"{cls.__module__}.{cls.__qualname__}"
        if not (
            cls.__module__ == "course.kit.nets"
            or cls.__module__.startswith("torch.nn.modules.")
        ):
            raise EncodeError(f"a module of class {path}")
        ref = self._remember(m)
        internal = _module_internals()
        attrs = {
            k: self(v, depth + 1)
            for k, v in vars(m).items()
            if k not in internal and _is_plain(v)
        }
        return {
            "$mod": [
                ref,
                path,
                bool(m.training),
                attrs,
                {k: self(v, depth + 1) for k, v in m._parameters.items()},
                {k: self(v, depth + 1) for k, v in m._buffers.items()},
                {k: self(v, depth + 1) for k, v in m._modules.items()},
            ]
        }


def encode(obj) -> str:
    """``obj`` as JSON text, or :class:`EncodeError` for a kind this module refuses."""
    try:
        return json.dumps(_Encoder()(obj), allow_nan=False, separators=(",", ":"))
    except RecursionError:
        raise EncodeError("the value is nested too deeply") from None


def _torch():
    return sys.modules.get("torch")


_INTERNALS: set[str] = set()


def _module_internals() -> set[str]:
    if not _INTERNALS:
        import torch

        _INTERNALS.update(vars(torch.nn.Module()))
    return _INTERNALS


class _Decoder:
    def __init__(self):
        self.refs: dict[int, object] = {}

    def __call__(self, data, depth: int = 0):
        if depth > MAX_DEPTH:
            raise DecodeError("nested too deeply")
        if data is None or isinstance(data, bool | int | float | str):
            return data
        if isinstance(data, list):
            return [self(v, depth + 1) for v in data]
        if not isinstance(data, dict) or len(data) != 1:
            raise DecodeError("not plain data")
        ((tag, body),) = data.items()
        handler = (
            getattr(self, "_" + tag.lstrip("$"), None) if tag.startswith("$") else None
        )
        if handler is None:
            raise DecodeError(f"unknown tag {tag!r}")
        return handler(body, depth + 1)

    def _int(self, body, depth):
        if not isinstance(body, str) or len(body) > 400:
            raise DecodeError("bad integer")
        return int(body)

    def _float(self, body, depth):
        if body not in ("nan", "inf", "-inf"):
            raise DecodeError("bad float")
        return float(body)

    def _complex(self, body, depth):
        real, imag = (self(v, depth) for v in body)
        return complex(real, imag)

    def _range(self, body, depth):
        return range(*(int(v) for v in body))

    def _tuple(self, body, depth):
        return tuple(self(v, depth) for v in _list(body))

    def _map(self, body, depth):
        if not isinstance(body, dict):
            raise DecodeError("bad mapping")
        return {str(k): self(v, depth) for k, v in body.items()}

    def _dict(self, body, depth):
        out = {}
        for pair in _list(body):
            key, value = (self(v, depth) for v in _list(pair, 2))
            try:
                out[key] = value
            except TypeError:
                raise DecodeError("unhashable key") from None
        return out

    def _ref(self, body, depth):
        if body not in self.refs:
            raise DecodeError("dangling reference")
        return self.refs[body]

    def _nd(self, body, depth):
        import numpy as np

        ref, dtype, shape, data = _list(body, 4)
        dtype = _numpy_dtype(dtype)
        shape = _shape(shape)
        raw = _unb64(data)
        if len(raw) != dtype.itemsize * math.prod(shape):
            raise DecodeError("array size does not match its shape")
        arr = np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
        self.refs[ref] = arr
        return arr

    def _np(self, body, depth):
        import numpy as np

        dtype, data = _list(body, 2)
        dtype = _numpy_dtype(dtype)
        raw = _unb64(data)
        if len(raw) != dtype.itemsize:
            raise DecodeError("bad numpy scalar")
        return np.frombuffer(raw, dtype=dtype)[0]

    def _npdtype(self, body, depth):
        return _numpy_dtype(body)

    def _npgen(self, body, depth):
        import numpy as np

        if not isinstance(body, dict) or body.get("bit_generator") != "PCG64":
            raise DecodeError("only PCG64 generators")
        bits = np.random.PCG64()
        try:
            bits.state = body
        except (TypeError, ValueError, KeyError) as err:
            raise DecodeError(f"bad generator state: {err}") from None
        return np.random.Generator(bits)

    def _tdtype(self, body, depth):
        import torch

        if body not in _TORCH_DTYPES:
            raise DecodeError(f"dtype {body!r}")
        return getattr(torch, body)

    def _size(self, body, depth):
        import torch

        return torch.Size(_shape(body))

    def _tgen(self, body, depth):
        import torch

        gen = torch.Generator()
        try:
            gen.set_state(torch.frombuffer(bytearray(_unb64(body)), dtype=torch.uint8))
        except RuntimeError as err:
            raise DecodeError(f"bad generator state: {err}") from None
        return gen

    def _t(self, body, depth):
        import torch

        ref, name, shape, data, requires_grad, is_param, grad = _list(body, 7)
        if name not in _TORCH_DTYPES:
            raise DecodeError(f"dtype {name!r}")
        dtype = getattr(torch, name)
        shape = _shape(shape)
        raw = _unb64(data)
        carrier = torch.int16 if name == "bfloat16" else dtype
        itemsize = torch.empty((), dtype=carrier).element_size()
        if len(raw) != itemsize * math.prod(shape):
            raise DecodeError("tensor size does not match its shape")
        flat = (
            torch.frombuffer(bytearray(raw), dtype=carrier)
            if raw
            else torch.empty(0, dtype=carrier)
        )
        t = flat.reshape(shape).clone()
        if name == "bfloat16":
            t = t.view(torch.bfloat16)
        if bool(requires_grad) and (t.is_floating_point() or t.is_complex()):
            t.requires_grad_(True)
        if is_param:
            t = torch.nn.Parameter(t, requires_grad=t.requires_grad)
        self.refs[ref] = t
        if grad is not None:
            g = self(grad, depth)
            if not isinstance(g, torch.Tensor) or g.shape != t.shape:
                raise DecodeError("bad gradient")
            try:
                t.grad = g.detach()
            except RuntimeError:
                raise DecodeError("bad gradient") from None
        return t

    def _mod(self, body, depth):
        import torch

        ref, path, training, attrs, params, buffers, children = _list(body, 7)
        cls = _module_class(path)
        m = cls.__new__(cls)
        torch.nn.Module.__init__(m)
        self.refs[ref] = m
        for key, value in self._map(attrs, depth).items():
            if (
                key in _module_internals()
                or key.startswith("__")
                or not _is_plain(value)
            ):
                raise DecodeError(f"attribute {key!r}")
            m.__dict__[key] = value
        m.training = bool(training)
        for key, value in self._map(params, depth).items():
            if value is not None and not isinstance(value, torch.nn.Parameter):
                raise DecodeError(f"parameter {key!r} is not a Parameter")
            m._parameters[key] = value
        for key, value in self._map(buffers, depth).items():
            if value is not None and not isinstance(value, torch.Tensor):
                raise DecodeError(f"buffer {key!r} is not a tensor")
            m._buffers[key] = value
        for key, value in self._map(children, depth).items():
            if value is not None and not isinstance(value, torch.nn.Module):
                raise DecodeError(f"child {key!r} is not a module")
            m._modules[key] = value
        return m


def _list(body, length: int | None = None) -> list:
    if not isinstance(body, list) or (length is not None and len(body) != length):
        raise DecodeError("malformed value")
    return body


def _shape(shape) -> tuple[int, ...]:
    if not isinstance(shape, list) or len(shape) > 32:
        raise DecodeError("bad shape")
    if not all(type(n) is int and 0 <= n < 2**40 for n in shape):
        raise DecodeError("bad shape")
    return tuple(shape)


def _numpy_dtype(text):
    import numpy as np

    if not isinstance(text, str) or len(text) > 8:
        raise DecodeError("bad dtype")
    try:
        dtype = np.dtype(text)
    except TypeError:
        raise DecodeError("bad dtype") from None
    if dtype.kind not in "biufc" or dtype.fields is not None or dtype.subdtype:
        raise DecodeError(f"dtype {text!r}")
    return dtype


def _module_class(path):
    import torch

    if not isinstance(path, str):
        raise DecodeError("module class")
    module_name, _, qualname = path.rpartition(".")
    if not (
        module_name == "course.kit.nets" or module_name.startswith("torch.nn.modules.")
    ):
        raise DecodeError(f"module class {path!r}")
    if "." in qualname or qualname.startswith("_"):
        raise DecodeError(f"module class {path!r}")
    try:
        cls = getattr(importlib.import_module(module_name), qualname)
    except (ImportError, AttributeError):
        raise DecodeError(f"module class {path!r}") from None
    if not (isinstance(cls, type) and issubclass(cls, torch.nn.Module)):
        raise DecodeError(f"{path!r} is not a module class")
    return cls


def decode(text: str):
    """The value :func:`encode` turned into ``text``; :class:`DecodeError` otherwise."""
    if not isinstance(text, str) or len(text) > MAX_REPLY:
        raise DecodeError("the reply is too large")
    try:
        return _Decoder()(json.loads(text))
    except DecodeError:
        raise
    except (RecursionError, ValueError, TypeError, KeyError, OverflowError):
        raise DecodeError("not plain data") from None


# --- the student's side --------------------------------------------------------


def _digest(value) -> bytes:
    import hashlib

    import numpy as np

    torch = _torch()
    if torch is not None and isinstance(value, torch.Tensor):
        data = value.detach().cpu().contiguous()
        if data.dtype == torch.bfloat16:
            data = data.view(torch.int16)
        value = data.numpy()
    raw = np.ascontiguousarray(value).view(np.uint8) if value.size else b""
    return (
        hashlib.blake2b(raw, digest_size=16).digest()
        + repr((value.shape, value.dtype.str)).encode()
    )


def _snapshot(values) -> list:
    """What the call may change: the contents of arrays and tensors, and which
    object and storage each tensor of a module is."""
    import numpy as np

    torch = _torch()
    marks = []
    for value in values:
        mark = None
        if torch is not None and isinstance(value, torch.nn.Module):
            mark = {
                name: (id(p), p.data_ptr())
                for name, p in _named_tensors(value)
                if p is not None
            }
        elif torch is not None and isinstance(value, torch.Tensor):
            mark = (value.data_ptr(), _digest(value), value.grad is None)
        elif isinstance(value, np.ndarray) and value.dtype.kind in "biufc":
            mark = _digest(value)
        marks.append(mark)
    return marks


def _named_tensors(module):
    for prefix, sub in module.named_modules(remove_duplicate=False):
        for store in (sub._parameters, sub._buffers):
            for name, t in store.items():
                yield (f"{prefix}.{name}" if prefix else name), t


def _changes(values, marks) -> list:
    """Per argument: None when the call left it as it was; else what changed."""
    import numpy as np

    torch = _torch()
    out = []
    for value, mark in zip(values, marks, strict=True):
        if isinstance(mark, dict) and isinstance(value, torch.nn.Module):
            now = {n: t for n, t in _named_tensors(value)}
            replaced = [n for n, (ident, _) in mark.items() if id(now.get(n)) != ident]
            moved = [
                n
                for n, (ident, ptr) in mark.items()
                if n not in replaced and now[n] is not None and now[n].data_ptr() != ptr
            ]
            out.append({"replaced": replaced, "moved": moved})
        elif isinstance(mark, tuple) and isinstance(value, torch.Tensor):
            ptr, digest, no_grad = mark
            same = digest == _digest(value) and no_grad == (value.grad is None)
            out.append(
                None
                if same and ptr == value.data_ptr()
                else {"moved": ptr != value.data_ptr()}
            )
        elif isinstance(mark, bytes) and isinstance(value, np.ndarray):
            out.append(None if mark == _digest(value) else {})
        else:
            out.append({} if _mutable(value) else None)
    return out


def _mutable(value) -> bool:
    torch = _torch()
    import numpy as np

    if isinstance(value, np.ndarray | np.random.Generator):
        return True
    kinds = (torch.Tensor, torch.nn.Module, torch.Generator) if torch else ()
    return isinstance(value, kinds)


def _describe(name: str, namespace: dict) -> dict:
    if name not in namespace:
        return {"kind": "missing"}
    obj = namespace[name]
    if isinstance(obj, types.ModuleType):
        return {"kind": "module", "name": str(obj.__name__)}
    if callable(obj) and not _mutable(obj):
        return {"kind": "function"}
    try:
        return {"kind": "value", "value": encode(obj)}
    except EncodeError as err:
        return {"kind": "opaque", "why": str(err)}


def answer(request: str, namespace: dict) -> str:
    """Serve one request from the tests, in the student's process; the reply text."""
    try:
        req = json.loads(request)
        if req["op"] == "lookup":
            return json.dumps({n: _describe(n, namespace) for n in req["names"]})
        return _call(req, namespace)
    except BaseException as err:  # noqa: BLE001 - every failure becomes a reply
        return json.dumps({"ok": False, "error": _error(err)})


def _error(err: BaseException) -> list:
    return [type(err).__name__, str(err)[:2000]]


def _call(req: dict, namespace: dict) -> str:
    args, kwargs = decode(req["args"]), decode(req["kwargs"])
    fn = namespace.get(req["name"])
    if fn is None:
        raise NameError(f"name {req['name']!r} is not defined")
    inputs = [*args, *kwargs.values()]
    marks = _snapshot(inputs)
    try:
        if req.get("watch") is not None:
            from course.kit.probes import watch

            result = watch(fn, *args, **req["watch"], **kwargs)
            result = result.as_dict()
        else:
            result = fn(*args, **kwargs)
    except Exception as err:  # noqa: BLE001 - the student's exception, reported
        return json.dumps({"ok": False, "error": _error(err)})
    changes = _changes(inputs, marks)
    # an argument goes back when the call changed it, or when the result holds it
    # (so that ``out is x`` holds for the caller as it would in one process)
    held = {id(result)}
    if isinstance(result, tuple | list):
        held.update(id(v) for v in result)
    after = [
        v if c is not None or id(v) in held else None
        for v, c in zip(inputs, changes, strict=True)
    ]
    try:
        body = encode({"result": result, "after": after})
    except EncodeError as err:
        kind = type(result).__qualname__
        message = f"{req['name']} returned {kind}, which the tests cannot read ({err})"
        return json.dumps({"ok": False, "error": ["TypeError", message]})
    return json.dumps({"ok": True, "body": body, "changes": changes})


def serve(path: str) -> None:
    """Entry point in the student's kernel: take one request from the grader's
    socket at ``path``, answer it there."""
    import socket

    from IPython import get_ipython

    import __main__

    shell = get_ipython()
    namespace = shell.user_ns if shell is not None else vars(__main__)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.connect(path)
        request = receive(conn, MAX_REPLY).decode()
        send(conn, answer(request, namespace).encode())


def send(conn, data: bytes) -> None:
    conn.sendall(len(data).to_bytes(8, "big") + data)


def receive(conn, limit: int) -> bytes:
    """One message of ``send``; ConnectionError when cut short or over ``limit``."""
    head = _exactly(conn, 8)
    size = int.from_bytes(head, "big")
    if size > limit:
        raise ConnectionError(f"a message of {size} bytes is over the limit")
    return _exactly(conn, size)


def _exactly(conn, size: int) -> bytes:
    chunks, got = [], 0
    while got < size:
        chunk = conn.recv(min(size - got, 1 << 20))
        if not chunk:
            raise ConnectionError("the connection closed early")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


# --- the trusted side -------------------------------------------------------------


class Student:
    """The student's process as the tests see it: names to look up, calls to make.

    ``transport(request_text, timeout) -> reply_text`` delivers a request to
    :func:`answer` in the student's process (a kernel, or this process for the
    authoring harness) and raises :class:`StudentError` when no reply comes.
    """

    def __init__(self, transport: Callable[[str, float], str]):
        self.transport = transport
        self.deadline = math.inf

    def _send(self, request: dict) -> str:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the test cell's time limit was reached")
        return self.transport(json.dumps(request), left)

    def lookup(self, names: list[str]) -> dict:
        if not names:
            return {}
        reply = self._send({"op": "lookup", "names": names})
        try:
            found = json.loads(reply)
        except (json.JSONDecodeError, RecursionError):
            raise StudentError("the notebook's kernel sent a malformed reply") from None
        if not isinstance(found, dict):
            raise StudentError("the notebook's kernel sent a malformed reply")
        return found

    def call(self, name: str, args: tuple, kwargs: dict, watch: dict | None = None):
        request = {"op": "call", "name": name, "args": encode(list(args))}
        request["kwargs"] = encode(kwargs)
        request["watch"] = watch
        text = self._send(request)
        try:
            reply = json.loads(text)
            ok = reply["ok"]
            if ok:
                body, changes = decode(reply["body"]), reply["changes"]
        except (
            json.JSONDecodeError,
            RecursionError,
            KeyError,
            TypeError,
            DecodeError,
        ) as err:
            raise StudentError(f"{name}: the reply could not be read ({err})") from None
        if not ok:
            raise _rebuild_error(reply.get("error"))
        if not isinstance(body, dict) or not isinstance(changes, list):
            raise StudentError(f"{name}: the reply could not be read")
        inputs = [*args, *kwargs.values()]
        after = body.get("after")
        if (
            not isinstance(after, list)
            or len(after) != len(inputs)
            or len(changes) != len(inputs)
        ):
            raise StudentError(f"{name}: the reply could not be read")
        same = {}
        for original, new, change in zip(inputs, after, changes, strict=True):
            if new is not None:
                try:
                    _write_back(original, new, change)
                except (RuntimeError, ValueError, TypeError, KeyError) as err:
                    raise StudentError(
                        f"{name}: an argument came back unusable ({err})"
                    ) from None
                same[id(new)] = original
        return _substitute(body.get("result"), same)


def _rebuild_error(error) -> Exception:
    if not (
        isinstance(error, list)
        and len(error) == 2
        and all(isinstance(e, str) for e in error)
    ):
        return StudentError("the notebook's kernel sent a malformed error")
    name, message = error
    cls = getattr(builtins, name, None)
    if (
        isinstance(cls, type)
        and issubclass(cls, Exception)
        and cls.__module__ == "builtins"
    ):
        try:
            return cls(message)
        except Exception:  # noqa: BLE001 - some builtins take other arguments
            pass
    return StudentError(f"{name}: {message}")


def _substitute(value, same: dict, depth: int = 0):
    """``value`` with each returned argument replaced by the caller's own object."""
    if id(value) in same:
        return same[id(value)]
    if depth < 2 and isinstance(value, tuple):
        return tuple(_substitute(v, same, depth + 1) for v in value)
    if depth < 2 and isinstance(value, list):
        return [_substitute(v, same, depth + 1) for v in value]
    return value


def _write_back(original, new, change) -> None:
    """Make the caller's ``original`` what the call left in the student's process."""
    import numpy as np

    torch = _torch()
    if isinstance(original, np.ndarray):
        if (
            isinstance(new, np.ndarray)
            and new.shape == original.shape
            and original.flags.writeable
        ):
            original[...] = new.astype(original.dtype, copy=False)
        return
    if isinstance(original, np.random.Generator):
        if isinstance(new, np.random.Generator):
            original.bit_generator.state = new.bit_generator.state
        return
    if torch is None:
        return
    if isinstance(original, torch.Generator) and isinstance(new, torch.Generator):
        original.set_state(new.get_state())
        return
    if isinstance(original, torch.Tensor) and isinstance(new, torch.Tensor):
        moved = isinstance(change, dict) and change.get("moved")
        _update_tensor(original, new, moved)
        return
    if isinstance(original, torch.nn.Module) and isinstance(new, torch.nn.Module):
        change = change if isinstance(change, dict) else {}
        replaced = set(change.get("replaced") or [])
        moved = set(change.get("moved") or [])
        now = dict(_named_tensors(new))
        for path, t in list(_named_tensors(original)):
            owner, leaf = _owner(original, path)
            store = owner._parameters if leaf in owner._parameters else owner._buffers
            fresh = now.get(path)
            if fresh is None:
                store[leaf] = None
            elif t is None or path in replaced:
                if isinstance(fresh, torch.nn.Parameter) or store is owner._buffers:
                    store[leaf] = fresh
                else:
                    store[leaf] = torch.nn.Parameter(
                        fresh.detach(), requires_grad=False
                    )
            else:
                _update_tensor(t, fresh, path in moved)
        for (_, a), (_, b) in zip(
            original.named_modules(), new.named_modules(), strict=False
        ):
            a.training = b.training


def _owner(module, path: str):
    *parts, leaf = path.split(".")
    for part in parts:
        module = module._modules[part]
    return module, leaf


def _update_tensor(t, new, moved: bool) -> None:
    torch = _torch()
    with torch.no_grad():
        if moved or new.shape != t.shape or new.dtype != t.dtype:
            t.data = new.detach().clone()
        else:
            t.copy_(new)
    if new.grad is not None or t.grad is not None:
        t.grad = None if new.grad is None else new.grad.detach().clone()


class RemoteFunction:
    """A student function, called in the student's process."""

    def __init__(self, student: Student, name: str):
        self._student, self._name = student, name
        self.__name__ = self.__qualname__ = name

    def __call__(self, *args, **kwargs):
        return self._student.call(self._name, args, kwargs)

    def watched(self, args: tuple, kwargs: dict, options: dict) -> dict:
        """Run :func:`course.kit.probes.watch` on this function in its own process."""
        return self._student.call(self._name, args, kwargs, watch=options)

    def __repr__(self) -> str:
        return f"<the notebook's {self._name}>"


def free_names(source: str) -> list[str]:
    """Names a cell reads but never binds itself, in order of appearance.

    A name the cell assigns, imports or defines anywhere is the cell's own: a test
    cell never reads a notebook variable that it also assigns.
    """
    loaded: dict[str, None] = {}
    bound: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                loaded.setdefault(node.id, None)
            else:
                bound.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return [n for n in loaded if n not in bound and not hasattr(builtins, n)]


class TrustedTests:
    """Runs a notebook's test cells in this process, one namespace per notebook."""

    def __init__(self, student: Student, imports: str = ""):
        self.student = student
        self.namespace: dict = {
            "__name__": "__course_tests__",
            "__builtins__": builtins,
        }
        exec(compile(imports, "<setup imports>", "exec"), self.namespace)  # noqa: S102
        self._from_student: set[str] = set()

    def _bind(self, source: str) -> None:
        # values are copied again for each cell (a later cell of the notebook may
        # have changed them); functions, modules and library objects stay bound
        for name in self._from_student:
            self.namespace.pop(name, None)
        self._from_student.clear()
        wanted = [n for n in free_names(source) if n not in self.namespace]
        for name, found in self.student.lookup(wanted).items():
            if name not in wanted or not isinstance(found, dict):
                continue
            value = self._resolve(name, found)
            if value is not _MISSING:
                self.namespace[name] = value
                if found.get("kind") == "value":
                    self._from_student.add(name)

    def _resolve(self, name: str, found: dict):
        kind = found.get("kind")
        if kind == "function":
            return RemoteFunction(self.student, name)
        if kind == "module":
            return _import_library(found.get("name"))
        if kind == "value":
            try:
                return decode(found.get("value"))
            except DecodeError:
                return _MISSING
        return _MISSING

    def run(self, source: str, timeout: float = math.inf) -> None:
        """Run one test cell; raises what the cell raises."""
        self.student.deadline = time.monotonic() + timeout
        try:
            self._bind(source)
            exec(compile(source, "<test cell>", "exec"), self.namespace)  # noqa: S102
        finally:
            self.student.deadline = math.inf


_MISSING = object()


def _import_library(module_name):
    """A library module, imported here; never the student's."""
    if not _library(module_name):
        return _MISSING
    try:
        return importlib.import_module(module_name)
    except ImportError:
        return _MISSING


def trusted_imports(sources: list[str]) -> str:
    """The import statements of the instructor's cells, as one block of code.

    Run in the tests' namespace, they give the tests the notebook's helpers
    (``mlp``, ``check_close``, ``nn``...) from the grader's own installation. A
    function the tests reach any other way is the student's and runs in the
    student's process: the kernel's description of a name never makes the grader
    import or call anything.
    """
    lines = []
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        lines += [
            ast.unparse(node)
            for node in tree.body
            if isinstance(node, ast.Import | ast.ImportFrom)
        ]
    return "\n".join(lines)


def local_transport(namespace: dict) -> Callable[[str, float], str]:
    """A transport to :func:`answer` in this process (the authoring harness)."""

    def send(request: str, timeout: float) -> str:
        return answer(request, namespace)

    return send

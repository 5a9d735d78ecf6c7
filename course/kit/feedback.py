"""What a learner sees when a test cell runs in their notebook.

A test cell is a code cell that starts with a docstring (the course's lint keeps
that form for test cells only). In the learner's kernel, once the setup cell has
imported :mod:`course.kit.checks`:

- a test cell that passes prints ``✔ passed: <its docstring>``;
- a test that fails shows ``✘ failed: <its docstring>`` and the test's message
  first, without a traceback through the test or the course's helpers;
- a test that reaches a function still raising ``NotImplementedError`` (the
  release's stub) says which function is not written yet;
- an error raised inside the learner's own code keeps its full traceback, which is
  what they need to debug it.

Only IPython's display of errors changes: the cell still raises, so "Run All"
goes on through it (release test cells carry the ``raises-exception`` tag) and the
checker and the grader see the same failure as before. Nothing happens outside an
IPython shell, and the grader runs test cells outside the kernel anyway.
"""

from __future__ import annotations

import ast
import re

PASS, FAIL, TODO = "✔ passed", "✘ failed", "… not attempted yet"
HIDDEN = "◦ hidden test"
_state = {"test": None, "file": None}


def _parse(source: str):
    try:
        return ast.parse(source)
    except SyntaxError:
        return None


def test_docstring(source: str) -> str | None:
    """The first line of the docstring a test cell starts with, else None."""
    tree = _parse(source)
    doc = ast.get_docstring(tree, clean=True) if tree and tree.body else None
    if not doc or not isinstance(tree.body[0], ast.Expr):
        return None
    return doc.strip().splitlines()[0]


def _pre_run(info) -> None:
    source = getattr(info, "raw_cell", "") or ""
    _state["test"] = test_docstring(source)
    tree = _parse(source) if _state["test"] else None
    _state["hidden"] = tree is not None and len(tree.body) == 1


def _post_run(result) -> None:
    doc, _state["test"] = _state["test"], None
    if doc is None or not result.success or result.error_in_exec:
        return
    if _state.get("hidden"):  # a release cell whose tests are hidden: nothing ran
        print(f"{HIDDEN}: {doc} (it runs when your work is graded)")
    else:
        print(f"{PASS}: {doc}")


def _frames(tb):
    while tb is not None:
        yield tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name
        tb = tb.tb_next


def _is_cell(filename: str) -> bool:
    """Code compiled from a notebook cell (ipykernel's cache files, or IPython's)."""
    return filename.startswith("<ipython-input") or bool(
        re.search(r"ipykernel_\d+[/\\][^/\\]+\.py$", filename)
    )


def _learner_frames(tb) -> list[tuple[str, str]]:
    """Frames of code the learner wrote: cells other than the one running."""
    cells = [(f, name) for f, name in _frames(tb) if _is_cell(f)]
    if not cells:
        return []
    current = cells[0][0]
    return [(f, name) for f, name in cells[1:] if f != current]


def _red(text: str) -> str:
    return f"\x1b[0;31m{text}\x1b[0m"


def _show(shell, etype, value, tb, tb_offset=None):
    """IPython's handler for an exception in a cell: a short report in test cells."""
    doc = _state["test"]
    if doc is None:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return None
    mine = _learner_frames(tb)
    if issubclass(etype, NotImplementedError) and mine:
        stb = [
            _red(f"{TODO}: {doc}"),
            f"    {mine[-1][1]}() still raises NotImplementedError: write it in its"
            " answer cell, run that cell, then this one.",
        ]
    elif mine:  # the learner's own code raised: their traceback is what helps
        stb = [_red(f"{FAIL}: {doc}"), f"    your code raised {etype.__name__}:"]
        stb += shell.InteractiveTB.structured_traceback(
            etype, value, tb, tb_offset=tb_offset
        )
    else:
        message = str(value).strip() or etype.__name__
        stb = [_red(f"{FAIL}: {doc}"), *("    " + ln for ln in message.splitlines())]
    shell._showtraceback(etype, value, stb)
    return None


def install() -> bool:
    """Turn the feedback on in the running IPython shell (once); False outside one."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    shell = get_ipython()
    if shell is None or getattr(shell, "_course_feedback", False):
        return shell is not None
    shell.events.register("pre_run_cell", _pre_run)
    shell.events.register("post_run_cell", _post_run)
    shell.set_custom_exc((Exception,), _show)
    shell._course_feedback = True
    return True

"""Run All in a fresh release notebook reaches the last cell, as in JupyterLab.

nbclient stops at the first cell that raises unless the cell carries the
``raises-exception`` tag, as JupyterLab's Run All does. Release notebooks run here
untouched, in a real kernel: only test cells may fail, each says what is not done
yet, and none shows a traceback through the course's own code.

Every ready notebook's untouched release already runs to its end in the harness
(tests/test_harness.py), where a code cell that raises is an error; here a sample
of ``COURSE_RUN_ALL_NOTEBOOKS`` notebooks (default 2, rotating with the date, or
``all``) checks the kernel's side: the tags and what the learner sees.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from sampling import rotating_sample

from course import notebooks as nbs
from course.catalog import load
from course.kit.feedback import FAIL, HIDDEN, PASS, TODO

READY = load().ready
SAMPLE = rotating_sample(READY, "COURSE_RUN_ALL_NOTEBOOKS", 2)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            parts.append("\n".join(out.get("traceback", [])))
    return _ANSI.sub("", "".join(parts))


def run_all(path, cwd):
    from nbclient import NotebookClient

    from course.grading.plugins import CourseKernelManager

    nb = nbs.read(path)
    NotebookClient(
        nb,
        timeout=120,
        allow_errors=False,  # stop at an untagged cell that raises, as Run All
        kernel_name="python3",
        kernel_manager_class=CourseKernelManager,
        resources={"metadata": {"path": str(cwd)}},
    ).execute()
    return nb


@pytest.mark.parametrize("entry", SAMPLE, ids=[e.id for e in SAMPLE])
def test_run_all_reaches_the_last_cell(root, tmp_path, entry):
    nb = run_all(root / "release" / entry.notebook, tmp_path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[-1].get("execution_count"), "the last code cell did not run"
    for cell in code:
        text = _text(cell)
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        gid = nbs.grade_id(cell) or "a cell"
        if not nbs.is_test(cell):
            assert not errors, f"{gid} raised in an untouched release: {text[-500:]}"
            continue
        assert "course/kit" not in text and "Traceback" not in text, (
            f"{gid} shows a traceback through the course's code:\n{text[-800:]}"
        )
        # a release cell whose tests are all hidden says so; the others fail
        expected = HIDDEN if not errors else (TODO, FAIL)
        assert text.startswith(expected), f"{gid} in an untouched release: {text!r}"
        assert PASS not in text


def test_a_solved_test_cell_says_it_passed(root, tmp_path):
    """The pass line, on the solution of the template notebook."""
    entry = READY[0]
    nb = nbs.read(root / "solutions" / entry.notebook)
    tests = [c for c in nb.cells if nbs.is_test(c)]
    nb.cells = [c for c in nb.cells if not nbs.is_test(c) or c is tests[0]]
    path = tmp_path / "one.ipynb"
    nbformat.write(nb, path)
    done = run_all(path, tmp_path)
    cell = next(c for c in done.cells if nbs.is_test(c))
    assert _text(cell).startswith(PASS), _text(cell)

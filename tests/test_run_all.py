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


def test_a_slider_with_a_large_figure_does_not_stall_nbclient(tmp_path):
    """A slider whose first figure is about 100 KB, executed by nbclient six
    times with a 20 s cell timeout: each run ends within seconds.

    When ``explore`` captured its first render into the Output widget, nbclient
    answered the captured display by sending the widget's state back to the
    kernel on the shell channel while it waited for the execute reply there;
    about half of these runs then sat until the timeout (it fails silently:
    nbclient does not raise when the idle status never comes)."""
    import time

    from nbclient import NotebookClient

    code = (
        "import matplotlib.pyplot as plt\nimport numpy as np\n"
        "from course.kit.widgets import explore\n\n"
        "rng = np.random.default_rng(0)\n\n\n"
        "def show(k: int = 3):\n"
        "    fig, (a1, a2) = plt.subplots(1, 2, figsize=(11, 3.8))\n"
        "    a1.scatter(np.arange(400), rng.standard_normal(400).cumsum(), s=3,"
        " c=np.arange(400))\n"
        "    a2.imshow(rng.standard_normal((60, 60)))\n"
        "    print(f'k = {k}')\n\n\n"
        "explore(show, k=(1, 10, 1, 3))\n"
    )
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(code), nbformat.v4.new_code_cell("1 + 1")]
    for run in range(6):
        start = time.monotonic()
        NotebookClient(
            nb,
            timeout=20,
            kernel_name="python3",
            resources={"metadata": {"path": str(tmp_path)}},
        ).execute()
        took = time.monotonic() - start
        kinds = [k for o in nb.cells[0].outputs for k in o.get("data", {})]
        assert "application/vnd.jupyter.widget-view+json" in kinds, kinds
        assert took < 15, f"run {run}: the slider cell stalled nbclient ({took:.0f} s)"

"""The learner's checker: per-exercise report and exit status."""

from __future__ import annotations

import shutil
import subprocess
import sys

import nbformat
import pytest

from course import notebooks as nbs
from course.grading.submissions import solution_answers, with_answers

TEMPLATE = "04_training_stability_and_tuning/q01_vanishing_gradients.ipynb"


def run_check(root, *paths):
    return subprocess.run(
        [sys.executable, "-m", "course", "check", *map(str, paths)],
        cwd=root,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def workspace(root, tmp_path):
    """A learner's workspace with the same layout as release/."""
    dest = tmp_path / "workspace" / TEMPLATE
    dest.parent.mkdir(parents=True)
    shutil.copy(root / "release" / TEMPLATE, dest)
    return dest


def test_untouched_notebook_is_not_attempted(root, workspace):
    proc = run_check(root, workspace)
    assert proc.returncode == 1
    assert proc.stdout.count("NOT ATTEMPTED") == 2, proc.stdout
    assert "0 of 2 exercises" in proc.stdout


def test_report_passes_fails_and_restores_deleted_tests(root, workspace):
    release = nbs.read(workspace)
    answers = solution_answers(nbs.read(root / "source" / TEMPLATE))
    wrong = (
        root
        / "tests"
        / "wrong_answers"
        / "04_training_stability_and_tuning"
        / "q01_vanishing_gradients"
        / "he_fan_out.py"
    )
    answers["init_linear_"] = wrong.read_text()
    nb = with_answers(release, answers)
    nb.cells = [
        c for c in nb.cells if nbs.grade_id(c) != "test_layer_grad_norms_basics"
    ]
    nbformat.write(nb, workspace)
    proc = run_check(root, workspace.parent)
    assert proc.returncode == 1, proc.stdout
    out = proc.stdout
    assert "test_layer_grad_norms_basics was missing" in out
    ex1 = next(line for line in out.splitlines() if "Exercise 1" in line)
    ex2 = next(line for line in out.splitlines() if "Exercise 2" in line)
    assert "PASSED" in ex1 and "FAILED" in ex2, out
    assert "fan_in is the number of INPUTS" in out, "the test's message should be shown"
    assert nbs.grade_id(nbs.read(workspace).cells[0]) is None  # the file is unchanged
    assert "test_layer_grad_norms_basics" not in workspace.read_text()


def test_missing_path_is_a_usage_error(root, tmp_path):
    proc = run_check(root, tmp_path / "nope.txt")
    assert proc.returncode == 2


def test_workspace_copies_new_notebooks_and_keeps_the_learners(root, tmp_path):
    from course.learner.lab import prepare_workspace

    (tmp_path / "release").mkdir()
    shutil.copytree(root / "release", tmp_path / "release", dirs_exist_ok=True)
    first = prepare_workspace(tmp_path)
    assert len(first) == len(list((root / "release").rglob("*.ipynb")))
    mine = tmp_path / "workspace" / TEMPLATE
    mine.write_text("my work")
    assert prepare_workspace(tmp_path) == []
    assert mine.read_text() == "my work"


def test_check_before_lab_says_so_at_once(root, tmp_path):
    """`run.py check` on a fresh clone: no workspace/, no install, a clear message."""
    import time

    clone = tmp_path / "clone"
    clone.mkdir()
    shutil.copy(root / "run.py", clone)
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "run.py", "check"], cwd=clone, capture_output=True, text=True
    )
    assert proc.returncode == 2 and "python3 run.py lab" in proc.stdout, proc
    assert not (clone / ".venv").exists(), "it installed the environment first"
    assert time.monotonic() - start < 5


def test_a_folder_is_searched_without_environments(tmp_path):
    from course.learner.check import collect

    for rel in ("a/q.ipynb", ".venv/lib/x.ipynb", "b/site-packages/y.ipynb"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("{}")
    assert collect([str(tmp_path)]) == [tmp_path / "a" / "q.ipynb"]


LSTM = "07_sequence_models/q03_lstm_gates.ipynb"


def test_each_part_is_reported_and_a_slow_cell_is_a_line(root, tmp_path):
    """LSTM: part (a) done, part (b) not started; a demo cell that never ends."""
    dest = tmp_path / "workspace" / LSTM
    dest.parent.mkdir(parents=True)
    release = nbs.read(root / "release" / LSTM)
    answers = solution_answers(nbs.read(root / "source" / LSTM))
    nb = with_answers(release, {"lstm_cell": answers["lstm_cell"]})
    nb.cells.insert(
        3, nbformat.v4.new_code_cell("import time\nwhile True:\n    time.sleep(1)")
    )
    nbformat.write(nb, dest)
    # long enough for the setup cell (torch's import) on a busy 2-core machine
    proc = run_check(root, dest, "--timeout", "12")
    out = proc.stdout
    assert proc.returncode == 1, out
    assert "part (a) lstm_cell(): passed" in out, out
    assert "part (b) run_lstm(): not attempted" in out, out
    assert "code cell 2 ran past 12 s and was stopped" in out, out
    assert "Summary" in out and "q03_lstm_gates" in out.split("Summary")[1]


def test_check_grade_gives_the_instructors_score(root, tmp_path, isolation):
    """--grade: a solved notebook gets full marks, hidden tests included; a blank
    one zero."""
    import re

    module = "06_cnn_and_vision"
    folder = tmp_path / "workspace" / module
    folder.mkdir(parents=True)
    solved, blank = "q05_sobel_filter.ipynb", "q06_depthwise_separable_conv.ipynb"
    release = nbs.read(root / "release" / module / solved)
    answers = solution_answers(nbs.read(root / "source" / module / solved))
    nbformat.write(with_answers(release, answers), folder / solved)
    shutil.copy(root / "release" / module / blank, folder / blank)
    proc = run_check(root, folder, "--grade")
    out = proc.stdout
    assert "Grading as the instructor would" in out, out + proc.stderr
    full = re.search(r"q05_sobel_filter\s+(\S+) / (\S+)", out)
    zero = re.search(r"q06_depthwise_separable_conv\s+(\S+) / (\S+)", out)
    assert full and full.group(1) == full.group(2) and float(full.group(2)) > 0, out
    assert zero and zero.group(1) == "0", out


def test_course_home_shows_progress_after_one_exercise(root, tmp_path):
    """The home notebook lab opens first: its progress counts a solved exercise."""
    from course.learner.lab import HOME, prepare_workspace
    from course.learner.progress import progress

    course = tmp_path / "course"
    shutil.copytree(root / "release", course / "release")
    prepare_workspace(course)
    assert (course / "workspace" / HOME).is_file()
    mine = course / "workspace" / TEMPLATE
    for other in (course / "workspace").rglob("q*.ipynb"):  # the rest not opened
        if other != mine:
            other.unlink()
    answers = solution_answers(nbs.read(root / "source" / TEMPLATE))
    nb = with_answers(nbs.read(mine), {"layer_grad_norms": answers["layer_grad_norms"]})
    nbformat.write(nb, mine)
    rows = {r.notebook: r for r in progress(course)}
    row = rows[mine.stem]
    assert (row.passed, row.failed, row.not_attempted) == (1, 0, 1), row
    assert all(
        not r.opened or r.notebook == mine.stem or r.passed == 0 for r in rows.values()
    )
    again = {r.notebook: r for r in progress(course)}  # from the cache, same answer
    assert again[mine.stem] == row


def test_solution_command_prints_the_answer_cells(root):
    proc = subprocess.run(
        [sys.executable, "-m", "course", "solution", "lstm_gates"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "def lstm_cell(" in proc.stdout and "def run_lstm(" in proc.stdout
    assert "### BEGIN SOLUTION" not in proc.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "course", "solution", "nope"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "lstm_gates" in bad.stderr


def test_every_exercise_has_hints_and_a_way_to_the_solution(root):
    from course.catalog import load

    for entry in load().ready:
        nb = nbs.read(root / "release" / entry.notebook)
        for ex in nbs.exercises(nb):
            start = next(
                i
                for i, c in enumerate(nb.cells)
                if c.cell_type == "markdown"
                and c.source.startswith(f"## Exercise {ex.number}")
            )
            hints = nb.cells[start + 1].source
            assert hints.count("<details>") >= 2, f"{entry.id} exercise {ex.number}"
            assert f"run.py solution {entry.notebook.stem}" in hints

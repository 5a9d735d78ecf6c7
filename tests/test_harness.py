"""Every ready notebook: the solution scores full marks, the release zero, and every
wrong answer fails exactly the test cells it names; the harness keeps the grader's
rules (tests/test_grading_a.py compares it with nbgrader on a whole module)."""

from __future__ import annotations

from course import notebooks as nbs
from course.authoring.harness import Cell, check_notebook, run
from course.catalog import load
from course.grading.sampleclass import parse_wrong_answer

READY = load().ready
WRONG_PER_EXERCISE = 3


class NotebookChecks:
    """The checks of one notebook; one subclass per ready notebook (below), so that
    ``--dist loadscope`` spreads the notebooks over the workers."""

    entry = None

    def test_solution_blank_and_wrong_answers(self, root):
        problems = check_notebook(root, self.entry)
        assert not problems, f"{self.entry.notebook}:\n" + "\n".join(problems)

    def test_every_exercise_has_wrong_answers(self, root):
        _enough_wrong_answers(root, self.entry)


for _entry in READY:
    _name = "Test_" + _entry.id
    globals()[_name] = type(_name, (NotebookChecks,), {"entry": _entry})


def _enough_wrong_answers(root, entry):
    source = nbs.read(root / "source" / entry.notebook)
    owner = {s: ex.number for ex in nbs.exercises(source) for s in ex.solutions}
    counts = dict.fromkeys(set(owner.values()), 0)
    folder = root / "tests" / "wrong_answers" / entry.module / entry.slug
    for path in folder.glob("*.py"):
        sid, _desc, fails = parse_wrong_answer(path)
        assert sid in owner, f"{path}: no answer cell {sid!r}"
        assert fails, f"{path} fails no test"
        counts[owner[sid]] += 1
    thin = {n: c for n, c in counts.items() if c < WRONG_PER_EXERCISE}
    assert not thin, f"{entry.slug}: exercises with too few wrong answers: {thin}"


# --- the grader's rules, on a notebook of five cells ---------------------------------

CELLS = [
    Cell("import os, sys, time, warnings\nx = 1", "code"),
    Cell("def f():\n    return 2", "answer", "ans"),
    Cell('"""f gives 2."""\nassert f() == 2', "test", "t1", 1),
    Cell("y = f() + x", "code"),
    Cell('"""y is 3."""\nassert y == 3', "test", "t2", 2),
]


def _run(answers, **limits):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        return run(CELLS, {"v": {"ans": answers}}, Path(tmp), **limits)


def test_solution_and_wrong_version():
    got = _run("def f():\n    return 3")
    assert got["solution"].failed == set() and got["solution"].score == 3
    assert got["v"].failed == {"t1", "t2"} and got["v"].score == 0


def test_stderr_and_warnings_do_not_fail_a_test():
    noisy = (
        "def f():\n    warnings.warn('careful')\n"
        "    print('noise', file=sys.stderr)\n    return 2"
    )
    assert _run(noisy)["v"].failed == set()


def test_a_cell_past_its_timeout_is_interrupted_and_the_rest_runs():
    slow = "def f():\n    while True:\n        pass"
    got = _run("y = 0\n" + slow + "\n", timeout=1, budget=20)["v"]
    assert got.failed == {"t1", "t2"}
    assert "KeyboardInterrupt" in got.errors["t1"]
    # the top-level loop is interrupted; the next cells still run
    got = _run("while True:\n    pass\ndef f():\n    return 2", timeout=1)["v"]
    assert got.failed == {"t1", "t2"} and "NameError" in got.errors["t1"]


def test_a_dead_process_fails_every_later_cell():
    got = _run("def f():\n    os._exit(1)")["v"]
    assert got.failed == {"t1", "t2"} and got.errors["t2"].startswith("NotRun")


def test_the_budget_is_for_the_whole_notebook():
    slow = "def f():\n    time.sleep(3)\n    return 2"
    got = _run(slow, timeout=10, budget=2)["v"]
    assert got.failed == {"t1", "t2"}


def test_the_blank_runs_to_the_end_and_a_demo_needing_an_answer_is_caught():
    """The untouched release runs every cell, as Run All does; a demo cell that
    calls an unfinished exercise is reported, and only for that version."""
    import tempfile
    from pathlib import Path

    cells = [*CELLS, Cell("z = f() * 2  # a demo after the exercises", "code")]
    stub = "def f():\n    raise NotImplementedError()"
    with tempfile.TemporaryDirectory() as tmp:
        got = run(cells, {"blank": {"ans": stub}, "v": {"ans": stub}}, Path(tmp))
    # cell 3 (y = f() + x) and the demo cell 5 both call f
    assert sorted(got["blank"].code_errors) == [3, 5]
    assert "NotImplementedError" in got["blank"].code_errors[5]
    assert got["v"].code_errors == {} and got["solution"].code_errors == {}


def test_an_answer_that_computes_nothing_is_graded_too(root):
    """Besides the blank, each notebook is graded with stubs that return None;
    every test cell must fail it (checked per notebook by check_notebook)."""
    from course.authoring.harness import versions_of

    entry = load().ready[0]
    versions, expected = versions_of(root, entry)
    assert expected["nothing"] == expected["blank"]
    for source in versions["nothing"].values():
        assert "NotImplementedError" not in source and "return None" in source

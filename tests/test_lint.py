"""Every source notebook passes the lint; the lint catches what it guards."""

from __future__ import annotations

import copy

import pytest

from course import notebooks as nbs
from course.authoring.lint import lint_anatomy, lint_clean, lint_course, lint_metadata
from course.catalog import load


@pytest.mark.grows
def test_course_notebooks_pass_the_lint(root):
    assert lint_course(root, load()) == []


TEMPLATE = "04_training_stability_and_tuning/q01_vanishing_gradients.ipynb"


def _template(root):
    return nbs.read(root / "source" / TEMPLATE)


def _drop_section(nb, name):
    start, end = next((s, e) for n, _, s, e in nbs.sections(nb) if n == name)
    del nb.cells[start:end]


def _first(nb, pred):
    return next(c for c in nb.cells if pred(c))


MUTATIONS = {
    "no short answer": lambda nb: _drop_section(nb, "The short answer"),
    "no follow-ups": lambda nb: _drop_section(nb, "Follow-ups"),
    "sections out of order": lambda nb: nb.cells.insert(
        1, nb.cells.pop(next(s for n, _, s, _ in nbs.sections(nb) if n == "Theory"))
    ),
    "unlocked test cell": lambda nb: (
        _first(nb, nbs.is_test).metadata["nbgrader"].update(locked=False)
    ),
    "zero points": lambda nb: (
        _first(nb, nbs.is_test).metadata["nbgrader"].update(points=0)
    ),
    "duplicate grade id": lambda nb: (
        [c for c in nb.cells if nbs.is_test(c)][1]
        .metadata["nbgrader"]
        .update(grade_id=nbs.grade_id(_first(nb, nbs.is_test)))
    ),
    "no hidden tests": lambda nb: [
        setattr(c, "source", c.source.split(nbs.HIDDEN_MARK)[0])
        for c in nb.cells
        if nbs.is_test(c)
    ],
    "no solution markers": lambda nb: setattr(
        _first(nb, nbs.is_solution), "source", "def f():\n    return 1"
    ),
    "widget without NBVAL_IGNORE_OUTPUT": lambda nb: setattr(
        _first(nb, lambda c: "explore(" in c.source and c.cell_type == "code"),
        "source",
        _first(
            nb, lambda c: "explore(" in c.source and c.cell_type == "code"
        ).source.replace("# NBVAL_IGNORE_OUTPUT\n", ""),
    ),
    "test without docstring": lambda nb: setattr(
        _first(nb, nbs.is_test), "source", "assert True"
    ),
    "title not the catalog question": lambda nb: setattr(
        nb.cells[0], "source", "# Something else\n\n**Also asked as**"
    ),
    "test patches a module": lambda nb: setattr(
        _first(nb, nbs.is_test),
        "source",
        _first(nb, nbs.is_test).source + "\nnp.random.default_rng = print\n",
    ),
    "test reads its own process's RNG": lambda nb: setattr(
        _first(nb, nbs.is_test),
        "source",
        _first(nb, nbs.is_test).source + "\n_s = np.random.get_state()\n",
    ),
    "a docstring opening a cell that is not a test": lambda nb: nb.cells[2].__setitem__(
        "source", '"""Looks like a test."""\n' + nb.cells[2].source
    ),
    "a download": lambda nb: nb.cells[2].__setitem__(
        "source", nb.cells[2].source + "\nurlretrieve('http://x')"
    ),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_lint_catches(root, mutation):
    nb = copy.deepcopy(_template(root))
    MUTATIONS[mutation](nb)
    entry = load().by_notebook(TEMPLATE)
    problems = lint_anatomy(nb, "nb", entry) + lint_metadata(nb, "nb")
    assert problems, f"the lint missed: {mutation}"


def test_lint_catches_outputs_and_widget_state(root):
    nb = copy.deepcopy(_template(root))
    nb.metadata["widgets"] = {"state": {}}
    code = _first(nb, lambda c: c.cell_type == "code")
    code.outputs = [{"output_type": "stream", "name": "stdout", "text": "hi"}]
    assert len(lint_clean(nb, "nb")) == 2


def test_lint_catches_tests_that_call_another_exercise(root):
    nb = copy.deepcopy(_template(root))
    ex = nbs.exercises(nb)
    cells = nbs.cells_by_id(nb)
    cells[ex[1].tests[0]].source += "\nlayer_grad_norms"
    assert any("another exercise" in p for p in lint_anatomy(nb, "nb", None))


def test_lint_refuses_pointers_to_notebooks_that_may_not_exist(root, tmp_path):
    from course.authoring.lint import lint_references

    source = root / "source"
    here = next(source.rglob("q*.ipynb"))
    other = next(p for p in source.rglob("q*.ipynb") if p != here)
    rel = other.relative_to(here.parent) if other.parent == here.parent else None
    target = rel or "../" + str(other.relative_to(source))
    nb = nbs.read(here)
    nb.cells[-1].source = f"See [this one]({target}); it exists."
    assert lint_references(nb, "nb", source, here) == []
    for text in (
        "The next notebook in this module covers it.",
        "As the previous notebook showed.",
        "See [exploding gradients](q02_exploding_gradients.ipynb).",
        "See [outside](../../README.ipynb).",
    ):
        nb.cells[-1].source = text
        assert lint_references(nb, "nb", source, here), text

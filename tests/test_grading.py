"""The grading pipeline, end to end, for every ready notebook.

In a temporary copy of the course: nbgrader generate_assignment, then submissions
from students who hand in the instructor's solution, the untouched release, and
each plausible wrong answer kept under tests/wrong_answers/, then nbgrader
autograde and generate_feedback. Wrong answers for different exercises share a
submission (the lint checks that an exercise's tests use only its own answers).
"""

from __future__ import annotations

import itertools
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from course import notebooks as nbs
from course.build import nbgrader
from course.catalog import load
from course.grading import (
    copy_course,
    generate,
    grades,
    solution_answers,
    submit,
    with_answers,
)

ROOT = Path(__file__).resolve().parents[1]
WRONG = ROOT / "tests" / "wrong_answers"
READY = load().ready


@dataclass(frozen=True)
class WrongAnswer:
    name: str
    replaces: str
    description: str
    code: str


def wrong_answers(entry) -> list[WrongAnswer]:
    folder = WRONG / entry.module / entry.slug
    found = []
    for path in sorted(folder.glob("*.py")):
        text = path.read_text("utf-8")
        m = re.match(r"# replaces: (\S+)\n# (.+)\n", text)
        assert m, (
            f"{path} must start with '# replaces: <answer id>' and '# <what is wrong>'"
        )
        found.append(WrongAnswer(path.stem, m.group(1), m.group(2), text))
    return found


@dataclass
class Graded:
    entry: object
    course: Path
    exercises: list
    students: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # student -> answers
    wrong: dict[str, tuple[str, WrongAnswer]] = field(default_factory=dict)

    def grades(self, student: str):
        return grades(self.course, self.entry.module, student, self.entry.slug)

    def exercise_score(self, student: str, ex) -> tuple[float, float]:
        g = self.grades(student)
        return (
            sum(g[t].score for t in ex.tests),
            sum(g[t].max_score for t in ex.tests),
        )


@pytest.fixture(scope="module", params=READY, ids=[e.id for e in READY])
def graded(request, tmp_path_factory) -> Graded:
    entry = request.param
    course = copy_course(ROOT, tmp_path_factory.mktemp(entry.id))
    for other in (course / "source").rglob("*.ipynb"):  # only this notebook
        if other.relative_to(course / "source").as_posix() != str(entry.notebook):
            other.unlink()
    for folder in (course / "source").iterdir():
        if not any(folder.glob("*.ipynb")):
            shutil.rmtree(folder)
    generate(course, entry.module)
    source = nbs.read(ROOT / "source" / entry.notebook)
    release = nbs.read(course / "release" / entry.notebook)
    exercises = nbs.exercises(source)
    solution = solution_answers(source)
    result = Graded(entry, course, exercises)
    result.students["solution"] = dict(solution)
    result.students["untouched"] = {}
    by_exercise = {ex.number: [] for ex in exercises}
    owner = {sid: ex.number for ex in exercises for sid in ex.solutions}
    for wa in wrong_answers(entry):
        assert wa.replaces in owner, f"{wa.name}: no answer cell {wa.replaces!r}"
        by_exercise[owner[wa.replaces]].append(wa)
    for k, combo in enumerate(itertools.zip_longest(*by_exercise.values())):
        student = f"wrong{k + 1:02d}"
        answers = dict(solution)
        for wa in filter(None, combo):
            answers[wa.replaces] = wa.code
            result.wrong[wa.name] = (student, wa)
        result.students[student] = answers
    for student, answers in result.students.items():
        submit(
            course,
            student,
            entry.module,
            entry.notebook.name,
            with_answers(release, answers),
        )
    proc = nbgrader(course, "autograde", entry.module, "--force")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = nbgrader(course, "generate_feedback", entry.module, "--force")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return result


def test_solution_scores_full_marks(graded):
    lost = {
        gid: (g.score, g.max_score)
        for gid, g in graded.grades("solution").items()
        if g.score != g.max_score
    }
    assert not lost, f"the instructor's solution loses points in {lost}"


def test_untouched_release_scores_zero(graded):
    scored = {
        gid: g.score for gid, g in graded.grades("untouched").items() if g.score != 0
    }
    assert not scored, f"the untouched notebook scores in {scored}"


def test_every_exercise_has_two_wrong_answers(graded):
    owner = {sid: ex.number for ex in graded.exercises for sid in ex.solutions}
    counts = {ex.number: 0 for ex in graded.exercises}
    for _, wa in graded.wrong.values():
        counts[owner[wa.replaces]] += 1
    thin = {n: c for n, c in counts.items() if c < 2}
    assert not thin, f"exercises with fewer than two wrong answers under tests/: {thin}"


def test_wrong_answers_lose_points(graded):
    kept = []
    for name, (student, wa) in graded.wrong.items():
        ex = next(e for e in graded.exercises if wa.replaces in e.solutions)
        score, most = graded.exercise_score(student, ex)
        if score >= most:
            kept.append(
                f"{name} ({wa.description}) kept {score}/{most} on exercise {ex.number}"
            )
    assert not kept, "plausible wrong answers that lose nothing:\n" + "\n".join(kept)


def _hidden_lines(source_nb) -> set[str]:
    lines = set()
    for cell in source_nb.cells:
        if nbs.is_test(cell) and nbs.HIDDEN_MARK in cell.source:
            block = cell.source.split(nbs.HIDDEN_MARK, 1)[1].split(
                "### END HIDDEN TESTS"
            )[0]
            lines |= {ln.strip() for ln in block.splitlines() if len(ln.strip()) > 20}
    return lines


def test_feedback_shows_no_hidden_tests_or_solutions(graded):
    import html

    source = nbs.read(ROOT / "source" / graded.entry.notebook)
    hidden = _hidden_lines(source)
    answer_lines = {
        ln.strip()
        for code in solution_answers(source).values()
        for ln in code.splitlines()
        if len(ln.strip()) > 20
    }
    release = nbs.read(graded.course / "release" / graded.entry.notebook)
    public = "\n".join(c.source for c in release.cells)
    hidden = {ln for ln in hidden if ln not in public}
    answer_lines = {ln for ln in answer_lines if ln not in public}
    assert hidden and answer_lines
    for student in graded.students:
        page = (
            graded.course
            / "feedback"
            / student
            / graded.entry.module
            / (graded.entry.slug + ".html")
        )
        assert page.is_file(), f"no feedback for {student}"
        text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text("utf-8")))
        leaked = [ln for ln in hidden if ln in text]
        assert not leaked, (
            f"feedback for {student} shows hidden test code: {leaked[:3]}"
        )
        if student == "untouched":
            shown = [ln for ln in answer_lines if ln in text]
            assert not shown, f"feedback for {student} shows solution code: {shown[:3]}"

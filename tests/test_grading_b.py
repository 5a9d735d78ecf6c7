"""Grading the sample class: every other module (see grading_suite)."""

import shutil

from grading_suite import *  # noqa: F403
from grading_suite import load

from course.grading.sampleclass import AGREEMENT_MODULE

MODULES = sorted({e.module for e in load().ready} - {AGREEMENT_MODULE})
SELF_CHECK = "none"  # the other file grades its module with the self-check first
# No student here loops: generous limits, so a loaded machine never cuts a notebook.
TIMEOUT, BUDGET = 30, 120


def test_a_file_that_breaks_feedback_costs_only_its_own(graded, tmp_path):
    """When nbgrader's feedback step fails on one student's graded file, the others
    still get theirs and that student is reported."""
    from course.grading import grade

    course = tmp_path / "course"
    shutil.copytree(graded.course, course)
    module = graded.modules[0]
    students = sorted(
        p.name
        for p in (course / "autograded").iterdir()
        if (p / module).is_dir() and not p.name.startswith("course-")
    )[:3]
    victim, others = students[0], students[1:]
    for page in (course / "autograded" / victim / module).glob("*.ipynb"):
        page.chmod(0o644)
        page.write_text("{ this is no longer a notebook")
    shutil.rmtree(course / "feedback", ignore_errors=True)
    assert grade.feedback_for(course, module, students) == {victim}
    for student in others:
        assert list((course / "feedback" / student / module).glob("*.html")), student
    assert victim in (course / f"grading_log_{module}.txt").read_text()

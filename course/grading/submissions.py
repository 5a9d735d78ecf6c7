"""Building submissions and reading grades: shared by the grading command and tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat

from course import notebooks as nbs
from course.project import CourseError, nbgrader


def copy_course(root: Path, dest: Path) -> Path:
    """A fresh course directory at ``dest``: source/ and the config, no gradebook."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        root / "source",
        dest / "source",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(".ipynb_checkpoints"),
    )
    shutil.copy2(root / "nbgrader_config.py", dest / "nbgrader_config.py")
    return dest


def generate(course: Path, module: str) -> None:
    """``nbgrader generate_assignment`` into the course's own gradebook."""
    proc = nbgrader(course, "generate_assignment", module, "--force")
    if proc.returncode != 0 or not (course / "release" / module).is_dir():
        raise CourseError(
            f"generate_assignment {module} failed\n{proc.stdout}{proc.stderr}"
        )


def with_answers(release_nb, answers: dict[str, str]):
    """A copy of a released notebook with some answer cells' code replaced."""
    nb = nbformat.from_dict(release_nb)
    cells = nbs.cells_by_id(nb)
    for grade_id, code in answers.items():
        if grade_id not in cells:
            raise KeyError(f"no cell {grade_id!r} in the notebook")
        cells[grade_id].source = code
    return nb


def solution_answers(source_nb) -> dict[str, str]:
    """The instructor's answer code for every answer cell, markers removed."""
    return {
        nbs.grade_id(c): nbs.strip_solution(c.source)
        for c in source_nb.cells
        if nbs.is_solution(c) and c.cell_type == "code"
    }


def submit(course: Path, student: str, module: str, notebook: str, nb) -> Path:
    """Place a notebook as ``submitted/<student>/<module>/<notebook>``."""
    path = course / "submitted" / student / module / notebook
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path

"""Reading course notebooks: sections, exercises and their nbgrader cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

SECTIONS = (
    "Setup",
    "The short answer",
    "Theory",
    "Demo",
    "Explore",
    "Exercise",
    "Common wrong answers",
    "Follow-ups",
)
KERNELSPEC = {
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
    "name": "python3",
}
LANGUAGE = {"name": "python", "version": "3.11"}
HIDDEN_MARK = "### BEGIN HIDDEN TESTS"
SOLUTION_MARK = "### BEGIN SOLUTION"


def read(path: str | Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def nbg(cell) -> dict:
    """The cell's nbgrader metadata ({} when it has none)."""
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def grade_id(cell) -> str | None:
    return nbg(cell).get("grade_id")


def is_solution(cell) -> bool:
    return bool(nbg(cell).get("solution"))


def is_test(cell) -> bool:
    """An autograded test cell: graded code, not an answer."""
    meta = nbg(cell)
    return (
        cell.cell_type == "code"
        and bool(meta.get("grade"))
        and not meta.get("solution")
    )


def docstring(source: str) -> str:
    """First line of the leading docstring of a code cell, or ''."""
    m = re.match(
        r'\s*(?:#[^\n]*\n\s*)*(?:"""|\'\'\')(.*?)(?:"""|\'\'\'|\n)', source, re.S
    )
    return m.group(1).strip() if m else ""


@dataclass
class Exercise:
    number: int
    title: str
    solutions: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)

    @property
    def visible(self) -> list[str]:
        return [t for t in self.tests if t not in self.hidden]


def heading(cell) -> tuple[int, str] | None:
    """(level, text) of a markdown cell that starts with a heading."""
    if cell.cell_type != "markdown":
        return None
    m = re.match(r"\s*(#{1,6})\s+(.+)", cell.source)
    return (len(m.group(1)), m.group(2).strip()) if m else None


def section_of(text: str) -> str | None:
    for name in SECTIONS:
        if text == name or (name == "Exercise" and re.match(r"Exercise \d+\b", text)):
            return name
    return None


def sections(nb) -> list[tuple[str, str, int, int]]:
    """(section, heading text, first cell, end cell) for every level-2 heading."""
    marks = []
    for i, cell in enumerate(nb.cells):
        h = heading(cell)
        if h and h[0] == 2:
            marks.append((section_of(h[1]), h[1], i))
    out = []
    for k, (name, text, start) in enumerate(marks):
        end = marks[k + 1][2] if k + 1 < len(marks) else len(nb.cells)
        out.append((name, text, start, end))
    return out


def exercises(nb) -> list[Exercise]:
    """Exercises in order, with the grade ids of their answer and test cells."""
    result = []
    for name, text, start, end in sections(nb):
        if name != "Exercise":
            continue
        m = re.match(r"Exercise (\d+)\s*[:.\-–]?\s*(.*)", text)
        ex = Exercise(int(m.group(1)), m.group(2).strip() or text)
        for cell in nb.cells[start:end]:
            gid = grade_id(cell)
            if not gid:
                continue
            if is_solution(cell):
                ex.solutions.append(gid)
            elif is_test(cell):
                ex.tests.append(gid)
                if HIDDEN_MARK in cell.source:
                    ex.hidden.append(gid)
        result.append(ex)
    return result


def cells_by_id(nb) -> dict[str, object]:
    return {grade_id(c): c for c in nb.cells if grade_id(c)}


def strip_solution(source: str) -> str:
    """The answer code of a solution cell, without nbgrader's markers."""
    lines = [
        ln
        for ln in source.splitlines()
        if "### BEGIN SOLUTION" not in ln and "### END SOLUTION" not in ln
    ]
    return "\n".join(lines)

"""Check your work: ``python -m course check [PATH...]``.

Runs your notebooks top to bottom with the course's visible tests and prints, per
exercise, whether it passed, failed (with the test's message) or was not
attempted yet. The tests are taken from the released notebook, so a test cell you
edited or deleted by accident is put back for the check (your file is not
changed). Hidden tests run only when the instructor grades.

PATH may be notebooks or folders; the default is workspace/ (made by
``python run.py lab``), or the current folder. Exit status: 0 when every
exercise passes, 1 otherwise, 2 when a notebook cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course import notebooks as nbs

TIMEOUT = 120
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class ExerciseResult:
    number: int
    title: str
    status: str  # passed | failed | not attempted
    details: list[str] = field(default_factory=list)
    visible: int = 0
    hidden: int = 0


@dataclass
class NotebookResult:
    path: Path
    exercises: list[ExerciseResult]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return bool(self.exercises) and all(
            e.status == "passed" for e in self.exercises
        )


def find_release(path: Path, root: Path | None) -> Path | None:
    """The released notebook with the same module folder and file name."""
    if root is None:
        return None
    candidate = root / "release" / path.parent.name / path.name
    return candidate if candidate.is_file() else None


def restore_tests(nb, reference) -> list[str]:
    """Give ``nb`` the released test cells (edited ones reset, missing ones added)."""
    notes = []
    ref_cells = reference.cells
    ref_tests = {nbs.grade_id(c): c for c in ref_cells if nbs.is_test(c)}
    present = {}
    for i, cell in enumerate(nb.cells):
        gid = nbs.grade_id(cell)
        if gid in ref_tests:
            present[gid] = i
            if cell.source != ref_tests[gid].source or cell.cell_type != "code":
                notes.append(
                    f"test cell {gid} was edited; the released version was used"
                )
                nb.cells[i] = nbformat.from_dict(dict(ref_tests[gid]))
    order = [nbs.grade_id(c) for c in ref_cells if nbs.grade_id(c)]
    for gid, ref_cell in ref_tests.items():
        if gid in present:
            continue
        notes.append(f"test cell {gid} was missing; the released version was used")
        before = order[: order.index(gid)]
        anchor = -1
        for j, cell in enumerate(nb.cells):
            if nbs.grade_id(cell) in before:
                anchor = j
        nb.cells.insert(anchor + 1, nbformat.from_dict(dict(ref_cell)))
    return notes


def _error_of(cell) -> str | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            message = f"{out.get('ename')}: {out.get('evalue')}".strip()
            return _ANSI.sub("", message)
    return None


def _untouched(cell, reference_cells: dict) -> bool:
    ref = reference_cells.get(nbs.grade_id(cell))
    return ref is not None and cell.source.strip() == ref.source.strip()


def execute(nb, cwd: Path, timeout: int = TIMEOUT) -> None:
    """Run every cell (errors are recorded, execution goes on)."""
    from nbclient import NotebookClient

    from course.grading.plugins import CourseKernelManager

    client = NotebookClient(
        nb,
        timeout=timeout,
        allow_errors=True,
        kernel_name="python3",
        kernel_manager_class=CourseKernelManager,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()


def check_notebook(
    path: Path, root: Path | None, *, timeout: int = TIMEOUT
) -> NotebookResult:
    nb = nbs.read(path)
    ref_path = find_release(path, root)
    reference = nbs.read(ref_path) if ref_path else nb
    notes = (
        []
        if ref_path
        else ["no released copy found: the notebook's own test cells were used"]
    )
    if ref_path:
        notes += restore_tests(nb, reference)
    ref_cells = nbs.cells_by_id(reference)
    execute(nb, path.parent, timeout)
    cells = nbs.cells_by_id(nb)
    results = []
    for ex in nbs.exercises(reference):
        res = ExerciseResult(ex.number, ex.title, "passed")
        visible = [
            t
            for t in ex.tests
            if nbs.HIDDEN_MARK not in ref_cells[t].source
            and _has_code(ref_cells[t].source)
        ]
        res.visible, res.hidden = len(visible), len(ex.tests) - len(visible)
        answers = [cells.get(s) for s in ex.solutions]
        if any(a is None for a in answers):
            res.status = "failed"
            res.details.append(
                "an answer cell is missing: restore it from the released notebook"
            )
        elif all(_untouched(a, ref_cells) for a in answers) or any(
            (_error_of(a) or "").startswith("NotImplementedError") for a in answers
        ):
            res.status = "not attempted"
        else:
            for a in answers:
                err = _error_of(a)
                if err:
                    res.status = "failed"
                    res.details.append(f"your answer cell raised {err}")
            for t in visible:
                err = _error_of(cells[t])
                if err:
                    res.status = "failed"
                    doc = nbs.docstring(cells[t].source)
                    res.details.append(f"{t}: {doc}" if doc else t)
                    res.details.append(f"    {err}")
        results.append(res)
    return NotebookResult(path, results, notes)


def _has_code(source: str) -> bool:
    """True when a test cell does more than state its docstring."""
    body = re.sub(
        r'^\s*(?:"""|\'\'\').*?(?:"""|\'\'\')', "", source, count=1, flags=re.S
    )
    return any(
        ln.strip() and not ln.strip().startswith("#") for ln in body.splitlines()
    )


def report(result: NotebookResult, out=sys.stdout) -> None:
    print(f"\n{result.path}", file=out)
    for note in result.notes:
        print(f"  note: {note}", file=out)
    if not result.exercises:
        print("  no exercises found", file=out)
    for ex in result.exercises:
        label = f"Exercise {ex.number}: {ex.title}"
        extra = f"{ex.visible} visible test(s)"
        if ex.hidden:
            extra += f"; {ex.hidden} hidden check(s) at grading"
        print(f"  {label:<52} {ex.status.upper():<14} ({extra})", file=out)
        for line in ex.details:
            print(f"      {line}", file=out)


def collect(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(
                q for q in p.rglob("*.ipynb") if ".ipynb_checkpoints" not in q.parts
            )
        elif p.suffix == ".ipynb":
            found.append(p)
        else:
            raise FileNotFoundError(f"{p} is not a notebook or a folder")
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m course check",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds per cell")
    args = parser.parse_args(argv)
    from course.project import CourseError, course_root

    try:
        root = course_root()
    except CourseError:
        root = None
    default = (
        [str(root / "workspace")] if root and (root / "workspace").is_dir() else ["."]
    )
    try:
        paths = collect(args.paths or default)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not paths:
        print("no notebooks to check", file=sys.stderr)
        return 2
    results = []
    for path in paths:
        try:
            results.append(check_notebook(path.resolve(), root, timeout=args.timeout))
        except (nbformat.reader.NotJSONError, ValueError, KeyError) as exc:
            print(f"\n{path}\n  cannot read this notebook: {exc}", file=sys.stderr)
            return 2
        report(results[-1])
    passed = sum(e.status == "passed" for r in results for e in r.exercises)
    total = sum(len(r.exercises) for r in results)
    print(f"\n{passed} of {total} exercises pass their visible tests.")
    return 0 if results and all(r.ok for r in results) else 1

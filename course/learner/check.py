"""Check your work: ``python -m course check [PATH...]``.

Runs your notebooks top to bottom with the course's visible tests and prints, per
exercise, whether it passed, failed (with the test's message) or was not
attempted yet. The tests are taken from the released notebook, so a test cell you
edited or deleted by accident is put back for the check (your file is not
changed). Hidden tests run when the instructor grades, or with ``--grade``: then each
notebook is also graded by the course's own grader, as an instructor would.

PATH may be notebooks or folders; the default is workspace/ (made by
``python run.py lab``); without it, and without a PATH, the command says so and
stops. Each part of an exercise (each answer cell) is reported on its own; a cell
that runs past the time limit is interrupted, reported, and the rest still runs.
Exit status: 0 when every exercise passes, 1 otherwise, 2 when there is nothing to
check or a notebook cannot be read.
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
SKIP = {"site-packages", "node_modules", "__pycache__", "venv", "env"}
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class PartResult:
    answer: str  # the answer cell's grade id
    names: list[str]  # what it defines
    status: str = "passed"  # passed | failed | not attempted
    details: list[str] = field(default_factory=list)


@dataclass
class ExerciseResult:
    number: int
    title: str
    status: str  # passed | failed | not attempted
    details: list[str] = field(default_factory=list)
    visible: int = 0
    hidden: int = 0
    parts: list[PartResult] = field(default_factory=list)


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
        interrupt_on_timeout=True,  # a slow cell is stopped, the next ones still run
        error_on_timeout={
            "ename": "Timeout",
            "evalue": f"stopped after {timeout} s",
            "traceback": [f"Timeout: stopped after {timeout} s"],
        },
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
    code = [c for c in nb.cells if c.cell_type == "code"]
    for k, cell in enumerate(code, 1):
        if (_error_of(cell) or "").startswith(("Timeout", "KeyboardInterrupt")):
            name = nbs.grade_id(cell) or f"code cell {k}"
            notes.append(f"{name} ran past {timeout} s and was stopped; the rest ran")
    return NotebookResult(
        path,
        [_exercise(ex, cells, ref_cells) for ex in nbs.exercises(reference)],
        notes,
    )


def _exercise(ex, cells: dict, ref_cells: dict) -> ExerciseResult:
    from course.authoring.lint import defined_names, used_names

    res = ExerciseResult(ex.number, ex.title, "passed")
    visible = [
        t
        for t in ex.tests
        if nbs.HIDDEN_MARK not in ref_cells[t].source and _has_code(ref_cells[t].source)
    ]
    res.visible, res.hidden = len(visible), len(ex.tests) - len(visible)
    for sid in ex.solutions:
        names = sorted(defined_names(ref_cells[sid].source))
        part = PartResult(sid, names)
        res.parts.append(part)
        answer = cells.get(sid)
        mine = [t for t in visible if used_names(ref_cells[t].source) & set(names)]
        if answer is None:
            part.status = "failed"
            part.details.append("its answer cell is missing: copy it from the release")
            continue
        if _untouched(answer, ref_cells):
            part.status = "not attempted"
            continue
        err = _error_of(answer)
        if err:
            part.status = "failed"
            part.details.append(f"the answer cell raised {err}")
        for t in mine:
            err = _error_of(cells[t])
            if not err:
                continue
            if err.startswith("NotImplementedError") and part.status != "failed":
                part.status = "not attempted"
                continue
            part.status = "failed"
            doc = nbs.docstring(cells[t].source)
            part.details.append(f"{t}: {doc}" if doc else t)
            part.details.append(f"    {err}")
    states = {p.status for p in res.parts}
    if states == {"not attempted"}:
        res.status = "not attempted"
    elif states != {"passed"}:
        res.status = "failed"
    return res


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
        many = len(ex.parts) > 1
        for k, part in enumerate(ex.parts):
            if many:
                what = ", ".join(f"{n}()" for n in part.names) or part.answer
                print(f"      part ({chr(97 + k)}) {what}: {part.status}", file=out)
            for line in part.details:
                print(f"      {'  ' if many else ''}{line}", file=out)
        for line in ex.details:
            print(f"      {line}", file=out)


def summary(results: list[NotebookResult], out=sys.stdout) -> None:
    """One line per notebook: exercises passed, failed and not attempted."""
    print("\nSummary", file=out)
    print(f"  {'notebook':<46} {'passed':>6} {'failed':>6} {'to do':>6}", file=out)
    for r in results:
        count = {s: sum(e.status == s for e in r.exercises) for s in STATES}
        name = f"{r.path.parent.name}/{r.path.stem}"[-46:]
        print(
            f"  {name:<46} {count['passed']:>6} {count['failed']:>6}"
            f" {count['not attempted']:>6}",
            file=out,
        )


STATES = ("passed", "failed", "not attempted")
LEARNER = "me"


def grade_like_the_instructor(paths: list[Path], root: Path | None) -> None:
    """Grade the learner's notebooks with the course's grader, hidden tests too.

    Each notebook is handed in, in a scratch copy of the course, as the only
    student of its module, and graded by ``python -m course grade`` (isolated where
    bubblewrap is installed). Nothing is written to the course itself.
    """
    import shutil
    import tempfile

    from course.grading import grade as grading
    from course.grading import sandbox

    if root is None or not (root / "source").is_dir():
        print(
            "\n--grade needs the course's source/ folder (the instructor's notebooks)."
        )
        return
    try:
        sandbox.check()
        isolation = True
    except sandbox.IsolationUnavailable:
        isolation = False
    print(
        "\nGrading as the instructor would (hidden tests included), "
        + ("isolated with bubblewrap." if isolation else "WITHOUT isolation:")
    )
    if not isolation:
        print("  bubblewrap is not installed, so your code runs as you (it is yours).")
    by_module: dict[str, list[Path]] = {}
    for path in paths:
        module = path.resolve().parent.name
        if (root / "source" / module / path.name).is_file():
            by_module.setdefault(module, []).append(path)
        else:
            print(f"  {path}: not a notebook of this course, not graded")
    for module, mine in sorted(by_module.items()):
        with tempfile.TemporaryDirectory(prefix="course-grade-") as tmp:
            course = Path(tmp)
            for folder in ("source", "release"):
                shutil.copytree(root / folder / module, course / folder / module)
            shutil.copy2(root / "nbgrader_config.py", course)
            hand_in = course / "submitted" / LEARNER / module
            hand_in.mkdir(parents=True)
            for path in mine:
                shutil.copy2(path, hand_in / path.name)
            try:
                outcomes = grading.grade(
                    course,
                    [module],
                    isolation=isolation,
                    feedback=False,
                    check_scope="none",
                    log=lambda *a: None,
                )
            except grading.GraderError as exc:
                print(f"  {module}: the grader could not run: {exc}")
                continue
        for o in outcomes:
            if o.status == "not submitted":
                continue
            note = "" if o.status == "graded" else f" ({o.status})"
            print(f"  {o.notebook:<44} {o.score:g} / {o.max_score:g}{note}")


def collect(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(
                q
                for q in p.rglob("*.ipynb")
                if not any(
                    part.startswith(".") or part in SKIP
                    for part in q.relative_to(p).parts[:-1]
                )
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
    parser.add_argument(
        "--grade",
        action="store_true",
        help="also grade the notebooks as the instructor would: hidden tests included",
    )
    args = parser.parse_args(argv)
    from course.project import CourseError, course_root

    try:
        root = course_root()
    except CourseError:
        root = None
    if not args.paths and not (root and (root / "workspace").is_dir()):
        print(
            "No workspace/ yet: run `python3 run.py lab` first (it copies the"
            " notebooks there), or name the notebooks to check.",
            file=sys.stderr,
        )
        return 2
    try:
        paths = collect(args.paths or [str(root / "workspace")])
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
    summary(results)
    if args.grade:
        grade_like_the_instructor(paths, root)
    passed = sum(e.status == "passed" for r in results for e in r.exercises)
    total = sum(len(r.exercises) for r in results)
    print(f"\n{passed} of {total} exercises pass their visible tests.")
    return 0 if results and all(r.ok for r in results) else 1

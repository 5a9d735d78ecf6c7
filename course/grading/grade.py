"""Grade a class: ``python -m course grade MODULE [MODULE...]``.

For each module (nbgrader assignment) it runs, in the course directory:

1. ``nbgrader generate_assignment`` (records the notebooks and their hidden tests in
   gradebook.db; release/ is rewritten identically);
2. with ``--archive FILE.zip`` (an LMS download of ``<student>_<notebook>.ipynb``
   files), ``nbgrader zip_collect`` into ``submitted/<student>/<module>/``;
3. a static scan of every submission for code that tampers with the tests
   (:mod:`course.grading.tamper`);
4. ``nbgrader autograde``, each kernel isolated with bubblewrap
   (:mod:`course.grading.sandbox`), the test cells run in the grader and calling
   into the kernel (:mod:`course.grading.remote`), each cell limited in time, each
   notebook in total;
5. flagged submissions: every autograded cell set to zero and marked for manual
   grading, so the instructor sees them in formgrader;
6. ``nbgrader generate_feedback`` (scores and visible test messages; hidden tests and
   their tracebacks removed), per student when one file breaks it;
7. a report per student and notebook (graded, timed out, kernel died, flagged,
   unreadable, not submitted) and ``grading_report_<module>.json``;
   ``grades.csv`` (``nbgrader export``) and ``grades_by_cell.csv`` for the whole
   gradebook; everything nbgrader said, in ``grading_log_<module>.txt``.

Exit status: 0 when the grader did its job, whatever the students submitted; 1 when
the grader itself could not run (no isolation, a broken config, a failing nbgrader
step); 2 for a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course import notebooks as nbs
from course.grading import sandbox
from course.grading.tamper import scan_notebook
from course.project import CourseError, course_root, nbgrader


class GraderError(RuntimeError):
    """The grader could not do its job (as opposed to a student's problem)."""


@dataclass
class Outcome:
    student: str
    module: str
    notebook: str
    status: str
    details: list[str] = field(default_factory=list)
    score: float = 0.0
    max_score: float = 0.0


def log_path(root: Path, module: str) -> Path:
    """Where everything nbgrader said while grading ``module`` is kept."""
    return root / f"grading_log_{module}.txt"


def _run(root: Path, *args: str, env: dict | None = None, keep: str | None = None):
    proc = nbgrader(root, *args, env=env)
    log = proc.stdout + proc.stderr
    if keep is not None:
        with open(log_path(root, keep), "a", encoding="utf-8") as f:
            f.write(f"\n===== nbgrader {' '.join(args)} (exit {proc.returncode})\n")
            f.write(log)
    if "Exception while loading config file" in log:
        # nbgrader would carry on with its defaults: no isolation, no restore
        raise GraderError(
            f"nbgrader_config.py does not load; nothing was graded "
            f"with a broken config:\n{log}"
        )
    return proc, log


def notebooks_of(root: Path, module: str) -> list[str]:
    return sorted(p.stem for p in (root / "source" / module).glob("*.ipynb"))


# An LMS download holds <student>_<notebook>.ipynb at its top level; nothing else.
MEMBER = re.compile(r"^(?P<student>[A-Za-z0-9\-]+)_(?P<notebook>q\d\d_\w+)\.ipynb$")
MAX_NOTEBOOK_MB = 20


def safe_members(archive: Path, notebooks: list[str]) -> tuple[dict, list[str]]:
    """The archive's acceptable members (name -> bytes) and why the others were not.

    Only files at the top level named after a student and one of the module's
    notebooks are taken: paths (``../``, absolute, folders), nested archives, names
    that appear twice (which of them would be the student's?), and files that
    unpack past the size limit are skipped and reported, and the rest is collected.
    """
    import zipfile

    taken, skipped, seen = {}, [], {}
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GraderError(f"{archive} is not a zip archive ({exc})") from exc
    with zf:
        for info in zf.infolist():
            seen[info.filename] = seen.get(info.filename, 0) + 1
        for info in zf.infolist():
            name = info.filename
            m = MEMBER.match(name)
            if info.is_dir():
                continue
            if not m or m.group("notebook") not in notebooks:
                skipped.append(
                    f"{name!r}: not <student>_<notebook>.ipynb of this module"
                )
            elif m.group("student") == SELF_CHECK:
                skipped.append(f"{name!r}: {SELF_CHECK} is the grader's own name")
            elif seen[name] > 1:
                skipped.append(f"{name!r}: in the archive {seen[name]} times")
            elif info.file_size > MAX_NOTEBOOK_MB << 20:
                skipped.append(f"{name!r}: larger than {MAX_NOTEBOOK_MB} MB unpacked")
            else:
                try:
                    with zf.open(info) as f:
                        data = f.read((MAX_NOTEBOOK_MB << 20) + 1)
                except Exception as exc:  # noqa: BLE001 - a damaged member
                    skipped.append(f"{name!r}: cannot be unpacked ({exc})")
                    continue
                if len(data) > MAX_NOTEBOOK_MB << 20:
                    skipped.append(f"{name!r}: larger than {MAX_NOTEBOOK_MB} MB")
                else:
                    taken[name] = data
    return taken, skipped


def collect_archive(root: Path, module: str, archive: Path) -> list[str]:
    """Unpack an LMS download into submitted/ with nbgrader zip_collect.

    nbgrader gets a clean copy holding only the acceptable members; returns what
    was skipped, and why.
    """
    import zipfile

    taken, skipped = safe_members(archive, notebooks_of(root, module))
    dest = root / "downloaded" / module / "archive"
    if dest.parent.exists():
        shutil.rmtree(dest.parent)
    dest.mkdir(parents=True)
    with zipfile.ZipFile(dest / "submissions.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in taken.items():
            zf.writestr(name, data)
    proc, log = _run(root, "zip_collect", module, "--force")
    if proc.returncode != 0:
        raise GraderError(f"nbgrader zip_collect {module} failed:\n{log}")
    return skipped


def locked_ids(root: Path, module: str, notebook: str) -> set[str]:
    nb = nbs.read(root / "source" / module / f"{notebook}.ipynb")
    return {nbs.grade_id(c) for c in nb.cells if nbs.nbg(c).get("locked")}


def scan(root: Path, module: str, students: list[str]) -> dict[tuple[str, str], list]:
    """Tampering findings per (student, notebook); unreadable files are skipped here.

    A notebook the scan itself cannot read through (deeply nested code, cells that
    are not text...) is flagged for the instructor; it never stops the others.
    """
    flags = {}
    for student in students:
        for notebook in notebooks_of(root, module):
            path = root / "submitted" / student / module / f"{notebook}.ipynb"
            if not path.is_file() or path.is_symlink():
                continue
            try:
                nb = nbformat.read(str(path), as_version=4)
            except Exception:  # noqa: BLE001 - reported as unreadable later
                continue
            try:
                found = scan_notebook(nb, locked_ids(root, module, notebook))
            except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001
                found = [f"the tamper scan could not read it ({type(exc).__name__})"]
            if found:
                flags[(student, notebook)] = found
    return flags


def feedback_for(root: Path, module: str, students: list[str]) -> set[str]:
    """Feedback for the module; the students none could be made for.

    One run for everyone; when it fails, one run per student, so that a file that
    breaks nbgrader's feedback step costs only its own student's feedback.
    """
    proc, _ = _run(root, "generate_feedback", module, "--force", keep=module)
    if proc.returncode == 0:
        return set()
    failed = set()
    for student in students:
        proc, _ = _run(
            root,
            "generate_feedback",
            module,
            "--force",
            "--student",
            student,
            keep=module,
        )
        if proc.returncode != 0:
            failed.add(student)
    return failed


def withhold_feedback(root: Path, module: str, flags: dict) -> None:
    """Flagged submissions get no automatic feedback until an instructor looked."""
    for student, notebook in flags:
        page = root / "feedback" / student / module / f"{notebook}.html"
        if page.is_file() and not page.is_symlink():
            page.unlink()


def zero_flagged(root: Path, module: str, flags: dict) -> None:
    """Flagged submissions: every graded cell zero and marked for manual grading."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student, notebook in flags:
            try:
                sub = gb.find_submission_notebook(notebook, module, student)
            except MissingEntry:
                continue
            for grade in sub.grades:
                grade.auto_score = 0.0
                grade.manual_score = None
                grade.needs_manual_grade = True
            sub.flagged = True
        gb.db.commit()


def outcomes(
    root: Path, module: str, students: list[str], flags: dict, log: str
) -> list[Outcome]:
    from nbgrader.api import Gradebook, MissingEntry

    result = []
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student in students:
            for notebook in notebooks_of(root, module):
                out = Outcome(student, module, notebook, "graded")
                submitted = root / "submitted" / student / module / f"{notebook}.ipynb"
                graded = root / "autograded" / student / module / f"{notebook}.ipynb"
                if not submitted.exists():
                    out.status = "not submitted"
                elif not graded.exists():
                    out.status = "unreadable"
                    out.details.append(
                        "nbgrader could not grade this file; see "
                        + log_path(root, module).name
                    )
                else:
                    events = nbs.read(graded).metadata.get("course_grading", {})
                    if events.get("kernel_died"):
                        out.status = "kernel died"
                        out.details.append(
                            f"the kernel died in {events['kernel_died']}; "
                            "later cells were not run"
                        )
                    elif events.get("timeouts") or events.get("budget_spent"):
                        out.status = "timed out"
                        if events.get("timeouts"):
                            out.details.append(
                                "timed out: " + ", ".join(events["timeouts"])
                            )
                        if events.get("budget_spent"):
                            out.details.append(
                                f"time budget spent before {events['budget_spent']}"
                            )
                if (student, notebook) in flags:
                    out.status = "flagged"
                    out.details = [
                        f"needs manual grading: {f}" for f in flags[(student, notebook)]
                    ] + out.details
                try:
                    sub = gb.find_submission_notebook(notebook, module, student)
                    out.score, out.max_score = float(sub.score), float(sub.max_score)
                except MissingEntry:
                    nb = gb.find_notebook(notebook, module)
                    out.max_score = float(nb.max_score)
                result.append(out)
    return result


def cell_rows(root: Path) -> list[dict]:
    """Every graded cell of every student and module in the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    rows = []
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        modules = sorted(a.name for a in gb.assignments)
        for student in sorted(s.id for s in gb.students):
            for module in modules:
                for notebook in notebooks_of(root, module):
                    nb = gb.find_notebook(notebook, module)
                    try:
                        sub = gb.find_submission_notebook(notebook, module, student)
                        grades = {g.name: g for g in sub.grades}
                    except MissingEntry:
                        grades = {}
                    for cell in nb.grade_cells:
                        g = grades.get(cell.name)
                        rows.append(
                            {
                                "student": student,
                                "module": module,
                                "notebook": notebook,
                                "cell": cell.name,
                                "score": f"{(g.score if g else 0.0):g}",
                                "max": f"{cell.max_score:g}",
                                "needs_manual_grade": bool(g and g.needs_manual_grade),
                            }
                        )
    return rows


SELF_CHECK = "course-self-check"  # the solution's pseudo-student


def self_check(root: Path, module: str, extra: list, env: dict, scope: str) -> None:
    """Grade the instructor's solution as a student, in the same sandbox, first.

    It must score full marks, or the grader itself is broken here (an environment
    the sandbox cannot see, limits too tight for the notebook, a broken package)
    and nobody is graded. ``scope``: "all" notebooks of the module, or "first".
    """
    from nbgrader.api import Gradebook, MissingEntry

    from course.grading.submissions import solution_answers, submit, with_answers

    names = notebooks_of(root, module)[: 1 if scope == "first" else None]
    for name in names:
        source = nbs.read(root / "source" / module / f"{name}.ipynb")
        release = nbs.read(root / "release" / module / f"{name}.ipynb")
        answers = with_answers(release, solution_answers(source))
        submit(root, SELF_CHECK, module, f"{name}.ipynb", answers)
    try:
        proc, out = _run(
            root,
            "autograde",
            module,
            "--force",
            f"--student={SELF_CHECK}",
            *extra,
            env=env,
        )
        problems = []
        with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
            for name in names:
                try:
                    sub = gb.find_submission_notebook(name, module, SELF_CHECK)
                except MissingEntry:
                    problems.append(f"{name}: not graded at all")
                    continue
                lost = [g.name for g in sub.grades if (g.score or 0) < g.max_score]
                if lost:
                    problems.append(f"{name}: the solution fails {', '.join(lost)}")
            try:
                gb.remove_student(SELF_CHECK)
            except MissingEntry:
                pass
    finally:
        for folder in ("submitted", "autograded", "feedback"):
            shutil.rmtree(root / folder / SELF_CHECK, ignore_errors=True)
    if problems:
        raise GraderError(
            "the instructor's solution does not score full marks in the grader's "
            "sandbox, so no student was graded:\n  "
            + "\n  ".join(problems)
            + "\nLook at the grader's environment (is the course package installed "
            "where the sandbox can see it, e.g. not in editable mode from a hidden "
            "folder?) and at the sandbox's limits.\n" + out[-3000:]
        )


def grade(
    root: Path,
    modules: list[str],
    *,
    archive: Path | None = None,
    timeout: int | None = None,
    budget: int | None = None,
    isolation: bool = True,
    feedback: bool = True,
    check_scope: str = "all",
    log=print,
) -> list[Outcome]:
    env = {} if isolation else {sandbox.ENV_SWITCH: "none"}
    if isolation:
        try:
            sandbox.check()
        except sandbox.IsolationUnavailable as exc:
            raise GraderError(str(exc)) from exc
    else:
        log(
            "WARNING: grading WITHOUT isolation: student code can read and change "
            "every file this user can"
        )
    extra = []
    if timeout:
        extra.append(f"--Execute.timeout={timeout}")
    if budget:
        extra.append(f"--CourseExecute.notebook_budget={budget}")
    everyone: list[Outcome] = []
    for module in modules:
        if not (root / "source" / module).is_dir():
            raise GraderError(f"no module source/{module}")
        log_path(root, module).write_text(f"grading {module}\n", encoding="utf-8")
        proc, out = _run(root, "generate_assignment", module, "--force", keep=module)
        if proc.returncode != 0:
            raise GraderError(f"generate_assignment {module} failed:\n{out}")
        if archive is not None:
            log(f"{module}: collecting {archive.name}")
            for reason in collect_archive(root, module, archive):
                log(f"{module}: skipped {reason}")
        sub_dir = root / "submitted"
        students = (
            sorted(
                p.name
                for p in sub_dir.iterdir()
                if (p / module).is_dir() and p.name != SELF_CHECK
            )
            if sub_dir.is_dir()
            else []
        )
        if not students:
            log(f"{module}: no submissions")
            continue
        if check_scope != "none":
            log(f"{module}: grading the solution first ({check_scope})")
            self_check(root, module, extra, {**os.environ, **env}, check_scope)
        flags = scan(root, module, students)
        log(f"{module}: autograding {len(students)} student(s)")
        proc, out = _run(
            root,
            "autograde",
            module,
            "--force",
            *extra,
            env={**os.environ, **env},
            keep=module,
        )
        failed = set(
            re.findall(
                r"There was an error processing assignment "
                r"'[^']*' for student '([^']*)'",
                out,
            )
        )
        if proc.returncode != 0 and not failed:
            # nbgrader failed, but not because of a student's submission
            raise GraderError(f"autograde {module} failed:\n{out}")
        zero_flagged(root, module, flags)
        no_feedback = feedback_for(root, module, students) if feedback else set()
        if feedback:
            withhold_feedback(root, module, flags)
        done = outcomes(root, module, students, flags, out)
        for o in done:
            if o.student in no_feedback and o.status != "not submitted":
                o.details.append(
                    "no feedback could be made; see " + log_path(root, module).name
                )
        everyone += done
    proc, out = _run(root, "export", "--to", str(root / "grades.csv"))
    if proc.returncode != 0:
        raise GraderError(f"nbgrader export failed:\n{out}")
    for module in modules:
        mine = [o.__dict__ for o in everyone if o.module == module]
        (root / f"grading_report_{module}.json").write_text(json.dumps(mine, indent=1))
    rows = cell_rows(root)
    if rows:
        with open(root / "grades_by_cell.csv", "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return everyone


def report(outcomes: list[Outcome], out=sys.stdout) -> None:
    width = max((len(o.student) for o in outcomes), default=7)
    for o in outcomes:
        print(
            f"{o.student:<{width}}  {o.module}/{o.notebook:<34} {o.status:<13} "
            f"{o.score:g}/{o.max_score:g}",
            file=out,
        )
        for d in o.details:
            print(f"{'':<{width}}    {d}", file=out)
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    print("\n" + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())), file=out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m course grade",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("modules", nargs="+", help="module folders in source/")
    parser.add_argument(
        "--archive",
        type=Path,
        help="LMS download (.zip of <student>_<notebook>.ipynb files)",
    )
    parser.add_argument("--timeout", type=int, help="seconds per cell (config: 60)")
    parser.add_argument("--budget", type=int, help="seconds per notebook (config: 600)")
    parser.add_argument(
        "--no-isolation",
        action="store_true",
        help="run student code without bubblewrap (unsafe)",
    )
    parser.add_argument("--no-feedback", action="store_true")
    parser.add_argument(
        "--self-check",
        choices=("all", "first", "none"),
        default="all",
        help="grade the solution of every (or the first) notebook before the "
        "students; it must score full marks (default: all)",
    )
    args = parser.parse_args(argv)
    if args.archive is not None and len(args.modules) != 1:
        parser.error("--archive goes with exactly one module")
    if args.archive is not None and not args.archive.is_file():
        parser.error(f"{args.archive} is not a file")
    try:
        root = course_root()
        result = grade(
            root,
            args.modules,
            archive=args.archive and args.archive.resolve(),
            timeout=args.timeout,
            budget=args.budget,
            isolation=not args.no_isolation,
            feedback=not args.no_feedback,
            check_scope=args.self_check,
        )
    except (GraderError, CourseError) as exc:
        print(f"grading failed: {exc}", file=sys.stderr)
        return 1
    report(result)
    print(
        f"grades: {root / 'grades.csv'} and {root / 'grades_by_cell.csv'}; "
        f"feedback: {root / 'feedback'}"
    )
    return 0

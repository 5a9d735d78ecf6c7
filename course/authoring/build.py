"""Regenerate release/ and solutions/ from source/ with nbgrader.

``python -m course build`` runs, for every module folder in source/,
``nbgrader generate_assignment --force`` and ``nbgrader generate_solution --force``
against a throw-away gradebook, so the instructor's gradebook.db is untouched.
Solutions are executed and a failing cell fails the build (nbgrader itself exits 0
then); outputs are cleared, so a second run is byte-identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from course.project import CourseError, course_root, modules, nbgrader


class BuildError(CourseError):
    pass


def _failed(proc: subprocess.CompletedProcess) -> bool:
    log = proc.stdout + proc.stderr
    return proc.returncode != 0 or "[ERROR]" in log or "Traceback" in log


def build(
    root: Path, only: list[str] | None = None, *, execute: bool = True, log=print
) -> None:
    """Rebuild release/ and solutions/ for the given modules (default: all)."""
    todo = only or modules(root)
    with tempfile.TemporaryDirectory(prefix="course-build-") as tmp:
        db = f"sqlite:///{Path(tmp) / 'gradebook.db'}"
        for module in todo:
            expected = sorted(
                p.name for p in (root / "source" / module).glob("*.ipynb")
            )
            steps = [
                ("release", "generate_assignment", []),
                (
                    "solutions",
                    "generate_solution",
                    [] if execute else ["--CourseExecute.enabled=False"],
                ),
            ]
            for folder, command, extra in steps:
                log(f"{command} {module}")
                proc = nbgrader(root, command, module, "--force", f"--db={db}", *extra)
                made = sorted(p.name for p in (root / folder / module).glob("*.ipynb"))
                if _failed(proc) or made != expected:
                    raise BuildError(
                        f"nbgrader {command} {module} failed (exit {proc.returncode}); "
                        f"wrote {made}, expected {expected}\n{proc.stdout}{proc.stderr}"
                    )
        for folder in ("release", "solutions"):
            stale = {p.name for p in (root / folder).iterdir() if p.is_dir()} - set(
                modules(root)
            )
            for name in sorted(stale):
                log(f"removing {folder}/{name} (no longer in source/)")
                for f in sorted((root / folder / name).rglob("*"), reverse=True):
                    f.unlink() if f.is_file() else f.rmdir()
                (root / folder / name).rmdir()


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m course build",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("modules", nargs="*", help="module folders (default: all)")
    parser.add_argument(
        "--no-execute",
        action="store_true",
        help="do not run the solutions (faster, for the harness); the solutions "
        "then lack the outputs their checked cells compare with: build again "
        "without it before committing",
    )
    args = parser.parse_args(argv)
    root = course_root()
    os.chdir(root)
    try:
        build(root, args.modules or None, execute=not args.no_execute)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    if args.no_execute:
        print(
            "release/ is up to date; solutions/ lacks the stored outputs of its "
            "checked cells (# NBVAL_CHECK_OUTPUT): build without --no-execute "
            "before committing"
        )
        return 0
    print("release/ and solutions/ are up to date")
    return 0

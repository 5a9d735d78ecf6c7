#!/usr/bin/env python3
"""Set up and run the course with nothing but Python 3.11 and pip.

    python3 run.py lab       install (first time) and open the course in JupyterLab
    python3 run.py test      install (first time) and run the whole test suite
    python3 run.py check     check your notebooks in workspace/ (visible tests)
    python3 run.py solution NOTEBOOK   print its reference solution (after trying)

The first run creates a virtual environment in .venv/ and installs the course
into it; later runs reuse it and reinstall only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("COURSE_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".course-installed"


def ensure_env() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(
            f"The course needs Python 3.11; this is {sys.version.split()[0]}. "
            "Run run.py with a Python 3.11 interpreter (e.g. python3.11 run.py ...)."
        )
    if not PYTHON.exists():
        print(f"creating a virtual environment in {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print(
            "installing the course and its dependencies (first time: a few minutes)",
            flush=True,
        )
        pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.check_call([*pip, "--upgrade", "pip"])
        subprocess.check_call([*pip, "-e", f"{ROOT}[test]"])
        STAMP.write_text(wanted)


def env() -> dict:
    e = dict(os.environ)
    e["PATH"] = os.pathsep.join([str(BIN), e.get("PATH", "")])
    e["JUPYTER_PATH"] = str(VENV / "share" / "jupyter")
    e["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return e


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("lab", "test", "check", "solution"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "check" and not rest and not (ROOT / "workspace").is_dir():
        # before any install: there is nothing of the learner's to check yet
        print(
            "No workspace/ yet: your notebooks are copied there the first time you run"
            "\n    python3 run.py lab\nWork through a notebook, then run this again."
            " (To check other notebooks, name them: python3 run.py check PATH...)"
        )
        return 2
    ensure_env()
    if command == "test":
        workers = os.environ.get("COURSE_TEST_WORKERS", "auto")
        cmd = [
            str(PYTHON),
            "-m",
            "pytest",
            "-n",
            workers,
            "--dist",
            "loadscope",
            "tests",
            "solutions",
            "--nbval-lax",
            "--nbval-current-env",
            *rest,
        ]
    else:
        cmd = [str(PYTHON), "-m", "course", command, *rest]
    return subprocess.call(cmd, cwd=ROOT, env=env() if command != "lab" else None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Where the course is and how its tools run nbgrader: shared by every command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT_MARKER = "nbgrader_config.py"


class CourseError(RuntimeError):
    """A command cannot do its job; the message says why and what to do."""


def course_root(start: str | Path | None = None) -> Path:
    """The course directory: the nearest folder upwards holding nbgrader_config.py."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ROOT_MARKER).is_file() and (folder / "source").is_dir():
            return folder
    raise CourseError(
        f"no course directory ({ROOT_MARKER} next to source/) above {here}"
    )


def modules(root: Path) -> list[str]:
    src = root / "source"
    return sorted(
        p.name for p in src.iterdir() if p.is_dir() and any(p.glob("*.ipynb"))
    )


def tool_env(extra: dict | None = None) -> dict:
    """Environment for nbgrader: this interpreter's bin folder first on PATH.

    nbgrader runs ``alembic`` from PATH, which fails when the virtual environment
    is used without being activated.
    """
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(
        [str(Path(sys.executable).parent), env.get("PATH", "")]
    )
    env.update(extra or {})
    return env


def nbgrader(
    root: Path, *args: str, env: dict | None = None
) -> subprocess.CompletedProcess:
    """Run an nbgrader command in the course directory, capturing its output."""
    return subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env=tool_env(env),
    )

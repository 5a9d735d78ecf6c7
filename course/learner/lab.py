"""Open the course in JupyterLab: ``python -m course lab``.

The released notebooks are copied to workspace/ (only those not there yet, so
your work is never overwritten), and JupyterLab opens on that folder with the
kernel of this environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def prepare_workspace(root: Path) -> list[Path]:
    """Copy each released notebook missing from workspace/; return the copies."""
    copied = []
    for src in sorted((root / "release").rglob("*.ipynb")):
        dest = root / "workspace" / src.relative_to(root / "release")
        if not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            copied.append(dest)
    return copied


def kernel_env() -> dict:
    """Environment in which the ``python3`` kernel is this interpreter's."""
    env = dict(os.environ)
    share = str(Path(sys.prefix) / "share" / "jupyter")
    env["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (share, env.get("JUPYTER_PATH")) if p
    )
    env["PATH"] = os.pathsep.join(
        [str(Path(sys.executable).parent), env.get("PATH", "")]
    )
    return env


def main(argv: list[str]) -> int:
    from course.project import course_root

    root = course_root()
    copied = prepare_workspace(root)
    print(f"workspace/: {len(copied)} new notebook(s) copied from release/")
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--notebook-dir={root / 'workspace'}",
        *argv,
    ]
    return subprocess.call(cmd, env=learner_env())


LEARNER_CONFIG = Path(__file__).with_name("jupyter_config")


def learner_env() -> dict:
    """The kernel's environment, plus the learner's Jupyter settings: nbgrader's
    instructor tools (formgrader, Create Assignment, Validate) are switched off
    in this JupyterLab; ``jupyter lab`` started by an instructor still has them."""
    env = kernel_env()
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        p for p in (str(LEARNER_CONFIG), env.get("JUPYTER_CONFIG_PATH")) if p
    )
    return env

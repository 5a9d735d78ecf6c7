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

HOME = "00_home.ipynb"


def home_notebook():
    """The course home: what the course is, how to work, the index, your progress."""
    import nbformat

    from course.catalog import load

    catalog = load()
    intro = (
        "# Deep-learning interview questions: course home\n\n"
        "Each notebook answers one interview question: a short answer, the theory,"
        " a demo, a slider to explore, then exercises where you build the piece"
        " yourself, checked by tests.\n\n"
        "**How to work.** Open a notebook and use *Run All*: it goes to the end even"
        " while exercises are unfinished. Write each answer in its cell, run it, then"
        " run the test cell below it: it says **✔ passed**, **✘ failed** (with what"
        " to look at) or **… not attempted yet**. Cells marked *hidden test* run"
        " when your work is graded.\n\n"
        "From a terminal in the course folder, `python3 run.py check` checks every"
        " notebook here, and `python3 run.py check --grade` grades them as the"
        " instructor would, hidden tests included."
    )
    index = ["## The notebooks\n"]
    for module in catalog.modules:
        ready = [e for e in module.entries if e.status == "ready"]
        if not ready:
            continue
        index.append(f"\n**{module.title}**\n")
        for e in ready:
            index.append(f"- [{e.question}]({e.notebook})")
    progress = (
        "## Your progress\n\n"
        "Run the next cell: it checks again the notebooks you changed since."
    )
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(intro),
        nbformat.v4.new_markdown_cell("\n".join(index)),
        nbformat.v4.new_markdown_cell(progress),
        nbformat.v4.new_code_cell(
            "from course.learner.progress import show\n\nshow();"
        ),
    ]
    from course.notebooks import KERNELSPEC, LANGUAGE

    nb.metadata["kernelspec"], nb.metadata["language_info"] = KERNELSPEC, LANGUAGE
    return nb


def prepare_workspace(root: Path) -> list[Path]:
    """Copy each released notebook missing from workspace/; return the copies.

    The course home (``00_home.ipynb``) is written again each time: it holds no
    work of yours, and its index follows the catalog.
    """
    import nbformat

    (root / "workspace").mkdir(exist_ok=True)
    nbformat.write(home_notebook(), root / "workspace" / HOME)
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
        f"--LabApp.default_url=/lab/tree/{HOME}",  # the course home opens first
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

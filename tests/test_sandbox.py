"""Isolation of student code, and what happens without it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.catalog import load
from course.grading import sandbox
from course.grading.sampleclass import case_reads_course_files, context

ROOT = Path(__file__).resolve().parents[1]


def test_sandboxed_process_sees_no_course_files(tmp_path, isolation):
    course = tmp_path / "course"
    work = course / "autograded" / "alice" / "m1"
    work.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text("# config")
    (course / "gradebook.db").write_text("secret")
    (course / "submitted" / "bob").mkdir(parents=True)
    probe = (
        "import os, pathlib, course, torch; "
        "print(sorted(os.listdir('../../..')), pathlib.Path('../../../gradebook.db')"
        ".exists()); open('mine.txt', 'w').write('ok')"
    )
    cmd = sandbox.wrap([sys.executable, "-c", probe], work)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["['autograded']", "False"]
    assert (work / "mine.txt").read_text() == "ok", "its own folder stays writable"
    assert (course / "gradebook.db").read_text() == "secret"


def test_missing_bwrap_is_a_clear_grader_error(tmp_path):
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    course = tmp_path / "course"
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    proc = subprocess.run(
        [sys.executable, "-m", "course", "grade", "04_training_stability_and_tuning"],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "bubblewrap" in proc.stderr and "--no-isolation" in proc.stderr


@pytest.mark.parametrize("isolated", [True, False], ids=["isolated", "not-isolated"])
def test_isolation_is_what_hides_the_gradebook(tmp_path, isolated, isolation):
    """The same snooping submission, graded with and without the sandbox."""
    entry = load().entry("vanishing_gradients")
    course = tmp_path / "course"
    (course / "source").mkdir(parents=True)
    shutil.copytree(ROOT / "source" / entry.module, course / "source" / entry.module)
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    notebook, _expected, _status = case_reads_course_files(context(ROOT, entry))
    import nbformat

    dest = course / "submitted" / "snoop" / entry.module / entry.notebook.name
    dest.parent.mkdir(parents=True)
    nbformat.write(notebook, dest)
    args = [sys.executable, "-m", "course", "grade", entry.module, "--no-feedback"]
    proc = subprocess.run(
        args + ([] if isolated else ["--no-isolation"]),
        cwd=course,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    graded = course / "autograded" / "snoop" / entry.module / entry.notebook.name
    seen = re.search(r"SNOOP (\{[^\n]*?\})", graded.read_text()).group(1)
    if isolated:
        assert seen == "{}"
    else:
        assert "gradebook.db" in seen and "SQLite format" in seen, seen


def test_a_broken_config_stops_grading(tmp_path):
    """nbgrader would fall back to its defaults (no isolation); the grader refuses."""
    course = tmp_path / "course"
    shutil.copytree(ROOT / "source", course / "source")
    (course / "nbgrader_config.py").write_text(
        (ROOT / "nbgrader_config.py").read_text() + "\ntampered\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "course", "grade", "04_training_stability_and_tuning"],
        cwd=course,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "does not load" in proc.stderr

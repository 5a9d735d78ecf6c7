"""ruff-clean code: the package, the tests and the source notebooks."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest


@pytest.mark.skipif(
    shutil.which("ruff") is None and sys.prefix == sys.base_prefix,
    reason="ruff not installed",
)
def test_ruff_clean(root):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "course",
            "tests",
            "source",
            "nbgrader_config.py",
            "run.py",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr

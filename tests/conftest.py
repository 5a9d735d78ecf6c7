from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Wrong answers are answer cells, not tests: a file named test_*.py there must
# never be collected (it fails to import outside its notebook).
collect_ignore = ["wrong_answers", "sample_class"]

# Kernels started by the tests are this environment's, whatever kernelspecs exist.
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p
    for p in (
        str(Path(sys.prefix) / "share" / "jupyter"),
        os.environ.get("JUPYTER_PATH"),
    )
    if p
)
os.environ["PATH"] = os.pathsep.join(
    [str(Path(sys.executable).parent), os.environ["PATH"]]
)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def isolation() -> None:
    """Tests that grade student code need bubblewrap.

    Where it cannot run they are skipped, unless COURSE_REQUIRE_ISOLATION is set
    (CI sets it), in which case they fail.
    """
    from course.grading import sandbox

    try:
        sandbox.check()
    except sandbox.IsolationUnavailable as exc:
        if os.environ.get("COURSE_REQUIRE_ISOLATION"):
            pytest.fail(str(exc))
        pytest.skip(f"grading needs bubblewrap: {exc}")


def pytest_collection_modifyitems(config, items):
    """Run with ``--dist loadscope``: a file's tests stay on one worker (nbval needs
    a notebook's cells in order, and module fixtures are shared), and a test class
    is a unit of its own (test_harness.py has one per notebook). The files that
    grade a class through nbgrader come first: they are the longest."""
    items.sort(key=lambda item: "test_grading_" not in str(item.path))

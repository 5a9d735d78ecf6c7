from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

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

"""The learner's JupyterLab: the course's notebooks, without the instructor's tools."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, ""


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    from course.learner.lab import learner_env

    port, home = _free_port(), tmp_path_factory.mktemp("lab")
    env = learner_env() | {"HOME": str(home), "JUPYTER_RUNTIME_DIR": str(home)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.token=",
            "--ServerApp.password=",
            f"--notebook-dir={home}",
            "--allow-root",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if _get(f"{base}/api/status")[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.25)
    yield base
    proc.terminate()
    proc.wait(10)


def test_nbgrader_instructor_tools_are_off_for_the_learner(lab):
    status, page = _get(f"{lab}/lab")
    assert status == 200
    start = page.index('id="jupyter-config-data"')
    config = json.loads(
        page[page.index(">", start) + 1 : page.index("</script>", start)]
    )
    disabled = config.get("disabledExtensions", [])
    assert "@jupyter/nbgrader" in disabled, disabled
    assert _get(f"{lab}/formgrader")[0] == 404

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

ROOT = Path(__file__).resolve().parents[1]


def _sandboxed(tmp_path, code: str, **limits) -> subprocess.CompletedProcess:
    """Run ``code`` in a student's sandbox, in a course's autograded/ folder."""
    course = tmp_path / "course"
    work = course / "autograded" / "alice" / "m1"
    work.mkdir(parents=True, exist_ok=True)
    (course / "nbgrader_config.py").write_text("# config")
    (course / "gradebook.db").write_text("secret")
    (course / "submitted" / "bob").mkdir(parents=True, exist_ok=True)
    cmd = sandbox.wrap(
        [sys.executable, "-c", code], work, limits=sandbox.Limits(**limits)
    )
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_sandboxed_process_sees_no_course_files(tmp_path, isolation):
    probe = (
        "import os, pathlib, course, torch; "
        "print(sorted(os.listdir('../../..')), pathlib.Path('../../../gradebook.db')"
        ".exists()); open('mine.txt', 'w').write('ok'); "
        "os.symlink('../../../gradebook.db', 'link'); print(open('mine.txt').read())"
    )
    proc = _sandboxed(tmp_path, probe)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["['autograded']", "False", "ok"]
    work = tmp_path / "course" / "autograded" / "alice" / "m1"
    assert not list(work.iterdir()), "nothing the student writes may come back out"
    assert (tmp_path / "course" / "gradebook.db").read_text() == "secret"


# Each attack runs as the student's code; it must print ATTACK FAILED.
ATTACKS = {
    "no root, no capabilities": (
        "import os\n"
        "caps = open('/proc/self/status').read().split('CapEff:')[1].split()[0]\n"
        "ok = os.getuid() != 0 and os.geteuid() != 0 and int(caps, 16) == 0\n"
        "print('ATTACK FAILED' if ok else f'uid {os.getuid()} caps {caps}')"
    ),
    "remount the system read-write": (
        "import subprocess\n"
        "r = subprocess.run(['mount', '-o', 'remount,rw', '/usr'],"
        " capture_output=True)\n"
        "import os\n"
        "try:\n    open('/usr/planted', 'w')\n    print('WROTE /usr')\n"
        "except OSError:\n    print('ATTACK FAILED' if r.returncode else 'remounted')"
    ),
    "read secrets of the machine": (
        "import os\nfound = [p for p in ('/etc/shadow', '/home', '/var', '/run',"
        " '/srv', '/opt', '/mnt', '/media', '/etc/ssh') if os.path.exists(p)]\n"
        "if os.path.isdir('/root'):  # only where the Python environment lives\n"
        "    found += [n for n in os.listdir('/root') if n != '.pyenv']\n"
        "print('ATTACK FAILED' if not found else f'sees {found}')"
    ),
    "reach the network or host sockets": (
        "import socket, os\n"
        "names = [n for _, n in socket.if_nameindex()]\n"
        "socks = [p for p in ('/run', '/var/run', '/tmp/.X11-unix') "
        "if os.path.exists(p)]\n"
        "print('ATTACK FAILED' if names == ['lo'] and not socks else (names, socks))"
    ),
    "take all the memory": (
        "try:\n    x = bytearray(3 << 30)\n    print('got 3 GiB')\n"
        "except MemoryError:\n    print('ATTACK FAILED')"
    ),
    "start processes without end": (
        "import threading, time\nn = 0\n"
        "try:\n    for _ in range(400):\n"
        "        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
        "        n += 1\n    print('started', n)\n"
        "except RuntimeError:\n    print('ATTACK FAILED')"
    ),
    "fill the disk": (
        "import os\nout = []\nfor path in ('big', '/tmp/big'):\n"
        "    try:\n        with open(path, 'wb') as f:\n"
        "            for _ in range(200):\n"
        "                f.write(b'x' * (1 << 20))\n"
        "        out.append(path)\n    except OSError:\n        pass\n"
        "print('ATTACK FAILED' if not out else f'wrote 200 MB to {out}')"
    ),
    "plant a .pth file in the grader's Python environment": (
        "import site, sys, os\n"
        "wrote = []\n"
        "places = {*site.getsitepackages(), sys.prefix, os.path.dirname(os.__file__)}\n"
        "for d in places:\n"
        "    try:\n"
        "        with open(os.path.join(d, 'zz_planted.pth'), 'w') as f:\n"
        "            f.write('import os; os.system(\"id\")')\n"
        "        wrote.append(d)\n"
        "    except OSError:\n"
        "        pass\n"
        "print('ATTACK FAILED' if not wrote else f'planted in {wrote}')"
    ),
    "create a user namespace to regain privileges": (
        "import subprocess\n"
        "r = subprocess.run(['unshare', '-U', '-r', 'id'], capture_output=True)\n"
        "print('ATTACK FAILED' if r.returncode else r.stdout)"
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_the_sandbox_holds(tmp_path, attack, isolation):
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # inherited: a refused write, no kill
    proc = _sandboxed(
        tmp_path, ATTACKS[attack], memory_mb=2048, processes=128, file_mb=32, tmp_mb=64
    )
    assert "ATTACK FAILED" in proc.stdout, f"{attack}: {proc.stdout}{proc.stderr}"


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


PROBE = """#%% md
# Probe

#%% md
## Exercise 1: nothing

#%% solution id=answer
def f():
    ### BEGIN SOLUTION
    return 1
    ### END SOLUTION

#%% test id=test_f points=1
\"\"\"f gives 1.\"\"\"
assert f() == 1
"""


def test_without_isolation_the_snoop_sees_the_gradebook(tmp_path, isolation):
    """The sample class's snooping code, graded without the sandbox on a one-cell
    notebook, does see the gradebook: so the class's check that it sees nothing
    when isolated means something."""
    import nbformat

    from course.authoring.nbtext import pack
    from course.grading.sampleclass import _snoop_code

    course = tmp_path / "course"
    (course / "source" / "00_probe").mkdir(parents=True)
    nbformat.write(pack(PROBE), course / "source" / "00_probe" / "q01_probe.ipynb")
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    nb = pack(
        PROBE.replace("    ### BEGIN SOLUTION\n", "").replace(
            "    ### END SOLUTION\n", ""
        )
    )
    nb.cells[2].source = _snoop_code(write=False) + "\n" + nb.cells[2].source
    dest = course / "submitted" / "snoop" / "00_probe" / "q01_probe.ipynb"
    dest.parent.mkdir(parents=True)
    nbformat.write(nb, dest)
    args = [sys.executable, "-m", "course", "grade", "00_probe", "--no-feedback"]
    proc = subprocess.run(
        args + ["--no-isolation", "--self-check", "none"],
        cwd=course,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    graded = course / "autograded" / "snoop" / "00_probe" / "q01_probe.ipynb"
    seen = re.search(r"SNOOP (\{[^\n]*?\})", graded.read_text()).group(1)
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


def test_a_grader_that_fails_the_solution_grades_nobody(tmp_path, isolation):
    """A sandbox the solution cannot run in (here: too little memory for torch, as
    with an environment the sandbox cannot see) stops grading with a grader error
    before any student gets a silent zero."""
    import nbformat

    from course.grading.submissions import solution_answers, with_answers

    entry = load().entry("dropout_inverted_scaling")
    course = tmp_path / "course"
    (course / "source").mkdir(parents=True)
    shutil.copytree(ROOT / "source" / entry.module, course / "source" / entry.module)
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    source = nbformat.read(ROOT / "source" / entry.notebook, as_version=4)
    release = nbformat.read(ROOT / "release" / entry.notebook, as_version=4)
    dest = course / "submitted" / "alice" / entry.module / entry.notebook.name
    dest.parent.mkdir(parents=True)
    nbformat.write(with_answers(release, solution_answers(source)), dest)
    proc = subprocess.run(
        [sys.executable, "-m", "course", "grade", entry.module, "--no-feedback"],
        cwd=course,
        capture_output=True,
        text=True,
        env={**os.environ, "COURSE_SANDBOX_MEMORY_MB": "300"},
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "does not score full marks" in proc.stderr
    assert not (course / "autograded" / "alice").exists(), "a student was graded"


def test_a_copied_answer_cell_is_graded(tmp_path):
    """Two cells with one grade id (a learner copied the answer cell): the last copy
    is graded, as nbgrader intends, instead of the notebook failing with zero."""
    import copy

    import nbformat

    from course.authoring.nbtext import pack

    course = tmp_path / "course"
    (course / "source" / "00_probe").mkdir(parents=True)
    nbformat.write(pack(PROBE), course / "source" / "00_probe" / "q01_probe.ipynb")
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    nb = pack(PROBE)
    first = nb.cells[2]
    first.source = "def f():\n    return 0  # first try"
    second = copy.deepcopy(first)
    second.source = "def f():\n    return 1"
    second.id = "copied-cell"  # a copy gets a new cell id, keeps the grade id
    nb.cells.insert(3, second)
    dest = course / "submitted" / "alice" / "00_probe" / "q01_probe.ipynb"
    dest.parent.mkdir(parents=True)
    nbformat.write(nb, dest)
    proc = subprocess.run(
        [sys.executable, "-m", "course", "grade", "00_probe", "--no-feedback"]
        + ["--no-isolation", "--self-check", "none"],
        cwd=course,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"alice\s+00_probe/q01_probe\s+graded\s+1/1", proc.stdout), (
        proc.stdout
    )

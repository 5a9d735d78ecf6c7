"""Isolation of student code during grading, with bubblewrap (``bwrap``).

A student's kernel sees the machine read-only, except its own working folder
(``autograded/<student>/<module>/``) and a private /tmp. The course directory is
replaced by an empty one, so the gradebook, source/, solutions/, the config,
release/ and every other student's files do not exist for it; only the Python
environment and the ``course`` package are put back, read-only. It gets its own
process, IPC and host-name namespaces, and dies with the grader.

Opt out (for a machine without bubblewrap, at your own risk) with
``python -m course grade --no-isolation`` or ``COURSE_ISOLATION=none``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ENV_SWITCH = "COURSE_ISOLATION"


class IsolationUnavailable(RuntimeError):
    pass


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "bwrap").lower() not in ("none", "off", "0", "no")


def check() -> str:
    """The bwrap path, if an isolated process can start; else raise with advice."""
    exe = shutil.which("bwrap")
    advice = (
        "Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap) or, to grade "
        f"without isolation at your own risk, set {ENV_SWITCH}=none "
        "(python -m course grade --no-isolation)."
    )
    if exe is None:
        raise IsolationUnavailable(f"bwrap was not found on PATH. {advice}")
    proc = subprocess.run(
        [
            exe,
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--unshare-pid",
            "true",
        ],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise IsolationUnavailable(
            f"bwrap cannot start a sandbox here: {proc.stderr.strip()}. {advice}"
        )
    return exe


def course_root_of(path: Path) -> Path | None:
    for folder in (path, *path.parents):
        if (folder / "nbgrader_config.py").is_file():
            return folder
    return None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def wrap(
    cmd: list[str],
    workdir: str | Path,
    readable: list[str] = (),
    writable: list[str] = (),
) -> list[str]:
    """``cmd`` run under bwrap, seeing only what a student's kernel may see.

    ``readable`` files (the kernel's connection file) stay visible wherever they are;
    ``writable`` folders (its IPC sockets) too, and then it gets no network.
    """
    exe = check()
    work = Path(workdir).resolve()
    root = course_root_of(work)
    args = [
        exe,
        "--ro-bind",
        "/",
        "/",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
        "--tmpfs",
        "/tmp",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--die-with-parent",
        "--new-session",
        # in a new PID namespace the parent-process poller would see its parent
        # gone; --die-with-parent does that job instead
        "--unsetenv",
        "JPY_PARENT_PID",
        "--setenv",
        "IPYTHONDIR",
        "/tmp/.ipython",
    ]
    if root is not None:
        args += ["--tmpfs", str(root)]
    # What the kernel needs, put back read-only where a tmpfs above covered it (the
    # environment may live inside the course folder, or under /tmp).
    import course

    hidden = [Path("/tmp")] + ([root] if root is not None else [])
    keep = {
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
        Path(course.__file__).resolve().parent,
        Path(sys.executable).resolve().parent,
    }
    for path in sorted(keep):
        if path.exists() and any(_inside(path, h) for h in hidden):
            args += ["--ro-bind", str(path), str(path)]
    for path in readable:
        args += ["--ro-bind", str(path), str(path)]
    if writable:  # the kernel's sockets: no network needed at all
        args.append("--unshare-net")
    for path in writable:
        args += ["--bind", str(path), str(path)]
    args += ["--bind", str(work), str(work), "--chdir", str(work), "--"]
    return args + cmd

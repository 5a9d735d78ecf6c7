"""Isolation of student code during grading, with bubblewrap (``bwrap``).

A student's kernel runs in a new mount, PID, IPC, UTS, cgroup and network namespace
and sees almost nothing of the machine: the system's /usr (read-only), a handful of
files from /etc, the Python environment and the ``course`` package (read-only), and
two small private, writable, size-limited tmpfs folders: /tmp and its working folder.
Nothing it writes comes back out; the grader reads the notebook it graded from the
kernel's messages, never from files. The course directory, home folders, other copies
of the course, host sockets and every other student's files do not exist in it.

It never runs with privileges: when the grader is root, bwrap builds the sandbox and
then the kernel drops to an unprivileged user id (:data:`SANDBOX_UID`) before any
student code runs, so it has no capabilities and the per-user limits apply; when the
grader is an ordinary user, bwrap's own user namespace gives it no capabilities. The
kernel also gets resource limits (:class:`Limits`: memory, processes, CPU time, file
size, open files), applied by :mod:`course.grading.jail` just before it starts.

Opt out (for a machine without bubblewrap, at your own risk) with
``python -m course grade --no-isolation`` or ``COURSE_ISOLATION=none``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_SWITCH = "COURSE_ISOLATION"
SANDBOX_UID = 65534  # "nobody": the kernel's user id when the grader is root
# What the kernel may read of /etc: the dynamic linker's cache and user names.
ETC_FILES = ("ld.so.cache", "passwd", "group", "nsswitch.conf", "localtime")


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 6144  # address space of the kernel process
    processes: int = 256  # tasks (threads count) of the sandbox's user
    cpu_s: int = 1800
    file_mb: int = 64  # largest file the kernel may write
    open_files: int = 1024
    tmp_mb: int = 256  # size of the sandbox's /tmp
    work_mb: int = 64  # size of its working folder

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, each overridden by COURSE_SANDBOX_<FIELD> (e.g.
        COURSE_SANDBOX_MEMORY_MB=8192) for a course that needs more."""
        import dataclasses

        values = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"COURSE_SANDBOX_{f.name.upper()}")
            if raw:
                values[f.name] = int(raw)
        return cls(**values)


class IsolationUnavailable(RuntimeError):
    pass


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "bwrap").lower() not in ("none", "off", "0", "no")


def privileged() -> bool:
    return os.geteuid() == 0


_CHECKED: dict[str, str] = {}


def check() -> str:
    """The bwrap path, if the grader's Python can start in a sandbox; else raise
    with advice. Checked once per process."""
    if "bwrap" in _CHECKED:
        return _CHECKED["bwrap"]
    exe = shutil.which("bwrap")
    advice = (
        "Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap) or, to grade "
        f"without isolation at your own risk, set {ENV_SWITCH}=none "
        "(python -m course grade --no-isolation)."
    )
    if exe is None:
        raise IsolationUnavailable(f"bwrap was not found on PATH. {advice}")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="course-probe-") as tmp:
        # the grader's own Python, as a kernel would start, must run in there
        probe = [sys.executable, "-I", "-c", "import course.kit.checks"]
        proc = subprocess.run(
            _args(exe, probe, Path(tmp).resolve()), capture_output=True, text=True
        )
    if proc.returncode != 0:
        raise IsolationUnavailable(
            f"a sandboxed Python cannot start here: {proc.stderr.strip()[-800:]}. "
            f"{advice}"
        )
    _CHECKED["bwrap"] = exe
    return exe


def _base(exe: str) -> list[str]:
    """bwrap: the namespaces and the read-only system, not the kernel's parts."""
    args = [
        exe,
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-net",
        "--unshare-cgroup-try",
        "--die-with-parent",
        "--new-session",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
    ]
    if not privileged():
        # an ordinary user's bwrap makes a user namespace; keep no capability in it
        args += ["--unshare-user", "--disable-userns", "--cap-drop", "ALL"]
    for name in ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        path = Path("/") / name
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), str(path)]
        elif path.is_dir():
            args += ["--ro-bind", str(path), str(path)]
    args += ["--perms", "0755", "--dir", "/etc"]
    for name in ETC_FILES:
        path = Path("/etc") / name
        if path.exists():
            args += ["--ro-bind", str(path.resolve()), str(path)]
    return args


def _python_paths() -> list[Path]:
    """The interpreter, its environment and the course package, outside /usr."""
    keep = {
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
        Path(sys.executable).resolve().parent,
        Path(__file__).resolve().parents[1],  # the course package
    }
    out = []
    for path in sorted(keep):
        inside_usr = str(path).startswith("/usr/")
        if (
            path.exists()
            and not inside_usr
            and not any(p in path.parents for p in keep)
        ):
            out.append(path)
    return out


def wrap(
    cmd: list[str],
    workdir: str | Path,
    readable: list[str] = (),
    writable: list[str] = (),
    limits: Limits = Limits(),
) -> list[str]:
    """``cmd`` run under bwrap, seeing only what a student's kernel may see.

    ``workdir`` is where the kernel starts: inside the sandbox it is an empty private
    folder at the same path, and nothing written there reaches the real one.
    ``readable`` files stay visible read-only; ``writable`` folders (the kernel's IPC
    sockets) are shared with the grader.
    """
    exe = check()
    return _args(exe, cmd, Path(workdir).resolve(), readable, writable, limits)


def _args(exe, cmd, work: Path, readable=(), writable=(), limits=Limits()) -> list:
    args = _base(exe)
    # /tmp first: the environment may live under it (a CI runner's venv)
    args += ["--perms", "1777", "--size", str(limits.tmp_mb << 20), "--tmpfs", "/tmp"]
    python = _python_paths()
    # folders on the way to what is mounted, traversable by the sandbox's user
    # (bwrap would make them 0700, owned by root)
    ways = {a for p in [*python, work] for a in p.parents}
    ways -= {*python, Path("/"), Path("/tmp")}
    mounted = [Path("/usr"), Path("/proc"), Path("/dev")]
    for path in sorted(ways, key=lambda p: len(p.parts)):
        if not any(path == m or m in path.parents for m in mounted):
            args += ["--perms", "0755", "--dir", str(path)]
    for path in python:
        args += ["--ro-bind", str(path), str(path)]
    args += ["--perms", "0777", "--size", str(limits.work_mb << 20)]
    args += ["--tmpfs", str(work)]
    for path in readable:
        args += ["--ro-bind", str(path), str(path)]
    for path in writable:
        args += ["--bind", str(path), str(path)]
    env = {
        "HOME": "/tmp",
        "IPYTHONDIR": "/tmp/.ipython",
        "MPLCONFIGDIR": "/tmp/.matplotlib",
        "TMPDIR": "/tmp",
    }
    for key, value in env.items():
        args += ["--setenv", key, value]
    # in a new PID namespace the parent-process poller would see its parent gone;
    # --die-with-parent does that job instead
    args += ["--unsetenv", "JPY_PARENT_PID", "--chdir", str(work), "--"]
    jail = [
        sys.executable,
        "-I",  # no user site, no PYTHON* variables, no script folder on the path
        "-m",
        "course.grading.jail",
        f"--memory-mb={limits.memory_mb}",
        f"--processes={limits.processes}",
        f"--cpu-s={limits.cpu_s}",
        f"--file-mb={limits.file_mb}",
        f"--open-files={limits.open_files}",
    ]
    if privileged():
        jail.append(f"--uid={SANDBOX_UID}")
    return args + jail + ["--", *cmd]

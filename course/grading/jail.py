"""The last step into the sandbox: limits, then an unprivileged user, then the kernel.

``python -I -m course.grading.jail [--uid=N] [--memory-mb=...] -- CMD...`` runs
inside bwrap (see :mod:`course.grading.sandbox`). It sets the resource limits, drops
to user and group N with no supplementary groups when started as root (which also
clears every capability), forbids gaining privileges again, and replaces itself with
CMD. It refuses to start CMD as root. A seccomp filter stops CMD and its children
from making new user namespaces (in one, an unprivileged user holds every
capability again, and opens much of the kernel's attack surface).
"""

from __future__ import annotations

import ctypes
import os
import resource
import sys

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
CLONE_NEWUSER = 0x10000000
# (audit arch, clone, unshare, clone3) per machine
ARCHES = {
    "x86_64": (0xC000003E, 56, 272, 435),
    "aarch64": (0xC00000B7, 220, 97, 435),
}


def _no_user_namespaces(libc) -> None:
    """Install a seccomp filter: clone/unshare with CLONE_NEWUSER fail with EPERM,
    clone3 (whose flags a filter cannot read) with ENOSYS, so that libraries fall
    back to clone; everything else is allowed."""
    import platform
    import struct

    machine = platform.machine()
    if machine not in ARCHES:
        return
    arch, clone, unshare, clone3 = ARCHES[machine]
    ld_w_abs, jeq, jset, ret = 0x20, 0x15, 0x45, 0x06
    allow, errno = 0x7FFF0000, 0x00050000
    prog = [
        (ld_w_abs, 0, 0, 4),  # seccomp_data.arch
        (jeq, 1, 0, arch),
        (ret, 0, 0, allow),  # another ABI: leave it alone
        (ld_w_abs, 0, 0, 0),  # seccomp_data.nr
        (jeq, 0, 1, clone3),
        (ret, 0, 0, errno | 38),  # ENOSYS
        (jeq, 1, 0, clone),
        (jeq, 0, 3, unshare),
        (ld_w_abs, 0, 0, 16),  # args[0], low half: the flags of clone and unshare
        (jset, 0, 1, CLONE_NEWUSER),
        (ret, 0, 0, errno | 1),  # EPERM
        (ret, 0, 0, allow),
    ]
    raw = b"".join(struct.pack("HBBI", *ins) for ins in prog)
    buf = ctypes.create_string_buffer(raw)

    class Prog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = Prog(len(prog), ctypes.addressof(buf))
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0):
        raise OSError(ctypes.get_errno(), "seccomp filter refused")


def main(argv: list[str]) -> int:
    if "--" not in argv:
        print("usage: jail [--uid=N] [--memory-mb=...] -- CMD...", file=sys.stderr)
        return 2
    split = argv.index("--")
    opts = dict(a.lstrip("-").split("=", 1) for a in argv[:split])
    cmd = argv[split + 1 :]
    mb = 1 << 20
    limits = {
        resource.RLIMIT_AS: int(opts.get("memory-mb", 6144)) * mb,
        resource.RLIMIT_NPROC: int(opts.get("processes", 256)),
        resource.RLIMIT_CPU: int(opts.get("cpu-s", 1800)),
        resource.RLIMIT_FSIZE: int(opts.get("file-mb", 64)) * mb,
        resource.RLIMIT_NOFILE: int(opts.get("open-files", 1024)),
        resource.RLIMIT_CORE: 0,
    }
    for what, value in limits.items():
        resource.setrlimit(what, (value, value))
    if "uid" in opts:
        uid = int(opts["uid"])
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    if os.getuid() == 0 or os.geteuid() == 0:
        print("jail: refusing to run student code as root", file=sys.stderr)
        return 3
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0):
        raise OSError(ctypes.get_errno(), "no_new_privs refused")
    _no_user_namespaces(libc)
    os.execv(cmd[0], cmd)
    return 127  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

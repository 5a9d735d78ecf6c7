"""Grade many versions of one notebook's answers with one execution of the notebook.

``python -m course harness [NOTEBOOK...]`` checks that every ready notebook's
solution scores full marks, its untouched release version zero, an answer that
computes nothing (every stub returns None) zero too, and every wrong answer in
tests/wrong_answers/ fails exactly the test cells it names.

Grading a version through nbgrader costs a kernel start and a whole execution.
Here the notebook runs once, with the instructor's answers, in an IPython shell in
a worker process; just before each answer cell the worker forks, and every version
whose first changed answer is that cell continues in the copy: its answers, then
every code cell after them up to the last graded cell, exactly as the notebook
would run. The cells before the fork point are not run again, and nothing after the
last graded cell can change a grade, so nothing there is run at all.

Test cells run as the grader runs them, in their own namespace, reaching the
answers through the plain-data round trip of :mod:`course.grading.remote` (here
within one process, so the harness models honest answers, not attacks on the
tests). A test cell passes when it raises nothing, which is how the course's nbgrader
configuration scores it (:class:`course.grading.plugins.TestCellOutputs`): output on
stderr, warnings included, costs nothing. A cell that runs past the per-cell
timeout is interrupted (KeyboardInterrupt, as a kernel interrupt) and the next
cells still run, within the same per-notebook budget; when the process dies
(``os._exit``, a crash) the cells after it fail. ``tests/test_harness.py`` shows
that this gives the same per-cell results as ``nbgrader autograde`` on a whole
module of the sample class.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from course import notebooks as nbs

TIMEOUT = 60  # seconds per cell, as nbgrader_config.py
BUDGET = 600  # seconds per notebook, as CourseExecute.notebook_budget
NOT_RUN = "NotRun"


@dataclass
class Cell:
    source: str
    kind: str  # "answer", "test" or "code"
    grade_id: str | None = None
    points: float = 0.0
    locked: bool = False  # an instructor's cell nbgrader restores (setup...)


@dataclass
class Outcome:
    """What happened to one version: per test cell, None (passed) or the error."""

    errors: dict[str, str | None] = field(default_factory=dict)
    points: dict[str, float] = field(default_factory=dict)
    setup_error: str | None = None  # a cell before any answer failed
    # code cells (not answers, not tests) that raised, run to the end of the
    # notebook for the versions in RUN_ALL: {cell number: error}
    code_errors: dict[int, str] = field(default_factory=dict)

    @property
    def failed(self) -> set[str]:
        return {t for t, e in self.errors.items() if e is not None}

    @property
    def score(self) -> float:
        return sum(p for t, p in self.points.items() if self.errors.get(t) is None)

    @property
    def max_score(self) -> float:
        return sum(self.points.values())


def cells_of(source_nb) -> list[Cell]:
    """The code cells of a source notebook: answers without markers, tests whole."""
    out = []
    for cell in source_nb.cells:
        if cell.cell_type != "code":
            continue
        gid = nbs.grade_id(cell)
        if nbs.is_solution(cell):
            out.append(Cell(nbs.strip_solution(cell.source), "answer", gid))
        elif nbs.is_test(cell):
            points = float(nbs.nbg(cell).get("points", 0))
            out.append(Cell(cell.source, "test", gid, points))
        else:
            locked = bool(nbs.nbg(cell).get("locked"))
            out.append(Cell(cell.source, "code", gid, locked=locked))
    return out


def run(
    cells: list[Cell],
    versions: dict[str, dict[str, str]],
    cwd: Path,
    *,
    timeout: int = TIMEOUT,
    budget: int = BUDGET,
) -> dict[str, Outcome]:
    """Grade ``versions`` (name -> answer cell id -> code) of one notebook.

    The instructor's own answers are graded too, under the name ``"solution"``.
    """
    job = {
        "cells": [c.__dict__ for c in cells],
        "versions": versions,
        "cwd": str(cwd),
        "timeout": timeout,
        "budget": budget,
    }
    with tempfile.TemporaryDirectory(prefix="course-harness-") as tmp:
        job["out"] = tmp
        env = dict(os.environ)
        # one thread: forking after a thread pool has started is not safe
        env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", MPLBACKEND="Agg")
        proc = subprocess.run(
            [sys.executable, "-m", "course.authoring.harness", "--worker"],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
        )
        if proc.returncode != 0:
            raise RuntimeError(
                f"the harness worker failed (exit {proc.returncode}):\n"
                f"{proc.stderr[-3000:]}"
            )
        tests = {c.grade_id: c.points for c in cells if c.kind == "test"}
        results = {}
        for name in ["solution", *versions]:
            outcome = Outcome(points=dict(tests))
            path = Path(tmp) / f"{_safe(name)}.jsonl"
            lines = path.read_text().splitlines() if path.exists() else []
            died = None
            for rec in map(json.loads, lines):
                if rec.get("setup_error"):
                    outcome.setup_error = rec["setup_error"]
                elif rec.get("died"):
                    died = rec["died"]
                elif rec.get("id") in tests:
                    outcome.errors[rec["id"]] = rec["error"]
                elif "code" in rec:
                    outcome.code_errors[rec["code"]] = rec["error"]
            for t in tests:
                if t not in outcome.errors:
                    reason = died or "the process died before this cell"
                    outcome.errors[t] = f"{NOT_RUN}: {reason}"
            results[name] = outcome
        return results


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)


# --- the worker (a separate process; forks once per fork point) -------------------


class _Clock:
    """The notebook's time budget. Time spent waiting for a forked copy is not the
    notebook's own and is taken off (``pause``)."""

    def __init__(self, budget: float):
        self.budget, self.start = budget, time.monotonic()

    def left(self) -> float:
        return self.budget - (time.monotonic() - self.start)

    def pause(self, seconds: float) -> None:
        self.start += seconds


def _run_cell(
    shell, source: str, timeout: int, clock: _Clock, tests=None
) -> str | None:
    """Run one cell as nbgrader would; None when it raised nothing, else the error.

    With ``tests`` (a :class:`course.grading.remote.TrustedTests`), the cell is a
    test cell and runs as the grader runs it: outside the notebook's namespace,
    calling the notebook's functions through the same plain-data round trip.
    """
    import io
    import signal

    left = clock.left()
    if left <= 0:
        return f"{NOT_RUN}: the notebook's time budget ({clock.budget} s) was spent"
    limit = max(1, int(min(timeout, left)))

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"cell interrupted after {limit} s")

    old = signal.signal(signal.SIGALRM, interrupt)
    out, saved = io.StringIO(), (sys.stdout, sys.stderr)
    sys.stdout = sys.stderr = out
    signal.setitimer(signal.ITIMER_REAL, limit)
    error = None
    try:
        if tests is None:
            result = shell.run_cell(source, store_history=True)
            error = result.error_before_exec or result.error_in_exec
        else:
            tests.run(source)
    except BaseException as err:  # noqa: BLE001 - a failed test, or the interrupt
        error = err
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        sys.stdout, sys.stderr = saved
        if "matplotlib.pyplot" in sys.modules:  # as the inline backend does
            sys.modules["matplotlib.pyplot"].close("all")
    if error is None:
        return None
    return f"{type(error).__name__}: {error}"[:2000]


def _trusted_tests(shell, cells):
    from course.grading import remote

    locked = [c["source"] for c in cells if c.get("locked")]
    return remote.TrustedTests(
        remote.Student(remote.local_transport(shell.user_ns)),
        remote.trusted_imports(locked),
    )


def _record(path: Path, **rec) -> None:
    with open(path, "a") as f:
        f.write(json.dumps(rec) + "\n")
        f.flush()


def _version(shell, cells, start, answers, job, clock, path) -> None:
    """In a forked copy: run cells[start:] with ``answers``, record each graded cell.

    A version named in RUN_ALL (the untouched release) runs to the end of the
    notebook, as Run All would, and its code cells that raise are recorded too:
    the demos must not depend on an unfinished exercise. The others stop after
    the last graded cell, since nothing later can change a grade.
    """
    to_end = path.stem in RUN_ALL
    last = (
        len(cells) - 1
        if to_end
        else max(i for i, c in enumerate(cells) if c["kind"] in ("answer", "test"))
    )
    for i in range(start, last + 1):
        cell = cells[i]
        source = cell["source"]
        if cell["kind"] == "answer":
            source = answers.get(cell["grade_id"], source)
        tests = job["tests"] if cell["kind"] == "test" else None
        error = _run_cell(shell, source, job["timeout"], clock, tests)
        if cell["kind"] == "test":
            _record(path, id=cell["grade_id"], error=error)
        elif error and cell["kind"] == "code" and to_end:
            _record(path, code=i, error=error)


RUN_ALL = ("blank",)


def _worker(job: dict) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    os.chdir(job["cwd"])
    cells, out = job["cells"], Path(job["out"])
    shell = InteractiveShell.instance()
    clock = _Clock(job["budget"])
    job["tests"] = _trusted_tests(shell, cells)
    solution = {c["grade_id"]: c["source"] for c in cells if c["kind"] == "answer"}
    forks: dict[int, list[str]] = {}
    for name, answers in job["versions"].items():
        changed = [
            i
            for i, c in enumerate(cells)
            if c["kind"] == "answer"
            and answers.get(c["grade_id"], solution[c["grade_id"]])
            != solution[c["grade_id"]]
        ]
        # a version with no changed answer is graded like the solution
        forks.setdefault(changed[0] if changed else -1, []).append(name)
    first_answer = min(i for i, c in enumerate(cells) if c["kind"] == "answer")
    main = out / "solution.jsonl"
    for i, cell in enumerate(cells):
        for name in forks.get(i, []):
            _fork(shell, cells, i, job["versions"][name], job, clock, out / name)
        tests = job["tests"] if cell["kind"] == "test" else None
        error = _run_cell(shell, cell["source"], job["timeout"], clock, tests)
        if cell["kind"] == "test":
            _record(main, id=cell["grade_id"], error=error)
        elif error and i < first_answer:
            # the shared part is broken: every version would fail for that reason
            for name in ["solution", *job["versions"]]:
                _record(out / f"{_safe(name)}.jsonl", setup_error=f"cell {i}: {error}")
    for name in forks.get(-1, []):
        (out / f"{_safe(name)}.jsonl").write_text(main.read_text())


def _fork(shell, cells, start, answers, job, clock, path: Path) -> None:
    path = path.with_name(_safe(path.name) + ".jsonl")
    main = path.with_name("solution.jsonl")
    # the cells before the fork point ran once, for every version alike
    path.write_text(main.read_text() if main.exists() else "")
    # the copy gets what is left of the notebook's budget, plus a margin to report
    hard = clock.left() + 30
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the copy
        code = 0
        try:
            _version(shell, cells, start, answers, job, clock, path)
        except BaseException:  # noqa: BLE001 - whatever happens, end this copy here
            code = 1
        os._exit(code)
    began = time.monotonic()
    deadline = began + hard
    try:
        _wait(pid, deadline, hard, path)
    finally:
        clock.pause(time.monotonic() - began)


def _wait(pid: int, deadline: float, hard: float, path: Path) -> None:
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            _record(path, died=f"no reply within {int(hard)} s: the process was killed")
            return
        time.sleep(0.02)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        _record(path, died=f"the process died (exit {code})")


# --- the command ----------------------------------------------------------------------


def versions_of(root: Path, entry) -> tuple[dict[str, dict[str, str]], dict]:
    """The blank and every wrong answer of a notebook, with the cells each must fail.

    Returns (versions, expected failures); the solution is graded anyway and must
    fail nothing.
    """
    from course.grading.sampleclass import parse_wrong_answer

    release = nbs.read(root / "release" / entry.notebook)
    blank = {
        nbs.grade_id(c): c.source
        for c in release.cells
        if nbs.is_solution(c) and c.cell_type == "code"
    }
    tests = [
        nbs.grade_id(c)
        for c in nbs.read(root / "source" / entry.notebook).cells
        if nbs.is_test(c)
    ]
    # An answer that computes nothing: every stub returns None instead of
    # raising. Each test cell must fail it too: a check of how an answer works
    # (no library called, no overflow, inputs left alone) that passes it gives
    # points for nothing.
    nothing = {
        gid: src.replace("raise NotImplementedError()", "return None")
        for gid, src in blank.items()
    }
    versions = {"blank": blank, "nothing": nothing}
    expected = {"blank": set(tests), "nothing": set(tests)}
    folder = root / "tests" / "wrong_answers" / entry.module / entry.slug
    for path in sorted(folder.glob("*.py")):
        sid, _desc, fails = parse_wrong_answer(path)
        versions[path.stem] = {sid: path.read_text("utf-8")}
        expected[path.stem] = set(fails)
    return versions, expected


def check_notebook(root: Path, entry, **limits) -> list[str]:
    """Problems with one notebook's solution, blank and wrong answers ([] if none)."""
    source = nbs.read(root / "source" / entry.notebook)
    versions, expected = versions_of(root, entry)
    with tempfile.TemporaryDirectory(prefix="course-harness-cwd-") as cwd:
        results = run(cells_of(source), versions, Path(cwd), **limits)
    problems = []
    for name, outcome in results.items():
        for i, error in sorted(outcome.code_errors.items()):
            problems.append(
                f"{name}: Run All stops at code cell {i}, which is not an exercise:"
                f" {error[:300]}"
            )
        if outcome.setup_error:
            problems.append(
                f"{name}: the notebook fails before any answer: {outcome.setup_error}"
            )
            continue
        want = expected.get(name, set())
        if outcome.failed != want:
            extra = sorted(outcome.failed - want)
            missing = sorted(want - outcome.failed)
            msg = f"{name}:"
            if extra:
                msg += " also fails " + ", ".join(
                    f"{t} ({outcome.errors[t][:160]})" for t in extra
                )
            if missing:
                msg += " passes " + ", ".join(missing) + " (named in its 'fails:')"
            problems.append(msg)
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        _worker(json.loads(sys.stdin.read()))
        return 0
    from course.catalog import load
    from course.project import course_root

    parser = argparse.ArgumentParser(
        prog="python -m course harness",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("notebooks", nargs="*", help="catalog ids (default: ready)")
    parser.add_argument("--timeout", type=int, default=TIMEOUT)
    parser.add_argument("--budget", type=int, default=BUDGET)
    args = parser.parse_args(argv)
    root, catalog = course_root(), load()
    entries = [catalog.entry(n) for n in args.notebooks] or catalog.ready
    bad = 0
    for entry in entries:
        start = time.perf_counter()
        problems = check_notebook(root, entry, timeout=args.timeout, budget=args.budget)
        took = time.perf_counter() - start
        verdict = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{entry.notebook}: graded in {took:.1f} s: {verdict}")
        for p in problems:
            print(f"    {p}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

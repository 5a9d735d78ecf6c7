"""Benchmark: ``python -m course bench [NOTEBOOK...]`` and ``bench --suite``.

For every ready notebook (or those named, as paths, catalog ids or module ids) it
prints the time to execute the solution notebook top to bottom and its three
slowest cells, the time ``nbgrader autograde`` takes for one submission of it, and
the median redraw time of each slider, measured by calling the slider's function
over its range and rendering its figures as the notebook's inline backend would.
A cell that gets no reply within 120 s is named as an error. Budgets
(CONVENTIONS.md): a notebook under 10 s, a redraw under 0.2 s. This is a report,
not a test.

``--suite`` runs the README's test command once and splits its time into a fixed
part and a part per notebook: nbval's cells of a notebook, the tests of a
notebook's class in tests/test_harness.py, and the tests marked ``grows`` (their
cost is proportional to the number of notebooks, e.g. rebuilding every notebook)
are per-notebook; the rest (the class
graded through nbgrader, the checks of the tools) is fixed. From the two it projects
the suite's time at the catalog's 56 notebooks. Budget: a fixed part of at most 5
minutes and at most 20 s per notebook on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from course import notebooks as nbs

SWEEP = r"""
import contextlib, io, json, statistics, time
import matplotlib.pyplot as _plt
from course.kit.widgets import REGISTRY as _REG
_report = []
for _ex in _REG:
    _times = []
    for _kw in _ex.sweep(max_points=__POINTS__):
        _t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            _ex.fn(**_kw)
            for _n in _plt.get_fignums():
                _plt.figure(_n).savefig(io.BytesIO(), format="png", bbox_inches="tight")
        _times.append(time.perf_counter() - _t)
        _plt.close("all")
    _report.append({"function": _ex.fn.__name__,
                    "controls": [c.name for c in _ex.controls],
                    "calls": len(_times), "median_s": statistics.median(_times),
                    "max_s": max(_times)})
print("BENCH" + json.dumps(_report))
"""


CELL_TIMEOUT = 120  # seconds; a notebook's budget is 10 s in all


def run_notebook(
    path: Path, points: int, timeout: int = CELL_TIMEOUT
) -> tuple[float, list[dict], list[str], list[tuple[float, int, str]]]:
    """Execute a notebook; return (seconds, slider report, errors, cell times).

    The cell times are (seconds, index, first line) for every code cell. A cell
    that runs past ``timeout`` is reported as an error naming it, and the rest of
    the notebook is not run (the sliders are then not measured).
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError

    from course.grading.plugins import CourseKernelManager

    nb = nbs.read(path)
    client = NotebookClient(
        nb,
        timeout=timeout,
        allow_errors=True,
        kernel_name="python3",
        kernel_manager_class=CourseKernelManager,
        resources={"metadata": {"path": str(path.parent)}},
    )
    cell_times: list[tuple[float, int, str]] = []
    stopped = None
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            began = time.perf_counter()
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                stopped = (
                    f"cell {index}: no reply within {timeout} s ({_first_line(cell)})"
                )
            if cell.cell_type == "code":
                cell_times.append(
                    (time.perf_counter() - began, index, _first_line(cell))
                )
            if stopped:
                break
        elapsed = time.perf_counter() - start
        errors = [
            f"cell {i}: {o.get('ename')}: {o.get('evalue')}"
            for i, c in enumerate(nb.cells)
            if c.cell_type == "code"
            for o in c.outputs
            if o.get("output_type") == "error"
        ]
        if stopped:
            return elapsed, [], [*errors, stopped], cell_times
        probe = nbformat.v4.new_code_cell(SWEEP.replace("__POINTS__", str(points)))
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
    text = "".join(
        o.get("text", "") for o in probe.outputs if o.get("output_type") == "stream"
    )
    line = next((ln for ln in text.splitlines() if ln.startswith("BENCH")), "BENCH[]")
    return elapsed, json.loads(line[5:]), errors, cell_times


def _first_line(cell) -> str:
    """The first line of a cell that is not a marker comment, for reports."""
    for line in cell.source.splitlines():
        if line.strip() and not line.startswith("# NBVAL"):
            return line.strip()[:60]
    return ""


def autograde_time(root: Path, entry) -> float:
    """Seconds for ``nbgrader autograde`` of one submission (the solution)."""
    from course.grading.submissions import (
        copy_course,
        generate,
        solution_answers,
        submit,
        with_answers,
    )
    from course.project import nbgrader

    with tempfile.TemporaryDirectory(prefix="course-bench-") as tmp:
        course = copy_course(root, Path(tmp))
        for other in (course / "source").rglob("*.ipynb"):
            if other.relative_to(course / "source").as_posix() != str(entry.notebook):
                other.unlink()
        generate(course, entry.module)
        answers = solution_answers(nbs.read(root / "source" / entry.notebook))
        release = nbs.read(course / "release" / entry.notebook)
        submit(
            course,
            "bench",
            entry.module,
            entry.notebook.name,
            with_answers(release, answers),
        )
        start = time.perf_counter()
        proc = nbgrader(course, "autograde", entry.module, "--force")
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(proc.stdout + proc.stderr)
        return elapsed


def suite(root: Path, workers: str, catalog_size: int) -> dict:
    """Run the whole test suite once; its wall time, split as described above."""
    import os
    import subprocess
    import sys

    from course.catalog import load

    ready = [e.id for e in load().ready]
    with tempfile.TemporaryDirectory(prefix="course-suite-") as tmp:
        report = Path(tmp) / "times.json"
        env = dict(os.environ, COURSE_SUITE_REPORT=str(report))
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rfE",
            "-n",
            workers,
            "--dist",
            "loadscope",
            "-p",
            "course.authoring.suite_timer",
            "tests",
            "solutions",
            "--nbval-lax",
            "--nbval-current-env",
        ]
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        times = json.loads(report.read_text()) if report.exists() else {}
    grows = fixed = 0.0
    slowest: list[tuple[float, str]] = []
    for nodeid, rec in times.items():
        per_notebook = (
            nodeid.startswith("solutions/")
            or rec["grows"]
            or any(f"::Test_{e}::" in nodeid for e in ready)
        )
        if per_notebook:
            grows += rec["seconds"]
        else:
            fixed += rec["seconds"]
            slowest.append((rec["seconds"], nodeid))
    busy = grows + fixed
    n = max(len(ready), 1)
    # wall time in proportion to the test time of each part
    fixed_wall = wall * fixed / busy if busy else wall
    per_nb_wall = wall * grows / busy / n if busy else 0.0
    return {
        "returncode": proc.returncode,
        "summary": (proc.stdout.strip().splitlines() or [""])[-1],
        "failures": [
            ln for ln in proc.stdout.splitlines() if ln.startswith(("FAILED", "ERROR"))
        ],
        "slowest_fixed": sorted(slowest, reverse=True)[:8],
        "wall_s": wall,
        "test_seconds": busy,
        "notebooks": len(ready),
        "fixed_s": fixed_wall,
        "per_notebook_s": per_nb_wall,
        "projected_s": fixed_wall + catalog_size * per_nb_wall,
        "catalog_size": catalog_size,
    }


def main(argv: list[str]) -> int:
    from course.catalog import load
    from course.project import course_root

    parser = argparse.ArgumentParser(
        prog="python -m course bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "notebooks", nargs="*", help="catalog ids, module ids or notebook paths"
    )
    parser.add_argument(
        "--points",
        type=int,
        default=8,
        help="values per slider control (spread over its range)",
    )
    parser.add_argument("--no-autograde", action="store_true")
    parser.add_argument(
        "--suite",
        action="store_true",
        help="time the whole test suite instead: fixed part, per notebook, projection",
    )
    parser.add_argument("--workers", default="2", help="pytest-xdist workers (--suite)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    root, catalog = course_root(), load()
    if args.suite:
        r = suite(root, args.workers, len(catalog.entries))
        print(f"test suite ({args.workers} workers): {r['summary']}")
        for line in r["failures"]:
            print(f"  {line}")
        print(f"  wall time {r['wall_s']:.0f} s, {r['test_seconds']:.0f} s of tests")
        print(f"  fixed part       {r['fixed_s']:6.0f} s   (budget 300 s)")
        print(
            f"  per notebook     {r['per_notebook_s']:6.1f} s   (budget 20 s; "
            f"{r['notebooks']} ready notebooks)"
        )
        print(
            f"  projected for {r['catalog_size']} notebooks: "
            f"{r['projected_s'] / 60:.1f} min, without the install"
        )
        print("  slowest tests of the fixed part (test seconds):")
        for seconds, nodeid in r["slowest_fixed"]:
            print(f"    {seconds:6.1f}  {nodeid}")
        if args.json:
            Path(args.json).write_text(json.dumps(r, indent=1))
        return r["returncode"]
    entries = []
    modules = {m.id: m for m in catalog.modules}
    for name in args.notebooks or [e.id for e in catalog.ready]:
        module = modules.get(name.rstrip("/"))
        if module:  # a module: its ready notebooks
            entries += [e for e in module.entries if e.status == "ready"]
            continue
        entry = catalog.by_notebook(Path(name)) if name.endswith(".ipynb") else None
        entries.append(
            entry
            or catalog.entry(
                Path(name).stem.split("_", 1)[-1] if name.endswith(".ipynb") else name
            )
        )
    results = []
    for entry in entries:
        path = root / "solutions" / entry.notebook
        if not path.exists():
            path = root / "source" / entry.notebook
        seconds, sliders, errors, cell_times = run_notebook(path, args.points)
        graded = None if args.no_autograde else autograde_time(root, entry)
        results.append(
            {
                "notebook": str(entry.notebook),
                "execute_s": seconds,
                "autograde_s": graded,
                "sliders": sliders,
                "errors": errors,
                "cells": [
                    {"index": i, "seconds": t, "first_line": first}
                    for t, i, first in cell_times
                ],
            }
        )
        print(f"\n{entry.notebook}")
        print(
            f"  execute (solution, top to bottom): {seconds:6.2f} s"
            + ("   ERRORS: " + "; ".join(errors) if errors else "")
        )
        slowest = sorted(cell_times, reverse=True)[:3]
        print(
            "  slowest cells: "
            + "; ".join(f"{i} {t:.2f} s ({first})" for t, i, first in slowest)
        )
        if graded is not None:
            print(f"  autograde one submission:          {graded:6.2f} s")
        for s in sliders:
            print(
                f"  slider {s['function']}({', '.join(s['controls'])}): median "
                f"{s['median_s'] * 1000:6.1f} ms, max {s['max_s'] * 1000:6.1f} ms "
                f"over {s['calls']} redraws"
            )
    total = sum(r["execute_s"] for r in results)
    print(f"\n{len(results)} notebook(s), {total:.1f} s of execution in all")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 1 if any(r["errors"] for r in results) else 0

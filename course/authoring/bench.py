"""Benchmark: ``python -m course bench [NOTEBOOK...]``.

For every ready notebook (or those named, as paths or catalog ids) it prints the
time to execute the solution notebook top to bottom, the time ``nbgrader
autograde`` takes for one submission of it, and the median redraw time of each
slider, measured by calling the slider's function over its range and rendering
its figures as the notebook's inline backend would. Budgets (CONVENTIONS.md): a
notebook under 10 s, a redraw under 0.2 s. This is a report, not a test.
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


def run_notebook(path: Path, points: int) -> tuple[float, list[dict], list[str]]:
    """Execute a notebook; return (seconds, slider report, errors)."""
    import nbformat
    from nbclient import NotebookClient

    from course.grading.plugins import CourseKernelManager

    nb = nbs.read(path)
    client = NotebookClient(
        nb,
        timeout=600,
        allow_errors=True,
        kernel_name="python3",
        kernel_manager_class=CourseKernelManager,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
        errors = [
            f"cell {i}: {o.get('ename')}: {o.get('evalue')}"
            for i, c in enumerate(nb.cells)
            if c.cell_type == "code"
            for o in c.outputs
            if o.get("output_type") == "error"
        ]
        probe = nbformat.v4.new_code_cell(SWEEP.replace("__POINTS__", str(points)))
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
    text = "".join(
        o.get("text", "") for o in probe.outputs if o.get("output_type") == "stream"
    )
    line = next((ln for ln in text.splitlines() if ln.startswith("BENCH")), "BENCH[]")
    return elapsed, json.loads(line[5:]), errors


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


def main(argv: list[str]) -> int:
    from course.catalog import load
    from course.project import course_root

    parser = argparse.ArgumentParser(
        prog="python -m course bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("notebooks", nargs="*", help="catalog ids or notebook paths")
    parser.add_argument(
        "--points",
        type=int,
        default=8,
        help="values per slider control (spread over its range)",
    )
    parser.add_argument("--no-autograde", action="store_true")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    root, catalog = course_root(), load()
    entries = []
    for name in args.notebooks or [e.id for e in catalog.ready]:
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
        seconds, sliders, errors = run_notebook(path, args.points)
        graded = None if args.no_autograde else autograde_time(root, entry)
        results.append(
            {
                "notebook": str(entry.notebook),
                "execute_s": seconds,
                "autograde_s": graded,
                "sliders": sliders,
                "errors": errors,
            }
        )
        print(f"\n{entry.notebook}")
        print(
            f"  execute (solution, top to bottom): {seconds:6.2f} s"
            + ("   ERRORS: " + "; ".join(errors) if errors else "")
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

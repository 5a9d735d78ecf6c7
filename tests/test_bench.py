"""The benchmark's report: per-cell times, and a cell that never answers named."""

from __future__ import annotations

import time

import nbformat

from course.authoring.bench import run_notebook


def test_a_cell_past_the_timeout_is_named_and_the_run_stops(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# a notebook"),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("# NBVAL_IGNORE_OUTPUT\nimport time\ntime.sleep(60)"),
        nbformat.v4.new_code_cell("y = 2"),
    ]
    path = tmp_path / "slow.ipynb"
    nbformat.write(nb, path)
    began = time.perf_counter()
    seconds, sliders, errors, cells = run_notebook(path, points=2, timeout=3)
    assert time.perf_counter() - began < 50, "the run waited for the sleeping cell"
    assert errors == ["cell 2: no reply within 3 s (import time)"]
    assert sliders == []
    # the code cells up to the one that stopped the run, each with its time
    assert [(i, first) for _, i, first in cells] == [(1, "x = 1"), (2, "import time")]
    assert cells[1][0] >= 3 > cells[0][0]


def test_a_module_id_selects_its_ready_notebooks(monkeypatch):
    from course.authoring import bench
    from course.catalog import load

    ran = []
    monkeypatch.setattr(
        bench, "run_notebook", lambda path, points: ran.append(path) or (0, [], [], [])
    )
    assert bench.main(["03_optimization/", "cost_function", "--no-autograde"]) == 0
    ready = [e.notebook for e in load().ready if e.module == "03_optimization"]
    assert len(ready) == 9
    names = [p.relative_to(p.parents[1]).as_posix() for p in ran]
    assert names == [*map(str, ready), "03_optimization/q01_cost_function.ipynb"]

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

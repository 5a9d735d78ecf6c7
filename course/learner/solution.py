"""Show the reference solution of a notebook: ``python -m course solution NOTEBOOK``.

NOTEBOOK is a catalog id (``lstm_gates``) or a file name (``q03_lstm_gates``). It
prints the instructor's answer cells of that notebook from solutions/, one per
exercise part. It is there for learners working alone who want to compare after
trying: the notebooks themselves never contain the solution.
"""

from __future__ import annotations

import re
import sys


def main(argv: list[str]) -> int:
    from course import notebooks as nbs
    from course.catalog import load
    from course.project import course_root

    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    wanted = argv[0].removesuffix(".ipynb")
    entries = [e for e in load().ready if wanted in (e.id, e.notebook.stem)]
    if not entries:
        print(f"no ready notebook {wanted!r}; ids: ", file=sys.stderr)
        print("  " + ", ".join(e.id for e in load().ready), file=sys.stderr)
        return 2
    entry = entries[0]
    path = course_root() / "solutions" / entry.notebook
    nb = nbs.read(path)
    print(f"# Reference solution: {entry.notebook}\n")
    for ex in nbs.exercises(nb):
        cells = nbs.cells_by_id(nb)
        for sid in ex.solutions:
            code = re.sub(
                r"^\s*### (BEGIN|END) SOLUTION\n", "", cells[sid].source, flags=re.M
            )
            print(f"# --- Exercise {ex.number}: {ex.title} ({sid})\n{code.rstrip()}\n")
    return 0

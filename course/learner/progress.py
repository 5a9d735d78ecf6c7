"""Your progress through the course, per module and notebook.

``progress()`` runs the same checker as ``python3 run.py check`` on every notebook
in workspace/ and counts, per notebook, the exercises passed, failed and not
attempted. A notebook's result is kept in ``workspace/.progress.json`` with the
hash of the file, so only the notebooks you changed since are run again (the first
time, every notebook runs: a few seconds each). ``show()`` draws it as a table and
a figure; the course home notebook calls it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

STATES = ("passed", "failed", "not attempted")
CACHE = ".progress.json"


@dataclass
class Row:
    module: str
    notebook: str
    question: str
    passed: int = 0
    failed: int = 0
    not_attempted: int = 0
    opened: bool = True  # the notebook is in workspace/

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.not_attempted


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def progress(root: Path | None = None, *, timeout: int = 120) -> list[Row]:
    """One row per ready notebook of the catalog, in course order."""
    from course.catalog import load
    from course.learner.check import check_notebook
    from course.project import course_root

    root = root or course_root()
    workspace = root / "workspace"
    cache_file = workspace / CACHE
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    rows = []
    for entry in load().ready:
        row = Row(entry.module, entry.notebook.stem, entry.question)
        path = workspace / entry.notebook
        if not path.is_file():
            row.opened = False
            row.not_attempted = _exercise_count(root / "release" / entry.notebook)
            rows.append(row)
            continue
        key, digest = str(entry.notebook), _digest(path)
        if cache.get(key, {}).get("digest") != digest:
            try:
                result = check_notebook(path, root, timeout=timeout)
                counts = {
                    s: sum(e.status == s for e in result.exercises) for s in STATES
                }
            except Exception:  # noqa: BLE001 - an unreadable notebook counts as to do
                counts = {"passed": 0, "failed": 0, "not attempted": 0}
            cache[key] = {"digest": digest, **counts}
        found = cache[key]
        row.passed, row.failed = found["passed"], found["failed"]
        row.not_attempted = found["not attempted"]
        rows.append(row)
    if workspace.is_dir():
        cache_file.write_text(json.dumps(cache, indent=1))
    return rows


def _exercise_count(path: Path) -> int:
    from course import notebooks as nbs

    try:
        return len(nbs.exercises(nbs.read(path)))
    except (OSError, ValueError):
        return 0


def show(root: Path | None = None) -> list[Row]:
    """Display the progress table and figure in a notebook; return the rows."""
    import html

    import matplotlib.pyplot as plt
    from IPython.display import HTML, display

    rows = progress(root)
    lines = [
        "<table><tr><th>module</th><th>notebook</th><th>passed</th><th>failed</th>"
        "<th>to do</th></tr>"
    ]
    for r in rows:
        link = f"{r.module}/{r.notebook}.ipynb"
        name = f'<a href="{html.escape(link)}">{html.escape(r.notebook)}</a>'
        if not r.opened:
            name += " (not opened yet)"
        lines.append(
            f"<tr><td>{html.escape(r.module)}</td><td>{name}</td><td>{r.passed}</td>"
            f"<td>{r.failed}</td><td>{r.not_attempted}</td></tr>"
        )
    lines.append("</table>")
    display(HTML("".join(lines)))
    modules = sorted({r.module for r in rows})
    counts = {
        s: [
            sum(getattr(r, s.replace(" ", "_")) for r in rows if r.module == m)
            for m in modules
        ]
        for s in STATES
    }
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(modules)))
    left = [0] * len(modules)
    for state, color in zip(STATES, ("C2", "C3", "0.8"), strict=True):
        ax.barh(modules, counts[state], left=left, color=color, label=state)
        left = [a + b for a, b in zip(left, counts[state], strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("exercises")
    ax.legend(frameon=False, ncol=3, loc="lower right", fontsize=8)
    ax.set_title("Exercises per module", fontsize=10)
    plt.show()
    done = sum(r.passed for r in rows)
    print(f"{done} of {sum(r.total for r in rows)} exercises pass their visible tests.")
    return rows

"""A plain-text form of a course notebook, for writing and reviewing in an editor.

The notebook in source/ stays the only source of truth: ``unpack`` turns it into
text, ``pack`` turns edited text back into the notebook. Each cell starts with a
marker line::

    #%% md                            a markdown cell
    #%% code                          a code cell
    #%% readonly id=NAME              a locked code cell (restored from the gradebook)
    #%% solution id=NAME              an autograded answer cell (### BEGIN/END SOLUTION)
    #%% test id=NAME points=N         a locked, autograded test cell
    #%% answer id=NAME points=N       a manually graded markdown answer

Usage: ``python -m course nb unpack NOTEBOOK.ipynb TEXT`` and
``python -m course nb pack TEXT NOTEBOOK.ipynb``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

from course.notebooks import KERNELSPEC, LANGUAGE

MARK = re.compile(r"^#%%\s+(md|code|readonly|solution|test|answer)\b(.*)$")


def _attrs(text: str) -> dict[str, str]:
    return dict(re.findall(r"(\w+)=(\S+)", text))


def _nbgrader(kind: str, attrs: dict[str, str]) -> dict | None:
    if kind in ("md", "code"):
        return None
    if "id" not in attrs:
        raise ValueError(f"a {kind} cell needs id=")
    meta = {
        "grade": kind in ("test", "answer"),
        "grade_id": attrs["id"],
        "locked": kind in ("test", "readonly"),
        "schema_version": 3,
        "solution": kind in ("solution", "answer"),
        "task": False,
    }
    if meta["grade"]:
        meta["points"] = int(attrs.get("points", 1))
    return meta


def pack(text: str) -> nbformat.NotebookNode:
    """Notebook from the text form."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": KERNELSPEC, "language_info": LANGUAGE}
    chunks: list[tuple[str, dict, list[str]]] = []
    for line in text.splitlines():
        m = MARK.match(line)
        if m:
            chunks.append((m.group(1), _attrs(m.group(2)), []))
        elif chunks:
            chunks[-1][2].append(line)
        elif line.strip():
            raise ValueError("text before the first #%% marker")
    used: set[str] = set()
    for i, (kind, attrs, lines) in enumerate(chunks):
        source = "\n".join(lines).strip("\n")
        meta = _nbgrader(kind, attrs)
        if kind in ("md", "answer"):
            cell = nbformat.v4.new_markdown_cell(source)
        else:
            cell = nbformat.v4.new_code_cell(source)
        if meta:
            cell.metadata["nbgrader"] = meta
            if kind in ("test", "readonly"):
                cell.metadata["deletable"] = False
                cell.metadata["editable"] = False
        cell_id = attrs.get("id") or f"cell-{i:02d}"
        if cell_id in used:
            raise ValueError(f"duplicate id {cell_id}")
        used.add(cell_id)
        cell["id"] = cell_id
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def unpack(nb: nbformat.NotebookNode) -> str:
    """Text form of a notebook (outputs are dropped)."""
    parts = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader")
        if not meta:
            head = "#%% md" if cell.cell_type == "markdown" else "#%% code"
        elif meta.get("solution") and meta.get("grade"):
            head = f"#%% answer id={meta['grade_id']} points={meta.get('points', 1):g}"
        elif meta.get("solution"):
            head = f"#%% solution id={meta['grade_id']}"
        elif not meta.get("grade"):
            head = f"#%% readonly id={meta['grade_id']}"
        else:
            head = f"#%% test id={meta['grade_id']} points={meta.get('points', 1):g}"
        parts.append(f"{head}\n{cell.source}\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("pack", "unpack"):
        print(__doc__)
        return 2
    action, src, dst = argv
    if action == "pack":
        nb = pack(Path(src).read_text("utf-8"))
        nbformat.write(nb, dst)
    else:
        Path(dst).write_text(unpack(nbformat.read(src, as_version=4)), "utf-8")
    print(f"wrote {dst}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))

"""Structure lint for course notebooks: ``python -m course lint``.

A source notebook must follow the anatomy (title with the question and its other
wordings, setup, short answer, theory, demo with a figure, explore with a widget,
graded exercises, common wrong answers, follow-ups) and carry valid nbgrader
metadata. Source and release notebooks carry no outputs and no widget state.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

from course import notebooks as nbs
from course.catalog import Catalog, Entry
from course.kit.feedback import test_docstring
from course.notebooks import KERNELSPEC, LANGUAGE

ORDER = [s for s in nbs.SECTIONS]


def _code(cells) -> list[str]:
    return [c.source for c in cells if c.cell_type == "code"]


def lint_clean(nb, where: str) -> list[str]:
    """No outputs, execution counts or widget state (source/ and release/)."""
    problems = []
    if "widgets" in nb.metadata:
        problems.append(f"{where}: widget state saved in the notebook metadata")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and (
            cell.get("outputs") or cell.get("execution_count")
        ):
            problems.append(f"{where}: cell {i} has outputs or an execution count")
    return problems


def lint_metadata(nb, where: str) -> list[str]:
    problems = []
    seen: set[str] = set()
    ids: set[str] = set()
    for i, cell in enumerate(nb.cells):
        cid = cell.get("id")
        if not cid or cid in ids:
            problems.append(f"{where}: cell {i} has a missing or duplicate cell id")
        ids.add(cid)
        if (
            cell.cell_type == "code"
            and not nbs.is_test(cell)
            and test_docstring(cell.source)
        ):
            problems.append(
                f"{where}: cell {i} starts with a docstring, which marks test cells"
                " (the learner's kernel would print a pass line for it)"
            )
        meta = nbs.nbg(cell)
        if not meta:
            continue
        gid = meta.get("grade_id")
        if not gid or not re.fullmatch(r"[A-Za-z0-9_\-]+", gid):
            problems.append(f"{where}: cell {i} has a bad grade_id {gid!r}")
        if gid in seen:
            problems.append(f"{where}: grade_id {gid} is used twice")
        seen.add(gid)
        if meta.get("grade") and not float(meta.get("points", 0)) > 0:
            problems.append(f"{where}: graded cell {gid} has no points")
        if nbs.is_test(cell):
            if not meta.get("locked"):
                problems.append(f"{where}: test cell {gid} is not locked")
            problems += _lint_test_source(cell.source, f"{where}: test cell {gid}")
        if meta.get("solution") and cell.cell_type == "code":
            if (
                "### BEGIN SOLUTION" not in cell.source
                or "### END SOLUTION" not in cell.source
            ):
                problems.append(f"{where}: answer cell {gid} lacks solution markers")
    if nb.metadata.get("kernelspec") != KERNELSPEC:
        problems.append(f"{where}: kernelspec should be {KERNELSPEC}")
    if nb.metadata.get("language_info") != LANGUAGE:
        problems.append(f"{where}: language_info should be {LANGUAGE}")
    return problems


def _lint_test_source(source: str, where: str) -> list[str]:
    problems = []
    if not nbs.docstring(source):
        problems.append(f"{where} should start with a docstring saying what it checks")
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return problems + [f"{where} does not parse: {exc}"]
    last = tree.body[-1] if tree.body else None
    if (
        isinstance(last, ast.Expr)
        and len(tree.body) > 1
        and not isinstance(last.value, ast.Call)
    ):
        # nbgrader would read a numeric result as partial credit
        problems.append(f"{where} ends with a bare expression")
    problems += [f"{where} {why}" for why in _in_process_checks(tree)]
    return problems


# When a notebook is graded its test cells run in the grader, not in the student's
# process (course.grading.remote): a check that looks at, or changes, the process it
# runs in would look at the grader's. Such checks go through course.kit.probes.watch.
IN_PROCESS_CALLS = {
    "settrace": "traces the process it runs in",
    "setprofile": "profiles the process it runs in",
    "get_rng_state": "reads this process's global RNG",
    "get_state": "reads this process's global RNG",
    "getstate": "reads this process's global RNG",
    "setattr": "patches a module",
    "TorchFunctionMode": "watches torch calls in its own process",
}


def _in_process_checks(tree) -> list[str]:
    found = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.Name):
            name = node.id
        if name in IN_PROCESS_CALLS:
            found.append(
                f"{IN_PROCESS_CALLS[name]} ({name}): use course.kit.probes.watch"
            )
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and not _local(target):
                    found.append(
                        f"assigns {ast.unparse(target)}: a test may not patch a module"
                        " (use course.kit.probes.watch with spy=)"
                    )
    return sorted(set(found))


def _local(target: ast.Attribute) -> bool:
    """``_x.attr = ...`` on the test's own objects (its names start with ``_``) is
    fine; ``np.random.x = ...`` or ``nn.init.x = ...`` is not."""
    node = target.value
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name) and node.id.startswith("_")


def lint_anatomy(nb, where: str, entry: Entry | None) -> list[str]:
    problems = []
    if (
        not nb.cells
        or nbs.heading(nb.cells[0]) is None
        or nbs.heading(nb.cells[0])[0] != 1
    ):
        return [f"{where}: the first cell must be a '# <question>' title"]
    title_cell = nb.cells[0].source
    title = nbs.heading(nb.cells[0])[1]
    if entry is not None:
        if title != entry.question:
            problems.append(f"{where}: title differs from the catalog question")
        for wording in entry.also_asked:
            if wording not in title_cell:
                problems.append(f"{where}: title cell lacks the wording {wording!r}")
        if f"**Difficulty:** {entry.difficulty}" not in title_cell:
            problems.append(
                f"{where}: title cell lacks '**Difficulty:** {entry.difficulty}'"
            )
        if f"about {entry.minutes} minutes" not in title_cell:
            problems.append(
                f"{where}: title cell lacks 'about {entry.minutes} minutes'"
            )
    if "**Also asked as**" not in title_cell:
        problems.append(f"{where}: title cell lacks '**Also asked as**'")

    found = nbs.sections(nb)
    names = [s[0] for s in found]
    unknown = [s[1] for s in found if s[0] is None]
    if unknown:
        problems.append(f"{where}: unknown level-2 headings {unknown}")
    expected = [n for n in ORDER]
    compact = [n for i, n in enumerate(names) if n and (i == 0 or names[i - 1] != n)]
    if compact != expected:
        problems.append(f"{where}: sections are {compact}, expected {expected}")
        return problems
    by_name: dict[str, list] = {}
    for name, _text, start, end in found:
        by_name.setdefault(name, []).extend(nb.cells[start:end])

    setup = "\n".join(_code(by_name["Setup"]))
    if "course" not in setup or "import" not in setup:
        problems.append(f"{where}: Setup should import from course")
    if "SEED" not in setup and "seed" not in setup:
        problems.append(f"{where}: Setup should fix a seed")
    if any(
        re.search(r"^\s*[!%]\s*pip|urlretrieve|requests\.get|download", src, re.M)
        for src in _code(nb.cells)
    ):
        problems.append(f"{where}: no installs or downloads in notebooks")
    short = [c for c in by_name["The short answer"] if c.cell_type == "markdown"]
    sentences = sum(
        len(re.findall(r"[.!?](\s|$)", c.source.split("\n", 1)[-1])) for c in short
    )
    if not 3 <= sentences <= 8:
        problems.append(
            f"{where}: the short answer has {sentences} sentences (3-6 wanted)"
        )
    theory = "\n".join(c.source for c in by_name["Theory"] if c.cell_type == "markdown")
    if "$" not in theory:
        problems.append(f"{where}: Theory should derive something in LaTeX")
    demo = "\n".join(_code(by_name["Demo"]))
    if not re.search(r"\bplot_\w+\(", demo):
        problems.append(
            f"{where}: Demo should draw a figure with a course.kit.plot helper"
        )
    explore = _code(by_name["Explore"])
    if not any("explore(" in src for src in explore):
        problems.append(f"{where}: Explore should call course.kit.widgets.explore")
    for src in explore:
        if "explore(" in src and not src.lstrip().startswith("# NBVAL_IGNORE_OUTPUT"):
            problems.append(
                f"{where}: a widget cell must start with # NBVAL_IGNORE_OUTPUT"
            )
    exercises = nbs.exercises(nb)
    if not exercises:
        problems.append(f"{where}: no exercise")
    for ex in exercises:
        label = f"{where}: Exercise {ex.number}"
        if not ex.solutions:
            problems.append(f"{label} has no answer cell")
        if not ex.visible:
            problems.append(f"{label} has no visible test cell")
        if not ex.hidden:
            problems.append(f"{label} has no hidden test cell")
    problems += _lint_independence(nb, exercises, where)
    if [e.number for e in exercises] != list(range(1, len(exercises) + 1)):
        problems.append(f"{where}: exercises should be numbered 1, 2, ...")
    wrong = "\n".join(c.source for c in by_name["Common wrong answers"])
    if wrong.count("**") < 2:
        problems.append(
            f"{where}: Common wrong answers should name misconceptions in bold"
        )
    if not "\n".join(c.source for c in by_name["Follow-ups"]).strip():
        problems.append(f"{where}: Follow-ups is empty")
    return problems


def defined_names(source: str) -> set[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def used_names(source: str) -> set[str]:
    try:
        return {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)}
    except SyntaxError:
        return set()


def _lint_independence(nb, exercises, where: str) -> list[str]:
    """An exercise's tests use only its own answers (wrong answers share a run)."""
    cells = nbs.cells_by_id(nb)
    defs = {
        ex.number: set().union(*(defined_names(cells[s].source) for s in ex.solutions))
        for ex in exercises
        if ex.solutions
    }
    problems = []
    for ex in exercises:
        others = set().union(*(d for n, d in defs.items() if n != ex.number))
        for t in ex.tests:
            shared = used_names(cells[t].source) & others
            if shared:
                problems.append(
                    f"{where}: test {t} uses {sorted(shared)} from another exercise"
                )
    return problems


VAGUE_POINTER = re.compile(
    r"\b(next|previous|following|last|coming|later) notebooks?\b", re.IGNORECASE
)
NOTEBOOK_LINK = re.compile(r"\]\(([^)\s]+\.ipynb)(?:#[^)]*)?\)")


def lint_references(nb, where: str, source: Path, here: Path) -> list[str]:
    """Text points to other notebooks only by a link that exists, never by order.

    "The next notebook" may not exist yet (or may move when the catalog changes);
    a link to a notebook must resolve to one in source/ and be relative to this one.
    """
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        for m in VAGUE_POINTER.finditer(cell.source):
            problems.append(
                f"{where}: cell {i} says {m.group(0)!r}: name the question (or link "
                "a notebook that exists) instead"
            )
        for target in NOTEBOOK_LINK.findall(cell.source):
            if not (here.parent / target).resolve().is_file() or not (
                here.parent / target
            ).resolve().is_relative_to(source.resolve()):
                problems.append(f"{where}: cell {i} links {target}, which is missing")
    return problems


def lint_course(root: Path, catalog: Catalog) -> list[str]:
    problems = []
    for path in sorted((root / "source").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        rel = path.relative_to(root / "source")
        where = f"source/{rel}"
        nb = nbs.read(path)
        entry = catalog.by_notebook(rel)
        problems += lint_clean(nb, where)
        problems += lint_metadata(nb, where)
        problems += lint_anatomy(nb, where, entry)
        problems += lint_references(nb, where, root / "source", path)
    for path in sorted((root / "release").rglob("*.ipynb")):
        problems += lint_clean(
            nbs.read(path), f"release/{path.relative_to(root / 'release')}"
        )
    return problems


def main(argv: list[str]) -> int:
    from course.catalog import load
    from course.project import course_root

    problems = lint_course(course_root(), load())
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))

"""Static checks for submissions that try to change how they are tested.

Verdicts do not depend on this scan: graded test cells run outside the student's
kernel (see :mod:`course.grading.remote`), so an answer that replaces
``np.testing.assert_allclose``, the course's check helpers or IPython's input
handling changes nothing. The scan tells the instructor about such attempts, and
covers the one thing that is observed inside the kernel, how a function works
(:mod:`course.kit.probes`): it flags code that assigns to an attribute of an
imported module, calls ``setattr``/``delattr`` on one, uses
``exec``/``eval``/``compile``/``__import__``, or reaches into ``builtins``,
``sys.modules``, ``gc``, ``ctypes``, frames or the IPython shell. A flagged notebook
scores zero and is marked for manual grading; the instructor decides.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from course import notebooks as nbs

FORBIDDEN_CALLS = {
    "exec",
    "eval",
    "compile",
    "__import__",
    "get_ipython",
    "globals",
    "vars",
    "breakpoint",
}
FORBIDDEN_MODULES = {
    "builtins",
    "ctypes",
    "gc",
    "importlib",
    "IPython",
    "ipykernel",
    "nbgrader",
    "nbclient",
    "jupyter_client",
}
FORBIDDEN_ATTRS = {
    "__builtins__",
    "__globals__",
    "__code__",
    "__subclasses__",
    "_getframe",
    "currentframe",
    "f_globals",
    "f_locals",
    "f_back",
    "settrace",
    "setprofile",
    "excepthook",
    "displayhook",
    "__setattr__",
    "__delattr__",
    "__dict__",
}


@dataclass(frozen=True)
class Finding:
    cell: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.cell}, line {self.line}: {self.reason}"


def _imported_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name for a in node.names}
    return names


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def scan_source(source: str, modules: set[str], where: str) -> list[Finding]:
    """Findings in one cell; ``modules`` are the names the notebook imported."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []  # it will fail on its own
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for mod in mods:
                if mod.split(".")[0] in FORBIDDEN_MODULES:
                    found.append(Finding(where, line, f"imports {mod}"))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = (
                node.targets
                if isinstance(node, (ast.Assign, ast.Delete))
                else [node.target]
            )
            for t in targets:
                if isinstance(t, ast.Name) and t.id in modules and node in tree.body:
                    found.append(
                        Finding(where, line, f"rebinds the imported name {t.id}")
                    )
                for sub in ast.walk(t):
                    if isinstance(sub, ast.Attribute) and _root_name(sub) in modules:
                        found.append(
                            Finding(
                                where,
                                line,
                                f"changes {ast.unparse(sub)} of an imported module",
                            )
                        )
                        break
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else None
            if name in FORBIDDEN_CALLS:
                found.append(Finding(where, line, f"calls {name}()"))
            if (
                name in ("setattr", "delattr")
                and node.args
                and _root_name(node.args[0]) in modules
            ):
                found.append(
                    Finding(where, line, f"{name}() on {ast.unparse(node.args[0])}")
                )
        elif (
            isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.name in modules
            and node in tree.body
        ):
            found.append(
                Finding(where, line, f"redefines the imported name {node.name}")
            )
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "modules"
            and isinstance(node.value, ast.Name)
            and node.value.id == "sys"
        ):
            found.append(Finding(where, line, "uses sys.modules"))
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRS:
            found.append(Finding(where, line, f"uses .{node.attr}"))
        elif isinstance(node, ast.Name) and node.id == "__builtins__":
            found.append(Finding(where, line, "uses __builtins__"))
    return found


def scan_notebook(nb, locked_ids: set[str]) -> list[Finding]:
    """Findings in every code cell the student could change.

    ``locked_ids`` are the grade ids of the cells the grader restores (tests,
    read-only cells): their submitted source is replaced, so it is not scanned.
    """
    modules: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            try:
                modules |= _imported_names(ast.parse(cell.source))
            except SyntaxError:
                pass
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or nbs.grade_id(cell) in locked_ids:
            continue
        where = nbs.grade_id(cell) or f"cell {index}"
        found += scan_source(cell.source, modules, where)
    return found

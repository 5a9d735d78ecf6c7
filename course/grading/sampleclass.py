"""A sample class for trying and testing the grading workflow.

``python -m course sample-class OUT`` writes, for every ready notebook, an LMS-style
download per module, ``OUT/<module>.zip``, holding ``<student>_<notebook>.ipynb``
files, and ``OUT/expected_grades.csv`` with the grade every student should get in
every graded cell. The students:

- ``<nb>-correct``, ``<nb>-blank``, ``<nb>-partial`` (first exercise right, the rest
  untouched) and ``<nb>-wrongNN`` (plausible wrong answers from tests/wrong_answers,
  one per exercise per student; each file names the test cells it fails);
- one adversarial student per case in :data:`CASES`, each on one notebook (the
  notebooks take turns): edited, deleted, unlocked or re-pointed test cells,
  stripped metadata, infinite loops, a killed kernel, warnings, objects that equal
  everything, patched test helpers, and code that reads or writes the gradebook,
  source/, solutions/, the config or another student's files.

Every student submits one notebook; the others count as not submitted (zero).

``--sample`` writes the smaller class that CI grades through nbgrader (see
:func:`students`); the committed expectations in tests/sample_class/ are that class.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course import notebooks as nbs
from course.authoring.lint import defined_names, used_names
from course.catalog import Entry, load
from course.grading.submissions import solution_answers, with_answers
from course.project import CourseError

# Files a snooping submission tries to read or damage, relative to the kernel's
# working folder autograded/<student>/<module>/; and the other students' folders.
TARGETS = [
    "../../../gradebook.db",
    "../../../source",
    "../../../solutions",
    "../../../nbgrader_config.py",
    "../../../submitted",
    "../../../release",
    "../../../feedback",
]
OTHERS = "../../../autograded"


@dataclass
class Student:
    id: str
    entry: Entry
    notebook: object  # NotebookNode, or bytes for a file that is not a notebook
    expected: dict[str, float]  # grade id -> expected score
    status: str = "graded"  # what the grading report should say
    note: str = ""
    # every answer cell's code, when the release was changed in answer cells only
    answers: dict[str, str] | None = None


@dataclass
class Context:
    entry: Entry
    source: object
    release: object
    exercises: list
    answers: dict[str, str]
    maxima: dict[str, float]
    wrong: list = field(default_factory=list)

    def full(self) -> dict[str, float]:
        return dict(self.maxima)

    def zero(self) -> dict[str, float]:
        return {k: 0.0 for k in self.maxima}

    def scores(self, good: set[str]) -> dict[str, float]:
        """Full marks in the test cells that use only the answers in ``good``.

        A test uses an answer when it names something the answer cell defines. An
        answer that calls an earlier one is not seen here, so callers pass whole
        exercises unless only the first answers are right (as for ``partial``).
        """
        cells = nbs.cells_by_id(self.source)
        defines = {
            sid: defined_names(cells[sid].source)
            for ex in self.exercises
            for sid in ex.solutions
        }
        ok = set()
        for ex in self.exercises:
            for t in ex.tests:
                used = used_names(cells[t].source)
                if all(sid in good for sid, names in defines.items() if names & used):
                    ok.add(t)
        return {k: (v if k in ok else 0.0) for k, v in self.maxima.items()}

    @property
    def first(self):
        return self.exercises[0]

    @property
    def last(self):
        return self.exercises[-1]

    def release_code(self, sid: str) -> str:
        return nbs.cells_by_id(self.release)[sid].source

    def complete(self, answers: dict[str, str]) -> dict[str, str]:
        """Code for every answer cell: ``answers``, else the release's (blank)."""
        return {
            sid: answers.get(sid, self.release_code(sid))
            for ex in self.exercises
            for sid in ex.solutions
        }

    def student(self, sid, answers, expected, status="graded", note="") -> Student:
        """A student whose notebook is the release with ``answers`` filled in."""
        full = self.complete(answers)
        notebook = with_answers(self.release, full)
        return Student(sid, self.entry, notebook, expected, status, note, full)

    def answers_except(self, exercise, code_for: Callable[[str, str], str]) -> dict:
        """Solution answers; ``exercise``'s replaced by ``code_for(id, code)``."""
        out = dict(self.answers)
        for sid in exercise.solutions:
            out[sid] = code_for(sid, self.answers[sid])
        return out


def function_names(code: str) -> list[str]:
    tree = ast.parse(code)
    return [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]


def _indent_body(code: str, prefix: str) -> str:
    """Insert ``prefix`` lines at the start of every top-level function body."""
    lines = code.splitlines()
    tree = ast.parse(code)
    inserts = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                first = node.body[1] if len(node.body) > 1 else first
            indent = " " * first.col_offset
            inserts.append(
                (first.lineno - 1, [indent + ln for ln in prefix.splitlines()])
            )
    for lineno, block in sorted(inserts, reverse=True):
        lines[lineno:lineno] = block
    return "\n".join(lines)


# --- adversarial cases: each returns (notebook, expected, status) -----------------
# A case that changes only answer cells returns its answers instead of a notebook:
# the fast harness (course.authoring.harness) can grade those too.


def case_tests_edited_to_pass(ctx: Context):
    """Every test cell's code replaced by `pass`, answers untouched."""
    nb = with_answers(ctx.release, {})
    for cell in nb.cells:
        if nbs.is_test(cell):
            cell.source = "pass"
    return nb, ctx.zero(), "graded"


def case_tests_deleted(ctx: Context):
    """Every test cell deleted, answers untouched."""
    nb = with_answers(ctx.release, {})
    nb.cells = [c for c in nb.cells if not nbs.is_test(c)]
    return nb, ctx.zero(), "graded"


def case_metadata_stripped(ctx: Context):
    """Correct answers, nbgrader metadata removed from every cell."""
    nb = with_answers(ctx.release, ctx.answers)
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
    return nb, ctx.full(), "graded"


def case_points_inflated(ctx: Context):
    """First exercise right, the rest untouched; every test cell claims 100 points."""
    nb = with_answers(ctx.release, {s: ctx.answers[s] for s in ctx.first.solutions})
    for cell in nb.cells:
        if nbs.is_test(cell):
            cell.metadata["nbgrader"]["points"] = 100
    return nb, ctx.scores(set(ctx.first.solutions)), "graded"


def case_cell_unlocked(ctx: Context):
    """Test cells unlocked and made editable, then emptied; answers untouched."""
    nb = with_answers(ctx.release, {})
    for cell in nb.cells:
        if nbs.is_test(cell):
            cell.metadata["nbgrader"]["locked"] = False
            cell.metadata["editable"] = True
            cell.metadata["deletable"] = True
            cell.source = "# nothing to see here"
    return nb, ctx.zero(), "graded"


def case_loop_top_level(ctx: Context):
    """An infinite loop at the top of the first answer cell; the rest correct."""
    answers = ctx.answers_except(
        ctx.first, lambda s, code: "while True:\n    pass\n" + code
    )
    good = {s for ex in ctx.exercises[1:] for s in ex.solutions}
    return answers, ctx.scores(good), "timed out"


def case_loop_in_function(ctx: Context):
    """The last exercise's functions loop forever when called; the rest correct."""
    answers = ctx.answers_except(
        ctx.last, lambda s, code: _indent_body(code, "while True:\n    pass")
    )
    good = {s for ex in ctx.exercises[:-1] for s in ex.solutions}
    return answers, ctx.scores(good), "timed out"


def case_kernel_killed(ctx: Context):
    """The last answer cell calls os._exit(1); the rest correct."""
    answers = ctx.answers_except(
        ctx.last, lambda s, code: "import os\n\nos._exit(1)\n" + code
    )
    good = {s for ex in ctx.exercises[:-1] for s in ex.solutions}
    return answers, ctx.scores(good), "kernel died"


def case_warning(ctx: Context):
    """Correct answers that emit a warning and write to stderr on every call."""
    noisy = (
        "import sys as _sys\nimport warnings as _warnings\n\n"
        "_warnings.warn('this answer is noisy')\n"
        "print('noise on stderr', file=_sys.stderr)"
    )
    answers = {s: _indent_body(code, noisy) for s, code in ctx.answers.items()}
    return answers, ctx.full(), "graded"


def case_always_equal(ctx: Context):
    """The first exercise's functions return an object equal to everything."""

    def code_for(sid, code):
        trick = (
            "class _AlwaysEqual(list):\n"
            "    def __eq__(self, other):\n        return True\n\n"
            "    def __ne__(self, other):\n        return False\n\n"
            "    def __float__(self):\n        return 0.0\n\n"
            "    def __getattr__(self, name):\n        return lambda *a, **k: self\n\n"
            "    def __bool__(self):\n        return True\n\n"
        )
        return trick + _stubs(code, "_AlwaysEqual()")

    answers = ctx.answers_except(ctx.first, code_for)
    good = {s for ex in ctx.exercises[1:] for s in ex.solutions}
    return answers, ctx.scores(good), "graded"


def _stubs(code: str, returned: str) -> str:
    """The functions ``code`` defines, each returning ``returned`` whatever it gets."""
    return "".join(
        f"\n\ndef {name}(*args, **kwargs):\n    return {returned}\n"
        for name in function_names(code)
    )


def case_patched_helpers(ctx: Context):
    """A wrong answer, with numpy's, torch's and the course's test helpers patched."""
    patch = (
        "import numpy as np\nimport torch\n\nimport course.kit.checks\n\n"
        "np.testing.assert_allclose = lambda *a, **k: None\n"
        "np.allclose = lambda *a, **k: True\n"
        "torch.allclose = lambda *a, **k: True\n"
        "for _name in ('check_close', 'check_scalar', 'check_shape', 'check_type'):\n"
        "    setattr(course.kit.checks, _name, lambda *a, **k: None)\n"
    )
    sid = ctx.first.solutions[0]
    wrong = next((w[4] for w in ctx.wrong if w[1] == sid), ctx.release_code(sid))
    answers = {**ctx.answers, sid: patch + "\n" + wrong}
    return with_answers(ctx.release, answers), ctx.zero(), "flagged"


def _snoop_code(write: bool) -> str:
    action = (
        (
            "        try:\n"
            "            if _p.is_dir():\n"
            "                (_p / 'planted.txt').write_text('x')\n"
            "            else:\n"
            "                with open(_p, 'ab') as _f:\n"
            "                    _f.write(b'tampered')\n"
            "            _seen[str(_p)] = 'WROTE'\n"
            "        except OSError as _e:\n"
            "            _seen[str(_p)] = 'refused: ' + type(_e).__name__\n"
        )
        if write
        else (
            "        try:\n"
            "            _seen[str(_p)] = (sorted(x.name for x in _p.iterdir())\n"
            "                             if _p.is_dir() else _p.read_bytes()[:40])\n"
            "        except OSError as _e:\n"
            "            _seen[str(_p)] = 'refused: ' + type(_e).__name__\n"
        )
    )
    return (
        "import pathlib as _pl\n\n_seen = {}\n"
        f"for _name in {TARGETS!r}:\n"
        "    _p = _pl.Path(_name)\n"
        "    if _p.exists():\n" + action + "_me = _pl.Path.cwd().parent.name\n"
        f"for _p in sorted(_pl.Path({OTHERS!r}).glob('*')):\n"
        "    if _p.name != _me:\n" + action + "print('SNOOP', _seen)\n"
    )


def case_reads_course_files(ctx: Context):
    """Correct answers, plus code that lists and reads the grader's files."""
    sid = ctx.first.solutions[0]
    answers = {**ctx.answers, sid: _snoop_code(write=False) + "\n" + ctx.answers[sid]}
    return with_answers(ctx.release, answers), ctx.full(), "graded"


def case_writes_course_files(ctx: Context):
    """Correct answers, plus code that tries to damage the grader's files."""
    sid = ctx.first.solutions[0]
    answers = {**ctx.answers, sid: _snoop_code(write=True) + "\n" + ctx.answers[sid]}
    return with_answers(ctx.release, answers), ctx.full(), "graded"


def case_leaks_hidden_tests(ctx: Context):
    """Correct answers that print the test calling them, plain and in base64, from
    IPython's input history, the line cache and the call stack, and save it to a
    file in the working folder: all of it must stay out of the feedback."""
    leak = (
        "import base64 as _b64\nimport inspect as _insp\nimport linecache as _lc\n\n"
        "try:\n    _seen = str(In[-1])\nexcept NameError:\n    _seen = ''\n"
        "_seen += ''.join(''.join(v[2]) for v in list(_lc.cache.values())[-2:])\n"
        "_seen += ''.join(''.join(f.code_context or []) for f in _insp.stack())\n"
        "print('LEAK', _seen)\n"
        "print('LEAK64', _b64.b64encode(_seen.encode()).decode())\n"
        "with open('leak.txt', 'a') as _f:\n    _f.write(_seen)"
    )
    answers = {s: _indent_body(code, leak) for s, code in ctx.answers.items()}
    return with_answers(ctx.release, answers), ctx.full(), "graded"


def case_scan_crash(ctx: Context):
    """Correct answers and a cell the tamper scan cannot walk (50,000 nested
    additions): flagged for the instructor, and no one else's grading stops."""
    nb = with_answers(ctx.release, ctx.answers)
    nb.cells.insert(2, nbformat.v4.new_code_cell("x = " + "1 + " * 50000 + "1"))
    return nb, ctx.zero(), "flagged"


def case_broken_file(ctx: Context):
    """A file that is not a notebook at all."""
    return b'{"cells": [ this is not json', ctx.zero(), "unreadable"


# The next three reach what they need without any name the tamper scan looks for;
# they gain nothing because the tests run outside the student's kernel. They are
# whole notebooks, not answers: the authoring harness runs answers and tests in one
# process, so it does not model code that attacks the tests.

_SHELL = (
    "import sys as _sys\n\n"
    "_ipy = getattr(_sys, 'mod' + 'ules')['IPy' + 'thon']\n"
    "_shell = getattr(_ipy, 'get_' + 'ipython')()\n"
)


def case_transformer(ctx: Context):
    """Blank answers, and an AST transformer installed in the kernel (reached by
    computed names) that turns every later cell that tests anything into `pass`."""
    attack = _SHELL + (
        "import ast as _ast\n\n\n"
        "class _Pass(_ast.NodeTransformer):\n"
        "    def visit_Module(self, node):\n"
        "        text = _ast.unparse(node)\n"
        "        if 'assert' in text or 'check' in text or 'raise' in text:\n"
        "            return _ast.Module(body=[_ast.Pass()], type_ignores=[])\n"
        "        return node\n\n\n"
        "getattr(_shell, 'ast_' + 'transformers').append(_Pass())\n"
    )
    sid = ctx.first.solutions[0]
    answers = {sid: attack + "\n" + ctx.release_code(sid)}
    return with_answers(ctx.release, ctx.complete(answers)), ctx.zero(), "graded"


def case_frame_reader(ctx: Context):
    """The first exercise's functions return what they find in their callers'
    frames under names like `expected` or `_ref` (the hidden test's own values);
    the rest correct."""
    reader = (
        "import inspect as _inspect\n\n\n"
        "def _steal():\n"
        "    for _info in _inspect.stack()[1:]:\n"
        "        _loc = getattr(_info.frame, 'f_' + 'locals')\n"
        "        for _key in ('_ref', 'expected', '_expected', '_want'):\n"
        "            if _key in _loc:\n"
        "                return _loc[_key]\n"
        "    return None\n"
    )

    answers = ctx.answers_except(
        ctx.first, lambda sid, code: reader + _stubs(code, "_steal()")
    )
    good = {s for ex in ctx.exercises[1:] for s in ex.solutions}
    return with_answers(ctx.release, answers), ctx.scores(good), "graded"


def case_patches_by_alias(ctx: Context):
    """A wrong answer for the first exercise, with the course's check helpers and
    numpy's comparisons replaced through their modules' dictionaries."""
    patch = (
        "import numpy as _np\n\nimport course.kit.checks as _checks\n\n"
        "_ns = getattr(_checks, '__di' + 'ct__')\n"
        "for _name in ('check_close', 'check_scalar', 'check_shape', 'check_type'):\n"
        "    _ns[_name] = lambda *a, **k: None\n"
        "_npns = getattr(_np, '__di' + 'ct__')\n"
        "for _name in ('allclose', 'array_equal', 'isclose'):\n"
        "    _npns[_name] = lambda *a, **k: True\n"
    )
    sid = ctx.first.solutions[0]
    tests = nbs.cells_by_id(ctx.source)

    def rescued(fails) -> bool:  # every failing test decides with a patched function
        return all("check_close" in tests[t].source for t in fails)

    candidates = [w for w in ctx.wrong if w[1] == sid]
    pick = max(candidates, key=lambda w: (rescued(w[3]), len(w[3])))
    _, _, _, fails, code = pick
    answers = {**ctx.answers, sid: patch + "\n" + code}
    expected = {t: (0.0 if t in fails else v) for t, v in ctx.full().items()}
    return with_answers(ctx.release, answers), expected, "graded"


CASES: dict[str, Callable] = {
    "test-edited": case_tests_edited_to_pass,
    "test-deleted": case_tests_deleted,
    "metadata-stripped": case_metadata_stripped,
    "points-inflated": case_points_inflated,
    "cell-unlocked": case_cell_unlocked,
    "loop-top": case_loop_top_level,
    "loop-function": case_loop_in_function,
    "kernel-killed": case_kernel_killed,
    "warning": case_warning,
    "always-equal": case_always_equal,
    "patched-helpers": case_patched_helpers,
    "reads-files": case_reads_course_files,
    "writes-files": case_writes_course_files,
    "broken-file": case_broken_file,
    "leaks-hidden-tests": case_leaks_hidden_tests,
    "scan-crash": case_scan_crash,
    "transformer": case_transformer,
    "patches-by-alias": case_patches_by_alias,
    "frame-reader": case_frame_reader,
}
# Archive members no student may be graded for: paths, a nested archive holding
# another student's file, a name twice, a corrupt member, a zip bomb. The first
# module's sample archive carries them; the grader must skip and report them.
HOSTILE_MEMBERS = ("../evil", "/abs/evil", "folder/evil", "nested.zip", "twice", "big")


def hostile_members(notebook_name: str) -> list[tuple[str, bytes]]:
    import io as _io

    inner = _io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr(f"victim-nested_{notebook_name}", b"{}")
    return [
        (f"../evil-up_{notebook_name}", b"{}"),
        (f"/abs/evil-abs_{notebook_name}", b"{}"),
        (f"folder/evil-folder_{notebook_name}", b"{}"),
        ("nested.zip", inner.getvalue()),
        (f"twice_{notebook_name}", b"{}"),
        (f"twice_{notebook_name}", b"{}"),
        (f"big_{notebook_name}", b" " * (25 << 20)),
    ]


# --- the class ---------------------------------------------------------------------


def parse_wrong_answer(path: Path) -> tuple[str, str, list[str]]:
    """(answer cell id, description, failing test cells) from a wrong-answer file."""
    text = path.read_text("utf-8")
    m = re.match(r"# replaces: (\S+)\n# (.+)\n# fails: (.+)\n", text)
    if not m:
        raise ValueError(
            f"{path} must start with '# replaces: <answer id>', "
            "'# <what is wrong>' and '# fails: <test ids>'"
        )
    return m.group(1), m.group(2), [t.strip() for t in m.group(3).split(",")]


def context(root: Path, entry: Entry) -> Context:

    source = nbs.read(root / "source" / entry.notebook)
    release_path = root / "release" / entry.notebook
    if not release_path.exists():
        raise CourseError(f"{release_path} is missing: run `python -m course build`")
    release = nbs.read(release_path)
    maxima = {
        nbs.grade_id(c): float(nbs.nbg(c)["points"])
        for c in source.cells
        if nbs.nbg(c).get("grade")
    }
    ctx = Context(
        entry, source, release, nbs.exercises(source), solution_answers(source), maxima
    )
    folder = root / "tests" / "wrong_answers" / entry.module / entry.slug
    for path in sorted(folder.glob("*.py")):
        sid, desc, fails = parse_wrong_answer(path)
        ctx.wrong.append((path.stem, sid, desc, fails, path.read_text("utf-8")))
    return ctx


ANSWER_ONLY = (
    "loop-top",
    "loop-function",
    "kernel-killed",
    "warning",
    "always-equal",
)
# The module whose whole class CI grades through nbgrader as well as with the harness.
AGREEMENT_MODULE = "05_regularization"


def regular_students(ctx: Context) -> list[Student]:
    """Right, blank, partly right, and one student per round of wrong answers."""
    short = ctx.entry.slug.split("_", 1)[1].replace("_", "-")
    # partly right: the first exercise, or the first answer of a lone exercise
    first = set(
        ctx.first.solutions if len(ctx.exercises) > 1 else ctx.first.solutions[:1]
    )
    out = [
        ctx.student(f"{short}-correct", ctx.answers, ctx.full()),
        ctx.student(f"{short}-blank", {}, ctx.zero()),
        ctx.student(
            f"{short}-partial",
            {s: ctx.answers[s] for s in first},
            ctx.scores(first),
        ),
    ]
    by_ex: dict[int, list] = {ex.number: [] for ex in ctx.exercises}
    owner = {s: ex.number for ex in ctx.exercises for s in ex.solutions}
    for wa in ctx.wrong:
        if wa[1] not in owner:
            raise ValueError(f"{wa[0]}: no answer cell {wa[1]!r} in {ctx.entry.slug}")
        by_ex[owner[wa[1]]].append(wa)
    rounds = max((len(v) for v in by_ex.values()), default=0)
    for k in range(rounds):
        answers, expected, names = dict(ctx.answers), ctx.full(), []
        for group in by_ex.values():
            if k < len(group):
                name, sid, _desc, fails, code = group[k]
                answers[sid] = code
                names.append(name)
                for t in fails:
                    if t not in expected:
                        raise ValueError(f"{name}: no test cell {t!r}")
                    expected[t] = 0.0
        out.append(
            ctx.student(
                f"{short}-wrong{k + 1:02d}", answers, expected, note="+".join(names)
            )
        )
    return out


def case_student(case: str, ctx: Context) -> Student:
    make = CASES[case]
    made, expected, status = make(ctx)
    note = (make.__doc__ or "").strip()
    if isinstance(made, dict) and not isinstance(made, nbformat.NotebookNode):
        return ctx.student(f"case-{case}", made, expected, status, note)
    return Student(f"case-{case}", ctx.entry, made, expected, status, note)


def students(
    root: Path, entries: list[Entry] | None = None, *, sample: bool = False
) -> list[Student]:
    """The class: every ready notebook's regular students, and one per case.

    With ``sample``, the class that CI grades through nbgrader, of a size that does
    not grow with the number of notebooks: the right and the blank student of the
    first notebook of every module, the whole class of AGREEMENT_MODULE (whose
    results the harness must reproduce) with the cases that change only answers,
    and the other cases, taking turns over the modules' first notebooks.
    """
    entries = list(entries or load().ready)
    contexts = [context(root, e) for e in entries]
    if not sample:
        out = [s for ctx in contexts for s in regular_students(ctx)]
        for i, case in enumerate(CASES):
            out.append(case_student(case, contexts[i % len(contexts)]))
        return out
    firsts: dict[str, Context] = {}
    for ctx in contexts:
        firsts.setdefault(ctx.entry.module, ctx)
    whole = [c for c in contexts if c.entry.module == AGREEMENT_MODULE]
    out = []
    for ctx in firsts.values():
        if ctx.entry.module != AGREEMENT_MODULE:
            out += regular_students(ctx)[:2]
    for ctx in whole:
        out += regular_students(ctx)
    others = [c for c in firsts.values() if c.entry.module != AGREEMENT_MODULE] or whole
    rest = [c for c in CASES if c not in ANSWER_ONLY]
    for case in ANSWER_ONLY:
        out.append(case_student(case, (whole or others)[0]))
    for i, case in enumerate(rest):
        out.append(case_student(case, others[i % len(others)]))
    return out


def expected_rows(root: Path, class_: list[Student]) -> list[dict]:
    """One row per student and graded cell of the notebook they submitted.

    Every other notebook of the gradebook scores zero for them.
    """
    rows = []
    for s in class_:
        nb = nbs.read(root / "source" / s.entry.notebook)
        for c in nb.cells:
            if not nbs.nbg(c).get("grade"):
                continue
            gid = nbs.grade_id(c)
            rows.append(
                {
                    "student": s.id,
                    "module": s.entry.module,
                    "notebook": s.entry.slug,
                    "cell": gid,
                    "expected": f"{s.expected[gid]:g}",
                    "max": f"{float(nbs.nbg(c)['points']):g}",
                    "status": s.status,
                }
            )
    return rows


def write_class(
    root: Path,
    out: Path,
    entries: list[Entry] | None = None,
    *,
    archives: bool = True,
    sample: bool = False,
) -> list[Student]:
    """Write the LMS-style archives, expected_grades.csv and students.json."""
    class_ = students(root, entries, sample=sample)
    out.mkdir(parents=True, exist_ok=True)
    zips: dict[str, zipfile.ZipFile] = {}
    try:
        for s in class_ if archives else []:
            zf = zips.get(s.entry.module)
            if zf is None:
                zf = zips[s.entry.module] = zipfile.ZipFile(
                    out / f"{s.entry.module}.zip", "w", zipfile.ZIP_DEFLATED
                )
            data = (
                s.notebook
                if isinstance(s.notebook, bytes)
                else nbformat.writes(s.notebook).encode("utf-8")
            )
            info = zipfile.ZipInfo(
                f"{s.id}_{s.entry.slug}.ipynb", (2026, 1, 1, 0, 0, 0)
            )
            zf.writestr(info, data)
        if archives and class_:
            first = min(zips)
            name = next(
                s.entry.notebook.name for s in class_ if s.entry.module == first
            )
            for member, data in hostile_members(name):
                with warnings.catch_warnings():  # the duplicate name is on purpose
                    warnings.simplefilter("ignore")
                    zips[first].writestr(member, data)
    finally:
        for zf in zips.values():
            zf.close()
    write_expected(out / "expected_grades.csv", expected_rows(root, class_))
    (out / "students.json").write_text(
        json.dumps(
            {
                s.id: {
                    "notebook": str(s.entry.notebook),
                    "status": s.status,
                    "note": s.note,
                }
                for s in class_
            },
            indent=1,
        )
        + "\n"
    )
    return class_


def write_expected(path: Path, rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue())


def main(argv: list[str]) -> int:
    import argparse

    from course.project import course_root

    parser = argparse.ArgumentParser(
        prog="python -m course sample-class",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", help="folder for the archives and expected_grades.csv")
    parser.add_argument(
        "--no-archives",
        action="store_true",
        help="write only expected_grades.csv and students.json",
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="only the class CI grades through nbgrader (a fixed size)",
    )
    args = parser.parse_args(argv)
    class_ = write_class(
        course_root(), Path(args.out), archives=not args.no_archives, sample=args.sample
    )
    print(f"{len(class_)} students written to {args.out}")
    return 0

"""The grading workflow end to end on the sample class (imported by test_grading_*.py).

In a temporary copy of the course, ``python -m course grade MODULE --archive ZIP``
runs release (generate_assignment), collect (zip_collect of an LMS-style download),
autograde (isolated kernels), feedback and export, for the modules named by the
importing test file. The class is the one of ``sample-class --sample``: of a fixed
size, whatever the number of notebooks (every notebook's solution, blank and wrong
answers are graded by the harness instead, tests/test_harness.py). The tests compare
every grade with tests/sample_class/expected_grades.csv and check what the students
must not be able to do.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from course import notebooks as nbs
from course.catalog import load
from course.grading.grade import MEMBER
from course.grading.sampleclass import write_class
from course.grading.submissions import solution_answers

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "sample_class"
# Generous for these notebooks (their slowest cell takes about 2 s, the slowest
# whole notebook under 10 s with the kernel's start), short enough
# that the two infinite-loop students do not dominate the run; the harness gets the
# same limits when it is compared with nbgrader.
TIMEOUT, BUDGET = 10, 35


def _hash_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class GradedClass:
    def __init__(self, course: Path, modules: list[str], class_dir: Path):
        self.course, self.modules, self.class_dir = course, modules, class_dir
        self.runs: dict[str, subprocess.CompletedProcess] = {}

    def rows(self) -> list[dict]:
        with open(self.course / "grades_by_cell.csv") as f:
            return list(csv.DictReader(f))

    def report(self) -> list[dict]:
        return [
            o
            for m in self.modules
            for o in json.loads((self.course / f"grading_report_{m}.json").read_text())
        ]


@pytest.fixture(scope="module")
def graded(request, tmp_path_factory, isolation) -> GradedClass:
    modules = request.module.MODULES
    course = tmp_path_factory.mktemp("course")
    for folder in ("source", "release"):
        shutil.copytree(ROOT / folder, course / folder)
    shutil.copy2(ROOT / "nbgrader_config.py", course)
    class_dir = tmp_path_factory.mktemp("class")
    write_class(ROOT, class_dir, sample=True)
    before = {name: _hash_tree(course / name) for name in ("source", "release")}
    before["config"] = hashlib.sha256(
        (course / "nbgrader_config.py").read_bytes()
    ).hexdigest()
    result = GradedClass(course, modules, class_dir)
    for module in modules:
        result.runs[module] = subprocess.run(
            [
                sys.executable,
                "-m",
                "course",
                "grade",
                module,
                "--archive",
                str(class_dir / f"{module}.zip"),
                "--timeout",
                str(getattr(request.module, "TIMEOUT", TIMEOUT)),
                "--budget",
                str(getattr(request.module, "BUDGET", BUDGET)),
                "--self-check",
                getattr(request.module, "SELF_CHECK", "first"),
            ],
            cwd=course,
            capture_output=True,
            text=True,
        )
    result.before = before
    return result


def test_grade_command_succeeds(graded):
    for module, run in graded.runs.items():
        assert run.returncode == 0, f"{module}:\n{run.stdout}\n{run.stderr}"


def _students_of(modules) -> set[str]:
    """The sample-class students who submit a notebook of one of these modules."""
    students = json.loads((SAMPLE / "students.json").read_text())
    return {s for s, i in students.items() if i["notebook"].split("/")[0] in modules}


def _expected(modules) -> dict[tuple, dict]:
    """Expected grades of the modules' students in the modules' notebooks."""
    mine = _students_of(modules)
    with open(SAMPLE / "expected_grades.csv") as f:
        return {
            (r["student"], r["notebook"], r["cell"]): r
            for r in csv.DictReader(f)
            if r["module"] in modules and r["student"] in mine
        }


def test_every_grade_is_the_expected_one(graded):
    expected = _expected(graded.modules)
    got = {(r["student"], r["notebook"], r["cell"]): r for r in graded.rows()}
    wrong = []
    for key, row in expected.items():
        have = got.get(key)
        score = float(have["score"]) if have else None
        if score != float(row["expected"]):
            wrong.append(f"{key}: got {score}, expected {row['expected']}")
    assert not wrong, f"{len(wrong)} wrong grade(s):\n" + "\n".join(wrong[:40])
    assert set(got) >= set(expected), "students missing from the gradebook"


def test_report_says_what_happened(graded):
    students = json.loads((SAMPLE / "students.json").read_text())
    seen = {}
    for o in graded.report():
        if o["status"] != "not submitted":
            seen[o["student"]] = o
    wrong = []
    for sid, info in students.items():
        if info["notebook"].split("/")[0] not in graded.modules:
            continue
        have = seen.get(sid, {}).get("status")
        if have != info["status"]:
            wrong.append(f"{sid}: reported {have!r}, expected {info['status']!r}")
    assert not wrong, "\n".join(wrong)


def test_flagged_submissions_await_manual_grading(graded):
    flagged = {r["student"] for r in graded.rows() if r["needs_manual_grade"] == "True"}
    students = json.loads((SAMPLE / "students.json").read_text())
    # flagged by the scan, or unreadable: both wait for the instructor
    want = {
        s
        for s, i in students.items()
        if i["status"] in ("flagged", "unreadable")
        and i["notebook"].split("/")[0] in graded.modules
    }
    assert flagged == want


def test_grades_csv_totals(graded):
    with open(graded.course / "grades.csv") as f:
        rows = list(csv.DictReader(f))
    total = {}
    for r in rows:
        if r["assignment"] in graded.modules:
            total[(r["student_id"], r["assignment"])] = float(r["raw_score"])
    expected = {}
    for (student, _nb, _cell), r in _expected(graded.modules).items():
        key = (student, r["module"])
        expected[key] = expected.get(key, 0.0) + float(r["expected"])
    assert expected
    for key, value in expected.items():
        assert total.get(key) == pytest.approx(value), key


def test_students_cannot_read_or_change_the_graders_files(graded):
    course = graded.course
    assert _hash_tree(course / "source") == graded.before["source"]
    assert _hash_tree(course / "release") == graded.before["release"]
    assert (
        hashlib.sha256((course / "nbgrader_config.py").read_bytes()).hexdigest()
        == graded.before["config"]
    )
    planted = [p for p in course.rglob("planted.txt")]
    assert not planted, f"a student planted files: {planted}"
    for module in graded.modules:
        with zipfile.ZipFile(graded.class_dir / f"{module}.zip") as zf:
            for name in zf.namelist():
                if not MEMBER.match(name):
                    continue  # the hostile members: never collected
                student, notebook = name.split("_", 1)
                path = course / "submitted" / student / module / notebook
                if path.exists():
                    assert path.read_bytes() == zf.read(name), f"{path} was changed"
    for path in course.glob("autograded/case-*/*/*.ipynb"):
        text = path.read_text()
        for m in re.finditer(r"SNOOP (\{[^\n]*?\})", text):
            assert m.group(1) == "{}", f"{path.parts[-3]} saw: {m.group(1)[:300]}"


def _hidden_and_answer_lines(entry):
    source = nbs.read(ROOT / "source" / entry.notebook)
    release = nbs.read(ROOT / "release" / entry.notebook)
    # what the student was given (hints quote code) is no leak; as rendered text
    public = "\n".join(c.source for c in release.cells).replace("`", "")
    hidden, answers = set(), set()
    for cell in source.cells:
        if nbs.is_test(cell) and nbs.HIDDEN_MARK in cell.source:
            block = cell.source.split(nbs.HIDDEN_MARK, 1)[1].split(
                "### END HIDDEN TESTS"
            )[0]
            hidden |= {ln.strip() for ln in block.splitlines() if len(ln.strip()) > 20}
    for code in solution_answers(source).values():
        answers |= {ln.strip() for ln in code.splitlines() if len(ln.strip()) > 20}
    return (
        {ln for ln in hidden if ln not in public},
        {ln for ln in answers if ln not in public},
    )


NO_ANSWER_STUDENTS = (
    "blank",
    "case-test-edited",
    "case-test-deleted",
    "case-cell-unlocked",
)


def test_feedback_never_shows_hidden_tests_or_solutions(graded):
    checked = 0
    for entry in load().ready:
        if entry.module not in graded.modules:
            continue
        hidden, answers = _hidden_and_answer_lines(entry)
        assert hidden and answers
        for page in graded.course.glob(f"feedback/*/{entry.module}/{entry.slug}.html"):
            student = page.parts[-3]
            text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text("utf-8")))
            # a line the student wrote in an answer is theirs to see, even when
            # a hidden test has the same line (an import, say)
            own = graded.course / "submitted" / student / entry.notebook
            own_code = (
                "\n".join(c.source for c in nbs.read(own).cells)
                if own.is_file()
                else ""
            )
            leaked = [ln for ln in hidden if ln in text and ln not in own_code]
            assert not leaked, f"{student}'s feedback shows hidden tests: {leaked[:3]}"
            if student.endswith("-blank") or student.startswith(NO_ANSWER_STUDENTS):
                shown = [ln for ln in answers if ln in text]
                assert not shown, (
                    f"{student}'s feedback shows the solution: {shown[:3]}"
                )
            checked += 1
    assert checked, "no feedback was generated"


def test_feedback_carries_no_hidden_test_in_any_encoding(graded):
    """The leaking student printed the code calling it, plain and in base64, and
    wrote it to a file: no hidden-test line reaches its feedback, decoded or not,
    and no file but the feedback pages goes out."""
    import base64
    import binascii

    pages = [p for p in graded.course.glob("feedback/**/*") if p.is_file()]
    others = [p for p in pages if p.suffix != ".html"]
    assert not others, f"files in feedback besides the pages: {others}"
    hidden = set()
    for entry in load().ready:
        if entry.module in graded.modules:
            hidden |= _hidden_and_answer_lines(entry)[0]
    assert hidden
    checked = 0
    for page in pages:
        text = html.unescape(page.read_text("utf-8"))
        decoded = []
        for blob in re.findall(r"LEAK64 ([A-Za-z0-9+/=]{16,})", text):
            try:
                decoded.append(base64.b64decode(blob).decode("utf-8", "replace"))
            except (binascii.Error, ValueError):
                continue
        leaked = [ln for ln in hidden if any(ln in d for d in decoded)]
        assert not leaked, f"{page} leaks hidden tests in base64: {leaked[:2]}"
        checked += "case-leaks-hidden-tests" in str(page)
    assert checked or "case-leaks-hidden-tests" not in {
        r["student"] for r in graded.rows()
    }
    assert not list(graded.course.glob("autograded/**/leak.txt"))


def test_flagged_submissions_get_no_automatic_feedback(graded):
    students = json.loads((SAMPLE / "students.json").read_text())
    for sid, info in students.items():
        module = info["notebook"].split("/")[0]
        if info["status"] == "flagged" and module in graded.modules:
            assert not list(graded.course.glob(f"feedback/{sid}/**/*.html")), sid


def test_hostile_archive_members_are_skipped_and_reported(graded):
    from course.grading.sampleclass import HOSTILE_MEMBERS

    students = json.loads((SAMPLE / "students.json").read_text())
    first = min(i["notebook"].split("/")[0] for i in students.values())
    if first not in graded.modules:
        pytest.skip("the hostile members ride in the first module's archive")
    out = graded.runs[first].stdout
    for member in HOSTILE_MEMBERS:
        assert f"skipped '{member}" in out, f"{member} not reported:\n{out}"
    graded_ids = {r["student"] for r in graded.rows()}
    for bad in ("evil-up", "evil-abs", "evil-folder", "victim-nested", "twice", "big"):
        assert bad not in graded_ids, f"{bad} was graded"


def test_wrong_answers_lose_points(graded):
    """Every wrong-answer student scores below the maximum of its notebook."""
    got = {}
    for r in graded.rows():
        key = (r["student"], r["notebook"])
        s, m = got.get(key, (0.0, 0.0))
        got[key] = (s + float(r["score"]), m + float(r["max"]))
    students = json.loads((SAMPLE / "students.json").read_text())
    for sid, info in students.items():
        if "-wrong" in sid and info["notebook"].split("/")[0] in graded.modules:
            score, most = got[(sid, Path(info["notebook"]).stem)]
            assert score < most, f"{sid} ({info['note']}) kept full marks"


def test_the_log_the_report_points_to_exists(graded):
    """Every module keeps what nbgrader said; a file nbgrader could not grade is
    reported with the name of that log, and the log names its student."""
    for module in graded.modules:
        log = graded.course / f"grading_log_{module}.txt"
        assert log.is_file(), f"no {log.name}"
        text = log.read_text()
        assert "nbgrader autograde" in text and "nbgrader generate_feedback" in text
        for o in graded.report():
            if o["module"] == module and o["status"] == "unreadable":
                assert any(log.name in d for d in o["details"]), o
                assert o["student"] in text

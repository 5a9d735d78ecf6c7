"""Grading the sample class: the module graded both ways (see grading_suite).

Every student of AGREEMENT_MODULE whose notebook differs from the release only in
answer cells (right, blank, partly right, wrong answers, and the cases that loop,
kill the kernel, warn or return objects equal to everything) is graded here by
nbgrader and by the harness, which must agree cell by cell.
"""

from grading_suite import *  # noqa: F403
from grading_suite import BUDGET, TIMEOUT, load

from course import notebooks as nbs
from course.authoring.harness import cells_of, run
from course.grading.sampleclass import AGREEMENT_MODULE, students

MODULES = [AGREEMENT_MODULE]


def test_harness_agrees_with_nbgrader(graded, root, tmp_path):
    nbgrader_says = {}
    for r in graded.rows():
        nbgrader_says[(r["student"], r["cell"])] = float(r["score"]) == float(r["max"])
    compared = 0
    for entry in load().ready:
        if entry.module != AGREEMENT_MODULE:
            continue
        class_ = [
            s
            for s in students(root, sample=True)
            if s.entry.id == entry.id and s.answers is not None
        ]
        assert len(class_) >= 8, "too few students to compare"
        source = nbs.read(root / "source" / entry.notebook)
        results = run(
            cells_of(source),
            {s.id: s.answers for s in class_},
            tmp_path,
            timeout=TIMEOUT,
            budget=BUDGET,
        )
        differ = []
        for s in class_:
            for cell, error in results[s.id].errors.items():
                passed = error is None
                if nbgrader_says[(s.id, cell)] != passed:
                    differ.append(
                        f"{s.id} {cell}: nbgrader {nbgrader_says[(s.id, cell)]}, "
                        f"harness {passed} ({error})"
                    )
                compared += 1
        assert not differ, "\n".join(differ)
    assert compared

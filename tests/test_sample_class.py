"""The committed sample-class expectations are what the generator writes today."""

from __future__ import annotations

from pathlib import Path

from course.grading.sampleclass import write_class

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "sample_class"


def test_expected_grades_are_current():
    """tests/sample_class/ is what `python -m course sample-class` writes today."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        write_class(ROOT, Path(tmp), archives=False, sample=True)
        for name in ("expected_grades.csv", "students.json"):
            fresh = (Path(tmp) / name).read_text()
            assert (SAMPLE / name).read_text() == fresh, (
                f"tests/sample_class/{name} is stale: run `python -m course "
                "sample-class tests/sample_class --sample --no-archives`"
            )

"""The catalog, the notebooks in source/ and the README index agree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from course.authoring.readme import render
from course.catalog import load, parse


def coverage_problems(catalog, source: Path) -> list[str]:
    """Ready entries without exactly one notebook, and notebooks outside the catalog."""
    problems = []
    notebooks = sorted(
        p.relative_to(source).as_posix()
        for p in source.rglob("*.ipynb")
        if ".ipynb_checkpoints" not in p.parts
    )
    by_id = {e.id: e for e in catalog.entries}
    for e in catalog.entries:
        mine = [
            n
            for n in notebooks
            if n.split("/")[-1].split("_", 1)[-1] == f"{e.id}.ipynb"
        ]
        if e.status == "ready" and mine != [str(e.notebook)]:
            problems.append(
                f"{e.id} is ready but has notebooks {mine}, expected [{e.notebook}]"
            )
        if e.status == "planned" and mine:
            problems.append(f"{e.id} has a notebook but is still 'planned'")
    known = {str(e.notebook) for e in by_id.values()}
    problems += [
        f"source/{n} is not in the catalog" for n in notebooks if n not in known
    ]
    return problems


def test_catalog_shape():
    catalog = load()
    assert len(catalog.modules) == 8
    assert len(catalog.entries) == 56
    assert [m.id for m in catalog.modules] == sorted(m.id for m in catalog.modules)
    assert all(e.also_asked and e.question.strip() for e in catalog.entries)


def test_ready_entries_and_notebooks_match(root):
    assert coverage_problems(load(), root / "source") == []


def test_coverage_check_catches_mismatches(root, tmp_path):
    data = yaml.safe_load((root / "course" / "catalog.yaml").read_text())
    first = data["modules"][0]["entries"][0]
    first["status"] = "ready"
    catalog = parse(data)
    src = tmp_path / "source"
    (src / "99_extra").mkdir(parents=True)
    (src / "99_extra" / "q01_mystery.ipynb").write_text("{}")
    problems = coverage_problems(catalog, src)
    assert any(first["id"] in p and "ready" in p for p in problems)
    assert any("q01_mystery" in p for p in problems)


def test_readme_index_is_current(root):
    text = (root / "README.md").read_text("utf-8")
    assert render(text, load()) == text, (
        "run `python -m course readme` and commit README.md"
    )


@pytest.mark.parametrize(
    "field,value", [("status", "done"), ("difficulty", "easy"), ("also_asked", [])]
)
def test_bad_entries_are_rejected(root, field, value):
    data = yaml.safe_load((root / "course" / "catalog.yaml").read_text())
    data["modules"][0]["entries"][0][field] = value
    with pytest.raises(ValueError):
        parse(data)

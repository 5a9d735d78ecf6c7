"""release/ and solutions/ are what built from source/; the build is strict."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from course.authoring.build import BuildError, build
from course.authoring.nbtext import pack


def _tree(folder, checked: str = "keep"):
    """Notebook bytes per path. With ``checked="drop"``, the stored outputs of
    NBVAL_CHECK_OUTPUT cells are removed first (the only part of solutions/ that a
    build without execution does not write; nbval compares them with a fresh run)."""
    out = {}
    for p in sorted(folder.rglob("*.ipynb")):
        data = p.read_bytes()
        if checked == "drop":
            nb = nbformat.reads(data.decode("utf-8"), as_version=4)
            for cell in nb.cells:
                if cell.cell_type == "code":
                    cell.outputs = []
                    cell.execution_count = None
            data = (nbformat.writes(nb) + "\n").encode("utf-8")
        out[p.relative_to(folder).as_posix()] = data
    return out


@pytest.fixture(scope="module")
def rebuilt(root, tmp_path_factory):
    course = tmp_path_factory.mktemp("course")
    shutil.copytree(root / "source", course / "source")
    shutil.copy2(root / "nbgrader_config.py", course)
    # execution is checked by nbval on solutions/; outputs are cleared either way
    build(course, execute=False, log=lambda *_: None)
    return course


@pytest.mark.grows
@pytest.mark.parametrize("folder", ["release", "solutions"])
def test_committed_folder_is_current(root, rebuilt, folder):
    """Byte for byte, but for the checked outputs of solutions/ (nbval's job)."""
    checked = "drop" if folder == "solutions" else "keep"
    committed, fresh = _tree(root / folder, checked), _tree(rebuilt / folder)
    assert sorted(committed) == sorted(fresh), "run `python -m course build` and commit"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, (
        f"stale in {folder}/: {stale}; run `python -m course build` and commit"
    )


@pytest.mark.grows
def test_checked_cells_carry_their_expected_output(root):
    """nbval compares these outputs with a fresh run, so they must be there."""
    for path in sorted((root / "solutions").rglob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and cell.source.startswith(
                "# NBVAL_CHECK_OUTPUT"
            ):
                assert cell.outputs, f"{path}: checked cell {i} has no stored output"
            elif cell.cell_type == "code":
                assert not cell.outputs, f"{path}: cell {i} keeps outputs"


def test_release_has_no_solutions_or_hidden_tests(root):
    for path in (root / "release").rglob("*.ipynb"):
        text = path.read_text()
        for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS"):
            assert marker not in text, f"{path}: {marker}"


BROKEN = """#%% md
# Broken

#%% code
x = 1

#%% solution id=answer
def f():
    ### BEGIN SOLUTION
    return 1 / 0
    ### END SOLUTION

#%% test id=test_f points=1
\"\"\"f runs.\"\"\"
f()
"""


def test_build_fails_when_a_solution_cell_fails(root, tmp_path):
    (tmp_path / "source" / "00_demo").mkdir(parents=True)
    nbformat.write(pack(BROKEN), tmp_path / "source" / "00_demo" / "q01_broken.ipynb")
    shutil.copy2(root / "nbgrader_config.py", tmp_path)
    with pytest.raises(BuildError, match="ZeroDivisionError|generate_solution"):
        build(tmp_path, log=lambda *_: None)

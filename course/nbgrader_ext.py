"""nbgrader plug-ins used by nbgrader_config.py.

Everything here is loaded by name from the config, so a broken import shows up in
``tests/test_config.py`` instead of nbgrader silently falling back to defaults.
"""

from __future__ import annotations

import re
import sys

from jupyter_client.manager import AsyncKernelManager
from nbgrader.preprocessors import ClearHiddenTests, Execute
from nbgrader.preprocessors import (
    NbGraderPreprocessor as Preprocessor,
)  # enabled by default
from nbgrader.utils import is_grade, is_solution
from traitlets import Bool

from course.authoring import KERNELSPEC, LANGUAGE

HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"


class CourseKernelManager(AsyncKernelManager):
    """Start every kernel with the Python that runs nbgrader.

    A user-level ``python3`` kernelspec can point at another interpreter, where
    ``import course`` (or torch) fails. Using ``sys.executable`` avoids that.
    """

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        cmd = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        self.kernel_spec.argv = cmd
        return super().format_kernel_cmd(extra_arguments)


class CourseExecute(Execute):
    """nbgrader's Execute, with kernels started by :class:`CourseKernelManager`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", CourseKernelManager)
        super().__init__(*args, **kwargs)


class StripWidgetState(Preprocessor):
    """Drop saved ipywidgets state and per-cell execution metadata.

    The kernel and language metadata are reset to the course's, since executing
    a notebook records the exact Python version of the machine.
    """

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        nb.metadata["kernelspec"] = dict(KERNELSPEC)
        nb.metadata["language_info"] = dict(LANGUAGE)
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
            cell.metadata.pop("collapsed", None)
            cell.metadata.pop("scrolled", None)
        return nb, resources


class NotebookFailed(RuntimeError):
    """Raised when a notebook that must run cleanly produced an error."""


class RequireCleanRun(Preprocessor):
    """Fail when an executed notebook has an error output, then clear all outputs.

    ``nbgrader generate_solution`` exits 0 even when cells fail; with this after
    Execute, a failing cell makes the command fail, and what is written carries no
    outputs (so a rebuild is byte-identical).
    """

    def preprocess(self, nb, resources):
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    raise NotebookFailed(
                        f"cell {index} raised {out.get('ename')}: {out.get('evalue')}"
                    )
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        return nb, resources


class TestCellOutputs(Preprocessor):
    """Score a test cell by whether it raised, and by nothing else.

    nbgrader gives zero to any test cell with stderr output, so a correct answer
    that emits a warning would lose its points: stderr text is kept, as stdout.
    nbgrader also reads a numeric result of a test cell as partial credit, which a
    test cell never means here: results are dropped.
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and is_grade(cell) and not is_solution(cell):
            kept = []
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream" and out.get("name") == "stderr":
                    out["name"] = "stdout"
                if out.get("output_type") != "execute_result":
                    kept.append(out)
            cell.outputs = kept
        return cell, resources


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class SanitizeFeedback(ClearHiddenTests):
    """Clear hidden tests from feedback: from the source and from tracebacks.

    nbgrader's ClearHiddenTests removes the hidden block from the source, but a
    failing hidden assertion's traceback still quotes the hidden lines, and a
    student's stray marker in their own cell makes it raise. Here only test cells
    are touched, nothing raises, and for a test cell that had a hidden block every
    traceback is cut to ``ExceptionName: message``, the message written for the
    learner.
    """

    enforce_metadata = Bool(False).tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code" or not is_grade(cell) or is_solution(cell):
            return cell, resources
        if HIDDEN_BEGIN not in cell.source:
            return cell, resources
        try:
            self._remove_hidden_test_region(cell)
        except RuntimeError:
            cell.source = cell.source[: cell.source.index(HIDDEN_BEGIN)]
        cell.source = cell.source.rstrip() + "\n# (hidden tests ran here)"
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                tb = out.get("traceback") or []
                last = _ANSI.sub("", tb[-1]) if tb else ""
                out["traceback"] = [last or f"{out.get('ename')}: {out.get('evalue')}"]
        return cell, resources

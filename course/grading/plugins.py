"""nbgrader plug-ins used by nbgrader_config.py.

Everything here is loaded by name from the config, so a broken import shows up in
``tests/test_config.py`` instead of nbgrader silently falling back to defaults.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import select
import shutil
import socket
import sys
import tempfile
import threading
import time

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.api import Gradebook
from nbgrader.preprocessors import (
    ClearHiddenTests,
    DeduplicateIds,
    Execute,
    OverwriteCells,
)
from nbgrader.preprocessors import (
    NbGraderPreprocessor as Preprocessor,
)  # enabled by default
from nbgrader.utils import is_grade, is_solution
from traitlets import Bool, Integer

from course.grading import remote, sandbox
from course.notebooks import KERNELSPEC, LANGUAGE

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


class IsolatedKernelManager(CourseKernelManager):
    """A kernel that cannot see the course directory (see :mod:`.sandbox`).

    It talks to the grader over Unix sockets in a private folder (IPC transport),
    so it needs no network at all and two graders never race for the same TCP port.
    """

    def __init__(self, **kwargs):
        self._socket_dir = tempfile.mkdtemp(prefix="course-kernel-")
        if sandbox.enabled():
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(self._socket_dir, "kernel"))
        super().__init__(**kwargs)
        # the tests reach the student's functions through this socket (remote.py);
        # it exists before the kernel does, and only the grader listens on it
        self.tests_socket = os.path.join(self._socket_dir, "tests.sock")
        self.tests_listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.tests_listener.bind(self.tests_socket)
        os.chmod(self.tests_socket, 0o777)
        self.tests_listener.listen(1)

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        cmd = super().format_kernel_cmd(extra_arguments)
        if not sandbox.enabled():
            return cmd
        # a signal would reach bwrap, not the kernel: interrupt with a message instead
        self.kernel_spec.interrupt_mode = "message"
        cwd = self._launch_args.get("cwd") or os.getcwd()
        # the kernel reads a copy of its connection file from its private socket
        # folder, owned by the user it runs as (the original is the grader's, 0600)
        original = os.path.realpath(self.connection_file)
        copy = os.path.join(self._socket_dir, "connection.json")
        shutil.copyfile(original, copy)
        if sandbox.privileged():
            for path in (self._socket_dir, copy):
                os.chown(path, sandbox.SANDBOX_UID, sandbox.SANDBOX_UID)
        cmd = [
            copy if arg == self.connection_file or arg == original else arg
            for arg in cmd
        ]
        return sandbox.wrap(
            cmd, cwd, writable=[self._socket_dir], limits=sandbox.Limits.from_env()
        )

    def cleanup_resources(self, restart: bool = False) -> None:
        super().cleanup_resources(restart=restart)
        if self._socket_dir and not restart:
            self.tests_listener.close()
            shutil.rmtree(self._socket_dir, ignore_errors=True)


class CourseExecute(Execute):
    """nbgrader's Execute, made robust against what a submission can do to a kernel.

    Kernels start with :class:`CourseKernelManager`. A cell that runs past the
    per-cell timeout is interrupted and the next cells still run, within a budget
    for the whole notebook; once it is spent, or when the kernel dies (``os._exit``,
    a crash), the remaining cells are not run and get an error output, so their
    tests score zero while everything before them keeps its grade. What happened is
    recorded in the notebook's metadata under ``course_grading`` for the report of
    ``python -m course grade``.
    """

    notebook_budget = Integer(
        600, help="Seconds all cells of one notebook may take together."
    ).tag(config=True)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", CourseKernelManager)
        super().__init__(*args, **kwargs)

    def preprocess(self, nb, resources=None, km=None):
        self._events = {"timeouts": [], "kernel_died": None, "budget_spent": None}
        self._started = time.monotonic()
        self._per_cell = self.timeout
        try:
            nb, resources = super().preprocess(nb, resources, km)
        finally:
            self.timeout = self._per_cell
        nb.metadata["course_grading"] = self._events
        return nb, resources

    def _not_run(self, cell, reason: str) -> None:
        cell.outputs = [
            nbformat.v4.new_output(
                "error", ename="NotRun", evalue=reason, traceback=[f"NotRun: {reason}"]
            )
        ]

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        name = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index}"
        if self._events["kernel_died"] is not None:
            self._not_run(cell, f"the kernel died in {self._events['kernel_died']}")
            return cell, resources
        left = self.notebook_budget - (time.monotonic() - self._started)
        if left <= 0:
            self._events["budget_spent"] = self._events["budget_spent"] or name
            budget = self.notebook_budget
            self._not_run(cell, f"the notebook's time budget ({budget} s) was spent")
            return cell, resources
        self.timeout = max(1, int(min(self._per_cell, left)))
        try:
            cell, resources = self._execute(cell, resources, index)
        except DeadKernelError:
            self._events["kernel_died"] = name
            self._not_run(cell, "the kernel died while running this cell")
            return cell, resources
        except CellTimeoutError:  # no reply even after the interrupt
            self._events["timeouts"].append(name)
            self._not_run(cell, f"no reply within {self.timeout} s")
            return cell, resources
        if any(o.get("ename") == "CellTimeoutError" for o in cell.get("outputs", [])):
            self._events["timeouts"].append(name)
        return cell, resources

    def _execute(self, cell, resources, index):
        return super().preprocess_cell(cell, resources, index)


class IsolatedExecute(CourseExecute):
    """Execute for grading: student code runs in an isolated kernel, tests outside it.

    A test cell does not run in the kernel. It runs here, in the grader, with the
    student's functions called in the kernel (see :mod:`course.grading.remote`).
    What runs is the instructor's test of that grade id, as stored in the
    gradebook, never the text in the submitted cell; a cell a student marked as a
    test under an id the gradebook does not know runs nowhere and scores nothing.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("kernel_manager_class", IsolatedKernelManager)
        super().__init__(*args, **kwargs)

    def preprocess(self, nb, resources=None, km=None):
        stored = stored_cells(resources)
        self._stored, locked = stored if stored else (None, [])
        self._tests = remote.TrustedTests(
            remote.Student(self._transport), remote.trusted_imports(locked)
        )
        self._index, self._current = 0, None
        return super().preprocess(nb, resources, km)

    def _execute(self, cell, resources, index):
        if not (is_grade(cell) and not is_solution(cell)) or self._stored is None:
            return super()._execute(cell, resources, index)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        self._index, self._current = index, grade_id or f"cell {index}"
        if grade_id not in self._stored:
            cell.outputs = [
                _error_output("NotATest", "not a test cell of this notebook")
            ]
            return cell, resources
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                self._tests.run(self._stored[grade_id], timeout=self.timeout)
        except DeadKernelError:
            raise
        except BaseException as err:  # noqa: BLE001 - a failed test, whatever it raised
            outputs = [_error_output(type(err).__name__, str(err))]
        else:
            outputs = []
        finally:
            self.nb.cells[index] = cell  # nbclient put the calls' cells there
            self.clear_display_id_mapping(index)
        if out.getvalue():
            outputs.insert(
                0, nbformat.v4.new_output("stream", name="stdout", text=out.getvalue())
            )
        cell.outputs = outputs
        return cell, resources

    def _transport(self, request: str, timeout: float) -> str:
        """Hand ``request`` to :func:`course.grading.remote.serve` in the kernel."""
        left = self.notebook_budget - (time.monotonic() - self._started)
        limit = min(timeout, left, self._per_cell)
        if limit < 0.5:
            raise TimeoutError("the time limit was reached")
        exchange = _Exchange(self.km.tests_listener, request.encode(), limit + 5)
        path = self.km.tests_socket
        code = f"__import__('course.grading.remote').grading.remote.serve({path!r})"
        call = nbformat.v4.new_code_cell(code)
        saved, self.timeout = self.timeout, max(1, math.ceil(limit))
        try:
            self.execute_cell(call, self._index, store_history=False)
        except DeadKernelError:
            self._events["kernel_died"] = self._current
            raise
        except CellTimeoutError:
            self._events["timeouts"].append(self._current)
            raise remote.StudentError(f"no reply within {self.timeout} s") from None
        finally:
            self.timeout = saved
            reply = exchange.finish()
        if any(o.get("ename") == "CellTimeoutError" for o in call.get("outputs", [])):
            self._events["timeouts"].append(self._current)
            raise remote.StudentError(
                f"the call did not finish within {self.timeout} s"
            )
        if reply is not None:
            return reply
        errors = [o for o in call.get("outputs", []) if o.get("output_type") == "error"]
        why = (
            f" ({errors[-1].get('ename')}: {errors[-1].get('evalue')})"
            if errors
            else ""
        )
        raise remote.StudentError(f"the notebook's kernel did not answer{why}")


class _Exchange:
    """One request and its reply over the tests socket, served from a thread while
    the kernel runs the call."""

    def __init__(self, listener, request: bytes, timeout: float):
        self.listener, self.request, self.reply = listener, request, None
        self._stop = threading.Event()
        self._deadline = time.monotonic() + timeout
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set() and time.monotonic() < self._deadline:
            ready, _, _ = select.select([self.listener], [], [], 0.05)
            if not ready:
                continue
            conn, _ = self.listener.accept()
            with conn:
                conn.settimeout(max(0.1, self._deadline - time.monotonic()))
                try:
                    remote.send(conn, self.request)
                    self.reply = remote.receive(conn, remote.MAX_REPLY).decode()
                except (OSError, UnicodeDecodeError):
                    self.reply = None
            return

    def finish(self) -> str | None:
        """The reply, once the kernel's call has ended (None if none came)."""
        self._thread.join(timeout=1.0)  # the reply was sent before the call ended
        self._stop.set()
        self._thread.join()
        return self.reply


def _error_output(ename: str, evalue: str):
    return nbformat.v4.new_output(
        "error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"]
    )


def stored_cells(resources) -> tuple[dict[str, str], list[str]] | None:
    """From the gradebook, the instructor's version of the notebook being graded:
    its test cells (id -> source) and its other locked cells (sources)."""
    info = (resources or {}).get("nbgrader") or {}
    if not info.get("db_url") or not info.get("notebook"):
        return None
    with Gradebook(info["db_url"]) as gb:
        notebook = gb.find_notebook(info["notebook"], info["assignment"])
        solutions = {c.name for c in notebook.solution_cells}
        graded = {c.name for c in notebook.grade_cells} - solutions
        tests = {c.name: c.source for c in notebook.source_cells if c.name in graded}
        locked = [
            c.source
            for c in notebook.source_cells
            if c.locked and c.name not in graded and c.name not in solutions
        ]
        return tests, locked


class KeepLastCopy(DeduplicateIds):
    """nbgrader's DeduplicateIds, without the crash that follows it.

    A learner who copies an answer cell hands in two cells with one grade id.
    nbgrader keeps the last copy (the one that runs last, so the one the tests see)
    and empties the others' metadata, on which OverwriteCells then fails with a
    KeyError and the whole notebook scores zero. Here the earlier copies lose
    their nbgrader metadata altogether: they run as plain code cells.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        cell, resources = super().preprocess_cell(cell, resources, cell_index)
        if cell.metadata.get("nbgrader") == {}:
            del cell.metadata["nbgrader"]
        return cell, resources


class RestoreCells(OverwriteCells):
    """nbgrader's OverwriteCells, with deleted test cells put back robustly.

    nbgrader re-inserts a deleted grade cell after the cell that precedes it in the
    source, and crashes when that cell is gone too (a submission whose nbgrader
    metadata was stripped from every cell). Here each missing cell goes after the
    nearest earlier source cell still present, or at the end when none is.
    """

    def add_missing_grade_cells(self, nb, resources):
        source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        order = [cell.name for cell in source_nb.source_cells]
        solutions = {cell.name for cell in source_nb.solution_cells}
        for name, grade_cell in {c.name: c for c in source_nb.grade_cells}.items():
            present = {
                c.metadata.get("nbgrader", {}).get("grade_id"): i
                for i, c in enumerate(nb.cells)
                if "nbgrader" in c.metadata
            }
            if name in present:
                continue
            self.log.warning(
                "Missing grade cell %s encountered, adding to notebook", name
            )
            index = order.index(name)
            source_cell = source_nb.source_cells[index]
            cell = self.missing_cell_transform(
                source_cell, grade_cell.max_score, is_solution=name in solutions
            )
            earlier = [present[n] for n in order[:index] if n in present]
            nb.cells.insert(max(earlier) + 1 if earlier else len(nb.cells), cell)
        return nb, resources


class TagTestCells(Preprocessor):
    """Release test cells carry the ``raises-exception`` tag.

    JupyterLab's "Run All" stops at the first cell that raises unless it has that
    tag: with it, an unfinished exercise fails its test cells and the notebook runs
    on to the end. Solutions do not get the tag, so a failing test there still
    fails the build and nbval.
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and is_grade(cell) and not is_solution(cell):
            tags = cell.metadata.setdefault("tags", [])
            if "raises-exception" not in tags:
                tags.append("raises-exception")
        return cell, resources


class StripValidationMarkers(Preprocessor):
    """Release cells lose the ``# NBVAL_...`` comment lines at their top.

    Those markers tell nbval how to compare a cell's output in ``solutions/``; a
    learner has no use for them.
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            lines = cell.source.splitlines(keepends=True)
            while lines and lines[0].startswith("# NBVAL_"):
                lines.pop(0)
            cell.source = "".join(lines)
        return cell, resources


class StripWidgetState(Preprocessor):
    """Drop saved ipywidgets state and per-cell execution metadata.

    The kernel and language metadata are reset to the course's, since executing
    a notebook records the exact Python version of the machine.
    """

    def preprocess(self, nb, resources):
        nb.metadata.pop("widgets", None)
        nb.metadata.pop("course_grading", None)  # CourseExecute's events
        nb.metadata["kernelspec"] = dict(KERNELSPEC)
        nb.metadata["language_info"] = dict(LANGUAGE)
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
            cell.metadata.pop("collapsed", None)
            cell.metadata.pop("scrolled", None)
        return nb, resources


class NotebookFailed(RuntimeError):
    """Raised when a notebook that must run cleanly produced an error."""


CHECKED = "# NBVAL_CHECK_OUTPUT"


def checked_outputs(cell) -> list:
    """The outputs nbval compares for a ``# NBVAL_CHECK_OUTPUT`` cell: its text."""
    if cell.cell_type != "code" or not cell.source.lstrip().startswith(CHECKED):
        return []
    kept = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            previous = kept[-1] if kept else {}
            if previous.get("output_type") == "stream":
                # how a kernel splits its printing into messages depends on timing
                previous["text"] = previous["text"] + out["text"]
                continue
            kept.append(out)
        elif out.get("output_type") == "execute_result" and "text/plain" in out.data:
            out.data = {"text/plain": out.data["text/plain"]}
            out.metadata = {}
            kept.append(out)
    return kept


class RequireCleanRun(Preprocessor):
    """Fail when an executed notebook has an error output, then clear the outputs.

    ``nbgrader generate_solution`` exits 0 even when cells fail; with this after
    Execute, a failing cell makes the command fail. Only the text printed by
    ``# NBVAL_CHECK_OUTPUT`` cells is kept (nbval compares it with a fresh run;
    those cells print nothing machine-dependent), so a rebuild is byte-identical.
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
        number = 0
        for cell in nb.cells:
            if cell.cell_type == "code":
                number += 1
                cell.outputs = checked_outputs(cell)
                # nbval compares only cells with an execution count
                cell.execution_count = number if cell.outputs else None
                for out in cell.outputs:
                    if out.get("output_type") == "execute_result":
                        out.execution_count = number
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


class CleanMarkdown(Preprocessor):
    """Markdown cells of a graded notebook, with any raw HTML made harmless.

    Formgrader shows the instructor each student's markdown rendered as HTML, and
    its template does not sanitise it (``HTMLExporter.sanitize_html`` covers
    outputs only): a ``<script>`` or an ``onerror=`` written by a student would run
    in the instructor's browser. This runs nbconvert's own ``clean_html`` (bleach,
    with nbconvert's list of safe tags) over every markdown cell before the graded
    notebook is saved; what is removed shows as text.
    """

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "markdown" and "<" in cell.source:
            from nbconvert.filters import clean_html

            cell.source = clean_html(cell.source)
        return cell, resources


class SanitizeFeedback(ClearHiddenTests):
    """Feedback that cannot leak hidden tests, by construction.

    Student code can read a hidden test while it runs (IPython's input history, the
    line cache, the caller's frame) and print it, encode it, or put it in an
    exception message. So, from the first hidden test cell on, no output of the
    kernel reaches the feedback: each test cell shows only whether it passed, and
    other cells show nothing. Before that point outputs stay as they were (no hidden
    test has run yet). Hidden blocks are removed from the test cells' source;
    nothing here raises on a student's stray marker.
    """

    enforce_metadata = Bool(False).tag(config=True)

    def preprocess(self, nb, resources):
        self._hidden_seen = False
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        is_test = is_grade(cell) and not is_solution(cell)
        if is_test and HIDDEN_BEGIN in cell.source:
            self._hidden_seen = True
            try:
                self._remove_hidden_test_region(cell)
            except RuntimeError:
                cell.source = cell.source[: cell.source.index(HIDDEN_BEGIN)]
            cell.source = cell.source.rstrip() + "\n# (hidden tests ran here)"
        if not self._hidden_seen:
            return cell, resources
        failed = any(o.get("output_type") == "error" for o in cell.get("outputs", []))
        cell.outputs = []
        if is_test:
            verdict = "failed" if failed else "passed"
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text=f"{verdict}\n")
            ]
        return cell, resources

"""nbgrader_config.py loads, and every setting the course relies on takes effect.

nbgrader only logs a config that fails to load and carries on with its defaults,
so the settings are read back from an nbgrader app started in the course folder.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import json, logging
from traitlets.utils.importstring import import_item
from nbgrader.apps.generateassignmentapp import GenerateAssignmentApp
app = GenerateAssignmentApp()
app.log.setLevel(logging.CRITICAL)
app.initialize([])
c = app.config
def names(items):
    out = []
    for item in items:
        cls = import_item(item) if isinstance(item, str) else item
        out.append(cls.__module__ + "." + cls.__name__)
    return out
print(json.dumps({
    "solution_directory": app.coursedir.solution_directory,
    "root": app.coursedir.root,
    "timeout": c.Execute.get("timeout"),
    "interrupt_on_timeout": c.Execute.get("interrupt_on_timeout"),
    "add_missing_cells": c.OverwriteCells.get("add_missing_cells"),
    "assignment": names(c.GenerateAssignment.get("preprocessors", [])),
    "solution": names(c.GenerateSolution.get("preprocessors", [])),
    "autograde": names(c.Autograde.get("autograde_preprocessors", [])),
    "sanitize": names(c.Autograde.get("sanitize_preprocessors", [])),
    "collector": c.FileNameCollectorPlugin.get("named_regexp", ""),
    "feedback": names(c.GenerateFeedback.get("preprocessors", [])),
    "sanitize_html": c.HTMLExporter.get("sanitize_html"),
}))
"""


def config_problems(course_dir) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=course_dir, capture_output=True, text=True
    )
    if proc.returncode != 0:
        return [f"the config probe failed: {proc.stderr.strip().splitlines()[-1:]}"]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    problems = []
    expect = {
        "solution_directory": "solutions",
        "interrupt_on_timeout": True,
        "add_missing_cells": True,
        "root": str(course_dir),
        "sanitize_html": True,
    }
    for key, value in expect.items():
        if got[key] != value:
            problems.append(f"{key} is {got[key]!r}, expected {value!r}")
    if not isinstance(got["timeout"], int) or not 0 < got["timeout"] <= 600:
        problems.append(f"per-cell timeout is {got['timeout']!r}")
    need = {
        "assignment": [
            "course.grading.plugins.StripWidgetState",
            "course.grading.plugins.TagTestCells",
            "nbgrader.preprocessors.clearhiddentests.ClearHiddenTests",
        ],
        "solution": [
            "course.grading.plugins.CourseExecute",
            "course.grading.plugins.RequireCleanRun",
            "course.grading.plugins.StripWidgetState",
        ],
        "autograde": [
            "course.grading.plugins.IsolatedExecute",
            "course.grading.plugins.TestCellOutputs",
            "course.grading.plugins.CleanMarkdown",
        ],
        "sanitize": ["course.grading.plugins.RestoreCells"],
        "feedback": ["course.grading.plugins.SanitizeFeedback"],
    }
    for step, classes in need.items():
        for cls in classes:
            if cls not in got[step]:
                problems.append(f"{step} preprocessors lack {cls}")
    if "student_id" not in got["collector"]:
        problems.append("zip_collect has no file-name pattern for LMS downloads")
    if got["solution"] and got["solution"].index(
        "course.grading.plugins.RequireCleanRun"
    ) < got["solution"].index("course.grading.plugins.CourseExecute"):
        problems.append("RequireCleanRun must come after execution")
    return problems


def test_config_loads_and_takes_effect(root):
    assert config_problems(root) == []


def test_a_broken_config_is_caught(root, tmp_path):
    text = (root / "nbgrader_config.py").read_text()
    (tmp_path / "nbgrader_config.py").write_text(text + "\nc.Execute.timeout = (\n")
    assert config_problems(tmp_path), "a config with a syntax error went unnoticed"


def test_a_missing_setting_is_caught(root, tmp_path):
    text = (root / "nbgrader_config.py").read_text()
    text = text.replace('c.CourseDirectory.solution_directory = "solutions"', "")
    (tmp_path / "nbgrader_config.py").write_text(text)
    assert any("solution_directory" in p for p in config_problems(tmp_path))


def test_feedback_sanitiser_extends_clear_hidden_tests():
    from nbgrader.preprocessors import ClearHiddenTests

    from course.grading.plugins import SanitizeFeedback

    assert issubclass(SanitizeFeedback, ClearHiddenTests)


def test_kernels_use_this_interpreter(tmp_path):
    """The kernel command starts sys.executable, whatever python3 kernelspec exists."""
    from jupyter_client.kernelspec import KernelSpec

    from course.grading.plugins import CourseKernelManager

    km = CourseKernelManager(kernel_name="python3")
    km._kernel_spec = KernelSpec(
        argv=["/nonexistent/python", "-m", "ipykernel"],
        display_name="other",
        language="python",
    )
    km.connection_file = str(tmp_path / "k.json")
    km._launch_args = {}
    assert km.format_kernel_cmd()[0] == sys.executable


def test_no_config_at_all_is_caught(tmp_path):
    assert config_problems(tmp_path)


XSS = r"""
import json, sys, nbformat
from nbconvert.exporters import HTMLExporter
from nbgrader.apps.formgradeapp import FormgradeApp
from nbgrader.server_extensions.formgrader import handlers
app = FormgradeApp()
app.initialize([])
app.config.HTMLExporter.template_name = "formgrade"
app.config.HTMLExporter.extra_template_basedirs = [handlers.template_path]
nb = nbformat.v4.new_notebook()
nb.cells = [
    nbformat.v4.new_markdown_cell(
        "hi <script>alert('md')</script><img src=x onerror=alert(2)>"
    ),
    nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
        "display_data", data={
            "text/html": "<b>ok</b><script>alert('html')</script>"
                         "<a href='javascript:alert(3)'>a</a><iframe src=x></iframe>",
            "application/javascript": "alert('js')",
        })]),
]
resources = {  # as formgrader's submission handler passes them
    "assignment_id": "m", "notebook_id": "n", "submission_id": "s", "index": 0,
    "total": 1, "base_url": "/", "student": "eve", "last_name": None,
    "first_name": None, "notebook_path": "autograded/eve/m/n.ipynb",
}
from course.grading.plugins import CleanMarkdown
nb, _ = CleanMarkdown().preprocess(nb, {})  # as autograde saved it
exporter = HTMLExporter(config=app.config)
body, _ = exporter.from_notebook_node(nb, resources=resources)
print(json.dumps(body))
"""


def test_formgrader_pages_escape_a_students_html(root):
    """Raw HTML and scripts in a student's markdown and outputs, as autograde saves
    them, do not reach the pages formgrader serves to the instructor."""
    proc = subprocess.run(
        [sys.executable, "-c", XSS], cwd=root, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    body = json.loads(proc.stdout.strip().splitlines()[-1])
    found = _active_content(body)
    assert not found, f"a student's HTML reached the formgrader page as {found}"


def _active_content(body: str) -> list[str]:
    """Elements and attributes of the page that would run a student's code (text
    that merely shows the code, escaped, is harmless)."""
    from html.parser import HTMLParser

    found = []

    class Finder(HTMLParser):
        script = False

        def handle_starttag(self, tag, attrs):
            self.script = tag == "script"
            if tag in ("iframe", "object", "embed"):
                found.append(f"<{tag}>")
            for name, value in attrs:
                if name.startswith("on") and "alert" in (value or ""):
                    found.append(f"{tag} {name}={value}")
                if "javascript:" in (value or "") and "alert" in (value or ""):
                    found.append(f"{tag} {name}={value}")

        def handle_data(self, data):
            if self.script and "alert(" in data:
                found.append(f"<script>{data.strip()[:40]}")

        def handle_endtag(self, tag):
            self.script = False

    Finder().feed(body)
    return found

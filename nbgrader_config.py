"""nbgrader configuration for the course (this folder is the course directory).

nbgrader only logs a config that fails to load and carries on with its defaults;
tests/test_config.py fails instead, and checks that every setting takes effect.
Plug-ins are named as strings so that nbgrader imports them from the installed
``course`` package.
"""

import os

c = get_config()  # noqa: F821  (injected by traitlets)

c.CourseDirectory.course_id = "dl-interview"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.solution_directory = "solutions"
c.CourseDirectory.ignore = [
    ".ipynb_checkpoints",
    "*.pyc",
    "__pycache__",
    "feedback",
    ".DS_Store",
]

# Per-cell limits: a cell that runs longer is interrupted and the rest still runs.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
c.Execute.startup_timeout = 120

# Every kernel starts with the interpreter that runs nbgrader, so `import course` works.
_execute = "course.grading.plugins.CourseExecute"

c.GenerateAssignment.preprocessors = [
    "course.grading.plugins.StripValidationMarkers",  # nbval's, for solutions/ only
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.InstantiateTests",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearSolutions",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.CheckCellMetadata",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.SaveCells",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.CheckCellMetadata",
    "course.grading.plugins.StripWidgetState",
    "course.grading.plugins.TagTestCells",  # Run All goes on past a failing test
]

# Solutions are executed (a failing cell fails the command), then written without
# outputs so that a rebuild is byte-identical.
c.GenerateSolution.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.ClearMarkScheme",
    _execute,
    "course.grading.plugins.RequireCleanRun",
    "course.grading.plugins.StripWidgetState",
]

# Deleted test cells come back from the gradebook (robustly, see RestoreCells).
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "course.grading.plugins.KeepLastCopy",  # a copied answer cell: the last copy
    "nbgrader.preprocessors.OverwriteKernelspec",
    "course.grading.plugins.RestoreCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Student code runs isolated (course/sandbox.py): it cannot see the gradebook,
# source/, solutions/, this config or other students' files.
c.Autograde.autograde_preprocessors = [
    "course.grading.plugins.IsolatedExecute",
    "course.grading.plugins.TestCellOutputs",
    "course.grading.plugins.CleanMarkdown",  # formgrader renders it unsanitised
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]

# Pages built from students' notebooks (formgrader's views for the instructor, the
# feedback HTML) go through nbconvert's HTML sanitiser: a student's script, event
# handler or raw HTML in an output or a markdown cell is escaped or removed.
c.HTMLExporter.sanitize_html = True

# Feedback shows scores and visible test messages, never hidden tests.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "course.grading.plugins.SanitizeFeedback",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# Collecting an LMS download: `nbgrader zip_collect MODULE` (or `python -m course
# grade MODULE --archive FILE.zip`) reads downloaded/<module>/archive/*.zip holding
# files named <student_id>_<notebook>.ipynb (student ids: letters, digits, hyphens),
# at the archive's top level. nbgrader matches the pattern against the path it
# unpacked to, so it would also take a file from a folder or a nested archive (a
# student could hand in someone else's file): `python -m course grade` hands it a
# clean archive of the top-level files only, and reports what it skipped.
c.ZipCollectApp.collector_plugin = "nbgrader.plugins.zipcollect.FileNameCollectorPlugin"
c.FileNameCollectorPlugin.named_regexp = (
    r"^(?:.*/)?(?P<student_id>[A-Za-z0-9\-]+)_(?P<file_id>q\d\d_\w+\.ipynb)$"
)

"""Command line: ``python -m course <command> ...``.

Commands:
  lab               copy new notebooks to workspace/ and open JupyterLab there
  check [PATH...]   run the visible tests of your notebooks and report per exercise
  solution NB       print a notebook's reference solution (after you tried)
  build [MODULE...] regenerate release/ and solutions/ from source/ (maintainers)
  lint              check the source notebooks' structure and metadata (maintainers)
  readme            rewrite the question index in README.md from the catalog
  bench [NB...]     time notebooks, autograding and sliders (maintainers)
  harness [NB...]   grade every notebook's solution, blank and wrong answers, fast
  grade MODULE...   autograde a class, isolated; feedback, report and CSVs (instructors)
  sample-class OUT  write a sample class (LMS archives, expected grades) to try grading
  nb pack|unpack    convert between a notebook and its plain-text form (authors)
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "check":
        from course.learner.check import main as run
    elif command == "lab":
        from course.learner.lab import main as run
    elif command == "solution":
        from course.learner.solution import main as run
    elif command == "build":
        from course.authoring.build import main as run
    elif command == "lint":
        from course.authoring.lint import main as run
    elif command == "readme":
        from course.authoring.readme import main as run
    elif command == "bench":
        from course.authoring.bench import main as run
    elif command == "harness":
        from course.authoring.harness import main as run
    elif command == "grade":
        from course.grading.grade import main as run
    elif command == "sample-class":
        from course.grading.sampleclass import main as run
    elif command == "nb":
        from course.authoring.nbtext import main as run
    else:
        print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
        return 2
    return run(rest)


if __name__ == "__main__":
    sys.exit(main())

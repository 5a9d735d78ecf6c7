"""A pytest plug-in for ``python -m course bench --suite``: time of every test.

Loaded with ``-p course.authoring.suite_timer``; with xdist the reports reach the
controller, which writes one JSON record per test (node id, seconds, and whether its
cost grows with the number of notebooks) to the file in COURSE_SUITE_REPORT.
"""

from __future__ import annotations

import json
import os

_times: dict[str, dict] = {}


def pytest_runtest_logreport(report):
    rec = _times.setdefault(
        report.nodeid, {"seconds": 0.0, "grows": "grows" in report.keywords}
    )
    rec["seconds"] += report.duration


def pytest_sessionfinish(session):
    path = os.environ.get("COURSE_SUITE_REPORT")
    if path and not hasattr(session.config, "workerinput"):
        with open(path, "w") as f:
            json.dump(_times, f)

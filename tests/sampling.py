"""A few notebooks per run, rotating with the date, for the slow whole-notebook tests.

Run All in a real kernel and the browser test cost seconds per notebook on top of
what every notebook already gets each run (nbval, the harness, whose untouched
release version runs to the end as Run All does). They visit a sample instead, a
different one each day, so that every notebook is visited within a few days;
an environment variable asks for more, or ``all``.
"""

from __future__ import annotations

import datetime
import os


def rotating_sample(
    entries, variable: str, default: int, day: datetime.date | None = None
) -> list:
    """``$variable`` of ``entries`` (``default`` if unset, all for "all"); or the
    entries named in it, as comma-separated catalog ids."""
    count = os.environ.get(variable, str(default))
    entries = list(entries)
    if not count.isdigit() and count != "all":
        wanted = count.split(",")
        return [e for e in entries if e.id in wanted]
    if count == "all" or int(count) >= len(entries):
        return entries
    n = int(count)
    start = (day or datetime.date.today()).toordinal() * n % len(entries)
    return [entries[(start + i) % len(entries)] for i in range(n)]

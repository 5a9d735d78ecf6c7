"""The learner's course in a real browser: JupyterLab in headless Chromium.

JupyterLab is started by the README's command (``python3 run.py lab``) in a scratch
copy of the course, and Chromium, driven by Playwright, does what a learner does:

- opens each sampled release notebook, runs all cells and checks that Run All
  reaches the last cell, that the only errors are the test cells of unfinished
  exercises (each saying "not attempted yet"), and that every slider's figure and
  text change when the slider is moved, without the output area collapsing;
- solves one exercise (its answer cell replaced by the reference answer) and
  checks that the course home's progress table counts it as passed;
- moves the slider of a notebook whose slider is broken on purpose (its figure
  ignores the value) and checks that the same checks report it.

A run samples ``COURSE_BROWSER_NOTEBOOKS`` ready notebooks (default 2, ``all``
for every one), rotating with the date so that every notebook is visited within
a few days. ``COURSE_BROWSER_REPORT=FILE`` writes the measured redraw times (from
the mouse press to the new text and to the new figure, in the browser) as JSON.

Needs Chromium (Debian's ``chromium``) and the ``playwright`` package (no browser
download); skipped when either is missing, except with ``COURSE_REQUIRE_BROWSER=1``
(CI).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from sampling import rotating_sample

from course import notebooks as nbs
from course.catalog import load
from course.learner.lab import HOME

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("COURSE_REQUIRE_BROWSER") == "1"
# Chromium as root in a container, without reaching for Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
RUN_ALL_TIMEOUT_S = 120
REDRAW_TIMEOUT_S = 20


def _skip_or_fail(reason: str):
    if REQUIRED:
        pytest.fail(f"{reason} (COURSE_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


BROKEN_SLIDER = '''\
import matplotlib.pyplot as plt
from course.kit.widgets import explore

def draw(width=3):
    """A slider broken on purpose: the figure and the text ignore the value."""
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([0, 1, 2], [0, 1, 4])
    print("the same text whatever the width")
'''


def _broken_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(BROKEN_SLIDER),
        nbformat.v4.new_code_cell("explore(draw, width=(1, 9, 1, 3))"),
    ]
    nb.metadata["kernelspec"] = nbs.KERNELSPEC
    return nb


def _solve_first_exercise(release: Path, solution: Path) -> str:
    """Put the reference answer into the first answer cell; return the cell's id."""
    nb, ref = nbformat.read(release, 4), nbformat.read(solution, 4)
    answers = {
        c.metadata["nbgrader"]["grade_id"]: c.source
        for c in ref.cells
        if c.metadata.get("nbgrader", {}).get("solution")
    }
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            cell.source = answers[meta["grade_id"]]
            nbformat.write(nb, release)
            return meta["grade_id"]
    raise AssertionError(f"{release} has no answer cell")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def course_copy(tmp_path_factory):
    """A scratch course holding the sampled notebooks; JupyterLab on its workspace."""
    ready = list(load().ready)
    if not ready:
        pytest.skip("no ready notebook")
    chosen = rotating_sample(ready, "COURSE_BROWSER_NOTEBOOKS", 2)
    root = tmp_path_factory.mktemp("course")
    for name in ("run.py", "pyproject.toml", "nbgrader_config.py"):
        shutil.copy(ROOT / name, root / name)
    (root / "source").mkdir()
    for entry in chosen:
        dest = root / "release" / entry.notebook
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "release" / entry.notebook, dest)
    # The learner solved one exercise of the first notebook before opening lab
    # (lab copies only the notebooks missing from workspace/).
    solved = root / "workspace" / chosen[0].notebook
    solved.parent.mkdir(parents=True)
    shutil.copy(ROOT / "release" / chosen[0].notebook, solved)
    _solve_first_exercise(solved, ROOT / "solutions" / chosen[0].notebook)
    return root, chosen


@pytest.fixture(scope="module")
def lab(course_copy):
    root, _ = course_copy
    stamp = Path(sys.prefix) / ".course-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.is_file() or stamp.read_text().strip() != wanted:
        # run.py would install the scratch copy into this environment
        pytest.fail(
            f"{sys.prefix} is not run.py's environment for this pyproject.toml: "
            "run the tests with python3 run.py test"
        )
    port, home = _free_port(), root / "home"
    home.mkdir()
    env = dict(os.environ)
    env.update(
        COURSE_VENV=str(Path(sys.prefix)),
        HOME=str(home),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        MPLCONFIGDIR=str(home / "mpl"),
    )
    # The README's command, with a fixed port and no token for the test browser.
    proc = subprocess.Popen(
        [
            sys.executable,
            "run.py",
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.token=",
            "--ServerApp.password=",
            "--ServerApp.disable_check_xsrf=True",
            "--LabApp.expose_app_in_browser=True",
            "--allow-root",
        ],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # its own process group: run.py starts `course lab`, which starts
        # JupyterLab and its kernels; stopping run.py alone left them running
        start_new_session=True,
    )

    def stop():
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(15)
                time.sleep(1)  # the group's other members, after run.py
            except subprocess.TimeoutExpired:
                continue

    base = f"http://127.0.0.1:{port}"
    import urllib.request

    for _ in range(240):
        try:
            with urllib.request.urlopen(f"{base}/api/status", timeout=2):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"python3 run.py lab exited with {proc.returncode}")
            time.sleep(0.25)
    else:
        stop()
        pytest.fail("JupyterLab did not answer within 60 s")
    try:
        yield base, root
    finally:
        stop()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        _skip_or_fail("no chromium on PATH (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


# --- what the browser does ---------------------------------------------------

OPENED = """() => {
  const app = window.jupyterapp;
  const w = app && app.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session
    && w.sessionContext.session.kernel;
  return !!(k && k.status === 'idle' && w.content && w.content.widgets.length);
}"""

RUN_ALL = """() => {
  window.jupyterapp.commands.execute('notebook:run-all-cells');
}"""

DONE = """() => {
  try {
    const w = window.jupyterapp.shell.currentWidget;
    const k = w.sessionContext.session.kernel;
    const cells = w.content.widgets.filter(c => c.model.type === 'code');
    const last = cells[cells.length - 1];
    return k.status === 'idle' && last.model.executionCount !== null
      && !cells.some(c => c.promptNode && c.promptNode.textContent.includes('*'));
  } catch (e) { return false; }
}"""

SHUT_DOWN = """async () => {
  await window.jupyterapp.serviceManager.sessions.shutdownAll();
}"""

CELLS = """() => window.jupyterapp.shell.currentWidget.content.widgets
  .filter(c => c.model.type === 'code')
  .map(c => ({
    source: c.model.sharedModel.getSource(),
    count: c.model.executionCount,
    outputs: c.model.outputs.toJSON(),
  }))"""

# Control number i (a slider or a drop-down of the explore cells): find a point of
# the slider's track far from its handle (or another option), and watch the output
# area: the browser's own clock times the arrival of the new text and of the new
# figure from the moment of the mouse press, and the smallest height meanwhile.
CONTROLS = (
    ".jp-NotebookPanel:not(.lm-mod-hidden) .widget-slider, "
    ".jp-NotebookPanel:not(.lm-mod-hidden) .widget-dropdown"
)

ARM = """([selector, i, timeoutMs]) => {
  const control = document.querySelectorAll(selector)[i];
  const box = control.closest('.widget-vbox');
  const out = box.querySelector('.widget-output');
  // a figure counts once the browser has decoded it, when it is on the screen
  const img = () => { const e = out.querySelector('img');
    return e && e.complete && e.naturalHeight > 0 ? e.src : null; };
  const txt = () => {
    const e = out.querySelector('pre'); return e ? e.textContent : null; };
  const before = {img: img(), txt: txt()};
  const h0 = out.getBoundingClientRect().height;
  const r = {label: (control.querySelector('.widget-label') || {}).textContent || '',
             before_height: h0, min_height: h0, had_text: before.txt !== null,
             had_figure: before.img !== null};
  window.__move = r;
  const check = () => {
    if (r.t0 === undefined) return;
    const now = performance.now() - r.t0;
    r.min_height = Math.min(r.min_height, out.getBoundingClientRect().height);
    const t = txt(), i = img();
    if (r.text_ms === undefined && t !== null && t !== before.txt) r.text_ms = now;
    if (r.figure_ms === undefined && i !== null && i !== before.img) r.figure_ms = now;
    if ((r.text_ms !== undefined || !r.had_text) && r.figure_ms !== undefined) {
      finish();
    }
  };
  const obs = new MutationObserver(check);
  const ro = new ResizeObserver(check);
  const finish = () => { obs.disconnect(); ro.disconnect(); r.done = true;
    r.after_height = out.getBoundingClientRect().height; };
  obs.observe(out, {subtree: true, childList: true, attributes: true,
                    characterData: true});
  ro.observe(out);
  const frame = () => { if (!r.done) { check(); requestAnimationFrame(frame); } };
  requestAnimationFrame(frame);
  control.addEventListener('pointerdown', () => { r.t0 = performance.now(); },
                           {capture: true, once: true});
  control.addEventListener('change', () => {
    if (r.t0 === undefined) r.t0 = performance.now(); }, {capture: true, once: true});
  setTimeout(() => { if (!r.done) finish(); }, timeoutMs);
  const select = control.querySelector('select');
  if (select) {
    const other = [...select.options].find(o => !o.selected);
    return {kind: 'dropdown', value: other ? other.value : null};
  }
  const track = control.querySelector('.noUi-base');
  const handle = control.querySelector('.noUi-handle');
  const t = track.getBoundingClientRect(), h = handle.getBoundingClientRect();
  const atLeft = (h.left + h.width / 2 - t.left) / t.width < 0.5;
  return {kind: 'slider', x: t.width * (atLeft ? 0.85 : 0.15), y: t.height / 2};
}"""


def open_and_run(page, base: str, path: str, timeout_s=RUN_ALL_TIMEOUT_S) -> list:
    """Open a notebook, run all its cells; return its code cells as run."""
    page.goto(f"{base}/lab/tree/{path}?reset")  # no tabs restored from before
    page.wait_for_function(OPENED, timeout=60_000)
    page.evaluate(RUN_ALL)
    page.wait_for_function(DONE, timeout=timeout_s * 1000, polling=250)
    return page.evaluate(CELLS)


def error_problems(cells: list[dict]) -> list[str]:
    """Errors other than an unfinished exercise's test cell, and cells never run."""
    problems = []
    for n, cell in enumerate(cells, 1):
        if cell["count"] is None:
            problems.append(f"code cell {n} never ran")
        for out in cell["outputs"]:
            if out.get("output_type") != "error":
                continue
            text = "\n".join(out.get("traceback", []))
            is_test = cell["source"].lstrip().startswith('"""')
            if not (is_test and "not attempted yet" in text):
                first = cell["source"].strip().splitlines()[0][:70]
                problems.append(
                    f"code cell {n} ({first!r}) raised {out.get('ename')}: "
                    f"{out.get('evalue', '')[:200]}"
                )
    return problems


def slider_results(page) -> list[dict]:
    """Move every control of the open notebook once; what the browser measured."""
    count = page.evaluate(f"() => document.querySelectorAll({CONTROLS!r}).length")
    results = []
    for i in range(count):
        control = page.locator(CONTROLS).nth(i)
        control.scroll_into_view_if_needed()
        where = page.evaluate(ARM, [CONTROLS, i, REDRAW_TIMEOUT_S * 1000])
        if where["kind"] == "slider":  # a press on the track, where Playwright
            # has waited for the track to be visible, still and hit by the mouse
            control.locator(".noUi-base").click(
                position={"x": where["x"], "y": where["y"]}
            )
        elif where["value"] is not None:
            control.locator("select").select_option(where["value"])
        page.wait_for_function(
            "() => window.__move.done", timeout=(REDRAW_TIMEOUT_S + 5) * 1000
        )
        results.append(page.evaluate("() => window.__move"))
        shots = os.environ.get("COURSE_BROWSER_SCREENSHOTS")
        if shots:  # what the learner saw after the move, for a maintainer
            Path(shots).mkdir(parents=True, exist_ok=True)
            box = control.locator(
                "xpath=ancestor::div[contains(@class, 'widget-vbox')]"
            )
            box.first.screenshot(path=str(Path(shots) / f"control{i}.png"))
    return results


def slider_problems(results: list[dict]) -> list[str]:
    problems = []
    for r in results:
        name = r.get("label") or "a slider"
        if r.get("figure_ms") is None:
            problems.append(f"{name}: the figure did not change on a move")
        if r.get("had_text") and r.get("text_ms") is None:
            problems.append(f"{name}: the printed text did not change on a move")
        if r["min_height"] < 0.8 * r["before_height"]:
            problems.append(
                f"{name}: the output collapsed from {r['before_height']:.0f} to "
                f"{r['min_height']:.0f} px while redrawing"
            )
    return problems


def _report(name: str, results: list[dict]) -> None:
    path = os.environ.get("COURSE_BROWSER_REPORT")
    if not path:
        return
    report = json.loads(Path(path).read_text()) if Path(path).exists() else {}
    report[name] = results
    Path(path).write_text(json.dumps(report, indent=1))


# --- the tests -----------------------------------------------------------------


def test_run_all_and_sliders_in_the_browser(lab, browser, course_copy):
    base, _ = lab
    _, chosen = course_copy
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems = {}
    for entry in chosen:
        cells = open_and_run(page, base, str(entry.notebook))
        found = error_problems(cells)
        results = slider_results(page)
        assert results, f"{entry.notebook}: no slider found"
        found += slider_problems(results)
        _report(str(entry.notebook), results)
        page.evaluate(SHUT_DOWN)  # one kernel at a time
        if found:
            problems[str(entry.notebook)] = found
    page.close()
    assert not problems, json.dumps(problems, indent=1)


def test_a_broken_slider_is_caught(lab, browser):
    base, root = lab
    nbformat.write(_broken_notebook(), root / "workspace" / "broken_slider.ipynb")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    cells = open_and_run(page, base, "broken_slider.ipynb")
    assert not error_problems(cells)
    problems = slider_problems(slider_results(page))
    page.close()
    assert any("figure did not change" in p for p in problems), problems
    assert any("text did not change" in p for p in problems), problems


def test_the_home_counts_a_solved_exercise(lab, browser, course_copy):
    base, root = lab
    _, chosen = course_copy
    entry = chosen[0]  # its first exercise is solved (see course_copy)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    # the home's progress cell runs the checker on every notebook in workspace/
    cells = open_and_run(page, base, HOME, timeout_s=RUN_ALL_TIMEOUT_S * 3)
    page.close()
    assert not error_problems(cells)
    html = "".join(
        "".join(o.get("data", {}).get("text/html", ""))
        for c in cells
        for o in c["outputs"]
    )
    assert f">{entry.notebook.stem}</a>" in html, cells[-1]["outputs"]
    row = html[html.index(f">{entry.notebook.stem}</a>") :]
    passed = int(row.split("<td>")[1].split("</td>")[0])
    assert passed >= 1, f"the home shows {passed} passed for {entry.notebook.stem}"

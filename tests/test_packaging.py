"""The two install routes declare the same packages, and the README's commands exist."""

from __future__ import annotations

import re
import tomllib

import yaml


def _normalise(req: str) -> str:
    return re.sub(r"\s+", "", req).lower().replace("_", "-")


def test_environment_yml_matches_pyproject(root):
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    declared = {_normalise(r) for r in project["dependencies"]}
    declared |= {_normalise(r) for r in project["optional-dependencies"]["test"]}
    env = yaml.safe_load((root / "environment.yml").read_text())
    deps = env["dependencies"]
    assert "python=3.11" in deps, "environment.yml should pin python=3.11"
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    listed = {_normalise(r) for r in pip if not r.startswith("-e")}
    assert listed == declared, (
        f"only in pyproject.toml: {sorted(declared - listed)}; "
        f"only in environment.yml: {sorted(listed - declared)}"
    )
    assert "-e ." in pip, "environment.yml should install the course package with pip"


def test_torch_pinned_to_the_cpu_wheel(root):
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    assert "torch==2.13.0" in project["dependencies"]


def test_readme_commands_are_the_ones_ci_runs(root):
    readme = (root / "README.md").read_text()
    assert "python3 run.py lab" in readme and "python3 run.py test" in readme
    ci = (root / ".ci" / "run").read_text()
    assert "run.py test" in ci

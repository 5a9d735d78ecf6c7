"""The course catalog: modules, questions, their other wordings, errata and status.

``course/catalog.yaml`` is the single list of what the course covers. An entry whose
status is ``ready`` has exactly one notebook, ``source/<module>/q<NN>_<id>.ipynb``,
where NN is the entry's position in its module (teaching order).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePosixPath

import yaml

STATUSES = ("planned", "ready")
DIFFICULTIES = ("intro", "core", "advanced")


@dataclass(frozen=True)
class Entry:
    id: str
    module: str
    position: int
    question: str
    also_asked: tuple[str, ...]
    errata: tuple[str, ...]
    difficulty: str
    minutes: int
    status: str

    @property
    def slug(self) -> str:
        """Notebook name without extension, e.g. ``q01_vanishing_gradients``."""
        return f"q{self.position:02d}_{self.id}"

    @property
    def notebook(self) -> PurePosixPath:
        """Path of the notebook relative to source/, release/ or solutions/."""
        return PurePosixPath(self.module, f"{self.slug}.ipynb")


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Catalog:
    version: int
    modules: tuple[Module, ...]

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(e for m in self.modules for e in m.entries)

    def entry(self, entry_id: str) -> Entry:
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(f"no catalog entry {entry_id!r}")

    def by_notebook(self, path: str | PurePosixPath) -> Entry | None:
        """The entry whose notebook has this file name (any folder), or None."""
        name = PurePosixPath(path).name
        module = PurePosixPath(path).parent.name
        for e in self.entries:
            if e.notebook.name == name and e.module == module:
                return e
        return None

    @property
    def ready(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.status == "ready")


def parse(data: dict) -> Catalog:
    """Build a Catalog from the YAML structure, raising ValueError on bad content."""
    modules = []
    seen: set[str] = set()
    for m in data["modules"]:
        entries = []
        for position, raw in enumerate(m["entries"], start=1):
            if raw["id"] in seen:
                raise ValueError(f"duplicate entry id {raw['id']!r}")
            seen.add(raw["id"])
            if raw["status"] not in STATUSES:
                raise ValueError(f"{raw['id']}: status must be one of {STATUSES}")
            if raw["difficulty"] not in DIFFICULTIES:
                raise ValueError(
                    f"{raw['id']}: difficulty must be one of {DIFFICULTIES}"
                )
            if not raw.get("also_asked"):
                raise ValueError(f"{raw['id']}: also_asked is empty")
            entries.append(
                Entry(
                    id=raw["id"],
                    module=m["id"],
                    position=position,
                    question=raw["question"],
                    also_asked=tuple(raw["also_asked"]),
                    errata=tuple(raw.get("errata") or ()),
                    difficulty=raw["difficulty"],
                    minutes=int(raw["minutes"]),
                    status=raw["status"],
                )
            )
        modules.append(Module(id=m["id"], title=m["title"], entries=tuple(entries)))
    return Catalog(version=int(data["version"]), modules=tuple(modules))


@cache
def load() -> Catalog:
    """The catalog shipped with the package."""
    text = resources.files("course").joinpath("catalog.yaml").read_text("utf-8")
    return parse(yaml.safe_load(text))

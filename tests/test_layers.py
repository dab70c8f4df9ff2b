"""The layer rule: which package may import which, and only desktop/ui imports PySide6.

The allowed edges between packages are listed in ALLOWED: a new edge is a decision made here,
not an accident. `python -m tests.test_layers` prints today's package graph.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

# Everything below these packages must import with PySide6 unimportable.
QT_FREE = ("db", "desktop.base", "desktop.core", "desktop.pdf", "desktop.cli")

_BLOCKER = """
import importlib, importlib.abc, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError(f"layer rule: {name} imported outside desktop/ui")
        return None

sys.meta_path.insert(0, NoQt())
names = []
for top in %r:
    pkg = importlib.import_module(top)
    names.append(top)
    for info in pkgutil.walk_packages(pkg.__path__, top + "."):
        importlib.import_module(info.name)
        names.append(info.name)
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 got in"
print(*names, sep=chr(10))
"""


def _modules(package_dir: Path) -> list[Path]:
    return [p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_layers_import_with_pyside6_blocked() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _BLOCKER % (QT_FREE,)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    imported = set(proc.stdout.split())
    assert imported == _package_modules(), "some module was not walked"


def _package_modules() -> set[str]:
    """Dotted names of every module in the Qt-free packages, from the files on disk."""
    names: set[str] = set()
    for top in QT_FREE:
        base = ROOT / top.replace(".", "/")
        for path in _modules(base):
            rel = path.relative_to(ROOT).with_suffix("")
            folders = [ROOT.joinpath(*rel.parts[:i]) for i in range(1, len(rel.parts))]
            if not all((f / "__init__.py").exists() for f in folders):
                continue  # not part of the package (e.g. Alembic's env.py)
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            names.add(".".join(parts))
    return names


def test_the_blocker_really_blocks() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _BLOCKER % (("desktop.ui",),)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "layer rule: PySide6" in proc.stderr


def test_nothing_outside_desktop_ui_imports_pyside6() -> None:
    offenders = []
    for top in ("db", "desktop"):
        for path in _modules(ROOT / top):
            rel = path.relative_to(ROOT)
            if rel.parts[:2] == ("desktop", "ui"):
                continue
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in _imports(path)):
                offenders.append(str(rel))
    assert offenders == []


# package -> the packages of ours it may import ("desktop" is the root: the version).
# ui -> core -> pdf -> base, cli -> core, core -> db; cli starts the app (`confdesk gui`).
# db.words (messages that carry their template, `Words`) is a leaf of plain Python under all
# of them: the store words its own errors with it, and db imports nothing of desktop.
ALLOWED: dict[str, set[str]] = {
    "db.words": set(),
    "db": {"db.words"},
    "desktop": {"desktop.cli"},
    "desktop.base": set(),
    "desktop.pdf": {"desktop.base", "db.words"},
    "desktop.core": {"desktop", "desktop.base", "desktop.pdf", "db", "db.words"},
    "desktop.cli": {"desktop", "desktop.base", "desktop.core", "desktop.pdf", "desktop.ui", "db"},
    "desktop.ui": {"desktop", "desktop.base", "desktop.core", "desktop.pdf", "db", "db.words"},
}
# Third-party packages a layer must not load: the base is plain Python, the PDF layer has no
# database, the store has no drawing.
FORBIDDEN_LIBRARIES: dict[str, set[str]] = {
    "desktop.base": {"sqlalchemy", "reportlab", "PySide6", "qrcode", "alembic"},
    "desktop.pdf": {"sqlalchemy", "PySide6", "alembic"},
    "db": {"reportlab", "PySide6", "qrcode"},
}


def package_of(module: str) -> str | None:
    """The package of ALLOWED a dotted module name belongs to (None: not ours)."""
    best = None
    for pkg in ALLOWED:
        if (module == pkg or module.startswith(pkg + ".")) and (
            best is None or len(pkg) > len(best)
        ):
            best = pkg
    return best


def package_graph() -> dict[tuple[str, str], list[str]]:
    """(importer package, imported package) -> the importing modules, from the sources."""
    graph: dict[tuple[str, str], list[str]] = {}
    for top in ("db", "desktop"):
        for path in _modules(ROOT / top):
            rel = path.relative_to(ROOT).with_suffix("")
            src = package_of(".".join(rel.parts))
            assert src is not None
            targets = {package_of(n) for n in _imports(path)} - {None, src}
            for dst in targets:
                graph.setdefault((src, str(dst)), []).append(str(rel))
    return graph


def test_every_edge_between_packages_is_allowed() -> None:
    graph = package_graph()
    bad = {
        f"{src} -> {dst}: {', '.join(sorted(mods))}"
        for (src, dst), mods in graph.items()
        if dst not in ALLOWED[src]
    }
    assert bad == set()
    # The table is not wider than the code: every allowed edge is used (else tighten it).
    unused = {(s, d) for s, ds in ALLOWED.items() for d in ds} - set(graph)
    assert unused == set()


def test_layers_load_no_forbidden_library() -> None:
    bad = []
    for pkg, libs in FORBIDDEN_LIBRARIES.items():
        for path in _modules(ROOT / pkg.replace(".", "/")):
            used = {n.split(".")[0] for n in _imports(path)} & libs
            if used:
                bad.append(f"{path.relative_to(ROOT)}: {', '.join(sorted(used))}")
    assert bad == []


def test_the_program_grid_loads_no_database_code() -> None:
    code = (
        "import sys, desktop.pdf.program.grid, desktop.pdf.badges\n"
        "print(*sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'db')"
        " and m not in ('db', 'db.words')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == []


if __name__ == "__main__":
    for (src, dst), mods in sorted(package_graph().items()):
        print(f"{src} -> {dst}: {len(mods)} modules")

"""The layer rule: only desktop/ui imports PySide6; db imports nothing from desktop."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

# Everything below these packages must import with PySide6 unimportable.
QT_FREE = ("db", "desktop.core", "desktop.pdf", "desktop.cli")

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


def test_db_imports_nothing_from_desktop_and_core_nothing_from_ui() -> None:
    bad = []
    for path in _modules(ROOT / "db"):
        if any(n.split(".")[0] == "desktop" for n in _imports(path)):
            bad.append(str(path.relative_to(ROOT)))
    for sub in ("core", "pdf"):
        for path in _modules(ROOT / "desktop" / sub):
            if any(n.startswith("desktop.ui") for n in _imports(path)):
                bad.append(str(path.relative_to(ROOT)))
    assert bad == []

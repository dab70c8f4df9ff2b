"""The PyInstaller one-folder build: it builds, and the frozen app runs its CLI and its GUI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import head_revision
from desktop import __version__
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "DIST": str(out / "dist"),
        "WORK": str(out / "work"),
    }
    proc = subprocess.run(
        [str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    app = out / "dist" / "confdesk"
    assert (app / "confdesk.desktop").exists() and (app / "confdesk.svg").exists()
    internal = app / "_internal"
    assert (internal / "db" / "migrations" / "env.py").exists()
    assert (internal / "resources" / "icons" / "confdesk.svg").exists()
    # The unused Qt modules stay out.
    names = {p.name for p in internal.rglob("*")}
    assert not any(n.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine")) for n in names)
    return app / "confdesk"


def _run(exe: Path, tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONFDESK_DATA_DIR": str(tmp_path / "data"),
        "CONFDESK_SETTINGS_DIR": str(tmp_path / "settings"),
        **extra,
    }
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(exe), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )


def test_frozen_version(frozen: Path, tmp_path: Path) -> None:
    proc = _run(frozen, tmp_path, "version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"confdesk {__version__} (schema {head_revision()})"


def test_frozen_demo_and_gui_smoke_start(frozen: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    made = _run(frozen, tmp_path, "--db", str(db), "demo", "--attendees", "60")
    assert made.returncode == 0, made.stderr
    assert "60 attendees" in made.stdout
    # OpenCC's dictionaries came along: a Simplified query finds the demo's Traditional names.
    found = _run(frozen, tmp_path, "--db", str(db), "attendees", "search", "陈", "--json")
    assert found.returncode == 0, found.stderr
    assert "陳" in found.stdout
    # ToJyutping's and pypinyin's readings came along: a Chinese name is found romanized.
    found = _run(frozen, tmp_path, "--db", str(db), "attendees", "search", "can", "--json")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)  # 陳 is `can` in Jyutping
    assert any(r["name_local"].startswith("陳") and r["match"] == "romanized" for r in rows)
    shown = _run(frozen, tmp_path, "--db", str(db), "gui", CONFDESK_EXIT_AFTER_PAINT="1")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("painted ")
    bad = _run(frozen, tmp_path, "--db", str(tmp_path / "missing.sqlite"), "backup")
    assert bad.returncode != 0 and "no database at" in bad.stderr and "Traceback" not in bad.stderr

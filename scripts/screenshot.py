"""Render the main window offscreen on a fresh demo event to docs/screenshot.png.

Run: `.venv/bin/python scripts/screenshot.py [--screen attendees] [--out docs/screenshot.png]`
Needs a CJK font (fonts-wqy-microhei or fonts-noto-cjk) for the Chinese names.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--screen", default="attendees")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    ap.add_argument("--size", default="1280x800")
    ap.add_argument("--language", default="en", help="en, zh_HK or zh_CN")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CONFDESK_DATA_DIR"] = tmp
        os.environ["CONFDESK_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        from db.engine import open_store
        from desktop.core.demo import generate
        from desktop.ui.app import Shell, make_application
        from desktop.ui.settings import Settings

        db = Path(tmp) / "demo.sqlite"
        store = open_store(str(db), create=True)
        generate(store, attendees=1200, seed=2026)
        store.close()
        from desktop.ui import i18n

        app = make_application(["confdesk"])
        i18n.install(app, args.language)
        shell = Shell(app, Settings(), args.screen)
        shell.open(str(db))
        window = shell.window
        assert window is not None
        w, h = (int(v) for v in args.size.split("x"))
        window.resize(w, h)
        for _ in range(10):
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.close()
        shell.shutdown()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

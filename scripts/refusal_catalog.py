"""Write desktop/ui/refusal_words.py: every reason the core gives for refusing a request
(`desktop.base.words.refusal("...")`), marked for translation so `make translations` finds
them. `--check` exits 1 when the file is not current (a test runs it).

Run: `.venv/bin/python scripts/refusal_catalog.py [--check]`.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "ui" / "refusal_words.py"
HEAD = '''"""The core's refusals (`desktop.base.words.refusal`) marked for translation.

Written by scripts/refusal_catalog.py (`make translations` runs it); a test keeps it current.
A screen shows a refusal with `desktop.ui.errors.user_message`, which translates its template.
"""

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Refusals"
TEMPLATES = (
'''


def templates() -> list[str]:
    """The templates of every `refusal(...)` call outside desktop/ui, sorted."""
    found: set[str] = set()
    for folder in (ROOT / "desktop", ROOT / "db"):
        for path in folder.rglob("*.py"):
            if "ui" in path.relative_to(ROOT).parts[1:2]:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "refusal"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.add(node.args[0].value)
    return sorted(found)


def listed() -> list[str]:
    """The templates desktop/ui/refusal_words.py lists now."""
    if not OUT.exists():
        return []
    tree = ast.parse(OUT.read_text(encoding="utf-8"))
    return sorted(
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    )


def main() -> int:
    wanted = templates()
    if "--check" in sys.argv:
        if listed() != wanted:
            print("desktop/ui/refusal_words.py is not current: run scripts/refusal_catalog.py")
            return 1
        return 0
    body = "".join(
        f'    QT_TRANSLATE_NOOP("Refusals", {json.dumps(t, ensure_ascii=False)}),\n' for t in wanted
    )
    OUT.write_text(HEAD + body + ")\n", encoding="utf-8")
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff:
        subprocess.run([ruff, "format", "--quiet", str(OUT)], check=False)
    print(f"{len(wanted)} refusals in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

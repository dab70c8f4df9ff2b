"""Write desktop/ui/core_words.py: every reason the core gives for refusing a request
(`db.words.refusal("...")`) and every note it makes on a file it reads
(`note("...")`), marked for translation so `make translations` finds them. `--check`
exits 1 when the file is not current (a test runs it).

Run: `.venv/bin/python scripts/core_words_catalog.py [--check]`.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "desktop" / "ui" / "core_words.py"
HEAD = '''"""The core's refusals and notes (`db.words.refusal`, `note`) marked for
translation.

Written by scripts/core_words_catalog.py (`make translations` runs it); a test keeps it current.
A screen shows a refusal with `desktop.ui.errors.user_message`, which translates its template.
"""

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CoreWords"
TEMPLATES = (
'''


def _strings(node: ast.expr, tables: dict[str, ast.expr]) -> list[str]:
    """The literal templates an argument can be: a string, either branch of `a if c else
    b`, or any value of a module's dict that it looks up (`_LEFT_OUT[what, one]`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body, tables) + _strings(node.orelse, tables)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        table = tables.get(node.value.id)
        if isinstance(table, ast.Dict):
            return [t for v in table.values if v is not None for t in _strings(v, tables)]
    raise SystemExit(f"line {node.lineno}: a template that is not written out where it is used")


def templates() -> list[str]:
    """The templates of every `refusal(...)` and `note(...)` outside desktop/ui, sorted."""
    found: set[str] = set()
    for folder in (ROOT / "desktop", ROOT / "db"):
        for path in folder.rglob("*.py"):
            if "ui" in path.relative_to(ROOT).parts[1:2]:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            tables = {
                t.id: n.value
                for n in tree.body
                if isinstance(n, ast.Assign)
                for t in n.targets
                if isinstance(t, ast.Name)
            }
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("refusal", "note")
                    and node.args
                ):
                    try:
                        found.update(_strings(node.args[0], tables))
                    except SystemExit as exc:
                        raise SystemExit(f"{path.relative_to(ROOT)}: {exc}") from None
    return sorted(found)


def listed() -> list[str]:
    """The templates desktop/ui/core_words.py lists now."""
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
            print("desktop/ui/core_words.py is not current: run scripts/core_words_catalog.py")
            return 1
        return 0
    body = "".join(
        f'    QT_TRANSLATE_NOOP("CoreWords", {json.dumps(t, ensure_ascii=False)}),\n'
        for t in wanted
    )
    OUT.write_text(HEAD + body + ")\n", encoding="utf-8")
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff:
        subprocess.run([ruff, "format", "--quiet", str(OUT)], check=False)
    print(f"{len(wanted)} templates in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

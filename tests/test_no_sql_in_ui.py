"""No SQL is built under desktop/ui: the screens call core functions (a session in, plain data
out) and never query, write or flush the store themselves (the layer rule, docs/development.md).

The check reads every module's syntax tree: what it imports from SQLAlchemy and db.models, and
the calls it makes on a session."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "desktop" / "ui"

# Names a screen may import from SQLAlchemy: the Session type (to annotate the functions it
# hands to the worker) and URL parsing (which database the window shows).
ALLOWED_SQLALCHEMY = {"sqlalchemy.orm": {"Session"}, "sqlalchemy.engine": {"URL", "make_url"}}
# Session methods that run or build SQL.
SESSION_CALLS = {
    "execute", "scalar", "scalars", "query", "get", "add", "add_all", "delete", "merge",
    "flush", "commit", "rollback", "begin", "begin_nested", "refresh",
}  # fmt: skip
SESSION_NAMES = {"s", "session", "sess", "db"}


def offences(path: Path) -> list[str]:
    """What in this module builds or runs SQL, as 'file:line: what'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(UI.parents[1]) if path.is_relative_to(UI) else path.name
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlalchemy":
                    found.append(f"{rel}:{node.lineno}: import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {a.name for a in node.names}
            if node.module.split(".")[0] == "sqlalchemy":
                extra = names - ALLOWED_SQLALCHEMY.get(node.module, set())
                if extra:
                    found.append(f"{rel}:{node.lineno}: from {node.module} import {sorted(extra)}")
            elif node.module == "db.models":
                models = sorted(n for n in names if not n.isupper())  # constants are fine
                if models:
                    found.append(f"{rel}:{node.lineno}: from db.models import {models}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in SESSION_NAMES
            and node.func.attr in SESSION_CALLS
        ):
            found.append(f"{rel}:{node.lineno}: {node.func.value.id}.{node.func.attr}(...)")
    return found


def test_no_sql_is_built_under_desktop_ui() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 40  # the walk found the screens
    found = [o for m in modules for o in offences(m)]
    assert found == [], "\n".join(found)


def test_the_check_sees_a_query(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from sqlalchemy import select\nfrom db.models import Attendee, CATEGORIES\n"
        "def f(s):\n    s.flush()\n    return s.scalars(select(Attendee))\n",
        encoding="utf-8",
    )
    got = [o.split(": ", 1)[1] for o in offences(probe)]
    assert got == [
        "from sqlalchemy import ['select']",
        "from db.models import ['Attendee']",
        "s.flush(...)",
        "s.scalars(...)",
    ]

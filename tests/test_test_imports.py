"""No file of the tests imports a test module (tests/**/test_*.py): what several modules share
lives in a support module (tests/tools.py, tests/ui/desk_support.py, tests/ui/scanner.py,
tests/pdf/helpers.py...), a shared fixture in the nearest conftest.py or in a support module
that the test module re-exports by assignment (`private_cups = cups.private_cups`).

Importing a test module runs it a second time under another name, with its fixtures and
marks, and ties one test file's private helpers to another's.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

TESTS = ROOT / "tests"


def _is_test_module(dotted: str) -> bool:
    parts = dotted.split(".")
    return parts[0] == "tests" and any(p.startswith("test_") for p in parts[1:])


def _package(path: Path) -> list[str]:
    """The dotted package of a file under the repository (tests/ui/x.py: tests.ui)."""
    return list(path.relative_to(ROOT).with_suffix("").parts[:-1])


def imported_test_modules(source: str, path: Path) -> list[str]:
    """The test modules that `source` (the file at `path`) imports, however it spells it:
    `import tests.x.test_y`, `from tests.x.test_y import ...`, `from tests.x import test_y`,
    relative imports, importlib.import_module("...")."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if _is_test_module(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package(path)[: len(_package(path)) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if _is_test_module(module):
                found.append(module)
            elif (ROOT / module.replace(".", "/")).is_dir():  # a package: its names are modules
                found += [
                    f"{module}.{a.name}"
                    for a in node.names
                    if _is_test_module(f"{module}.{a.name}")
                ]
        elif isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__"):
            name = node.args[0] if node.args else None
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                found += [name.value] if _is_test_module(name.value) else []
    return found


def _called(call: ast.Call) -> str:
    """The name of the function called: `import_module` for importlib.import_module(...)."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_the_check_finds_every_spelling() -> None:
    here = TESTS / "ui" / "test_example.py"
    spellings = {
        "import tests.ui.test_desk": "tests.ui.test_desk",
        "import tests.ui.test_desk as desk": "tests.ui.test_desk",
        "from tests.db.test_store import helper": "tests.db.test_store",
        "from tests.ui import test_timetable": "tests.ui.test_timetable",
        "from tests import test_layers as layers": "tests.test_layers",
        "from .test_timetable import close_screen": "tests.ui.test_timetable",
        "from . import test_timetable": "tests.ui.test_timetable",
        "from ..core.test_checkin import code_of": "tests.core.test_checkin",
        "importlib.import_module('tests.core.test_checkin')": "tests.core.test_checkin",
    }
    for source, module in spellings.items():
        assert imported_test_modules(source, here) == [module], source
    allowed = (
        "from tests.ui.desk_support import attendee\n"
        "from tests import cups\n"
        "from .scanner import send\n"
        "from tests.ui.scanner import test_clock\n"  # a name in a module, not a module
        "import pytest\n"
        "from tests.conftest import ROOT\n"
    )
    assert imported_test_modules(allowed, here) == []


def test_no_file_of_the_tests_imports_a_test_module() -> None:
    files = [p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts]
    assert TESTS / "ui" / "test_desk.py" in files  # the walk sees the test modules
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted(files)
        for module in imported_test_modules(path.read_text(encoding="utf-8"), path)
    ]
    assert offenders == []

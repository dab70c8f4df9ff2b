"""Keyboard shortcuts: Redo answers the platform's standard keys and Ctrl+Y on a real X server
(where the standard Redo is Ctrl+Shift+Z) with no "Ambiguous shortcut overload", and every
shortcut in the app is unique where it can fire: within each screen, together with the main
window's own menus, and within each action."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import Shell
from desktop.ui.settings import Settings
from tests.tools import python_on_x11

# The Schedule screen on a real X server (the platform's key bindings are those of X11), keys
# sent to it, and what Qt said on the way.
_REDO_ON_X11 = r"""
import sys
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from db.engine import open_store
from desktop.core.events import create_event
from desktop.ui.context import AppContext
from desktop.ui.schedule import ScheduleScreen
from desktop.ui.worker import DbWorker

said = []
qInstallMessageHandler(lambda _kind, _ctx, text: said.append(text))
app = QApplication([])
store = open_store(sys.argv[1], create=True)
with store.session() as s:
    create_event(s, "Keys", "Asia/Hong_Kong")
worker = DbWorker(store)
screen = ScheduleScreen(AppContext(store=store, worker=worker, event_id=1))
log = []

class Step(QUndoCommand):
    def redo(self): log.append("do")
    def undo(self): log.append("undo")

screen.controller.undo_stack.push(Step("a step"))
screen.resize(1200, 800)
screen.show()
QTest.qWaitForWindowExposed(screen)
screen.activateWindow()
QTest.qWaitForWindowActive(screen)
target = screen.view.viewport()
target.setFocus()
QTest.qWait(200)
for keys in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Z", "Ctrl+Y"):
    combo = QKeySequence(keys)[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
    QTest.qWait(100)
QTest.qWait(300)  # the last key's shortcut comes round the event loop
print(" ".join(log))
print("AMBIGUOUS" if any("Ambiguous" in m for m in said) else "clear")
screen.close()
worker.shutdown()
store.close()
"""


def test_redo_answers_ctrl_shift_z_and_ctrl_y_on_x11(tmp_path: Path) -> None:
    out = python_on_x11(_REDO_ON_X11, str(tmp_path / "keys.sqlite"))
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[:2] == ["do undo do undo do", "clear"], out.stdout


def _action_keys(action: QAction) -> list[str]:
    return [s.toString() for s in action.shortcuts() if not s.isEmpty()]


def _keys(owner: QWidget) -> list[str]:
    """Every key sequence of the actions and shortcuts that live in `owner`."""
    out: list[str] = []
    for action in owner.findChildren(QAction):
        out += _action_keys(action)
    for shortcut in owner.findChildren(QShortcut):
        out += [s.toString() for s in shortcut.keys() if not s.isEmpty()]  # noqa: SIM118
    return out


def test_every_shortcut_is_unique_where_it_can_fire(qapp: QApplication, demo_db: Path) -> None:
    shell = Shell(qapp, Settings(), "desk")
    try:
        shell.open(str(demo_db))
        window = shell.window
        assert window is not None
        screens = {key: window.screen_widget(key) for key in window.screen_actions}

        def in_a_screen(action: QAction) -> bool:
            owner = action.parent()
            return isinstance(owner, QWidget) and any(
                w is owner or w.isAncestorOf(owner) for w in screens.values()
            )

        actions = window.findChildren(QAction)
        for action in actions:  # one action never names a key twice
            keys = _action_keys(action)
            assert len(keys) == len(set(keys)), (action.text(), keys)
        own = [k for a in actions if not in_a_screen(a) for k in _action_keys(a)]
        assert own, "the window's menus have shortcuts"
        for key, widget in screens.items():
            twice = {k: n for k, n in Counter(_keys(widget) + own).items() if n > 1}
            assert not twice, (key, twice)
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()

"""The screens of the main window, in navigation order, imported only when first shown.

A screen is a QWidget subclass constructed as `Screen(ctx: AppContext, parent=None)`. It may
define `on_shown()` (called each time it becomes visible) and `refresh()`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.base.screens import SCREEN_KEYS
from desktop.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    target: str  # "package.module:ClassName"
    shortcut: str

    @property
    def shown_title(self) -> str:
        """The title in the interface's language."""
        return QCoreApplication.translate("Screens", self.title)

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


# key -> (title, "package.module:ClassName", shortcut), for every key of SCREEN_KEYS.
_SCREENS = {
    # QT_TRANSLATE_NOOP marks the titles for pyside6-lupdate; shown_title translates them.
    "desk": (QT_TRANSLATE_NOOP("Screens", "Desk"), "desktop.ui.desk:DeskScreen", "Ctrl+1"),
    "attendees": (
        QT_TRANSLATE_NOOP("Screens", "Attendees"),
        "desktop.ui.attendees.screen:AttendeesScreen",
        "Ctrl+2",
    ),
    "schedule": (
        QT_TRANSLATE_NOOP("Screens", "Schedule"),
        "desktop.ui.schedule:ScheduleScreen",
        "Ctrl+3",
    ),
    "badges": (QT_TRANSLATE_NOOP("Screens", "Badges"), "desktop.ui.badges:BadgesScreen", "Ctrl+4"),
    "dashboard": (
        QT_TRANSLATE_NOOP("Screens", "Dashboard"),
        "desktop.ui.dashboard:DashboardScreen",
        "Ctrl+5",
    ),
    "program": (
        QT_TRANSLATE_NOOP("Screens", "Program"),
        "desktop.ui.program:ProgramScreen",
        "Ctrl+6",
    ),
}
if set(_SCREENS) != set(SCREEN_KEYS):  # a screen added in one place only: fail at start-up
    raise RuntimeError(f"screens {sorted(set(_SCREENS) ^ set(SCREEN_KEYS))} are not in both lists")
SCREENS: list[ScreenSpec] = [ScreenSpec(key, *_SCREENS[key]) for key in SCREEN_KEYS]

"""The screens of the main window, in navigation order, imported only when first shown.

A screen is a QWidget subclass constructed as `Screen(ctx: AppContext, parent=None)`. It may
define `on_shown()` (called each time it becomes visible) and `refresh()`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from desktop.base.screens import SCREEN_KEYS


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    target: str  # "package.module:ClassName"
    shortcut: str

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


# key -> (title, "package.module:ClassName", shortcut), for every key of SCREEN_KEYS.
_SCREENS = {
    "desk": ("Desk", "desktop.ui.desk:DeskScreen", "Ctrl+1"),
    "attendees": ("Attendees", "desktop.ui.attendees.screen:AttendeesScreen", "Ctrl+2"),
    "schedule": ("Schedule", "desktop.ui.schedule:ScheduleScreen", "Ctrl+3"),
    "badges": ("Badges", "desktop.ui.badges:BadgesScreen", "Ctrl+4"),
    "dashboard": ("Dashboard", "desktop.ui.dashboard:DashboardScreen", "Ctrl+5"),
    "program": ("Program", "desktop.ui.program:ProgramScreen", "Ctrl+6"),
}
if set(_SCREENS) != set(SCREEN_KEYS):  # a screen added in one place only: fail at start-up
    raise RuntimeError(f"screens {sorted(set(_SCREENS) ^ set(SCREEN_KEYS))} are not in both lists")
SCREENS: list[ScreenSpec] = [ScreenSpec(key, *_SCREENS[key]) for key in SCREEN_KEYS]

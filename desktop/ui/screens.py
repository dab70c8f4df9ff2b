"""The screens of the main window, in navigation order, imported only when first shown.

A screen is a QWidget subclass constructed as `Screen(ctx: AppContext, parent=None)`. It may
define `on_shown()` (called each time it becomes visible) and `refresh()`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    target: str  # "package.module:ClassName"
    shortcut: str

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


SCREENS: list[ScreenSpec] = [
    ScreenSpec("desk", "Desk", "desktop.ui.desk:DeskScreen", "Ctrl+1"),
    ScreenSpec("attendees", "Attendees", "desktop.ui.attendees.screen:AttendeesScreen", "Ctrl+2"),
    ScreenSpec("schedule", "Schedule", "desktop.ui.schedule:ScheduleScreen", "Ctrl+3"),
    ScreenSpec("badges", "Badges", "desktop.ui.badges:BadgesScreen", "Ctrl+4"),
    ScreenSpec("dashboard", "Dashboard", "desktop.ui.dashboard:DashboardScreen", "Ctrl+5"),
    ScreenSpec("program", "Program", "desktop.ui.program_preview:ProgramScreen", "Ctrl+6"),
]

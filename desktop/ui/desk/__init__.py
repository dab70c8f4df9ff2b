"""The registration desk screen: scan or search, check in, walk-ins, undo, counters."""

from desktop.ui.desk.screen import DeskScreen

__all__ = ["DeskScreen"]

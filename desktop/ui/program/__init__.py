"""The program screen: the printed program previewed, its kinds, releases and export."""

from desktop.ui.program.screen import ProgramScreen

__all__ = ["ProgramScreen"]

"""Badges: the batch screen (selection, progress, preview, printer settings) and the designer."""

from desktop.ui.badges.screen import BadgesScreen

__all__ = ["BadgesScreen"]

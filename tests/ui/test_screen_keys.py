"""The CLI's `gui --screen` choices are the main window's screens (the CLI may not import Qt)."""

from desktop.cli.basic import SCREEN_KEYS
from desktop.ui.screens import SCREENS


def test_cli_screen_choices_match_the_screens() -> None:
    assert tuple(spec.key for spec in SCREENS) == SCREEN_KEYS

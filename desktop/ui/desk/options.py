"""The desk's settings, typed, with their defaults in one place (kept in the app's settings)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop.ui.settings import Settings


@dataclass
class DeskOptions:
    """What a desk can tune; every field has the default a fresh desk starts with."""

    clear_after_s: int = 8  # result panel back to "ready" after this long; 0 = never
    sounds: bool = False  # beep on every result (once: checked in; twice: look up)
    search_delay_ms: int = 120  # debounce of search-as-you-type
    scan_gap_ms: int = 30  # keys closer than this are a scanner's
    scan_min_length: int = 6  # shortest code a scanner burst may carry
    checkin_list: str = ""  # the check-in list this desk checks in on ("": the badge pickup)
    # The result panel's headline and category also in English or Chinese (the other one of
    # the interface's), for the person across the desk.
    two_languages: bool = False


def load_options(settings: Settings | None = None) -> DeskOptions:
    """The saved options ("desk/..." keys), the defaults for anything missing."""
    settings = settings or Settings()
    opts = DeskOptions()
    for f in fields(DeskOptions):
        default = getattr(opts, f.name)
        value = settings.get(f"desk/{f.name}", default)
        if isinstance(default, int) and not isinstance(default, bool):
            value = max(0, value)
        setattr(opts, f.name, value)
    return opts


def save_options(opts: DeskOptions, settings: Settings | None = None) -> None:
    settings = settings or Settings()
    for f in fields(DeskOptions):
        settings.set(f"desk/{f.name}", getattr(opts, f.name))

"""The interface's language: English, 繁體中文 (Hong Kong) or 简体中文, with Qt's translators.

The app's strings are marked with `self.tr()` (or `QT_TRANSLATE_NOOP` where they are data)
and extracted by `pyside6-lupdate` into `resources/translations/confdesk_<lang>.ts`, the
sources translators edit (`make translations` refreshes them from the code). Qt reads compiled
`.qm` files: `pyside6-lrelease` makes them at build time (`make`, packaging/build.sh) next to
the sources; an install without them (run from a fresh clone) compiles them into the user's
cache folder at start-up. A missing or broken translation leaves English, never an error.

The language follows the system (zh_HK, zh_TW and zh_MO read Traditional Chinese; zh_CN, zh_SG
Simplified) unless Settings names one; it applies from the next start, which Settings offers.
Qt's own strings (the buttons of standard dialogs) come from Qt's translations; dates, times
and numbers follow QLocale.setDefault. CLI messages stay English.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop.base.user_cache import cache_dir
from desktop.ui.resources import resources_dir

log = logging.getLogger(__name__)

# language code -> its name in itself (what the Settings list shows)
LANGUAGES = {"en": "English", "zh_HK": "繁體中文（香港）", "zh_CN": "简体中文"}
SYSTEM = "system"
# Qt's own translations for each language (qtbase_<name>.qm in Qt's translations folder)
_QT_NAMES = {"zh_HK": "zh_TW", "zh_CN": "zh_CN"}
_TRADITIONAL = ("zh_HK", "zh_TW", "zh_MO", "zh_Hant")


def translations_dir() -> Path:
    """The .ts sources (and the .qm files a build compiled beside them)."""
    return resources_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The language the system asks for, among LANGUAGES (English when it is none of them)."""
    locale = locale or QLocale.system()
    name = locale.name()  # "zh_HK", "en_GB"
    if name.startswith(_TRADITIONAL) or locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_HK"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def resolve(choice: str | None) -> str:
    """The language to use for a Settings choice (a code of LANGUAGES, "system" or None)."""
    return choice if choice in LANGUAGES else system_language()


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


def compiled(language: str) -> Path | None:
    """The .qm file of `language`: the build's, else one compiled now into the cache."""
    ts = translations_dir() / f"confdesk_{language}.ts"
    built = ts.with_suffix(".qm")
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return None
    out = cache_dir() / "translations" / f"confdesk_{language}-{int(ts.stat().st_mtime)}.qm"
    if out.exists():
        return out
    tool = _lrelease()
    if tool is None:
        return None
    try:
        out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in out.parent.glob(f"confdesk_{language}-*.qm"):
            old.unlink(missing_ok=True)
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(out)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("could not compile the %s translation; the interface stays English", language)
        return None
    return out if out.exists() else None


_installed: list[QTranslator] = []
_current = ["en"]
# A second language spoken for a moment (`speaking`): the desk's bilingual result panel.
_speaking: ContextVar[str | None] = ContextVar("confdesk_speaking", default=None)
_others: dict[str, QTranslator | None] = {}


def current() -> str:
    """The language words are said in here: the interface's (a code of LANGUAGES), or the
    one `speaking` names for the moment."""
    return _speaking.get() or _current[0]


def interface() -> str:
    """The language the interface was built in, whatever `speaking` says."""
    return _current[0]


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, `spoken`, `current` and `locale` speak `language` (one of LANGUAGES)
    instead of the interface's, without touching the installed translators."""
    token = _speaking.set(language if language in LANGUAGES else None)
    try:
        yield
    finally:
        _speaking.reset(token)


def _translator(language: str) -> QTranslator | None:
    if language not in _others:
        qm = compiled(language)
        found = QTranslator()
        _others[language] = found if qm is not None and found.load(str(qm)) else None
    return _others[language]


def spoken(context: str, text: str) -> str:
    """`text` of `context` in the language spoken here (see `speaking`); English when no
    translation is found. Mark the literal with QT_TRANSLATE_NOOP so lupdate finds it."""
    language = _speaking.get()
    if language is None or language == _current[0]:
        return QCoreApplication.translate(context, text)
    if language == "en":
        return text
    found = _translator(language)
    return (found.translate(context, text) if found is not None else "") or text


def locale() -> QLocale:
    """The QLocale of the language spoken here (dates and numbers)."""
    language = _speaking.get()
    return QLocale() if language is None or language == _current[0] else QLocale(language)


def install(app: QCoreApplication, choice: str | None = None) -> str:
    """Install the translators of the chosen language (before any window is built); returns
    the language in use."""
    language = resolve(choice)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return language
    qm = compiled(language)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        log.warning("no %s translation found; the interface stays English", language)
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{_QT_NAMES[language]}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    _current[0] = language
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is data (a table of headlines);
    translate it where it is shown with QCoreApplication.translate(context, text)."""
    return text


# The dynamic property of a widget whose text is the event's data (a person's name, a session's
# title, a file name), not words of the interface: it is shown as it is in every language.
DATA_PROPERTY = "confdeskData"
_W = TypeVar("_W", bound=QObject)


def mark_data(widget: _W) -> _W:
    """Mark `widget` as showing the event's data, not interface words (see DATA_PROPERTY);
    returns it, for use inline."""
    widget.setProperty(DATA_PROPERTY, True)
    return widget

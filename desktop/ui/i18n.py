"""The window's language: which translations exist, which one to use, and installing it."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.core import paths

log = logging.getLogger(__name__)

# Overrides the setting (tests, screenshots, `HEARTH_LANGUAGE=fa hearth-gui`).
LANGUAGE_ENV = "HEARTH_LANGUAGE"
# Every visible string made longer and accented (packaging/translations.py pseudo): the
# pseudo-locale test opens each screen in it to find English left over or text cut off.
PSEUDO = "en_XA"
SOURCE = "en"  # the language the code is written in


@dataclass(frozen=True, slots=True)
class Language:
    """One language Hearth speaks: its code (a Qt/ICU locale name) and its own name for itself."""

    code: str
    native_name: str


# Persian, Chinese and Greek first: the documents this project grew from are written in them.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("fa", "فارسی"),
    Language("zh_CN", "简体中文"),
    Language("el", "Ελληνικά"),
    Language("es", "Español"),
    Language("de", "Deutsch"),
    Language("fr", "Français"),
    Language("ja", "日本語"),
    Language("pt_BR", "Português (Brasil)"),
    Language("ru", "Русский"),
    Language("ar", "العربية"),
    Language("hi", "हिन्दी"),
    Language("tr", "Türkçe"),
)
CODES = frozenset(language.code for language in LANGUAGES)
# "pt" -> "pt_BR": a system language Hearth has only in another country's form.
_BY_LANGUAGE = {language.code.split("_")[0]: language.code for language in LANGUAGES}


def translations_dir() -> str:
    """Where hearth_<code>.qm files are: compiled from the .ts sources beside them."""
    return str(paths.resources_dir() / "translations")


def resolve(choice: str, ui_languages: list[str] | None = None) -> str:
    """The code to use: the chosen one, else the first of the system's languages Hearth has
    (by full name, then by language alone: pt_PT gets pt_BR), else English."""
    override = os.environ.get(LANGUAGE_ENV, "")
    if override in CODES or override == PSEUDO:
        return override
    if choice in CODES:
        return choice
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in wanted:
        name = name.replace("-", "_")
        if name in CODES:
            return name
        if name.startswith("zh") and ("Hant" in name or name[-2:] in ("TW", "HK", "MO")):
            continue  # Simplified Chinese is not what a Traditional reader asked for
        base = name.split("_")[0]
        if base in _BY_LANGUAGE:
            return _BY_LANGUAGE[base]
    return SOURCE


class Installed:
    """The translators in use (kept so they live as long as the application)."""

    def __init__(self, code: str, translators: list[QTranslator]) -> None:
        self.code = code
        self.translators = translators

    @property
    def right_to_left(self) -> bool:
        return QLocale(self.code).textDirection() == Qt.LayoutDirection.RightToLeft


def install(app: QGuiApplication, choice: str) -> Installed:
    """Load Hearth's and Qt's own translations for the chosen language, make its locale the
    default (numbers, dates, sizes) and mirror the layout for a right-to-left language."""
    code = resolve(choice)
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    # English loads one too: its plurals ("%n file(s)" -> "1 file") are a translation.
    if ours.load(f"hearth_{code}", translations_dir()):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no compiled translation for %s in %s", code, translations_dir())
    if code != SOURCE:
        locale = QLocale(code) if code != PSEUDO else QLocale(QLocale.Language.English)
        QLocale.setDefault(locale)
        qt_own = QTranslator(app)
        # Qt's own strings: the file dialog's buttons, a line edit's context menu.
        if code != PSEUDO and qt_own.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            translators.append(qt_own)
        app.setLayoutDirection(locale.textDirection())
    return Installed(code, translators)

"""Translators for the interface: Qt's own strings and StretchTimer's, for one locale.

StretchTimer's compiled catalogues are ``resources/i18n/stretchtimer_<locale>.qm``;
Qt's are the ``qtbase_<locale>.qm`` files PySide6 ships. English is the source language;
its catalogue holds only plural forms ("1 day", "2 days") and is always installed first,
so a locale with no catalogue of its own still reads correct English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stretchtimer import resources
from stretchtimer.model.language import ENGLISH, language_of

CATALOGUE_PREFIX = "stretchtimer"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale to write ``language`` in: the system's own when it is that language.

    So an Austrian keeps de_AT's dates, and a German reading StretchTimer in English on
    a German desktop gets English dates (``LANGUAGE=en``, a setting); with no system
    language at all (C), English keeps the plain dates of ``ui/dates.py``.
    """
    system = QLocale.system() if system is None else system
    own = language_of(system.name())
    if own == language or (own is None and language == ENGLISH):
        return system
    return QLocale(language)


def use_language(language: str) -> QLocale:
    """Make ``language``'s locale the default of every ``QLocale()`` (dates, numbers)."""
    locale = locale_for(language)
    QLocale.setDefault(locale)
    return locale


def translations_dir() -> Path:
    return resources.resource_root() / "i18n"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and StretchTimer's translators for ``locale`` (the system's by default).

    Returns the installed translators; the caller keeps them alive as long as the
    application runs (Qt does not take ownership).
    """
    locale = QLocale.system() if locale is None else locale
    folder = translations_dir() if folder is None else folder
    installed: list[QTranslator] = []
    english = QLocale(QLocale.Language.English)
    # Installed last is asked first: the locale's catalogue, then English plurals, then Qt's.
    sources = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase", locale),
        (str(folder), CATALOGUE_PREFIX, english),
    ]
    if locale.language() != QLocale.Language.English:
        sources.append((str(folder), CATALOGUE_PREFIX, locale))
    for directory, prefix, wanted in sources:
        translator = QTranslator(app)
        # load() walks the locale's UI languages (de_AT, de, ...) and takes the first found.
        if translator.load(wanted, prefix, "_", directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed

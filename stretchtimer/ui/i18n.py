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

CATALOGUE_PREFIX = "stretchtimer"


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

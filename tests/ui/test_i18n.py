"""Translators: English plural forms always, the locale's catalogue on top when there is one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from stretchtimer.ui import i18n
from stretchtimer.ui.pages.history.texts import HistoryWords

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _compiled(tmp_path: Path) -> Path:
    """The repository's catalogues compiled into ``tmp_path`` by the build's own tool."""
    tool = [sys.executable, str(ROOT / "tools" / "i18n.py"), "compile", "--out", str(tmp_path)]
    subprocess.run(tool, check=True, capture_output=True, timeout=60)
    assert list(tmp_path.glob("stretchtimer_en.qm"))
    return tmp_path


def _names(found: list[QTranslator]) -> list[str]:
    return [Path(t.filePath()).name for t in found]


def test_english_plurals_read_as_english(
    qapp: QApplication, tmp_path: Path, translators: list[QTranslator]
) -> None:
    found = i18n.install_translators(qapp, QLocale("en_GB"), _compiled(tmp_path))
    translators += found
    assert "stretchtimer_en.qm" in _names(found)
    words = HistoryWords()
    assert words.days(1) == "1 day"
    assert words.days(12) == "12 days"
    assert words.exported(1, "/tmp/x.csv") == "Exported 1 session to /tmp/x.csv."


def test_a_locale_without_a_catalogue_still_gets_english_plurals(
    qapp: QApplication, tmp_path: Path, translators: list[QTranslator]
) -> None:
    found = i18n.install_translators(qapp, QLocale("sv_SE"), _compiled(tmp_path))
    translators += found
    assert _names(found).count("stretchtimer_en.qm") == 1
    assert not any(name.startswith("stretchtimer_sv") for name in _names(found))


def test_no_catalogue_folder_is_not_an_error(
    qapp: QApplication, tmp_path: Path, translators: list[QTranslator]
) -> None:
    found = i18n.install_translators(qapp, QLocale("de_DE"), tmp_path / "missing")
    translators += found
    assert not [t for t in found if t.filePath().startswith(str(tmp_path))]

"""The finder that answers PySide6's feature question for the app's and Python's modules."""

from __future__ import annotations

import sys

import pytest

from stretchtimer import feature_scan
from stretchtimer.feature_scan import NO_FEATURE, NOT_QT, FeatureAnswers, answer_for


def test_the_app_may_use_qt_but_selects_no_feature() -> None:
    assert answer_for("stretchtimer") == NO_FEATURE
    assert answer_for("stretchtimer.ui.pages.session.page") == NO_FEATURE


def test_the_standard_library_and_plain_dependencies_never_use_qt() -> None:
    assert answer_for("json.decoder") == NOT_QT
    assert answer_for("sqlite3") == NOT_QT
    assert answer_for("platformdirs.unix") == NOT_QT


def test_anyone_elses_module_is_left_to_the_scan() -> None:
    # A library may switch on snake_case; only the scan can tell.
    assert answer_for("PySide6.QtCore") is None
    assert answer_for("stretchtimer_plugin") is None
    assert answer_for("somebodys.module") is None


def test_the_finder_answers_for_what_is_loaded_and_what_comes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table: dict[str, int] = {"json": 5}  # an answer already there is never changed

    class Feature:
        pyside_feature_dict = table

    monkeypatch.setitem(sys.modules, "PySide6.support.feature", Feature)
    finder = FeatureAnswers()
    assert finder.find_spec("stretchtimer.not_yet_loaded") is None  # finds nothing itself
    assert table["stretchtimer.not_yet_loaded"] == NO_FEATURE
    assert table["stretchtimer.feature_scan"] == NO_FEATURE  # loaded before: primed
    assert table["os"] == NOT_QT
    assert table["json"] == 5
    assert "PySide6.QtCore" not in table


def test_without_the_table_the_finder_stands_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", object())
    assert FeatureAnswers().find_spec("stretchtimer.anything") is None


def test_it_is_installed_once() -> None:
    feature_scan.install()
    feature_scan.install()
    finders = [f for f in sys.meta_path if isinstance(f, FeatureAnswers)]
    assert len(finders) == 1

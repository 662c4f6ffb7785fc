"""Which language StretchTimer speaks: the setting, else the environment as gettext reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stretchtimer.cli.translate import CliTranslator
from stretchtimer.model.language import language_of, resolve_language, system_language
from stretchtimer.model.settings import language_setting


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8@euro"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),  # not one StretchTimer speaks
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LC_ALL": "", "LANG": "es_ES.UTF-8"}, "es"),  # an empty variable is not set
        # LANGUAGE comes first, even over LC_ALL and over a C locale.
        ({"LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "de"}, "de"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "de"),
        # Its first entry that StretchTimer speaks wins, and English is one.
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "pt_BR:es:de"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "en_GB:de"}, "en"),
        # A list with nothing StretchTimer speaks leaves the locale to decide.
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "pt_BR:ja"}, "fr"),
        ({"LANGUAGE": ":"}, "en"),
    ],
)
def test_the_system_language_follows_the_environment(env: dict[str, str], expected: str) -> None:
    assert system_language(env) == expected


def test_a_chosen_language_wins_over_the_system() -> None:
    env = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    assert resolve_language("system", env) == "de"
    assert resolve_language("fr", env) == "fr"
    assert resolve_language("en", env) == "en"
    assert resolve_language("klingon", env) == "de"


def test_locale_names_give_their_language() -> None:
    assert language_of("de_CH.ISO-8859-1") == "de"
    assert language_of("es-MX") == "es"
    assert language_of("C") is None
    assert language_of("") is None


def test_the_command_line_reads_the_language_setting_without_touching_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    assert language_setting(path) == "system"
    path.write_text(json.dumps({"language": "de", "volume": 20}), encoding="utf-8")
    assert language_setting(path) == "de"
    path.write_text(json.dumps({"language": "tlh"}), encoding="utf-8")
    assert language_setting(path) == "system"
    path.write_text("{ damaged", encoding="utf-8")
    assert language_setting(path) == "system"
    # A damaged file is the window's to keep aside and report; the command leaves it.
    assert path.read_text(encoding="utf-8") == "{ damaged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_english_needs_no_catalogue_and_spells_its_own_plurals(tmp_path: Path) -> None:
    english = CliTranslator("en", tmp_path)
    assert english.translate("Cli", "%n day(s)", None, 1) == "1 day"
    assert english.translate("Cli", "%n day(s)", None, 4) == "4 days"
    assert english.translate("Cli", "%n week(s) in a row (longest %1)", None, 2) == (
        "2 weeks in a row (longest %1)"
    )
    assert english.translate("Cli", "Total: %1") == "Total: %1"
    # German before its catalogue is compiled: English, and still no Qt (checked in
    # test_no_qt by importing the command line).
    assert CliTranslator("de", tmp_path).translate("Cli", "%n day(s)", None, 0) == "0 days"

"""Catalogue translations: checked against the English, applied to built-in items only."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from stretchtimer import resources
from stretchtimer.model.catalogue import LoadResult, load_catalogue
from stretchtimer.model.catalogue_i18n import (
    CatalogueTranslation,
    Reference,
    english_reference,
    load_translation,
    missing,
    parse_translation,
    translate_catalogue,
    translate_safety,
    translate_warmups,
)
from stretchtimer.model.language import LANGUAGES
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.warmups import Warmups, load_warmups

FOLDER = resources.catalogue_translations_dir()
SHIPPED = sorted(p.stem for p in FOLDER.glob("*.json"))
MINE = {
    "version": 1,
    "exercises": [{
        "id": "my-neck", "name": "My neck", "position": "seated", "targets": ["lower back"],
        "mode": "hold", "hold_seconds": 10, "reps": 1, "sides": "none", "rest_seconds": 0,
        "instructions": ["Sit tall."], "breathing": "Slowly.", "caution": "Gently.",
        "tags": ["back"],
    }],
    "routines": [{
        "id": "mine", "name": "Mine", "description": "My own.",
        "items": [{"exercise": "my-neck"}, {"exercise": "cobra"}],
    }],
}  # fmt: skip


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    return load_catalogue(resources.catalogue_path())


@pytest.fixture(scope="module")
def warmups() -> Warmups:
    found, problems = load_warmups(resources.warmups_path())
    assert problems == []
    return found


@pytest.fixture(scope="module")
def reference(loaded: LoadResult, warmups: Warmups) -> Reference:
    return english_reference(
        loaded.catalogue, loaded.builtin_exercises, warmups=warmups, safety=builtin_safety()
    )


@pytest.fixture(scope="module")
def german() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FOLDER / "de.json").read_text(encoding="utf-8"))
    return data


def parse(doc: Any, reference: Reference) -> tuple[CatalogueTranslation, list[str]]:
    tr, problems = parse_translation(json.dumps(doc), "de.json", "de", reference)
    return tr, [str(p) for p in problems]


def test_german_ships() -> None:
    assert "de" in SHIPPED
    assert set(SHIPPED) <= set(LANGUAGES) - {"en"}


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_language_translates_everything_and_nothing_stale(
    language: str, reference: Reference
) -> None:
    """A new exercise, routine, warm-up move or tag without its translation fails here."""
    tr, problems = load_translation(FOLDER, language, reference)
    assert [str(p) for p in problems] == []
    assert missing(tr, reference) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_file_keeps_the_agreed_layout(language: str, reference: Reference) -> None:
    path = FOLDER / f"{language}.json"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert list(data) == ["version", "language", *reference]
    for section in ("exercises", "routines", "warmups"):
        assert list(data[section]) == list(reference[section]), section


def test_a_new_exercise_without_its_translation_is_missed(
    reference: Reference, german: dict[str, Any]
) -> None:
    doc = copy.deepcopy(german)
    del doc["exercises"]["cobra"]
    del doc["exercises"]["cat-cow"]["flow_cues"]
    del doc["tags"]["sciatica"]
    del doc["safety"]["title"]
    tr, problems = parse(doc, reference)
    assert problems == []
    assert missing(tr, reference) == [
        "exercise 'cat-cow': field 'flow_cues'",
        "exercise 'cobra'",
        "safety: title",
        "tag 'sciatica'",
    ]


def test_a_bad_entry_is_named_and_stays_english_while_the_rest_applies(
    loaded: LoadResult, reference: Reference, german: dict[str, Any]
) -> None:
    doc = copy.deepcopy(german)
    doc["exercises"]["cobra"]["instructions"].pop()
    doc["exercises"]["sphinx"]["flow_cues"] = ["Hoch", "Runter"]  # a hold has no cues
    doc["exercises"]["no-such-stretch"] = {"name": "Gibt es nicht"}
    doc["routines"]["quick-reset"]["name"] = "   "
    doc["tags"]["gentle"] = 7
    tr, problems = parse(doc, reference)
    assert problems == [
        "de.json: exercise 'cobra': field 'instructions': must have 5 entries, as the "
        "English has, not 4; this stays English",
        "de.json: exercise 'sphinx': field 'flow_cues': unknown field: the English has no "
        "such text (stale?); this stays English",
        "de.json: exercise 'no-such-stretch': the catalogue has no exercise "
        "'no-such-stretch' (stale?); ignored",
        "de.json: routine 'quick-reset': field 'name': must not be empty; this stays English",
        "de.json: tag 'gentle': must be text, not 7; this stays English",
    ]
    catalogue = translate_catalogue(loaded.catalogue, tr, loaded.builtin_exercises)
    english = loaded.catalogue
    # Cobra's text stays English; its target and tag words are translated on their own.
    cobra = catalogue.exercises["cobra"]
    assert cobra == replace(english.exercises["cobra"], targets=cobra.targets, tags=cobra.tags)
    assert cobra.name == "Cobra" and cobra.tags == ("Rücken", "Morgen")
    assert catalogue.exercises["sphinx"].name == english.exercises["sphinx"].name
    assert catalogue.routines["quick-reset"].name == "Quick reset"
    assert catalogue.exercises["cat-cow"].name == "Katze–Kuh"
    assert catalogue.routines["neck-and-shoulders"].name == "Nacken und Schultern"
    assert "gentle" in catalogue.exercises["neck-turn"].tags
    assert "Schreibtisch" in catalogue.exercises["neck-turn"].tags


def test_a_wrong_header_or_broken_file_leaves_everything_english(
    reference: Reference, german: dict[str, Any], tmp_path: Path
) -> None:
    tr, problems = parse({**german, "language": "fr"}, reference)
    assert tr.sections == {}
    assert problems == [
        "de.json: field 'version': must say \"version\": 1 and \"language\": 'de', not 1 and "
        "'fr'; everything stays English"
    ]
    (tmp_path / "de.json").write_text('{"version": 1, "language": "de", "exercises": {', "utf-8")
    tr, found = load_translation(tmp_path, "de", reference)
    assert tr.sections == {}
    assert str(found[-1]) == f"{tmp_path / 'de.json'}: not used; everything stays English"
    assert "invalid JSON" in str(found[0]) or "line 1" in str(found[0])
    tr, told = parse({**german, "exercises": [], "colours": {}}, reference)
    assert told == [
        "de.json: field 'exercises': must be an object, not []",
        "de.json: field 'colours': unknown section; ignored",
    ]


def test_a_language_without_a_file_and_english_need_no_translation(
    reference: Reference, tmp_path: Path
) -> None:
    assert load_translation(tmp_path, "es", reference) == (CatalogueTranslation("es"), [])
    assert load_translation(FOLDER, "en", reference) == (CatalogueTranslation(), [])


def test_warm_ups_and_the_safety_notice_are_translated_and_checked(
    warmups: Warmups, reference: Reference, german: dict[str, Any]
) -> None:
    tr, _ = parse(german, reference)
    moved = translate_warmups(warmups, tr)
    seated = next(w for p, w in moved.items() if p.value == "seated")
    assert seated.name == "Aufwärmen im Sitzen"
    assert [m.illustration for m in seated.moves] == [
        m.illustration for p, w in warmups.items() if p.value == "seated" for m in w.moves
    ]
    notice = translate_safety(builtin_safety(), tr)
    assert notice.title == "Bevor du anfängst"
    assert len(notice.paragraphs) == len(builtin_safety().paragraphs)

    doc = copy.deepcopy(german)
    doc["warmups"]["seated"]["moves"][0]["cue"] = "Marschier ganz langsam mit beiden Füßen am Platz"
    doc["safety"]["avoid_with_back_pain"].append("Etwas Neues.")
    tr, problems = parse(doc, reference)
    assert problems == [
        "de.json: warm-up 'seated': field 'moves[0].cue': must be at most 40 characters, "
        "not 48; this stays English",
        "de.json: safety: field 'avoid_with_back_pain': must have 2 entries, as the English "
        "has, not 3; this stays English",
    ]
    assert translate_safety(builtin_safety(), tr) == builtin_safety()
    again = translate_warmups(warmups, tr)
    assert next(w for p, w in again.items() if p.value == "seated").name == "Seated warm-up"


def test_the_users_own_routines_and_exercises_stay_as_written(
    tmp_path: Path, german: dict[str, Any]
) -> None:
    (tmp_path / "mine.json").write_text(json.dumps(MINE), encoding="utf-8")
    loaded = load_catalogue(resources.catalogue_path(), tmp_path)
    assert loaded.problems == []
    reference = english_reference(loaded.catalogue, loaded.builtin_exercises)
    # The user's items are not in the reference, so a file can never name them.
    assert "my-neck" not in reference["exercises"] and "mine" not in reference["routines"]
    tr, problems = parse(german, reference)
    assert problems == []  # sections the command line does not check are left alone
    catalogue = translate_catalogue(loaded.catalogue, tr, loaded.builtin_exercises)
    assert catalogue.exercises["my-neck"] == loaded.catalogue.exercises["my-neck"]
    assert catalogue.exercises["my-neck"].targets == ("lower back",)
    assert catalogue.routines["mine"] == loaded.catalogue.routines["mine"]
    assert catalogue.exercises["cobra"].targets[0] == "unterer Rücken"
    # Translating makes a copy: the loaded catalogue is still English.
    assert loaded.catalogue.exercises["cobra"].name == "Cobra"

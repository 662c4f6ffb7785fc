"""The built-in catalogue in the user's language: per-language files checked against it.

``resources/i18n/catalogue/<lang>.json`` translates the English text of the built-in
exercises, routines, warm-ups, safety notice, target words and tags (the format is
described in ``docs/catalogue-translations.md``). The English itself, in the same shape, is the
*reference* (:func:`english_reference`): a translation is valid where it has the same
keys and the same list lengths, with text where the English has text.

A translation is read like any file StretchTimer did not write: an entry with a problem
(an id or field the catalogue does not have, a list of the wrong length, text that is
empty or too long) is reported, naming the file, the item and the field, and that item
stays English; the rest of the file still applies. What a file leaves out stays English
too; :func:`missing` lists it, so a shipped language that misses anything fails the tests.
Only built-in items are translated: the user's own routines and exercises stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from stretchtimer.model.catalogue import Catalogue, Exercise, Position, Routine
from stretchtimer.model.field_rules import Text
from stretchtimer.model.language import ENGLISH
from stretchtimer.model.safety import SafetyNotice
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import (
    LoadError,
    Message,
    MissingFileError,
    Problem,
    parse_json,
    quoted,
    read_text,
    said,
)
from stretchtimer.model.warmups import MAX_CUE_CHARS, Warmup, WarmupMove, Warmups

TRANSLATION_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
# The most characters a translated text may have, by the field it translates; the same
# limits as the English files' (a warm-up cue is shown large and must stay short).
_LIMITS = {
    "name": 120, "description": 1000, "instructions": 1000, "breathing": 1000,
    "caution": 1000, "flow_cues": 80, "cue": MAX_CUE_CHARS, "how": 400, "title": 120,
    "paragraphs": 1000, "avoid_with_back_pain": 1000, "targets": 80, "tags": 80,
}  # fmt: skip
_EXERCISE_FIELDS = ("name", "instructions", "breathing", "caution", "flow_cues")
# Each section's item kind, as problems name it ("exercise 'cobra'").
_ITEM_KINDS = {
    "exercises": "exercise", "routines": "routine", "warmups": "warm-up",
    "targets": "target", "tags": "tag",
}  # fmt: skip
# The item a problem names, "exercise 'cobra'", by section.
_ITEMS = {
    "exercises": QT_TRANSLATE_NOOP("Problem", "exercise %1"),
    "routines": QT_TRANSLATE_NOOP("Problem", "routine %1"),
    "warmups": QT_TRANSLATE_NOOP("Problem", "warm-up %1"),
    "targets": QT_TRANSLATE_NOOP("Problem", "target %1"),
    "tags": QT_TRANSLATE_NOOP("Problem", "tag %1"),
}
SECTIONS = ("exercises", "routines", "warmups", "safety", "targets", "tags")
_HEADER = ("version", "language")

Reference = dict[str, Any]


def _exercise_text(ex: Exercise) -> dict[str, Any]:
    text: dict[str, Any] = {
        "name": ex.name, "instructions": list(ex.instructions), "breathing": ex.breathing,
        "caution": ex.caution, "flow_cues": list(ex.flow_cues),
    }  # fmt: skip
    # A field with no English (no flow cues on a hold) has no translation either.
    return {k: v for k, v in text.items() if v}


def english_reference(
    catalogue: Catalogue,
    builtin_exercises: Iterable[str],
    *,
    warmups: Warmups | None = None,
    safety: SafetyNotice | None = None,
) -> Reference:
    """The built-in English text in the translation files' shape.

    A section left out (no ``warmups`` for the command line, say) is neither checked nor
    applied; the window passes them all.
    """
    builtin = set(builtin_exercises)
    exercises = [e for e in catalogue.exercises.values() if e.id in builtin]
    ref: Reference = {
        "exercises": {e.id: _exercise_text(e) for e in exercises},
        "routines": {
            r.id: {"name": r.name, "description": r.description}
            for r in catalogue.routines.values()
            if r.source == "built-in"
        },
    }
    if warmups is not None:
        ref["warmups"] = {
            w.position.value: {
                "name": w.name,
                "moves": [{"cue": m.cue, "how": m.how} for m in w.moves],
            }
            for w in warmups.values()
        }
    if safety is not None:
        ref["safety"] = {
            "title": safety.title,
            "paragraphs": list(safety.paragraphs),
            "avoid_with_back_pain": list(safety.avoid_with_back_pain),
        }
    # In the files' order (SECTIONS), so a template written from it reads the same.
    ref["targets"] = {t: t for e in exercises for t in e.targets}
    ref["tags"] = {t: t for e in exercises for t in e.tags}
    return ref


@dataclass(frozen=True)
class CatalogueTranslation:
    """The checked entries of one language's file, by section and key; empty for English."""

    language: str = ENGLISH
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def entry(self, section: str, key: str) -> Any:
        return self.sections.get(section, {}).get(key)

    def word(self, section: str, word: str) -> str:
        """A target or tag word in this language, or as it is."""
        found = self.entry(section, word)
        return found if isinstance(found, str) else word


_NOT_OBJECT = QT_TRANSLATE_NOOP("Problem", "must be an object, not %1")
_STAYS_ENGLISH = QT_TRANSLATE_NOOP("Problem", "%1; this stays English")


def _problems_of(value: Any, english: Any, where: str, limit_key: str) -> list[tuple[str, Message]]:
    """(field, message) for each way ``value`` differs in shape from ``english``."""
    if isinstance(english, str):
        if not isinstance(value, str):
            return [
                (where, said(QT_TRANSLATE_NOOP("Problem", "must be text, not %1"), quoted(value)))
            ]
        problem = Text(_LIMITS.get(limit_key, 1000)).problem(value)
        return [(where, problem)] if problem else []
    if isinstance(english, list):
        if not isinstance(value, list):
            return [
                (where, said(QT_TRANSLATE_NOOP("Problem", "must be a list, not %1"), quoted(value)))
            ]
        if len(value) != len(english):
            entries = QT_TRANSLATE_NOOP(
                "Problem", "must have %1 entries, as the English has, not %2"
            )
            return [(where, said(entries, len(english), len(value)))]
        found: list[tuple[str, Message]] = []
        for i, (v, e) in enumerate(zip(value, english, strict=True)):
            found += _problems_of(v, e, f"{where}[{i}]", limit_key)
        return found
    # An object: the same keys as the English, each of the same shape.
    if not isinstance(value, dict):
        return [(where, said(_NOT_OBJECT, quoted(value)))]
    found = []
    for key in value:
        inner = f"{where}.{key}" if where else str(key)
        if key not in english:
            stale = QT_TRANSLATE_NOOP(
                "Problem", "unknown field: the English has no such text (stale?)"
            )
            found.append((inner, said(stale)))
        else:
            found += _problems_of(value[key], english[key], inner, key)
    return found


def _check_section(
    name: str, raw: Any, english: Mapping[str, Any], file: str, problems: list[Problem]
) -> dict[str, Any]:
    if not isinstance(raw, dict):
        problems.append(Problem(file, "", name, said(_NOT_OBJECT, quoted(raw))))
        return {}
    kept: dict[str, Any] = {}
    for key, value in raw.items():
        item = said(_ITEMS[name], quoted(key))
        if key not in english:
            stale = QT_TRANSLATE_NOOP("Problem", "the catalogue has no %1 (stale?); ignored")
            problems.append(Problem(file, item, "", said(stale, item)))
            continue
        found = _problems_of(value, english[key], "", name)
        if found:
            for where, message in found:
                problems.append(Problem(file, item, where, said(_STAYS_ENGLISH, message)))
            continue
        kept[key] = value
    return kept


def parse_translation(
    text: str, file: str, language: str, reference: Reference
) -> tuple[CatalogueTranslation, list[Problem]]:
    """The usable entries of one language's file, and a problem for everything else."""
    try:
        data = parse_json(text, file)
    except LoadError as exc:
        return CatalogueTranslation(language), [*exc.problems, _all_english(file)]
    if not isinstance(data, dict):
        not_object = QT_TRANSLATE_NOOP(
            "Problem", "the top level must be a JSON object; everything stays English"
        )
        return CatalogueTranslation(language), [Problem(file, "", "", said(not_object))]
    if data.get("version") != TRANSLATION_VERSION or data.get("language") != language:
        header = QT_TRANSLATE_NOOP(
            "Problem",
            'must say "version": %1 and "language": %2, not %3 and %4; everything stays English',
        )
        message = said(
            header,
            TRANSLATION_VERSION,
            quoted(language),
            quoted(data.get("version")),
            quoted(data.get("language")),
        )
        return CatalogueTranslation(language), [Problem(file, "", "version", message)]
    problems: list[Problem] = []
    sections: dict[str, Mapping[str, Any]] = {}
    for key, raw in data.items():
        if key in _HEADER:
            continue
        if key not in SECTIONS:
            unknown = said(QT_TRANSLATE_NOOP("Problem", "unknown section; ignored"))
            problems.append(Problem(file, "", str(key), unknown))
        elif key == "safety":
            if "safety" in reference:
                found = _problems_of(raw, reference["safety"], "", "safety")
                for where, message in found:
                    problems.append(Problem(file, "safety", where, said(_STAYS_ENGLISH, message)))
                if not found:
                    sections["safety"] = {"notice": raw}
        elif key in reference:
            sections[key] = _check_section(key, raw, reference[key], file, problems)
    return CatalogueTranslation(language, sections), problems


def _all_english(file: str) -> Problem:
    return Problem(
        file, "", "", said(QT_TRANSLATE_NOOP("Problem", "not used; everything stays English"))
    )


def load_translation(
    folder: Path, language: str, reference: Reference
) -> tuple[CatalogueTranslation, list[Problem]]:
    """``folder/<language>.json`` checked against ``reference``; English needs no file.

    A language with no file (yet) is spoken in English without a complaint: the interface
    may be translated before its catalogue is.
    """
    if language == ENGLISH:
        return CatalogueTranslation(), []
    path = folder / f"{language}.json"
    try:
        text = read_text(path, limit=MAX_FILE_BYTES)
    except MissingFileError:
        return CatalogueTranslation(language), []
    except LoadError as exc:
        return CatalogueTranslation(language), [*exc.problems, _all_english(str(path))]
    return parse_translation(text, str(path), language, reference)


def missing(translation: CatalogueTranslation, reference: Reference) -> list[str]:
    """Every item and field of ``reference`` that ``translation`` leaves English."""
    gaps: list[str] = []
    for section, english in reference.items():
        entries = translation.sections.get(section, {})
        if section == "safety":
            notice = entries.get("notice", {})
            gaps += [f"safety: {k}" for k in english if k not in notice]
            continue
        for key, text in english.items():
            if key not in entries:
                gaps.append(f"{_ITEM_KINDS[section]} {quoted(key)}")
            elif isinstance(text, dict):
                gaps += [
                    f"{_ITEM_KINDS[section]} {quoted(key)}: field '{k}'"
                    for k in text
                    if k not in entries[key]
                ]
    return gaps


def _translated_exercise(ex: Exercise, tr: CatalogueTranslation) -> Exercise:
    entry = tr.entry("exercises", ex.id) or {}
    changes: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in entry.items() if k in _EXERCISE_FIELDS
    }
    changes["targets"] = tuple(tr.word("targets", t) for t in ex.targets)
    changes["tags"] = tuple(tr.word("tags", t) for t in ex.tags)
    return replace(ex, **changes)


def _translated_routine(routine: Routine, tr: CatalogueTranslation) -> Routine:
    entry = tr.entry("routines", routine.id) if routine.source == "built-in" else None
    return routine if not entry else replace(routine, **entry)


def translate_catalogue(
    catalogue: Catalogue, tr: CatalogueTranslation, builtin_exercises: Iterable[str]
) -> Catalogue:
    """A copy of ``catalogue`` with its built-in items in ``tr``'s language."""
    builtin = set(builtin_exercises)
    return Catalogue(
        exercises={
            k: _translated_exercise(e, tr) if k in builtin else e
            for k, e in catalogue.exercises.items()
        },
        routines={k: _translated_routine(r, tr) for k, r in catalogue.routines.items()},
    )


def translate_warmups(warmups: Warmups, tr: CatalogueTranslation) -> dict[Position, Warmup]:
    """A copy of ``warmups`` in ``tr``'s language, each move keeping its picture."""
    out = {}
    for position, w in warmups.items():
        entry = tr.entry("warmups", position.value) or {}
        texts = entry.get("moves", [{"cue": m.cue, "how": m.how} for m in w.moves])
        moves = tuple(
            WarmupMove(t["cue"], t["how"], m.illustration)
            for m, t in zip(w.moves, texts, strict=True)
        )
        out[position] = replace(w, name=entry.get("name", w.name), moves=moves)
    return out


def translate_safety(notice: SafetyNotice, tr: CatalogueTranslation) -> SafetyNotice:
    """The safety notice in ``tr``'s language (each part English where it has none)."""
    entry = tr.entry("safety", "notice") or {}
    return SafetyNotice(
        entry.get("title", notice.title),
        tuple(entry.get("paragraphs", notice.paragraphs)),
        tuple(entry.get("avoid_with_back_pain", notice.avoid_with_back_pain)),
    )


__all__ = [
    "SECTIONS",
    "CatalogueTranslation",
    "english_reference",
    "load_translation",
    "missing",
    "parse_translation",
    "translate_catalogue",
    "translate_safety",
    "translate_warmups",
]

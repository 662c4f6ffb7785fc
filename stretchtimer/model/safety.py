"""The first-run safety notice: how far to stretch, when to stop, what to avoid with back pain.

The text lives in ``resources/safety.json`` beside the catalogue, so it is reviewed and
translated as content rather than code. Its fields are declared like the catalogue's and
problems are reported the same way (file, field, message), every one at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stretchtimer.model.field_rules import (
    Checker,
    Count,
    Declared,
    Text,
    TextList,
    build,
    check_object,
    file_fields,
    rule,
)
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import LoadError, Problem, parse_json, read_text, said
from stretchtimer.resources import resource_root

SAFETY_FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
_EMPTY = said(QT_TRANSLATE_NOOP("Problem", "must not be empty"))
_PARAGRAPHS = rule(TextList(max_chars=1000, max_items=20, empty=_EMPTY))


@dataclass(frozen=True)
class SafetyNotice:
    """What a person reads before their first session."""

    title: str = field(metadata=rule(Text(120)))
    paragraphs: tuple[str, ...] = field(metadata=_PARAGRAPHS)
    avoid_with_back_pain: tuple[str, ...] = field(metadata=_PARAGRAPHS)


def parse_safety(text: str, file: str) -> SafetyNotice:
    """Parse a safety notice; raise :class:`LoadError` listing every problem."""
    data = parse_json(text, file)
    if not isinstance(data, dict):
        not_object = said(QT_TRANSLATE_NOOP("Problem", "the top level must be a JSON object"))
        raise LoadError([Problem(file, "", "", not_object)])
    c = Checker(file)
    version = Declared(Count(SAFETY_FORMAT_VERSION, SAFETY_FORMAT_VERSION), required=True)
    check_object(c, data, "", {"version": version, **file_fields(SafetyNotice)})
    c.raise_if_any()
    notice: SafetyNotice = build(SafetyNotice, data)
    return notice


def load_safety(path: Path) -> SafetyNotice:
    """Read and parse the safety notice at ``path`` (a regular file of at most 256 KB)."""
    return parse_safety(read_text(path, limit=MAX_FILE_BYTES), str(path))


def builtin_safety() -> SafetyNotice:
    """The notice that ships with StretchTimer."""
    return load_safety(resource_root() / "safety.json")

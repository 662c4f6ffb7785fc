"""The first-run safety notice: how far to stretch, when to stop, what to avoid with back pain.

The text lives in ``resources/safety.json`` beside the catalogue, so it is reviewed and
translated as content rather than code. Problems are reported the way the catalogue
reports them (file, field, message), every one at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# The catalogue's checker and JSON reader already word problems the way the rest of the
# app shows them; a second copy here would drift.
from stretchtimer.model.catalogue import (
    CatalogueError,
    Problem,
    _Checker,
    _is_type,
    _json_with_position,
)
from stretchtimer.resources import resource_root

SAFETY_FORMAT_VERSION = 1

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "version": int,
    "title": str,
    "paragraphs": list,
    "avoid_with_back_pain": list,
}


@dataclass(frozen=True)
class SafetyNotice:
    """What a person reads before their first session."""

    title: str
    paragraphs: tuple[str, ...]
    avoid_with_back_pain: tuple[str, ...]


def parse_safety(text: str, file: str) -> SafetyNotice:
    """Parse a safety notice; raise :class:`CatalogueError` listing every problem."""
    data = _json_with_position(text, file)
    if not isinstance(data, dict):
        raise CatalogueError([Problem(file, "", "", "the top level must be a JSON object")])
    c = _Checker(file)
    c.fields(data, "", _FIELDS, {})
    # Content checks run on every field whose type is right, so one wrong type does not
    # hide an empty paragraph elsewhere in the same file.
    version = data.get("version")
    if _is_type(version, int) and version != SAFETY_FORMAT_VERSION:
        c.add("", "version", f"must be {SAFETY_FORMAT_VERSION}, not {version!r}")
    title = data.get("title")
    if isinstance(title, str):
        c.text("", "title", title)
    for key in ("paragraphs", "avoid_with_back_pain"):
        values = data.get(key)
        if isinstance(values, list):
            c.text_list("", key, values, nonempty=True)
    if c.problems:
        raise CatalogueError(c.problems)
    return SafetyNotice(
        title=data["title"],
        paragraphs=tuple(data["paragraphs"]),
        avoid_with_back_pain=tuple(data["avoid_with_back_pain"]),
    )


def load_safety(path: Path) -> SafetyNotice:
    """Read and parse the safety notice at ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError([Problem(str(path), "", "", f"cannot be read: {exc}")]) from exc
    return parse_safety(text, str(path))


def builtin_safety() -> SafetyNotice:
    """The notice that ships with StretchTimer."""
    return load_safety(resource_root() / "safety.json")

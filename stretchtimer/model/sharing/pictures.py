"""The pictures of the user's own exercises: which files are accepted, and their frames.

A picture arrives from outside (a shared file, a Workrave folder, a file chooser), so its
name and its first bytes are checked before it is copied: a name is a plain file name in
the pictures folder, and the content is what the suffix says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Message, said

MAX_PICTURE_BYTES = 4 * 1024 * 1024
SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}")
_SVG_HEAD = 4096


def name_problem(name: str) -> Message | None:
    """Why ``name`` cannot name a picture, or None."""
    if not _NAME.fullmatch(name) or ".." in name:
        return said(QT_TRANSLATE_NOOP("Problem", "%1 is not a plain picture file name"), repr(name))
    if Path(name).suffix.lower() not in SUFFIXES:
        return said(
            QT_TRANSLATE_NOOP("Problem", "%1 is not a PNG, JPEG or SVG file name"), repr(name)
        )
    return None


def content_problem(name: str, data: bytes) -> Message | None:
    """Why ``data`` is not a usable picture called ``name``, or None."""
    found = picture_problem(name, data)
    return None if found is None else said(QT_TRANSLATE_NOOP("Problem", "%1 %2"), repr(name), found)


def picture_problem(name: str, data: bytes) -> Message | None:
    """Why ``data`` is not a usable picture called ``name``, said of the file ("is not ...")."""
    if len(data) > MAX_PICTURE_BYTES:
        limit = MAX_PICTURE_BYTES // (1024 * 1024)
        return said(QT_TRANSLATE_NOOP("Problem", "is larger than %1 MB"), limit)
    suffix = Path(name).suffix.lower()
    if suffix == ".png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return said(QT_TRANSLATE_NOOP("Problem", "is not a PNG picture"))
    if suffix in (".jpg", ".jpeg") and not data.startswith(b"\xff\xd8\xff"):
        return said(QT_TRANSLATE_NOOP("Problem", "is not a JPEG picture"))
    if suffix == ".svg":
        head = data[:_SVG_HEAD].lower()
        if b"<svg" not in head:
            return said(QT_TRANSLATE_NOOP("Problem", "is not an SVG picture"))
        if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
            # The same rule as imported XML: no DTDs, so no entity expansion.
            dtd = QT_TRANSLATE_NOOP("Problem", "declares a DTD or entities, which are not allowed")
            return said(dtd)
    return None


def frame_names(first: str, existing: set[str]) -> list[str]:
    """``first`` and its further frames ``<stem>-2<suffix>`` ... among ``existing`` names,
    the same rule the built-in illustrations follow."""
    path = Path(first)
    frames = [first]
    n = 2
    while f"{path.stem}-{n}{path.suffix}" in existing:
        frames.append(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return frames


def free_stem(first: str, frames: int, taken: set[str]) -> str:
    """A picture name like ``first`` whose ``frames`` frame names are all free in ``taken``.

    ``first`` itself when it is free; else ``<stem>-copy<n><suffix>`` ("-copy" rather than
    "-2": a number would read as a further frame of the picture).
    """
    path = Path(first)

    def names(stem: str) -> list[str]:
        return [f"{stem}{path.suffix}"] + [f"{stem}-{n}{path.suffix}" for n in range(2, frames + 1)]

    if not taken.intersection(names(path.stem)):
        return first
    n = 1
    while taken.intersection(names(f"{path.stem}-copy{n}")):
        n += 1
    return f"{path.stem}-copy{n}{path.suffix}"


@dataclass(frozen=True)
class Picture:
    """A picture chosen for an exercise, checked, not yet copied into the pictures folder."""

    suffix: str  # ".png", ".jpg" or ".svg"
    data: bytes

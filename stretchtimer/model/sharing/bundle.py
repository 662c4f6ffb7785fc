"""A routine as one file to share: the routine, the user's own exercises it uses, and
their pictures (base64), in a JSON envelope around the catalogue format.

::

    {"format": "stretchtimer-routine", "version": 1,
     "catalogue": {"version": 1, "exercises": [...], "routines": [{...}]},
     "pictures": {"my-stretch.png": "<base64>", "my-stretch-2.png": "<base64>"}}

Reading one is reading an untrusted file: a size cap before reading, a regular file only,
every picture's name and content checked, the catalogue part checked by the loader.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stretchtimer.model.catalogue import Catalogue, CatalogueError, parse_catalogue
from stretchtimer.model.routine_json import catalogue_document
from stretchtimer.model.sharing.imports import ImportPlan, prepare_import
from stretchtimer.model.sharing.pictures import content_problem, frame_names, name_problem
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Problem, said

BUNDLE_FORMAT = "stretchtimer-routine"
BUNDLE_VERSION = 1
MAX_BUNDLE_BYTES = 48 * 1024 * 1024
MAX_PICTURES = 200


@dataclass(frozen=True)
class Bundle:
    """The text of a bundle file and what it holds."""

    text: str
    exercises: tuple[str, ...]
    pictures: tuple[str, ...]
    missing_pictures: tuple[str, ...] = ()


def export_bundle(
    routine_id: str, catalogue: Catalogue, builtin: Catalogue, pictures_dir: Path
) -> Bundle:
    """``routine_id`` with the exercises of ``catalogue`` it uses that are not built in,
    and the picture files those exercises name (every frame). A picture that cannot be
    read is left out and listed in ``missing_pictures``."""
    routine = catalogue.routine(routine_id)
    own = [
        catalogue.exercise(i)
        for i in dict.fromkeys(item.exercise for item in routine.items)
        if i not in builtin.exercises
    ]
    try:
        present = {p.name for p in pictures_dir.iterdir()}
    except OSError:
        present = set()
    pictures: dict[str, str] = {}
    missing: list[str] = []
    for ex in own:
        if not ex.illustration:
            continue
        for name in frame_names(ex.illustration, present):
            try:
                data = (pictures_dir / name).read_bytes()
            except OSError:
                missing.append(name)
                continue
            pictures[name] = base64.b64encode(data).decode("ascii")
    document = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "catalogue": catalogue_document(own, [routine]),
        "pictures": pictures,
    }
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    return Bundle(text, tuple(e.id for e in own), tuple(pictures), tuple(missing))


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``CatalogueError`` naming it otherwise."""
    where = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            not_regular = said(QT_TRANSLATE_NOOP("Problem", "is not a regular file"))
            raise CatalogueError([Problem(where, "", "", not_regular)])
        if info.st_size > limit:
            mb = limit // (1024 * 1024)
            too_large = said(QT_TRANSLATE_NOOP("Problem", "is larger than %1 MB"), mb)
            raise CatalogueError([Problem(where, "", "", too_large)])
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        unreadable = said(QT_TRANSLATE_NOOP("Problem", "cannot be read: %1"), exc)
        raise CatalogueError([Problem(where, "", "", unreadable)]) from exc
    if len(data) > limit:
        grew = said(QT_TRANSLATE_NOOP("Problem", "grew while it was read"))
        raise CatalogueError([Problem(where, "", "", grew)])
    return data


_MUST_BE = QT_TRANSLATE_NOOP("Problem", "must be %1, not %2")
_OBJECT = QT_TRANSLATE_NOOP("Problem", "must be an object")


def is_bundle(data: bytes) -> bool:
    """Whether ``data`` looks like a bundle (a JSON object) rather than XML."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _refuse(constant: str) -> Any:
    raise _RefusedError(constant)


class _RefusedError(ValueError):
    pass


def parse_bundle(data: bytes, file: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The catalogue part and the decoded pictures of a bundle; ``CatalogueError`` listing
    every problem of the envelope and its pictures."""
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse)
    except UnicodeDecodeError as exc:
        not_utf8 = said(QT_TRANSLATE_NOOP("Problem", "is not UTF-8 text: %1"), exc)
        raise CatalogueError([Problem(file, "", "", not_utf8)]) from exc
    except json.JSONDecodeError as exc:
        at = QT_TRANSLATE_NOOP("Problem", "invalid JSON at line %1, column %2: %3")
        message = said(at, exc.lineno, exc.colno, exc.msg)
        raise CatalogueError([Problem(file, "", "", message)]) from exc
    except _RefusedError as exc:
        refused = said(QT_TRANSLATE_NOOP("Problem", "invalid JSON: %1 is not allowed"), exc)
        raise CatalogueError([Problem(file, "", "", refused)]) from exc
    except (ValueError, RecursionError) as exc:
        invalid = said(QT_TRANSLATE_NOOP("Problem", "invalid JSON: %1"), exc)
        raise CatalogueError([Problem(file, "", "", invalid)]) from exc
    if not isinstance(document, dict):
        not_object = said(QT_TRANSLATE_NOOP("Problem", "the top level must be a JSON object"))
        raise CatalogueError([Problem(file, "", "", not_object)])
    problems: list[Problem] = []
    for key in document:
        if key not in ("format", "version", "catalogue", "pictures"):
            problems.append(
                Problem(file, "", key, said(QT_TRANSLATE_NOOP("Problem", "unknown key")))
            )
    if document.get("format") != BUNDLE_FORMAT:
        found = document.get("format")
        wrong = said(_MUST_BE, repr(BUNDLE_FORMAT), repr(found))
        problems.append(Problem(file, "", "format", wrong))
    if document.get("version") != BUNDLE_VERSION:
        found = document.get("version")
        wrong = said(_MUST_BE, BUNDLE_VERSION, repr(found))
        problems.append(Problem(file, "", "version", wrong))
    cat = document.get("catalogue")
    if not isinstance(cat, dict):
        problems.append(Problem(file, "", "catalogue", said(_OBJECT)))
    raw_pictures = document.get("pictures", {})
    pictures: dict[str, bytes] = {}
    if not isinstance(raw_pictures, dict):
        problems.append(Problem(file, "", "pictures", said(_OBJECT)))
        raw_pictures = {}
    if len(raw_pictures) > MAX_PICTURES:
        too_many = said(QT_TRANSLATE_NOOP("Problem", "must hold at most %1"), MAX_PICTURES)
        problems.append(Problem(file, "", "pictures", too_many))
        raw_pictures = {}
    for name, encoded in raw_pictures.items():
        item = said(QT_TRANSLATE_NOOP("Problem", "picture %1"), repr(name))
        problem = name_problem(name)
        if problem is None and not isinstance(encoded, str):
            problem = said(QT_TRANSLATE_NOOP("Problem", "must be base64 text"))
        if problem is None:
            try:
                pictures[name] = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                problem = said(QT_TRANSLATE_NOOP("Problem", "is not valid base64"))
        if problem is None:
            problem = content_problem(name, pictures[name])
        if problem is not None:
            problems.append(Problem(file, item, "pictures", problem))
    if problems:
        raise CatalogueError(problems)
    assert isinstance(cat, dict)
    return cat, pictures


def import_bundle(data: bytes, file: str, *, current: Catalogue, data_dir: Path) -> ImportPlan:
    """What importing the bundle ``data`` (read from ``file``) would add to ``data_dir``."""
    cat, pictures = parse_bundle(data, file)
    raw = cat.get("exercises", [])
    own_ids = {o.get("id") for o in raw if isinstance(o, dict)} if isinstance(raw, list) else set()
    # The bundle's own exercises stand for themselves even where an id is taken here; the
    # clash is renamed afterwards.
    base = Catalogue(exercises={k: v for k, v in current.exercises.items() if k not in own_ids})
    loaded = parse_catalogue(json.dumps(cat), file, base=base, source=file)
    if len(loaded.routines) != 1:
        count = len(loaded.routines)
        not_one = said(QT_TRANSLATE_NOOP("Problem", "must hold one routine, not %1"), count)
        raise CatalogueError([Problem(file, "", "routines", not_one)])
    notes: list[str] = []  # each a Message
    exercises = []
    for ex in loaded.exercises.values():
        if ex.illustration and ex.illustration not in pictures:
            # A name with no picture behind it could show someone else's picture here.
            absent = QT_TRANSLATE_NOOP("Problem", "exercise %1: its picture %2 is not in the file")
            notes.append(said(absent, repr(ex.id), repr(ex.illustration)))
            exercises.append(dataclasses.replace(ex, illustration=None))
        else:
            exercises.append(ex)
    used = {e.illustration for e in exercises if e.illustration}
    for name in pictures:
        if not any(name in frame_names(first, set(pictures)) for first in used):
            unused = QT_TRANSLATE_NOOP(
                "Problem", "picture %1 is used by no exercise and is left out"
            )
            notes.append(said(unused, repr(name)))
    return prepare_import(
        exercises,
        list(loaded.routines.values()),
        pictures,
        source=file,
        current=current,
        data_dir=data_dir,
        notes=notes,
    )

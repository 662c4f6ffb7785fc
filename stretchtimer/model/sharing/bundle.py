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
from stretchtimer.model.untrusted import Problem

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
            raise CatalogueError([Problem(where, "", "", "is not a regular file")])
        if info.st_size > limit:
            mb = limit // (1024 * 1024)
            raise CatalogueError([Problem(where, "", "", f"is larger than {mb} MB")])
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise CatalogueError([Problem(where, "", "", f"cannot be read: {exc}")]) from exc
    if len(data) > limit:
        raise CatalogueError([Problem(where, "", "", "grew while it was read")])
    return data


def is_bundle(data: bytes) -> bool:
    """Whether ``data`` looks like a bundle (a JSON object) rather than XML."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _refuse(constant: str) -> Any:
    raise ValueError(f"{constant} is not allowed")


def parse_bundle(data: bytes, file: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The catalogue part and the decoded pictures of a bundle; ``CatalogueError`` listing
    every problem of the envelope and its pictures."""
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse)
    except UnicodeDecodeError as exc:
        raise CatalogueError([Problem(file, "", "", f"is not UTF-8 text: {exc}")]) from exc
    except json.JSONDecodeError as exc:
        message = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise CatalogueError([Problem(file, "", "", message)]) from exc
    except (ValueError, RecursionError) as exc:
        raise CatalogueError([Problem(file, "", "", f"invalid JSON: {exc}")]) from exc
    if not isinstance(document, dict):
        raise CatalogueError([Problem(file, "", "", "the top level must be a JSON object")])
    problems: list[Problem] = []
    for key in document:
        if key not in ("format", "version", "catalogue", "pictures"):
            problems.append(Problem(file, "", key, "unknown key"))
    if document.get("format") != BUNDLE_FORMAT:
        found = document.get("format")
        problems.append(Problem(file, "", "format", f"must be {BUNDLE_FORMAT!r}, not {found!r}"))
    if document.get("version") != BUNDLE_VERSION:
        found = document.get("version")
        problems.append(Problem(file, "", "version", f"must be {BUNDLE_VERSION}, not {found!r}"))
    cat = document.get("catalogue")
    if not isinstance(cat, dict):
        problems.append(Problem(file, "", "catalogue", "must be an object"))
    raw_pictures = document.get("pictures", {})
    pictures: dict[str, bytes] = {}
    if not isinstance(raw_pictures, dict):
        problems.append(Problem(file, "", "pictures", "must be an object"))
        raw_pictures = {}
    if len(raw_pictures) > MAX_PICTURES:
        problems.append(Problem(file, "", "pictures", f"must hold at most {MAX_PICTURES}"))
        raw_pictures = {}
    for name, encoded in raw_pictures.items():
        item = f"picture {name!r}"
        problem = name_problem(name)
        if problem is None and not isinstance(encoded, str):
            problem = "must be base64 text"
        if problem is None:
            try:
                pictures[name] = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                problem = "is not valid base64"
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
        raise CatalogueError([Problem(file, "", "routines", f"must hold one routine, not {count}")])
    notes = []
    exercises = []
    for ex in loaded.exercises.values():
        if ex.illustration and ex.illustration not in pictures:
            # A name with no picture behind it could show someone else's picture here.
            notes.append(f"exercise {ex.id!r}: its picture {ex.illustration!r} is not in the file")
            exercises.append(dataclasses.replace(ex, illustration=None))
        else:
            exercises.append(ex)
    used = {e.illustration for e in exercises if e.illustration}
    for name in pictures:
        if not any(name in frame_names(first, set(pictures)) for first in used):
            notes.append(f"picture {name!r} is used by no exercise and is left out")
    return prepare_import(
        exercises,
        list(loaded.routines.values()),
        pictures,
        source=file,
        current=current,
        data_dir=data_dir,
        notes=notes,
    )

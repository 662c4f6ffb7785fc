"""The user's own exercises in their files: save one (with its picture), delete one.

An exercise lives in a catalogue file of the routines folder: one it was imported with, or
``my-exercises.json`` for those made in the editor. Saving replaces that one entry and
keeps everything else in the file; a file that changed on disk since it was read is not
overwritten (:class:`~stretchtimer.model.routine_files.ChangedOnDiskError`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stretchtimer import paths
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import CatalogueError, Exercise
from stretchtimer.model.routine_files import ChangedOnDiskError, InUseError, fingerprint, stamp
from stretchtimer.model.routine_json import exercise_to_dict
from stretchtimer.model.sharing.bundle import read_limited
from stretchtimer.model.sharing.pictures import (
    MAX_PICTURE_BYTES,
    SUFFIXES,
    Picture,
    free_stem,
    picture_problem,
)
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Problem, said

OWN_FILE = "my-exercises.json"


def exercise_file(data_dir: Path, exercise: Exercise) -> Path:
    """The file ``exercise`` is saved in: where it was read from, else :data:`OWN_FILE`."""
    folder = paths.user_routines_dir(data_dir)
    if exercise.source not in ("", "built-in") and Path(exercise.source).parent == folder:
        return Path(exercise.source)
    return folder / OWN_FILE


@dataclass(frozen=True)
class SavedExercise:
    exercise: Exercise  # as written, its ``illustration`` naming the copied picture
    stamp: str


def _document(path: Path, expected: str | None) -> dict[str, Any]:
    if stamp(path) != expected:
        raise ChangedOnDiskError(path)
    if expected is None:
        return {"version": 1, "exercises": [], "routines": []}
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("exercises", []), list):
        raise ValueError(f"{path} is not a catalogue file")
    return document


def _write(path: Path, document: dict[str, Any], expected: str | None) -> str:
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    write_atomically(path, text, replace=expected is not None)
    return fingerprint(text.encode("utf-8"))


def read_chosen_picture(path: Path) -> Picture:
    """The picture a person chose from anywhere on disk; ``CatalogueError`` saying why not.

    Its own name may be anything ("IMG 0042.JPEG"): only the suffix is kept, the copy gets
    a name of ours. Whether the content decodes as an image is for the caller to check.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        not_picture = QT_TRANSLATE_NOOP(
            "Problem",
            "is not a PNG, JPEG or SVG file (its name must end in .png, .jpg, .jpeg or .svg)",
        )
        message = said(not_picture)
        raise CatalogueError([Problem(str(path), "", "", message)])
    data = read_limited(path, MAX_PICTURE_BYTES)
    problem = picture_problem(path.name, data)
    if problem is not None:
        raise CatalogueError([Problem(str(path), "", "", problem)])
    return Picture(".jpg" if suffix == ".jpeg" else suffix, data)


def copy_picture(pictures_dir: Path, wanted_stem: str, picture: Picture) -> str:
    """Copy ``picture`` into the folder under a free name like ``<wanted_stem><suffix>``."""
    paths.ensure_private_dir(pictures_dir)
    while True:
        try:
            taken = {p.name for p in pictures_dir.iterdir()}
        except OSError:
            taken = set()
        name = free_stem(f"{wanted_stem}{picture.suffix}", 1, taken)
        try:
            write_atomically(pictures_dir / name, picture.data, replace=False)
        except FileExistsError:
            continue  # another writer took the name between the listing and the link
        return name


def save_exercise(
    path: Path,
    exercise: Exercise,
    *,
    expected: str | None,
    picture: Picture | None = None,
    pictures_dir: Path | None = None,
) -> SavedExercise:
    """Write ``exercise`` into ``path``; a new ``picture`` is copied into ``pictures_dir``
    first (never over another file), and the exercise names it.

    ``expected`` is the stamp the file had when the form opened (None: there was none).
    """
    document = _document(path, expected)
    if picture is not None:
        if pictures_dir is None:
            raise ValueError("a new picture needs the pictures folder")
        exercise = dataclasses.replace(
            exercise, illustration=copy_picture(pictures_dir, exercise.id, picture)
        )
    entry = exercise_to_dict(exercise)
    exercises = document.setdefault("exercises", [])
    ids = [e.get("id") if isinstance(e, dict) else None for e in exercises]
    if exercise.id in ids:
        exercises[ids.index(exercise.id)] = entry
    else:
        exercises.append(entry)
    new_stamp = _write(path, document, expected)
    return SavedExercise(dataclasses.replace(exercise, source=str(path)), new_stamp)


def delete_exercise(path: Path, exercise_id: str, *, expected: str | None, users: list[str]) -> str:
    """Take the exercise out of its file; refused with :class:`InUseError` while routines
    (``users``, their names) use it. Its picture stays: the file may be shared."""
    if users:
        raise InUseError(", ".join(users))
    document = _document(path, expected)
    exercises = document.get("exercises", [])
    document["exercises"] = [
        e for e in exercises if not (isinstance(e, dict) and e.get("id") == exercise_id)
    ]
    return _write(path, document, expected)

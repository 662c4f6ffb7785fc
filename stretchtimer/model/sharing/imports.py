"""Bringing routines, exercises and pictures from elsewhere into the data folder.

Whatever the source (a shared routine file, a Workrave exercise file), an import is
prepared first: ids that clash with what is already there are renamed, never overwritten;
the file to be written is checked by the catalogue loader; and only then, in
:func:`apply_import`, is anything written, each file whole or not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from stretchtimer import paths
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import Catalogue, Exercise, Routine
from stretchtimer.model.routine_json import checked_catalogue_text
from stretchtimer.model.sharing.pictures import frame_names, free_stem


@dataclass(frozen=True)
class Renamed:
    """An id or picture name that was taken already, and the one used instead."""

    kind: str  # "routine", "exercise" or "picture"
    old: str
    new: str


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds, ready to be written by :func:`apply_import`."""

    source: str
    file_name: str
    text: str
    exercises: tuple[Exercise, ...]
    routines: tuple[Routine, ...]
    pictures: tuple[tuple[str, bytes], ...]
    reused_pictures: tuple[str, ...] = ()
    renamed: tuple[Renamed, ...] = ()
    notes: tuple[str, ...] = ()


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``<wanted>-2``, ``-3`` ... : the first one not in ``taken``."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def _existing_names(folder: Path, suffix: str = "") -> set[str]:
    try:
        return {
            p.name[: len(p.name) - len(suffix)] for p in folder.iterdir() if p.name.endswith(suffix)
        }
    except OSError:
        return set()


def prepare_import(
    exercises: Sequence[Exercise],
    routines: Sequence[Routine],
    pictures: Mapping[str, bytes],
    *,
    source: str,
    current: Catalogue,
    data_dir: Path,
    notes: Iterable[str] = (),
) -> ImportPlan:
    """Rename what clashes with ``current`` and the data folder, and check the result.

    ``exercises`` are the new exercises (the routines may also use ``current``'s);
    ``pictures`` holds every frame the exercises' illustrations name. Raises
    ``CatalogueError`` when the file to be written would not load.
    """
    routines_dir = paths.user_routines_dir(data_dir)
    pictures_dir = paths.user_pictures_dir(data_dir)
    renamed: list[Renamed] = []

    taken_exercises = set(current.exercises)
    exercise_ids: dict[str, str] = {}
    for ex in exercises:
        new = free_id(ex.id, taken_exercises)
        taken_exercises.add(new)
        exercise_ids[ex.id] = new
        if new != ex.id:
            renamed.append(Renamed("exercise", ex.id, new))

    taken_pictures = _existing_names(pictures_dir)
    picture_names: dict[str, str] = {}
    to_write: list[tuple[str, bytes]] = []
    reused: list[str] = []
    for first in dict.fromkeys(e.illustration for e in exercises if e.illustration):
        if first not in pictures:
            continue
        frames = frame_names(first, set(pictures))
        if all(_same_file(pictures_dir / f, pictures[f]) for f in frames):
            picture_names[first] = first
            reused.extend(frames)
            continue
        new_first = free_stem(first, len(frames), taken_pictures)
        picture_names[first] = new_first
        if new_first != first:
            renamed.append(Renamed("picture", first, new_first))
        for n, frame in enumerate(frames, start=1):
            stem, suffix = Path(new_first).stem, Path(new_first).suffix
            name = new_first if n == 1 else f"{stem}-{n}{suffix}"
            taken_pictures.add(name)
            to_write.append((name, pictures[frame]))

    new_exercises = tuple(
        dataclasses.replace(
            e,
            id=exercise_ids[e.id],
            illustration=picture_names.get(e.illustration or "", e.illustration),
        )
        for e in exercises
    )

    taken_routines = set(current.routines) | _existing_names(routines_dir, ".json")
    new_routines: list[Routine] = []
    for r in routines:
        new_id = free_id(r.id, taken_routines)
        taken_routines.add(new_id)
        if new_id != r.id:
            renamed.append(Renamed("routine", r.id, new_id))
        items = tuple(
            dataclasses.replace(i, exercise=exercise_ids.get(i.exercise, i.exercise))
            for i in r.items
        )
        new_routines.append(dataclasses.replace(r, id=new_id, items=items))

    first_id = new_routines[0].id if new_routines else new_exercises[0].id
    file_name = f"{first_id}.json"
    target = routines_dir / file_name
    text, loaded = checked_catalogue_text(
        new_exercises, new_routines, file=str(target), base=current, source=str(target)
    )
    return ImportPlan(
        source=source,
        file_name=file_name,
        text=text,
        exercises=tuple(loaded.exercises.values()),
        routines=tuple(loaded.routines.values()),
        pictures=tuple(to_write),
        reused_pictures=tuple(reused),
        renamed=tuple(renamed),
        notes=tuple(notes),
    )


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def apply_import(plan: ImportPlan, data_dir: Path) -> list[Path]:
    """Write the plan's pictures, then its catalogue file; return the files written.

    Nothing is overwritten. When any write fails, the files this call wrote are removed
    again and the error is raised: an import lands whole or not at all.
    """
    written: list[Path] = []
    try:
        pictures_dir = paths.user_pictures_dir(data_dir)
        for name, data in plan.pictures:
            write_atomically(pictures_dir / name, data, replace=False)
            written.append(pictures_dir / name)
        target = paths.user_routines_dir(data_dir) / plan.file_name
        write_atomically(target, plan.text, replace=False)
        written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written

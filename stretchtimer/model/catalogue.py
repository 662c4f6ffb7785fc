"""Exercise and routine catalogue: frozen dataclasses, loaded and validated from JSON.

Each field is declared once, on its dataclass, with the rule it is checked by
(:mod:`stretchtimer.model.field_rules`); only rules between fields (a flow needs a pace,
items name known exercises) are written out here. Validation collects every problem in a
file at once; each names the file, the item (its id, or its index when it has no usable
id) and the field, so a person can fix the file in one go.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from stretchtimer.model.field_rules import (
    AnyList,
    Checker,
    Choice,
    Count,
    Declared,
    FileName,
    ObjectList,
    Seconds,
    Text,
    TextList,
    build,
    check_object,
    file_fields,
    rule,
)
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import (
    LoadError,
    Message,
    Problem,
    parse_json,
    quoted,
    read_text,
    said,
    size_text,
)

MAX_SECONDS = 3600.0
MIN_REPS, MAX_REPS = 1, 50
MAX_BREATHS = 50
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # twenty times the built-in catalogue
# Together, the user's routine files are read up to this much; the rest is reported.
MAX_USER_BYTES = 4 * 1024 * 1024
MAX_ROUTINE_HOURS = 24
MAX_ENTRIES = 1000  # exercises, and routines, in one file
# The plan's breathing blocks at the default pace (BreathingPattern: 4 s in, 6 s out).
_BREATH_SECONDS = 10.0
ID, NAME, WORD, PROSE = 64, 120, 80, 1000  # most characters in an id, a name, a tag, a text


class Position(StrEnum):
    FLOOR = "floor"
    SEATED = "seated"
    STANDING = "standing"


class Mode(StrEnum):
    HOLD = "hold"
    FLOW = "flow"


class Sides(StrEnum):
    NONE = "none"
    BOTH = "both"


def _texts(max_chars: int, *, nonempty: bool) -> dict[str, Any]:
    empty = said(QT_TRANSLATE_NOOP("Problem", "must not be empty")) if nonempty else None
    return rule(TextList(max_chars=max_chars, empty=empty))


_NO_ITEMS = said(QT_TRANSLATE_NOOP("Problem", "must list at least one exercise"))
_SECONDS = rule(Seconds(allow_zero=False, maximum=MAX_SECONDS))
_SECONDS_OR_ZERO = rule(Seconds(allow_zero=True, maximum=MAX_SECONDS))


@dataclass(frozen=True)
class Exercise:
    id: str = field(metadata=rule(Text(ID)))
    name: str = field(metadata=rule(Text(NAME)))
    position: Position = field(metadata=rule(Choice(Position)))
    targets: tuple[str, ...] = field(metadata=_texts(WORD, nonempty=True))
    mode: Mode = field(metadata=rule(Choice(Mode)))
    hold_seconds: float = field(metadata=_SECONDS)
    reps: int = field(metadata=rule(Count(MIN_REPS, MAX_REPS)))
    sides: Sides = field(metadata=rule(Choice(Sides)))
    rest_seconds: float = field(metadata=_SECONDS_OR_ZERO)
    instructions: tuple[str, ...] = field(metadata=_texts(PROSE, nonempty=True))
    breathing: str = field(metadata=rule(Text(PROSE)))
    caution: str = field(metadata=rule(Text(PROSE)))
    illustration: str | None = field(
        default=None, metadata=rule(FileName(255, folder="illustrations"))
    )
    tags: tuple[str, ...] = field(default=(), metadata=_texts(WORD, nonempty=False))
    pace_seconds: float | None = field(default=None, metadata=_SECONDS)
    flow_cues: tuple[str, ...] = field(default=(), metadata=_texts(WORD, nonempty=False))
    # Where it was loaded from, not a field of the file; two exercises alike in every field
    # are the same exercise wherever they were read.
    source: str = field(default="built-in", compare=False)


@dataclass(frozen=True)
class RoutineItem:
    # Any string: a name that is not an exercise is reported as such, not as a bad string.
    exercise: str = field(metadata=rule(Text(ID, blank_ok=True)))
    hold_seconds: float | None = field(default=None, metadata=_SECONDS)
    reps: int | None = field(default=None, metadata=rule(Count(MIN_REPS, MAX_REPS)))
    rest_seconds: float | None = field(default=None, metadata=_SECONDS_OR_ZERO)


@dataclass(frozen=True)
class Routine:
    id: str = field(metadata=rule(Text(ID)))
    name: str = field(metadata=rule(Text(NAME)))
    description: str = field(metadata=rule(Text(PROSE)))
    items: tuple[RoutineItem, ...] = field(
        metadata=rule(ObjectList(of=RoutineItem, empty=_NO_ITEMS))
    )
    warmup_seconds: float = field(default=0.0, metadata=_SECONDS_OR_ZERO)
    breaths_before: int = field(default=0, metadata=rule(Count(0, MAX_BREATHS)))
    breaths_after: int = field(default=0, metadata=rule(Count(0, MAX_BREATHS)))
    get_ready_seconds: float = field(default=8.0, metadata=_SECONDS_OR_ZERO)
    switch_seconds: float = field(default=5.0, metadata=_SECONDS_OR_ZERO)
    source: str = "built-in"  # where it was loaded from; not a field of the file


class CatalogueError(LoadError):
    """A catalogue file that cannot be used; ``problems`` lists every reason."""


@dataclass
class Catalogue:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def routine(self, routine_id: str) -> Routine:
        return self.routines[routine_id]


@dataclass
class LoadResult:
    """The merged catalogue and the problems of the files that were skipped.

    ``builtin`` is the built-in catalogue as shipped; ``catalogue`` is never the same
    object (the routine editor changes it in place), but the two share every exercise
    and routine, so keeping both costs two dictionaries, not a second copy.
    """

    catalogue: Catalogue
    problems: list[Problem] = field(default_factory=list)
    # The ids of the exercises that ship with StretchTimer (a user's file cannot reuse one).
    builtin_exercises: frozenset[str] = frozenset()
    builtin: Catalogue | None = None


# The top level of a file; its lists are checked item by item below, each with its label.
_FILE: dict[str, Declared] = {
    "version": Declared(Count(FORMAT_VERSION, FORMAT_VERSION), required=True),
    "exercises": Declared(AnyList(max_items=MAX_ENTRIES), required=False),
    "routines": Declared(AnyList(max_items=MAX_ENTRIES), required=False),
}


_LABELS = {
    "exercise": (
        QT_TRANSLATE_NOOP("Problem", "exercise %1"),
        QT_TRANSLATE_NOOP("Problem", "exercise #%1"),
    ),
    "routine": (
        QT_TRANSLATE_NOOP("Problem", "routine %1"),
        QT_TRANSLATE_NOOP("Problem", "routine #%1"),
    ),
}


def _label(kind: str, index: int, obj: Any) -> Message:
    """The item a problem names: "routine 'mine'", or "routine #2" when it has no usable id."""
    by_id, by_index = _LABELS[kind]
    ex_id = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(ex_id, str) and ex_id.strip() and len(ex_id) <= ID:
        return said(by_id, f"'{ex_id}'")
    return said(by_index, index)


def _check_exercise(c: Checker, obj: Any, label: str, require_illustration: bool) -> bool:
    if not isinstance(obj, dict):
        c.add(label, "", said(QT_TRANSLATE_NOOP("Problem", "must be an object")))
        return False
    before = c.count
    check_object(c, obj, label, file_fields(Exercise))
    if obj.get("mode") == Mode.FLOW:
        if "pace_seconds" not in obj:
            c.add(
                label,
                "pace_seconds",
                said(QT_TRANSLATE_NOOP("Problem", "missing (a flow needs a pace)")),
            )
        if obj.get("flow_cues", []) == []:
            no_cues = QT_TRANSLATE_NOOP("Problem", "missing (a flow needs its movement cues)")
            c.add(label, "flow_cues", said(no_cues))
    elif obj.get("mode") == Mode.HOLD:
        for key in ("pace_seconds", "flow_cues"):
            if key in obj:
                c.add(
                    label, key, said(QT_TRANSLATE_NOOP("Problem", "only allowed for mode 'flow'"))
                )
    if require_illustration and "illustration" not in obj:
        unillustrated = QT_TRANSLATE_NOOP(
            "Problem", "missing (every built-in exercise is illustrated)"
        )
        c.add(label, "illustration", said(unillustrated))
    return c.count == before


def _check_routine(c: Checker, obj: Any, label: str, known: Iterable[str]) -> bool:
    if not isinstance(obj, dict):
        c.add(label, "", said(QT_TRANSLATE_NOOP("Problem", "must be an object")))
        return False
    before = c.count
    check_object(c, obj, label, file_fields(Routine))
    items = obj.get("items")
    known_ids = set(known)
    for i, item in enumerate(items if isinstance(items, list) else []):
        ref = item.get("exercise") if isinstance(item, dict) else None
        if isinstance(ref, str) and ref not in known_ids:
            unknown = said(QT_TRANSLATE_NOOP("Problem", "names unknown exercise %1"), quoted(ref))
            c.add(said(QT_TRANSLATE_NOOP("Problem", "%1 items[%2]"), label, i), "exercise", unknown)
    return c.count == before


def routine_seconds(routine: Routine, exercises: Mapping[str, Exercise]) -> float:
    """How long the routine's plan lasts at the default breathing pace.

    The same sum as ``compile_plan`` (a test holds the two together), without building
    the steps, so an absurd routine is refused before anything is allocated for it.
    """
    breaths = routine.breaths_before + routine.breaths_after
    total = routine.warmup_seconds + breaths * _BREATH_SECONDS
    for item in routine.items:
        ex = exercises[item.exercise]
        hold = ex.hold_seconds if item.hold_seconds is None else item.hold_seconds
        reps = ex.reps if item.reps is None else item.reps
        rest = ex.rest_seconds if item.rest_seconds is None else item.rest_seconds
        sides = 2 if ex.sides is Sides.BOTH else 1
        total += routine.get_ready_seconds + reps * sides * hold
        total += reps * (sides - 1) * routine.switch_seconds + (reps - 1) * rest
    return total


def parse_catalogue(
    text: str,
    file: str,
    *,
    base: Catalogue | None = None,
    require_illustration: bool = False,
    source: str = "built-in",
) -> Catalogue:
    """Parse one catalogue file; raise :class:`CatalogueError` listing every problem.

    ``base`` holds exercises and routines already loaded: items may reference its
    exercises, and reusing one of its ids is an error (a user file cannot silently
    replace a built-in exercise).
    """
    try:
        data = parse_json(text, file)
    except LoadError as exc:
        raise CatalogueError(exc.problems) from exc
    if not isinstance(data, dict):
        not_object = said(QT_TRANSLATE_NOOP("Problem", "the top level must be a JSON object"))
        raise CatalogueError([Problem(file, "", "", not_object)])
    c = Checker(file)
    check_object(c, data, "", _FILE)
    raw_exercises = _list(data, "exercises")
    raw_routines = _list(data, "routines")

    base = base or Catalogue()
    exercises: dict[str, Exercise] = {}
    for i, obj in enumerate(raw_exercises):
        label = _label("exercise", i, obj)
        if not _check_exercise(c, obj, label, require_illustration):
            continue
        if obj["id"] in exercises or obj["id"] in base.exercises:
            c.add(label, "id", said(QT_TRANSLATE_NOOP("Problem", "duplicate id")))
            continue
        exercises[obj["id"]] = build(Exercise, obj, source=source)

    known = set(base.exercises) | {
        o["id"] for o in raw_exercises if isinstance(o, dict) and isinstance(o.get("id"), str)
    }
    usable = {**base.exercises, **exercises}
    routines: dict[str, Routine] = {}
    for i, obj in enumerate(raw_routines):
        label = _label("routine", i, obj)
        if not _check_routine(c, obj, label, known):
            continue
        if obj["id"] in routines or obj["id"] in base.routines:
            c.add(label, "id", said(QT_TRANSLATE_NOOP("Problem", "duplicate id")))
            continue
        routine: Routine = build(Routine, obj, source=source)
        if all(it.exercise in usable for it in routine.items):
            hours = routine_seconds(routine, usable) / 3600
            if hours > MAX_ROUTINE_HOURS:
                too_long = QT_TRANSLATE_NOOP(
                    "Problem", "add up to %1 hours; a routine may last at most %2 hours"
                )
                c.add(label, "items", said(too_long, f"{hours:.1f}", MAX_ROUTINE_HOURS))
                continue
        routines[obj["id"]] = routine

    c.raise_if_any(CatalogueError)
    return Catalogue(exercises=exercises, routines=routines)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    ok = isinstance(value, list) and len(value) <= MAX_ENTRIES
    return value if ok else []


def load_file(
    path: Path, *, base: Catalogue | None = None, require_illustration: bool = False,
    source: str = "built-in",
) -> Catalogue:  # fmt: skip
    """Read and parse one catalogue file (a regular file of at most 1 MB)."""
    try:
        text = read_text(path, limit=MAX_FILE_BYTES)
    except LoadError as exc:
        raise CatalogueError(exc.problems) from exc
    return parse_catalogue(
        text, str(path), base=base, require_illustration=require_illustration, source=source
    )


def merge(base: Catalogue, extra: Catalogue) -> Catalogue:
    return Catalogue(
        exercises={**base.exercises, **extra.exercises},
        routines={**base.routines, **extra.routines},
    )


def load_catalogue(builtin: Path, user_dir: Path | None = None) -> LoadResult:
    """The built-in catalogue merged with every valid user file in ``user_dir``.

    The built-in file must be valid (it ships with the app; a problem there is a bug and
    raises). A bad user file is reported in ``problems`` and skipped. A routine may use
    exercises kept in another user file, whatever the names of the two files.
    """
    shipped = load_file(builtin, require_illustration=True)
    builtin_exercises = frozenset(shipped.exercises)
    catalogue = merge(shipped, Catalogue())
    if user_dir is None or not user_dir.is_dir():
        return LoadResult(catalogue, [], builtin_exercises, shipped)
    budget = MAX_USER_BYTES
    # Problems are listed in the files' order, whichever pass found them.
    found: dict[Path, list[Problem]] = {}
    pending: list[tuple[Path, str]] = []
    for path in sorted(user_dir.glob("*.json")):
        if budget <= 0:
            over = QT_TRANSLATE_NOOP(
                "Problem", "not read: the files before it use all %1 allowed for routines"
            )
            found[path] = [Problem(str(path), "", "", said(over, size_text(MAX_USER_BYTES)))]
            continue
        with contextlib.suppress(OSError):
            budget -= path.stat().st_size
        try:
            pending.append((path, read_text(path, limit=MAX_FILE_BYTES)))
        except LoadError as exc:
            found[path] = exc.problems
    # A file whose routines use exercises of a file read after it loads on a later pass;
    # the passes end when one loads nothing more, so a bad file costs one parse per pass.
    while pending:
        refused: list[tuple[Path, str]] = []
        for path, text in pending:
            try:
                extra = parse_catalogue(text, str(path), base=catalogue, source=str(path))
            except CatalogueError as exc:
                refused.append((path, text))
                found[path] = exc.problems
                continue
            found.pop(path, None)
            catalogue = merge(catalogue, extra)
        if len(refused) == len(pending):
            break
        pending = refused
    problems = [p for path in sorted(found) for p in found[path]]
    return LoadResult(catalogue, problems, builtin_exercises, shipped)

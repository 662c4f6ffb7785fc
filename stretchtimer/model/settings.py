"""User settings: a frozen dataclass persisted atomically as JSON.

A damaged or partly invalid settings file never stops the app: every bad field falls back
to its default and is reported, and a file that cannot be used at all is kept beside the
new one. The file is read as untrusted (:mod:`stretchtimer.model.untrusted`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.field_rules import short_key
from stretchtimer.model.language import LANGUAGE_CHOICES, SYSTEM
from stretchtimer.model.reminders import ReminderSettings, reminders_from_json, reminders_to_json
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import (
    LoadError,
    MissingFileError,
    NotRegularFileError,
    keep_aside,
    quoted,
    read_json,
    said,
)

MAX_FILE_BYTES = 64 * 1024  # a few hundred bytes are written; anything near this is not ours


@dataclass(frozen=True)
class Limits:
    """The values a number setting may take, and the step a control moves it by."""

    low: float
    high: float
    step: float = 1


def _limits(low: float, high: float, step: float = 1) -> Mapping[str, Limits]:
    return {"limits": Limits(low, high, step)}


def _choices(*values: str) -> Mapping[str, tuple[str, ...]]:
    return {"choices": values}


APPEARANCES = ("system", "light", "dark")


@dataclass(frozen=True)
class Settings:
    """Every setting, its default and, for numbers, its limits: the one declaration of them.

    The loader checks files against these limits, the settings dialog builds its controls
    from them, and the breathing pattern refuses a pace outside them.
    """

    volume: int = field(default=70, metadata=_limits(0, 100))  # percent
    muted: bool = False
    tick_sounds: bool = True
    breath_sounds: bool = False
    voice_prompts: bool = False
    voice_countdown: bool = False
    reduced_motion: bool = False
    safety_acknowledged: bool = False
    # A slow breath: a second is the quickest turn worth pacing, fifteen about the longest
    # out-breath a person can keep up for a whole hold.
    inhale_seconds: float = field(default=4.0, metadata=_limits(1, 15, step=0.5))
    exhale_seconds: float = field(default=6.0, metadata=_limits(1, 15, step=0.5))
    # Up to noon: a later "start of the day" would move a whole morning to the day before.
    day_start_hour: int = field(default=3, metadata=_limits(0, 12))
    weekly_goal_days: int = field(default=4, metadata=_limits(1, 7))
    # The desktop: an XDG autostart entry follows start_at_login; the tray says once that
    # closing the window keeps StretchTimer running; the routines pinned to the tray menu.
    start_at_login: bool = False
    tray_notice_shown: bool = False
    pinned_routines: tuple[str, ...] = ()
    # The window's normal (not maximised) x, y, width, height when it last closed, or ().
    window_geometry: tuple[int, ...] = ()
    window_maximized: bool = False
    window_full_screen: bool = False
    # Empty: history stays on this computer. Else the folder a sync engine shares between
    # the user's computers; the history file itself is never put there.
    sync_folder: str = ""
    # Its own object in the file, checked item by item (model/reminders/stored.py).
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    # Follow the desktop's light or dark scheme, or keep to one of them.
    appearance: str = field(default="system", metadata=_choices(*APPEARANCES))
    # The system's language (model/language.py), or one StretchTimer speaks; read at start.
    language: str = field(default=SYSTEM, metadata=_choices(*LANGUAGE_CHOICES))

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def setting_limits(name: str) -> Limits:
    """The declared limits of the number setting ``name`` (KeyError for any other name)."""
    for f in fields(Settings):
        if f.name == name and "limits" in f.metadata:
            limits: Limits = f.metadata["limits"]
            return limits
    raise KeyError(name)


_RANGES: dict[str, tuple[float, float]] = {
    f.name: (f.metadata["limits"].low, f.metadata["limits"].high)
    for f in fields(Settings)
    if "limits" in f.metadata
}


def setting_choices(name: str) -> tuple[str, ...]:
    """The values the text setting ``name`` may take (KeyError for any other name)."""
    for f in fields(Settings):
        if f.name == name and "choices" in f.metadata:
            choices: tuple[str, ...] = f.metadata["choices"]
            return choices
    raise KeyError(name)


_CHOICES: dict[str, tuple[str, ...]] = {
    f.name: f.metadata["choices"] for f in fields(Settings) if "choices" in f.metadata
}
MAX_PINNED = 50
MAX_ID_LENGTH = 200
MAX_COORDINATE = 100_000
MAX_TEXT = 4096


def _valid_ids(value: list[Any]) -> bool:
    return len(value) <= MAX_PINNED and all(
        isinstance(v, str) and 0 < len(v) <= MAX_ID_LENGTH for v in value
    )


def _valid_geometry(value: list[Any]) -> bool:
    if not value:
        return True
    if len(value) != 4 or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return False
    x, y, width, height = value
    return bool(
        abs(x) <= MAX_COORDINATE
        and abs(y) <= MAX_COORDINATE
        and 0 < width <= MAX_COORDINATE
        and 0 < height <= MAX_COORDINATE
    )


_SEQUENCES = {"pinned_routines": _valid_ids, "window_geometry": _valid_geometry}


def _valid(name: str, value: Any, default: Any) -> bool:
    if name in _CHOICES:
        return isinstance(value, str) and value in _CHOICES[name]
    if isinstance(default, str):
        return isinstance(value, str) and len(value) <= MAX_TEXT and "\0" not in value
    if isinstance(default, tuple):
        return isinstance(value, list) and _SEQUENCES[name](value)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(default, int) and not isinstance(value, int):
        return False
    if not math.isfinite(value):
        return False
    low, high = _RANGES.get(name, (-math.inf, math.inf))
    return low <= value <= high


def settings_from_dict(data: Any, file: str = "settings") -> tuple[Settings, list[str]]:
    """Settings from parsed JSON; each invalid or unknown field is reported and defaulted."""
    defaults = Settings()
    if not isinstance(data, dict):
        not_object = QT_TRANSLATE_NOOP(
            "Problem", "%1: the top level must be a JSON object; using defaults"
        )
        return defaults, [said(not_object, file)]
    problems: list[str] = []
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)}
    for key in data:
        if key not in known:
            unknown = QT_TRANSLATE_NOOP("Problem", "%1: field '%2': unknown setting, ignored")
            problems.append(said(unknown, file, short_key(key)))
    if "reminders" in data:
        values["reminders"], found = reminders_from_json(data["reminders"], file)
        problems += found
    for f in fields(Settings):
        if f.name not in data or f.name == "reminders":
            continue
        default = getattr(defaults, f.name)
        value = data[f.name]
        if _valid(f.name, value, default):
            if isinstance(default, tuple):
                # The pinned routines keep each id once, in the order first given.
                value = tuple(dict.fromkeys(value)) if f.name == "pinned_routines" else tuple(value)
            values[f.name] = float(value) if isinstance(default, float) else value
        else:
            invalid = QT_TRANSLATE_NOOP(
                "Problem", "%1: field '%2': %3 is not a valid value; using %4"
            )
            problems.append(said(invalid, file, f.name, quoted(value), repr(default)))
    return replace(defaults, **values), problems


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Read settings; a missing file gives defaults, a damaged one is kept aside as ``.bad``.

    Each damaged file gets a name of its own (``.bad``, ``.bad-2`` ...), so a second damage
    never overwrites the first kept copy.
    """
    try:
        data = read_json(path, limit=MAX_FILE_BYTES)
    except MissingFileError:
        return Settings(), []
    except NotRegularFileError as exc:
        # Not a file of ours to move (a FIFO, a device, a folder): leave it where it is.
        return Settings(), [said(QT_TRANSLATE_NOOP("Problem", "%1; using defaults"), exc)]
    except LoadError as exc:
        try:
            kept = QT_TRANSLATE_NOOP(
                "Problem", "%1; using defaults; the damaged file was kept as %2"
            )
            return Settings(), [said(kept, exc, keep_aside(path))]
        except OSError as move:
            stuck = QT_TRANSLATE_NOOP(
                "Problem", "%1; using defaults; it could not be moved aside (%2)"
            )
            return Settings(), [said(stuck, exc, move.strerror or move)]
    return settings_from_dict(data, str(path))


def language_setting(path: Path) -> str:
    """The language setting alone, for the command line: never reports, never moves a file.

    Whatever is wrong with the file is the window's to report (and to keep aside); a
    command just follows the system then.
    """
    try:
        data = read_json(path, limit=MAX_FILE_BYTES)
    except LoadError:
        return SYSTEM
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in LANGUAGE_CHOICES else SYSTEM


def settings_to_json(settings: Settings) -> dict[str, Any]:
    """The settings as the file holds them (what :func:`settings_from_dict` reads back)."""
    data = asdict(replace(settings, reminders=ReminderSettings()))
    data["reminders"] = reminders_to_json(settings.reminders)
    return data


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically: a crash mid-write leaves the old file, never a truncated one."""
    text = json.dumps(settings_to_json(settings), indent=2, sort_keys=True) + "\n"
    write_atomically(path, text)

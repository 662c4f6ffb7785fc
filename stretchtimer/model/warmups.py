"""The warm-ups: a few easy moves for each position, chosen to match the routine.

A desk break warms up seated, a floor or bed routine lying down, a standing one on its
feet. The moves and their pictures are data (``resources/warmups.json``); a routine names
no warm-up, it gets the one for the position of its first exercise. The file ships with
the app but is still checked like any other: a problem is reported, never raised, and the
session then shows the plain warm-up words instead.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stretchtimer.model.catalogue import Catalogue, Position, Routine

FORMAT_VERSION = 1
MAX_CUE_CHARS = 40  # shown large beside the countdown: it must read at a glance
MAX_MOVES = 12
MIN_MOVE_SECONDS, MAX_MOVE_SECONDS = 5.0, 120.0
MAX_FILE_BYTES = 256 * 1024


@dataclass(frozen=True)
class WarmupMove:
    cue: str  # a few words, shown large: "March your feet"
    how: str  # one sentence saying how
    illustration: str  # a file in resources/illustrations


@dataclass(frozen=True)
class Warmup:
    position: Position
    name: str
    move_seconds: float
    moves: tuple[WarmupMove, ...]

    def move_at(self, elapsed: float) -> int:
        """The move to do ``elapsed`` seconds into the warm-up; the moves go round."""
        if not math.isfinite(elapsed) or elapsed <= 0:
            return 0
        return int(elapsed // self.move_seconds) % len(self.moves)


Warmups = Mapping[Position, Warmup]


def warmup_for(routine: Routine, catalogue: Catalogue, warmups: Warmups) -> Warmup | None:
    """The warm-up for ``routine``: the one for the position its first exercise is done in."""
    if routine.warmup_seconds <= 0 or not routine.items:
        return None
    first = catalogue.exercises.get(routine.items[0].exercise)
    return None if first is None else warmups.get(first.position)


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        return None
    return value


def _move(raw: Any, where: str, problems: list[str]) -> WarmupMove | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be an object")
        return None
    unknown = set(raw) - {"cue", "how", "illustration"}
    for key in sorted(unknown):
        problems.append(f"{where}: field '{key}': unknown key")
    cue = _text(raw.get("cue"), MAX_CUE_CHARS)
    how = _text(raw.get("how"), 400)
    picture = _text(raw.get("illustration"), 120)
    if cue is None:
        problems.append(f"{where}: field 'cue': must be text of at most {MAX_CUE_CHARS} characters")
    if how is None:
        problems.append(f"{where}: field 'how': must be a sentence of at most 400 characters")
    if picture is None or "/" in picture or "\\" in picture or not picture.endswith(".svg"):
        problems.append(f"{where}: field 'illustration': must be an .svg file name")
        picture = None
    if cue is None or how is None or picture is None or unknown:
        return None
    return WarmupMove(cue, how, picture)


def _warmup(raw: Any, where: str, problems: list[str]) -> Warmup | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be an object")
        return None
    before = len(problems)
    for key in sorted(set(raw) - {"position", "name", "move_seconds", "moves"}):
        problems.append(f"{where}: field '{key}': unknown key")
    positions = [p.value for p in Position]
    position = raw.get("position")
    if position not in positions:
        problems.append(f"{where}: field 'position': must be one of {', '.join(positions)}")
    name = _text(raw.get("name"), 120)
    if name is None:
        problems.append(f"{where}: field 'name': must be text")
    seconds = raw.get("move_seconds")
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not MIN_MOVE_SECONDS <= seconds <= MAX_MOVE_SECONDS
    ):
        problems.append(
            f"{where}: field 'move_seconds': must be {MIN_MOVE_SECONDS:g} to "
            f"{MAX_MOVE_SECONDS:g} seconds"
        )
    raw_moves = raw.get("moves")
    moves: list[WarmupMove] = []
    if not isinstance(raw_moves, list) or not 1 <= len(raw_moves) <= MAX_MOVES:
        problems.append(f"{where}: field 'moves': must list 1 to {MAX_MOVES} moves")
    else:
        for i, item in enumerate(raw_moves):
            move = _move(item, f"{where} moves[{i}]", problems)
            if move is not None:
                moves.append(move)
    if (
        len(problems) > before
        or not isinstance(position, str)
        or name is None
        or not isinstance(seconds, int | float)
    ):
        return None
    return Warmup(Position(position), name, float(seconds), tuple(moves))


def parse_warmups(text: str, file: str) -> tuple[dict[Position, Warmup], list[str]]:
    """The warm-ups in ``text``, by position, and a line per problem (file, item, field)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return {}, [f"{file}: invalid JSON at line {exc.lineno}, column {exc.colno}"]
    if not isinstance(data, dict):
        return {}, [f"{file}: the top level must be a JSON object"]
    problems: list[str] = []
    if data.get("version") != FORMAT_VERSION:
        problems.append(f"{file}: field 'version': must be {FORMAT_VERSION}")
    raw = data.get("warmups")
    if not isinstance(raw, list):
        return {}, [*problems, f"{file}: field 'warmups': must be a list"]
    found: dict[Position, Warmup] = {}
    for i, item in enumerate(raw):
        where = f"{file}: warm-up #{i}"
        warmup = _warmup(item, where, problems)
        if warmup is None:
            continue
        if warmup.position in found:
            problems.append(f"{where}: field 'position': a second warm-up for {warmup.position}")
            continue
        found[warmup.position] = warmup
    return found, problems


def load_warmups(path: Path) -> tuple[dict[Position, Warmup], list[str]]:
    """Read ``path``; a file that cannot be read gives no warm-ups and one problem."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}, [f"{path}: larger than {MAX_FILE_BYTES // 1024} KB; not read"]
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{path}: cannot be read ({exc})"]
    return parse_warmups(text, str(path))

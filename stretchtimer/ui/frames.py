"""The picture files of an exercise, for every page that shows one."""

from __future__ import annotations

from pathlib import Path

from stretchtimer import resources
from stretchtimer.model.catalogue import Exercise


def illustration_frames(exercise: Exercise) -> list[Path]:
    """Frame 1 is the named file; flows add ``<id>-2.svg``, ``<id>-3.svg`` ... when present."""
    if not exercise.illustration:
        return []
    first = resources.illustration_path(exercise.illustration)
    frames = [first]
    n = 2
    while True:
        more = first.with_name(f"{first.stem}-{n}{first.suffix}")
        if not more.exists():
            return frames
        frames.append(more)
        n += 1

"""The picture files of an exercise, for every page that shows one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from stretchtimer import resources
from stretchtimer.model.catalogue import Exercise

FramesFor = Callable[[Exercise], list[Path]]


def _frames_from(first: Path) -> list[Path]:
    frames = [first]
    n = 2
    while True:
        more = first.with_name(f"{first.stem}-{n}{first.suffix}")
        if not more.is_file():
            return frames
        frames.append(more)
        n += 1


def illustration_frames(exercise: Exercise) -> list[Path]:
    """Frame 1 is the named file; flows add ``<id>-2.svg``, ``<id>-3.svg`` ... when present."""
    if not exercise.illustration:
        return []
    return _frames_from(resources.illustration_path(exercise.illustration))


def own_or_builtin_frames(
    builtin: set[str], builtin_frames: FramesFor, pictures: Path
) -> FramesFor:
    """Frames of built-in exercises from the resources, of the user's own from ``pictures``
    (PNG, JPEG or SVG, further frames named as the built-ins' are). A picture that is gone
    gives no frames, so the page shows the placeholder."""

    def frames(exercise: Exercise) -> list[Path]:
        if exercise.id in builtin:
            return builtin_frames(exercise)
        if not exercise.illustration:
            return []
        first = pictures / exercise.illustration
        return _frames_from(first) if first.is_file() else []

    return frames

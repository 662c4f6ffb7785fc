"""A breathing pattern: where in an inhale or exhale a person is at a time offset."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from stretchtimer.model.settings import Settings, setting_limits


class Breath(StrEnum):
    INHALE = "inhale"
    EXHALE = "exhale"


def lung_volume(breath: Breath, fraction: float) -> float:
    """0 (empty) .. 1 (full) ``fraction`` of the way through ``breath``.

    Eased, so a pacer slows at the turn of each breath and grows and shrinks like a chest.
    """
    eased = (1.0 - math.cos(math.pi * fraction)) / 2.0
    return eased if breath is Breath.INHALE else 1.0 - eased


_DEFAULTS = Settings()


@dataclass(frozen=True)
class BreathingPattern:
    """Slow breathing with a longer out-breath, which is what calms a stretch.

    The defaults and the limits are the settings' own: a pace is what the person chose.
    """

    inhale_seconds: float = _DEFAULTS.inhale_seconds
    exhale_seconds: float = _DEFAULTS.exhale_seconds

    def __post_init__(self) -> None:
        for name in ("inhale_seconds", "exhale_seconds"):
            value = getattr(self, name)
            limits = setting_limits(name)
            if not (math.isfinite(value) and limits.low <= value <= limits.high):
                raise ValueError(
                    f"{name} must be between {limits.low:g} and {limits.high:g} seconds, "
                    f"not {value}"
                )

    @property
    def cycle_seconds(self) -> float:
        return self.inhale_seconds + self.exhale_seconds

    def at(self, offset: float) -> tuple[Breath, float]:
        """The breath and how far through it (0..1) at ``offset`` seconds into a block."""
        t = max(0.0, offset) % self.cycle_seconds
        if t < self.inhale_seconds:
            return Breath.INHALE, t / self.inhale_seconds
        return Breath.EXHALE, (t - self.inhale_seconds) / self.exhale_seconds

    def turns(self, start: float, end: float) -> list[tuple[float, Breath]]:
        """Every breath turn with ``start <= offset < end``, in order."""
        out: list[tuple[float, Breath]] = []
        if end <= start:
            return out
        cycle = self.cycle_seconds
        k = math.floor(max(0.0, start) / cycle)
        while True:
            base = k * cycle
            for offset, breath in (
                (base, Breath.INHALE),
                (base + self.inhale_seconds, Breath.EXHALE),
            ):
                if offset >= end:
                    return out
                if offset >= start:
                    out.append((offset, breath))
            k += 1

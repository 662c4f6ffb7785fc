"""Durations as a clock reads them (m:ss), the one formatter for the window and the CLI."""

from __future__ import annotations

import math


def mmss(seconds: float) -> str:
    """``seconds`` rounded to whole seconds as minutes and seconds: "0:05", "12:30", "75:00".

    Durations are never negative, so anything below zero (and a NaN) reads "0:00".
    """
    if math.isnan(seconds):
        return "0:00"
    total = max(0, round(seconds)) if math.isfinite(seconds) else 0
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"

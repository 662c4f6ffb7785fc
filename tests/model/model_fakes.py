"""Fakes for model tests: a monotonic clock moved by hand and a small catalogue."""

from __future__ import annotations

import json
from typing import Any

from stretchtimer.model.catalogue import Catalogue, parse_catalogue


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> float:
        self.now += seconds
        return self.now


def exercise(ex_id: str, **over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": ex_id,
        "name": ex_id.replace("-", " ").title(),
        "position": "floor",
        "targets": ["lower back"],
        "mode": "hold",
        "hold_seconds": 20,
        "reps": 1,
        "sides": "none",
        "rest_seconds": 0,
        "instructions": ["Get into position.", "Hold.", "Come out slowly."],
        "breathing": "Breathe slowly.",
        "caution": "Stop if it hurts.",
        "illustration": f"{ex_id}.svg",
    }
    base.update(over)
    return base


TINY: dict[str, Any] = {
    "version": 1,
    "exercises": [
        exercise("solo", hold_seconds=10),
        exercise("sided", hold_seconds=8, reps=2, sides="both", rest_seconds=4),
        exercise("wave", mode="flow", hold_seconds=12, pace_seconds=3, flow_cues=["Up", "Down"]),
    ],
    "routines": [
        {
            "id": "tiny",
            "name": "Tiny",
            "description": "A short routine for tests.",
            "warmup_seconds": 5,
            "breaths_before": 1,
            "breaths_after": 1,
            "get_ready_seconds": 3,
            "switch_seconds": 2,
            "items": [{"exercise": "solo"}, {"exercise": "sided"}, {"exercise": "wave"}],
        }
    ],
}


def tiny_catalogue(**routine_over: Any) -> Catalogue:
    data = json.loads(json.dumps(TINY))
    data["routines"][0].update(routine_over)
    return parse_catalogue(json.dumps(data), "tiny.json")

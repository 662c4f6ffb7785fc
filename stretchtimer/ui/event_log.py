"""An append-only JSON-lines log of session events, for tests, benchmarks and demos."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, TextIO

from stretchtimer.model.plan import Step
from stretchtimer.model.session import Cue, SessionSummary


class EventLog:
    """Writes one JSON object per line and flushes it, so a killed app leaves a usable log."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle: TextIO | None = path.open("a", encoding="utf-8")

    def _write(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            return
        record["mono"] = time.monotonic()
        record["wall"] = time.time()
        self._handle.write(json.dumps(record) + "\n")
        self._handle.flush()

    def cue(self, cue: Cue, sound: str | None) -> None:
        self._write(
            {
                "event": "cue",
                "kind": cue.kind.value,
                "phase": cue.step.phase.value,
                "step": cue.step.index,
                "count": cue.count,
                "sound": sound,
                "scheduled": cue.at,
            }
        )

    def step(self, step: Step, at: float) -> None:
        self._write(
            {
                "event": "step",
                "phase": step.phase.value,
                "step": step.index,
                "exercise": step.exercise_id,
                "side": step.side.value,
                "scheduled": at,
            }
        )

    def notice(self, kind: str, message: str) -> None:
        self._write({"event": kind, "message": message})

    def finished(self, summary: SessionSummary) -> None:
        self._write(
            {
                "event": "finished",
                "status": summary.status.value if summary.status else None,
                "active_seconds": summary.active_seconds,
                "credited_seconds": summary.credited_hold_seconds,
            }
        )

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

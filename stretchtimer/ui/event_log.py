"""An append-only JSON-lines log of session events, for tests, benchmarks and demos.

Every line has ``event``, and ``mono`` and ``wall``: ``time.monotonic()`` and
``time.time()`` when the line was written. Steps and cues also say when they were due,
in two separately named fields:

- ``plan_offset``: seconds from the start of the plan as compiled (no pauses, no
  extensions), so a step rewound and done again has the same plan offset twice;
- ``machine_time``: the instant on the session clock (monotonic, through suspend, and
  sped up by ``--time-scale``) at which the session machine says it happened.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, TextIO

from stretchtimer.model.session import Cue, SessionState, SessionSummary, StepStarted


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
                "plan_offset": cue.step.start + cue.offset,
                "machine_time": cue.at,
            }
        )

    def step(self, started: StepStarted) -> None:
        step = started.step
        self._write(
            {
                "event": "step",
                "phase": step.phase.value,
                "step": step.index,
                "exercise": step.exercise_id,
                "side": step.side.value,
                "plan_offset": step.start,
                "machine_time": started.at,
            }
        )

    def state(self, state: SessionState) -> None:
        """Paused, running or finished: a test can tell a paused session from a frozen one."""
        self._write({"event": "state", "state": state.value})

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

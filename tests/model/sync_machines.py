"""Two StretchTimer data folders with real histories, sharing one real sync folder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.sync.history_store import HistoryRecords
from stretchtimer.model.sync.merge import MergeReport
from stretchtimer.model.sync.records import stamp_of
from stretchtimer.model.sync.runner import run_sync
from stretchtimer.model.sync.state import SyncState

NOON = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)


def summary(credited: float = 200.0, outcomes: int = 3) -> SessionSummary:
    items = tuple(
        ItemSummary(i, f"ex-{i}", f"Exercise {i}", 60.0, credited / outcomes, ItemOutcome.PARTIAL)
        for i in range(outcomes)
    )
    return SessionSummary(
        "morning-back", "Morning back", SessionStatus.COMPLETED, 600.0, credited * 1.5, credited,
        items,
    )  # fmt: skip


class Machine:
    """A computer: its data folder, history and clock (``skew`` from the true time)."""

    def __init__(
        self, root: Path, name: str, shared: Path, *, skew: timedelta = timedelta()
    ) -> None:
        self.name = name
        self.data = root / name
        self.shared = shared
        self.skew = skew
        self.true_now = NOON
        self.store, _ = HistoryStore.open(self.data / "history.sqlite3", now=self.now)
        self.records = HistoryRecords(self.store)
        self.device = self.records.device_id()
        self.state: SyncState | None = None

    def now(self) -> datetime:
        return self.true_now + self.skew

    def record(self, day: date = date(2024, 6, 10), tz: str = "Europe/Berlin") -> int:
        started = self.now() - timedelta(minutes=10)
        sid = self.store.begin_session("morning-back", "Morning back", started, tz, day, 600.0)
        self.store.finish(sid, summary())
        return sid

    def sync(self) -> MergeReport:
        report, self.state = run_sync(
            self.shared, self.records, self.data, device=self.device, label=self.name,
            now_ms=stamp_of(self.now()), state=self.state, create=True,
        )  # fmt: skip
        return report

    def shown(self) -> list[tuple[str, str, float, int | None, int | None]]:
        """What the history page would list: uuid, local date, minutes and ratings."""
        return sorted(
            (s.uuid, s.local_date.isoformat(), s.credited_seconds, s.stiffness_before,
             s.stiffness_after)
            for s in self.store.sessions()
        )  # fmt: skip

    def close(self) -> None:
        self.store.close()

"""The streak keeper's standing, read from the history for the routine list and the summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from stretchtimer.model.history import HistoryError, SessionRecord
from stretchtimer.model.progress import last_done
from stretchtimer.model.streaks import HistoryDigest, Stats, stats_from_digest

# "Last done" looks this far back; older routines read as not done lately.
LAST_DONE_DAYS = 400


class HistoryReader(Protocol):
    """What the window reads of the history (``HistoryStore`` has both)."""

    def digest(self) -> HistoryDigest: ...

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[SessionRecord]: ...


@dataclass(frozen=True)
class Practice:
    """The standing as of ``stats.today``, and the history it came from."""

    history: HistoryDigest
    stats: Stats
    last_done: dict[str, date]


def read_practice(reader: HistoryReader, today: date, weekly_goal_days: int) -> Practice | None:
    """The standing now, or None when the history cannot be read (the page says so)."""
    try:
        history = reader.digest()
        recent = reader.sessions(since=today - timedelta(days=LAST_DONE_DAYS))
    except HistoryError:
        return None
    stats = stats_from_digest(history, today, weekly_goal_days)
    return Practice(history, stats, last_done(recent))

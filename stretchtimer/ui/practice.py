"""The streak keeper's standing, read from the history for the routine list and the summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryError, SessionRecord
from stretchtimer.model.progress import Progress, last_done, progress
from stretchtimer.model.session import SessionSummary
from stretchtimer.model.streaks import HistoryDigest, Stats, stats_from_digest

if TYPE_CHECKING:
    from stretchtimer.ui.settings_model import SettingsModel

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


class Standing:
    """The window's view of the standing: now, as a session began, and after it ended.

    ``history`` arrives once the store is open (after the first frame); until then, and
    whenever it cannot be read, there is no standing to show.
    """

    def __init__(self, settings: SettingsModel) -> None:
        self._settings = settings
        self.history: HistoryReader | None = None
        self._before: Practice | None = None

    def now(self) -> Practice | None:
        if self.history is None:
            return None
        chosen = self._settings.value
        return read_practice(self.history, today_for(chosen), chosen.weekly_goal_days)

    def session_began(self) -> None:
        """Keep the standing before the session, so its end can say what it changed."""
        self._before = self.now()

    def after(self, summary: SessionSummary) -> Progress | None:
        before = self._before
        if before is None:
            return None
        goal = self._settings.value.weekly_goal_days
        return progress(before.history, before.stats.today, summary, goal)

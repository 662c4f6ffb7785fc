"""What closing the window does: quit, or keep StretchTimer running in the tray."""

from __future__ import annotations

from enum import StrEnum


class CloseAction(StrEnum):
    QUIT = "quit"
    HIDE = "hide"  # keep running in the tray
    HIDE_AND_EXPLAIN = "hide_and_explain"  # the first time: say it still runs, and how to quit


def close_action(
    *,
    tray_shown: bool,
    start_at_login: bool,
    reminders_on: bool,
    started_in_background: bool,
    notice_shown: bool,
) -> CloseAction:
    """Closing the window keeps StretchTimer in the tray when something needs it running.

    That is reminders, starting at login, or a start with ``--background`` (a person who
    asked for the tray); and only with a tray to come back from. Otherwise closing quits,
    as with any window: with no tray there would be no way back but starting it again.
    """
    wanted = start_at_login or reminders_on or started_in_background
    if not (tray_shown and wanted):
        return CloseAction.QUIT
    return CloseAction.HIDE if notice_shown else CloseAction.HIDE_AND_EXPLAIN


__all__ = ["CloseAction", "close_action"]

"""The command line's counted phrases ("%n record(s)"), with each language's plural forms.

``pyside6-lupdate`` marks a string as a plural only when it is a class's
``self.tr(source, disambiguation, n)``, so the phrases with a count live here as methods
of a class named after their translation context, ``Cli``, the context of every other
line the commands print.
"""

from __future__ import annotations

from typing import Protocol


class Translates(Protocol):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


class Cli:
    """Counted words of the command line; the class name is their translation context."""

    def __init__(self, translator: Translates) -> None:
        self._translator = translator

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self._translator.translate("Cli", source, disambiguation or None, n)

    def records(self, count: int) -> str:
        return self.tr("%n record(s)", "", n=count)

    def records_unsent(self, count: int) -> str:
        return self.tr("%n record(s) could not be sent; tried again next time", "", n=count)

    def files_unsent(self, count: int) -> str:
        return self.tr("%n file(s) could not be sent; tried again next time", "", n=count)

    def still_to_come(self, count: int) -> str:
        """After a device's file count in ``sync status``: ``3 (%n still to come)``."""
        return self.tr("%1 (%n still to come)", "", n=count)

    def sessions_exported(self, count: int) -> str:
        return self.tr("Exported %n session(s) to %1", "", n=count)

    def own_exercises(self, count: int) -> str:
        return self.tr("%n own exercise(s)", "", n=count)

    def pictures(self, count: int) -> str:
        return self.tr("%n picture(s)", "", n=count)

    def import_problems(self, count: int) -> str:
        return self.tr("nothing imported: %1 has %n problem(s)", "", n=count)

    def routine_line(self, count: int) -> str:
        """A routine an import adds: its id, its name and how many exercises it has."""
        return self.tr("Routine %1: %2 (%n exercise(s))", "", n=count)

    def break_every(self, minutes: int) -> str:
        return self.tr("a break after every %n min at the computer", "", n=minutes)

    def every_minutes(self, minutes: int) -> str:
        """The WHEN of an active-time break in the reminders table."""
        return self.tr("every %n min", "", n=minutes)

    def not_a_file(self, kind: str) -> str:
        """Why an export cannot go to %1: ``kind`` as the export found it (a folder or other)."""
        if kind == "a folder":
            return self.tr("cannot export to %1: it is a folder; give a file name")
        return self.tr("cannot export to %1: it is not a regular file; give a file name")

    def too_many_daily(self, count: int) -> str:
        return self.tr("there are %n daily reminders already; remove one first", "", n=count)


__all__ = ["Cli", "Translates"]

"""The problems found in a person's files, in the interface's language.

The model words each problem as a :class:`~stretchtimer.model.untrusted.Message` (English,
with the sentence to translate); everything the window shows of a problem or a
:class:`~stretchtimer.model.untrusted.LoadError` goes through here, so it reads in the
person's language while logs and files keep the English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.model.untrusted import LoadError, Message, Problem
from stretchtimer.ui.placeholders import fill, translated


def problem_text(problem: Problem | str) -> str:
    """A problem with its file, item and field, or a problem's sentence alone, translated.

    A plain ``str`` (a line that was never a model sentence) is shown as it is.
    """
    if isinstance(problem, Problem):
        return translated(problem.sentence())
    if isinstance(problem, Message):
        return translated(problem.text)
    return problem


def error_text(error: LoadError, separator: str = "\n") -> str:
    """Every problem of ``error``, translated, one after the other."""
    return separator.join(problem_text(p) for p in error.problems)


def skipped_file_notice(problem: Problem) -> str:
    """The notice for a problem that kept a file of the person's routines from loading."""
    skipped = QCoreApplication.translate("Notices", "Skipped a routine file: %1")
    return fill(skipped, problem_text(problem))


def failure_text(error: object) -> str:
    """Any error a background job ended with: a file's problems translated, else as it says."""
    return error_text(error) if isinstance(error, LoadError) else str(error)


__all__ = ["error_text", "failure_text", "problem_text", "skipped_file_notice"]

"""The note over the history page when rows of the history break a rule and are left out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from stretchtimer.model.history import RowProblems


class ProblemsNote(QLabel):
    """One sentence saying how many records are left out; which ones and why on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_problems")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("History records left out"))
        self.hide()

    def show_problems(self, problems: RowProblems) -> None:
        self.setText(
            self.tr(
                "%n record(s) in the history could not be read and are left out of what is shown.",
                "",
                len(problems),
            )
        )
        details = "\n".join(problems.messages())
        self.setToolTip(details)
        self.setAccessibleDescription(details)
        self.setVisible(bool(problems))


__all__ = ["ProblemsNote"]

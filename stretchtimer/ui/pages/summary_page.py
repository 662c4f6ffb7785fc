"""The summary page: what was done, for how long, and what was skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.session import ItemOutcome, SessionStatus, SessionSummary
from stretchtimer.model.shorten import for_display
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.widgets.checkin import CheckinWidget


class SummaryPage(QWidget):
    """Signals:
    done_clicked(): back to the routines.
    history_clicked(): open the history page.
    after_rated(int): the stiffness check-in after the session.
    """

    after_rated = Signal(int)

    done_clicked = Signal()
    history_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setFont(relative_font(self.font(), 2.0, bold=True))
        self.totals = QLabel()
        self.totals.setFont(relative_font(self.font(), 1.25))
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)  # the routine's name is from a file
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Exercise"), self.tr("Stretched"), self.tr("Result")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Exercises done"))
        # As tall as its rows, so the check-in sits right under it, not under empty space.
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.checkin = CheckinWidget(
            self.tr("How stiff or sore do you feel now? Press 0 to 10, or Esc to skip.")
        )
        self.checkin.rated.connect(self._on_checkin_rated)
        self.checkin.skipped.connect(self._on_checkin_skipped)
        self.checkin_thanks = QLabel()
        self.history_button = QPushButton(self.tr("See history"))
        self.history_button.setToolTip(self.tr("Your streak and progress (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_clicked.emit)
        self.done_button = QPushButton(self.tr("Back to routines"))
        self.done_button.setToolTip(self.tr("Back to the routine list (Enter)"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done_clicked.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.done_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        root.addWidget(self.title)
        root.addWidget(self.totals)
        root.addWidget(self.table)
        root.addWidget(self.checkin)
        root.addWidget(self.checkin_thanks)
        root.addStretch(1)
        root.addLayout(buttons)

    def _on_checkin_rated(self, rating: int) -> None:
        self.after_rated.emit(rating)
        self.checkin.hide()
        self.checkin_thanks.setText(self.tr("Saved: {rating} out of 10.").format(rating=rating))
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_checkin_skipped(self) -> None:
        self.checkin.hide()
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_summary(self, summary: SessionSummary, *, ask_after: bool = False) -> None:
        if summary.status is SessionStatus.COMPLETED:
            self.title.setText(self.tr("Well done!"))
        else:
            self.title.setText(self.tr("Session stopped"))
        done = sum(1 for i in summary.items if i.outcome is ItemOutcome.COMPLETED)
        self.totals.setText(
            self.tr(
                "{routine}: {active} in all, {stretched} of stretching. "
                "{done} of {count} exercises completed."
            ).format(
                routine=for_display(summary.routine_name, max_chars=80, max_word=24),
                active=mmss(summary.active_seconds),
                stretched=mmss(summary.credited_hold_seconds),
                done=done,
                count=len(summary.items),
            )
        )
        words = {
            ItemOutcome.COMPLETED: self.tr("completed"),
            ItemOutcome.PARTIAL: self.tr("partly done"),
            ItemOutcome.SKIPPED: self.tr("skipped"),
            ItemOutcome.NOT_REACHED: self.tr("not reached"),
        }
        self.table.setRowCount(len(summary.items))
        for row, item in enumerate(summary.items):
            cells = [
                item.exercise_name,
                f"{mmss(item.credited_hold_seconds)} / {mmss(item.planned_hold_seconds)}",
                words[item.outcome],
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.checkin.reset()
        self.checkin.setVisible(ask_after)
        self.checkin_thanks.clear()
        if ask_after:
            self.checkin.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

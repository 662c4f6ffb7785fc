"""The routine preview: what the session holds, in order, before it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import Exercise
from stretchtimer.model.plan import Dose, Phase, Plan
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui import texts
from stretchtimer.ui.colours import ACCENT_STRONG
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.illustration import IllustrationView

FrameFinder = Callable[[Exercise], list[Path]]
THUMB_W, THUMB_H = 112, 84


@dataclass(frozen=True)
class PreviewItem:
    """One exercise of the routine as the preview lists it."""

    exercise: Exercise
    dose: Dose


def preview_items(plan: Plan) -> list[PreviewItem]:
    """The routine's exercises in order, each with the dose this plan gives it."""
    found: list[PreviewItem] = []
    for index in range(len(plan.routine.items)):
        holds = [s for s in plan.item_steps(index) if s.phase is Phase.HOLD]
        if holds and holds[0].exercise is not None:
            found.append(PreviewItem(holds[0].exercise, plan.dose(holds[0])))
    return found


class PreviewPage(QWidget):
    """The exercises of a routine with pictures, doses and sides, its length, and Start.

    Enter starts, Esc goes back to the routines.

    Signals:
        start_requested(str): the routine id to start.
        back_requested(): back to the routine list.
    """

    start_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, frames_for: FrameFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames_for = frames_for
        self._routine_id = ""
        self.back_button = QPushButton(self.tr("← Routines"))
        self.back_button.setAccessibleName(self.tr("Back to the routines"))
        self.back_button.setToolTip(self.tr("Back to the routine list (Esc)"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel()
        self.title.setFont(relative_font(self.font(), 2.2, bold=True))
        self.title.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setToolTip(self.tr("Start the session (Enter)"))
        self.start_button.setFont(relative_font(self.font(), 1.4, bold=True))
        self.start_button.setMinimumSize(160, 48)
        self.start_button.setDefault(True)
        self._colour_start()
        self.start_button.clicked.connect(self._on_start_button_clicked)
        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)

        self.facts = QLabel()
        self.facts.setFont(relative_font(self.font(), 1.3, bold=True))
        self.facts.setAccessibleDescription(self.tr("Length and position"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setFont(relative_font(self.font(), 1.1))
        self.frame_note = QLabel()
        self.frame_note.setWordWrap(True)

        self._list_host = QWidget()
        self._list = QGridLayout(self._list_host)
        self._list.setHorizontalSpacing(16)
        self._list.setVerticalSpacing(6)
        self.exercise_list = QScrollArea()
        self.exercise_list.setWidgetResizable(True)
        self.exercise_list.setFrameShape(QFrame.Shape.NoFrame)
        self.exercise_list.setWidget(self._list_host)
        self.exercise_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exercise_list.setAccessibleName(self.tr("The exercises, in order"))
        self.rows: list[tuple[QLabel, ...]] = []

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.setSpacing(8)
        root.addLayout(header)
        root.addWidget(self.facts)
        root.addWidget(self.description)
        root.addWidget(self.frame_note)
        root.addWidget(self.exercise_list, 1)
        self.setFocusProxy(self.start_button)

    def _colour_start(self) -> None:
        # The one thing to do on this page, in the accent (white on it is over 4.5:1).
        palette = self.start_button.palette()
        palette.setColor(QPalette.ColorRole.Button, QColor(ACCENT_STRONG))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#ffffff"))
        self.start_button.setPalette(palette)

    def routine_id(self) -> str:
        return self._routine_id

    def show_plan(self, plan: Plan) -> None:
        routine = plan.routine
        self._routine_id = routine.id
        items = preview_items(plan)
        self.title.setText(routine.name)
        positions = " / ".join(
            dict.fromkeys(texts.position_word(i.exercise.position) for i in items)
        )
        count = self.tr("%n exercise(s)", "", len(items))
        self.facts.setText(
            fill(self.tr("%1 · %2 · %3"), mmss(plan.total_seconds), positions, count)
        )
        self.description.setText(routine.description)
        self.frame_note.setText(self._frame_text(plan))
        self.start_button.setAccessibleDescription(
            fill(self.tr("Start %1, %2 in all"), routine.name, mmss(plan.total_seconds))
        )
        self._fill_list(items)

    def _frame_text(self, plan: Plan) -> str:
        """What comes before and after the exercises, in one sentence."""
        warm = next((s for s in plan.steps if s.phase is Phase.WARMUP), None)
        breaths = any(s.phase is Phase.BREATHING for s in plan.steps)
        if warm is not None and breaths:
            text = self.tr(
                "First a warm-up of %1 and a few slow breaths; slow breaths again at the end."
            )
            return fill(text, mmss(warm.seconds))
        if warm is not None:
            return fill(self.tr("First a warm-up of %1."), mmss(warm.seconds))
        if breaths:
            return self.tr("A few slow breaths first and at the end.")
        return ""

    def _fill_list(self, items: list[PreviewItem]) -> None:
        for old in self.rows:
            for label in old:
                label.deleteLater()
        for picture in self._list_host.findChildren(IllustrationView):
            picture.deleteLater()
        while self._list.count():
            self._list.takeAt(0)
        self.rows = []
        muted = blend(
            self.palette().color(QPalette.ColorRole.Window),
            self.palette().color(QPalette.ColorRole.WindowText),
            0.75,
        )
        for row, item in enumerate(items):
            number = QLabel(str(row + 1))
            number.setFont(relative_font(self.font(), 1.4, bold=True))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            picture = IllustrationView()
            picture.setFixedSize(THUMB_W, THUMB_H)
            picture.set_frames(self._frames_for(item.exercise)[:1])
            picture.set_placeholder(item.exercise.position)
            picture.setAccessibleName(item.exercise.name)
            name = QLabel(item.exercise.name)
            name.setFont(relative_font(self.font(), 1.25, bold=True))
            name.setWordWrap(True)
            dose = QLabel(texts.dose_words(item.dose))
            dose.setFont(relative_font(self.font(), 1.1))
            where = QLabel(self._where_text(item))
            where.setStyleSheet(f"color: {muted.name()};")
            words = QVBoxLayout()
            words.setSpacing(2)
            words.addStretch(1)
            words.addWidget(name)
            line = QHBoxLayout()
            line.addWidget(dose)
            line.addSpacing(12)
            line.addWidget(where)
            line.addStretch(1)
            words.addLayout(line)
            words.addStretch(1)
            self._list.addWidget(number, row, 0)
            self._list.addWidget(picture, row, 1)
            self._list.addLayout(words, row, 2)
            name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.rows.append((number, name, dose, where))
        self._list.setColumnStretch(2, 1)
        self._list.setRowStretch(len(items), 1)

    def _where_text(self, item: PreviewItem) -> str:
        position = texts.position_word(item.exercise.position)
        if item.dose.per_side:
            return fill(self.tr("%1, left then right"), position)
        return position

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_start_button_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_start_button_clicked(self) -> None:
        if self._routine_id:
            self.start_requested.emit(self._routine_id)

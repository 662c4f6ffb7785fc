"""The left half of the session page: the picture and what to do, readable mid-stretch."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from stretchtimer.model.plan import Phase
from stretchtimer.ui.colours import PHASE_COLOURS
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import paint_soft_box
from stretchtimer.ui.widgets.illustration import IllustrationView


class ExerciseGuide(QWidget):
    """Picture, name, one line of what to do now, the steps, and at get-ready the caution.

    The page decides what each shows for a step; this widget lays them out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.illustration = IllustrationView()
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.illustration.setAccessibleName(self.tr("Exercise picture"))
        self.exercise_label = QLabel()
        self.exercise_label.setWordWrap(True)
        self.exercise_label.setAccessibleDescription(self.tr("Exercise"))
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setAccessibleDescription(self.tr("What to do now"))
        self.instructions_label = QLabel()
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.instructions_label.setAccessibleDescription(self.tr("How to do it"))
        self.caution = CautionBox()
        self.caution.setAccessibleName(self.tr("Take care"))
        self.caution_label = QLabel()
        self.caution_label.setWordWrap(True)
        self.caution_label.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self.caution)
        box.setContentsMargins(12, 8, 12, 8)
        box.addWidget(self.caution_label)
        self.caution.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.illustration, 1)
        layout.addWidget(self.exercise_label)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.caution)

    def show_steps(self, steps: tuple[str, ...], current: int | None = None) -> None:
        """The numbered steps; ``current`` (an index) is drawn bold, as the one to do now."""
        items = []
        for i, line in enumerate(steps):
            text = html.escape(line)
            items.append(f"<li><b>{text}</b></li>" if i == current else f"<li>{text}</li>")
        self.instructions_label.setText(f"<ol>{''.join(items)}</ol>" if items else "")
        self.instructions_label.setVisible(bool(items))

    def show_caution(self, text: str) -> None:
        if text:
            self.caution_label.setText(fill(self.tr("<b>Take care:</b> %1"), html.escape(text)))
        self.caution.setVisible(bool(text))

    def caution_text(self) -> str:
        return self.caution_label.text() if self.caution.isVisible() else ""


class CautionBox(QFrame):
    """A calm box in the get-ready colour, drawn from the palette (no style sheet)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_soft_box(self, PHASE_COLOURS[Phase.GET_READY])

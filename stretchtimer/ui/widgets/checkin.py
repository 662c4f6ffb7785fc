"""CheckinWidget: "how stiff do you feel?" answered with one key or one click, or skipped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.placeholders import fill

MAX_RATING = 10


class CheckinWidget(QWidget):
    """A 0–10 rating: eleven buttons and Skip.

    Keys 0–9 rate straight away (10 is the last button), Esc or S skips. The widget keeps
    the last rating highlighted until :meth:`reset`.

    Signals:
        rated(int): the person chose a rating from 0 to 10.
        skipped(): the person chose not to answer.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setFont(relative_font(self.font(), 1.2, bold=True))

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for rating in range(MAX_RATING + 1):
            button = QPushButton(str(rating))
            button.setCheckable(True)
            button.setMinimumWidth(34)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, rating)
            self.buttons.append(button)
            row.addWidget(button)
        self._group.idClicked.connect(self._on_group_id_clicked)

        self.low = QLabel()
        self.high = QLabel()
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors = QHBoxLayout()
        anchors.addWidget(self.low)
        anchors.addStretch(1)
        anchors.addWidget(self.high)

        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skipped.emit)
        skip_row = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setEnabled(False)  # drawn in the palette's muted text colour
        skip_row.addWidget(self.hint, 1)
        skip_row.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(anchors)
        layout.addLayout(skip_row)
        self._retranslate()

    def set_question(self, text: str) -> None:
        self.question.setText(text)
        self.setAccessibleDescription(text)

    def rating(self) -> int | None:
        """The rating last chosen, or ``None``."""
        chosen = self._group.checkedId()
        return None if chosen < 0 else chosen

    def reset(self) -> None:
        self._group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self._group.setExclusive(True)

    def choose(self, rating: int) -> None:
        """Rate as if the button had been pressed."""
        if not 0 <= rating <= MAX_RATING:
            raise ValueError(f"a rating is 0 to {MAX_RATING}, not {rating}")
        self.buttons[rating].setChecked(True)
        self.rated.emit(rating)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        answer = self._answer(event)
        if answer is None:
            super().keyPressEvent(event)
            return
        if answer < 0:
            self.skipped.emit()
        else:
            self.choose(answer)
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Window-wide shortcuts (Esc stops a session) must not take the keys that answer here.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._answer(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _answer(event: QKeyEvent) -> int | None:
        """The rating a key gives, -1 for skipping, ``None`` for other keys."""
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            return int(key - Qt.Key.Key_0)
        if plain and key in (Qt.Key.Key_Escape, Qt.Key.Key_S):
            return -1
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_group_id_clicked(self, rating: int) -> None:
        self.rated.emit(rating)

    def _retranslate(self) -> None:
        self.low.setText(self.tr("0 = not at all"))
        self.high.setText(self.tr("10 = the worst you can imagine"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Skip the question (Esc or S)"))
        self.skip_button.setAccessibleName(self.tr("Skip the question"))
        self.hint.setText(self.tr("Press 0–9, or click a number"))
        self.setAccessibleName(self.tr("Stiffness rating from 0 to 10"))
        for rating, button in enumerate(self.buttons):
            if rating == 0:
                name = self.tr("0 of 10, not at all")
            elif rating == MAX_RATING:
                name = self.tr("10 of 10, the worst you can imagine")
            else:
                name = fill(self.tr("%1 of 10"), str(rating))
            button.setAccessibleName(name)

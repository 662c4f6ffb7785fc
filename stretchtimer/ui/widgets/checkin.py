"""CheckinWidget: "how stiff do you feel?" answered with the keyboard or a click, or skipped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QPalette
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
# After "1" the widget waits this long for a "0" (ten) before it takes the answer as one.
PENDING_MS = 1500


_CONFIRM_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})


class CheckinWidget(QWidget):
    """A 0–10 rating: eleven buttons and Skip, and every value from the keyboard.

    Keys 0 and 2–9 rate straight away. "1" is held for a moment in case a "0" follows
    (that is 10); Enter, Space or any other key takes it as 1 at once, and so does the
    end of the moment. Esc or S skips. The widget keeps the last rating highlighted until
    :meth:`reset`.

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
        self.question.setFont(relative_font(self.font(), 1.4, bold=True))
        self._pending: int | None = None
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(PENDING_MS)
        self._pending_timer.timeout.connect(self.commit_pending)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for rating in range(MAX_RATING + 1):
            button = QPushButton(str(rating))
            button.setCheckable(True)
            button.setMinimumWidth(40)
            button.setMinimumHeight(44)
            button.setFont(relative_font(self.font(), 1.3, bold=True))
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
        self.hint.setWordWrap(True)
        # Ordinary text: the disabled colour was too faint to read (under 4.5:1).
        self.hint.setForegroundRole(QPalette.ColorRole.WindowText)
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
        self._pending_timer.stop()
        self._pending = None
        self._group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self._group.setExclusive(True)

    def choose(self, rating: int) -> None:
        """Rate as if the button had been pressed."""
        if not 0 <= rating <= MAX_RATING:
            raise ValueError(f"a rating is 0 to {MAX_RATING}, not {rating}")
        self._pending_timer.stop()
        self._pending = None
        self.buttons[rating].setChecked(True)
        self.rated.emit(rating)

    def pending(self) -> int | None:
        """A "1" typed that may still become 10, or ``None``."""
        return self._pending

    def commit_pending(self) -> None:
        """Take a typed "1" as the answer (the moment for a "0" is over)."""
        if self._pending is not None:
            self.choose(self._pending)

    def hideEvent(self, event: QHideEvent) -> None:
        self._pending_timer.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        answer = self._answer(event)
        if self._pending is not None:
            if answer == 0:
                self.choose(MAX_RATING)
                event.accept()
                return
            # Any other key settles the answer as 1 (and is used up doing so).
            self.commit_pending()
            event.accept()
            return
        if answer is None:
            super().keyPressEvent(event)
            return
        if answer < 0:
            self.skipped.emit()
        elif answer == 1:
            # Perhaps the start of "10": wait a moment for the "0".
            self._pending = 1
            self.buttons[1].setChecked(True)
            self._pending_timer.start()
        else:
            self.choose(answer)
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Window-wide shortcuts (Esc stops a session) must not take the keys that answer here,
        # nor Enter and Space while a typed "1" waits to be confirmed.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                self._answer(event) is not None
                or (self._pending is not None and event.key() in _CONFIRM_KEYS)
            )
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
        self.hint.setText(self.tr("Type a number from 0 to 10 (1 then 0 for 10), or click one."))
        self.setAccessibleName(self.tr("Stiffness rating from 0 to 10"))
        for rating, button in enumerate(self.buttons):
            if rating == 0:
                name = self.tr("0 of 10, not at all")
            elif rating == MAX_RATING:
                name = self.tr("10 of 10, the worst you can imagine")
            else:
                name = fill(self.tr("%1 of 10"), str(rating))
            button.setAccessibleName(name)

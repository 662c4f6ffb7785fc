"""NoticeBanner: problems worth knowing about, said calmly, with the details one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.model.shorten import for_display
from stretchtimer.ui.widgets._palette import paint_soft_box

WARM = "#D99A1E"
# The first notices are shown in full (each cut for display); the rest are counted.
MAX_NOTICE_LINES = 6


class NoticeBanner(QFrame):
    """A dismissible banner over a list of messages (one per problem, each a sentence).

    It says how many things need attention and that the rest of the app works; "Details"
    shows the messages themselves, "Dismiss" hides the banner until a new message comes.

    Signals:
        dismissed(): the person closed the banner.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setAccessibleName(self.tr("Notices"))
        self._messages: list[str] = []
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show what happened, file by file"))
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide these notices"))
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.details = QLabel()
        self.details.setWordWrap(True)
        # Messages quote files: shown as text, never parsed as markup.
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleDescription(self.tr("Notice details"))
        self.details.hide()
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.details_button)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.hide()

    def messages(self) -> list[str]:
        return list(self._messages)

    def set_messages(self, messages: list[str]) -> None:
        """Show these messages (none hides the banner)."""
        self._messages = list(dict.fromkeys(m for m in messages if m))
        self._show()

    def add_message(self, message: str) -> None:
        """One more message; a banner dismissed earlier comes back for it."""
        if message and message not in self._messages:
            self._messages.append(message)
        self._show()

    def _show(self) -> None:
        count = len(self._messages)
        self.headline.setText(
            self.tr(
                "%n thing(s) need(s) your attention; everything else works as usual.", "", count
            )
        )
        # Each shown cut for display (the caller logs it in full); past a few, a count.
        shown = [for_display(m) for m in self._messages[:MAX_NOTICE_LINES]]
        more = len(self._messages) - MAX_NOTICE_LINES
        lines = [*shown, self.tr("And %n more.", "", more)] if more > 0 else shown
        self.details.setText("\n".join(lines))
        self.setAccessibleDescription(" ".join(shown))
        self.setVisible(count > 0)

    def _on_details_button_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_button.setText(self.tr("Hide details") if on else self.tr("Details"))

    def _on_dismiss_button_clicked(self) -> None:
        self._messages = []
        self.details_button.setChecked(False)
        self.hide()
        self.dismissed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_soft_box(self, WARM)

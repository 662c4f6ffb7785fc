"""What the last action on the routine list did ("Deleted …", "Imported …"), and its Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from stretchtimer.model.shorten import for_display


class ActionBar(QFrame):
    """One line of news with an optional Undo button and a Close button.

    Signals:
        undo_clicked(): the person wants the last action undone.
    """

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickerActionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        # Routine names and file problems come from files: text, never markup.
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setMinimumWidth(1)
        self.text.setAccessibleName(self.tr("What just happened"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_clicked.emit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Hide this line"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 14, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, undo: bool = False) -> None:
        """Show ``text``; with ``undo`` the Undo button takes the keyboard focus."""
        self.text.setText(for_display(text, max_word=60))
        self.undo_button.setVisible(undo)
        self.show()
        if undo:
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

"""The headings of the routine list's sections: pinned, built-in, and the person's own."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.ui.fonts import relative_font


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(relative_font(label.font(), 1.2, bold=True))
    label.setAccessibleName(text)
    return label


class OwnHeading(QWidget):
    """ "Your routines", with New routine and Import…, and a line to say what goes here
    while there is nothing yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Your routines"))
        self.new_button = QPushButton(self.tr("&New routine"))
        self.new_button.setToolTip(self.tr("Make a routine of your own in the editor"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Add a routine someone shared, or Workrave exercises; nothing is replaced")
        )
        self.empty = QLabel(
            self.tr(
                "Routines you make, copy or import show here. A built-in routine's menu (⋯) "
                "can make your own copy of it."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setMinimumWidth(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 10, 0, 0)
        column.addLayout(row)
        column.addWidget(self.empty)

    def set_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)

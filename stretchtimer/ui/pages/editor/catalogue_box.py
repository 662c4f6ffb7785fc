"""The catalogue beside the routine: exercises to add, and the user's own to make or change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from stretchtimer.ui.pages.editor.chooser import ExerciseChooser
from stretchtimer.ui.pages.editor.thumbnails import ThumbnailCache


class CatalogueBox(QGroupBox):
    """Signals:
    add_requested(str): add this exercise to the routine.
    new_requested(): make a new exercise.
    edit_requested(str): change this exercise (a built-in one: an editable copy of it).
    """

    add_requested = Signal(str)
    new_requested = Signal()
    edit_requested = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        # The box's title and Add keep the page's context, where translators first met them.
        super().__init__(QCoreApplication.translate("EditorPage", "Catalogue"), parent)
        self.chooser = ExerciseChooser(thumbnails)
        self.chooser.chosen.connect(self.add_requested.emit)
        self.add_button = QPushButton(QCoreApplication.translate("EditorPage", "&Add to routine"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_button = QPushButton(self.tr("New exer&cise…"))
        self.new_button.setToolTip(self.tr("Type in an exercise of your own"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.chooser.list.currentItemChanged.connect(self._show_edit_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        column = QVBoxLayout(self)
        column.addWidget(self.chooser, 1)
        column.addWidget(self.add_button)
        column.addLayout(buttons)
        self._show_edit_button()

    def current_id(self) -> str | None:
        item = self.chooser.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _show_edit_button(self) -> None:
        current = self.current_id()
        own = current is not None and self.chooser.is_own(current)
        self.edit_button.setEnabled(current is not None)
        self.edit_button.setText(
            self.tr("Edi&t exercise…") if own else self.tr("Cus&tomise exercise…")
        )
        self.edit_button.setToolTip(
            self.tr("Change this exercise of yours")
            if own
            else self.tr("Make your own copy of this built-in exercise to change")
        )

    def _on_add_button_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.add_requested.emit(current)

    def _on_edit_button_clicked(self) -> None:
        current = self.current_id()
        if current is not None:
            self.edit_requested.emit(current)

"""An exercise's steps: one line each, added, removed, edited in place and reordered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_EDITABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)  # fmt: skip


class StepsList(QListWidget):
    """Alt+Up/Down moves the current step, Delete removes it; F2 or a double click edits."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up and row > 0:
            self.move_step(row, row - 1)
            return
        if alt and event.key() == Qt.Key.Key_Down and 0 <= row < self.count() - 1:
            self.move_step(row, row + 1)
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and row >= 0
            and self.state() != self.State.EditingState
        ):
            self.takeItem(row)
            return
        super().keyPressEvent(event)

    def move_step(self, row: int, to: int) -> None:
        item = self.takeItem(row)
        self.insertItem(to, item)
        self.setCurrentRow(to)


class StepsEditor(QWidget):
    """Signals:
    edited(): a step was added, changed, removed or moved.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = StepsList()
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setWordWrap(True)
        # Room for six steps; more scroll.
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 6 + 12)
        self.add_button = QPushButton(self.tr("Add ste&p"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self._step_by(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the step down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self._step_by(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        model = self.list.model()
        model.rowsMoved.connect(lambda *_: self.edited.emit())
        model.rowsRemoved.connect(lambda *_: self.edited.emit())
        model.rowsInserted.connect(lambda *_: self.edited.emit())

    def steps(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_steps(self, steps: tuple[str, ...]) -> None:
        self.blockSignals(True)
        self.list.clear()
        for line in steps:
            self.list.addItem(self._row(line))
        self.blockSignals(False)

    def _row(self, text: str) -> QListWidgetItem:
        row = QListWidgetItem(text)
        row.setFlags(_EDITABLE)
        return row

    def _on_add_button_clicked(self) -> None:
        at = self.list.currentRow() + 1 if self.list.count() else 0
        row = self._row("")
        self.list.insertItem(at, row)
        self.list.setCurrentRow(at)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.editItem(row)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _step_by(self, delta: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + delta < self.list.count() and row >= 0:
            self.list.move_step(row, row + delta)

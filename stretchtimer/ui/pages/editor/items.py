"""The routine's exercises in order: drag and drop or Alt+Up/Down to move, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from stretchtimer.ui.pages.editor.thumbnails import SIZE


class ItemsList(QListWidget):
    """Signals:
    moved(int, int): the item at the first row now belongs at the second.
    remove_requested(int): Delete on a row.
    """

    moved = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(SIZE)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, rows: list[QListWidgetItem], current: int) -> None:
        self.blockSignals(True)
        self.clear()
        for row in rows:
            self.addItem(row)
        self.blockSignals(False)
        if rows:
            self.setCurrentRow(max(0, min(current, len(rows) - 1)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up and row > 0:
            self.moved.emit(row, row - 1)
            return
        if alt and event.key() == Qt.Key.Key_Down and 0 <= row < self.count() - 1:
            self.moved.emit(row, row + 1)
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_requested.emit(row)
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        # The page owns the order: the drop only says where the dragged row belongs, and
        # the rows are redrawn from the routine (Qt's own move would copy or drop items).
        source = self.currentRow()
        if source < 0:
            event.ignore()
            return
        point = event.position().toPoint()
        index = self.indexAt(point)
        gap = self.count() if not index.isValid() else index.row()
        if index.isValid() and point.y() > self.visualRect(index).center().y():
            gap += 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        to = gap - 1 if gap > source else gap
        if to != source:
            self.moved.emit(source, to)

"""The routine's exercises in order: drag and drop or Alt+Up/Down to move, Delete to remove."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from stretchtimer.model.catalogue import Catalogue, Routine
from stretchtimer.ui.pages.editor.chooser import exercise_dose
from stretchtimer.ui.pages.editor.thumbnails import SIZE, ThumbnailCache


def item_rows(
    routine: Routine, catalogue: Catalogue, thumbnails: ThumbnailCache, palette: QPalette
) -> list[QListWidgetItem]:
    """One row per item: its picture and its dose (the item's own where it has one)."""
    rows = []
    for item in routine.items:
        ex = catalogue.exercises.get(item.exercise)
        if ex is None:
            rows.append(QListWidgetItem(item.exercise))
            continue
        changed = dataclasses.replace(
            ex, hold_seconds=item.hold_seconds or ex.hold_seconds, reps=item.reps or ex.reps
        )
        rows.append(QListWidgetItem(thumbnails.icon(ex, palette), exercise_dose(changed)))
    return rows


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

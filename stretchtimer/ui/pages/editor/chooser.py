"""The catalogue as a list to choose from: search, position, target and tag filters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import Catalogue, Exercise, Position, Sides
from stretchtimer.model.plan import Dose
from stretchtimer.ui import texts
from stretchtimer.ui.pages.editor.thumbnails import SIZE, ThumbnailCache
from stretchtimer.ui.placeholders import fill

ANY = ""


def exercise_dose(exercise: Exercise) -> str:
    dose = Dose(
        exercise.hold_seconds, exercise.reps, exercise.sides is Sides.BOTH,
        exercise.pace_seconds is not None,
    )  # fmt: skip
    return texts.dose_text(exercise.name, dose)


class ExerciseList(QListWidget):
    """Enter adds the current exercise."""

    activated_exercise = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.activated_exercise.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class ExerciseChooser(QWidget):
    """Signals:
    chosen(str): the id of an exercise to add (Enter or a double click).
    """

    chosen = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._catalogue = Catalogue()
        self._own: set[str] = set()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        self.position.addItem(self.tr("Any position"), ANY)
        for p in Position:
            self.position.addItem(texts.position_word(p), p.value)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Target"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.only_mine = QCheckBox(self.tr("Only &mine"))
        self.only_mine.setToolTip(self.tr("Show only the exercises you made or imported"))
        self.list = ExerciseList()
        self.list.setAccessibleName(self.tr("Exercises to add"))
        self.list.setIconSize(SIZE)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated_exercise.connect(self.chosen.emit)
        self.list.itemDoubleClicked.connect(
            lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for combo in (self.position, self.target, self.tag):
            combo.currentIndexChanged.connect(self._refilter)
        self.only_mine.toggled.connect(self._refilter)
        # Two by two: three filters in a row of the narrow catalogue column cut the longer
        # languages' choices ("Jedes Schlagwort") to a few letters.
        filters = QGridLayout()
        filters.addWidget(self.position, 0, 0)
        filters.addWidget(self.target, 0, 1)
        filters.addWidget(self.tag, 1, 0)
        filters.addWidget(self.only_mine, 1, 1)
        # Equal halves: otherwise the check box's column takes the room the tag box needs.
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)

    def set_catalogue(self, catalogue: Catalogue, own: set[str]) -> None:
        self._catalogue, self._own = catalogue, own
        exercises = catalogue.exercises.values()
        for combo, values, anything in (
            (self.target, {t for e in exercises for t in e.targets}, self.tr("Any target")),
            (self.tag, {t for e in exercises for t in e.tags}, self.tr("Any tag")),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, ANY)
            for value in sorted(values):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self._refilter()

    def is_own(self, exercise_id: str) -> bool:
        return exercise_id in self._own

    def select(self, exercise_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.setCurrentRow(i)
                return

    def shown_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _matches(self, e: Exercise) -> bool:
        words = self.search.text().casefold().split()
        haystack = " ".join([e.name, *e.targets, *e.tags]).casefold()
        position, target, tag = (c.currentData() for c in (self.position, self.target, self.tag))
        return (
            all(w in haystack for w in words)
            and position in (ANY, e.position.value)
            and (target == ANY or target in e.targets)
            and (tag == ANY or tag in e.tags)
            and (not self.only_mine.isChecked() or e.id in self._own)
        )

    def _refilter(self) -> None:
        current = self.list.currentItem()
        keep = None if current is None else current.data(Qt.ItemDataRole.UserRole)
        self.list.clear()
        mine = QCoreApplication.translate("Editor", "%1 (yours)")
        for e in sorted(self._catalogue.exercises.values(), key=lambda e: e.name.casefold()):
            if not self._matches(e):
                continue
            line = exercise_dose(e)
            if e.id in self._own:
                line = fill(mine, line)
            row = QListWidgetItem(self._thumbnails.icon(e, self.palette()), line)
            row.setData(Qt.ItemDataRole.UserRole, e.id)
            row.setToolTip(", ".join(e.targets))
            self.list.addItem(row)
            if e.id == keep:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _on_search_return_pressed(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

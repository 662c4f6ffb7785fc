"""One item's dose: hold, reps and rest, each either the exercise's default or its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from stretchtimer.model.catalogue import MAX_REPS, MAX_SECONDS, Exercise, RoutineItem
from stretchtimer.ui.pages.editor.form import problem_label
from stretchtimer.ui.placeholders import fill

# The lowest value of each box stands for "the exercise's own" and shows as such.
DEFAULT_HOLD = 0.0
DEFAULT_REPS = 0
DEFAULT_REST = -1.0


class ItemOverrides(QWidget):
    """Signals:
    edited(object, object, object): hold, reps and rest (None: the exercise's default).
    """

    edited = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.hold = QDoubleSpinBox()
        self.hold.setRange(DEFAULT_HOLD, MAX_SECONDS)
        self.hold.setDecimals(1)
        self.hold.setAccessibleName(self.tr("Hold seconds for this exercise"))
        self.reps = QSpinBox()
        self.reps.setRange(DEFAULT_REPS, MAX_REPS)
        self.reps.setAccessibleName(self.tr("Repetitions for this exercise"))
        self.rest = QDoubleSpinBox()
        self.rest.setRange(DEFAULT_REST, MAX_SECONDS)
        self.rest.setDecimals(1)
        self.rest.setAccessibleName(self.tr("Rest seconds for this exercise"))
        for box in (self.hold, self.rest):
            box.setSuffix(self.tr(" s"))
        self.problems = {key: problem_label() for key in ("hold_seconds", "reps", "rest_seconds")}
        layout = QFormLayout(self)
        # Labels above their fields: in the editor's narrow columns a label beside its
        # field ("Atemzüge nachher") left the field too narrow to show its value.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addRow(self.title)
        layout.addRow(self.tr("&Hold"), self.hold)
        layout.addRow(self.problems["hold_seconds"])
        layout.addRow(self.tr("&Reps"), self.reps)
        layout.addRow(self.problems["reps"])
        layout.addRow(self.tr("R&est"), self.rest)
        layout.addRow(self.problems["rest_seconds"])
        self.hold.valueChanged.connect(self._emit)
        self.reps.valueChanged.connect(self._emit)
        self.rest.valueChanged.connect(self._emit)
        self.setEnabled(False)

    def show_item(self, item: RoutineItem | None, exercise: Exercise | None) -> None:
        boxes = (self.hold, self.reps, self.rest)
        for box in boxes:
            box.blockSignals(True)
        if item is None or exercise is None:
            self.title.setText("")
            self.setEnabled(False)
        else:
            self.setEnabled(True)
            self.title.setText(exercise.name)
            self.hold.setSpecialValueText(
                fill(
                    QCoreApplication.translate("Editor", "Default (%1 s)"),
                    f"{exercise.hold_seconds:g}",
                )
            )
            self.reps.setSpecialValueText(
                fill(QCoreApplication.translate("Editor", "Default (%1)"), str(exercise.reps))
            )
            self.rest.setSpecialValueText(
                fill(
                    QCoreApplication.translate("Editor", "Default (%1 s)"),
                    f"{exercise.rest_seconds:g}",
                )
            )
            self.hold.setValue(DEFAULT_HOLD if item.hold_seconds is None else item.hold_seconds)
            self.reps.setValue(DEFAULT_REPS if item.reps is None else item.reps)
            self.rest.setValue(DEFAULT_REST if item.rest_seconds is None else item.rest_seconds)
        for box in boxes:
            box.blockSignals(False)

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def _emit(self) -> None:
        hold = None if self.hold.value() == DEFAULT_HOLD else self.hold.value()
        reps = None if self.reps.value() == DEFAULT_REPS else self.reps.value()
        rest = None if self.rest.value() == DEFAULT_REST else self.rest.value()
        self.edited.emit(hold, reps, rest)

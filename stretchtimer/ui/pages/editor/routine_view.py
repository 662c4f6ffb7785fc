"""The routine side of the editor laid out: header, status, and the four boxes.

The widgets only; :class:`~stretchtimer.ui.pages.editor.page.EditorPage` wires them. Their
texts keep the page's translation context, where translators first met them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.ui.access import quiet_scroll_area
from stretchtimer.ui.pages.editor.catalogue_box import CatalogueBox
from stretchtimer.ui.pages.editor.form import RoutineForm, problem_label
from stretchtimer.ui.pages.editor.items import ItemsList
from stretchtimer.ui.pages.editor.overrides import ItemOverrides
from stretchtimer.ui.pages.editor.thumbnails import ThumbnailCache
from stretchtimer.ui.pages.editor.timeline import TimelineBox


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    if tip:
        button.setToolTip(tip)
    return button


class RoutineView(QScrollArea):
    """In a scroll area: the window is a stack of pages, and the widest page's minimum would
    be the window's; a small window scrolls the editor instead."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = _button(
            QCoreApplication.translate("EditorPage", "Back"),
            QCoreApplication.translate("EditorPage", "Back to the routines (Esc)"),
        )
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(
            QCoreApplication.translate("EditorPage", "Routine to edit")
        )
        self.new_button = _button(QCoreApplication.translate("EditorPage", "&New"))
        self.customise_button = _button(
            QCoreApplication.translate("EditorPage", "C&ustomise"),
            QCoreApplication.translate(
                "EditorPage", "Make your own copy of this routine to change"
            ),
        )
        self.delete_button = _button(QCoreApplication.translate("EditorPage", "De&lete"))
        self.undo_button = _button(QCoreApplication.translate("EditorPage", "U&ndo delete"))
        self.undo_button.hide()
        self.import_button = _button(
            QCoreApplication.translate("EditorPage", "&Import…"),
            QCoreApplication.translate("EditorPage", "Add a shared routine or Workrave exercises"),
        )
        self.export_button = _button(
            QCoreApplication.translate("EditorPage", "E&xport…"),
            QCoreApplication.translate("EditorPage", "Save this routine as one file to share"),
        )
        self.save_button = _button(
            QCoreApplication.translate("EditorPage", "&Save"),
            QCoreApplication.translate("EditorPage", "Save this routine (Ctrl+S)"),
        )
        header = QHBoxLayout()
        for w in (self.back_button, self.routine_box, self.new_button, self.customise_button,
                  self.delete_button, self.undo_button):  # fmt: skip
            header.addWidget(w)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)
        header.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(
            QCoreApplication.translate("EditorPage", "Editor status")
        )

        self.form = RoutineForm()
        self.items = ItemsList()
        self.items.setAccessibleName(
            QCoreApplication.translate("EditorPage", "Exercises in this routine")
        )
        self.items_problem = problem_label()
        self.remove_button = _button(
            QCoreApplication.translate("EditorPage", "&Remove"),
            QCoreApplication.translate("EditorPage", "Remove the chosen exercise (Delete)"),
        )
        self.overrides = ItemOverrides()
        self.catalogue_box = CatalogueBox(thumbnails)
        self.plan_box = TimelineBox()

        settings = QGroupBox(QCoreApplication.translate("EditorPage", "Routine"))
        QVBoxLayout(settings).addWidget(self.form)
        steps = QGroupBox(QCoreApplication.translate("EditorPage", "Exercises"))
        column = QVBoxLayout(steps)
        column.addWidget(self.items, 1)
        column.addWidget(self.items_problem)
        column.addWidget(self.remove_button)
        column.addWidget(self.overrides)
        body = QHBoxLayout()
        # The catalogue column a little wider: its filters sit two by two.
        for box, share in ((settings, 3), (steps, 3), (self.catalogue_box, 4), (self.plan_box, 3)):
            body.addWidget(box, share)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(header)
        column.addWidget(self.status)
        column.addLayout(body, 1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        quiet_scroll_area(self, QCoreApplication.translate("EditorPage", "Routine editor"))

    def show_problems(self, own: dict[str, str], per_item: dict[int, dict[str, str]]) -> None:
        """The loader's words beside the routine's fields, and on the items they concern."""
        self.form.show_problems(own)
        self.items_problem.setText(own.get("items", ""))
        self.items_problem.setVisible("items" in own)
        self.overrides.show_problems(per_item.get(self.items.currentRow(), {}))
        for index, fields in per_item.items():
            row = self.items.item(index)
            if row is not None:
                row.setToolTip("\n".join(fields.values()))

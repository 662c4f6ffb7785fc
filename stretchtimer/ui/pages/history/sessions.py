"""The history page's list of recent sessions: the table, Delete with an undo bar, Ctrl+Z."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from stretchtimer.model.days import clock_time
from stretchtimer.model.history import (
    HistoryError,
    HistoryStore,
    RecordStatus,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.pages.history.texts import (
    is_listed,
    minutes,
    mute,
    status_words,
)
from stretchtimer.ui.placeholders import fill


class SessionsModel(QAbstractTableModel):
    """The recent sessions as rows of text, changed row by row as the sessions change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._headers = [
            self.tr("Date"), self.tr("Routine"), self.tr("Min"), self.tr("Status"),
            self.tr("Stiffness"),
        ]  # fmt: skip

    def set_rows(self, rows: Sequence[tuple[int, tuple[str, ...]]]) -> None:
        """Show ``rows``: the rows that went are removed, new ones inserted and changed ones
        redrawn, so a view keeps its place and one new session is one new row. Rows kept
        but in another order are shown by a reset."""
        new_ids = [sid for sid, _ in rows]
        keep = set(new_ids) & {sid for sid, _ in self._rows}
        if [sid for sid, _ in self._rows if sid in keep] != [i for i in new_ids if i in keep]:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        root = QModelIndex()
        for row in reversed(range(len(self._rows))):
            if self._rows[row][0] not in keep:
                self.beginRemoveRows(root, row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, (sid, texts) in enumerate(rows):
            if row == len(self._rows) or self._rows[row][0] != sid:
                self.beginInsertRows(root, row, row)
                self._rows.insert(row, (sid, texts))
                self.endInsertRows()
            elif self._rows[row][1] != texts:
                self._rows[row] = (sid, texts)
                last = self.index(row, len(self._headers) - 1)
                self.dataChanged.emit(self.index(row, 0), last)

    def session_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, session_id: int) -> int | None:
        for row, (sid, _) in enumerate(self._rows):
            if sid == session_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class SessionList(QObject):
    """The recent sessions of the history page, and deleting one with a way back.

    It builds the table, its Delete button, the undo bar and the empty-list note; the page
    lays them out and passes Ctrl+Z on to :meth:`undo_delete`.

    Signals:
        changed(): a delete or an undo changed the history; the page reads it again.
        message(str): a line for the page's message area.
    """

    changed = Signal()
    message = Signal(str)

    def __init__(self, store: HistoryStore | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._undo: list[SessionSnapshot] = []
        self._records: dict[int, SessionRecord] = {}
        self._words: dict[int, tuple[SessionRecord, tuple[str, ...]]] = {}  # each row's text
        self.rows_built = 0  # rows worded (for tests and benches: unchanged ones are kept)

        self.sessions_model = SessionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.sessions_model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab moves on to the next control, as everywhere else; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Recent sessions"))
        self.table.setAccessibleDescription(self.tr("Press Delete to remove the chosen session"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setToolTip(self.tr("Remove the chosen session (Del); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put the session back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 4, 8, 4)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.undo_bar, 1)
        self.buttons.addStretch(0)
        self.buttons.addWidget(self.delete_button)

        self.no_sessions = QLabel(
            self.tr("No sessions yet. Every session you start is listed here, with its minutes.")
        )
        self.no_sessions.setWordWrap(True)
        self.no_sessions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mute(self.no_sessions)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_sessions)

        # Plain key handling rather than QShortcut: Del belongs to the list alone.
        self.table.installEventFilter(self)

    def delete_selected(self) -> bool:
        record = self._selected_record()
        if record is None or self._store is None:
            return False
        if record.status is RecordStatus.IN_PROGRESS:
            self.message.emit(self.tr("A session still in progress cannot be deleted."))
            return False
        try:
            snapshot = self._store.delete_session(record.id)
        except HistoryError as exc:
            self.message.emit(str(exc))
            return False
        self._undo.append(snapshot)
        self.changed.emit()
        self.undo_label.setText(
            fill(self.tr("Deleted %1 of %2."), record.routine_name, locale_date(record.local_date))
        )
        self.undo_bar.show()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def undo_delete(self) -> bool:
        if not self._undo or self._store is None:
            return False
        snapshot = self._undo[-1]
        try:
            self._store.restore_session(snapshot)
        except HistoryError as exc:
            self.message.emit(str(exc))
            return False
        self._undo.pop()
        if not self._undo:
            self.undo_bar.hide()
        self.changed.emit()
        self._select_session(snapshot.record.id)
        return True

    def show_sessions(self, recent: list[SessionRecord]) -> None:
        # Sessions stopped before a whole minute are left out (newest first, as read).
        recent = [r for r in recent if is_listed(r)]
        self.table_stack.setCurrentWidget(self.table if recent else self.no_sessions)
        selected = self._selected_record()
        self._records = {r.id: r for r in recent}
        words = status_words()
        rows = []
        known = self._words
        self._words = {}
        for r in recent:
            hit = known.get(r.id)
            texts = hit[1] if hit is not None and hit[0] == r else self._row(r, words)
            self._words[r.id] = (r, texts)
            rows.append((r.id, texts))
        self.sessions_model.set_rows(rows)
        if selected is not None:
            self._select_session(selected.id)
        self._on_table_selection_changed()

    def _row(self, r: SessionRecord, words: dict[RecordStatus, str]) -> tuple[str, ...]:
        self.rows_built += 1
        stiffness = ""
        if r.stiffness_before is not None or r.stiffness_after is not None:
            before = "–" if r.stiffness_before is None else str(r.stiffness_before)
            after = "–" if r.stiffness_after is None else str(r.stiffness_after)
            stiffness = f"{before} → {after}"
        when = f"{locale_date(r.local_date)} {clock_time(r)}"
        return (when, r.routine_name, minutes(r.credited_seconds), words[r.status], stiffness)

    def _select_session(self, session_id: int) -> None:
        row = self.sessions_model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected_record(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._records.get(self.sessions_model.session_id(rows[0].row()))

    def _on_table_selection_changed(self) -> None:
        record = self._selected_record()
        self.delete_button.setEnabled(
            record is not None and record.status is not RecordStatus.IN_PROGRESS
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)


__all__ = ["SessionList", "SessionsModel"]

"""The main window: pages in a stack, shortcuts, and the wiring between driver and pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.catalogue import Catalogue
from stretchtimer.model.plan import Plan, compile_plan
from stretchtimer.model.safety import SafetyNotice
from stretchtimer.model.session import (
    Cue,
    SessionState,
    SessionSummary,
    StepEnded,
    StepStarted,
)
from stretchtimer.model.settings import Settings
from stretchtimer.model.timefmt import mmss
from stretchtimer.model.warmups import Warmups
from stretchtimer.ui.driver import SessionDriver, Snapshot
from stretchtimer.ui.event_log import EventLog
from stretchtimer.ui.frames import FramesFor, illustration_frames
from stretchtimer.ui.pages.picker import PickerPage
from stretchtimer.ui.pages.preview_page import PreviewPage
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.practice import HistoryReader, Standing
from stretchtimer.ui.settings_model import SettingsModel

if TYPE_CHECKING:
    from pathlib import Path

    # Built on first use (Ctrl+H, the editor's entry points, a session, its end), so only
    # their types are here: the first screen does not wait for them, nor carries them.
    from stretchtimer.ui.pages.editor import EditorPage
    from stretchtimer.ui.pages.history.page import HistoryPage
    from stretchtimer.ui.pages.session import SessionPage
    from stretchtimer.ui.pages.summary import SummaryPage

    # Built when opened: the dialog (with the reminders and sync sections) is not on the
    # first screen.
    from stretchtimer.ui.reminders.page import ReminderStatus
    from stretchtimer.ui.routine_actions import RoutineActions
    from stretchtimer.ui.settings_dialog import SettingsDialog

# Esc asks before throwing away more than this much practice.
CONFIRM_STOP_SECONDS = 60.0
EXTEND_SECONDS = 10.0


class CueSink(Protocol):
    """What the window needs of the sound player (stretchtimer.ui.audio.CuePlayer)."""

    def play_cues(self, cues: Sequence[Cue]) -> Sequence[object]:
        """Plays one poll's cues; for each, the sound it started or None."""
        ...

    def shutdown(self) -> None: ...


class SessionRecorder(Protocol):
    """What the window needs of the history recorder (stretchtimer.ui.recorder)."""

    def begin(self, plan: Plan, summary: Callable[[], SessionSummary]) -> None: ...
    def update(self, summary: SessionSummary) -> None: ...
    def finish(self, summary: SessionSummary) -> None: ...
    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool: ...


DriverFactory = Callable[[Plan], SessionDriver]
HistoryPageFactory = Callable[[], "HistoryPage"]
EditorPageFactory = Callable[[], "EditorPage"]


class MainWindow(QMainWindow):
    """The pages in a stack and the wiring between them, the driver and the parts.

    Settings are read from and written to ``settings``, the one SettingsModel; the window
    follows its ``changed`` signal like every other part does.

    Signals:
        quit_requested(): Ctrl+Q, or the end of an --exit-when-done session: the app quits
            (closing the window may only hide it to the tray).
        session_started(str): a session of this routine id began.
        session_ended(SessionSummary): a session ended (finished, or stopped).
        session_coming(): a session may start soon (its preview is shown, or it starts
            now, before its first cue): what it needs, sound above all, is built then.
        routines_changed(): a routine was saved, deleted or imported; the catalogue holds it.
    """

    quit_requested = Signal()
    session_started = Signal(str)
    session_ended = Signal(object)
    session_coming = Signal()
    routines_changed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        settings: SettingsModel,
        safety: SafetyNotice,
        make_driver: DriverFactory,
        *,
        player: CueSink | None = None,
        recorder: SessionRecorder | None = None,
        event_log: EventLog | None = None,
        history_page: HistoryPage | None = None,
        warmups: Warmups | None = None,
        frames_for: FramesFor = illustration_frames,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._warmups = warmups
        self.setWindowTitle(self.tr("StretchTimer"))
        self.catalogue = catalogue
        self.settings = settings
        self._make_driver = make_driver
        self._player = player
        self._recorder = recorder
        self._event_log = event_log
        self.driver: SessionDriver | None = None
        self.exit_when_done = False
        # What the Reminders page shows of the desktop; the composition root sets it.
        self.reminder_status: ReminderStatus | None = None
        self._notices: list[str] = []
        self._session_problem: tuple[str, str] | None = None  # the message, as shown
        # Tests replace this to answer the dialog without a modal loop.
        self.make_settings_dialog: Callable[[Settings, QWidget], SettingsDialog] = (
            self._settings_dialog
        )

        self.stack = QStackedWidget()
        self.standing = Standing(settings)
        self._before_rating: int | None = None
        self._frames_for = frames_for  # the session page's too, built later
        self.picker = PickerPage(frames_for)
        self.preview_page = PreviewPage(frames_for)
        self._session_page: SessionPage | None = None
        self._summary_page: SummaryPage | None = None
        self.history_page: HistoryPage | None = None
        self.editor_page: EditorPage | None = None
        self.routine_actions: RoutineActions | None = None
        self._make_history_page: HistoryPageFactory | None = None
        self._make_editor_page: EditorPageFactory | None = None
        for page in (self.picker, self.preview_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.picker.set_routines(self._plans(), settings.value.pinned_routines)
        self.picker.set_safety(safety, visible=not settings.value.safety_acknowledged)
        settings.changed.connect(self._on_settings_changed)

        self.picker.routine_chosen.connect(self.show_preview)
        self.preview_page.start_requested.connect(self._on_preview_page_start_requested)
        self.preview_page.back_requested.connect(self.show_picker)
        self.picker.safety_dismissed.connect(self._on_picker_safety_dismissed)
        self.picker.pin_toggled.connect(self._on_picker_pin_toggled)
        self.picker.banner.dismissed.connect(self._on_picker_banner_dismissed)
        self.picker.history_requested.connect(self.show_history)
        self.picker.settings_requested.connect(self.open_settings)
        self.picker.editor_requested.connect(self.show_editor)
        self.attach(player=player, recorder=recorder, history_page=history_page)
        self._install_shortcuts()
        self.resize(1280, 720)
        self.show_picker()

    def attach(
        self,
        *,
        player: CueSink | None = None,
        recorder: SessionRecorder | None = None,
        history_page: HistoryPage | None = None,
        editor_page: EditorPage | None = None,
        history: HistoryReader | None = None,
        make_history_page: HistoryPageFactory | None = None,
        make_editor_page: EditorPageFactory | None = None,
        data_dir: Path | None = None,
    ) -> None:
        """Add the parts that are built after the first frame is on screen.

        ``make_history_page`` and ``make_editor_page`` build their page the first time it
        is asked for; ``history_page`` and ``editor_page`` give one built already. With
        ``make_editor_page``, ``data_dir`` is the folder of the person's routines, which
        the routine list's delete and import work on before the editor is built.
        """
        if history is not None:
            self.standing.history = history
            self._show_practice()
        if player is not None:
            self._player = player
        if recorder is not None:
            self._recorder = recorder
        if make_history_page is not None:
            self._make_history_page = make_history_page
        if make_editor_page is not None:
            self._make_editor_page = make_editor_page
            self.picker.editor_button.show()
            if data_dir is not None:
                self._connect_routine_actions(data_dir)
        if history_page is not None:
            self._add_history_page(history_page)
        if editor_page is not None:
            self._add_editor_page(editor_page)

    def _add_history_page(self, page: HistoryPage) -> None:
        if self.history_page is None:
            self.history_page = page
            self.stack.addWidget(page)
            page.back_requested.connect(self.show_picker)

    def _add_editor_page(self, page: EditorPage) -> None:
        if self.editor_page is None:
            self.editor_page = page
            self.stack.addWidget(page)
            page.back_requested.connect(self.show_picker)
            page.routine_saved.connect(self._on_editor_routines_changed)
            page.routine_deleted.connect(self._on_editor_routines_changed)
            page.exercises_changed.connect(self._on_editor_routines_changed)
            self.picker.editor_button.show()
            self._connect_routine_actions(page.data_dir)

    def _connect_routine_actions(self, data_dir: Path) -> None:
        if self.routine_actions is None:
            # Here, not at the top: the routine list's actions come after the first frame.
            from stretchtimer.ui.routine_actions import connect_routine_actions  # noqa: PLC0415

            self.routine_actions = connect_routine_actions(
                self, self.built_editor_page, data_dir
            )

    @property
    def session_page(self) -> SessionPage:
        """The session page, built the first time a session (or its preview) needs it."""
        return self._built_session_page()

    def _built_session_page(self) -> SessionPage:
        if self._session_page is None:
            from stretchtimer.ui.pages.session import SessionPage  # noqa: PLC0415

            page = SessionPage(self._frames_for)
            self._session_page = page
            self.stack.addWidget(page)
            page.set_reduced_motion(self.settings.value.reduced_motion)
            page.pause_clicked.connect(self._on_pause)
            page.back_clicked.connect(self._on_back)
            page.skip_clicked.connect(self._on_skip)
            page.extend_clicked.connect(self._on_extend)
            page.stop_clicked.connect(self.request_stop)
            page.before_answered.connect(self._on_session_page_before_answered)
        return self._session_page

    def _session_page_shown(self) -> bool:
        page = self._session_page
        return page is not None and self.stack.currentWidget() is page

    @property
    def summary_page(self) -> SummaryPage:
        """The end-of-session page, built the first time a session ends (or is asked for)."""
        if self._summary_page is None:
            from stretchtimer.ui.pages.summary import SummaryPage  # noqa: PLC0415

            page = SummaryPage()
            self._summary_page = page
            self.stack.addWidget(page)
            page.after_rated.connect(self._on_summary_page_after_rated)
            page.done_clicked.connect(self.show_picker)
            page.history_clicked.connect(self.show_history)
        return self._summary_page

    def built_history_page(self) -> HistoryPage | None:
        """The history page, built now if it has not been yet (None before history is)."""
        if self.history_page is None and self._make_history_page is not None:
            self._add_history_page(self._make_history_page())
        return self.history_page

    def built_editor_page(self) -> EditorPage | None:
        """The routine editor, built now if it has not been yet (None before it can be)."""
        if self.editor_page is None and self._make_editor_page is not None:
            self._add_editor_page(self._make_editor_page())
        return self.editor_page

    # ----- pages -----------------------------------------------------------------------
    def _breathing(self) -> BreathingPattern:
        chosen = self.settings.value
        return BreathingPattern(chosen.inhale_seconds, chosen.exhale_seconds)

    def _plans(self) -> list[Plan]:
        pattern = self._breathing()
        return [
            compile_plan(r, self.catalogue, pattern, self._warmups)
            for r in self.catalogue.routines.values()
        ]

    def show_picker(self) -> None:
        if self.session_running():
            return
        on_preview = self.stack.currentWidget() is self.preview_page
        on_the_routine = on_preview or self._session_page_shown()
        came_from = self.preview_page.routine_id() if on_the_routine else ""
        self.stack.setCurrentWidget(self.picker)
        self._show_practice()
        if came_from:
            self.picker.focus_card(came_from)
        else:
            self.picker.focus_first_card()

    def _show_practice(self) -> None:
        self.picker.set_practice(self.standing.now())

    def show_preview(self, routine_id: str) -> None:
        """The routine's exercises, length and Start, before the session begins."""
        if self.session_running() or routine_id not in self.catalogue.routines:
            return
        routine = self.catalogue.routine(routine_id)
        self.preview_page.show_plan(
            compile_plan(routine, self.catalogue, self._breathing(), self._warmups)
        )
        self.stack.setCurrentWidget(self.preview_page)
        self.preview_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session_coming.emit()
        # Built while the preview is read, once it is painted, so that Start answers at once.
        QTimer.singleShot(0, self._built_session_page)

    def show_session_ahead(self, routine_id: str) -> None:
        """The session page on ``routine_id`` before its session can start (``--start``).

        The first frame is then the session itself, not the routine list; the session
        begins with :meth:`start_routine` once the history can record it.
        """
        if self.session_running() or routine_id not in self.catalogue.routines:
            return
        routine = self.catalogue.routine(routine_id)
        self.session_page.show_plan(
            compile_plan(routine, self.catalogue, self._breathing(), self._warmups)
        )
        self.stack.setCurrentWidget(self.session_page)

    def _on_preview_page_start_requested(self, routine_id: str) -> None:
        self.start_routine(routine_id, check_in=True)

    def show_history(self) -> None:
        if self.session_running():
            return
        page = self.built_history_page()
        if page is None:
            return
        page.refresh()
        self.stack.setCurrentWidget(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_editor(self, routine_id: str = "") -> None:
        """The routine editor, showing ``routine_id`` when there is one."""
        if self.session_running():
            return
        page = self.built_editor_page()
        if page is None:
            return
        page.breathing = self._breathing()
        if routine_id:
            page.open_routine(routine_id)
        self.stack.setCurrentWidget(page)
        page.routine_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue loaded again (routine files arrived by sync): every part that shares
        ``self.catalogue`` (the editor, the reminders) sees the new one, the cards follow."""
        self.catalogue.exercises.clear()
        self.catalogue.exercises.update(catalogue.exercises)
        self.catalogue.routines.clear()
        self.catalogue.routines.update(catalogue.routines)
        if self.editor_page is not None:
            self.editor_page.refresh_catalogue()
        self.refresh_routines()  # the cards and, through routines_changed, the tray menu

    def _on_editor_routines_changed(self, _changed: object = None) -> None:
        # The editor changed the shared catalogue in place; the cards follow it.
        self.refresh_routines()

    def refresh_routines(self, focus: str = "") -> None:
        """The catalogue changed in place: the cards (pins kept) and the tray follow it."""
        self.picker.set_routines(self._plans(), self.settings.value.pinned_routines)
        self.routines_changed.emit()
        if focus:
            self.picker.focus_card(focus)

    def set_notices(self, lines: list[str]) -> None:
        self._notices = list(lines)
        self.picker.set_notices(lines)

    def _settings_dialog(self, settings: Settings, parent: QWidget) -> SettingsDialog:
        from stretchtimer.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        routines = [(r.id, r.name) for r in self.catalogue.routines.values()]
        return SettingsDialog(
            settings, parent, routines=routines, reminder_status=self.reminder_status
        )

    def open_settings(self) -> None:
        """The settings dialog; changes apply at once (breathing pace from the next session)."""
        from stretchtimer.ui.settings_dialog import SoundCheck  # noqa: PLC0415

        with self.session_paused():
            dialog = self.make_settings_dialog(self.settings.value, self)
            player = self._player
            dialog.set_sound_check(player if isinstance(player, SoundCheck) else None)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.settings.replace(dialog.result_settings())

    @contextmanager
    def session_paused(self) -> Iterator[None]:
        """Hold a running session still while a dialog is open; resume it afterwards.

        A session the person had paused stays paused, and one that ended meanwhile (the
        stop question said yes) is not touched again.
        """
        driver = self.driver
        paused_here = driver is not None and driver.state is SessionState.RUNNING
        if paused_here and driver is not None:
            driver.pause()
        try:
            yield
        finally:
            if paused_here and driver is not None and driver.state is SessionState.PAUSED:
                driver.resume()

    def _on_settings_changed(self, settings: Settings) -> None:
        if self._session_page is not None:
            self._session_page.set_reduced_motion(settings.reduced_motion)
        self.picker.safety_panel.setVisible(not settings.safety_acknowledged)
        # Also while a session runs (the settings dialog opens on any page): the running
        # plan keeps its pace, the routine list shows the new one when it is back.
        self.picker.set_routines(self._plans(), settings.pinned_routines)
        self._show_practice()

    # ----- sessions --------------------------------------------------------------------
    def session_running(self) -> bool:
        return self.driver is not None and self.driver.state in (
            SessionState.RUNNING,
            SessionState.PAUSED,
        )

    def start_routine(self, routine_id: str, *, check_in: bool = False) -> None:
        """Open the session page on ``routine_id`` and start it.

        With ``check_in`` (and a history to keep the answer) the stiffness question comes
        first, and the session clock starts only once it is answered or skipped.
        """
        if self.session_running() or routine_id not in self.catalogue.routines:
            return
        routine = self.catalogue.routine(routine_id)
        plan = compile_plan(routine, self.catalogue, self._breathing(), self._warmups)
        self._discard_driver()
        driver = self._make_driver(plan)
        driver.setParent(self)
        self.driver = driver
        driver.step_started.connect(self._on_driver_step_started)
        driver.step_ended.connect(self._on_driver_step_ended)
        driver.tick.connect(self._on_driver_tick)
        driver.cues.connect(self._on_driver_cues)
        driver.state_changed.connect(self._on_driver_state_changed)
        driver.stalled.connect(self._on_driver_stalled)
        driver.finished.connect(self._on_driver_finished)
        self.session_page.show_plan(plan)
        self.stack.setCurrentWidget(self.session_page)
        self.session_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session_coming.emit()
        ask = check_in and self._recorder is not None
        self.session_page.ask_before(ask)
        if not ask:
            self._begin_session(None)

    def _begin_session(self, before: int | None) -> None:
        driver = self.driver
        if driver is None or driver.state is not SessionState.IDLE:
            return
        self.standing.session_began()
        self._before_rating = before
        if self._recorder is not None:
            self._recorder.begin(driver.plan, driver.summary)
            if before is not None:
                self._recorder.set_checkin(before=before)
        driver.set_visible(self.isVisible() and not self.isMinimized())
        driver.start()
        self.session_started.emit(driver.plan.routine.id)

    def _discard_driver(self) -> None:
        if self.driver is not None:
            self.driver.deleteLater()
            self.driver = None

    def request_stop(self) -> None:
        """Esc / Stop: ask first if more than a minute of practice would end.

        The session holds still while the question is open, so the time it names is the
        time that will be saved.
        """
        driver = self.driver
        if driver is not None and driver.state is SessionState.IDLE:
            # Still at the question before the start: nothing happened, nothing to keep.
            self._discard_driver()
            self.show_picker()
            return
        if not self.session_running() or driver is None:
            return
        with self.session_paused():
            so_far = driver.summary()
            if so_far.active_seconds > CONFIRM_STOP_SECONDS:
                text = self.tr(
                    "You have been going for %1, %2 of it stretching. "
                    "It will be saved as a stopped session."
                )
                answer = QMessageBox.question(
                    self,
                    self.tr("Stop the session?"),
                    fill(text, mmss(so_far.active_seconds), mmss(so_far.credited_hold_seconds)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            driver.stop()

    def _on_pause(self) -> None:
        if self.driver is not None:
            self.driver.toggle_pause()

    def _on_back(self) -> None:
        if self.driver is not None:
            self.driver.back()

    def _on_skip(self) -> None:
        if self.driver is not None:
            self.driver.skip()

    def _on_skip_exercise(self) -> None:
        if self.driver is not None:
            self.driver.skip_exercise()

    def _on_extend(self) -> None:
        if self.driver is not None:
            self.driver.extend(EXTEND_SECONDS)

    def _on_driver_step_started(self, started: StepStarted) -> None:
        self.session_page.show_step(started.step)
        if self._event_log is not None:
            self._event_log.step(started)

    def _on_driver_step_ended(self, ended: StepEnded) -> None:
        if self._recorder is not None:
            # The checkpoint waits until the next step's cue has been played: the sound
            # comes first, the history (written on its own thread) after.
            QTimer.singleShot(0, self._checkpoint)

    def _checkpoint(self) -> None:
        if self._recorder is not None and self.session_running() and self.driver is not None:
            self._recorder.update(self.driver.summary())

    def _on_driver_tick(self, snap: Snapshot) -> None:
        self.session_page.show_snapshot(snap)

    def _on_driver_cues(self, cues: tuple[Cue, ...]) -> None:
        played = self._player.play_cues(cues) if self._player is not None else [None] * len(cues)
        if any(
            sound is not None or cue.kind.value in ("phase_start", "countdown", "finished")
            for cue, sound in zip(cues, played, strict=True)
        ):
            self.session_page.flash()
        if self._event_log is not None:
            for cue, sound in zip(cues, played, strict=True):
                self._event_log.cue(cue, None if sound is None else str(sound))

    def _on_driver_state_changed(self, state: SessionState) -> None:
        self.session_page.show_state(state)
        if self._event_log is not None:
            self._event_log.state(state)

    def _on_driver_stalled(self, gap: float) -> None:
        message = self.tr(
            "Paused: the computer was asleep or busy for {seconds} s, and that time was not "
            "counted. Press Space to go on."
        ).format(seconds=round(gap))
        self.session_page.show_notice(message)
        if self._event_log is not None:
            self._event_log.notice("stalled", message)

    def _on_driver_finished(self, summary: SessionSummary) -> None:
        if self._recorder is not None:
            self._recorder.finish(summary)
        if self._event_log is not None:
            self._event_log.finished(summary)
        summary_page = self.summary_page
        summary_page.show_summary(
            summary,
            ask_after=self._recorder is not None,
            progress=self.standing.after(summary),
            before=self._before_rating,
        )
        self.stack.setCurrentWidget(summary_page)
        self.session_ended.emit(summary)
        if self.exit_when_done:
            # Let the finishing chord ring out before the window goes.
            QTimer.singleShot(3000, self.quit_requested.emit)

    def _on_session_page_before_answered(self, rating: object) -> None:
        self._begin_session(rating if isinstance(rating, int) else None)

    def _on_summary_page_after_rated(self, rating: int) -> None:
        if self._recorder is not None:
            self._recorder.set_checkin(after=rating)

    def show_problem(self, message: str) -> None:
        """A background problem (history, sound) the person should know about."""
        if self._session_page_shown():
            self.session_page.show_notice(message)
            # As shown (cut for display), to know it is still this notice that is up.
            self._session_problem = (message, self.session_page.status_label.text())
        # Joins the banner's other notices rather than replacing them.
        elif message not in self._notices:
            self.set_notices([*self._notices, message])

    def clear_problem(self, message: str) -> None:
        """A problem given to :meth:`show_problem` is over: take its notice down."""
        shown = self._session_problem
        if shown is not None and shown[0] == message:
            self._session_problem = None
            page = self._session_page
            if page is not None and page.status_label.text() == shown[1]:
                page.show_notice("")
        if message in self._notices:
            self.set_notices([line for line in self._notices if line != message])

    def _on_picker_banner_dismissed(self) -> None:
        # Read and put away: a later problem is told on its own.
        self._notices = []

    def _on_picker_pin_toggled(self, routine_id: str) -> None:
        pinned = self.settings.value.pinned_routines
        if routine_id in pinned:
            changed = tuple(r for r in pinned if r != routine_id)
        else:
            changed = (*pinned, routine_id)
        self.settings.update(pinned_routines=changed)
        self.picker.focus_card(routine_id)

    def _on_picker_safety_dismissed(self) -> None:
        self.settings.update(safety_acknowledged=True)

    # ----- keyboard --------------------------------------------------------------------
    def _install_shortcuts(self) -> None:
        # The session keys are plain keys (Space, arrows, +); they are enabled only on the
        # session page so that on other pages Space presses a button and arrows move.
        session_keys: list[tuple[list[str], Callable[[], None]]] = [
            (["Space"], self._on_pause),
            (["Right"], self._on_skip),
            (["Shift+Right"], self._on_skip_exercise),
            (["Left"], self._on_back),
            (["+", "=", "Shift+="], self._on_extend),
        ]
        window_keys: list[tuple[list[str], Callable[[], None]]] = [
            (["Esc"], self._on_escape),
            (["F11"], self.toggle_full_screen),
            (["Ctrl+H"], self.show_history),
            (["Ctrl+,"], self.open_settings),
            (["Ctrl+E"], self.show_editor),
            (["Ctrl+Q"], self._on_quit),
        ]
        self.session_shortcuts = self._shortcuts(session_keys)
        self.shortcuts = self.session_shortcuts + self._shortcuts(window_keys)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        self._on_stack_current_changed(self.stack.currentIndex())

    def _shortcuts(self, bindings: list[tuple[list[str], Callable[[], None]]]) -> list[QShortcut]:
        made: list[QShortcut] = []
        for keys, action in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(action)
                made.append(shortcut)
        return made

    def _on_stack_current_changed(self, index: int) -> None:
        page = self._session_page
        on_session = page is not None and self.stack.widget(index) is page
        for shortcut in self.session_shortcuts:
            shortcut.setEnabled(on_session)

    def _on_escape(self) -> None:
        if self._session_page_shown():
            self.request_stop()
        elif self.isFullScreen():
            self.showNormal()
        elif self.editor_page is not None and self.stack.currentWidget() is self.editor_page:
            self.editor_page.request_back()
        elif self.stack.currentWidget() is not self.picker:
            self.show_picker()

    def _on_quit(self) -> None:
        self.quit_requested.emit()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ----- window events ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange and self.driver is not None:
            self.driver.set_visible(not self.isMinimized())
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self.driver is not None:
            self.driver.set_visible(not self.isMinimized())
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.driver is not None:
            self.driver.set_visible(False)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-session keeps what was done: it ends as a stopped session.
        if self.session_running() and self.driver is not None:
            self.driver.stop()
        if self._player is not None:
            self._player.shutdown()
        super().closeEvent(event)

"""The real window driven by a fake clock: pages, labels, counters, pacer and shortcuts."""

# The tests assert one attribute's changing value in turn; mypy keeps the first narrowing.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock
from window_kit import RecordingPlayer, RecordingRecorder, key, step_time, until_phase

from stretchtimer.model.plan import Phase
from stretchtimer.model.session import Cue, CueKind, SessionState, SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.ui.main_window import MainWindow


def test_picker_lists_every_routine_with_real_minutes(window: MainWindow) -> None:
    cards = window.picker.cards
    assert next(c.info.routine_id for c in cards) == "ui-short"
    assert len(cards) == len(window.catalogue.routines)
    short = cards[0]
    assert short.info.seconds == 4 + 10 + 3 + 5 + 2 + 5 + 2 + 5 + 2 + 5 + 3 + 10
    assert "neck" in short.info.focus
    assert window.stack.currentWidget() is window.picker


def test_enter_on_a_card_previews_it_enter_again_starts_and_the_notice_never_blocks(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.picker.safety_panel.isVisible()
    window.picker.cards[0].setFocus()
    qtbot.keyClick(window.picker.cards[0], Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.preview_page
    assert window.preview_page.title.text() == SHORT.name
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_page
    # With a history to keep it, the check-in comes first and the clock waits for it.
    assert window.session_page.is_asking_before()
    assert window.driver is not None and window.driver.state is SessionState.IDLE
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.driver.state is SessionState.RUNNING


def test_esc_on_the_preview_goes_back_to_its_card(window: MainWindow, qtbot: QtBot) -> None:
    second = window.picker.cards[1]
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.preview_page
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.picker
    assert second.hasFocus()


def test_safety_notice_dismissal_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    changed: list[Settings] = []
    window.settings.changed.connect(changed.append)
    qtbot.mouseClick(window.picker.safety_button, Qt.MouseButton.LeftButton)
    assert not window.picker.safety_panel.isVisible()
    assert changed and changed[-1].safety_acknowledged
    assert window.settings.value.safety_acknowledged


def test_a_whole_routine_through_the_real_widgets(
    window: MainWindow, clock: FakeClock, player: RecordingPlayer, recorder: RecordingRecorder
) -> None:
    window.start_routine(SHORT.id)
    page = window.session_page
    seen: list[tuple[str, str, str]] = []
    last = None
    assert window.driver is not None
    while window.driver.state is SessionState.RUNNING:
        step = window.driver.step
        if step.index != last:
            last = step.index
            seen.append(
                (page.phase_label.text(), page.counter_label.text(), page.exercise_label.text())
            )
            if step.phase in (Phase.HOLD, Phase.BREATHING):
                clock.now += 0.5
                window.driver.poll()
                assert page.pacer.word() in ("Breathe in", "Breathe out")
            elif step.phase in (Phase.GET_READY, Phase.SWITCH_SIDES, Phase.REST):
                assert not page.pacer.isVisible()
            if step.phase is Phase.HOLD and step.side.value == "right":
                assert page.illustration.is_mirrored()
            elif step.exercise is not None and step.phase is Phase.HOLD:
                assert not page.illustration.is_mirrored()
        clock.now += 0.1
        window.driver.poll()
    # Each thing is said once: the side only in the phase title, the rep only in the counter,
    # and before the first exercise no name repeats what the phase or "Next:" says: the
    # warm-up shows the move to do now.
    assert seen == [
        ("Warm up", "", "March your feet"),
        ("Breathe", "", ""),
        ("Get ready", "Rep 1 of 2", "Neck side tilt"),
        ("Hold — left side", "Rep 1 of 2", "Neck side tilt"),
        ("Switch sides", "Rep 1 of 2", "Neck side tilt"),
        ("Hold — right side", "Rep 1 of 2", "Neck side tilt"),
        ("Rest", "Rep 1 of 2 done", "Neck side tilt"),
        ("Hold — left side", "Rep 2 of 2", "Neck side tilt"),
        ("Switch sides", "Rep 2 of 2", "Neck side tilt"),
        ("Hold — right side", "Rep 2 of 2", "Neck side tilt"),
        ("Get ready", "", "Cat–cow"),
        ("Move with the breath", "", "Cat–cow"),
    ]
    assert window.stack.currentWidget() is window.summary_page
    assert window.summary_page.title.text() == "Well done!"
    assert window.summary_page.table.rowCount() == 2
    assert player.cues[-1].kind is CueKind.FINISHED
    assert recorder.calls[0] == ("begin", "ui-short")
    assert recorder.calls[-1] == ("finish", SessionStatus.COMPLETED)


def test_ring_and_next_up_follow_the_clock(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(SHORT.id)
    page = window.session_page
    assert page.ring.remaining_text() == "4"
    step_time(window, clock, 1.0)
    assert page.ring.remaining_text() == "3"
    assert page.next_label.text() == "Next: a few slow breaths"
    until_phase(window, clock, Phase.BREATHING)
    assert page.next_label.text() == "Next: Neck side tilt · 5 s × 2 per side"
    until_phase(window, clock, Phase.GET_READY)
    assert page.next_label.text() == "Next: hold for 5 s on the left side"
    until_phase(window, clock, Phase.HOLD)
    assert page.next_label.text() == "Next: the right side"
    until_phase(window, clock, Phase.SWITCH_SIDES)
    until_phase(window, clock, Phase.HOLD)
    assert page.next_label.text() == "Next: a short rest, then rep 2 of 2"


def test_next_up_during_switch_sides_and_a_rest_names_what_really_comes_next(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    page = window.session_page
    until_phase(window, clock, Phase.SWITCH_SIDES)
    assert page.next_label.text() == "Next: the right side"
    until_phase(window, clock, Phase.REST)
    assert page.counter_label.text() == "Rep 1 of 2 done"
    assert page.next_label.text() == "Next: rep 2 of 2, left side"
    # The rest shows the picture of the side that comes next: the left, unmirrored.
    assert not page.illustration.is_mirrored()
    until_phase(window, clock, Phase.HOLD)
    until_phase(window, clock, Phase.SWITCH_SIDES)
    assert page.next_label.text() == "Next: the right side"
    assert page.illustration.is_mirrored()
    until_phase(window, clock, Phase.HOLD)
    assert page.next_label.text() == "Next: Cat–cow · 0:10"
    until_phase(window, clock, Phase.GET_READY)
    assert page.next_label.text() == "Next: move with the breath for 0:10"
    until_phase(window, clock, Phase.HOLD)
    assert page.next_label.text() == "This is the last step."
    until_phase(window, clock, Phase.DONE)
    assert page.next_label.text() == ""


def test_flow_alternates_frames_and_cue_text(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(SHORT.id)
    assert window.driver is not None
    window.driver.skip()
    window.driver.skip()
    window.driver.skip_exercise()
    until_phase(window, clock, Phase.HOLD)
    page = window.session_page
    ex = window.driver.step.exercise
    assert ex is not None and ex.id == "cat-cow"
    assert page.illustration.frame_count() == 2
    assert page.illustration.current_frame() == 0
    first = page.guidance_label.text()
    assert first == ex.flow_cues[0]
    step_time(window, clock, ex.pace_seconds or 0)
    assert page.illustration.current_frame() == 1
    assert page.guidance_label.text() == ex.flow_cues[1]


def test_shortcuts(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window.start_routine(SHORT.id)
    d = window.driver
    assert d is not None
    key(qtbot, window, Qt.Key.Key_Space)
    assert d.state is SessionState.PAUSED
    assert window.session_page.pause_button.text() == "Resume"
    key(qtbot, window, Qt.Key.Key_Space)
    assert d.state is SessionState.RUNNING
    key(qtbot, window, Qt.Key.Key_Right)
    assert d.step.phase is Phase.BREATHING
    key(qtbot, window, Qt.Key.Key_Left)  # < 2 s in: previous step
    assert d.step.phase is Phase.WARMUP
    key(qtbot, window, Qt.Key.Key_Plus)
    assert d.remaining() == pytest.approx(14)
    key(qtbot, window, Qt.Key.Key_Equal)
    assert d.remaining() == pytest.approx(24)
    key(qtbot, window, Qt.Key.Key_Right)
    key(qtbot, window, Qt.Key.Key_Right)
    assert d.step.phase is Phase.GET_READY
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert d.step.exercise_id == "cat-cow"
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    key(qtbot, window, Qt.Key.Key_Escape)  # under a minute done: no question
    assert d.state is SessionState.FINISHED
    assert window.stack.currentWidget() is window.summary_page
    assert window.summary_page.title.text() == "Session stopped"


def test_before_and_after_checkins_reach_the_recorder(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, recorder: RecordingRecorder
) -> None:
    window.start_routine(SHORT.id, check_in=True)
    checkin = window.session_page.before_checkin
    assert checkin.isVisible() and checkin.hasFocus()
    assert window.driver is not None and window.driver.state is SessionState.IDLE
    qtbot.keyClick(checkin, Qt.Key.Key_6)
    assert not checkin.isVisible()
    # The session begins with the answer: its row first, then the rating on it.
    assert recorder.calls[:2] == [("begin", "ui-short"), ("checkin", (6, None))]
    assert window.driver.state is SessionState.RUNNING
    key(qtbot, window, Qt.Key.Key_Space)  # shortcuts work again at once
    assert window.driver.state is SessionState.PAUSED
    key(qtbot, window, Qt.Key.Key_Space)
    until_phase(window, clock, Phase.DONE)
    after = window.summary_page.checkin
    assert after.isVisible()
    qtbot.keyClick(after, Qt.Key.Key_3)
    assert ("checkin", (None, 3)) in recorder.calls
    assert window.summary_page.checkin_thanks.text() == "Saved: 3 out of 10."


def test_every_button_has_a_tooltip_and_an_accessible_name(window: MainWindow) -> None:
    page = window.session_page
    for b in (
        page.back_button,
        page.pause_button,
        page.skip_button,
        page.extend_button,
        page.stop_button,
    ):
        assert b.toolTip()
        assert b.accessibleName()
    assert "Space" in page.pause_button.toolTip()
    assert "Esc" in page.stop_button.toolTip()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_escape_after_a_minute_asks_first(
    window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    from stretchtimer.model.catalogue import RoutineItem

    long_routine = SHORT.__class__(
        **{**SHORT.__dict__, "id": "ui-long", "items": (RoutineItem("cobra", hold_seconds=120),)}
    )
    window.catalogue.routines["ui-long"] = long_routine
    asked: list[str] = []

    def fake_question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    window.start_routine("ui-long")
    step_time(window, clock, 70, dt=0.5)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert asked == ["Stop the session?"]
    assert window.driver is not None
    expected = (
        SessionState.FINISHED if answer == QMessageBox.StandardButton.Yes else SessionState.RUNNING
    )
    assert window.driver.state is expected


@pytest.mark.parametrize(
    "phase",
    [Phase.WARMUP, Phase.BREATHING, Phase.GET_READY, Phase.HOLD, Phase.SWITCH_SIDES, Phase.REST],
)
def test_pause_in_every_phase_holds_the_countdown(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, phase: Phase
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, phase)
    step_time(window, clock, 0.5)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.driver is not None
    shown = window.session_page.ring.remaining_text()
    index = window.driver.step.index
    step_time(window, clock, 30)
    assert window.session_page.ring.remaining_text() == shown
    assert window.driver.step.index == index
    assert "Paused" in window.session_page.ring.accessibleName()
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.driver.state is SessionState.RUNNING


def test_suspend_gap_pauses_and_says_so(window: MainWindow, clock: FakeClock) -> None:
    window.start_routine(SHORT.id)
    step_time(window, clock, 2)
    assert window.driver is not None
    clock.now += 900
    window.driver.poll()
    assert window.driver.state is SessionState.PAUSED
    assert "900 s" in window.session_page.status_label.text()
    assert window.session_page.pause_button.text() == "Resume"
    assert window.driver.summary().active_seconds == pytest.approx(2)


def test_every_cue_flashes_the_ring(
    window: MainWindow, clock: FakeClock, player: RecordingPlayer
) -> None:
    window.start_routine(SHORT.id)
    assert window.session_page.ring.is_flashing()
    assert player.cues and player.cues[0].kind is CueKind.PHASE_START


def test_closing_mid_session_keeps_it_as_stopped(
    window: MainWindow, clock: FakeClock, recorder: RecordingRecorder
) -> None:
    window.start_routine(SHORT.id)
    step_time(window, clock, 20)
    window.close()
    assert recorder.calls[-1] == ("finish", SessionStatus.STOPPED)


def test_minimising_slows_the_timer(window: MainWindow) -> None:
    window.start_routine(SHORT.id)
    assert window.driver is not None
    fast = window.driver._timer.interval()
    window.showMinimized()
    window.driver.set_visible(False)  # offscreen platforms may not report the state change
    assert window.driver._timer.interval() > fast


def test_settings_dialog_changes_apply_and_are_emitted(window: MainWindow, qtbot: QtBot) -> None:
    from stretchtimer.ui.settings_dialog import SettingsDialog

    class Answered(SettingsDialog):
        def exec(self) -> int:
            self.reduced_motion.setChecked(True)
            self.volume.setValue(35)
            self.exhale.setValue(7.0)
            self.show_safety.setChecked(False)
            return int(SettingsDialog.DialogCode.Accepted)

    window.make_settings_dialog = Answered
    emitted: list[Settings] = []
    window.settings.changed.connect(emitted.append)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(emitted) == 1 and emitted[0].reduced_motion and emitted[0].volume == 35
    assert window.settings.value.exhale_seconds == 7.0
    assert not window.picker.safety_panel.isVisible()
    # The new breathing pace shows in the routines' real minutes at once.
    short = window.picker.cards[0].info
    assert short.seconds == 4 + 11 + 3 + 5 + 2 + 5 + 2 + 5 + 2 + 5 + 3 + 10


def test_a_pace_changed_during_a_session_shows_on_the_routine_list_afterwards(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    window.settings.update(exhale_seconds=7.0)
    assert window.driver is not None
    window.driver.stop()
    window.show_picker()
    short = window.picker.cards[0].info
    assert short.seconds == 4 + 11 + 3 + 5 + 2 + 5 + 2 + 5 + 2 + 5 + 3 + 10


def test_settings_dialog_cancel_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    from stretchtimer.ui.settings_dialog import SettingsDialog

    class Cancelled(SettingsDialog):
        def exec(self) -> int:
            self.muted.setChecked(True)
            return int(SettingsDialog.DialogCode.Rejected)

    window.make_settings_dialog = Cancelled
    emitted: list[Settings] = []
    window.settings.changed.connect(emitted.append)
    window.open_settings()
    assert emitted == [] and not window.settings.value.muted


def test_session_keys_are_free_on_other_pages(window: MainWindow, qtbot: QtBot) -> None:
    assert window.stack.currentWidget() is window.picker
    assert all(not s.isEnabled() for s in window.session_shortcuts)
    clicked: list[bool] = []
    window.picker.history_button.clicked.connect(lambda: clicked.append(True))
    window.picker.history_button.setFocus()
    qtbot.keyClick(window.picker.history_button, Qt.Key.Key_Space)
    assert clicked == [True]
    window.start_routine(SHORT.id)
    assert all(s.isEnabled() for s in window.session_shortcuts)


def test_history_checkpoint_comes_after_the_cue_of_the_next_step(
    window: MainWindow, clock: FakeClock, player: RecordingPlayer, recorder: RecordingRecorder
) -> None:
    from PySide6.QtWidgets import QApplication

    order: list[str] = []
    original_play = player.play_cues
    original_update = recorder.update

    def play(cues: Sequence[Cue]) -> list[str | None]:
        order.extend(f"cue:{cue.kind.value}" for cue in cues)
        return original_play(cues)

    def update(summary: SessionSummary) -> None:
        order.append("checkpoint")
        original_update(summary)

    player.play_cues = play  # type: ignore[method-assign]
    recorder.update = update  # type: ignore[method-assign]
    window.start_routine(SHORT.id)
    order.clear()
    until_phase(window, clock, Phase.BREATHING)  # the warm-up ended
    QApplication.processEvents()
    assert order[0] == "cue:phase_start"
    assert "checkpoint" in order
    assert order.index("checkpoint") > 0

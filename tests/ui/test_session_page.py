"""The session page as a person reads it: what now and what next, said once, in large type."""

# The tests assert one attribute's changing value in turn; mypy keeps the first narrowing.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock
from window_kit import key, step_time, until_phase

from stretchtimer.model.plan import Phase
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui import texts
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.session.page import SessionPage
from stretchtimer.ui.settings_dialog import SettingsDialog


def shown_texts(window: MainWindow) -> list[str]:
    """Every piece of text a person sees on the session page right now."""
    page = window.session_page
    found = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]
    caption = page.ring._caption_text()
    return [*found, caption] if caption else found


def px(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


def test_next_is_always_what_the_model_says_comes_next(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    seen = 0
    while driver.state is SessionState.RUNNING:
        step = driver.step
        expected = texts.next_up_text(driver.plan.next_up(step.index))
        assert window.session_page.next_label.text() == expected, step
        seen += 1
        step_time(window, clock, step.seconds + 0.05)
    assert seen >= 12


def test_next_during_a_rest_names_the_next_rep_and_its_side(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, Phase.REST)
    assert window.session_page.next_label.text() == "Next: rep 2 of 2, left side"


@pytest.mark.parametrize("phase", [Phase.HOLD, Phase.SWITCH_SIDES, Phase.REST, Phase.WARMUP])
def test_each_thing_is_said_once(window: MainWindow, clock: FakeClock, phase: Phase) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, phase)
    step_time(window, clock, 0.5)
    shown = " | ".join(shown_texts(window)).lower()
    for words in ("left side", "right side", "warm up", "rep 1 of 2", "next"):
        assert shown.count(words) <= 1, (words, shown)
    assert "coming up" not in shown


def test_the_phase_and_next_are_large_and_follow_the_window(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, Phase.HOLD)
    page = window.session_page
    sizes = {}
    for width, height in ((1024, 640), (1280, 800), (1920, 1080)):
        window.resize(width, height)

        def resized(target: int = width) -> bool:
            return abs(page.width() - target) < 80

        qtbot.waitUntil(resized)
        sizes[width] = (px(page.phase_label), px(page.next_label))
    # Several times the body text at the design size, and growing with the window.
    body = QFontInfo(window.font()).pixelSize()
    assert sizes[1280][0] >= 3 * body and sizes[1280][1] >= 2 * body
    assert sizes[1024] < sizes[1280] < sizes[1920]
    assert sizes[1024][0] >= 2.4 * body


def test_the_breathing_guide_shows_only_where_breathing_is_guided(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    page = window.session_page
    driver = window.driver
    assert driver is not None
    shown: dict[Phase, bool] = {}
    while driver.state is SessionState.RUNNING:
        step_time(window, clock, 0.3)
        shown.setdefault(driver.step.phase, page.pacer.isVisible())
        if page.pacer.isVisible():
            assert page.pacer.word() in ("Breathe in", "Breathe out")
        step_time(window, clock, max(0.0, driver.remaining() - 0.2))
        step_time(window, clock, 0.3)
    assert shown == {
        Phase.WARMUP: False,
        Phase.BREATHING: True,
        Phase.GET_READY: False,
        Phase.HOLD: True,
        Phase.SWITCH_SIDES: False,
        Phase.REST: False,
    }


def test_paused_says_paused_not_breathe_in(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, Phase.HOLD)
    step_time(window, clock, 0.5)
    assert window.session_page.pacer.word() == "Breathe in"
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session_page.pacer.word() == "Paused"
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session_page.pacer.word() == "Breathe in"


def test_the_caution_comes_at_get_ready_and_the_steps_stay_for_the_hold(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    guide = window.session_page.guide
    until_phase(window, clock, Phase.GET_READY)
    exercise = window.catalogue.exercise("neck-side-tilt")
    assert guide.caution.isVisible()
    assert exercise.caution.split(".")[0] in guide.caution_label.text()
    until_phase(window, clock, Phase.HOLD)
    assert not guide.caution.isVisible()
    steps = guide.instructions_label.text()
    assert guide.instructions_label.isVisible()
    assert all(line.split(",")[0] in steps for line in exercise.instructions)


def test_the_settings_dialog_holds_the_session_still(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id)
    until_phase(window, clock, Phase.HOLD)
    running = window.driver
    assert running is not None
    driver = running
    before = driver.remaining()
    seen: list[SessionState] = []

    class SlowDialog(SettingsDialog):
        def exec(self) -> int:
            seen.append(driver.state)
            for _ in range(240):  # two minutes spent reading, the timer polling on
                clock.now += 0.5
                driver.poll()
            seen.append(driver.state)
            return int(SettingsDialog.DialogCode.Rejected)

    window.make_settings_dialog = SlowDialog
    window.open_settings()
    assert seen == [SessionState.PAUSED, SessionState.PAUSED]
    assert driver.state is SessionState.RUNNING
    assert driver.remaining() == pytest.approx(before)


def test_a_session_paused_by_hand_stays_paused_after_the_dialog(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    driver.pause()

    class Quick(SettingsDialog):
        def exec(self) -> int:
            return int(SettingsDialog.DialogCode.Rejected)

    window.make_settings_dialog = Quick
    window.open_settings()
    assert driver.state is SessionState.PAUSED


def test_the_stop_question_names_the_real_time_and_holds_the_clock(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchtimer.model.catalogue import RoutineItem

    long_routine = SHORT.__class__(
        **{**SHORT.__dict__, "id": "ui-long", "items": (RoutineItem("cobra", hold_seconds=120),)}
    )
    window.catalogue.routines["ui-long"] = long_routine
    window.start_routine("ui-long")
    driver = window.driver
    assert driver is not None
    step_time(window, clock, 75, dt=0.5)
    asked: list[str] = []

    def slow_question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        for _ in range(60):  # the person thinks it over while the timer keeps polling
            clock.now += 0.5
            driver.poll()
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", slow_question)
    so_far = driver.summary()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert asked == [
        f"You have been going for {mmss(so_far.active_seconds)}, "
        f"{mmss(so_far.credited_hold_seconds)} of it stretching. "
        "It will be saved as a stopped session."
    ]
    # Nothing was counted while the question was open, and "No" goes on from there.
    assert driver.state is SessionState.RUNNING
    assert driver.summary().active_seconds == pytest.approx(so_far.active_seconds)


def test_the_check_in_before_does_not_run_the_session_clock(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id, check_in=True)
    driver = window.driver
    assert driver is not None
    page = window.session_page
    assert page.is_asking_before()
    assert page.next_label.text() == "First: 0:04 of gentle warm-up"
    clock.now += 300
    driver.poll()
    assert driver.state is SessionState.IDLE
    qtbot.keyClick(page.before_checkin, Qt.Key.Key_Escape)  # start without answering
    assert driver.state is SessionState.RUNNING
    assert driver.step.phase is Phase.WARMUP
    assert driver.remaining() == pytest.approx(SHORT.warmup_seconds)
    assert driver.summary().active_seconds == pytest.approx(0)


def test_stop_at_the_check_in_goes_back_without_a_session(
    window: MainWindow, recorder: object, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id, check_in=True)
    qtbot.mouseClick(window.session_page.stop_button, Qt.MouseButton.LeftButton)
    assert window.driver is None
    assert window.stack.currentWidget() is window.picker


def test_space_and_enter_press_a_button_reached_with_tab(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    page = window.session_page
    skips: list[bool] = []
    page.skip_clicked.connect(lambda: skips.append(True))
    page.skip_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert page.skip_button.hasFocus()
    key(qtbot, window, Qt.Key.Key_Space)
    assert skips == [True]
    assert driver.state is SessionState.RUNNING  # Space pressed the button, not Pause
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(skips) == 2)
    # The other session keys still work while a button has the focus.
    key(qtbot, window, Qt.Key.Key_Plus)
    assert driver.remaining() > driver.step.seconds


def test_space_pauses_when_no_button_has_the_focus_even_after_a_click(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    page = window.session_page
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert not page.skip_button.hasFocus()
    key(qtbot, window, Qt.Key.Key_Space)
    assert driver.state is SessionState.PAUSED
    key(qtbot, window, Qt.Key.Key_Space)
    assert driver.state is SessionState.RUNNING


def test_reduced_motion_reaches_the_pacer_and_ring(window: MainWindow) -> None:
    window.settings.replace(Settings(reduced_motion=True))
    # The page is built on first use, after the change: it starts with the setting...
    assert window.session_page.pacer._reduced_motion
    assert window.session_page.ring._reduced_motion
    # ... and follows it from then on.
    window.settings.replace(Settings(reduced_motion=False))
    assert not window.session_page.pacer._reduced_motion
    assert not window.session_page.ring._reduced_motion


def test_the_warm_up_shows_its_moves_one_by_one(window: MainWindow, clock: FakeClock) -> None:
    long_warmup = SHORT.__class__(**{**SHORT.__dict__, "id": "ui-warm", "warmup_seconds": 60})
    window.catalogue.routines["ui-warm"] = long_warmup
    window.start_routine("ui-warm")
    page = window.session_page
    driver = window.driver
    assert driver is not None and driver.plan.warmup is not None
    moves = driver.plan.warmup.moves
    assert driver.plan.warmup.name == "Seated warm-up"  # the desk routine sits
    assert page.illustration.frame_count() == len(moves)
    shown = []
    for _ in moves:
        shown.append(
            (page.exercise_label.text(), page.illustration.current_frame(), page.phase_label.text())
        )
        assert f"<b>{moves[len(shown) - 1].how}</b>" in page.instructions_label.text()
        step_time(window, clock, driver.plan.warmup.move_seconds)
    assert shown == [(m.cue, i, "Warm up") for i, m in enumerate(moves)]


def _settled_in(
    window: MainWindow, clock: FakeClock, qtbot: QtBot, phase: Phase
) -> SessionPage:
    """The session shown at 1280×800, half a second into ``phase``, its new texts laid out."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine(SHORT.id)
    until_phase(window, clock, phase)
    step_time(window, clock, 0.5)
    qtbot.wait(1)
    return window.session_page


class EventCount(QObject):
    """Counts the events of one kind a widget receives (those ``wanted`` keeps, if given)."""

    def __init__(
        self, widget: QWidget, kind: QEvent.Type, wanted: Callable[[QEvent], bool] | None = None
    ) -> None:
        super().__init__()
        self.widget, self.kind, self.wanted = widget, kind, wanted
        self.seen = 0

    def __enter__(self) -> EventCount:
        self.widget.installEventFilter(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == self.kind:
            self.seen += self.wanted is None or self.wanted(event)
        return False


def test_the_seconds_ticking_away_move_nothing_on_the_page(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """"3:50 left" becoming "3:49 left" repaints that label, not the page's layout."""
    page = _settled_in(window, clock, qtbot, Phase.HOLD)
    before = page.time_left.text()
    with EventCount(page, QEvent.Type.LayoutRequest) as requests:
        for _ in range(4):
            step_time(window, clock, 1.0)
            qtbot.wait(1)  # the posted layout requests, if any, arrive
    assert page.time_left.text() != before
    assert requests.seen == 0


def test_the_ring_and_pacer_frames_repaint_only_themselves(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """A frame of the ring or the breathing circle does not repaint the page beneath."""
    page = _settled_in(window, clock, qtbot, Phase.BREATHING)
    assert page.pacer.isVisible() and page.ring.isVisible()

    def on_page(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())

    animated = on_page(page.ring).united(on_page(page.pacer))

    def beneath(event: QEvent) -> bool:
        return event.rect().intersects(animated)  # type: ignore[attr-defined, no-any-return]

    with EventCount(page, QEvent.Type.Paint, beneath) as paints:
        for _ in range(12):
            step_time(window, clock, 1 / 6, dt=1 / 6)
            page.ring.repaint()  # the frame is drawn now, as it would be on screen
            qtbot.wait(1)
    assert paints.seen == 0

"""Composition root: parse arguments, build paths, stores and the window.

Nothing else in StretchTimer builds the long-lived objects; everything below receives
what it needs.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from stretchtimer import APP_ID, cli, paths
from stretchtimer.cli import window_options

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from stretchtimer.model.catalogue import Catalogue
    from stretchtimer.model.history import HistoryStore
    from stretchtimer.model.safety import SafetyNotice
    from stretchtimer.model.settings import Settings
    from stretchtimer.model.warmups import Warmups
    from stretchtimer.ui.audio import CuePlayer
    from stretchtimer.ui.desktop.shell import DesktopShell
    from stretchtimer.ui.desktop.single_instance import ClaimResult, SingleInstance
    from stretchtimer.ui.driver import SessionDriver
    from stretchtimer.ui.event_log import EventLog
    from stretchtimer.ui.history_writer import HistoryWriter
    from stretchtimer.ui.main_window import MainWindow
    from stretchtimer.ui.pages.editor import EditorPage
    from stretchtimer.ui.pages.history.page import HistoryPage
    from stretchtimer.ui.recorder import HistoryRecorder
    from stretchtimer.ui.reminders.hookup import Reminders
    from stretchtimer.ui.settings_dialog import SettingsDialog
    from stretchtimer.ui.settings_model import SettingsModel
    from stretchtimer.ui.settings_watcher import SettingsFileWatcher
    from stretchtimer.ui.sound_on_demand import SoundOnDemand
    from stretchtimer.ui.sync_service import SyncService


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # The window's options alone need no subcommand parsers (nor the modules behind them).
    args = window_options.parse_window_args(given)
    if args is None:
        args = cli.build_parser().parse_args(given)
    ctx = cli.CliContext(data_dir=paths.data_dir(args.data_dir))
    try:
        if args.command is not None:
            return cli.run_command(args, ctx)
        if args.start and not args.routine:
            window_options.usage_error("--start needs --routine ID")
        if not 0 < args.time_scale <= 1000:
            window_options.usage_error("--time-scale must be more than 0 and at most 1000")
        problem = _prepare_window(args, ctx)
        if problem is not None:
            return problem
        return run_window(args, ctx)
    except KeyboardInterrupt:
        # Ctrl+C before the window's own handler is in place (while Qt loads, say).
        return cli.EXIT_INTERRUPTED


def _prepare_window(args: argparse.Namespace, ctx: cli.CliContext) -> int | None:
    """Check the data folder and the event log before any window; an exit code if unusable."""
    problem = cli.check_data_dir(ctx, writable=True)
    if problem is not None:
        return problem
    try:
        paths.ensure_private_dir(ctx.data_dir)
    except OSError as exc:
        return ctx.fail(f"the data folder {ctx.data_dir} cannot be created: {exc.strerror or exc}")
    if args.event_log:
        problem_text = _event_log_problem(Path(args.event_log))
        if problem_text is not None:
            return ctx.fail(problem_text, cli.EXIT_USAGE)
    return None


def _event_log_problem(log: Path) -> str | None:
    """Why ``--event-log`` cannot be written, or None; it is opened (created) to find out."""
    if log.is_dir():
        return f"the event log {log} is a folder; give a file name"
    blocker = paths.file_in_the_way(log)
    if blocker is not None:
        return f"cannot write the event log {log}: {blocker} is a file"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.open("a", encoding="utf-8").close()
    except OSError as exc:
        return f"cannot write the event log {log}: {exc.strerror or exc}"
    return None


@dataclass
class LateParts:
    """The parts built once the window is on screen, so the first frame waits for none."""

    store: HistoryStore | None
    recorder: HistoryRecorder | None
    player: SoundOnDemand
    writer: HistoryWriter | None = None
    sync: SyncService | None = None
    running_marker: Path | None = None  # the history whose clean-exit marker this run left


@dataclass
class AppParts:
    """Everything ``run_window`` builds; ``reminders`` and ``late`` come after the first frame.

    ``driver_followers`` are told of each session's driver as it is made (the tray).
    """

    settings: SettingsModel
    window: MainWindow
    event_log: EventLog | None
    settings_watcher: SettingsFileWatcher
    driver_followers: list[Callable[[SessionDriver], None]] = field(default_factory=list)
    desktop: DesktopShell | None = None
    reminders: Reminders | None = None
    late: LateParts | None = None

    def close(self) -> None:
        """After the event loop: stop the timers, finish the writes, close the files.

        Once every write has landed and the history is closed, its clean-exit marker goes:
        the next start gives it the quick check rather than the full one.
        """
        from stretchtimer.model.history.clean_exit import mark_clean  # noqa: PLC0415

        if self.reminders is not None:
            self.reminders.stop()
        self.settings_watcher.stop()
        if self.desktop is not None:
            self.desktop.close()
        if self.late is not None:
            if self.late.recorder is not None:
                self.late.recorder.stop()
            # The session just saved as stopped, and anything still queued, lands now.
            landed = self.late.writer is None or self.late.writer.close()
            if not landed:
                print("stretchtimer: the last history writes did not land in time", file=sys.stderr)
            if self.late.sync is not None:
                self.late.sync.stop()  # a merge still due runs first: a session just done is sent
            if self.late.store is not None:
                self.late.store.close()
            if self.late.running_marker is not None and landed:
                mark_clean(self.late.running_marker)
        if self.window.editor_page is not None:
            self.window.editor_page.jobs.shutdown()
        if self.window.routine_actions is not None:
            self.window.routine_actions.shutdown()
        self.settings.close()
        if self.event_log is not None:
            self.event_log.close()


def run_window(args: argparse.Namespace, ctx: cli.CliContext) -> int:
    """Build the Qt application and everything the window needs, then run it.

    Qt is imported only here, so the headless commands stay fast.
    """
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from stretchtimer import resources  # noqa: PLC0415
    from stretchtimer.model.catalogue_i18n import (  # noqa: PLC0415
        translate_safety,
        translate_warmups,
    )
    from stretchtimer.model.safety import builtin_safety  # noqa: PLC0415
    from stretchtimer.model.settings import load_settings  # noqa: PLC0415
    from stretchtimer.model.warmups import load_warmups  # noqa: PLC0415
    from stretchtimer.ui.access import install_roles  # noqa: PLC0415
    from stretchtimer.ui.desktop.single_instance import Claim  # noqa: PLC0415
    from stretchtimer.ui.desktop.tray import tray_availability  # noqa: PLC0415
    from stretchtimer.ui.desktop.window_placement import place_window  # noqa: PLC0415
    from stretchtimer.ui.i18n import install_translators, use_language  # noqa: PLC0415
    from stretchtimer.ui.problem_texts import problem_text, skipped_file_notice  # noqa: PLC0415
    from stretchtimer.ui.qt_messages import install as install_qt_messages  # noqa: PLC0415
    from stretchtimer.ui.quit_signals import quit_application, quit_on_signals  # noqa: PLC0415
    from stretchtimer.ui.theme import Appearance  # noqa: PLC0415

    # First, so that no Qt fault can flood stderr with the same line.
    qt_messages = install_qt_messages()

    warmups, warmup_problems = load_warmups(resources.warmups_path())
    english_safety = builtin_safety()
    localised = ctx.load_localised(warmups=warmups, safety=english_safety)
    loaded, translation = localised.result, localised.translation
    catalogue = loaded.catalogue
    warmups = translate_warmups(warmups, translation)
    safety = translate_safety(english_safety, translation)
    if args.routine and args.routine not in catalogue.routines:
        valid = ", ".join(sorted(catalogue.routines))
        print(
            f"stretchtimer: unknown routine {args.routine!r}; valid routines: {valid}", file=ctx.err
        )
        return cli.EXIT_USAGE
    data_dir = paths.ensure_private_dir(ctx.data_dir)
    # One StretchTimer per data folder, decided before Qt opens the display, so that a
    # second launch hands its request over and exits at once.
    instance, claimed = _claim_instance(args, data_dir)
    if claimed.claim is Claim.HANDED_OVER:
        return cli.EXIT_OK
    if claimed.claim is Claim.FAILED:
        return ctx.fail(claimed.message)
    settings_file = paths.settings_path(data_dir)
    settings, problems = load_settings(settings_file)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("StretchTimer")
    app.setApplicationDisplayName("StretchTimer")
    app.setDesktopFileName(APP_ID)
    # Closing the window may only hide it to the tray: quitting is explicit (CloseToTray).
    app.setQuitOnLastWindowClosed(False)
    # Parented to the application, so they live as long as it does.
    install_translators(app, use_language(ctx.language))
    # Worded once the translators are in, so that the problems read in the person's language.
    notices = [skipped_file_notice(p) for p in loaded.problems]
    notices += [problem_text(p) for p in localised.translation_problems]
    told = len(notices)  # ctx.load_localised() has printed these already
    if claimed.message:
        notices.append(claimed.message)
    notices += [problem_text(p) for p in problems]
    notices += warmup_problems
    install_roles()
    appearance = Appearance(app, settings.appearance)
    icon = resources.icon_path("stretchtimer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if instance is not None:
        listening = instance.listen()
        if not listening.available:
            notices.append(listening.reason)

    parts = _build_parts(args, catalogue, settings, settings_file, warmups=warmups, safety=safety)
    parts.settings.changed.connect(lambda chosen: appearance.set_appearance(chosen.appearance))
    window = parts.window
    desktop = _build_desktop(
        app, parts, catalogue=catalogue, args=args, data_dir=data_dir, instance=instance
    )

    def build_the_rest() -> None:
        # The reminders (D-Bus, idle and full-screen watching, X11 through ctypes) on the
        # first turn after the first frame; a reminder due now fires then. History next.
        _start_reminders(parts, data_dir, desktop)
        QTimer.singleShot(0, build_history_and_sound)

    def build_history_and_sound() -> None:
        history_problems = _build_late_parts(parts, data_dir, ctx, builtin=loaded.builtin)
        if history_problems:
            window.set_notices([*notices, *history_problems])
        desktop.set_history(parts.late.store if parts.late is not None else None)
        if parts.late is not None and parts.late.recorder is not None:
            # A session's last write lands a moment after it ends; the tray reads after that.
            parts.late.recorder.saved.connect(desktop.parts.status.mark_stale)
        if args.routine and args.start:
            window.start_routine(args.routine)
        desktop.set_ready()

    def quit_for_signal(received: signal.Signals) -> None:
        desktop.parts.closer.close_for_good()  # not to the tray: the session is saved
        quit_application(received)

    for line in notices[told:]:
        print(f"stretchtimer: {line}", file=ctx.err)
    window.set_notices(notices)
    place_window(window, parts.settings.value)
    # The page the window opens on is chosen before it is shown: one first frame.
    if args.routine and args.start:
        window.show_session_ahead(args.routine)
    elif args.routine:
        window.show_preview(args.routine)
    # --background starts in the tray; with no tray to start in, the window is the way in.
    if not (args.background and tray_availability().available):
        window.show()
    _after_first_paint(window, build_the_rest)
    with quit_on_signals(action=quit_for_signal):
        code = app.exec()
    qt_messages.flush()
    parts.close()
    return int(code)


def _build_parts(
    args: argparse.Namespace,
    catalogue: Catalogue,
    settings: Settings,
    settings_file: Path,
    *,
    warmups: Warmups,
    safety: SafetyNotice,
) -> AppParts:
    """The settings model, the event log and the window: what the first frame needs."""
    from stretchtimer.model.plan import Plan  # noqa: PLC0415
    from stretchtimer.ui.driver import SessionDriver, scaled_clock, system_clock  # noqa: PLC0415
    from stretchtimer.ui.event_log import EventLog  # noqa: PLC0415
    from stretchtimer.ui.frames import illustration_frames, own_or_builtin_frames  # noqa: PLC0415
    from stretchtimer.ui.main_window import MainWindow  # noqa: PLC0415
    from stretchtimer.ui.settings_model import SettingsModel  # noqa: PLC0415
    from stretchtimer.ui.settings_watcher import SettingsFileWatcher  # noqa: PLC0415

    clock = scaled_clock(system_clock, args.time_scale)

    followers: list[Callable[[SessionDriver], None]] = []

    def make_driver(plan: Plan) -> SessionDriver:
        driver = SessionDriver(plan, clock, time_scale=args.time_scale)
        for follow in followers:
            follow(driver)
        return driver

    model = SettingsModel(settings, settings_file)
    event_log = EventLog(Path(args.event_log)) if args.event_log else None
    builtin = {e.id for e in catalogue.exercises.values() if e.source == "built-in"}
    pictures = paths.user_pictures_dir(settings_file.parent)
    window = MainWindow(
        catalogue, model, safety, make_driver, event_log=event_log, warmups=warmups,
        frames_for=own_or_builtin_frames(builtin, illustration_frames, pictures),
    )  # fmt: skip
    window.exit_when_done = args.exit_when_done
    model.save_failed.connect(window.show_problem)
    watcher = SettingsFileWatcher(model, settings_file)
    watcher.problem.connect(window.show_problem)
    return AppParts(
        settings=model, window=window, event_log=event_log, settings_watcher=watcher,
        driver_followers=followers,
    )  # fmt: skip


def _claim_instance(
    args: argparse.Namespace, data_dir: Path
) -> tuple[SingleInstance | None, ClaimResult]:
    """The single-instance lock of ``data_dir``, or None where none can be had (and why)."""
    import os  # noqa: PLC0415

    from stretchtimer.ui.desktop.single_instance import (  # noqa: PLC0415
        Claim,
        HandOver,
        SingleInstance,
    )

    instance = SingleInstance(data_dir)
    # The launcher's activation token lets the first window take the focus (Wayland).
    token = os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID", "")
    claimed = instance.claim(HandOver(args.routine, args.start, args.background, token))
    return (None if claimed.claim is Claim.UNAVAILABLE else instance), claimed


def _build_desktop(
    app: QApplication,
    parts: AppParts,
    *,
    catalogue: Catalogue,
    args: argparse.Namespace,
    data_dir: Path,
    instance: SingleInstance | None,
) -> DesktopShell:
    """The tray, the close watcher, autostart and today's status, connected to the window."""
    from stretchtimer.ui.desktop.autostart import Autostart  # noqa: PLC0415
    from stretchtimer.ui.desktop.close_to_tray import CloseToTray  # noqa: PLC0415
    from stretchtimer.ui.desktop.settings_group import DesktopOptions  # noqa: PLC0415
    from stretchtimer.ui.desktop.shell import DesktopParts, DesktopShell  # noqa: PLC0415
    from stretchtimer.ui.desktop.today_status import TodayStatus  # noqa: PLC0415
    from stretchtimer.ui.desktop.tray import TrayIcon, tray_availability  # noqa: PLC0415

    settings, window = parts.settings, parts.window
    autostart = Autostart(
        paths.xdg_config_home(), [*paths.launch_command(), *paths.data_dir_args(data_dir)]
    )
    desktop_parts = DesktopParts(
        tray=TrayIcon(app.windowIcon()),
        closer=CloseToTray(window),
        status=TodayStatus(lambda: settings.value),
        autostart=autostart,
        instance=instance,
        options=DesktopOptions(tray_availability(), autostart.availability()),
    )
    routines = [(r.id, r.name) for r in catalogue.routines.values()]
    shell = DesktopShell(
        desktop_parts,
        window,
        settings,
        routines,
        started_in_background=args.background,
        event_log=parts.event_log,
    )
    parts.driver_followers.append(shell.follow)
    parts.desktop = shell
    window.quit_requested.connect(desktop_parts.closer.quit)

    def settings_dialog(value: Settings, parent: QWidget) -> SettingsDialog:
        from stretchtimer.ui.settings_dialog import SettingsDialog  # noqa: PLC0415  (on open)

        # The routines as they are when it opens: the editor and the list change them.
        routines = [(r.id, r.name) for r in window.catalogue.routines.values()]
        return SettingsDialog(
            value, parent, desktop=desktop_parts.options, routines=routines,
            reminder_status=window.reminder_status,
        )  # fmt: skip

    window.make_settings_dialog = settings_dialog
    desktop_parts.tray.show()
    return shell


def _start_reminders(
    parts: AppParts, data_dir: Path, desktop: DesktopShell | None = None
) -> Reminders:
    """The reminders, started and tied to the tray (when there is a desktop shell)."""
    reminders = _build_reminders(parts.settings, parts.window.catalogue, parts.window, data_dir)
    parts.reminders = reminders
    if desktop is not None:
        tray = desktop.parts.tray
        tray.pause_reminders_requested.connect(reminders.pause)
        reminders.prompter.set_tray(lambda: tray.icon)
        reminders.bring_to_front = desktop.bring_to_front
    return reminders


def _build_reminders(
    model: SettingsModel, catalogue: Catalogue, window: MainWindow, data_dir: Path
) -> Reminders:
    """The reminder service, its desktop ports and its prompt; started at once."""
    from stretchtimer import resources  # noqa: PLC0415
    from stretchtimer.model.reminders.status import status_path  # noqa: PLC0415
    from stretchtimer.ui.desktop.notifications import Notifier  # noqa: PLC0415
    from stretchtimer.ui.desktop.signals import DesktopSignals  # noqa: PLC0415
    from stretchtimer.ui.reminders.hookup import Reminders  # noqa: PLC0415

    icon = resources.icon_path("stretchtimer-64.png")
    reminders = Reminders(
        model, catalogue, window, signals=DesktopSignals(), notifier=Notifier(str(icon)),
        status_file=status_path(data_dir),
    )  # fmt: skip
    window.reminder_status = reminders
    reminders.start()
    return reminders


def _build_late_parts(
    parts: AppParts, data_dir: Path, ctx: cli.CliContext, *, builtin: Catalogue | None = None
) -> list[str]:
    """History, the sound player and the makers of the history and editor pages (built on
    first use), each following the settings; the problems.

    ``builtin`` is the built-in catalogue start-up loaded already (read again if None).
    """
    from PySide6.QtCore import Qt  # noqa: PLC0415

    from stretchtimer.model.history import Check  # noqa: PLC0415
    from stretchtimer.ui.history_writer import HistoryWriter  # noqa: PLC0415
    from stretchtimer.ui.recorder import HistoryRecorder  # noqa: PLC0415
    from stretchtimer.ui.sound_on_demand import SoundOnDemand  # noqa: PLC0415
    from stretchtimer.ui.sync_service import SyncedRecorder  # noqa: PLC0415
    from stretchtimer.ui.write_backlog import store_opener  # noqa: PLC0415

    settings, window, event_log = parts.settings, parts.window, parts.event_log
    history_problems: list[str] = []
    opened = _open_history(data_dir, history_problems)
    store = opened.store
    recorder = writer = None
    if opened.writable:
        # Start-up checked the file as thoroughly as the last exit called for; after a
        # clean one that was no scan, and the quick check runs here, off the window's
        # thread, before the writer opens the file. While the window holds the file open,
        # it is the one to move it aside if damaged (_replace_damaged).
        check = Check.QUICK if store is not None else Check.FULL
        opener = store_opener(
            paths.history_path(data_dir), tidy=not opened.tidied, check=check,
            move_damaged=store is None,
        )  # fmt: skip
        damaged = partial(_replace_damaged, parts, store, ctx) if store is not None else None
        writer = HistoryWriter(opener, on_damaged=damaged)
        recorder = HistoryRecorder(writer, day_start_hour=settings.value.day_start_hour)
        recorder.problem.connect(window.show_problem)
        recorder.recovered.connect(window.clear_problem)
        if event_log is not None:
            recorder.problem.connect(lambda text: event_log.notice("history_problem", text))
            recorder.recovered.connect(lambda text: event_log.notice("history_recovered", text))
        follow = recorder

        def follow_day_start(new: Settings) -> None:
            follow.day_start_hour = new.day_start_hour

        settings.changed.connect(follow_day_start)
    player = SoundOnDemand(_make_player, settings.value, parent=window)
    settings.changed.connect(player.apply_settings)
    player.warning.connect(window.show_problem)
    if event_log is not None:
        player.warning.connect(lambda message: event_log.notice("audio_warning", message))
    player.warning.connect(lambda message: print(f"stretchtimer: {message}", file=ctx.err))
    # Built when a session is coming, let go when the window rests in the tray.
    window.session_coming.connect(player.prepare)
    window.session_ended.connect(player.session_ended)
    player.rest_with(window)
    if store is not None and parts.reminders is not None:
        _tell_reminders_about_today(parts.reminders, store, settings.value)
    sync = _make_sync(parts, ctx) if writer is not None else None
    parts.late = LateParts(store, recorder, player, writer, sync, opened.marked)
    if sync is not None and writer is not None:
        # Once a session's writes have landed, a merge (after a lull) sends them.
        writer.saved.connect(sync.request, Qt.ConnectionType.QueuedConnection)
    # Merges wait while a session runs.
    told = SyncedRecorder(recorder, sync) if sync is not None and recorder else recorder
    unavailable = history_problems[-1] if store is None and history_problems else ""

    def make_history_page() -> HistoryPage:
        return _make_history_page(parts, store, sync, unavailable)

    window.attach(
        player=player,
        recorder=told,
        history=store,
        make_history_page=make_history_page,
        make_editor_page=partial(_make_editor_page, window.catalogue, data_dir, builtin, sync),
        data_dir=data_dir,
    )
    for line in history_problems:
        print(f"stretchtimer: {line}", file=ctx.err)
    return history_problems


def _replace_damaged(parts: AppParts, store: HistoryStore, ctx: cli.CliContext, why: str) -> None:
    """The check after start-up found the history damaged: as opening it would have, keep
    the file aside, go on with a new one, and say so; the writes waiting land in it."""
    from stretchtimer.model.history import HistoryError  # noqa: PLC0415

    try:
        notices = store.replace_damaged(why)
    except HistoryError as exc:
        notices = [f"History is unavailable this time: {exc}"]
    for line in notices:
        parts.window.show_problem(line)
        if parts.event_log is not None:
            parts.event_log.notice("history_problem", line)
        print(f"stretchtimer: {line}", file=ctx.err)
    page = parts.window.history_page
    if page is not None:
        page.refresh_when_seen()
    if parts.desktop is not None:
        parts.desktop.parts.status.mark_stale()  # the tray's counts are of the old file
    if parts.late is not None and parts.late.writer is not None:
        parts.late.writer.retry()  # what waited lands in the new file


def _make_history_page(
    parts: AppParts, store: HistoryStore | None, sync: SyncService | None, unavailable: str
) -> HistoryPage:
    """The history page, on first use: it follows the settings, and sync's news."""
    from stretchtimer.ui.pages.history.page import HistoryPage  # noqa: PLC0415

    settings = parts.settings
    page = HistoryPage(store, settings.value)
    if unavailable:
        page.set_unavailable_reason(unavailable)
    settings.changed.connect(page.set_settings)
    if sync is not None:
        sync.merge_when_shown(page)
        sync.history_changed.connect(page.refresh_when_seen)
    return page


def _make_editor_page(
    catalogue: Catalogue, data_dir: Path, builtin: Catalogue | None, sync: SyncService | None
) -> EditorPage:
    """The routine editor, on first use, with the built-in catalogue start-up loaded; a
    routine file it saves or deletes asks sync for a merge that sends it."""
    from stretchtimer import resources  # noqa: PLC0415
    from stretchtimer.model.catalogue import load_file  # noqa: PLC0415
    from stretchtimer.ui.frames import illustration_frames, own_or_builtin_frames  # noqa: PLC0415
    from stretchtimer.ui.pages.editor import EditorPage  # noqa: PLC0415

    if builtin is None:
        builtin = load_file(resources.catalogue_path(), require_illustration=True)
    frames = own_or_builtin_frames(
        set(builtin.exercises), illustration_frames, paths.user_pictures_dir(data_dir)
    )
    page = EditorPage(catalogue, builtin, data_dir, frames)
    if sync is not None:
        page.routine_saved.connect(lambda _saved: sync.request())
        page.routine_deleted.connect(lambda _gone: sync.request())
    return page


def _make_sync(parts: AppParts, ctx: cli.CliContext) -> SyncService:
    """Sync through the folder in the settings: merges off the GUI thread, the dialog's part."""
    import dataclasses  # noqa: PLC0415
    import io  # noqa: PLC0415
    import time  # noqa: PLC0415

    from stretchtimer.model.device_name import device_label  # noqa: PLC0415
    from stretchtimer.ui.sync_service import SyncService  # noqa: PLC0415

    settings, window = parts.settings, parts.window
    data_dir = ctx.data_dir

    def load_catalogue() -> Catalogue:
        # In the window's language, as at start-up; what it skips was said then (and the
        # notice banner says what sync itself refused).
        quiet = dataclasses.replace(ctx, err=io.StringIO(), chosen_language=ctx.language)
        return quiet.load_localised().result.catalogue

    sync = SyncService(
        paths.history_path(data_dir), data_dir, device_label(),
        clock_ms=lambda: time.time_ns() // 1_000_000, load_catalogue=load_catalogue,
        parent=window,
    )  # fmt: skip
    sync.routines_changed.connect(window.replace_catalogue)
    sync.problem.connect(window.show_problem)

    def follow_folder(new: Settings) -> None:
        sync.set_folder(new.sync_folder, chosen=True)

    made_before = window.make_settings_dialog

    def dialog(value: Settings, parent: QWidget) -> SettingsDialog:
        # Its status checks the folder with sync's model, which is not loaded before.
        from stretchtimer.ui.sync_section import SyncSection  # noqa: PLC0415

        made = made_before(value, parent)
        made.set_sync(SyncSection(value.sync_folder, data_dir, sync.last_status))
        return made

    settings.changed.connect(follow_folder)
    window.make_settings_dialog = dialog
    sync.set_folder(settings.value.sync_folder)
    return sync


def _tell_reminders_about_today(
    reminders: Reminders, store: HistoryStore, settings: Settings
) -> None:
    """Today's completed routines and the streak at stake, for done-today and the nudge."""
    from datetime import UTC, datetime  # noqa: PLC0415

    from stretchtimer.model.days import today_for  # noqa: PLC0415
    from stretchtimer.model.history import HistoryError  # noqa: PLC0415
    from stretchtimer.model.streaks import stats_from_digest  # noqa: PLC0415

    today = today_for(settings, datetime.now(UTC))
    try:
        done = frozenset(
            s.routine_id for s in store.sessions(since=today) if s.status == "completed"
        )
        stats = stats_from_digest(store.digest(), today, settings.weekly_goal_days)
    except HistoryError:
        return
    reminders.day_facts(done, 0 if stats.today_done else stats.current_streak)


def _after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the window has painted its first frame (or after 1 s at most)."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    done = False

    def run_once() -> None:
        nonlocal done
        if not done:
            done = True
            window.removeEventFilter(watcher)
            callback()

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, run_once)
            return False

    watcher = Watcher(window)
    window.installEventFilter(watcher)
    # A window that starts minimised may not paint at once; history and sound still come.
    QTimer.singleShot(1000, run_once)


@dataclass(frozen=True)
class _OpenedHistory:
    """The history as the window found it at start-up."""

    store: HistoryStore | None  # for the history page's reads; None when unavailable
    tidied: bool  # sessions a crash left in progress are closed
    writable: bool  # sessions can be saved now, or once the disk recovers
    marked: Path | None = None  # the history whose clean-exit marker this run made


def _open_history(data_dir: Path, notices: list[str]) -> _OpenedHistory:
    """The history store for reading, and whether sessions may be saved (with notices)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from stretchtimer.model.history import HistoryError, HistoryStore  # noqa: PLC0415
    from stretchtimer.model.history.clean_exit import mark_running, start_check  # noqa: PLC0415
    from stretchtimer.ui.write_backlog import may_come_back  # noqa: PLC0415

    path = paths.history_path(data_dir)
    check = start_check(path)
    try:
        # The full check only when the last run was cut short (clean_exit).
        store, opened = HistoryStore.open(path, check=check)
    except HistoryError as exc:
        if may_come_back(exc):
            notices.append(
                QCoreApplication.translate(
                    "App",
                    "History cannot be opened just now: %1 Sessions go on, and StretchTimer "
                    "saves them as soon as it can.",
                ).replace("%1", str(exc))
            )
            return _OpenedHistory(None, tidied=False, writable=True)
        notices.append(f"History is unavailable this time: {exc}")
        return _OpenedHistory(None, tidied=False, writable=False)
    notices += opened
    marked = path if not store.read_only and mark_running(path) else None
    if not check.scans:
        # Unchecked yet: the writer's thread tidies once its check has passed (and a clean
        # exit leaves nothing in progress to tidy).
        return _OpenedHistory(store, tidied=False, writable=True, marked=marked)
    try:
        closed = store.close_interrupted()
    except HistoryError as exc:
        notices.append(f"History could not be tidied: {exc}")
        return _OpenedHistory(store, tidied=False, writable=True, marked=marked)
    if closed:
        notices.append(
            f"{closed} session(s) cut short last time were kept as interrupted, "
            "with the time done up to then."
        )
    return _OpenedHistory(store, tidied=True, writable=True, marked=marked)


def _make_player(settings: Settings) -> CuePlayer | None:
    try:
        from stretchtimer.ui.audio import CuePlayer  # noqa: PLC0415
    except ImportError:
        return None
    from stretchtimer.resources import resource_root  # noqa: PLC0415

    player = CuePlayer(resource_root() / "sounds")
    player.apply_settings(settings)
    return player

"""The settings' Desktop group: start at login, and the reasons when the desktop cannot."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.settings_group import DesktopOptions, DesktopSettingsGroup

ALL_THERE = DesktopOptions(tray=Availability.yes(), autostart=Availability.yes())


def test_start_at_login_is_edited(qtbot: QtBot) -> None:
    group = DesktopSettingsGroup(Settings(), ALL_THERE)
    qtbot.addWidget(group)
    assert not group.start_at_login.isChecked() and group.notes == []
    group.start_at_login.setChecked(True)
    assert group.apply_to(Settings()).start_at_login is True
    group.start_at_login.setChecked(False)
    assert group.apply_to(Settings(start_at_login=True)).start_at_login is False


def test_no_tray_says_why_closing_quits(qtbot: QtBot) -> None:
    why = "This desktop shows no system tray, so closing the window quits StretchTimer."
    group = DesktopSettingsGroup(
        Settings(), DesktopOptions(tray=Availability.no(why), autostart=Availability.yes())
    )
    qtbot.addWidget(group)
    assert [n.text() for n in group.notes] == [why]
    assert group.start_at_login.isEnabled()


def test_no_autostart_disables_the_box_and_keeps_the_setting(qtbot: QtBot) -> None:
    why = "Starting at login works on Linux desktops."
    group = DesktopSettingsGroup(
        Settings(start_at_login=True),
        DesktopOptions(tray=Availability.yes(), autostart=Availability.no(why)),
    )
    qtbot.addWidget(group)
    assert not group.start_at_login.isEnabled() and not group.start_at_login.isChecked()
    assert group.start_at_login.toolTip() == why and [n.text() for n in group.notes] == [why]
    assert group.apply_to(Settings(start_at_login=True)).start_at_login is True

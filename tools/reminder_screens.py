"""Render the settings' Reminders page and the reminder's corner window, light and dark.

    python tools/reminder_screens.py [--out DIR]

For looking at them after a change; the PNGs stay out of the repo.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stretchtimer import resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    HoldReason,
    ReminderSettings,
    SkipWhenDone,
)
from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.reminders.prompt_window import ReminderWindow
from stretchtimer.ui.settings_dialog import SettingsDialog
from stretchtimer.ui.theme import apply_scheme

REMINDERS = ReminderSettings(
    daily=(
        DailyReminder(time(7, 30), routine="morning-back-stiffness"),
        DailyReminder(time(12, 30), frozenset(range(5)), "midday-desk-break", SkipWhenDone.ROUTINE),
    ),
    active_break=ActiveBreak(50, "neck-and-shoulders", 5),
)


class Status:
    """What this machine's desktop said in the end-to-end run (Xvfb, openbox, dunst)."""

    def availabilities(self) -> dict[str, Availability]:
        return {
            "notifications": Availability.via("dunst 1.9.0 (2022-06-27)"),
            "idle": Availability.via("X11 screen-saver extension"),
            "full_screen": Availability.via("X11 active window"),
            "do_not_disturb": Availability.via("dunst"),
            "screen_lock": Availability.no(
                "org.freedesktop.login1: no system bus here; org.freedesktop.ScreenSaver: "
                "not running here; org.gnome.ScreenSaver: not running here"
            ),
        }

    def waiting(self) -> HoldReason | None:
        return HoldReason.FULL_SCREEN


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screens")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    catalogue = load_catalogue(resources.catalogue_path()).catalogue
    routines = [(r.id, r.name) for r in catalogue.routines.values()]
    for scheme, name in ((Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Dark, "dark")):
        apply_scheme(app, scheme)
        dialog = SettingsDialog(Settings(reminders=REMINDERS), routines=routines,
                                reminder_status=Status())  # fmt: skip
        dialog.show_reminders()
        dialog.resize(760, dialog.sizeHint().height())
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"reminders-page-{name}.png"))
        dialog.close()
        prompt = ReminderWindow()
        prompt.present("Time to stretch", "Midday desk break, 7 min.")
        app.processEvents()
        prompt.grab().save(str(out / f"reminder-window-{name}.png"))
        prompt.close()
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

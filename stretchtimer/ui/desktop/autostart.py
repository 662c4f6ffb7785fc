"""Start at login: one XDG autostart entry, written or removed, and nothing else touched."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from stretchtimer import APP_ID
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.desktop_entry import (
    escape_string,
    exec_value,
    is_enabled_autostart,
    read_keys,
    render_entry,
)
from stretchtimer.ui.desktop import Availability

MAX_ENTRY_BYTES = 64 * 1024


class Autostart:
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop``, running ``command --background``.

    ``command`` is how this StretchTimer is started (see ``paths.launch_command``) with
    its ``--data-dir`` when that is not the default, so the session starts the same
    interpreter on the same data folder the person chose this in.
    """

    def __init__(
        self, config_home: Path, command: Sequence[str], *, platform: str = sys.platform
    ) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self._command = list(command)
        self._platform = platform

    def availability(self) -> Availability:
        if self._platform in ("win32", "darwin"):
            return Availability.no(
                QCoreApplication.translate(
                    "Autostart",
                    "Starting at login works on Linux desktops; on this system, add "
                    "StretchTimer to your login items in the system settings.",
                )
            )
        return Availability.yes()

    def entry_text(self) -> str:
        return render_entry(
            {
                "Desktop Entry": {
                    "Type": "Application",
                    "Name": "StretchTimer",
                    "Comment": "Start StretchTimer in the system tray",
                    "Exec": exec_value([*self._command, "--background"]),
                    "TryExec": escape_string(self._command[0]),
                    "Icon": APP_ID,
                    "Terminal": "false",
                    "X-GNOME-Autostart-enabled": "true",
                }
            }
        )

    def is_enabled(self) -> bool:
        """Whether the entry is there and will run (a desktop's own settings may disable it)."""
        try:
            if not self.path.is_file() or self.path.stat().st_size > MAX_ENTRY_BYTES:
                return False
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        return is_enabled_autostart(read_keys(text))

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry. Raises OSError when the folder cannot be written."""
        if on:
            self._write(self.entry_text())
        else:
            self.path.unlink(missing_ok=True)

    def _write(self, text: str) -> None:
        write_atomically(self.path, text, mode=0o644)


__all__ = ["Autostart"]

"""The cue player, built when a session is about to start and let go when the app rests.

The decoded sounds and the open audio streams (and QtMultimedia, where that is the
output) are a large share of the app's memory, and nothing needs them on the routine
list or in the tray. This stands in
for the player: the window says when a session is coming (a preview, a start, a test
sound) and the player is built then, before the first cue; when the window goes to the
tray with no session running (or a session ends in the tray) it is shut down and dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance

from stretchtimer.model.settings import Settings

if TYPE_CHECKING:
    from stretchtimer.model.session import Cue


class Player(Protocol):
    """What is asked of the real player (stretchtimer.ui.audio.CuePlayer)."""

    @property
    def warning(self) -> SignalInstance: ...  # (str)

    def apply_settings(self, settings: Settings) -> None: ...
    def play_cues(self, cues: Sequence[Cue]) -> Sequence[object]: ...
    def play_sample(self, volume: int) -> bool: ...
    def say_sample(self, phrase: str) -> bool: ...
    def missing_voice(self) -> str | None: ...
    def shutdown(self) -> None: ...


class RestingWindow(Protocol):
    """What the player follows of the window: whether it is shown and a session runs."""

    def isVisible(self) -> bool: ...
    def session_running(self) -> bool: ...


class SoundOnDemand(QObject):
    """A player built on :meth:`prepare` (or the first use) and dropped on :meth:`release`.

    ``make`` builds the real player with the settings given; None when sound cannot be
    had at all, and then every cue stays silent.

    Signals:
        warning(str): the player's warning, passed on once for the app's whole run
            (a player built again after a rest does not say the same thing twice).
    """

    warning = Signal(str)

    def __init__(
        self,
        make: Callable[[Settings], Player | None],
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._settings = settings
        self._player: Player | None = None
        self._warned = False
        self._window: RestingWindow | None = None
        self._watched: QObject | None = None

    @property
    def player(self) -> Player | None:
        """The player now built, or None."""
        return self._player

    def prepare(self) -> None:
        """Build the player now, if it is not: a session (or a test sound) is coming."""
        if self._player is not None:
            return
        player = self._make(self._settings)
        if player is None:
            return
        player.warning.connect(self._on_warning)
        self._player = player

    def release(self) -> None:
        """Shut the player down and let it go; the next session builds it again."""
        player, self._player = self._player, None
        if player is not None:
            player.shutdown()
            if isinstance(player, QObject):
                player.deleteLater()

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        if self._player is not None:
            self._player.apply_settings(settings)

    def play_cues(self, cues: Sequence[Cue]) -> Sequence[object]:
        self.prepare()
        if self._player is None:
            return [None] * len(cues)
        return self._player.play_cues(cues)

    def play_sample(self, volume: int) -> bool:
        self.prepare()
        return self._player is not None and self._player.play_sample(volume)

    def say_sample(self, phrase: str) -> bool:
        self.prepare()
        return self._player is not None and self._player.say_sample(phrase)

    def missing_voice(self) -> str | None:
        """The language with no voice, when that is why none speaks (for the dialog)."""
        self.prepare()
        return self._player.missing_voice() if self._player is not None else None

    def shutdown(self) -> None:
        self.release()

    def rest_with(self, window: RestingWindow) -> None:
        """Release whenever ``window`` is hidden (the tray) with no session running."""
        self._window = window
        if isinstance(window, QObject):
            self._watched = window
            window.installEventFilter(self)

    def session_ended(self, _summary: object = None) -> None:
        """A session ended: in the tray, nothing needs the player until the next one."""
        if self._window is not None and not self._window.isVisible():
            self.release()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._window
        if (
            event.type() == QEvent.Type.Hide
            and window is not None
            and watched is self._watched
            and not window.session_running()
        ):
            self.release()
        return False

    def _on_warning(self, message: str) -> None:
        if not self._warned:
            self._warned = True
            self.warning.emit(message)

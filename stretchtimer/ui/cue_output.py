"""CueOutput: one QAudioSink, opened once on an audio thread of its own, fed by a CueMixer.

The sink never closes while the app runs, so no sound waits for a stream to be set up or
torn down, and nothing is created or destroyed per sound. It lives on its own thread
because what it has queued is all that separates a busy GUI thread from a sound that
breaks up: a summary page being built or a history write must not be heard.

Between sounds the stream is corked (suspended) rather than closed: an idle stream would
wake its thread at every audio period for nothing, and resuming a corked stream starts a
sound as quickly as a running one does.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioSink, QMediaDevices, QtAudio

from stretchtimer.ui.mixer import BUFFER_BYTES, CueMixer, cue_format

log = logging.getLogger(__name__)

# The stream is corked this long after the last sound has ended.
SUSPEND_AFTER_MS = 500
# After the sound server failed, a new sink is tried at most this often.
REOPEN_AFTER_MS = 5000
# Shutting down waits this long for the audio thread; it never has more than a stop to do.
JOIN_MS = 2000


class _SinkHost(QObject):
    """Owns the sink on the audio thread; every slot runs there."""

    opened = Signal(bool)
    failed = Signal()

    def __init__(self, mixer: CueMixer) -> None:
        super().__init__()
        self.mixer = mixer
        self.sink: QAudioSink | None = None
        self._idle: QTimer | None = None
        self._reopen: QTimer | None = None
        self.volume = 1.0

    def broken(self) -> bool:
        sink = self.sink
        return sink is None or (
            sink.state() is QtAudio.State.StoppedState and sink.error() is not QtAudio.Error.NoError
        )

    @Slot()
    def open(self) -> None:
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.setInterval(REOPEN_AFTER_MS)
        self._open_sink()
        self.opened.emit(not self.broken())

    @Slot()
    def wake(self) -> None:
        """A voice was started: resume the stream and let the sink pull it now."""
        if self.broken() and self._reopen is not None and not self._reopen.isActive():
            self._open_sink()
        sink = self.sink
        if sink is None or self.broken():
            return
        if sink.state() is QtAudio.State.SuspendedState:
            sink.resume()
        self.mixer.readyRead.emit()
        if self._idle is not None:
            self._idle.start(round(self.mixer.seconds_left() * 1000) + SUSPEND_AFTER_MS)

    @Slot(float)
    def set_volume(self, gain: float) -> None:
        self.volume = gain
        if self.sink is not None:
            self.sink.setVolume(gain)

    @Slot()
    def close(self) -> None:
        """Stop the sink and the audio thread's event loop."""
        for timer in (self._idle, self._reopen):
            if timer is not None:
                timer.stop()
        self._close_sink()
        thread = self.thread()
        if thread is not QThread.currentThread():
            return
        thread.quit()

    def _close_sink(self) -> None:
        if self.sink is not None:
            self.sink.stateChanged.disconnect(self._on_sink_state_changed)
            self.sink.stop()
            self.sink.deleteLater()  # flushed when the thread finishes
            self.sink = None

    def _open_sink(self) -> None:
        self._close_sink()
        if self._reopen is not None:
            self._reopen.start()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return
        sink = QAudioSink(device, cue_format(), self)
        sink.setBufferSize(BUFFER_BYTES)
        sink.setVolume(self.volume)
        sink.stateChanged.connect(self._on_sink_state_changed)
        self.sink = sink
        sink.start(self.mixer)
        if not self.broken():
            sink.suspend()  # until the first sound

    def _on_idle_timeout(self) -> None:
        sink = self.sink
        if self.mixer.playing() and self._idle is not None:
            self._idle.start(SUSPEND_AFTER_MS)
        elif sink is not None and sink.state() is not QtAudio.State.StoppedState:
            sink.suspend()

    @Slot()
    def _on_sink_state_changed(self) -> None:
        if self.broken():
            self.failed.emit()


class CueOutput(QObject):
    """The GUI thread's handle on the audio thread: start voices, set the volume, shut down.

    Signals:
        opened(bool): the sink was opened (True) or could not be (False).
        failed(): the sink stopped with an error (the sound server went away); the next
            sound tries a new one, at most every few seconds.
    """

    opened = Signal(bool)
    failed = Signal()
    _wake = Signal()
    _volume = Signal(float)
    _close = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("StretchTimer cue sound")
        self.mixer = CueMixer()
        self._host = _SinkHost(self.mixer)
        self._ready = threading.Event()
        self._ok = False
        self.mixer.moveToThread(self._thread)
        self._host.moveToThread(self._thread)
        self._thread.started.connect(self._host.open)
        self._host.opened.connect(self._on_host_opened, Qt.ConnectionType.DirectConnection)
        self._host.opened.connect(self.opened)
        self._host.failed.connect(self.failed)
        self._wake.connect(self._host.wake)
        self._volume.connect(self._host.set_volume)
        self._close.connect(self._host.close)
        self._running = True
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            # However the app ends, the audio thread ends first.
            app.aboutToQuit.connect(self.shutdown)

    def broken(self) -> bool:
        """True once the sink is known not to work (not while it is still being opened)."""
        return self._ready.is_set() and not self._ok

    def play(self, name: str, pcm: bytes) -> bool:
        """Start ``pcm`` as voice ``name``; False when the output is known not to work."""
        if not self._running:
            return False
        self.mixer.start_voice(name, pcm)
        self._wake.emit()
        return not self.broken()

    def stop_all(self) -> None:
        self.mixer.stop_all()

    def set_volume(self, gain: float) -> None:
        self._volume.emit(gain)

    def shutdown(self) -> None:
        """Stop every sound and the audio thread (waits a moment for it)."""
        if not self._running:
            return
        self._running = False
        self.mixer.stop_all()
        self._close.emit()  # the host stops its sink, then its thread's event loop
        if not self._thread.wait(JOIN_MS):
            # The sound system hangs; a thread left running would abort the app at exit.
            log.warning("the cue sound thread did not stop; ending it")
            self._thread.terminate()
            self._thread.wait(JOIN_MS)

    def _on_host_opened(self, ok: bool) -> None:
        # Runs on the audio thread: only plain flags are touched.
        self._ok = ok
        self._ready.set()

"""File work for the editor on a thread of its own: the window never waits on the disk."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class FileJobs(QObject):
    """Runs one file job at a time, in order.

    Signals:
    done(str, object): a job's name and what it returned.
    failed(str, object): a job's name and the exception it raised.
    """

    done = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="editor-files")

    def run(self, name: str, job: Callable[..., Any], *args: Any) -> None:
        future = self._pool.submit(job, *args)
        future.add_done_callback(lambda f: self._finish(name, f))

    def _finish(self, name: str, future: Future[Any]) -> None:
        # Emitted from the worker thread; Qt queues it to the receivers' thread.
        error = future.exception()
        if error is not None:
            self.failed.emit(name, error)
        else:
            self.done.emit(name, future.result())

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

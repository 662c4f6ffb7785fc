"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 did).

There, every call of a void method such as ``QWidget.update()`` released a reference to
``None`` it never took; after a few thousand repaints the interpreter aborted with
"none_dealloc". The session page repaints many times a minute, so this must hold.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
        widget.setAccessibleDescription("steady")
    assert sys.getrefcount(None) >= before - 100

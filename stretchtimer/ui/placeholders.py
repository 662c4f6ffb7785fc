"""Translated sentences with Qt-style %1 %2 placeholders, filled in one pass."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.model.texts import Text, fill


def translated(text: Text) -> str:
    """A sentence from the model in the interface's language, its values filled in."""
    return text.words(QCoreApplication.translate)


__all__ = ["fill", "translated"]

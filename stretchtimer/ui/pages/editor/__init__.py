"""The routine editor: a page of the main window (see :class:`EditorPage`)."""

from stretchtimer.ui.pages.editor.page import EditorPage

__all__ = ["EditorPage"]

"""The session page: the page itself, the guide on its left and the controls under it."""

from stretchtimer.ui.pages.session.page import SessionPage

__all__ = ["SessionPage"]

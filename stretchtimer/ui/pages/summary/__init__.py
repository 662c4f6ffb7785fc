"""The summary page: the celebration of where the streak keeper stands, then the details."""

from stretchtimer.ui.pages.summary.page import SummaryPage

__all__ = ["SummaryPage"]

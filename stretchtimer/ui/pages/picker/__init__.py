"""The routine list: the page, its cards and the header with the streak and the week."""

from stretchtimer.ui.pages.picker.card import RoutineCard, RoutineCardInfo, card_info
from stretchtimer.ui.pages.picker.page import PickerPage

__all__ = ["PickerPage", "RoutineCard", "RoutineCardInfo", "card_info"]

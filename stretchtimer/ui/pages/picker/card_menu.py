"""A routine card's menu: look and start, pin, and (once the editor is there) edit, copy, delete."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from stretchtimer.ui.pages.picker.card import RoutineCardInfo


class CardAction(Enum):
    OPEN = "open"
    PIN = "pin"
    EDIT = "edit"
    COPY = "copy"  # "Duplicate" for one's own routine, "Customise" for a built-in one
    DELETE = "delete"


class CardMenuWords(QObject):
    """The menu's words; a class so that Qt's tools see their context."""

    def label(self, action: CardAction, *, own: bool, pinned: bool) -> str:
        if action is CardAction.OPEN:
            return self.tr("&Look and start")
        if action is CardAction.PIN:
            return self.tr("Un&pin") if pinned else self.tr("&Pin to the top")
        if action is CardAction.EDIT:
            return self.tr("&Edit")
        if action is CardAction.COPY:
            return self.tr("D&uplicate") if own else self.tr("&Customise (your own copy)")
        return self.tr("&Delete")


def card_actions(info: RoutineCardInfo, *, editing: bool) -> list[CardAction]:
    """What a card offers: built-in routines are never edited or deleted, only copied."""
    actions = [CardAction.OPEN, CardAction.PIN]
    if editing:
        actions += [CardAction.EDIT, CardAction.COPY, CardAction.DELETE] if info.own else [
            CardAction.COPY
        ]
    return actions


def card_menu(
    info: RoutineCardInfo, *, pinned: bool, editing: bool, parent: QWidget
) -> QMenu:
    """The menu, each action's data the :class:`CardAction` value it stands for."""
    menu = QMenu(parent)
    menu.setObjectName("routineCardMenu")
    menu.setAccessibleName(info.name)
    words = CardMenuWords()
    for action in card_actions(info, editing=editing):
        if action is CardAction.EDIT or (action is CardAction.COPY and not info.own):
            menu.addSeparator()
        item = menu.addAction(words.label(action, own=info.own, pinned=pinned))
        item.setData(action.value)
    return menu

"""Custom-painted widgets of the session page."""

from stretchtimer.ui.widgets.breathing_pacer import BreathingPacer
from stretchtimer.ui.widgets.countdown_ring import CountdownRing
from stretchtimer.ui.widgets.illustration import IllustrationView

__all__ = ["BreathingPacer", "CountdownRing", "IllustrationView"]

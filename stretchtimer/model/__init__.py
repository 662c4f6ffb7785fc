"""The pure-Python model: catalogue, plan, session machine, breathing, history.

Nothing in this package may import Qt; ``tests/model/test_no_qt.py`` enforces it.
"""

"""Spare PySide6's source scan of every module imported after it.

Once PySide6 is loaded, its import hook reads the whole source of each newly imported
module (``inspect.getsource``) to learn whether the module might switch on a
``__feature__`` (snake_case, true_property). The sources stay in ``linecache`` for the
rest of the run: about 3 MB of text for the window's 230 modules, 7 MiB of Python strings
that clearing the cache later does not give back to the system. StretchTimer switches
on no feature, and neither do the standard library and the plain libraries it uses, so
this writes down their answer before they are imported, as the hook itself would (0: no
feature; -1: no Qt at all).

The hook's table is not a documented interface; when it is not found the finder stands
aside and PySide6 scans as before, so nothing can break but the saving.
"""

# Only ``sys`` at run time: this module is imported before the finder is in place, so
# anything it imports with PySide6 already loaded would be scanned after all.
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_TABLE = "pyside_feature_dict"
_OWN = "stretchtimer"
# The libraries the app depends on that never import Qt.
_PLAIN_DEPENDENCIES = frozenset({"platformdirs", "jeepney", "tzdata"})
# The hook's own values: "may use Qt, no feature selected" and "ignore this module".
NO_FEATURE = 0
NOT_QT = -1


def answer_for(name: str) -> "int | None":
    """What the scan would find for module ``name``; None for anyone else's module."""
    top = name.partition(".")[0]
    if top == _OWN:
        return NO_FEATURE
    if top in sys.stdlib_module_names or top in _PLAIN_DEPENDENCIES:
        return NOT_QT
    return None


class FeatureAnswers:
    """A meta-path finder that finds nothing: it only answers the hook's question first.

    The hook also asks about modules loaded before it (``os``, ``typing`` ...) the first time
    a new module imports them, and those never reach a finder: the first call that sees
    the table answers for everything already loaded.
    """

    def __init__(self) -> None:
        self._primed = False

    def find_spec(
        self,
        name: str,
        path: "Sequence[str] | None" = None,
        target: "ModuleType | None" = None,
    ) -> "ModuleSpec | None":
        table = _table()
        if table is None:
            return None
        if not self._primed:
            self._primed = True
            for loaded in list(sys.modules):
                _answer(table, loaded)
        _answer(table, name)
        return None


def _answer(table: dict[str, int], name: str) -> None:
    answer = answer_for(name)
    if answer is not None:
        table.setdefault(name, answer)


def _table() -> "dict[str, int] | None":
    feature = sys.modules.get(_FEATURE_MODULE)
    table = getattr(feature, _TABLE, None)
    return table if isinstance(table, dict) else None


def install() -> None:
    """Put the finder first on ``sys.meta_path``; once per process."""
    if not any(isinstance(f, FeatureAnswers) for f in sys.meta_path):
        sys.meta_path.insert(0, FeatureAnswers())

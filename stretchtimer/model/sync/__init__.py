"""One history across a person's computers, through a folder a sync engine keeps in step.

No Qt, no network, no clock: times are arguments. StretchTimer never puts its SQLite file
in the shared folder (sync engines corrupt or lose rows of a live database through its
``-wal`` file and conflict renames). Instead each device writes only its own files under
``<folder>/StretchTimer/<device-id>/``: immutable, checksummed segments of its records
(``segments``), compacted now and then (``compact``), and a small manifest
(``manifest``). Every device reads every device's segments (``reading``) and merges them
into its own history (``merge``) through a small interface (``store``); what it has read
is remembered in a cache in the data folder (``state``). The person's own routine files
and pictures travel beside them as whole files, last writer wins, the loser kept
(``file_merge``).

The merge rules
---------------
Every record (a session with its exercises, a session's check-in, or a tombstone that
says a session was deleted) carries its key (a UUID), the device that wrote it and its
``updated_utc``. Versions of one key are ordered by ``updated_utc``, then a tombstone
over a live record of the same instant, then device id (``records.Version``). A device
takes in a version only if it is larger than the one it holds, so merging is idempotent
and order-free: reading a segment twice, or a conflict copy of it, changes nothing, and
every device that has read the same records holds the same history. A deletion is a
larger version, so it wins over the older record wherever that older record turns up
later; undo is a larger version again, and wins over the deletion.

Clocks that are wrong
---------------------
Ordering by wall-clock time alone lets a device whose clock runs hours ahead win every
conflict for those hours: an edit made afterwards, elsewhere, on a right clock, would
carry a smaller time and lose, and so be lost. So a change to a record is stamped
``max(wall clock, updated_utc of the version it replaces + 1 ms)`` (``next_stamp``):
a change made after seeing a version always replaces it, whatever either clock says.
A wrong clock can then only decide between two changes that were made without seeing
each other, which no rule can decide better, and it is harmless there.

We chose this over a hybrid logical clock, which carries the largest time ever seen
across *all* records into every later stamp: one device whose clock once said 2090
would push every stamp on every device to 2090 for ever. Here a wrong time stays with
the records it touched. The rule needs no new state (the version being replaced is the
row being changed) and no new column (``updated_utc`` stays a real UTC time), so the
history writes it in the same transaction as the change. Times outside 2000–2200 are
refused when read.
"""

from __future__ import annotations

from stretchtimer.model.sync.folder import DiskFolder, Folder, FolderError, FolderMissingError
from stretchtimer.model.sync.merge import MergeReport, merge
from stretchtimer.model.sync.records import (
    CheckinBody,
    ItemBody,
    Key,
    Kind,
    SessionBody,
    SyncRecord,
    Version,
    next_stamp,
)
from stretchtimer.model.sync.state import SyncState, load_state, save_state
from stretchtimer.model.sync.store import ApplyResult, MemoryStore, RecordStore, StoreError

__all__ = [
    "ApplyResult",
    "CheckinBody",
    "DiskFolder",
    "Folder",
    "FolderError",
    "FolderMissingError",
    "ItemBody",
    "Key",
    "Kind",
    "MemoryStore",
    "MergeReport",
    "RecordStore",
    "SessionBody",
    "StoreError",
    "SyncRecord",
    "SyncState",
    "Version",
    "load_state",
    "merge",
    "next_stamp",
    "save_state",
]

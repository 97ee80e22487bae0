"""Keeping the project file alone whole: checkpoints, and a warning about folders a sync client copies.

Each edit is committed to the ``-wal`` file beside the project; a checkpoint copies it into the
``.vigproj`` itself, so a copy of that one file (a backup, an e-mail, a cloud folder) is never more
than a moment behind. The app checkpoints when it has been idle a second and on close.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vig_annotator.core.project import Project
from vig_annotator.store.project_file import backend_of

SYNC_CLIENTS = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud Drive", "icloud": "iCloud Drive",
    "mobile documents": "iCloud Drive", "com~apple~clouddocs": "iCloud Drive", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "box sync": "Box", "pcloud drive": "pCloud", "mega": "MEGA",
}


def checkpoint(project: Project) -> bool:
    """Copy committed edits from the ``-wal`` file into the project file; True when it is all in.

    Cheap when there is nothing to copy, and never blocks an editor or a reader (SQLite's PASSIVE
    checkpoint): a reader in another process can hold part back until the next call. Raises
    FileReplacedError, copying nothing, when the file was replaced under the editor.
    """
    backend = backend_of(project)
    if backend is None or backend.read_only or backend.conn is None:
        return True
    backend.guard()  # FileReplacedError: the file was replaced under the editor (store.replaced_file)
    try:
        busy, logged, copied = backend.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        return False
    backend.wrote()
    return bool(busy == 0 and logged == copied)


def sync_folder_warning(path: str | Path) -> str:
    """A warning when the project lies in a folder a sync client manages ("" when it does not)."""
    folder = Path(path).resolve().parent
    for part in folder.parts:
        name = part.lower()
        client = SYNC_CLIENTS.get(name) or next(
            (label for key, label in SYNC_CLIENTS.items() if name.startswith(key + " -") or name.startswith(key + "-")
             or (key in ("dropbox", "onedrive", "nextcloud") and name.startswith(key))), "")
        if client:
            return (f"{Path(path).name} is in a folder that {client} keeps in sync ({folder}). A sync client can "
                    "copy the project while it is open, or bring back an older copy over it, and it may sync the "
                    "project without the recent edits kept beside it. Keep projects you are working on outside "
                    "synced folders, close the project before another computer opens it, and never open it on "
                    "two computers at once.")
    return ""

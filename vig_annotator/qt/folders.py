"""Where the file dialogs open: the folder the user last chose a file in, else their documents (or home).

Never the app's own hidden data folder, where the demo's copy lives: a project opened from there must
not send the next New-project or Add-clips dialog into it, where a user would never find a file again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from vig_annotator.qt.shell import setting_list

KEY = "last_folder"


def is_hidden(folder: Path) -> bool:
    """Whether ``folder`` is in the app's own data folder (the demo's copy, caches)."""
    from vig_annotator.resources import data_dir

    try:
        return folder.resolve().is_relative_to(data_dir().resolve())
    except OSError:
        return True


def usual_folder(settings: QSettings) -> Path:
    """The last folder chosen in, else the latest project's own folder, else the documents folder, else home."""
    chosen = [str(settings.value(KEY, "") or "")] + [str(Path(p).parent) for p in setting_list(settings, "recent")]
    for text in chosen:
        if text and Path(text).is_dir() and not is_hidden(Path(text)):
            return Path(text)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir() and not is_hidden(Path(documents)):
        return Path(documents)
    return Path.home()


def remember(settings: QSettings, path: Path) -> None:
    """The folder of a file the user chose (a clip, a new project) is where the next dialog opens."""
    folder = path.parent
    if folder.is_dir() and not is_hidden(folder):
        settings.setValue(KEY, str(folder))

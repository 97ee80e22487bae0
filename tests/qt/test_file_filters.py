"""A video that can be dropped on the window can be picked in the file dialogs, and the other way round.

Before issue 27 the drop took ``.m2ts``, ``.wmv`` and ``.mpg`` while the dialogs offered eight other
suffixes only. Both now come from ``store.clips.VIDEO_SUFFIXES``; this test shows a real (Qt, not
native) file dialog a folder of files and compares what it lists with what a drop takes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QListView

from vig_annotator.qt.file_filters import dropped, project_filter, video_filter
from vig_annotator.store.clips import VIDEO_SUFFIXES
from vig_annotator.store.urls import PROJECT_SUFFIX

# Suffixes a user may hold: the app's own plus other video, audio, project and document files.
CANDIDATES = sorted(VIDEO_SUFFIXES | {".mpeg", ".ts", ".flv", ".ogv", ".vob", ".mxf", ".wav", ".mp3", ".txt",
                                      ".csv", ".eaf", ".boris", ".json", PROJECT_SUFFIX, ".mp4.part", ""})


def _listed(qtbot, folder: Path, name_filter: str, count: int) -> set[str]:
    """The names a real file dialog lists in ``folder`` under its first filter (once it has read them all)."""
    dialog = QFileDialog(None, "pick", str(folder), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QListView, "listView")
    model, root = view.model(), view.rootIndex()
    all_files = QFileDialog(None, "all", str(folder), "*")  # the same folder unfiltered, to know it is read
    all_files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(all_files)
    all_files.show()
    every = all_files.findChild(QListView, "listView")
    qtbot.waitUntil(lambda: every.model().rowCount(every.rootIndex()) == count)
    qtbot.wait(100)  # the filtered view reads the same folder through the same model class
    root = view.rootIndex()
    return {model.index(row, 0, root).data() for row in range(model.rowCount(root))}


def _files(folder: Path) -> list[Path]:
    names = []
    for suffix in CANDIDATES:
        names += [f"clip{suffix}", f"LOUD{suffix.upper()}"]
    for name in names:
        (folder / name).write_bytes(b"")
    return [folder / n for n in names]


def test_every_droppable_video_is_pickable_and_every_pickable_one_droppable(qtbot, tmp_path):
    files = _files(tmp_path)
    pickable = _listed(qtbot, tmp_path, video_filter(), len(files))
    droppable = {p.name for p in files if dropped([p]) == (None, [p])}
    assert {f"clip{s}" for s in (".m2ts", ".wmv", ".mpg", ".mp4")} <= droppable  # the three, and the usual
    assert "LOUD.MP4" in droppable
    assert pickable == droppable
    assert not droppable & {"clip.txt", "clip.wav", f"clip{PROJECT_SUFFIX}", "clip.mp4.part", "clip"}


def test_a_dropped_project_is_opened_and_the_project_dialogs_list_it(qtbot, tmp_path):
    files = _files(tmp_path)
    project = tmp_path / f"clip{PROJECT_SUFFIX}"
    assert dropped([tmp_path / "clip.mp4", project, tmp_path / "clip.mov"]) == (project, [])
    assert dropped([tmp_path / f"LOUD{PROJECT_SUFFIX.upper()}"])[0] is not None
    assert _listed(qtbot, tmp_path, project_filter(), len(files)) == {project.name, f"LOUD{PROJECT_SUFFIX.upper()}"}

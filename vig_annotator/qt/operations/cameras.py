"""Cameras: add another camera's video to the current clip, re-align, relink or remove one, through the one runner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from vig_annotator.core import commands
from vig_annotator.core.model import MAX_SOURCES, Clip, VideoSource
from vig_annotator.core.project import Project
from vig_annotator.media.probe import MediaError
from vig_annotator.projects import prepare_source, source_path
from vig_annotator.qt.camera_dialog import CameraChoice, CameraDialog
from vig_annotator.qt.file_filters import video_filter
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell
from vig_annotator.store import clips as clip_store
from vig_annotator.store import timing


def act(shell: Shell, action: str, source_id: int) -> None:
    """What the cameras' menu asked for: ``add``, or ``align`` / ``relink`` / ``remove`` a camera."""
    if action == "add":
        add_camera(shell)
        return
    ws = shell.workspace
    source = ws.project.entities["source"].get(source_id) if ws.project is not None else None
    if not isinstance(source, VideoSource):
        return
    if action == "align":
        align_camera(shell, source_id)
    elif action == "relink":
        relink_camera(shell, source)
    elif action == "remove":
        ws.run(commands.edit(f"Remove camera {source.label}", [(source, None)]))


def add_camera(shell: Shell) -> None:
    """The add-camera dialog for the current clip; the camera is added (undoably) when accepted."""
    ws = shell.workspace
    path = ws.clip_path()
    if ws.project is None or ws.clip is None or path is None:
        shell.show_status(tr("Open a session first: a camera is added to its clip"))
        return
    if len(ws.project.sources(ws.clip.id)) >= MAX_SOURCES - 1:
        shell.show_status(tr("This clip already has {n} cameras, the most there can be").format(n=MAX_SOURCES))
        return
    dialog = CameraDialog(shell.window(), path, shell.clock.position)
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if accepted:
        add_chosen(shell, choice)


def add_chosen(shell: Shell, choice: CameraChoice) -> VideoSource | None:
    """Probe the chosen file and add it as a camera of the current clip (refusals are shown)."""
    ws = shell.workspace
    if ws.project is None or ws.clip is None:
        return None
    try:
        source, probed = prepare_source(ws.project, ws.clip, choice.path, choice.label, choice.offset_ms)
    except (MediaError, OSError) as exc:
        QMessageBox.warning(shell.window(), tr("Camera not added"), str(exc))
        return None
    source = replace(source, aligned_by=choice.aligned_by, confidence=choice.confidence)
    if not ws.project.backend.read_only:
        timing.save_table(ws.project, source.fingerprint, probed.frame_us, probed.duration_us,
                          {"codec": probed.video_codec, "vfr": probed.variable_rate})
    change = ws.run(commands.edit(f"Add camera {source.label}", [(None, source)]))
    return source if change is not None else None


def align_camera(shell: Shell, source_id: int) -> None:
    """Re-align one camera: find its offset from sound, nudge it, mark an event or type it."""
    ws = shell.workspace
    path = ws.clip_path()
    if ws.project is None or path is None:
        return
    source = ws.project.entities["source"].get(source_id)
    if not isinstance(source, VideoSource):
        return
    dialog = CameraDialog(shell.window(), path, shell.clock.position, source,
                          source_path(ws.project, source))
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if accepted:
        set_offset(shell, source, choice)


def set_offset(shell: Shell, source: VideoSource, choice: CameraChoice) -> None:
    moved = replace(source, offset_ms=choice.offset_ms, aligned_by=choice.aligned_by,
                    confidence=choice.confidence if choice.aligned_by == "audio" else None)
    if moved != source:
        shell.workspace.run(commands.edit(f"Align camera {source.label}", [(source, moved)]))


def relink_camera(shell: Shell, source: VideoSource) -> None:
    """Find a moved camera file again: only the same file (by fingerprint) is accepted.

    Looked for first by its content near the project and the main clip (as ELAN looks for moved
    media), so a folder moved as a whole relinks without asking; else the user chooses the file.
    """
    ws = shell.workspace
    if ws.project is None:
        return
    found = search_near_project(ws.project, source)
    if found is not None and relinked_source(shell, source, found) is not None:
        shell.show_status(tr("Found {label} at {path} (same content)").format(label=source.label, path=found))
        return
    name, _ = QFileDialog.getOpenFileName(shell.window(), tr("Where is {label}'s video?").format(label=source.label),
                                          "", video_filter())
    if name:
        relinked = relinked_source(shell, source, Path(name))
        if relinked is not None:
            shell.show_status(tr("Found {label} at {path}").format(label=source.label, path=name))


def search_near_project(project: Project, source: VideoSource) -> Path | None:
    """The camera's file, by content, below the project's folder, its parent, or the main clip's folder."""
    base = clip_store.project_folder(project)
    folders = [base, base.parent]
    clip = project.entities["clip"].get(source.clip_id)
    if isinstance(clip, Clip):
        folders.append(clip_store.resolve(project, clip).parent)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # sizes first: only same-size files are read
    try:
        return clip_store.find_by_fingerprint(source, [f for f in folders if f.is_dir()])
    finally:
        QApplication.restoreOverrideCursor()


def relinked_source(shell: Shell, source: VideoSource, video: Path) -> VideoSource | None:
    """Point the camera at ``video`` when it is the same file (refused with a message otherwise)."""
    ws = shell.workspace
    if ws.project is None:
        return None
    if not video.is_file() or clip_store.fingerprint(video) != source.fingerprint:
        QMessageBox.warning(shell.window(), tr("Not relinked"),
                            tr("{path}: is not the video of camera {label} (its content differs)").format(
                                path=video, label=source.label))
        return None
    moved = replace(source, path=clip_store.stored_path(ws.project, video))
    return moved if ws.run(commands.edit(f"Relink camera {source.label}", [(source, moved)])) is not None else None

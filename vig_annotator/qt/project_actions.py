"""The File, Reliability and Help menus' actions: projects, clips, sessions, exports and packs.

Each action gathers what it needs in a dialog, then calls the layer below; problems are shown in a
message that names the file and the reason, and leave the project as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMessageBox, QWidget

from vig_annotator import __version__
from vig_annotator.core import commands
from vig_annotator.media.probe import MediaError
from vig_annotator.projects import add_clip, add_coder, session_title, start_session
from vig_annotator.qt.dialogs import VIDEO_FILTER, ClipDetailsDialog, NewProjectDialog, relink_clip
from vig_annotator.schemes import SchemeError, resolve
from vig_annotator.store import clips as clip_store
from vig_annotator.store.project_file import ProjectFileError, create_project

if TYPE_CHECKING:
    from vig_annotator.qt.main_window import MainWindow


class ProjectActions:
    """Mixed into MainWindow: what the File, Reliability and Help menus do."""

    def new_project(self: MainWindow) -> None:
        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        path, initials, scheme_name, videos = dialog.values()
        try:
            scheme = resolve(scheme_name)
            project = create_project(path)
        except (SchemeError, ProjectFileError, OSError) as exc:
            QMessageBox.warning(self, "New project", str(exc))
            return
        coder = add_coder(project, initials)
        problems = []
        for video in videos:
            try:
                clip = add_clip(project, video)
                start_session(project, clip, coder, scheme)
            except (MediaError, ValueError) as exc:
                problems.append(str(exc))
        self.set_project(project)
        self._remember(path)
        if problems:
            QMessageBox.warning(self, "Some clips were not added", "\n".join(problems))

    def choose_project(self: MainWindow) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", "vig-annotator project (*.vigproj)")
        if path:
            self._open_reporting(Path(path))

    def _open_reporting(self: MainWindow, path: Path) -> None:
        try:
            self.open_path(path)
        except (ProjectFileError, MediaError, ValueError, OSError) as exc:
            QMessageBox.warning(self, "Cannot open", str(exc))

    def choose_clips(self: MainWindow) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add clips", "", VIDEO_FILTER)
        self.add_clips([Path(p) for p in paths])

    def add_clips(self: MainWindow, paths: list[Path]) -> None:
        """Add clips to the project, each with a session for the current coder and scheme."""
        ws = self.workspace
        if ws.project is None or ws.session is None or ws.scheme is None:
            if paths:
                self._open_reporting(paths[0])
            return
        coder = ws.project.coder(ws.session.coder_id)
        problems: list[str] = []
        added = None
        for path in paths:
            try:
                clip = add_clip(ws.project, path)
                added = start_session(ws.project, clip, coder, ws.scheme)
            except (MediaError, ValueError, OSError) as exc:
                problems.append(str(exc))
        self._refresh_sessions()
        if added is not None:
            ws.set_session(added.id)
        if problems:
            QMessageBox.warning(self, "Not added", "\n".join(problems) + "\n\nThe project is unchanged for these.")

    def new_session(self: MainWindow) -> None:
        ws = self.workspace
        if ws.project is None or ws.clip is None:
            return
        initials, ok = QInputDialog.getText(self, "New session", "Coder initials or pseudonym:")
        if not ok or not initials.strip():
            return
        names = [f"{s.id} {s.version}" for s in ws.project.schemes]
        choice, ok = QInputDialog.getItem(self, "New session", "Scheme:", names, 0, False)
        if not ok:
            return
        scheme = ws.project.schemes[names.index(choice)]
        session = start_session(ws.project, ws.clip, add_coder(ws.project, initials), scheme)
        self._refresh_sessions()
        ws.set_session(session.id)

    def relink_current(self: MainWindow) -> None:
        ws = self.workspace
        if ws.project is None or ws.clip is None or not clip_store.is_missing(ws.project, ws.clip):
            return
        if relink_clip(self, ws.project, ws.clip):
            ws.set_session(ws.session.id if ws.session else None)

    def edit_clip_details(self: MainWindow) -> None:
        ws = self.workspace
        if ws.project is None or ws.clip is None:
            return
        dialog = ClipDetailsDialog(ws.clip, self)
        if dialog.exec():
            after = dialog.changed_clip()
            if after != ws.clip:
                ws.push(commands.edit("Edit clip details", [(ws.clip, after)]))
                self._on_session_changed()

    def _warn_overdue(self: MainWindow) -> None:
        """Tell the user about clips past their delete-by date (information governance)."""
        from datetime import date

        ws = self.workspace
        if ws.project is None:
            return
        today = date.today().isoformat()
        overdue = [c for c in ws.project.clips if c.delete_by and c.delete_by < today]
        if overdue:
            names = ", ".join(f"{c.case_id} (delete by {c.delete_by})" for c in overdue)
            QMessageBox.warning(self, "Past delete-by date",
                                f"These clips are past their delete-by date: {names}.\n"
                                "Delete the footage and its codings as your data-protection policy requires.")

    def set_reaction_lag(self: MainWindow) -> None:
        value, ok = QInputDialog.getInt(self, "Reaction lag", "Shift key presses back by (ms):",
                                        self.workspace.reaction_lag_ms, 0, 2000, 10)
        if ok:
            self.workspace.set_reaction_lag(value)
            self.settings.setValue("reaction_lag_ms", value)

    def export(self: MainWindow, fmt: str) -> None:
        from vig_annotator.io import export as exporting

        ws = self.workspace
        if ws.project is None or ws.session is None:
            return
        suggested = str(Path(ws.project.path).with_name(f"{ws.clip.case_id if ws.clip else 'export'}.{fmt}"))
        path, _ = QFileDialog.getSaveFileName(self, f"Export {fmt.upper()}", suggested)
        if not path:
            return
        try:
            written = exporting.export(ws.project, fmt, path, [ws.session.id])
        except (ValueError, KeyError, OSError) as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return
        self.show_status(f"Exported {', '.join(p.name for p in written)}")

    def import_file(self: MainWindow) -> None:
        try:
            from vig_annotator.qt.import_dialog import ImportDialog
        except ImportError:
            self.show_status("Import is not available in this build")
            return
        ws = self.workspace
        if ws.project is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Import", "", "Coded files (*.eaf *.boris *.csv *.xlsx)")
        if path:
            dialog = ImportDialog(ws.project, path, self, ws.undo)
            dialog.exec()
            if dialog.session is not None:
                ws.set_session(dialog.session.id)
                self.show_status(f"Imported {Path(path).name} as session {dialog.session.id}")

    def review_pack(self: MainWindow) -> None:
        try:
            from vig_annotator.qt.review_pack_dialog import ReviewPackDialog
        except ImportError:
            self.show_status("The review pack is not available in this build")
            return
        ws = self.workspace
        if ws.project is not None and ws.session is not None:
            ReviewPackDialog(ws.project, ws.session.id, self).exec()

    def save_still(self: MainWindow) -> None:
        ws = self.workspace
        path = ws.clip_path()
        if path is None:
            return
        frame = self.clock.frame
        suggested = str(Path(ws.project.path if ws.project else ".").with_name(
            f"{ws.clip.case_id if ws.clip else 'still'}_frame{frame:06d}.png"))
        out, _ = QFileDialog.getSaveFileName(self, "Save still", suggested, "PNG (*.png)")
        if not out:
            return
        try:
            from vig_annotator.media.frames import save_still

            save_still(path, frame, out, ws.timebase)
        except (ImportError, MediaError, OSError) as exc:
            QMessageBox.warning(self, "Still not saved", str(exc))
            return
        self.show_status(f"Saved frame {frame} to {out}")

    def compare_sessions(self: MainWindow) -> None:
        try:
            from vig_annotator.qt.reliability_view import ReliabilityView
        except ImportError:
            self.show_status("Reliability is not available in this build")
            return
        ws = self.workspace
        if ws.project is None or ws.session is None:
            return
        others = [s for s in ws.project.sessions_of_clip(ws.session.clip_id)
                  if s.id != ws.session.id and s.scheme_key == ws.session.scheme_key]
        if not others:
            QMessageBox.information(self, "Compare", "No other session codes this clip with the same scheme.")
            return
        names = [session_title(ws.project, s) for s in others]
        choice, ok = QInputDialog.getItem(self, "Compare with", "Second session:", names, 0, False)
        if not ok:
            return
        view = ReliabilityView(ws.project, ws.session.id, others[names.index(choice)].id, self.clock.seek)
        self.show_in_dock("Reliability", "dock_reliability", view)

    def show_in_dock(self: MainWindow, title: str, name: str, view: QWidget) -> None:
        """A closable panel at the bottom for a view that lives as long as it is open."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(view)
        dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [max(view.minimumSizeHint().height(), 320)], Qt.Orientation.Vertical)
        dock.raise_()

    def about(self: MainWindow) -> None:
        QMessageBox.about(self, "About vig-annotator",
                          f"vig-annotator {__version__}\nCoding parent–infant interaction video.\n"
                          "Works offline; sends nothing anywhere. Every edit is saved as you make it.")

"""File ▸ Review pack: choose a folder and flavour, build in the background with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from vig_annotator.core.project import Project
from vig_annotator.media.excerpt import Cancelled
from vig_annotator.qt import jobs
from vig_annotator.qt.i18n import tr
from vig_annotator.review.consent import ConsentError, check_consent
from vig_annotator.review.pack import PAGE, PackOptions, build_pack, log_pack


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(str)
    failed = Signal(str)


class ReviewPackDialog(QDialog):
    """Builds the pack off the GUI thread; the project is only touched (export log) when it is done."""

    def __init__(self, project: Project, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.session_id = session_id
        self.result_path: Path | None = None
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.setWindowTitle(tr("Shared-review pack"))
        self.resize(560, 260)
        form = QFormLayout(self)
        clip = project.clip(project.session(session_id).clip_id)
        base = Path(project.path).parent if project.path else Path.home()
        row = QHBoxLayout()
        self.folder = QLineEdit(str(base / f"{clip.case_id}_review_pack"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose)
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(tr("New folder"), row)
        self.flavour = QComboBox()
        self.flavour.addItem(tr("Shared review with the parent"), "review")
        self.flavour.addItem(tr("Supervision (adds my notes)"), "supervision")
        form.addRow(tr("Pack for"), self.flavour)
        self.override = QLineEdit()
        self.override.setPlaceholderText(tr("only if consent is missing: why (logged in the project)"))
        try:
            check_consent(clip)
            self.override.setEnabled(False)
            consent = tr("covered ({scopes})").format(scopes=", ".join(clip.consent))
        except ConsentError as exc:
            consent = tr("<b>not recorded</b>: {reason}").format(reason=exc)
        note = QLabel(tr("Consent: {consent}").format(consent=consent))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(tr("Override"), self.override)
        self.cameras = QCheckBox(tr("Stills and excerpts show the clip's cameras side by side"))
        self.cameras.setVisible(bool(project.sources(clip.id)))
        self.cameras.setChecked(bool(project.sources(clip.id)))
        form.addRow(self.cameras)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.bar)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Build pack"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        form.addRow(self.buttons)
        self.signals = _Signals(self)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Where to put the pack"))
        if path:
            self.folder.setText(str(Path(path) / Path(self.folder.text()).name))

    def start(self) -> None:
        if self._thread is not None:
            return
        options = PackOptions(self.flavour.currentData(), 0.5, self.override.text(),
                              cameras=self.cameras.isChecked())
        self._options = options
        out = Path(self.folder.text())
        try:  # recorded before anything is built (audit first), on the thread that owns the project
            check_consent(self.project.clip(self.project.session(self.session_id).clip_id), options.override_reason)
            log_pack(self.project, self.session_id, out, options)
        except (ValueError, OSError) as exc:
            self.status.setText(tr("Not built: {reason}").format(reason=exc))
            return
        self._cancel.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.status.setText(tr("Building…"))

        def work() -> None:
            try:
                path = build_pack(self.project, self.session_id, out, options,
                                  lambda f, text: self.signals.progress.emit(f, text), self._cancel.is_set,
                                  log=False)
            except Cancelled:
                self.signals.failed.emit(tr("Cancelled: nothing was written."))
            except Exception as exc:  # noqa: BLE001 - shown to the user; nothing half-written
                self.signals.failed.emit(tr("Not built: {reason}").format(reason=exc))
            else:
                self.signals.finished.emit(str(path))

        self._thread = jobs.start_worker(work, "review-pack", self._cancel.set)

    def cancel(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._cancel.set()
            self.status.setText(tr("Cancelling…"))
        else:
            self.reject()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.status.setText(text)

    def _on_finished(self, path: str) -> None:
        self._thread = None
        self.result_path = Path(path)
        self.bar.setValue(1000)
        self.status.setText(tr("Done: {page}").format(page=Path(path) / PAGE))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        show = self.buttons.addButton(tr("Open page"), QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path) / PAGE))))

    def _on_failed(self, message: str) -> None:
        self._thread = None
        self.bar.setValue(0)
        self.status.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

"""File ▸ Import: read an EAF, BORIS or table file, map what it calls its codes, import as a new session."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core.model import Scheme, Session
from vig_annotator.core.project import Project
from vig_annotator.io.boris import read_boris
from vig_annotator.io.eaf_read import TierFile
from vig_annotator.io.importing import Imported, ImportProblem, plan_import, resolve_code
from vig_annotator.io.table_import import read_table
from vig_annotator.io.tier_choice import imported_from, is_textgrid, plan_tiers, read_tier_file
from vig_annotator.qt.i18n import tr, tr_noop, tr_term
from vig_annotator.qt.jobs import Job, run_in_background
from vig_annotator.qt.tier_list import TierList

BACKGROUND_FROM = 5_000
"""Imports of this many events or more are checked on a worker thread (smaller ones are instant)."""
SKIP = tr_noop("(skip)")
ADD = tr_noop("(add as a new code)")


def read_any(path: Path) -> Imported | TierFile:
    """What a file holds: an EAF's or TextGrid's tiers (chosen in the dialog), or a BORIS file's or table's events."""
    suffix = path.suffix.lower()
    if suffix == ".eaf" or is_textgrid(path):
        return read_tier_file(path)
    if suffix == ".boris":
        return read_boris(path)
    if suffix in (".csv", ".xlsx"):
        return read_table(path)
    raise ImportProblem(str(path), [tr("choose an .eaf, .TextGrid, .boris, .csv or .xlsx file")])


class ImportDialog(QDialog):
    """Shows each name the file uses, how many events carry it, and the scheme code it will become."""

    def __init__(self, project: Project, path: str | Path, parent: QWidget | None = None,
                 read: Callable[[Path], Imported | TierFile] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path)
        self.session: Session | None = None
        self.job: Job | None = None
        self.setWindowTitle(tr("Import {name}").format(name=self.path.name))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tiers: TierList | None = None
        self.imported: Imported | None = None
        try:
            loaded = (read or read_any)(self.path)
        except ImportProblem as exc:
            self.imported = None
            self.message.setText(tr("<b>This file cannot be imported.</b>") + "<br>" + "<br>".join(
                f"{self.path.name}: {p}" for p in exc.problems))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        self.imported = loaded if isinstance(loaded, Imported) else None
        planned = True
        if isinstance(loaded, TierFile):
            self.found = loaded
            self.tiers = TierList(loaded)
            self.tiers.ticked_changed.connect(self._tiers_changed)
            layout.addWidget(QLabel(tr("Tiers to import (hover over an unticked tier to see why it is left out):")))
            layout.addWidget(self.tiers, 1)
            planned = self._plan_tiers()
        assert self.imported is not None
        form = QFormLayout()
        self.scheme = QComboBox()
        for scheme in project.schemes:
            self.scheme.addItem(f"{tr_term(scheme.name)} {scheme.version}", scheme.key)
        self.scheme.currentIndexChanged.connect(lambda _i: self._fill())
        form.addRow(tr("Scheme"), self.scheme)
        self.clip = QComboBox()
        for clip in project.clips:
            self.clip.addItem(clip.case_id, clip.id)
            if clip.fingerprint == self.imported.fingerprint or Path(clip.path).name in self.imported.media_names:
                self.clip.setCurrentIndex(self.clip.count() - 1)
        form.addRow(tr("Clip"), self.clip)
        self.coder = QLineEdit(self.imported.coder or "IMPORT")
        form.addRow(tr("Coder"), self.coder)
        layout.addLayout(form)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("in the file"), tr("events"), tr("becomes")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: the check reports no steps
        self.busy.setVisible(False)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("Import"))
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.tiers is None or planned:
            self._say_count()
        self._fill()

    def _say_count(self) -> None:
        assert self.imported is not None
        if self.tiers is not None and not self.tiers.ticked():
            self.message.setText(tr("<b>Tick the tiers to import.</b>"))
            return
        self.message.setText(tr("%n event(s) in {name}. Choose the code each name becomes; nothing is imported "
                                "until every name is mapped, skipped or added.", n=len(self.imported.records)
                                ).format(name=self.path.name))

    def _plan_tiers(self) -> bool:
        """The events of the ticked tiers, through the import plan the command line uses; False if they cannot be."""
        assert self.tiers is not None
        ticked = self.tiers.ticked()
        self.imported = Imported(str(self.path))
        if ticked:
            try:
                self.imported = imported_from(self.found, plan_tiers(self.found, ticked))
            except ImportProblem as exc:
                self.message.setText(tr("<b>These tiers cannot be imported:</b> {reason}").format(reason=exc))
                return False
        return True

    def _tiers_changed(self) -> None:
        if self._plan_tiers():
            self._say_count()
        self._fill()

    def current_scheme(self) -> Scheme:
        return self.project.scheme(*self.scheme.currentData())

    def _fill(self) -> None:
        assert self.imported is not None
        scheme = self.current_scheme()
        counts = Counter(r.code for r in self.imported.records)
        self.table.setRowCount(len(counts))
        self.choices: dict[str, QComboBox] = {}
        for row, (name, count) in enumerate(sorted(counts.items())):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(count)))
            combo = QComboBox()
            combo.addItem(tr("— choose —"), None)
            for code in scheme.codes:
                combo.addItem(f"{tr_term(code.label)} ({code.id})", code.id)
            combo.addItem(tr(SKIP), SKIP)
            combo.addItem(tr(ADD), ADD)
            found = resolve_code(name, scheme, {})
            if found is not None:
                combo.setCurrentIndex(combo.findData(found.id))
            self.table.setCellWidget(row, 2, combo)
            self.choices[name] = combo

    def do_import(self) -> None:
        assert self.imported is not None
        mapping: dict[str, str] = {}
        skip: list[str] = []
        add = False
        undecided = []
        for name, combo in self.choices.items():
            choice = combo.currentData()
            if choice is None:
                undecided.append(name)
            elif choice == SKIP:
                skip.append(name)
            elif choice == ADD:
                add = True
            else:
                mapping[name] = choice
        if self.tiers is not None and not self.imported.records:
            self.message.setText(tr("<b>Nothing to import:</b> tick a tier with annotations."))
            return
        if undecided:
            self.message.setText(tr("<b>Choose what these become:</b> {names}").format(names=", ".join(undecided)))
            return
        args = (self.project, self.imported, self.clip.currentData(), self.coder.text().strip() or "IMPORT",
                self.current_scheme(), mapping, add, skip)
        if len(self.imported.records) < BACKGROUND_FROM:  # small: instant, in place
            try:
                planned = plan_import(*args)
            except (ImportProblem, ValueError, PermissionError) as exc:
                self._planned(None, exc)
                return
            self._planned(planned, None)
            return
        self.message.setText(tr("Checking {n} event(s)…").format(n=f"{len(self.imported.records):,}"))
        self.import_button.setEnabled(False)
        self.busy.setVisible(True)
        self.job = run_in_background(lambda _cancelled: plan_import(*args),
                                     tr("Checking {name}…").format(name=self.path.name), self, self._planned,
                                     window=False)  # the dialog shows the progress and its Cancel cancels

    def _planned(self, planned: object, error: BaseException | None) -> None:
        """Run the planned import as one edit, here on the GUI thread, or say why nothing was imported."""
        self.job = None
        self.import_button.setEnabled(True)
        self.busy.setVisible(False)
        if error is None and isinstance(planned, tuple):
            command, session = planned
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file takes seconds to write
            try:
                self.project.run(command, initiator=self)
                self.session = session
            except (ValueError, PermissionError) as exc:
                error = exc
            finally:
                QApplication.restoreOverrideCursor()
        if error is not None:
            if not isinstance(error, ImportProblem | ValueError | PermissionError):
                raise error
            self.message.setText(tr("<b>Nothing was imported:</b> {reason}").format(reason=error))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel (or close): a check still running is abandoned, and nothing is imported."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        super().reject()

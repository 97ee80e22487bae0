"""File ▸ Import: read an EAF, BORIS or table file, map what it calls its codes, import as a new session.

The file goes through the import plan the command line uses (:mod:`vig_annotator.io.import_plan`): the
same default scheme and clip, the same edit and the same line in the project's log.
"""

from __future__ import annotations

import html
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
from vig_annotator.io.import_plan import (
    TABLE_FORMATS,
    ImportOptions,
    ImportPlan,
    Source,
    carry_out,
    choose_scheme,
    make_plan,
    matching_clip,
    read_source,
)
from vig_annotator.io.importing import Imported, ImportProblem, resolve_code
from vig_annotator.qt.i18n import tr, tr_noop, tr_term
from vig_annotator.qt.jobs import Job, run_in_background
from vig_annotator.qt.tier_list import TierList

BACKGROUND_FROM = 5_000
"""Imports of this many events or more are checked on a worker thread (smaller ones are instant)."""
SKIP = tr_noop("(skip)")
ADD = tr_noop("(add as a new code)")


def read_any(path: Path) -> Source:
    """What a file holds, read once: an EAF's or TextGrid's tiers (chosen in the dialog), or events."""
    try:
        return read_source(path, interactive=True)
    except ImportProblem as exc:
        if "--format" in str(exc):
            raise ImportProblem(str(path), [tr("choose an .eaf, .TextGrid, .boris, .csv or .xlsx file")]) from None
        raise


class ImportDialog(QDialog):
    """Shows each name the file uses, how many events carry it, and the scheme code it will become."""

    def __init__(self, project: Project, path: str | Path, parent: QWidget | None = None,
                 read: Callable[[Path], Source] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path)
        self.session: Session | None = None
        self.plan: ImportPlan | None = None
        self.log_problem = ""
        """Why the import is not in the project's log (the import itself went in)."""
        self.job: Job | None = None
        self.setWindowTitle(tr("Import {name}").format(name=self.path.name))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tiers: TierList | None = None
        try:
            self.source = (read or read_any)(self.path)
        except ValueError as exc:  # an ImportProblem lists each problem; a workbook over the limits names itself
            said = [f"{self.path.name}: {p}" for p in exc.problems] if isinstance(exc, ImportProblem) else [str(exc)]
            self.message.setText(tr("<b>This file cannot be imported.</b>") + "<br>" + "<br>".join(said))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        planned = True
        if self.source.tiers is not None:
            self.found = self.source.tiers
            self.tiers = TierList(self.found)
            self.tiers.ticked_changed.connect(self._tiers_changed)
            layout.addWidget(QLabel(tr("Tiers to import (hover over an unticked tier to see why it is left out):")))
            layout.addWidget(self.tiers, 1)
            planned = self._plan_tiers()
        form = QFormLayout()
        self.decimal: QComboBox | None = None
        self.observation = self._chooser(form, tr("Observation"), [(name, name) for name in self.source.observations],
                                         self.source.observation, self._observation_changed)
        if self.source.format in TABLE_FORMATS:
            self.decimal = self._chooser(form, tr("Decimal mark"), [(tr("as the file suggests"), None),
                                                     (tr("comma (1,5 s)"), "comma"), (tr("point (1.5 s)"), "point")],
                          self.source.decimal, self._decimal_changed)
        self.scheme = QComboBox()
        self.schemes: list[Scheme] = []  # in the order of the drop-down
        for scheme in project.schemes:
            self._add_scheme(scheme, f"{tr_term(scheme.name)} {scheme.version}")
        if self.source.ethogram is not None and not self._has_scheme(self.source.ethogram):
            self._add_scheme(self.source.ethogram, tr("{name} {version} (the file's ethogram)").format(
                name=self.source.ethogram.name, version=self.source.ethogram.version))
        self._default_scheme()
        self.scheme.currentIndexChanged.connect(lambda _i: self._fill())
        form.addRow(tr("Scheme"), self.scheme)
        self.clip = QComboBox()
        for clip in project.clips:
            self.clip.addItem(clip.case_id, clip.id)
        self._default_clip()
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
        if self.source.ethogram_only:
            assert self.source.ethogram is not None
            for widget in (self.scheme, self.clip, self.coder, self.table):
                widget.setEnabled(False)
            self.message.setText(tr("{name} has no observations: its ethogram ({n} codes) comes in as scheme "
                                    "{scheme} {version}, to code with.").format(
                name=self.path.name, n=len(self.source.ethogram.codes), scheme=self.source.ethogram.name,
                version=self.source.ethogram.version))
        elif self.tiers is None or planned:
            self._say_count()
        self._fill()

    @property
    def imported(self) -> Imported:
        """The events of the file as now chosen (tiers, observation, decimal mark)."""
        return self.source.imported

    def _chooser(self, form: QFormLayout, label: str, items: list[tuple[str, str | None]], current: str | None,
                 changed: Callable[[str | None], None]) -> QComboBox | None:
        """A drop-down in the form for a choice the file leaves open; None when there is nothing to choose."""
        if not items:
            return None
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(lambda _i: changed(combo.currentData()))
        form.addRow(label, combo)
        return combo

    def _add_scheme(self, scheme: Scheme, text: str) -> None:
        self.schemes.append(scheme)
        self.scheme.addItem(text)

    def _has_scheme(self, scheme: Scheme) -> bool:
        return any(s.key == scheme.key for s in self.schemes)

    def _default_scheme(self) -> None:
        """Select the scheme the command line would choose for these events."""
        chosen = choose_scheme(self.project, self.source)
        if not self._has_scheme(chosen):
            self._add_scheme(chosen, f"{tr_term(chosen.name)} {chosen.version}")
        self.scheme.setCurrentIndex(next(i for i, s in enumerate(self.schemes) if s.key == chosen.key))

    def _default_clip(self) -> None:
        """Select the clip the file says it codes (as the command line finds it)."""
        found = matching_clip(self.project, self.imported)
        if found is not None:
            self.clip.setCurrentIndex(self.clip.findData(found.id))

    def _chosen_again(self) -> None:
        """Other events were chosen: say what they are (or why there are none) and map their names."""
        if self.source.problem is not None:
            self._say_problem()
        else:
            self._say_count()
            self._default_scheme()
            self._default_clip()
            self.coder.setText(self.imported.coder or self.coder.text())
        self._fill()

    def _say_problem(self) -> None:
        """Why the chosen observation or decimal mark gives nothing to import, each problem with the file's name."""
        assert self.source.problem is not None
        self.message.setText(tr("<b>Nothing to import as chosen:</b> {reason}").format(reason="<br>".join(
            html.escape(f"{self.path.name}: {p}") for p in self.source.problem.problems)))

    def _observation_changed(self, name: str | None) -> None:
        self.source.choose(lambda: self.source.choose_observation(name))
        self._chosen_again()

    def _decimal_changed(self, decimal: str | None) -> None:
        self.source.choose(lambda: self.source.choose_decimal(decimal))
        self._chosen_again()

    def _say_count(self) -> None:
        if self.source.problem is not None:
            self._say_problem()
            return
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
        self.source.imported = Imported(str(self.path))
        if ticked:
            try:
                self.source.choose_tiers(ticked)
            except ImportProblem as exc:
                self.message.setText(tr("<b>These tiers cannot be imported:</b> {reason}").format(reason=exc))
                return False
        return True

    def _tiers_changed(self) -> None:
        if self._plan_tiers():
            self._say_count()
        self._fill()

    def current_scheme(self) -> Scheme:
        return self.schemes[self.scheme.currentIndex()]

    def _fill(self) -> None:
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

    def options(self) -> ImportOptions | None:
        """The import as the user has set it up; None (and a message saying what is missing) if it is not yet."""
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
        if self.source.problem is not None:
            self._say_problem()
            return None
        if not self.source.ethogram_only and not self.imported.records:
            self.message.setText(tr("<b>Nothing to import:</b> tick a tier with annotations."))
            return None
        if undecided:
            self.message.setText(tr("<b>Choose what these become:</b> {names}").format(names=", ".join(undecided)))
            return None
        return ImportOptions(coder=self.coder.text().strip() or "IMPORT", mapping=mapping, skip=tuple(skip),
                             add_codes=add)

    def do_import(self) -> None:
        options = self.options()
        if options is None:
            return
        clip_id = self.clip.currentData()
        project, source, scheme = self.project, self.source, self.current_scheme()
        clip = project.clip(clip_id) if clip_id is not None else None

        def plan() -> ImportPlan:
            return make_plan(project, source, options, scheme=scheme, clip=clip)

        if len(self.imported.records) < BACKGROUND_FROM:  # small: instant, in place
            try:
                planned = plan()
            except (ImportProblem, ValueError, PermissionError) as exc:
                self._planned(None, exc)
                return
            self._planned(planned, None)
            return
        self.message.setText(tr("Checking {n} event(s)…").format(n=f"{len(self.imported.records):,}"))
        self.import_button.setEnabled(False)
        self.busy.setVisible(True)
        self.job = run_in_background(lambda _cancelled: plan(),
                                     tr("Checking {name}…").format(name=self.path.name), self, self._planned,
                                     window=False)  # the dialog shows the progress and its Cancel cancels

    def _planned(self, planned: object, error: BaseException | None) -> None:
        """Carry out the planned import as one edit, here on the GUI thread, or say why nothing was imported."""
        from vig_annotator.io.export import ExportNotLoggedError

        self.job = None
        self.import_button.setEnabled(True)
        self.busy.setVisible(False)
        if error is None and isinstance(planned, ImportPlan):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file takes seconds to write
            try:
                carry_out(self.project, planned, initiator=self)
            except ExportNotLoggedError as exc:  # it is in, but not in the log: said in the status bar
                self.log_problem = str(exc)
            except (ValueError, PermissionError) as exc:
                error = exc
            finally:
                QApplication.restoreOverrideCursor()
            if error is None:
                self.plan, self.session = planned, planned.session
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

"""Small dialogs: new project, go to time, relink a missing clip, shortcuts help, modifiers popup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
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
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.core import keymap
from vig_annotator.core.case_ids import pseudonym
from vig_annotator.core.model import Clip, Code
from vig_annotator.core.project import Project
from vig_annotator.core.timebase import Timebase, parse_timecode
from vig_annotator.qt.file_filters import project_filter, video_filter
from vig_annotator.qt.i18n import tr, tr_keys, tr_noop, tr_term
from vig_annotator.qt.style import text_height
from vig_annotator.store import clips as clip_store
from vig_annotator.store.urls import PROJECT_SUFFIX

SCHEME_CHOICES = (("piios", "PIIOS"), ("vig", "VIG"),
                  ("mind_mindedness", tr_noop("Transcript and mind-mindedness")),
                  ("demo", tr_noop("demo (to try things)")))
CONSENT_SCOPES = (("direct_care", tr_noop("Direct care")), ("supervision", tr_noop("Supervision")),
                  ("training", tr_noop("Training events")), ("research", tr_noop("Research")))
@dataclass(frozen=True)
class NewProject:
    """What the new-project dialog gathered."""

    path: Path
    coder: str
    scheme: str
    """A built-in scheme's name or a scheme file's path."""
    case_id: str
    consent: tuple[str, ...]
    clips: tuple[Path, ...]


class NewProjectDialog(QDialog):
    """One dialog for a new project: clips, scheme, case ID (a pseudonym), coder, consent, project file.

    Everything has a default (the last coder, scheme and consent used; a fresh pseudonym; the file
    beside the video), so opening a video is still two clicks: the video, then Create.
    """

    def __init__(self, parent: QWidget | None = None, videos: Sequence[Path] = (), folder: Path | None = None,
                 coder: str = "", scheme: str = "piios", consent: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New project"))
        self.folder = folder or Path.home()
        self._path_edited = False
        form = QFormLayout(self)
        self.clips = QListWidget()
        self.clips.setAccessibleName(tr("Clips"))
        self.clips.setMaximumHeight(text_height(self.clips, 4.5))
        self.clips.addItems([str(v) for v in videos])
        add = QPushButton(tr("Add clips…"))
        add.clicked.connect(self._add_clips)
        form.addRow(tr("Clips"), self.clips)
        form.addRow("", add)
        self.scheme = QComboBox()
        self.scheme.setAccessibleName(tr("Scheme"))
        for name, label in SCHEME_CHOICES:
            self.scheme.addItem(tr(label), name)
        self.scheme.addItem(tr("From file…"), "")
        if scheme and self.scheme.findData(scheme) < 0 and Path(scheme).is_file():
            self.scheme.insertItem(len(SCHEME_CHOICES), Path(scheme).name, scheme)
        self.scheme.setCurrentIndex(max(self.scheme.findData(scheme), 0))
        self.scheme.activated.connect(self._choose_scheme)
        form.addRow(tr("Scheme"), self.scheme)
        self.case_id = QLineEdit(pseudonym())
        self.case_id.setAccessibleName(tr("Case ID"))
        self.case_id.setToolTip(tr("A pseudonymous case ID — never the family's name or the video's file name. "
                                "Further clips get -2, -3…"))
        self.case_id.textEdited.connect(self._case_edited)
        form.addRow(tr("Case ID"), self.case_id)
        self.coder = QLineEdit(coder)
        self.coder.setAccessibleName(tr("Coder"))
        self.coder.setPlaceholderText(tr("initials or pseudonym — not a full name"))
        form.addRow(tr("Coder"), self.coder)
        self.consent: dict[str, QCheckBox] = {}
        consent_row = QHBoxLayout()
        for scope, label in CONSENT_SCOPES:
            box = QCheckBox(tr(label))
            box.setChecked(scope in consent)
            self.consent[scope] = box
            consent_row.addWidget(box)
        form.addRow(tr("Consent"), consent_row)
        row = QHBoxLayout()
        self.path = QLineEdit(str(self._default_path()))
        self.path.setAccessibleName(tr("Project file"))
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(tr("Project file"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if not coder:
            self.coder.setFocus()

    def _default_path(self) -> Path:
        """Beside the first video (else in the folder), named by the case ID — never by the video's name."""
        folder = Path(self.clips.item(0).text()).parent if self.clips.count() else self.folder
        case = self.case_id.text().strip().replace("/", "_").replace("\\", "_")
        return folder / f"{case or 'project'}{PROJECT_SUFFIX}"

    def _case_edited(self, _text: str) -> None:
        if not self._path_edited:
            self.path.setText(str(self._default_path()))

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New project"), self.path.text(),
                                              project_filter())
        if path:
            self._path_edited = True
            self.path.setText(path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)

    def _choose_scheme(self, index: int) -> None:
        if self.scheme.itemData(index) == "":
            path, _ = QFileDialog.getOpenFileName(self, tr("Scheme file"), str(self.folder), tr("Scheme (*.json)"))
            if path:
                self.scheme.insertItem(index, Path(path).name, path)
                self.scheme.setCurrentIndex(index)
            else:
                self.scheme.setCurrentIndex(0)

    def _add_clips(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add clips"), str(self.folder), video_filter())
        if paths:
            self.folder = Path(paths[0]).parent  # a second "Add clips…" opens where the first one chose
        self.clips.addItems(paths)
        if not self._path_edited:
            self.path.setText(str(self._default_path()))

    def problem(self) -> str:
        """Why the dialog cannot be accepted as filled in ("" when it can)."""
        v = self.values()
        if not str(v.path).strip() or v.path.suffix != PROJECT_SUFFIX:
            return tr("Choose where to save the project (a .vigproj file).")
        if v.path.exists():
            return tr("{path} already exists: open it with File ▸ Open project, or choose another name.").format(
                path=v.path)
        if not v.coder:
            return tr("Give the coder's initials or a pseudonym.")
        if not v.case_id:
            return tr("Give a case ID (a pseudonym).")
        if any(v.case_id.lower() == c.stem.lower() for c in v.clips):
            return tr("The case ID is the video's file name: use a pseudonym (packs carry the case ID).")
        if not v.scheme:
            return tr("Choose a scheme.")
        return ""

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, tr("New project"), problem)
            return
        self.accept()

    def values(self) -> NewProject:
        clips = tuple(Path(self.clips.item(i).text()) for i in range(self.clips.count()))
        return NewProject(Path(self.path.text().strip()), self.coder.text().strip(),
                          str(self.scheme.currentData() or ""), self.case_id.text().strip(),
                          tuple(scope for scope, box in self.consent.items() if box.isChecked()), clips)


def ask_time(parent: QWidget, timebase: Timebase, now_ms: int) -> int | None:
    """Go to a timecode (HH:MM:SS.mmm) or a frame number (``#123`` or ``f123``)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Go to"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(tr("Timecode (HH:MM:SS.mmm) or frame number (#123):")))
    edit = QLineEdit()
    edit.setAccessibleName(tr("Time or frame"))
    layout.addWidget(edit)
    error = QLabel()
    error.setProperty("role", "error")  # its colour: ui/theme/app.qss
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    result: list[int] = []

    def accept() -> None:
        try:
            result.append(parse_target(edit.text(), timebase))
        except ValueError as exc:
            error.setText(str(exc))
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    dialog.exec()
    return result[0] if result else None


def parse_target(text: str, timebase: Timebase) -> int:
    raw = text.strip().lower()
    if raw.startswith(("#", "f")):
        digits = raw.lstrip("#f").strip()
        if not digits.isdigit():
            raise ValueError(tr("{text} is not a frame number").format(text=repr(text)))
        frame = int(digits)
        if frame >= timebase.frame_count:
            raise ValueError(tr("the clip has frames 0–{last}").format(last=timebase.frame_count - 1))
        return timebase.ms_of(frame)
    ms = parse_timecode(raw)
    if ms > timebase.duration_ms:
        raise ValueError(tr("that is past the end of the clip"))
    return ms


def relink_clip(parent: QWidget, project: Project, clip: Clip) -> bool:
    """Offer to find a missing clip by fingerprint, or to choose the file; True if relinked."""
    expected = clip_store.resolve(project, clip)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Clip not found"))
    box.setText(tr("The clip {case} is not at\n{path}").format(case=clip.case_id, path=expected))
    box.setInformativeText(tr("Search near the project for the same file (by content), or choose it."))
    search = box.addButton(tr("Search"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(tr("Choose file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    found: Path | None = None
    if clicked is search:
        base = clip_store.project_folder(project)  # a team project's: this computer's media folder
        found = clip_store.find_by_fingerprint(clip, [base, base.parent])
        if found is None:
            QMessageBox.information(parent, tr("Clip not found"), tr("No file with the same content was found."))
            return False
    elif clicked is choose:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Where is {case}?").format(case=clip.case_id), "",
                                                video_filter())
        found = Path(chosen) if chosen else None
    if found is None:
        return False
    try:
        clip_store.relink(project, clip, found)
    except clip_store.RelinkError as exc:
        QMessageBox.warning(parent, tr("Not the same clip"), str(exc))
        return False
    return True


class ShortcutsDialog(QDialog):
    """The help overlay: every shortcut, and the session's code keys."""

    def __init__(self, codes: list[Code], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        rows = [(tr_keys(keys), tr(does)) for keys, does in keymap.help_rows()]
        rows += [(c.key.upper(), f"{tr_term(c.label)} ({tr(c.kind.value)})") for c in codes if c.key]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("Key"), tr("Does")])
        for i, (key, does) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(key))
            table.setItem(i, 1, QTableWidgetItem(does))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)


def modifier_menu(parent: QWidget, code: Code, at: QPoint,
                  chosen: Callable[[tuple[tuple[str, tuple[str, ...]], ...]], None]) -> QMenu | None:
    """A non-blocking popup for the code's first modifier set without a default (keys 1–9)."""
    missing = [m for m in code.modifiers if not m.default]
    if not missing:
        return None
    mset = missing[0]
    menu = QMenu(parent)
    menu.setTitle(f"{code.label}: {mset.name}")
    menu.addSection(f"{code.label}: {mset.name}")
    for n, option in enumerate(mset.options, start=1):
        action = QAction(f"&{n} {option}" if n < 10 else option, menu)
        action.triggered.connect(lambda _=False, o=option: chosen(((mset.name, (o,)),)))
        menu.addAction(action)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(at)
    return menu


class ClipDetailsDialog(QDialog):
    """Case ID, infant age, context, consent scopes and delete-by date of a clip."""

    def __init__(self, clip: Clip, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit, QSpinBox

        super().__init__(parent)
        self.clip = clip
        self.setWindowTitle(tr("Clip details — {case}").format(case=clip.case_id))
        form = QFormLayout(self)
        self.case_id = QLineEdit(clip.case_id)
        self.case_id.setToolTip(tr("A pseudonymous case ID — never the family's name"))
        form.addRow(tr("Case ID"), self.case_id)
        self.age = QSpinBox()
        self.age.setRange(-1, 3650)
        self.age.setSpecialValueText(tr("not recorded"))
        self.age.setSuffix(tr(" days"))
        self.age.setValue(clip.infant_age_days if clip.infant_age_days is not None else -1)
        form.addRow(tr("Infant age at recording"), self.age)
        self.context = QLineEdit(clip.context)
        form.addRow(tr("Context"), self.context)
        self.scopes: dict[str, QCheckBox] = {}
        for scope, label in CONSENT_SCOPES:
            box = QCheckBox(tr(label))
            box.setChecked(scope in clip.consent)
            self.scopes[scope] = box
            form.addRow(tr("Consent") if scope == "direct_care" else "", box)
        self.delete_by = QDateEdit()
        self.delete_by.setCalendarPopup(True)
        self.delete_by.setDisplayFormat("yyyy-MM-dd")
        self.has_delete_by = QCheckBox(tr("Delete by"))
        if clip.delete_by:
            self.has_delete_by.setChecked(True)
            self.delete_by.setDate(QDate.fromString(clip.delete_by, "yyyy-MM-dd"))
        else:
            self.delete_by.setDate(QDate.currentDate().addYears(1))
        form.addRow(self.has_delete_by, self.delete_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed_clip(self) -> Clip:
        from dataclasses import replace

        return replace(
            self.clip, case_id=self.case_id.text().strip() or self.clip.case_id,
            infant_age_days=self.age.value() if self.age.value() >= 0 else None,
            context=self.context.text().strip(),
            consent=tuple(scope for scope, box in self.scopes.items() if box.isChecked()),
            delete_by=self.delete_by.date().toString("yyyy-MM-dd") if self.has_delete_by.isChecked() else "",
        )

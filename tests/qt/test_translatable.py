"""Every user-visible string in the GUI can be translated: an AST scan of vig_annotator/qt.

A string literal handed to a Qt text setter, a widget constructor, a message box, a file dialog or
the status bar must be wrapped in ``tr()`` (vig_annotator.qt.i18n) — otherwise a Dutch or German user
sees English there, and no catalogue can fix it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

QT = Path(__file__).resolve().parents[2] / "vig_annotator" / "qt"

SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setLabelText", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setAccessibleName", "showMessage", "addMenu", "addAction", "addTab", "setTabText", "addRow",
    "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText", "setDetailedText",
    "setCancelButtonText", "setOkButtonText", "insertTab", "addItem", "addItems", "insertItem", "setItemText",
    "addButton", "show_status", "show_message", "show_problem", "show_open_problem", "show_in_dock",
    "setDefaultSuffix", "setNameFilter", "setWindowIconText",
}
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolBar", "QDockWidget", "QProgressDialog",
}
STATIC_DIALOGS = {
    "warning", "information", "question", "critical", "about", "getText", "getItem", "getInt",
    "getDouble", "getMultiLineText", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory",
}
TEXT_ARGUMENT = {"addItem": 0, "insertItem": 1, "show_in_dock": 0, "setItemText": 1, "setTabText": 1}
"""Calls whose other positional arguments are data (an item's id, a dock's object name), not text."""
NOT_WORDS = {"vig-annotator"}
"""Literals that are names, not text."""


def _is_text(value: str) -> bool:
    if value in NOT_WORDS or re.fullmatch(r"[\w.-]+\.\w{2,5}", value):
        return False  # a name, or a default file name
    words = re.sub(r"<[^>]*>|vig-annotator|\.vigproj", "", value)  # markup and names are not words
    return re.search(r"[a-z]{2}", words) is not None


def _untranslated(node: ast.AST) -> list[ast.Constant]:
    """String literals in an argument that reach the user without passing through tr()."""
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and _is_text(node.value) else []
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "tr":
            return []
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join", "replace", "strip", "rstrip"):
            return _untranslated(func.value) + [c for a in node.args for c in _untranslated(a)]
        return []
    if isinstance(node, ast.JoinedStr | ast.BinOp | ast.IfExp | ast.BoolOp | ast.List | ast.Tuple | ast.FormattedValue):
        children = [c for c in ast.iter_child_nodes(node) if not isinstance(c, ast.expr_context)]
        if isinstance(node, ast.IfExp):
            children = [node.body, node.orelse]
        if isinstance(node, ast.FormattedValue):
            children = [node.value]
        return [c for child in children for c in _untranslated(child)]
    return []


def _shown_by_qt(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in CONSTRUCTORS
    if isinstance(func, ast.Attribute):
        if func.attr in SETTERS:
            return True
        if func.attr in STATIC_DIALOGS and isinstance(func.value, ast.Name) and func.value.id in (
                "QMessageBox", "QInputDialog", "QFileDialog"):
            return True
        if func.attr == "emit" and isinstance(func.value, ast.Attribute) and func.value.attr in ("status", "message"):
            return True
        if func.attr in CONSTRUCTORS:
            return True
    return False


def untranslated_strings(root: Path = QT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _shown_by_qt(call):
                args = list(call.args) + [kw.value for kw in call.keywords]
                name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
                if name in TEXT_ARGUMENT:
                    args = call.args[TEXT_ARGUMENT[name]:TEXT_ARGUMENT[name] + 1]
                for arg in args:
                    for const in _untranslated(arg):
                        found.append(f"{path.relative_to(root.parent.parent)}:{const.lineno}: {const.value!r}")
    return found


def test_every_string_qt_shows_goes_through_tr() -> None:
    found = untranslated_strings()
    assert not found, "wrap these in tr() (vig_annotator.qt.i18n):\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    'w.setWindowTitle("Keyboard shortcuts")',
    'QLabel(f"Clip {name}")',
    'QMessageBox.warning(self, tr("Title"), "Not done: " + why)',
    'bar.showMessage("Saved" if ok else tr("Not saved"))',
    'table.setHorizontalHeaderLabels(["Key", tr("Does")])',
])
def test_the_scan_finds_a_bare_string(tmp_path: Path, source: str) -> None:
    (tmp_path / "vig_annotator" / "qt").mkdir(parents=True)
    (tmp_path / "vig_annotator" / "qt" / "m.py").write_text(source + "\n")
    assert untranslated_strings(tmp_path / "vig_annotator" / "qt")


def test_the_scan_accepts_wrapped_strings(tmp_path: Path) -> None:
    (tmp_path / "vig_annotator" / "qt").mkdir(parents=True)
    (tmp_path / "vig_annotator" / "qt" / "m.py").write_text(
        'w.setWindowTitle(tr("Keyboard shortcuts"))\n'
        'QLabel(tr("Clip {name}").format(name=name))\n'
        'bar.showMessage(tr("%n segment(s)", n=3))\n'
        'QAction(fmt.upper(), self)\n')
    assert untranslated_strings(tmp_path / "vig_annotator" / "qt") == []


def test_tr_is_given_a_template_never_a_formatted_text() -> None:
    """``tr(f"…{x}")`` or ``tr("…" + x)`` looks up a text no catalogue holds: translate the template, then format."""
    found = []
    for path in sorted(QT.rglob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "tr" and call.args:
                text = call.args[0]
                if isinstance(text, ast.JoinedStr) or (isinstance(text, ast.BinOp) and any(
                        isinstance(n, ast.JoinedStr) for n in ast.walk(text))):
                    found.append(f"{path.name}:{call.lineno}")
    assert not found, "tr() of a formatted string: " + ", ".join(found)

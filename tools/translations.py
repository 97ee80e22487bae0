"""Keep the translation catalogues (ui/translations/*.ts) in step with the code, and compile them.

``pyside6-lupdate`` finds our ``tr("…")`` calls but files them under an empty context (the app
translates in the context "vig-annotator") and cannot see the menu labels and help lines declared
in the Qt-free keymap, so this small extractor reads the source with ``ast`` instead. It keeps
every existing translation, adds new strings as unfinished, marks strings that left the code as
vanished, and ``pyside6-lrelease`` compiles the ``.qm`` files the app loads.

Usage: ``python tools/translations.py [--no-compile]`` (``make translations``).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = "vig-annotator"
QT_DIR = ROOT / "vig_annotator" / "qt"
KEYMAP = ROOT / "vig_annotator" / "core" / "keymap.py"
TS_DIR = ROOT / "ui" / "translations"
LANGUAGES = {"nl": "nl_NL", "de": "de_DE"}
"""The full translations; English gets a plural-forms-only catalogue (``en``)."""
PLURAL_ONLY = {"en": "en_GB"}


@dataclass
class Message:
    """One source string as translators see it: text, comment, whether it has plural forms, where."""

    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _tr_calls(tree: ast.AST) -> list[tuple[str, str, bool, int]]:
    """(text, comment, numerus, line) of every ``tr("…")`` call with a literal text."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "tr_noop")):
            continue
        text = _literal(node.args[0]) if node.args else None
        if text is None:
            continue
        comment = _literal(node.args[1]) if len(node.args) > 1 else None
        numerus = len(node.args) > 2
        for kw in node.keywords:
            if kw.arg == "comment":
                comment = _literal(kw.value)
            if kw.arg == "n":
                numerus = True
        found.append((text, comment or "", numerus, node.lineno))
    return found


def _keymap_strings(tree: ast.Module) -> list[tuple[str, str, int]]:
    """The keymap's menu titles, action labels, help lines, tips and gestures, as the window shows them."""
    found: list[tuple[str, str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MENUS" for t in node.targets):
            for elt in getattr(node.value, "elts", []):
                if (name := _literal(elt)) is not None:
                    found.append((f"&{name}", "menu", elt.lineno))
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "GESTURES":
            for pair in getattr(node.value, "elts", []):
                for elt, comment in zip(getattr(pair, "elts", []), ("keys", ""), strict=False):
                    if (text := _literal(elt)) is not None:
                        found.append((text, comment, elt.lineno))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Action":
            label = _literal(node.args[1]) if len(node.args) > 1 else None
            if label:
                found.append((label, "", node.lineno))
            for kw in node.keywords:
                text = _literal(kw.value)
                if kw.arg in ("help", "tip", "submenu") and text:
                    found.append((text, "", node.lineno))
                if kw.arg == "help_keys" and text and any(w.islower() and w.isalpha() for w in text.split()):
                    found.append((text, "keys", node.lineno))
    return found


def _command_labels(tree: ast.AST) -> list[tuple[str, int]]:
    """Fixed undo-step names (``Command("Add moment", …)``, ``edit("Set regions", …)``) the Edit menu shows."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Command", "edit"):
            if node.args and (text := _literal(node.args[0])) and " " in text:
                found.append((text, node.lineno))
    return found


def _scheme_terms(scheme: dict[str, Any]) -> list[str]:
    """The words a built-in scheme shows: its name and note, codes, groups, rated items, bands, VIG principles."""
    terms = [scheme.get("name", ""), scheme.get("template_note", "")]
    for code in scheme.get("codes", []):
        terms += [code.get("label", ""), code.get("group", ""), code.get("description", "")]
        for modifier in code.get("modifiers", []):  # their names and values, as the segment list shows them
            terms += [modifier.get("name", ""), *modifier.get("options", [])]
    terms += [item.get("label", "") for item in scheme.get("rated_items", [])]
    for composite in scheme.get("composites", []):
        terms += [composite.get("label", "")] + [band.get("label", "") for band in composite.get("bands", [])]
    for principle in scheme.get("principles", []):
        terms += [principle.get("label", ""), *principle.get("sub_items", [])]
    terms += list(scheme.get("subjects", []))
    return [t for t in terms if isinstance(t, str) and t]


def extract(root: Path = ROOT) -> dict[tuple[str, str], Message]:
    """Every translatable string of the app: ``tr()`` calls in qt/ plus the keymap's strings."""
    messages: dict[tuple[str, str], Message] = {}

    def add(text: str, comment: str, numerus: bool, path: Path, line: int) -> None:
        msg = messages.setdefault((text, comment), Message(text, comment))
        msg.numerus = msg.numerus or numerus
        msg.locations.append((path.relative_to(root).as_posix(), line))

    for path in sorted((root / "vig_annotator" / "qt").rglob("*.py")):
        for text, comment, numerus, line in _tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            add(text, comment, numerus, path, line)
    for path in sorted((root / "vig_annotator").rglob("*.py")):
        if "qt" not in path.relative_to(root).parts:
            for text, line in _command_labels(ast.parse(path.read_text(encoding="utf-8"))):
                add(text, "", False, path, line)
    for path in sorted((root / "vig_annotator" / "schemes" / "builtin").glob("*.json")):
        for text in _scheme_terms(json.loads(path.read_text(encoding="utf-8"))):
            add(text, "scheme", False, path, 0)
    keymap = root / "vig_annotator" / "core" / "keymap.py"
    for text, comment, line in _keymap_strings(ast.parse(keymap.read_text(encoding="utf-8"))):
        add(text, comment, False, keymap, line)
    return messages


@dataclass
class Entry:
    """A message as a catalogue holds it: its translation(s) and state."""

    message: Message
    translations: list[str]
    state: str = ""
    """"" = finished, "unfinished", or "vanished" (no longer in the code)."""


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    """The entries of a .ts file, keyed by (source, comment)."""
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], Entry] = {}
    for msg in ET.parse(path).getroot().iter("message"):
        source = msg.findtext("source") or ""
        comment = msg.findtext("comment") or ""
        node = msg.find("translation")
        forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
        texts = forms if msg.get("numerus") == "yes" else [node.text or "" if node is not None else ""]
        state = (node.get("type") or "") if node is not None else "unfinished"
        entries[(source, comment)] = Entry(Message(source, comment, msg.get("numerus") == "yes"), texts, state)
    return entries


def plural_count(language: str) -> int:
    return 2  # English, Dutch and German: one / other


def write_ts(path: Path, language: str, messages: dict[tuple[str, str], Message], plural_only: bool = False) -> None:
    """Write ``path`` for ``messages``: keep translations, add new ones unfinished, mark vanished ones."""
    old = read_ts(path)
    ts = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    wanted = {k: m for k, m in messages.items() if m.numerus or not plural_only}
    keys = sorted(set(wanted) | set(old), key=lambda k: (k[0].lower(), k))
    for key in keys:
        msg = wanted.get(key)
        entry = old.get(key)
        if msg is None:
            if entry is None or plural_only or entry.state == "vanished" and not any(entry.translations):
                continue
            msg, state = entry.message, "vanished"
        else:
            state = entry.state if entry is not None and entry.state != "vanished" else "unfinished"
            if entry is not None and entry.state == "vanished":
                state = "" if all(entry.translations) else "unfinished"
        node = ET.SubElement(context, "message", numerus="yes") if msg.numerus else ET.SubElement(context, "message")
        for file in dict.fromkeys(file for file, _line in msg.locations):  # no line numbers: no churn on every edit
            ET.SubElement(node, "location", filename=f"../../{file}")
        ET.SubElement(node, "source").text = msg.source
        if msg.comment:
            ET.SubElement(node, "comment").text = msg.comment
        texts = entry.translations if entry is not None else []
        translation = ET.SubElement(node, "translation")
        if state:
            translation.set("type", state)
        if msg.numerus:
            count = plural_count(language)
            texts = (texts + [""] * count)[:count] if texts else [""] * count
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0] if texts else ""
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def catalogues(ts_dir: Path = TS_DIR) -> dict[Path, tuple[str, bool]]:
    """Each .ts file the app ships: path -> (Qt language, plural forms only)."""
    found = {ts_dir / f"vig-annotator_{code}.ts": (lang, False) for code, lang in LANGUAGES.items()}
    found.update({ts_dir / f"vig-annotator_{code}.ts": (lang, True) for code, lang in PLURAL_ONLY.items()})
    return found


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-compile", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)
    messages = extract()
    for path, (language, plural_only) in catalogues().items():
        write_ts(path, language, messages, plural_only)
        entries = read_ts(path)
        todo = sum(1 for e in entries.values() if e.state == "unfinished")
        kept = sum(1 for e in entries.values() if e.state == "vanished")
        print(f"{path.relative_to(ROOT)}: {len(entries) - kept} strings, {todo} to translate "
              f"({kept} more kept for strings not in the code now)")
        if not args.no_compile:
            qm = path.with_suffix(".qm")
            subprocess.run([lrelease(), "-silent", str(path), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

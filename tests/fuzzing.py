"""Fuzzing the command line's inputs: seed files written by the app's own exporters, mutated.

Shared by the fuzz tests (a bounded, derandomised run) and ``benchmarks/bench_fuzz.py`` (a longer,
random one). One rule for every case: the command succeeds, or it exits 2 with one line on stderr
and leaves the project file byte-for-byte as it was. Exit 1 (an internal error) is always a bug.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from inprocess import Run, digest, run_cli

SAMPLES = Path(__file__).resolve().parents[1] / "sample_clips"
SCHEME = Path(__file__).resolve().parents[1] / "vig_annotator" / "schemes" / "builtin" / "demo.json"
FORMATS = ("csv", "xlsx", "eaf", "boris")

WEIRD_NUMBERS = [1e20, 1e30, -1e30, 10**30, -1, 0, 1e-300, 86_400.5, 3.999999, 2**63, -(2**63)]
WEIRD_TEXTS = ["1e20", "1e30", "inf", "-inf", "nan", "NaN", "Infinity", "", " ", "1,5", "0x10", "1e400",
               "12:00:01", "-0", "١٢", "\x00", "=1+1", "'=cmd", "a" * 300, "Eye contact", "smile"]

weird_value = st.one_of(
    st.sampled_from(WEIRD_NUMBERS), st.sampled_from(WEIRD_TEXTS), st.none(), st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=12),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.integers(20, 200).map(lambda n: json.loads("[" * n + "]" * n)),
)


@dataclass(repr=False)
class Workspace:
    """A folder with the demo project, its clip, seed files of each format and the project's bytes."""

    root: Path
    project: Path
    clean: bytes
    seeds: dict[str, bytes]
    keep_failures: Path | None = None
    """Where a case that breaks the rule is copied (the benchmark's long run fills the corpus)."""
    cases: int = 0

    @classmethod
    def make(cls, root: Path) -> Workspace:
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy2(SAMPLES / "demo_clip.mp4", root / "demo_clip.mp4")
        shutil.copy2(SAMPLES / "demo.vigproj", root / "demo.vigproj")
        seeds = {}
        for fmt in FORMATS:
            out = root / f"seed.{fmt}"
            done = run_cli("export", root / "demo.vigproj", "-f", fmt, "-o", out, "--session", "1")
            assert done.status == 0, done.err
            seeds[fmt] = out.read_bytes()
        seeds["scheme"] = SCHEME.read_bytes()
        return cls(root, root / "demo.vigproj", (root / "demo.vigproj").read_bytes(), seeds)

    def __repr__(self) -> str:
        return f"Workspace({self.root})"

    def attempt(self, suffix: str, data: bytes, *extra: str | Path) -> Run:
        """Import ``data`` (as a file ending in ``suffix``) and check the rule; returns the run."""
        source = self.root / f"case{suffix}"
        source.write_bytes(data)
        before = digest(self.project)
        done = run_cli("import", self.project, source, *extra)
        self._check(source, done, lambda: digest(self.project) == before)
        if done.status == 0:
            self.project.write_bytes(self.clean)  # back to the clean project for the next case
            for extra_file in (self.project.with_name(self.project.name + s) for s in ("-wal", "-shm")):
                extra_file.unlink(missing_ok=True)
        return done

    def attempt_scheme(self, data: bytes) -> Run:
        """``new`` with a scheme file: success, or exit 2 and no project left behind."""
        source = self.root / "case.json"
        source.write_bytes(data)
        target = self.root / "fresh.vigproj"
        done = run_cli("new", target, "--scheme", source)
        self._check(source, done, lambda: not target.exists())
        target.unlink(missing_ok=True)
        return done


    def _check(self, source: Path, done: Run, unchanged: Any) -> None:
        self.cases += 1
        try:
            check(done, unchanged)
        except AssertionError:
            if self.keep_failures is not None:
                self.keep_failures.mkdir(parents=True, exist_ok=True)
                kept = self.keep_failures / f"found-{digest(source)[:12]}{source.suffix}"
                shutil.copy2(source, kept)
            raise


def check(done: Run, unchanged: Any) -> None:
    """Success, or exit 2 with one line on stderr and nothing changed; never exit 1."""
    assert done.status in (0, 2), f"exit {done.status}: {done.err}"
    if done.status == 2:
        assert done.err.count("\n") == 1 and done.err.startswith("vig-annotator: error: "), done.err
        assert unchanged(), "the command failed but changed the project"


# -- mutations ---------------------------------------------------------------------------------------

byte_edit = st.tuples(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate"]),
                      st.floats(0, 1), st.integers(1, 64), st.binary(min_size=1, max_size=16))


def mutate_bytes(data: bytes, edits: list[tuple[str, float, int, bytes]]) -> bytes:
    """Blind edits of a file's bytes: flip, delete, insert, repeat a run, truncate."""
    out = bytearray(data)
    for kind, where, length, noise in edits:
        at = int(where * max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= noise[0] or 1
        elif kind == "delete":
            del out[at:at + length]
        elif kind == "insert":
            out[at:at] = noise
        elif kind == "repeat":
            out[at:at] = out[at:at + length] * 3
        elif kind == "truncate":
            del out[at:]
    return bytes(out)


def json_paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document a value could be replaced (iteratively: documents are shallow)."""
    found, stack = [], [(doc, prefix)]
    while stack:
        node, path = stack.pop()
        found.append(path)
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node))
    return sorted(found, key=repr)


def replace_at(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


def mutate_json(data: bytes, choices: list[tuple[float, Any]]) -> bytes:
    """Values at chosen places of a JSON document replaced by odd ones (wrong types, huge numbers…)."""
    doc = json.loads(data)
    for where, value in choices:
        paths = json_paths(doc)
        doc = replace_at(doc, paths[int(where * (len(paths) - 1))], value)
    return json.dumps(doc, allow_nan=True).encode()


def mutate_csv(data: bytes, choices: list[tuple[float, float, Any]]) -> bytes:
    """Cells of a table replaced by odd texts."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    for r, c, value in choices:
        row = rows[int(r * (len(rows) - 1))]
        row[int(c * (len(row) - 1))] = str(value)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


def mutate_xml_attributes(data: bytes, choices: list[tuple[float, Any]]) -> bytes:
    """Attribute values of an XML file replaced by odd texts (times, slot references, ids)."""
    text = data.decode("utf-8")
    spots = [m.span(1) for m in re.finditer(r'="([^"]*)"', text)]
    for where, value in sorted(choices, key=lambda c: -c[0]):
        start, end = spots[int(where * (len(spots) - 1))]
        escaped = str(value).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        text = text[:start] + escaped + text[end:]
        spots = [m.span(1) for m in re.finditer(r'="([^"]*)"', text)]
    return text.encode("utf-8", "surrogatepass")


def xlsx_from_csv(data: bytes) -> bytes | None:
    """A workbook holding a (mutated) table, numbers as numbers, so XLSX cells get the odd values too."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    try:
        for row in csv.reader(io.StringIO(data.decode("utf-8"))):
            sheet.append([_number_or_text(cell) for cell in row])
        out = io.BytesIO()
        book.save(out)
    except Exception:  # noqa: BLE001 - a cell openpyxl will not store (control characters): no case
        return None
    return out.getvalue()


def _number_or_text(cell: str) -> Any:
    try:
        return float(cell) if cell.strip() and cell.strip().lower() not in ("nan", "inf", "-inf") else cell
    except ValueError:
        return cell

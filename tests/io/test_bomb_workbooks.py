"""Workbooks are limited by what reading them allocates, not by their size (issue 24).

An 8 KB workbook with one cell at XFD1048576 made ``import`` grow past 21 GB of memory.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from inprocess import digest, run_cli  # noqa: E402

from vig_annotator.io.workbook_limits import WorkbookTooLarge, check_csv, check_workbook  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "sample_clips"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ["code", "start_s", "end_s"]


def workbook(path: Path, rows: str, dimension: str | None = None, shared: str | None = None) -> Path:
    """A minimal workbook whose first sheet holds ``rows`` (sheetData XML), written by hand."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook xmlns="{NS}" xmlns:r="{REL}"><sheets><sheet '
        'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org'
        '/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet xmlns="{NS}">{dim}<sheetData>{rows}'
        "</sheetData></worksheet>",
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = f'<?xml version="1.0"?><sst xmlns="{NS}">{shared}</sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header() -> str:
    return '<row r="1">' + "".join(cell(f"{c}1", h) for c, h in zip("ABC", HEADER, strict=True)) + "</row>"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    return tmp_path / "demo.vigproj"


def refused_quickly(project: Path, book: Path, words: str) -> None:
    before = digest(project)
    started = time.monotonic()
    done = run_cli("import", project, book)
    assert time.monotonic() - started < 10
    assert done.status == 2, done
    assert done.err.count("\n") == 1 and str(book) in done.err and words in done.err, done.err
    assert digest(project) == before


def test_one_cell_at_xfd1048576_is_refused_quickly_naming_the_cell(project, tmp_path):
    book = workbook(tmp_path / "bomb.xlsx", header() + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>")
    assert book.stat().st_size < 8_192
    refused_quickly(project, book, "cell XFD1048576")


def test_a_dimension_like_xfd1048576_is_refused_before_any_cell_is_read(project, tmp_path):
    book = workbook(tmp_path / "dim.xlsx", header(), dimension="A1:XFD1048576")
    refused_quickly(project, book, "dimension XFD1048576")


def test_the_bomb_is_refused_in_a_fresh_process_with_memory_staying_low(project, tmp_path):
    book = workbook(tmp_path / "bomb.xlsx", header() + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>")
    done = subprocess.run([sys.executable, "-m", "vig_annotator.cli", "import", str(project), str(book)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "XFD1048576" in done.stderr, done.stderr
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1_000, f"peak {peak_mb:.0f} MB"


def test_deep_xml_and_huge_strings_and_zip_bombs_are_refused(project, tmp_path):
    deep = workbook(tmp_path / "deep.xlsx", header() + "<row>" * 200 + "</row>" * 200)
    refused_quickly(project, deep, "nested deeper than")
    long = workbook(tmp_path / "long.xlsx", header() + '<row r="2">' + cell("A2", "a" * 40_000) + "</row>")
    refused_quickly(project, long, "40,000 characters")
    zeros = workbook(tmp_path / "zeros.xlsx", header(), shared="<si><t>a</t></si>" + " " * 30_000_000)
    refused_quickly(project, zeros, "times larger than it is stored")


def test_an_ordinary_workbook_still_comes_in(project, tmp_path):
    rows = header() + '<row r="2">' + cell("A2", "Eye contact") + '<c r="B2"><v>1.5</v></c><c r="C2"><v>2</v></c></row>'
    book = workbook(tmp_path / "fine.xlsx", rows, dimension="A1:C2")
    check_workbook(book)  # within every limit


refs = st.tuples(st.integers(1, 16_384), st.integers(1, 1_048_576))


def letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(spot=refs, with_dimension=st.booleans())
def test_fuzz_bomb_workbooks_exit_2_or_succeed_and_never_change_the_project(tmp_path_factory, spot, with_dimension):
    """Fuzz class 'bomb workbooks': a far cell anywhere; refused by the limits, or read; never exit 1."""
    root = tmp_path_factory.mktemp("bomb")
    shutil.copy2(SAMPLES / "demo.vigproj", root / "demo.vigproj")
    ref = f"{letters(spot[0])}{spot[1]}"
    book = workbook(root / "case.xlsx", header() + f'<row r="{spot[1]}">' + cell(ref, "Eye contact") + "</row>",
                    dimension=f"A1:{ref}" if with_dimension else None)
    project = root / "demo.vigproj"
    before = digest(project)
    try:
        check_workbook(book)
        too_large = False
    except WorkbookTooLarge:
        too_large = True
    if not too_large:
        return  # within the limits: the table reader's own checks are fuzzed in test_fuzz_imports
    done = run_cli("import", project, book)
    assert done.status == 2 and done.err.count("\n") == 1 and str(book) in done.err, done.err
    assert digest(project) == before


def test_a_workbook_whose_sheet_entry_header_is_damaged_is_one_line_not_an_internal_error(project, tmp_path):
    """Found by the blind fuzzer: the limit check opened a part whose local header was broken (BadZipFile)."""
    book = workbook(tmp_path / "damaged.xlsx", header())
    data = bytearray(book.read_bytes())
    with zipfile.ZipFile(book) as z:
        offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
    data[offset] ^= 0xFF  # the entry's "PK\x03\x04" magic no longer matches; the central directory is intact
    book.write_bytes(bytes(data))
    before = digest(project)
    done = run_cli("import", project, book)
    assert done.status == 2 and done.err.count("\n") == 1 and str(book) in done.err, done
    assert digest(project) == before


# -- CSV: size alone does not bound a table ----------------------------------------------------------


def test_a_csv_of_two_million_commas_is_refused_quickly_naming_the_row(project, tmp_path):
    """2 MB of commas made a frame of two million columns: 1.8 GB and over two minutes before this check."""
    book = tmp_path / "commas.csv"
    book.write_text("code,start_s,end_s" + "," * 2_000_000 + "\nsmile,1,1\n")
    refused_quickly(project, book, "row 1 has 2,000,003 columns (at most 1,000)")


def test_a_csv_field_longer_than_the_reader_takes_is_one_line(project, tmp_path):
    book = tmp_path / "long.csv"
    book.write_text('code,start_s,end_s,note\nsmile,1,1,"' + "x" * 200_000 + '"\n')
    refused_quickly(project, book, "row 2 cannot be read as a table")


def test_a_semicolon_csv_bomb_is_refused_and_a_transcript_import_too(project, tmp_path):
    book = tmp_path / "semi.csv"
    book.write_text("code;start_s;end_s" + ";" * 5_000 + "\n")
    refused_quickly(project, book, "row 1 has 5,003 columns")
    before = digest(project)
    done = run_cli("transcript", "import", project, book, "--session", "1")
    assert done.status == 2 and "5,003 columns" in done.err and done.err.count("\n") == 1, done
    assert digest(project) == before


@settings(max_examples=30, deadline=None)
@given(columns=st.integers(1, 40), rows=st.integers(1, 50))
def test_csv_tables_within_the_limits_pass_the_check(tmp_path_factory, columns, rows):
    book = tmp_path_factory.mktemp("csv") / "ok.csv"
    book.write_text("\n".join(",".join(f"r{r}c{c}" for c in range(columns)) for r in range(rows)) + "\n")
    check_csv(book, ",")  # an ordinary table is never refused

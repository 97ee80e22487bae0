"""Fuzzed EAF and TextGrid imports: success, or exit 2 with one line naming the file; the project unchanged.

Seeds: a TextGrid Praat wrote (text, short text, UTF-16, binary), our own TextGrid export, and an ELAN
document with dependent tiers and a vocabulary (pympi's sample, cut down). Hypothesis damages bytes
blindly, swaps numbers and labels for odd ones, and nests XML deeply; derandomised and bounded.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from fuzzing import Workspace, byte_edit, mutate_bytes, mutate_xml_attributes, weird_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from inprocess import run_cli

DATA = Path(__file__).resolve().parent / "data"
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def praat_seeds(root: Path) -> dict[str, bytes]:
    import parselmouth  # noqa: F401 - Praat writes the seeds
    from parselmouth.praat import call

    grid = call("Create TextGrid", 0.0, 30.0, "mother infant", "infant")
    for t in (1.5, 3.25, 6.0):
        call(grid, "Insert boundary", 1, t)
    call(grid, "Set interval text", 1, 2, "“talk”")
    call(grid, "Insert point", 2, 4.0, "coo")
    seeds = {}
    for name, command in (("long", "Save as text file"), ("short", "Save as short text file"),
                          ("binary", "Save as binary file")):
        call(grid, command, str(root / f"{name}.TextGrid"))
        seeds[name] = (root / f"{name}.TextGrid").read_bytes()
    return seeds


def small_sample() -> bytes:
    """pympi's sample 3.0 cut to 30 annotations a tier (within the 40 s demo clip): dependent tiers, a vocabulary."""
    text = gzip.decompress((DATA / "pympi_sample_3.0.eaf.gz").read_bytes()).decode("utf-8")

    def keep_first(tier: re.Match[str]) -> str:
        annotations = re.findall(r"<ANNOTATION>.*?</ANNOTATION>", tier.group(2), flags=re.S)
        return tier.group(1) + "".join(annotations[:30]) + "</TIER>"

    return re.sub(r"(<TIER [^>]*>)(.*?)</TIER>", keep_first, text, flags=re.S).encode("utf-8")


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.make(tmp_path_factory.mktemp("fuzz_tiers"))
    ws.seeds.update(praat_seeds(ws.root))
    out = ws.root / "ours.TextGrid"
    assert run_cli("export", ws.project, "-f", "textgrid", "-o", out, "--session", 1).status == 0
    ws.seeds["ours"] = out.read_bytes()
    ws.seeds["sample"] = small_sample()
    return ws


def test_the_seeds_come_in(ws):
    for seed in ("long", "short", "binary", "ours"):
        assert ws.attempt(".TextGrid", ws.seeds[seed], "--add-codes").status == 0
    done = ws.attempt(".eaf", ws.seeds["sample"], "--add-codes")
    assert done.status == 0 and "tier 'text' left out" in done.err, done.err


@FUZZ
@given(seed=st.sampled_from(["long", "short", "binary", "ours"]), edits=st.lists(byte_edit, min_size=1, max_size=4),
       utf16=st.booleans())
def test_blindly_damaged_textgrids(ws, seed, edits, utf16):
    data = mutate_bytes(ws.seeds[seed], edits)
    if utf16 and seed != "binary":
        data = data.decode("utf-8", "replace").encode("utf-16")
    ws.attempt(".TextGrid", data, "--add-codes")


NUMBER = re.compile(r"(?<=[= \n])-?\d+(?:\.\d+)?(?= ?\n)")
LABEL = re.compile(r'"[^"\n]*"')


@FUZZ
@given(seed=st.sampled_from(["long", "short"]), choices=st.lists(st.tuples(st.booleans(), st.floats(0, 1),
                                                                           weird_value), min_size=1, max_size=3))
def test_textgrids_with_odd_numbers_and_labels(ws, seed, choices):
    raw = ws.seeds[seed]
    codec = "utf-16" if raw.startswith(b"\xfe\xff") else "utf-8"
    text = raw.decode(codec)
    for number, where, value in choices:
        spots = [m.span() for m in (NUMBER if number else LABEL).finditer(text)]
        start, end = spots[int(where * (len(spots) - 1))]
        text = text[:start] + (str(value) if number else '"' + str(value).replace('"', '""') + '"') + text[end:]
    ws.attempt(".TextGrid", text.encode(codec, "surrogatepass"), "--add-codes")


@FUZZ
@given(choices=st.lists(st.tuples(st.floats(0, 1), weird_value), min_size=1, max_size=3))
def test_elan_documents_with_odd_attribute_values(ws, choices):
    ws.attempt(".eaf", mutate_xml_attributes(ws.seeds["sample"], choices), "--add-codes")


@FUZZ
@given(edits=st.lists(byte_edit, min_size=1, max_size=3))
def test_blindly_damaged_elan_documents(ws, edits):
    ws.attempt(".eaf", mutate_bytes(ws.seeds["sample"], edits), "--add-codes")


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_xml_is_refused_in_one_line(ws, depth):
    data = ws.seeds["sample"].replace(b"<HEADER", b"<x>" * depth + b"</x>" * depth + b"<HEADER", 1)
    done = ws.attempt(".eaf", data)
    assert done.status == 2 and "case.eaf: line" in done.err, done.err


def test_a_huge_annotation_value_is_refused_by_its_place(ws):
    data = ws.seeds["sample"].replace(b"<ANNOTATION_VALUE>prep<", b"<ANNOTATION_VALUE>" + b"p" * 20_000 + b"<", 1)
    done = ws.attempt(".eaf", data)
    assert done.status == 2 and "(tier 'gestures', annotation" in done.err
    assert "20,000 characters long (at most 10,000)" in done.err, done.err


def test_a_huge_tier_name_is_refused_in_a_short_line(ws):
    data = ws.seeds["sample"].replace(b'TIER_ID="gestures"', b'TIER_ID="' + b"g" * 50_000 + b'"', 1)
    done = ws.attempt(".eaf", data)
    assert done.status == 2 and "TIER_ID is 50,000 characters long (at most 200)" in done.err
    assert len(done.err) < 400, done.err

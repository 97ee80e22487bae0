"""Fuzzing ELAN files shaped like ELAN's own, structurally (issue 24): versions, time units, tiers, time slots,
references and annotation values varied together. Import succeeds, or exits 2 with one line naming the file
and the place in it; never an internal error; the project byte for byte unchanged on failure.
"""

from __future__ import annotations

import pytest
from fuzzing import Workspace
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VERSIONS = ["3.0", "2.8", "2.7", "2.0", "1.0", "99.7", "3", "3.0.1", "", "abc", "٣.٠", None]
UNITS = ["milliseconds", "seconds", "", "MILLISECONDS", None]
TIME_VALUES = ["²", "banana", "-5", "1e30", "9223372036854775808", "", " 100", "1.5", "١٢", "0x10", "inf", "NaN",
               "100", "0", None]
TEXTS = ["", " ", "smile", "Eye contact", "=1+1", "a" * 40_000, "\u202e", "x\ny", None]
CHANGES = ["version", "units", "no tiers", "no time order", "empty tiers", "slot value", "slot gone",
           "slot twice", "ref nowhere", "value", "ref annotation nowhere", "tier type nowhere", "deep",
           "latin-1 declared", "bom", "no linguistic types", "second document"]

change = st.tuples(st.sampled_from(CHANGES), st.integers(0, 10_000), st.sampled_from(VERSIONS),
                   st.sampled_from(UNITS), st.sampled_from(TIME_VALUES), st.sampled_from(TEXTS))


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace.make(tmp_path_factory.mktemp("eaf"))


def _set(element: etree._Element, name: str, value: str | None) -> None:
    if value is None:
        element.attrib.pop(name, None)
    else:
        element.set(name, value)


def varied(seed: bytes, changes: list[tuple[str, int, str | None, str | None, str | None, str | None]]) -> bytes:
    """The seed EAF with each change made at the element ``pick`` chooses."""
    root = etree.fromstring(seed)
    declared, prefix = "UTF-8", b""
    for kind, pick, version, units, time_value, text in changes:
        slots = root.findall("TIME_ORDER/TIME_SLOT")
        tiers = root.findall("TIER")
        values = root.findall(".//ANNOTATION_VALUE")
        aligned = root.findall(".//ALIGNABLE_ANNOTATION")
        if kind == "version":
            _set(root, "VERSION", version)
            _set(root, "FORMAT", version)
        elif kind == "units" and root.find("HEADER") is not None:
            _set(root.find("HEADER"), "TIME_UNITS", units)
        elif kind == "no tiers":
            for tier in tiers:
                root.remove(tier)
        elif kind == "no time order" and root.find("TIME_ORDER") is not None:
            root.remove(root.find("TIME_ORDER"))
        elif kind == "empty tiers":
            for tier in tiers:
                for annotation in list(tier):
                    tier.remove(annotation)
        elif kind == "slot value" and slots:
            _set(slots[pick % len(slots)], "TIME_VALUE", time_value)
        elif kind == "slot gone" and slots:
            slot = slots[pick % len(slots)]
            slot.getparent().remove(slot)
        elif kind == "slot twice" and len(slots) > 1:
            slots[pick % len(slots)].set("TIME_SLOT_ID", slots[(pick + 1) % len(slots)].get("TIME_SLOT_ID"))
        elif kind == "ref nowhere" and aligned:
            aligned[pick % len(aligned)].set("TIME_SLOT_REF2", "ts_nowhere")
        elif kind == "value" and values:
            values[pick % len(values)].text = text
        elif kind == "ref annotation nowhere" and aligned:
            annotation = aligned[pick % len(aligned)]
            ref = etree.Element("REF_ANNOTATION", ANNOTATION_ID="r_odd", ANNOTATION_REF="a_nowhere")
            etree.SubElement(ref, "ANNOTATION_VALUE").text = text
            annotation.getparent().append(ref)
        elif kind == "tier type nowhere" and tiers:
            tiers[pick % len(tiers)].set("LINGUISTIC_TYPE_REF", "no such type")
        elif kind == "deep" and values:
            node = values[pick % len(values)]
            for _ in range(200 + pick % 300):
                node = etree.SubElement(node, "X")
        elif kind == "latin-1 declared":
            declared = "ISO-8859-1"
        elif kind == "bom":
            prefix = b"\xef\xbb\xbf"
        elif kind == "no linguistic types":
            for element in root.findall("LINGUISTIC_TYPE"):
                root.remove(element)
        elif kind == "second document":
            prefix = prefix + etree.tostring(root) + b"\n"
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return prefix + f"<?xml version='1.0' encoding='{declared}'?>\n".encode() + body


def _check_names_the_file_and_place(done) -> None:  # type: ignore[no-untyped-def]
    if done.status == 2:
        assert "case.eaf" in done.err, done.err
        placed = ("line " in done.err or "<" in done.err or "tier" in done.err.lower()
                  or "--" in done.err or "annotation" in done.err.lower())
        assert placed, f"no place named: {done.err}"


@FUZZ
@given(changes=st.lists(change, min_size=1, max_size=3))
@example(changes=[("version", 0, "1.0", None, None, None)])
@example(changes=[("version", 0, "99.7", None, None, None)])
@example(changes=[("no tiers", 0, None, None, None, None)])
@example(changes=[("slot value", 3, None, None, "²", None)])
@example(changes=[("slot value", 3, None, None, "banana", None)])
@example(changes=[("units", 0, None, "seconds", None, None)])
@example(changes=[("value", 2559, None, None, None, "=1+1")])  # a modifier the code lacks: named in the file
def test_eaf_variants_import_or_one_line_naming_file_and_place(ws, changes):
    done = ws.attempt(".eaf", varied(ws.seeds["eaf"], changes), "--clip", ws.root / "demo_clip.mp4",
                      "--coder", "FZ")
    _check_names_the_file_and_place(done)


@pytest.mark.parametrize(("kind", "value", "said"), [
    ("version", "1.0", "VERSION '1.0'"), ("version", "99.7", "VERSION '99.7'"),
    ("slot value", "²", "TIME_VALUE '²'"), ("slot value", "banana", "TIME_VALUE 'banana'"),
    ("no tiers", None, "no <TIER>"), ("slot twice", None, "appears twice"),
])
def test_the_issues_eaf_cases_are_refused_naming_file_and_element(ws, kind, value, said):
    change = (kind, 3, value, None, value, None)
    done = ws.attempt(".eaf", varied(ws.seeds["eaf"], [change]), "--clip", ws.root / "demo_clip.mp4",
                      "--coder", "FZ")
    assert done.status == 2 and said in done.err and "case.eaf: line " in done.err, done.err

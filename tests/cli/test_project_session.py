"""``PROJECT::SESSION`` is read by one function for every verb that takes it (issue 27).

Five verbs each split the text their own way: ``p::`` meant the whole project to two of them and an
error to three, and ``p::²`` passed ``str.isdigit`` and then failed in ``int`` with Python's message.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.inprocess import digest, run_cli
from vig_annotator.store.urls import project_session

PATHS = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1).filter(
    lambda t: "::" not in t and not t.endswith(":"))


@given(PATHS, st.integers(0, 10**12 - 1))
def test_a_session_number_after_the_last_double_colon_is_read(path, session):
    assert project_session(f"{path}::{session}") == (path, session)
    assert project_session(path) == (path, None)


def test_a_server_address_with_double_colons_keeps_its_session():
    url = "postgresql://[::1]:5432/lab?project=dyads"
    assert project_session(f"{url}::7") == (url, 7)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_text_is_a_project_and_maybe_a_session_or_one_line_naming_it(text):
    try:
        path, session = project_session(text)
    except ValueError as exc:
        message = str(exc)
        assert message.startswith(f"{text}: the session after '::' must be a number")
        assert "::" in text
    else:
        if session is None:
            assert "::" not in text and path == text
        else:
            head, _, tail = text.rpartition("::")
            assert (head, tail.isascii() and tail.isdigit(), int(tail)) == (path, True, session)

BAD_SESSIONS = ["", "x", "²", "1.5", "-1", " 1", "1 ", "0x1", "1_0", "9" * 13]
VERBS = {  # each verb that takes PROJECT::SESSION, with what else it needs
    "agree": lambda spec, p: ["agree", spec, f"{p}::2"],
    "analyse turns": lambda spec, p: ["analyse", "turns", spec, "--parent", "parent_vocalisation",
                                      "--infant", "infant_vocalisation"],
    "analyse synchrony": lambda spec, p: ["analyse", "synchrony", spec],
    "analyse mind-mindedness": lambda spec, p: ["analyse", "mind-mindedness", spec],
    "analyse contingency": lambda spec, p: ["analyse", "contingency", spec, "--given", "eye_contact",
                                            "--target", "smile"],
    "analyse sequences": lambda spec, p: ["analyse", "sequences", spec],
}


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_every_verb_refuses_a_bad_session_in_one_line_and_reads_a_good_one(verb, demo_copy):
    before = digest(demo_copy)
    for bad in BAD_SESSIONS:
        spec = f"{demo_copy}::{bad}"
        result = run_cli(*VERBS[verb](spec, demo_copy))
        assert result.status == 2, (bad, result.err)
        assert result.err == f"vig-annotator: error: {spec}: the session after '::' must be a number " \
                             "(see `vig-annotator info`)\n", (bad, result.err)
    result = run_cli(*VERBS[verb](f"{demo_copy}::1", demo_copy))
    assert "the session after" not in result.err
    assert digest(demo_copy) == before


@pytest.mark.parametrize("verb", ["agree", "analyse sequences"])
def test_an_output_over_the_project_named_as_project_session_is_refused(verb, demo_copy):
    """The -o check reads PROJECT::SESSION with the same function as the verbs, so it knows the project."""
    before = digest(demo_copy)
    args = VERBS[verb](f"{demo_copy}::1", demo_copy) + ["-f", "csv" if verb != "agree" else "xlsx", "-o", demo_copy]
    result = run_cli(*args)
    assert result.status == 2
    assert f"this output would write over the project {demo_copy}" in result.err
    assert digest(demo_copy) == before

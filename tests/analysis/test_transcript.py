"""Utterances read from transcript segments: search, subtitles that players parse, mind-mindedness counts."""

from __future__ import annotations

import html
import io

import pysrt
import webvtt

from vig_annotator.analysis.transcript import (
    MIND_MINDEDNESS,
    as_rows,
    as_srt,
    as_vtt,
    mind_mindedness,
    search,
    utterances,
)
from vig_annotator.core.model import Segment

SPEAKERS = {"parent_utterance": "parent", "guider_utterance": "guider"}


def seg(n: int, code: str, start: int, end: int, text: str, mind: str = "") -> Segment:
    mods = ((MIND_MINDEDNESS, (mind,)),) if mind else ()
    return Segment(n, 1, code, start, end, modifiers=mods, note=text)


SESSION = [
    seg(3, "parent_utterance", 5_000, 6_200, "You're thinking about the ball, aren't you?", "appropriate"),
    seg(1, "parent_utterance", 1_000, 2_500, "Hello <sweetheart> & hello", "not_mind_related"),
    seg(2, "smile", 1_200, 1_900, ""),
    seg(4, "guider_utterance", 7_000, 9_000, "I said something and you waited for me --> lovely"),
    seg(5, "parent_utterance", 65_000, 66_000, "You want your teddy", "non_attuned"),
    seg(6, "parent_utterance", 70_000, 71_000, "There we go"),
]


def test_utterances_in_time_order_with_speaker_and_text():
    found = utterances(SESSION, SPEAKERS)
    assert [(u.segment_id, u.speaker) for u in found] == [(1, "parent"), (3, "parent"), (4, "guider"), (5, "parent"),
                                                          (6, "parent")]
    assert [u.segment_id for u in search(found, "you BALL")] == [3]
    assert as_rows(found)[0] == {"start_s": 1.0, "end_s": 2.5, "speaker": "parent",
                                 "text": "Hello <sweetheart> & hello", "mind_mindedness": "not_mind_related"}


def test_srt_and_vtt_read_back_with_their_own_parsers():
    found = utterances(SESSION, SPEAKERS)
    subs = pysrt.from_string(as_srt(found))
    assert [(s.start.ordinal, s.end.ordinal) for s in subs] == [(u.start_ms, u.end_ms) for u in found]
    assert subs[2].text == "Guider: I said something and you waited for me --> lovely"
    cues = webvtt.from_buffer(io.StringIO(as_vtt(found)))
    assert [c.start for c in cues][:2] == ["00:00:01.000", "00:00:05.000"]
    # the cue text escapes < and & as the WebVTT spec asks; a player shows it unescaped
    assert cues[0].voice == "Parent" and html.unescape(cues[0].text) == "Hello <sweetheart> & hello"
    assert cues[2].text == "I said something and you waited for me → lovely"


def test_mind_mindedness_counts_proportions_and_rate():
    # parent: 4 utterances over 2 minutes: 1 appropriate, 1 non-attuned, 1 not mind-related, 1 uncoded
    result = mind_mindedness(utterances(SESSION, SPEAKERS), duration_ms=120_000)
    assert result["utterances"] == 4 and result["uncoded"] == 1
    assert result["counts"] == {"appropriate": 1, "non_attuned": 1, "not_mind_related": 1}
    assert result["proportions"]["appropriate"] == 0.25
    assert result["per_10_min"]["appropriate"] == 5.0  # 1 in 2 minutes

"""Code the demo clip as two coders would, plus a PIIOS rating and a VIG review session.

Run: ``.venv/bin/python sample_clips/make_demo_project.py [OUT.vigproj]`` (after make_demo_clip.py).
Coder AB codes close to what happens (onsets within a few frames); coder CD drifts more, misses an
infant vocalisation and adds a touch that AB did not see, so reliability has something to show.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import demo_story as story  # noqa: E402

from vig_annotator.core.model import Moment, Purpose, Rating, Role, Segment  # noqa: E402
from vig_annotator.core.project import Project, Put  # noqa: E402
from vig_annotator.projects import add_clip, add_coder, set_clip_details, start_session  # noqa: E402
from vig_annotator.schemes import builtin  # noqa: E402
from vig_annotator.store.opening import create_project  # noqa: E402
from vig_annotator.store.timing import timebase_for  # noqa: E402


def _put(project: Any, ops: Any) -> None:
    """Add entities through the one write path and its rules (not undoable): as the app would."""
    from vig_annotator.core.commands import edit

    project.run(edit("Set up", [(None, op.entity) for op in ops]), undoable=False)


def code_story(project: Project, session_id: int, clip_id: int, jitter_ms: int, seed: int,
               drop: set[tuple[str, int]] = frozenset(), extra: list[tuple[str, float, float]] = ()) -> None:
    rng = random.Random(seed)
    timebase = timebase_for(project, project.clip(clip_id))

    def ms(seconds: float) -> int:
        return timebase.snap(max(0, round(seconds * 1000) + rng.randint(-jitter_ms, jitter_ms)))

    spans: list[tuple[str, float, float, tuple]] = []
    for a, b, target in story.INFANT_GAZE:
        spans.append(("infant_gaze_parent" if target == "parent" else "infant_gaze_away", a, b, ()))
    spans += [("eye_contact", a, b, ()) for a, b in story.eye_contact_spans()]
    spans += [("parent_vocalisation", a, b, ()) for a, b in story.PARENT_VOICE]
    spans += [("infant_vocalisation", a, b, ()) for a, b in story.INFANT_VOICE]
    spans += [("touch", a, b, (("quality", (q,)),)) for a, b, q in story.TOUCH]
    spans += [(code, a, b, (("quality", ("gentle",)),)) for code, a, b in extra]
    ops = []
    seen: dict[str, int] = {}
    next_id = project.next_id("segment")
    gaze_end = 0
    for code, a, b, mods in spans:
        n = seen.get(code, 0)
        seen[code] = n + 1
        if (code, n) in drop:
            continue
        start = ms(a)
        if code.startswith("infant_gaze"):  # one gaze state ends where the next begins
            start = max(start, gaze_end)
        end = max(start + 40, ms(b)) if b < story.DURATION_S else timebase.duration_ms
        if code.startswith("infant_gaze"):
            gaze_end = end
        ops.append(Put(Segment(next_id, session_id, code, start, end, timebase.frame_at(start),
                               timebase.frame_at(end), mods)))
        next_id += 1
    for when, kind in story.SMILES:
        t = ms(when)
        ops.append(Put(Segment(next_id, session_id, "smile", t, t, timebase.frame_at(t),
                               timebase.frame_at(t), (("intensity", (kind,)),))))
        next_id += 1
    _put(project, ops)


def make(out: Path) -> None:
    out.unlink(missing_ok=True)
    project = create_project(out)
    demo, piios, vig = builtin("demo"), builtin("piios"), builtin("vig")
    clip = add_clip(project, HERE / "demo_clip.mp4", case_id="DEMO-001")
    clip = set_clip_details(project, clip, infant_age_days=118, context="home, floor play",
                            consent=("direct_care", "supervision", "training"), delete_by="2027-12-31")
    ab = add_coder(project, "AB")
    cd = add_coder(project, "CD")
    guider = add_coder(project, "GU", Role.GUIDER)

    s1 = start_session(project, clip, ab, demo, Purpose.RELIABILITY)
    s2 = start_session(project, clip, cd, demo, Purpose.RELIABILITY)
    code_story(project, s1.id, clip.id, jitter_ms=80, seed=1)
    code_story(project, s2.id, clip.id, jitter_ms=240, seed=2, drop={("infant_vocalisation", 3)},
               extra=[("touch", 33.0, 34.5)])
    _put(project, [Put(Rating(s1.id, "warmth", 3, note="warm tone throughout")),
                   Put(Rating(s1.id, "turn_taking", 2)),
                   Put(Rating(s2.id, "warmth", 2)), Put(Rating(s2.id, "turn_taking", 2))])

    s3 = start_session(project, clip, ab, piios, Purpose.CODING)
    values = [0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0]
    _put(project, [Put(Rating(s3.id, item.id, v)) for item, v in zip(piios.rated_items, values, strict=True)])
    timebase = timebase_for(project, clip)
    _put(project, [Put(Segment(project.next_id("segment"), s3.id, "ev12_responsive_turn_taking",
                               timebase.snap(3400), timebase.snap(9600), timebase.frame_at(3400),
                               timebase.frame_at(9600), note="baby coos, parent waits then answers",
                               item="item12_responsive_turn_taking"))])

    s4 = start_session(project, clip, guider, vig, Purpose.VIG_REVIEW)
    moments = [
        (3300, 5800, ("receiving_initiatives", "developing_attuned_interactions"),
         "I said something and you waited for me — then you answered!",
         "What did you do just before the baby smiled?"),
        (19000, 21400, ("being_attentive", "receiving_initiatives"),
         "You looked back at me and I smiled at you.", "What do you think your baby felt here?"),
        (24200, 26400, ("encouraging_initiatives",),
         "When you stroke me I feel calm and I can talk to you.", "How did you know to slow down?"),
    ]
    _put(project, [Put(Moment(i + 1, s4.id, timebase.snap(a), timebase.snap(b), p, cap, q, i + 1,
                              timebase.snap((a + b) // 2)))
                   for i, (a, b, p, cap, q) in enumerate(moments)])
    project.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "demo.vigproj"
    make(target)
    print(f"wrote {target}")

"""What happens in the demo clip, second by second: the script the clip is drawn from.

``make_demo_clip.py`` draws and voices these events; ``make_demo_project.py`` codes them (with the
small disagreements two real coders would have). Times are in seconds.
"""

DURATION_S = 40
FPS = 25
WIDTH, HEIGHT = 640, 360

# Where the baby looks: (start, end, target); target "parent" or "away".
INFANT_GAZE = [
    (0.0, 5.0, "parent"), (5.0, 9.0, "away"), (9.0, 16.0, "parent"), (16.0, 19.0, "away"),
    (19.0, 28.0, "parent"), (28.0, 32.0, "away"), (32.0, 40.0, "parent"),
]
# Stretches when the parent glances away from the baby (e.g. at a phone).
PARENT_LOOKS_AWAY = [(12.0, 14.0), (30.0, 31.0)]
PARENT_VOICE = [(1.0, 3.0), (6.5, 8.0), (10.5, 12.0), (17.0, 18.5), (22.0, 24.0), (27.0, 28.5), (33.0, 35.0)]
INFANT_VOICE = [(3.5, 4.5), (8.5, 9.5), (12.5, 13.5), (19.0, 20.0), (24.5, 25.5), (29.0, 30.0), (35.5, 36.5)]
SMILES = [(4.8, "broad"), (10.0, "slight"), (20.5, "broad"), (25.8, "slight"), (37.0, "broad")]
TOUCH = [(14.5, 17.0, "stroke"), (26.0, 28.0, "gentle")]


def inside(t: float, spans: list) -> bool:
    return any(span[0] <= t < span[1] for span in spans)


def infant_looks_at_parent(t: float) -> bool:
    return any(a <= t < b and target == "parent" for a, b, target in INFANT_GAZE)


def eye_contact_spans() -> list[tuple[float, float]]:
    """Both look at each other: the baby looks at the parent while the parent is not looking away."""
    spans: list[tuple[float, float]] = []
    for a, b, target in INFANT_GAZE:
        if target != "parent":
            continue
        start = a
        for x, y in PARENT_LOOKS_AWAY:
            if x < b and y > start:
                if x > start:
                    spans.append((start, x))
                start = max(start, y)
        if start < b:
            spans.append((start, b))
    return spans

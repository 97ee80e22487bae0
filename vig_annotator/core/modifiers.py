"""The modifier rule: a segment's modifiers are the sets its code offers, with values among their options.

An import of ``intensity=enormous`` for a code whose intensity is low or high, or of ``mood=happy`` for a
code with no mood, is refused naming the segment, the modifier and what is allowed.
"""

from __future__ import annotations

from vig_annotator.core.model import Code, Segment

SUGGESTED_BY = "suggested_by"
"""The one modifier every code takes: where an accepted suggestion came from (``voices@300Hz``), one value."""


def problems(what: str, code: Code, seg: Segment) -> list[str]:
    """Each modifier is one of the code's sets, named once, with values among its options (one unless multiple)."""
    sets = {m.name: m for m in code.modifiers}
    seen: set[str] = set()
    for name, values in seg.modifiers:
        if name == SUGGESTED_BY and SUGGESTED_BY not in sets:  # provenance, recorded by accepting a suggestion
            if name in seen or len(values) != 1:
                return [f"{what}: the modifier {name!r} names one origin"]
            seen.add(name)
            continue
        chosen = sets.get(name)
        if chosen is None:
            have = ", ".join(repr(n) for n in sets) or "none"
            return [f"{what}: {code.label!r} has no modifier {name!r} (its modifiers: {have})"]
        if name in seen:
            return [f"{what}: the modifier {name!r} is given twice"]
        seen.add(name)
        allowed = ", ".join(chosen.options)
        for value in values:
            if value not in chosen.options:
                return [f"{what}: modifier {name!r} value {value!r} is not one of its values ({allowed})"]
        if len(set(values)) != len(values):
            return [f"{what}: modifier {name!r} gives a value twice ({', '.join(values)})"]
        if len(values) > 1 and not chosen.multiple:
            return [f"{what}: modifier {name!r} takes one of its values ({allowed}), not {len(values)}: "
                    f"{', '.join(values)}"]
    return []

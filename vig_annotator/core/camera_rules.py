"""The rule of a clip's further video sources (cameras): at most four, labelled uniquely, each meeting the clip."""

from __future__ import annotations

from vig_annotator.core.dependents import View
from vig_annotator.core.labels import slug, timecode
from vig_annotator.core.model import MAX_SOURCES, Clip, VideoSource


def sources_after(view: View, clip_id: int) -> list[VideoSource]:
    """A clip's further sources as they would be after the edit."""
    found = {s.id: s for s in view.project.entities["source"].values()
             if isinstance(s, VideoSource) and s.clip_id == clip_id}
    for (kind, key), entity in view.changed.items():
        if kind != "source":
            continue
        found.pop(key, None)
        if isinstance(entity, VideoSource) and entity.clip_id == clip_id:
            found[entity.id] = entity
    return sorted(found.values(), key=lambda s: s.id)


def problems(view: View, source: VideoSource) -> list[str]:
    """A clip has at most four sources, each labelled uniquely, each overlapping the clip's time."""
    what = f"video source {source.label!r} of clip {source.clip_id}"
    clip = view.get("clip", source.clip_id)
    if not isinstance(clip, Clip):
        return [f"{what}: its clip {source.clip_id} is not in the project"]
    label = source.label.strip()
    if not label:
        return [f"{what}: needs a label (such as 'infant' or 'side')"]
    if slug(label, "") in ("", "primary"):
        return [f"{what}: the label must contain letters or digits and not be 'primary'"]
    siblings = sources_after(view, source.clip_id)
    if len(siblings) > MAX_SOURCES - 1:
        return [f"{what}: clip {clip.case_id} would have {len(siblings) + 1} video sources; "
                f"at most {MAX_SOURCES} (the clip and {MAX_SOURCES - 1} more)"]
    for other in siblings:
        if other.id != source.id and slug(other.label, "") == slug(label, ""):
            return [f"{what}: clip {clip.case_id} already has a source labelled {other.label!r}; labels must differ"]
    if clip.duration_ms > 0 and source.duration_ms > 0 and not (
            -source.duration_ms < source.offset_ms < clip.duration_ms):
        return [f"{what}: offset {timecode(source.offset_ms)} puts it entirely outside the clip "
                f"(0–{timecode(clip.duration_ms)}); sources must overlap the clip in time"]
    if source.confidence is not None and not 0.0 <= source.confidence <= 1.0:
        return [f"{what}: confidence {source.confidence} is not between 0 and 1"]
    return []

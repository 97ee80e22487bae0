"""Consent for shared review: a pack needs direct-care or supervision consent, or a logged override."""

from __future__ import annotations

from vig_annotator.core.model import Clip

PACK_SCOPES = ("direct_care", "supervision")


class ConsentError(PermissionError):
    """The clip's recorded consent does not cover a review pack."""


def check_consent(clip: Clip, override_reason: str = "") -> str:
    """Returns "" when consent covers the pack, or the override text to log; raises ConsentError otherwise."""
    if any(scope in clip.consent for scope in PACK_SCOPES):
        return ""
    if override_reason.strip():
        recorded = ", ".join(clip.consent) or "none"
        return f"consent override for {clip.case_id} (recorded scopes: {recorded}): {override_reason.strip()}"
    raise ConsentError(
        f"clip {clip.case_id} has no direct-care or supervision consent recorded "
        f"(recorded: {', '.join(clip.consent) or 'none'}); record it in the clip's details, or give a "
        "reason to override, which is logged in the project")

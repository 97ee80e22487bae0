"""The shared-review page: one offline HTML file, moments in review order, printable from a browser.

Stills are embedded (as JPEG data) so the page stands alone; links point to the full-resolution PNGs
and the excerpts beside it. No scripts, fonts or styles are fetched from anywhere. The page names
the case by its pseudonymous case ID only.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 2rem auto;
       max-width: 60rem; color: #222; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } .sub { color: #666; margin-top: 0; }
.moment { border-top: 3px solid #43a047; padding: 1rem 0 1.5rem; page-break-inside: avoid; }
.moment h2 { font-size: 1.25rem; margin: .2rem 0 .6rem; }
.stills { display: flex; gap: .6rem; } .stills figure { margin: 0; flex: 1; }
.stills img { width: 100%; border-radius: 4px; } figcaption { font-size: .8rem; color: #555; }
.caption { font-size: 1.2rem; font-style: italic; background: #f1f8e9; padding: .6rem .9rem;
           border-radius: 6px; margin: .8rem 0; }
.principles span { display: inline-block; background: #e8f5e9; border: 1px solid #a5d6a7;
                   border-radius: 999px; padding: .1rem .6rem; margin: 0 .3rem .3rem 0; font-size: .85rem; }
.questions { white-space: pre-wrap; } .notes { white-space: pre-wrap; background: #fff8e1; padding: .5rem; }
.files a { margin-right: 1rem; font-size: .9rem; }
footer { color: #777; font-size: .8rem; border-top: 1px solid #ddd; padding-top: .5rem; }
@media print { .files { display: none; } body { margin: 0; } }
"""


@dataclass
class PageMoment:
    order: int
    start_tc: str
    end_tc: str
    seconds: float
    caption: str
    questions: str
    principles: list[str]
    stills: list[tuple[str, Path, np.ndarray]]
    """(label, PNG file relative to the page, picture) for start, key frame and end."""
    excerpt: str
    slow: str = ""
    notes: str = ""


@dataclass
class Page:
    case_id: str
    title: str
    flavour: str
    moments: list[PageMoment] = field(default_factory=list)
    made: str = ""


def _data_uri(rgb: np.ndarray, width: int = 640) -> str:
    h, w = rgb.shape[:2]
    if w > width:
        rgb = cv2.resize(rgb, (width, round(h * width / w)), interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 85])
    if not ok:
        raise OSError("a still could not be encoded for the page")
    return "data:image/jpeg;base64," + base64.b64encode(data.tobytes()).decode("ascii")


def render(page: Page) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(page.title)} — {e(page.case_id)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{e(page.title)}</h1>",
        f'<p class="sub">Case {e(page.case_id)} · {len(page.moments)} moment(s) · {e(page.flavour)}</p>',
    ]
    for m in page.moments:
        parts.append(f'<section class="moment" id="moment-{m.order}">')
        parts.append(f"<h2>Moment {m.order} · {e(m.start_tc)} – {e(m.end_tc)} ({m.seconds:.1f} s)</h2>")
        parts.append('<div class="stills">')
        for label, path, rgb in m.stills:
            parts.append(f'<figure><a href="{e(path.as_posix())}"><img alt="{e(label)} of moment {m.order}" '
                         f'src="{_data_uri(rgb)}"></a><figcaption>{e(label)}</figcaption></figure>')
        parts.append("</div>")
        if m.caption:
            parts.append(f'<p class="caption">“{e(m.caption)}”</p>')
        if m.principles:
            parts.append('<p class="principles">' + "".join(f"<span>{e(p)}</span>" for p in m.principles) + "</p>")
        if m.questions:
            parts.append(f'<h3>Questions</h3><p class="questions">{e(m.questions)}</p>')
        if m.notes:
            parts.append(f'<h3>Guider\'s notes</h3><p class="notes">{e(m.notes)}</p>')
        links = [f'<a href="{e(m.excerpt)}">Excerpt with sound</a>']
        if m.slow:
            links.append(f'<a href="{e(m.slow)}">Slowed copy (no sound)</a>')
        parts.append(f'<p class="files">{"".join(links)}</p></section>')
    parts.append(f"<footer>Made by vig-annotator {e(page.made)}. Confidential: for the shared review only.</footer>")
    parts.append("</body></html>")
    return "\n".join(parts)

"""Results kept per clip fingerprint and analysis parameters, so a batch resumes where it stopped.

One JSON file per (analysis, parameters, clip) holds the rows; what ``--into`` stores in a project (a
pitch track, a motion series) sits beside it as ``.npz`` arrays, read without pickle. Files are
written whole (temporary file, then rename): a batch killed mid-write leaves no half result. The
fingerprints of clips seen before are remembered by path, size and modification time, so re-running a
finished batch reads no video.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from vig_annotator.batch.analyses import VERSION, ClipResult
from vig_annotator.store.clips import fingerprint


def result_key(analysis: str, params: dict[str, Any], clip_fingerprint: str) -> str:
    """The name a result is kept under: a hash of everything that decides it."""
    text = json.dumps({"analysis": analysis, "version": VERSION, "params": params, "clip": clip_fingerprint},
                      sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:40]


@contextmanager
def _written(target: Path) -> Iterator[Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ResultCache:
    """A folder of finished clips' results."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._prints_file = self.folder / "fingerprints.json"
        self._prints: dict[str, list[Any]] = {}
        try:
            loaded = json.loads(self._prints_file.read_text(encoding="utf-8"))
            self._prints = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self._prints = {}
        self._prints_changed = False

    def fingerprint(self, path: Path) -> str:
        """The clip's fingerprint, remembered while its size and modification time stay the same."""
        stat = path.stat()
        seen = self._prints.get(str(path))
        if isinstance(seen, list) and len(seen) == 3 and seen[:2] == [stat.st_size, stat.st_mtime_ns]:
            return str(seen[2])
        found = fingerprint(path)
        self._prints[str(path)] = [stat.st_size, stat.st_mtime_ns, found]
        self._prints_changed = True
        return found

    def save_fingerprints(self) -> None:
        if self._prints_changed:
            with _written(self._prints_file) as tmp:
                tmp.write_text(json.dumps(self._prints), encoding="utf-8")
            self._prints_changed = False

    def get(self, key: str, with_keep: bool = False) -> ClipResult | None:
        """The kept result, or None (never computed, or unreadable: then it is computed again)."""
        try:
            doc = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            rows = doc["rows"]
            if not isinstance(rows, list):
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        keep = None
        if with_keep and doc.get("keep"):
            try:
                with np.load(self.folder / f"{key}.npz", allow_pickle=False) as arrays:
                    keep = _unpack(str(doc["keep"]), {k: arrays[k] for k in arrays.files})
            except (OSError, ValueError, KeyError):
                return None
        return ClipResult(rows, keep)

    def put(self, key: str, analysis: str, clip_fingerprint: str, result: ClipResult) -> None:
        kind = ""
        if result.keep is not None:
            kind, arrays = _pack(result.keep)
            with _written(self.folder / f"{key}.npz") as tmp, tmp.open("wb") as f:
                np.savez(f, **arrays)  # type: ignore[arg-type]
        doc = {"analysis": analysis, "clip_fingerprint": clip_fingerprint, "rows": result.rows, "keep": kind}
        with _written(self.folder / f"{key}.json") as tmp:
            tmp.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")


FRAME_FEATURES = ("loudness_db", "centroid_hz", "tilt_db")
"""A pitch track's per-frame sound features, kept when the track has them."""


def _pack(keep: Any) -> tuple[str, dict[str, np.ndarray]]:
    from vig_annotator.analysis.motion_energy import MotionEnergy
    from vig_annotator.analysis.pitch import PitchTrack

    if isinstance(keep, PitchTrack):
        frames = {name: values for name in FRAME_FEATURES if (values := getattr(keep, name)) is not None}
        return "pitch", {"times_ms": keep.times_ms, "f0_hz": keep.f0_hz, "strength": keep.strength,
                         "step_ms": np.asarray(keep.step_ms), **frames}
    if isinstance(keep, MotionEnergy):
        names = list(keep.regions)
        return "motion", {"times_ms": keep.times_ms, "names": np.asarray(names),
                          "energy": np.stack([keep.energy[n] for n in names]),
                          "regions": np.asarray([keep.regions[n] for n in names]),
                          "settings": np.asarray([keep.threshold, keep.step, *keep.frame_size])}
    raise TypeError(f"cannot keep a {type(keep).__name__}")


def _unpack(kind: str, arrays: dict[str, np.ndarray]) -> Any:
    from vig_annotator.analysis.motion_energy import MotionEnergy
    from vig_annotator.analysis.pitch import PitchTrack

    if kind == "pitch":
        return PitchTrack(arrays["times_ms"], arrays["f0_hz"], arrays["strength"], int(arrays["step_ms"]),
                          **{name: arrays[name] for name in FRAME_FEATURES if name in arrays})
    if kind == "motion":
        names = [str(n) for n in arrays["names"]]
        threshold, step, width, height = (int(v) for v in arrays["settings"])
        return MotionEnergy(arrays["times_ms"], {n: arrays["energy"][i] for i, n in enumerate(names)},
                            {n: tuple(int(v) for v in arrays["regions"][i]) for i, n in enumerate(names)},  # type: ignore[misc]
                            threshold, step, (width, height))
    raise ValueError(f"unknown kept result {kind!r}")

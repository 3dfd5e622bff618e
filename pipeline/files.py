"""Expand command-line arguments (files, folders, globs) into the files to process."""
from __future__ import annotations

import glob
from pathlib import Path

from pipeline.readers import SUPPORTED_SUFFIXES


def expand_paths(args: list[str]) -> list[str]:
    """Files named, files under folders (recursively, supported types only), glob matches; in order, once each.

    A name that matches nothing is kept so that reading it reports "file not found".
    """
    seen: dict[str, None] = {}
    for arg in args:
        if any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            seen.update((m, None) for m in matches if Path(m).is_file())
            if not matches:
                seen[arg] = None
        elif Path(arg).is_dir():
            seen.update((str(p), None) for p in sorted(Path(arg).rglob("*"))
                        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            seen[arg] = None
    return list(seen)

"""Throughput of find_references over the .txt files of a folder (default: corpus/).

usage: python benchmarks/bench_references.py [FOLDER]

Texts are read once and normalized the way the pipeline does (NFC, Đ, dashes, single
newlines joined); only find_references is timed, over as many passes as fill ~2 seconds.
Prints figures only.
"""
from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.references import RefContext, find_references  # noqa: E402

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def load(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        texts.append(regex.sub(r"(?<!\n)\n(?!\n)", " ", text.replace("\u00d0", "Đ").translate(_DASHES)))
    return texts


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    texts = load(folder)
    if not texts:
        print(f"no .txt files in {folder}")
        return 1
    ctx = RefContext(province="Khánh Hòa")
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    refs = sum(len(find_references(t, ctx)) for t in texts)  # warm-up, also compiles lazily built state
    passes, elapsed = 0, 0.0
    start = time.perf_counter()
    while elapsed < 2.0:
        for t in texts:
            find_references(t, ctx)
        passes += 1
        elapsed = time.perf_counter() - start
    print(f"{len(texts)} docs, {size_mb:.3f} MB, {refs} references per pass, {passes} passes in {elapsed:.2f} s")
    print(f"{size_mb * passes / elapsed:.2f} MB/s, {len(texts) * passes / elapsed:.0f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

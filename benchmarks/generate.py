"""Generate a synthetic corpus from the seed documents in corpus/*.txt.

Each generated document is a seed with its numbers, dates, percentages and department
names changed and some body paragraphs swapped, so documents differ in content (and in
sha256) while keeping the structure the extractors read: header, "Căn cứ …" basis,
sections, pipe tables. Deterministic for a given seed.

    python benchmarks/generate.py OUT_DIR --docs 10000
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"

DEPARTMENTS = [
    "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Sở Xây dựng", "Sở Y tế",
    "Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội", "Sở Ngoại vụ",
]
_DEPARTMENT = regex.compile("|".join(regex.escape(d) for d in sorted(DEPARTMENTS, key=len, reverse=True)))
# "4034/QĐ-UBND", "61/2018/NĐ-CP": the number before a slash and a symbol or a year.
_DOC_NUMBER = regex.compile(r"(?<![\d/.,])(\d{1,4})(?=/(?:\d{4}/)?\p{Lu})")
_DMY = regex.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_LONG_DATE = regex.compile(r"\bngày (\d{1,2}) tháng (\d{1,2}) năm ((?:19|20)\d\d)\b")
_YEAR = regex.compile(r"(?<![\d/])((?:19|20)\d\d)(?![\d/])")
_PERCENT = regex.compile(r"\b(\d{1,3})(?=\s?%)")


def seed_texts(seed_dir: Path = SEEDS) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seed_dir.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """One variant of a seed document."""
    shift = rng.randint(-4, 4)
    departments = DEPARTMENTS[:]
    rng.shuffle(departments)
    rename = dict(zip(DEPARTMENTS, departments))

    def day_month_year(d: int, m: int, y: int) -> tuple[int, int, int]:
        m = min(12, max(1, m + rng.randint(-1, 1)))
        return min(28, max(1, d + rng.randint(-5, 5))), m, y  # years shift below, once

    def dmy(m: regex.Match) -> str:
        d, mo, y = day_month_year(int(m[1]), int(m[2]), int(m[3]))
        return f"{d:0{len(m[1])}d}/{mo:0{len(m[2])}d}/{y}"

    def long_date(m: regex.Match) -> str:
        d, mo, y = day_month_year(int(m[1]), int(m[2]), int(m[3]))
        return f"ngày {d:0{len(m[1])}d} tháng {mo:0{len(m[2])}d} năm {y}"

    text = _DEPARTMENT.sub(lambda m: rename[m[0]], text)
    text = _DOC_NUMBER.sub(lambda m: str(rng.randint(1, 4999)), text)
    text = _DMY.sub(dmy, text)
    text = _LONG_DATE.sub(long_date, text)
    text = _YEAR.sub(lambda m: str(int(m[1]) + shift), text)
    text = _PERCENT.sub(lambda m: str(min(100, max(1, int(m[1]) + rng.randint(-10, 10)))), text)
    return _swap_paragraphs(text, rng)


def _swap_paragraphs(text: str, rng: random.Random) -> str:
    """Swap a few pairs of body paragraphs (not the header, signature or table rows)."""
    paragraphs = text.split("\n\n")
    n = len(paragraphs)
    body = [i for i in range(n // 5, n - n // 8) if "|" not in paragraphs[i] and len(paragraphs[i]) > 40]
    for _ in range(min(4, len(body) // 2)):
        a, b = rng.sample(body, 2)
        paragraphs[a], paragraphs[b] = paragraphs[b], paragraphs[a]
    return "\n\n".join(paragraphs)


def generate(out_dir: Path, docs: int, seed: int = 2018, seed_dir: Path = SEEDS) -> list[Path]:
    """Write `docs` variants into `out_dir` (created); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seeds = seed_texts(seed_dir)
    if not seeds:
        raise SystemExit(f"no seed documents in {seed_dir}")
    paths = []
    for i in range(docs):
        name, text = seeds[i % len(seeds)]
        path = out_dir / f"{i:06d}_{name}.txt"
        path.write_text(vary(text, random.Random(seed * 1_000_003 + i)), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.docs, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} documents ({size / 1e6:.1f} MB) to {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()

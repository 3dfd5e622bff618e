"""Throughput and memory of extraction and ingestion (`make bench`). Prints figures; asserts nothing.

Generates a synthetic corpus from corpus/*.txt (benchmarks/generate.py), then runs each phase
in its own process so that its peak memory is its own:

  extract   read + extract every document, rows discarded         (1 worker, then all cores)
  ingest    extract and store into a fresh SQLite database          (1 worker, then all cores)
  re-ingest the same files again: all unchanged, skipped by sha256
  dask      ingest through a dask.distributed LocalCluster (all cores), if dask is installed
  pdf       corpus/*.pdf copied --pdf-copies times, extracted       (1 worker, then all cores)
  stages    where one process spends its time per document (reader, each extractor, store)

Peak memory: the phase process's own ru_maxrss (getrusage) and the largest peak RSS (VmHWM) of
its worker processes, sampled every 0.1 s; "total" adds the parent and every worker's peak.

The default corpus (3,000 documents) is large enough that the pool's start-up (≈ 0.4 s: the
fork server imports the extractors, compiling their patterns) and the last chunk's tail weigh
little, as in a province's year of files; at 800 documents they cost the 2-worker run about 10%.

    python benchmarks/run_all.py [--docs 3000] [--workers N] [--repeat 2] [--pdf-copies 12] [--no-dask] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SPEEDUP = 1.7
TARGET_DOCS_PER_CORE = 200
TARGET_PEAK_MB = 500


# --- measuring, inside a phase process ---------------------------------------------------

class PeakSampler:
    """Peak resident memory (VmHWM) of every descendant process, polled from /proc."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peaks: dict[int, int] = {}  # pid → kB
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)
        self.sample()

    def sample(self) -> None:
        for pid in descendants(os.getpid()):
            try:
                with open(f"/proc/{pid}/status") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            kb = int(line.split()[1])
                            self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
                            break
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass


def descendants(pid: int) -> list[int]:
    """Children, grandchildren, … of `pid` (from /proc)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                pass
    found, frontier = [], {pid}
    while frontier:
        children = {child for child, parent in parents.items() if parent in frontier}
        found += children
        frontier = children
    return found


def run_phase(args: argparse.Namespace) -> dict:
    from pipeline import parallel
    from pipeline.batch import ingest
    from pipeline.store import open_db

    paths = sorted(str(p) for p in Path(args.dir).iterdir() if p.is_file())
    result = {"files": len(paths), "bytes": 0, "docs": 0, "pages": 0, "failed": 0}
    with PeakSampler() as sampler:
        started = time.perf_counter()
        if args.phase == "extract":
            for batch in parallel.run(((p, None) for p in paths), len(paths), workers=args.workers):
                for outcome in batch:
                    result["bytes"] += outcome.size
                    result["pages"] += outcome.pages or 0
                    result["docs"] += outcome.rows is not None
                    result["failed"] += outcome.error is not None
        else:
            db = open_db(args.db)
            summary = ingest(db, paths, workers=args.workers, engine=args.engine)
            result.update(bytes=summary.bytes, docs=summary.stored + summary.skipped, failed=summary.failed,
                          stored=summary.stored, skipped=summary.skipped)
        result["seconds"] = time.perf_counter() - started
    result["parent_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["worker_mb"] = max(sampler.peaks.values(), default=0) / 1024
    result["total_mb"] = result["parent_mb"] + sum(sampler.peaks.values()) / 1024
    result["processes"] = len(sampler.peaks)
    return result


def run_stages(args: argparse.Namespace) -> dict:
    """Time each step of extraction and storage in this process, over the first --sample files."""
    import importlib

    import pipeline.batch as batch
    from pipeline.store import open_db

    spots = [("read (reader + layout)", "pipeline.batch", "read_document"),
             ("metadata", "pipeline.extract", "extract_metadata"),
             ("references", "pipeline.extract", "find_references"),
             ("targets", "pipeline.extract", "find_targets"),
             ("tasks", "pipeline.extract", "find_tasks"),
             ("rows for the store", "pipeline.batch", "prepare_rows"),
             ("store (write_rows)", "pipeline.batch", "write_rows")]
    totals: dict[str, float] = {}
    for label, module_name, attr in spots:
        module = importlib.import_module(module_name)
        real = getattr(module, attr, None)
        if real is None:
            continue

        def timed(*a, _real=real, _label=label, **k):
            t = time.perf_counter()
            try:
                return _real(*a, **k)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - t

        setattr(module, attr, timed)
    paths = sorted(str(p) for p in Path(args.dir).iterdir() if p.is_file())[: args.sample]
    for path in paths[:3]:  # warm-up: regex compilation, data files
        batch.process_file(path)
    totals.clear()
    started = time.perf_counter()
    summary = batch.ingest(open_db(args.db), paths, workers=1)
    seconds = time.perf_counter() - started
    return {"docs": summary.stored, "seconds": seconds,
            "ms_per_doc": {k: v * 1000 / max(1, summary.stored) for k, v in totals.items()}}


# --- the driver --------------------------------------------------------------------------

def phase(name: str, **options) -> dict:
    argv = [sys.executable, __file__, "--phase", name]
    for key, value in options.items():
        argv += [f"--{key.replace('_', '-')}", str(value)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} {options} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(label: str, r: dict, unit: str = "docs") -> str:
    rate = r["docs"] / r["seconds"]
    text = (f"  {label:<28} {r['docs']:>6} {unit} {r['seconds']:7.1f} s {rate:8.1f} {unit}/s "
            f"{r['bytes'] / 1e6 / r['seconds']:6.2f} MB/s")
    if unit == "docs" and r.get("pages"):
        text += f" {r['pages'] / r['seconds']:6.1f} pages/s"
    return text + (f"   peak MB: parent {r['parent_mb']:.0f}, largest worker {r['worker_mb']:.0f}, "
                   f"total {r['total_mb']:.0f} ({r['processes']} proc.)")


def main(argv: list[str] | None = None) -> None:
    from pipeline.parallel import default_workers

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=3000, help="generated TXT documents (default 3000)")
    parser.add_argument("--workers", type=int, default=0, help="the 'all cores' runs (default: every core)")
    parser.add_argument("--pdf-copies", type=int, default=12, help="copies of each corpus/*.pdf (default 12)")
    parser.add_argument("--no-dask", action="store_true", help="skip the dask LocalCluster run")
    parser.add_argument("--keep", type=Path, help="generate into (and keep) this folder")
    parser.add_argument("--sample", type=int, default=60, help="documents timed step by step (default 60)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="rounds of the TXT extract and ingest runs, 1 and all workers in turn; the targets use "
                             "each one's fastest round (default 2: a shared host slows single runs)")
    # internal: run one phase and print its figures as JSON
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase:
        if args.phase == "stages":
            print(json.dumps(run_stages(args)))
        else:
            print(json.dumps(run_phase(args)))
        return

    from benchmarks.generate import generate

    cores = default_workers()
    workers = args.workers or cores
    work = args.keep or Path(tempfile.mkdtemp(prefix="vnplan-bench-"))
    try:
        txt, pdf, dbs = work / "txt", work / "pdf", work / "db"
        for folder in (txt, pdf, dbs):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
        t = time.perf_counter()
        paths = generate(txt, args.docs)
        size = sum(p.stat().st_size for p in paths)
        print(f"vnplan benchmark: {cores} cores, Python {sys.version.split()[0]}")
        print(f"corpus: {len(paths)} generated TXT documents, {size / 1e6:.1f} MB "
              f"({size / len(paths) / 1000:.1f} KB each), in {time.perf_counter() - t:.1f} s")
        pdfs = sorted((ROOT / "corpus").glob("*.pdf"))
        for i in range(args.pdf_copies):
            for source in pdfs:
                shutil.copy(source, pdf / f"{i:04d}_{source.name}")
        sys.stdout.flush()

        results: dict[str, dict] = {}
        peaks: list[float] = []

        def run(key: str, label: str, name: str, unit: str = "docs", **options) -> dict:
            r = phase(name, **options)
            print(line(label, r, unit), flush=True)
            peaks.append(r["total_mb"])
            if key not in results or r["seconds"] < results[key]["seconds"]:
                results[key] = r  # the fastest of the repeats: the run the shared host disturbed least
            return r

        print("\nTXT" + (f" ({args.repeat} rounds, 1 and {workers} workers in turn)" if args.repeat > 1 else ""))
        for round_ in range(args.repeat):
            run("extract1", "extract, 1 worker", "extract", dir=txt, workers=1)
            run("extractN", f"extract, {workers} workers", "extract", dir=txt, workers=workers)
            run("ingest1", "ingest, 1 worker", "ingest", dir=txt, workers=1, db=dbs / f"one{round_}.db")
            run("ingestN", f"ingest, {workers} workers", "ingest", dir=txt, workers=workers,
                db=dbs / f"all{round_}.db")
        run("reingest", f"re-ingest unchanged, {workers} w.", "ingest", dir=txt, workers=workers,
            db=dbs / "all0.db")
        if not args.no_dask:
            try:
                import distributed  # noqa: F401
            except ImportError:
                print("  (dask not installed: pip install 'vnplan[dask]')")
            else:
                run("dask", f"ingest, dask LocalCluster ({workers})", "ingest", dir=txt, workers=workers,
                    db=dbs / "dask.db", engine="dask")
        if pdfs and args.pdf_copies:
            print(f"\nPDF ({len(pdfs)} file(s) × {args.pdf_copies})")
            run("pdf1", "extract, 1 worker", "extract", dir=pdf, workers=1)
            run("pdfN", f"extract, {workers} workers", "extract", dir=pdf, workers=workers)

        stages = phase("stages", dir=txt, db=dbs / "stages.db", sample=args.sample)
        print(f"\nWhere one process spends its time (ms per document, {stages['docs']} documents):")
        for label, ms in sorted(stages["ms_per_doc"].items(), key=lambda kv: -kv[1]):
            print(f"  {label:<24} {ms:7.2f}")
        print(f"  {'all (ingest, 1 worker)':<24} {stages['seconds'] * 1000 / max(1, stages['docs']):7.2f}")

        one, many = results["ingest1"], results["ingestN"]
        speedup = (many["docs"] / many["seconds"]) / (one["docs"] / one["seconds"])
        per_core = one["docs"] / one["seconds"]
        peak = max(peaks)
        print("\nTargets" + (f" (TXT: the fastest of {args.repeat} rounds)" if args.repeat > 1 else ""))
        print(f"  ingest speed-up 1 → {workers} workers: {speedup:.2f}× "
              f"(target ≥ {TARGET_SPEEDUP}× on 2 cores) {'OK' if speedup >= TARGET_SPEEDUP else 'MISSED'}")
        print(f"  TXT ingest per core: {per_core:.0f} docs/s with 1 worker, "
              f"{many['docs'] / many['seconds'] / workers:.0f} with {workers} "
              f"(target ≥ {TARGET_DOCS_PER_CORE}) {'OK' if per_core >= TARGET_DOCS_PER_CORE else 'MISSED'}")
        print(f"  peak memory, parent + all workers: {peak:.0f} MB "
              f"(target < {TARGET_PEAK_MB}) {'OK' if peak < TARGET_PEAK_MB else 'MISSED'}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

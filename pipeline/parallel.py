"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.

Every runner takes jobs — `(path, sha256 already stored or None)` — and yields lists of
`Outcome`s, one list per chunk of files, as chunks finish (completion order, not input
order). The caller (`pipeline.batch.ingest`) is the only SQLite writer and stores each list
in one transaction. Only a bounded number of chunks is in flight at any time, so memory
does not grow with the number of files.

- `serial`: extraction in this process (`--workers 1`): no start-up cost, no pickling.
- `local_pool`: a `ProcessPoolExecutor` of N workers started from a clean fork server (they
  inherit neither the parent's SQLite connection nor its threads). A worker that dies
  (segfault in a PDF library, out-of-memory kill) breaks the pool; the pool is rebuilt and
  the files that were in flight are re-run one at a time, so the file that kills a worker is
  reported as failed and the batch goes on. Each worker watches the ingesting process (a pidfd)
  and exits when it is gone, so a killed `vnplan ingest` leaves no orphans.
- `dask_batches`: chunks submitted to a `dask.distributed` cluster. The parent reads each
  file (and skips unchanged ones) and ships the bytes, so the workers need vnplan installed
  but not the files.
"""
from __future__ import annotations

import math
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipeline.batch import Limits, Outcome, process_job, read_checked
from pipeline.readers import ReadError, file_sha256

Job = tuple[str, "str | None"]

ENGINES = ("local", "dask")
CHUNK_FILES = 50          # at most this many files per chunk (and per transaction)
CHUNK_COST = 1_000_000    # ... and at most about this much work (bytes × format weight, ≈ 1–2 s)
# A byte of PDF costs far more to extract than a byte of text (≈ 10 ms/KB against ≈ 1 ms/KB).
FORMAT_WEIGHT = {".pdf": 10, ".docx": 2}
WORKER_DIED = "the worker process died while extracting this file (crash or out of memory)"
DASK_CONNECT_TIMEOUT = "10s"
DASK_WORKER_TIMEOUT = 30  # seconds to wait for a first worker to join the scheduler


class EngineError(Exception):
    """The chosen engine cannot run (no Dask installed, scheduler unreachable, …)."""


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def chunk_size_for(total: int, workers: int) -> int:
    """Files per chunk: up to CHUNK_FILES, smaller for small batches so every worker gets work."""
    return max(1, min(CHUNK_FILES, math.ceil(total / (workers * 4)) if total else CHUNK_FILES))


def chunked(jobs: Iterable[Job], max_files: int, max_cost: int = CHUNK_COST) -> Iterator[list[Job]]:
    """Group jobs into chunks bounded by file count and by estimated work."""
    chunk: list[Job] = []
    cost = 0
    for job in jobs:
        chunk.append(job)
        cost += _cost(job[0])
        if len(chunk) >= max_files or cost >= max_cost:
            yield chunk
            chunk, cost = [], 0
    if chunk:
        yield chunk


def _cost(path: str) -> int:
    try:
        size = os.stat(path).st_size
    except OSError:
        return 0
    return size * FORMAT_WEIGHT.get(Path(path).suffix.lower(), 1)


def run(jobs: Iterable[Job], total: int, *, workers: int | None = None, engine: str = "local",
        scheduler: str | None = None, limits: Limits = Limits(),
        chunk_files: int | None = None) -> Iterator[list[Outcome]]:
    """Pick the runner: dask if asked, a process pool for 2+ workers, else this process."""
    workers = workers or default_workers()
    if engine == "dask":
        return dask_batches(jobs, total, scheduler=scheduler, workers=workers, limits=limits,
                            chunk_files=chunk_files)
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    chunks = chunked(jobs, chunk_files or chunk_size_for(total, workers))
    if workers == 1:
        return serial(chunks, limits)
    return local_pool(chunks, workers, limits)


# --- in this process -----------------------------------------------------------------

def run_chunk(chunk: list[Job], limits: Limits = Limits()) -> list[Outcome]:
    return [process_job(path, known, limits) for path, known in chunk]


def serial(chunks: Iterable[list[Job]], limits: Limits = Limits()) -> Iterator[list[Outcome]]:
    for chunk in chunks:
        yield run_chunk(chunk, limits)


# --- local process pool --------------------------------------------------------------

def _worker_init(parent_pid: int) -> None:
    """In each pool worker: exit as soon as the ingesting process is gone; leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent_pid,), name="vnplan-parent-watch", daemon=True).start()


def _exit_with(parent_pid: int) -> None:
    """Block until `parent_pid` exits (a SIGKILL included), then end this worker at once."""
    try:
        fd = os.pidfd_open(parent_pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd (not Linux ≥ 5.3): poll
        while True:
            time.sleep(1)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
    select.select([fd], [], [])  # a pidfd becomes readable when its process exits
    os._exit(1)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing

    try:
        ctx = multiprocessing.get_context("forkserver")
        # Imported once in the fork server, then shared by every worker forked from it.
        ctx.set_forkserver_preload(["pipeline.parallel", "pdfplumber", "docx"])
    except ValueError:  # no fork server on this platform
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),))


def _stop_pool(pool: ProcessPoolExecutor, kill: bool) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=not kill, cancel_futures=True)
    if kill:
        for process in processes:  # only the workers this pool started
            if process.is_alive():
                process.kill()
        for process in processes:
            process.join(timeout=5)


def local_pool(chunks: Iterable[list[Job]], workers: int, limits: Limits = Limits(),
               func=run_chunk) -> Iterator[list[Outcome]]:
    """Run chunks on `workers` processes, at most 2 × workers chunks in flight."""
    chunks = iter(chunks)
    window = 2 * workers
    pool = _new_pool(workers)
    pending: dict[Future, list[Job]] = {}
    suspects: deque[Job] = deque()  # files that were in flight when a worker died
    finished = False
    try:
        while True:
            if suspects:
                # One file at a time until the culprit is found, so no innocent file is blamed.
                job = suspects.popleft()
                try:
                    yield pool.submit(func, [job], limits).result()
                except BrokenProcessPool:
                    _stop_pool(pool, kill=True)
                    pool = _new_pool(workers)
                    yield [Outcome(job[0], error=WORKER_DIED)]
                except Exception as exc:
                    yield [Outcome(job[0], error=_worker_error(exc))]
                continue
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending[pool.submit(func, chunk, limits)] = chunk
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            results: list[list[Outcome]] = []
            broken = False
            for future in done:
                chunk = pending.pop(future)
                try:
                    results.append(future.result())
                except BrokenProcessPool:
                    broken = True
                    suspects.extend(chunk)
                except Exception as exc:  # e.g. a result that cannot be pickled back
                    results.append([Outcome(path, error=_worker_error(exc)) for path, _ in chunk])
            if broken:
                for chunk in pending.values():
                    suspects.extend(chunk)
                pending.clear()
                _stop_pool(pool, kill=True)
                pool = _new_pool(workers)
            yield from results
        finished = True
    finally:
        _stop_pool(pool, kill=not finished)


def _worker_error(exc: BaseException) -> str:
    return f"worker error: {type(exc).__name__}: {exc}"


# --- Dask ----------------------------------------------------------------------------

def extract_data_chunk(items: list[tuple[str, bytes]], limits: Limits = Limits()) -> list[Outcome]:
    """On a Dask worker: extract files whose bytes the client read (no --timeout in worker threads)."""
    return [process_job(path, None, limits, data=data) for path, data in items]


def _read_for_dask(job: Job, limits: Limits) -> tuple[Outcome | None, bytes | None]:
    """In the client: read a file, settle skips and read errors here, ship only real work."""
    path, known = job
    try:
        data = read_checked(path, limits.max_bytes)
    except ReadError as exc:
        return Outcome(path, error=exc.reason), None
    if known is not None and file_sha256(data) == known:
        return Outcome(path, skipped=True, size=len(data)), None
    return None, data


def connect_dask(scheduler: str | None, workers: int):
    """A Client on the scheduler at `scheduler`, or on a new LocalCluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("the dask engine needs dask.distributed: pip install 'vnplan[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        raise EngineError(f"cannot connect to the Dask scheduler at {scheduler}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=DASK_WORKER_TIMEOUT)
    except (TimeoutError, OSError) as exc:
        _close_dask(client, cluster)
        raise EngineError(f"no Dask worker joined the scheduler at {scheduler} within {DASK_WORKER_TIMEOUT} s "
                          f"({exc}); "
                          f"start some with `dask worker {scheduler}`") from None

    def probe() -> str:  # defined here so it is shipped by value, not imported on the worker
        import pipeline.parallel  # noqa: F401

        return "ok"

    try:
        client.run(probe)
    except Exception as exc:
        _close_dask(client, cluster)
        raise EngineError(f"the Dask workers cannot import vnplan ({type(exc).__name__}: {exc}); "
                          "install it on every worker (pip install vnplan)") from None
    return client, cluster


def _close_dask(client, cluster) -> None:
    client.close()
    if cluster is not None:
        cluster.close()


def dask_batches(jobs: Iterable[Job], total: int, *, scheduler: str | None = None, workers: int = 2,
                 limits: Limits = Limits(), chunk_files: int | None = None) -> Iterator[list[Outcome]]:
    """Submit chunks to Dask, a bounded number in flight; yield each chunk's outcomes as it completes."""
    from distributed import as_completed

    client, cluster = connect_dask(scheduler, workers)
    try:
        threads = sum(client.nthreads().values()) or workers
        window = 2 * threads
        chunks = chunked(jobs, chunk_files or chunk_size_for(total, threads))
        in_flight = as_completed()
        shipped: dict = {}

        def submit_next() -> list[Outcome] | None:
            """Read the next chunk; submit what needs extracting; return what was settled here."""
            chunk = next(chunks, None)
            if chunk is None:
                return None
            settled, items = [], []
            for job in chunk:
                outcome, data = _read_for_dask(job, limits)
                if outcome is not None:
                    settled.append(outcome)
                else:
                    items.append((job[0], data))
            if items:
                # Big payloads go to the cluster as data, not inside the task graph.
                payload = client.scatter(items, hash=False) if sum(len(d) for _, d in items) > 4_000_000 else items
                future = client.submit(extract_data_chunk, payload, limits, pure=False)
                shipped[future.key] = [path for path, _ in items]
                in_flight.add(future)
            return settled

        exhausted = False
        while True:
            while not exhausted and in_flight.count() < window:
                settled = submit_next()
                if settled is None:
                    exhausted = True
                elif settled:
                    yield settled
            if in_flight.is_empty():
                break
            future = next(in_flight)
            paths = shipped.pop(future.key)
            try:
                yield future.result()
            except Exception as exc:  # KilledWorker, a worker without vnplan, …
                yield [Outcome(path, error=f"dask task failed: {type(exc).__name__}: {exc}") for path in paths]
            finally:
                future.release()
    finally:
        _close_dask(client, cluster)

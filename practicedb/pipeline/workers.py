"""Reading report files in worker processes: a time limit and a memory cap for each, so
one broken or hostile file fails alone and never hangs or exhausts the batch (PDFium is
not thread-safe, so each file is read in its own process)."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from pathlib import Path
from typing import Any

from practicedb.models import ExtractionError, Report

DEFAULT_TIMEOUT = 120.0
# The memory all the reading workers may use together; each worker gets an equal share
# (its address space is capped), so a memory bomb fails that file, not the machine. Fewer
# workers run if a share would fall below MIN_WORKER_MEMORY (PDF libraries need ~0.4 GB).
MEMORY_BUDGET_BYTES = 2 * 1024**3
MIN_WORKER_MEMORY = 768 * 1024**2


def worker_plan(files: int, workers: int | None, budget: int = MEMORY_BUDGET_BYTES
                ) -> tuple[int, int]:
    """(workers, memory cap per worker in bytes) for `files` files within `budget`."""
    wanted = workers or min(files, max(1, os.cpu_count() or 2))
    n = max(1, min(wanted, budget // MIN_WORKER_MEMORY))
    return n, max(budget // n, MIN_WORKER_MEMORY)



def _start_worker(limit: int) -> None:
    """Worker initializer: cap the address space so a runaway parse raises MemoryError,
    and import the PDF libraries now, so their start-up never counts against a file's
    time limit."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not available on every platform
        pass
    from practicedb import extraction  # noqa: F401


def _extract(path: str, sha256: str) -> tuple[Report | str, float]:
    """Runs in a worker: (a Report or a plain-words reason the file failed, seconds taken)."""
    started = time.monotonic()
    return _extract_report(path, sha256), time.monotonic() - started


def _extract_report(path: str, sha256: str) -> Report | str:
    from practicedb.extraction import extract_report

    try:
        return extract_report(Path(path), sha256)
    except ExtractionError as exc:
        return str(exc)
    except MemoryError:
        return "the file needed more memory than allowed and was stopped"
    except RecursionError:
        return "the PDF's internal structure loops back on itself and cannot be read"
    except Exception as exc:  # the extractor should not let these through; say so plainly
        return f"unexpected problem reading the PDF ({type(exc).__name__}: {exc})"


def read_files(
    hashes: dict[Path, str], workers: int, timeout: float, memory: int
) -> Iterable[tuple[Path, Report | str, float]]:
    """Yield (path, Report or error message, seconds) for each file as it finishes."""
    from pebble import ProcessExpired, ProcessPool

    context = multiprocessing.get_context("spawn")  # no inherited locks or PDFium state
    pool = ProcessPool(max_workers=workers, initializer=_start_worker,
                       initargs=(memory,), context=context)
    try:
        futures: dict[Any, Path] = {pool.schedule(_extract, args=(str(p), sha), timeout=timeout): p
                   for p, sha in hashes.items()}
        for future in as_completed(futures):
            path, seconds = futures[future], 0.0
            try:
                result, seconds = future.result()
            except FutureTimeout:
                seconds = timeout
                result = (
                    f"reading it took longer than the {timeout:g} s limit and was stopped "
                    "(the file may be very large or malformed)"
                )
            except ProcessExpired as exc:
                result = f"the PDF reader crashed on this file (exit code {exc.exitcode})"
            except Exception as exc:  # e.g. a result that could not be passed back
                result = f"unexpected problem reading the PDF ({type(exc).__name__}: {exc})"
            yield path, result, seconds
        pool.close()
    finally:
        pool.stop()  # on Ctrl-C or an error: end the workers now, don't wait for their files
        pool.join()

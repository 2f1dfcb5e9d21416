"""Shared by the bench_*.py scripts: time a call repeatedly, print one line of figures."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per call, `repeat` calls."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(name: str, samples: list[float], target: str = "") -> None:
    """One line: median, p99 (or the maximum of a few samples), count, target."""
    samples = sorted(samples)
    tail = ("p99", samples[min(len(samples) - 1, int(len(samples) * 0.99))]) if len(samples) >= 20 \
        else ("max", samples[-1])
    print(f"{name:<44} median {statistics.median(samples):8.2f} ms   {tail[0]} {tail[1]:8.2f} ms   n={len(samples)}"
          + (f"   [target {target}]" if target else ""))

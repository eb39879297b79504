"""The page cache's break-even: warm lookups against memory, for a range of vault sizes.

    python -m benchmarks.cache_size --data DIR --seed S --counts 20000,50000,... \
        [--caches 64,128] [--lookups L] [--warmup W]

For each vault (made by `benchmarks.import_worker`, this version's format) and each cache size:
  latency  one long-lived connection per cache size, as the desk keeps one, W random screen-pop
           lookups (by phone: the ids, then the row) to fill it (a desk that has been open for
           a long while: a lookup reads a few pages it has not read before, and the page check
           at sign-in does not fill the cache), then L timed, the connections
           alternating query by query (so the machine's other work weighs on all alike);
  memory   a process of its own per cache size doing the same W + L lookups, its RSS before the
           vault opened and after (what the cache costs a desk that has been popping a while).
The product's rule (`vault.db.cache_kib_for`) is chosen from these: the larger cache where it
buys latency, the smaller where it would only cost memory.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Layout,
    current_rss_mib,
    data_key,
    emit,
    open_plain_db,
    parse_result,
    summary_ms,
)
from benchmarks.lookup_worker import by_phone, queries
from seatdesk.vault.db import VaultDb, open_db

ROOT = Path(__file__).resolve().parents[1]


def lookups(layout: Layout, n: int) -> list[str]:
    plain = open_plain_db(layout.plain)
    try:
        return queries(plain, layout.count, n, random.Random(layout.seed * 104729))["phone"]
    finally:
        plain.close()


def opened(layout: Layout, cache_mib: int) -> VaultDb:
    db = open_db(layout.vault, data_key(layout.vault), verify="quick")
    db.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
    return db


def latency(layout: Layout, caches: list[int], warmup: int, n: int) -> dict[str, Any]:
    numbers = lookups(layout, warmup + n)
    dbs = {cache: opened(layout, cache) for cache in caches}
    samples: dict[int, list[float]] = {cache: [] for cache in caches}
    try:
        for i, number in enumerate(numbers):
            order = caches[i % len(caches) :] + caches[: i % len(caches)]
            for cache in order:
                started = time.perf_counter()
                by_phone(dbs[cache], number)
                if i >= warmup:
                    samples[cache].append(time.perf_counter() - started)
    finally:
        for db in dbs.values():
            db.close()
    return {str(cache): summary_ms(s) for cache, s in samples.items()}


def child(numbers_file: Path, layout: Layout, cache: int) -> None:
    numbers = json.loads(numbers_file.read_text())  # not made here: the heap stays unused
    before = current_rss_mib()
    db = opened(layout, cache)
    for number in numbers:
        by_phone(db, number)
    after = current_rss_mib()
    db.close()
    emit({"rss_before_mib": before, "rss_after_mib": after, "added_mib": after - before})


def memory(layout: Layout, cache: int, warmup: int, n: int, data: str) -> dict[str, Any]:
    numbers = layout.data / f"cache-size-{layout.count}.json"
    numbers.write_text(json.dumps(lookups(layout, warmup + n)))
    out = subprocess.run(
        [
            *(sys.executable, "-m", "benchmarks.cache_size", "--child", str(cache)),
            *("--data", data, "--seed", str(layout.seed), "--counts", str(layout.count)),
            *("--numbers", str(numbers)),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return parse_result(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--counts", required=True)
    parser.add_argument("--caches", default="64,128")
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=30000)
    parser.add_argument("--child", type=int)
    parser.add_argument("--numbers")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    if args.child is not None:
        layout = Layout(Path(args.data), counts[0], args.seed)
        child(Path(args.numbers), layout, args.child)
        return
    caches = [int(c) for c in args.caches.split(",")]
    result: dict[str, Any] = {}
    for count in counts:
        layout = Layout(Path(args.data), count, args.seed)
        entry: dict[str, Any] = {"vault_mib": layout.vault.stat().st_size / 2**20}
        entry["latency"] = latency(layout, caches, args.warmup, args.lookups)
        entry["memory"] = {
            str(cache): memory(layout, cache, args.warmup, args.lookups, args.data)
            for cache in caches
        }
        result[str(count)] = entry
        print(count, json.dumps(entry), flush=True)
    emit(result)


if __name__ == "__main__":
    main()

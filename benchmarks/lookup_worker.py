"""Lookups on the vault and on its plain twin, side by side in one process.

    python -m benchmarks.lookup_worker --data DIR --count N --seed S --lookups L --warmup W

A lookup is what the desk asks of the records layer for one search, without the masking and
the audit entry (the same for both, measured by the audit worker):
  phone        ids_by_phone, then load_customer for each match (the screen pop)
  customer_no  ids_by_customer_no, then load_customer
  name_prefix  ids_by_name_prefix (the desk's limit), then load_summary of the first 20 rows
               (what the results table shows)

warm: one long-lived connection per database with the product's page cache (as the desk has),
      W lookups first, then L timed. With a million customers the pages of random customers
      are mostly not in a 64 MiB cache: this is the desk's steady state.
hot:  then the cache is made large enough for every page those L lookups touch, they run once
      to fill it, and once more timed: what a lookup costs once its pages are in the cache.
cold: a new connection for every lookup: SQLite's page cache is empty, so every page the lookup
touches is read and, for the vault, decrypted and its HMAC checked. The OS file cache is not
dropped (that needs root): it stays warm, as it is on a seat that has the vault open. The open
itself is not timed (see "open" in the results).

Vault and plain lookups alternate query by query (and which goes first alternates), so that
whatever else the machine is doing weighs on both alike.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Layout,
    data_key,
    emit,
    open_plain_db,
    open_vault_db,
    summary_ms,
)
from seatdesk.records.customers import (
    ids_by_customer_no,
    ids_by_name_prefix,
    ids_by_phone,
    load_customer,
    load_summary,
)
from seatdesk.services.compartment_upkeep import blind_opener as blind
from seatdesk.services.record_desk import NAME_SEARCH_LIMIT
from seatdesk.vault.db import VaultDb, cache_kib_for, open_db

VISIBLE_ROWS = 20
Lookup = Callable[[VaultDb, str], object]


def by_phone(db: VaultDb, number: str) -> object:
    return [load_customer(db, i, blind(db)) for i in ids_by_phone(db, number)]


def by_customer_no(db: VaultDb, customer_no: str) -> object:
    return [load_customer(db, i, blind(db)) for i in ids_by_customer_no(db, customer_no)]


def by_name_prefix(db: VaultDb, prefix: str) -> object:
    ids = ids_by_name_prefix(db, prefix, limit=NAME_SEARCH_LIMIT + 1, opener=blind(db))
    return [load_summary(db, i) for i in ids[:VISIBLE_ROWS]]


LOOKUPS: dict[str, Lookup] = {
    "phone": by_phone,
    "customer_no": by_customer_no,
    "name_prefix": by_name_prefix,
}


def queries(db: VaultDb, count: int, n: int, rng: random.Random) -> dict[str, list[str]]:
    """Random customers' numbers, customer numbers and first two characters of their names."""
    found: dict[str, list[str]] = {"phone": [], "customer_no": [], "name_prefix": []}
    while len(found["phone"]) < n:
        customer_id = rng.randint(1, count)
        rows = db.execute("SELECT customer_no, name FROM customers WHERE id = ?", (customer_id,))
        phones = db.execute(
            "SELECT number FROM customer_phones WHERE customer_id = ?", (customer_id,)
        )
        if not rows or not phones:
            continue
        found["phone"].append(str(rng.choice(phones)[0]))
        found["customer_no"].append(str(rows[0][0]))
        found["name_prefix"].append(str(rows[0][1])[:2])
    return found


def run_pair(
    lookup: Lookup, first: VaultDb, second: VaultDb, items: list[str]
) -> tuple[list[float], list[float]]:
    a: list[float] = []
    b: list[float] = []
    for i, query in enumerate(items):
        order = ((first, a), (second, b)) if i % 2 == 0 else ((second, b), (first, a))
        for db, samples in order:
            started = time.perf_counter()
            lookup(db, query)
            samples.append(time.perf_counter() - started)
    return a, b


HOT_CACHE_KIB = 1024 * 1024


def warm_and_hot(
    lookup: Lookup, layout: Layout, key: bytes, warmup: list[str], timed: list[str]
) -> dict[str, tuple[list[float], list[float]]]:
    vault, plain = open_vault_db(layout.vault, key), open_plain_db(layout.plain)
    # the plain twin gets the cache the product gives the vault (`cache_kib_for`)
    plain.execute(f"PRAGMA cache_size = -{cache_kib_for(layout.vault.stat().st_size)}")
    try:
        run_pair(lookup, vault, plain, warmup)
        warm = run_pair(lookup, vault, plain, timed)
        for db in (vault, plain):
            db.execute(f"PRAGMA cache_size = -{HOT_CACHE_KIB}")
        run_pair(lookup, vault, plain, timed)
        return {"warm": warm, "hot": run_pair(lookup, vault, plain, timed)}
    finally:
        vault.close()
        plain.close()


def cold(
    lookup: Lookup, layout: Layout, key: bytes, timed: list[str]
) -> tuple[list[float], list[float]]:
    vault_samples: list[float] = []
    plain_samples: list[float] = []
    opens = {
        "vault": lambda: open_vault_db(layout.vault, key),
        "plain": lambda: open_plain_db(layout.plain),
    }
    for i, query in enumerate(timed):
        names = ("vault", "plain") if i % 2 == 0 else ("plain", "vault")
        for name in names:
            db = opens[name]()
            started = time.perf_counter()
            lookup(db, query)
            elapsed = time.perf_counter() - started
            db.close()
            (vault_samples if name == "vault" else plain_samples).append(elapsed)
    return vault_samples, plain_samples


def opens(layout: Layout, key: bytes, n: int) -> dict[str, Any]:
    """What opening costs: quick (structure) and full (every page's HMAC, the desk's sign-in)."""
    quick: list[float] = []
    plain: list[float] = []
    for _ in range(n):
        started = time.perf_counter()
        open_vault_db(layout.vault, key).close()
        quick.append(time.perf_counter() - started)
        started = time.perf_counter()
        open_plain_db(layout.plain).close()
        plain.append(time.perf_counter() - started)
    full: list[float] = []
    for _ in range(3):
        started = time.perf_counter()
        open_db(layout.vault, key, verify="full").close()
        full.append(time.perf_counter() - started)
    return {
        "vault_quick": summary_ms(quick),
        "plain": summary_ms(plain),
        "vault_full_page_check": summary_ms(full),
        "vault_mb": layout.vault.stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--lookups", type=int, required=True)
    parser.add_argument("--cold-lookups", type=int)
    parser.add_argument("--warmup", type=int, required=True)
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    key = data_key(layout.vault)
    rng = random.Random(args.seed * 7919)
    plain = open_plain_db(layout.plain)
    timed = queries(plain, args.count, args.lookups, rng)
    warmups = queries(plain, args.count, args.warmup, rng)
    plain.close()
    cold_n = args.cold_lookups or args.lookups
    result: dict[str, Any] = {"open": opens(layout, key, 50)}
    for kind, lookup in LOOKUPS.items():
        runs = warm_and_hot(lookup, layout, key, warmups[kind], timed[kind])
        runs["cold"] = cold(lookup, layout, key, timed[kind][:cold_n])
        for cache, (vault_s, plain_s) in runs.items():
            v, p = summary_ms(vault_s), summary_ms(plain_s)
            result[f"{kind}/{cache}"] = {
                "vault": v,
                "plain": p,
                "ratio_p95": round(v["p95_ms"] / p["p95_ms"], 3),
                "ratio_p50": round(v["p50_ms"] / p["p50_ms"], 3),
            }
            print(kind, cache, result[f"{kind}/{cache}"], flush=True)
    emit(result)


if __name__ == "__main__":
    main()

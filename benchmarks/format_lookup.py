"""Vault format 2 against plain SQLite with today's schema and like-for-like (issue 16).

    python -m benchmarks.format_lookup --data DIR --old-data OLD --count N --seed S \
        --lookups L --warmup W [--cold-lookups C]

Four databases of the same N customers, measured query by query in one process, the order
rotated every query so that the machine's other work weighs on all alike:

  vault     this version's vault (format 2: HMAC-SHA256 pages; schema v11: phones in the row),
            looked up as this version does (the row alone)
  plain     its plain twin (schema v11, no key), looked up the same way: like for like
  plain-v10 the plain twin built by the release before (schema v10, `OLD`), looked up as that
            release does (the row, then its phones from the index): "today's plain SQLite"
  vault-v10 the vault built by the release before (format 1, schema v10), looked up as it does

`OLD` is made by the release before's own `benchmarks.import_worker` (same CSV, same seed).
Phone and customer-number lookups, cold (a new connection for each) and warm (one long-lived
connection each, with the product's page cache for that vault, after W lookups).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Layout, data_key, emit, open_plain_db, summary_ms
from benchmarks.lookup_worker import queries
from seatdesk.records.customers import (
    CustomerRow,
    ids_by_customer_no,
    ids_by_phone,
    load_customer,
)
from seatdesk.records.sealed_rows import open_values, parse_masks
from seatdesk.services.compartment_upkeep import blind_opener as blind
from seatdesk.vault.db import VaultDb, cache_kib_for, open_db

_SELECT_V10 = (
    "SELECT id, customer_no, tier, tier_expires, gender, segment, consent, consent_date, "
    "retain_until, name, birth_date, id_type, id_number, email, address, bank_card, notes, "
    "consent_withdrawn_at, masks, verifiers FROM customers"
)
_SEALED = ("name", "birth_date", "id_number", "email", "address", "bank_card", "notes")


def load_customer_v10(db: VaultDb, customer_id: int) -> CustomerRow | None:
    """The release before's `load_customer`: the row, then the customer's phones."""
    rows = db.execute(f"{_SELECT_V10} WHERE id = ?", (customer_id,))
    if not rows:
        return None
    r = rows[0]
    phones = db.execute(
        "SELECT number, kind FROM customer_phones WHERE customer_id = ? ORDER BY kind, number",
        (customer_id,),
    )
    stored = (r[9], r[10], r[12], r[13], r[14], r[15], r[16])
    clear = open_values(blind(db), str(r[1]), dict(zip(_SEALED, stored, strict=True)))
    return CustomerRow(
        id=int(r[0]),
        customer_no=str(r[1]),
        tier=str(r[2]),
        tier_expires=r[3],
        gender=str(r[4]),
        segment=str(r[5]),
        consent=str(r[6]),
        consent_date=r[7],
        retain_until=r[8],
        id_type=str(r[11]),
        consent_withdrawn_at=r[17],
        mobiles=tuple(str(p[0]) for p in phones if p[1] == "mobile"),
        landlines=tuple(str(p[0]) for p in phones if p[1] == "landline"),
        masks=parse_masks(r[18]),
        verifiers=None if r[19] is None else bytes(r[19]),
        **clear,
    )


Lookup = Callable[[VaultDb, str], object]
LOOKUPS: dict[str, dict[str, Lookup]] = {
    "phone": {
        "now": lambda db, q: [load_customer(db, i, blind(db)) for i in ids_by_phone(db, q)],
        "v10": lambda db, q: [load_customer_v10(db, i) for i in ids_by_phone(db, q)],
    },
    "customer_no": {
        "now": lambda db, q: [load_customer(db, i, blind(db)) for i in ids_by_customer_no(db, q)],
        "v10": lambda db, q: [load_customer_v10(db, i) for i in ids_by_customer_no(db, q)],
    },
}
NAMES = ("vault", "plain", "plain-v10", "vault-v10")


def openers(layout: Layout, old: Layout) -> dict[str, Callable[[], VaultDb]]:
    key, old_key = data_key(layout.vault), data_key(old.vault)
    return {
        "vault": lambda: open_db(layout.vault, key, verify="quick"),
        "plain": lambda: open_plain_db(layout.plain),
        "plain-v10": lambda: open_plain_db(old.plain),
        "vault-v10": lambda: open_db(old.vault, old_key, verify="quick"),
    }


def _cache(db: VaultDb, name: str, layout: Layout, old: Layout) -> None:
    """The product's cache for the vault of that size, the same for its plain twin."""
    vault = layout.vault if name in ("vault", "plain") else old.vault
    db.execute(f"PRAGMA cache_size = -{cache_kib_for(vault.stat().st_size)}")


def measure(
    kind: str, layout: Layout, old: Layout, warmup: list[str], timed: list[str], cold_n: int
) -> dict[str, dict[str, list[float]]]:
    opens = openers(layout, old)
    version = {"vault": "now", "plain": "now", "plain-v10": "v10", "vault-v10": "v10"}
    fns = {name: LOOKUPS[kind][version[name]] for name in NAMES}
    samples: dict[str, dict[str, list[float]]] = {"warm": {}, "cold": {}}
    dbs = {name: opens[name]() for name in NAMES}
    try:
        for name, db in dbs.items():
            _cache(db, name, layout, old)
        for i, query in enumerate([*warmup, *timed]):
            for name in NAMES[i % 4 :] + NAMES[: i % 4]:
                started = time.perf_counter()
                fns[name](dbs[name], query)
                if i >= len(warmup):
                    samples["warm"].setdefault(name, []).append(time.perf_counter() - started)
    finally:
        for db in dbs.values():
            db.close()
    for i, query in enumerate(timed[:cold_n]):
        for name in NAMES[i % 4 :] + NAMES[: i % 4]:
            db = opens[name]()
            started = time.perf_counter()
            fns[name](db, query)
            samples["cold"].setdefault(name, []).append(time.perf_counter() - started)
            db.close()
    return samples


def page_check(layout: Layout, old: Layout, rounds: int) -> dict[str, Any]:
    """The sign-in's page check (every page's HMAC), format 2 against format 1, alternating."""
    key, old_key = data_key(layout.vault), data_key(old.vault)
    times: dict[str, list[float]] = {"format2": [], "format1": []}
    for i in range(rounds):
        pair = [("format2", layout.vault, key), ("format1", old.vault, old_key)]
        for name, path, k in pair if i % 2 == 0 else reversed(pair):
            started = time.perf_counter()
            open_db(path, k, verify="full").close()
            times[name].append(time.perf_counter() - started)
    return {
        **{name: summary_ms(t) for name, t in times.items()},
        "format2_mb": layout.vault.stat().st_size / 1e6,
        "format1_mb": old.vault.stat().st_size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--old-data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--lookups", type=int, required=True)
    parser.add_argument("--cold-lookups", type=int)
    parser.add_argument("--warmup", type=int, required=True)
    parser.add_argument("--page-checks", type=int, default=6)
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    old = Layout(Path(args.old_data), args.count, args.seed)
    rng = random.Random(args.seed * 7919)
    plain = open_plain_db(layout.plain)
    timed = queries(plain, args.count, args.lookups, rng)
    warmups = queries(plain, args.count, args.warmup, rng)
    plain.close()
    result: dict[str, Any] = {"page_check": page_check(layout, old, args.page_checks)}
    print("page check", result["page_check"], flush=True)
    for kind in LOOKUPS:
        runs = measure(
            kind, layout, old, warmups[kind], timed[kind], args.cold_lookups or args.lookups
        )
        for cache, by_name in runs.items():
            stats = {name: summary_ms(s) for name, s in by_name.items()}
            entry: dict[str, Any] = {"stats": stats}
            for base in ("plain-v10", "plain", "vault-v10"):
                entry[f"vault/{base}"] = {
                    q: round(stats["vault"][f"{q}_ms"] / stats[base][f"{q}_ms"], 3)
                    for q in ("p50", "p95")
                }
            result[f"{kind}/{cache}"] = entry
            print(kind, cache, entry, flush=True)
    emit(result)


if __name__ == "__main__":
    main()

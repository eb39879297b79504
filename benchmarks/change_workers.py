"""The two processes of one change-set round (see `benchmarks.change_set_bench`), each with its
own connection, as a seat has them:

    python -m benchmarks.change_workers pops  --kind vault|plain --db PATH --numbers FILE
    python -m benchmarks.change_workers apply --kind vault|plain --db PATH --seq N

pops: the desk. vault: signed in as the agent (every page checked, as the desk does), each pop
is `Services.records.search(number)` then `records.view(id)`: the phone lookup, the record, and
their two audit entries (each its own BEGIN IMMEDIATE). plain: the same lookups and two audit
appends on the unencrypted copy (there is no sign-in without a key). After 20 warm-up pops it
says READY, then pops every INTERVAL until its stdin closes, and answers with every pop's
CLOCK_MONOTONIC start, duration and error (a write that waited past the busy timeout).

apply: the hall worker's change-set step (`change_step.change_round`, what `HallWorker` runs each
round) on a connection of its own, after READY and a `go` line: download, checks, decryption and
the apply. Every write transaction the connection runs is timed (BEGIN IMMEDIATE … COMMIT) to
show how long the vault's write lock is held. plain: the same step on the unencrypted copy (the
copy's meta holds the seat's hall keys, so the same code fetches and applies the same change
set).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import bench_runtime, emit, open_plain_db
from seatdesk.audit.log import AuditLog
from seatdesk.records.customers import ids_by_phone, load_customer
from seatdesk.services.agreement import load_agreement
from seatdesk.services.change_apply import ChangeApplier
from seatdesk.services.change_step import change_round
from seatdesk.services.compartment_upkeep import blind_opener
from seatdesk.services.demo import DEMO_LOGINS
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.hall_link import SeatLink
from seatdesk.services.registry import open_session
from seatdesk.services.runtime import VaultPaths
from seatdesk.vault.db import VaultDb
from seatdesk.vault.store import audit_key

ADMIN, AGENT = DEMO_LOGINS[0], DEMO_LOGINS[1]
WARMUP = 20


def runtime(seat: str) -> Any:
    return dataclasses.replace(bench_runtime(), seat=seat)


def desk_pop(db_path: Path, seat: str) -> tuple[Callable[[str], None], Callable[[], None]]:
    services = Services(sign_in(runtime(seat), VaultPaths(db_path), AGENT.staff_id, AGENT.password))
    if services.agreement_due():
        services.acknowledge(load_agreement("zh_CN"), AGENT.staff_id)

    def pop(number: str) -> None:
        for customer_id in services.records.search(number)[:1]:
            services.records.view(customer_id)

    return pop, services.close


def plain_pop(db_path: Path, seat: str) -> tuple[Callable[[str], None], Callable[[], None]]:
    db = open_plain_db(db_path)
    audit = AuditLog(db, audit_key(db), runtime(seat).clock, seat)
    opener = blind_opener(db)  # the masked card: nothing to open

    def pop(number: str) -> None:
        ids = ids_by_phone(db, number)
        audit.append(AGENT.staff_id, "record.search", detail={"by": "phone", "count": len(ids)})
        for customer_id in ids[:1]:
            row = load_customer(db, customer_id, opener)
            target = row.customer_no if row is not None else ""
            audit.append(AGENT.staff_id, "record.view", target=target)

    return pop, db.close


def _until_eof(stop: threading.Event) -> None:
    sys.stdin.read()
    stop.set()


def pops(kind: str, db_path: Path, numbers: list[str], interval: float, seat: str) -> None:
    pop, close = (desk_pop if kind == "vault" else plain_pop)(db_path, seat)
    stop = threading.Event()
    samples: list[tuple[float, float, str]] = []
    try:
        for number in numbers[:WARMUP]:
            pop(number)
        print("READY", flush=True)
        threading.Thread(target=_until_eof, args=(stop,), daemon=True).start()
        i = WARMUP
        while not stop.is_set():
            number = numbers[i % len(numbers)]
            i += 1
            started = time.monotonic()
            error = ""
            try:
                pop(number)
            except Exception as exc:  # a write that waited past the busy timeout, say
                error = f"{type(exc).__name__}: {exc}"[:120]
            samples.append((started, time.monotonic() - started, error))
            stop.wait(interval)
    finally:
        close()
    emit({"samples": samples})


class TimedTransactions:
    """Every write transaction of one connection, from BEGIN IMMEDIATE's return (the write lock
    taken) to COMMIT's (released), as (monotonic start, seconds)."""

    def __init__(self, db: VaultDb) -> None:
        self.spans: list[tuple[float, float]] = []
        self._begun: float | None = None
        execute = db.execute

        def timed(sql: str, params: Any = ()) -> Any:
            words = sql.upper().split()
            result = execute(sql, params)
            if words[:1] == ["BEGIN"]:  # a read snapshot (BEGIN DEFERRED) holds no write lock
                self._begun = time.monotonic() if words[1:2] == ["IMMEDIATE"] else None
            if words[:1] in (["COMMIT"], ["END"]) and self._begun is not None:
                self.spans.append((self._begun, time.monotonic() - self._begun))
                self._begun = None
            return result

        db.execute = timed  # type: ignore[method-assign]


def apply(kind: str, db_path: Path, seq: int, seat: str) -> None:
    run = runtime(seat)
    if kind == "vault":
        who = sign_in(run, VaultPaths(db_path), ADMIN.staff_id, ADMIN.password, verify="quick")
        session = open_session(who)
        db, policy = session.second_connection(), session.policy
    else:
        db, policy = open_plain_db(db_path), run.policy
    audit = AuditLog(db, audit_key(db), run.clock, seat)
    link = SeatLink(db, audit.head, run.clock.now)
    applier = ChangeApplier(db, audit, policy, run.clock.now)
    spans = TimedTransactions(db)
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no go")
    started = time.monotonic()
    fields = change_round(db, applier, link, reached=True)
    ended = time.monotonic()
    db.close()
    if fields.get("customer_data_seq") != seq:
        raise SystemExit(f"the change set was not applied: {fields}")
    longest = max(spans.spans, key=lambda s: s[1], default=(started, 0.0))
    emit(
        {
            "started": started,
            "ended": ended,
            "seconds": ended - started,
            "transactions": len(spans.spans),
            "longest_transaction_s": longest[1],
            "longest_transaction_started": longest[0],
            "fields": {k: v for k, v in fields.items() if k != "customer_data_at"},
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=("pops", "apply"))
    parser.add_argument("--kind", choices=("vault", "plain"), required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seat", default="seat-b")
    parser.add_argument("--numbers")
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--seq", type=int)
    args = parser.parse_args()
    if args.role == "pops":
        numbers = json.loads(Path(args.numbers).read_text())
        pops(args.kind, Path(args.db), numbers, args.interval, args.seat)
    else:
        apply(args.kind, Path(args.db), args.seq, args.seat)


if __name__ == "__main__":
    main()

"""The audit log: appends per second, and what the audit entry adds to viewing a record.

    python -m benchmarks.audit_worker --data DIR --count N --seed S --appends A --views V

appends: AuditLog.append as the services call it (one transaction each: read the head, MAC,
insert, commit), on the vault and, for comparison, on the plain twin.
views: RecordDesk.view (load, mask, history, audit entry) against the same work without the
audit entry, alternating, as the signed-in agent on the vault.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import (
    AGENT,
    AGENT_PW,
    Layout,
    bench_runtime,
    emit,
    open_plain_db,
    summary_ms,
)
from seatdesk.app import load_default_policy
from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import FixedClock, SystemClock
from seatdesk.records.customers import load_customer
from seatdesk.records.interactions import recent_interactions
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import Session, sign_in

# The appends are written as another person's: the agent's rate check (in the views below)
# counts the agent's views of the last minute, which thousands of appends would swell.
APPENDER = "bench-appender"


def appends(log: AuditLog, n: int) -> dict[str, Any]:
    samples = []
    started = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        log.append(
            APPENDER,
            "record.view",
            target=f"C{i % 1000000 + 1:08d}",
            detail={"fields": ["name", "mobile", "address"], "mode": "masked"},
        )
        samples.append(time.perf_counter() - t)
    seconds = time.perf_counter() - started
    return {"appends": n, "per_s": n / seconds, **summary_ms(samples)}


def batched(log: AuditLog, n: int, size: int) -> dict[str, Any]:
    """Appends `size` at a time in one `AuditLog.batch` (one transaction), as a pop writes its
    four or five entries; per entry."""
    started = time.perf_counter()
    done = 0
    while done < n:
        with log.batch():
            for _ in range(min(size, n - done)):
                log.append(
                    APPENDER,
                    "record.view",
                    target=f"C{done % 1000000 + 1:08d}",
                    detail={"fields": ["name", "mobile", "address"], "mode": "masked"},
                )
                done += 1
    seconds = time.perf_counter() - started
    return {"appends": n, "batch": size, "per_s": n / seconds, "us_each": seconds / n * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--appends", type=int, required=True)
    parser.add_argument("--views", type=int, required=True)
    args = parser.parse_args()
    layout = Layout(Path(args.data), args.count, args.seed)
    session = sign_in(bench_runtime(), VaultPaths(layout.vault), AGENT, AGENT_PW, verify="quick")
    result: dict[str, Any] = {"vault": appends(session.audit, args.appends)}
    plain = open_plain_db(layout.plain)
    plain_log = AuditLog(plain, bytes(32), SystemClock(), "bench")
    result["plain"] = appends(plain_log, args.appends)
    for size in (5, 20, 100):  # vault and plain alternating
        result[f"vault_batch_{size}"] = batched(session.audit, args.appends, size)
        result[f"plain_batch_{size}"] = batched(plain_log, args.appends, size)
    plain.close()

    rng = random.Random(args.seed)
    result["view"] = views(session, [rng.randint(1, args.count) for _ in range(args.views)])
    # At a desk's pace under the shipped policy (30 views a minute): the clock moves 2.5 s a
    # view, so the rate check counts the entries of one real minute, as it does at a seat.
    latest = max(entry.ts for entry in session.audit.entries())  # a paced run before is ahead
    session.close()
    start = max(datetime.now(UTC), datetime.fromisoformat(latest))
    clock = FixedClock(start + timedelta(minutes=2))  # past the views above
    paced = dataclasses.replace(bench_runtime(), clock=clock, policy=load_default_policy())
    session = sign_in(paced, VaultPaths(layout.vault), AGENT, AGENT_PW, verify="quick")
    ids = [rng.randint(1, args.count) for _ in range(args.views)]
    result["view_at_desk_pace"] = views(session, ids, lambda: clock.advance(seconds=2.5))
    session.close()
    emit(result)


def views(session: Session, ids: list[int], between: Callable[[], None] = lambda: None) -> Any:
    """RecordDesk.view against the same work without its audit entry, alternating."""
    desk = RecordDesk(session)
    audited: list[float] = []
    unaudited: list[float] = []

    def without_audit(customer_id: int) -> object:
        row = load_customer(session.db, customer_id, session.opener)
        assert row is not None
        recent_interactions(session.db, customer_id)
        return desk._mask(row)  # what view() does, less the audit entry

    for i, customer_id in enumerate(ids):
        steps = [("a", desk.view), ("u", without_audit)]
        for name, fn in steps if i % 2 == 0 else reversed(steps):
            t = time.perf_counter()
            fn(customer_id)
            (audited if name == "a" else unaudited).append(time.perf_counter() - t)
        between()
    a, u = summary_ms(audited), summary_ms(unaudited)
    return {
        "audited": a,
        "unaudited": u,
        "added_p50_ms": round(a["p50_ms"] - u["p50_ms"], 4),
        "added_mean_ms": round(a["mean_ms"] - u["mean_ms"], 4),
    }


if __name__ == "__main__":
    main()

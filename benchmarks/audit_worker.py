"""The audit log: appends per second, and what the audit entry adds to viewing a record.

    python -m benchmarks.audit_worker --data DIR --count N --seed S --appends A --views V

appends: AuditLog.append as the services call it (one transaction each: read the head, MAC,
insert, commit), on the vault and, for comparison, on the plain twin.
views: RecordDesk.view (load, mask, history, audit entry) against the same work without the
audit entry, alternating, as the signed-in agent on the vault.
"""

from __future__ import annotations

import argparse
import random
import time
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
from seatdesk.audit.log import AuditLog
from seatdesk.core.clock import SystemClock
from seatdesk.records.customers import load_customer
from seatdesk.records.interactions import recent_interactions
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in


def appends(log: AuditLog, n: int) -> dict[str, Any]:
    samples = []
    started = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        log.append(
            AGENT,
            "record.view",
            target=f"C{i % 1000000 + 1:08d}",
            detail={"fields": ["name", "mobile", "address"], "mode": "masked"},
        )
        samples.append(time.perf_counter() - t)
    seconds = time.perf_counter() - started
    return {"appends": n, "per_s": n / seconds, **summary_ms(samples)}


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
    result["plain"] = appends(AuditLog(plain, bytes(32), SystemClock(), "bench"), args.appends)
    plain.close()

    desk = RecordDesk(session)
    rng = random.Random(args.seed)
    ids = [rng.randint(1, args.count) for _ in range(args.views)]
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
    session.close()
    a, u = summary_ms(audited), summary_ms(unaudited)
    result["view"] = {
        "audited": a,
        "unaudited": u,
        "added_p50_ms": round(a["p50_ms"] - u["p50_ms"], 4),
        "added_mean_ms": round(a["mean_ms"] - u["mean_ms"], 4),
    }
    emit(result)


if __name__ == "__main__":
    main()

"""Applying a customer change set at a seat, and screen pops meanwhile (by hand).

    python -m benchmarks.change_set_bench --count 1000000 --changes 10000 --rounds 3

Builds (once, cached in --data) a demo vault of COUNT customers, then per round copies it and
applies a change set of CHANGES changed customers exactly as the hall worker does: one call to
`apply_customer_file` (mode update) and the applied-id record, in one vault transaction, on a
connection of its own. A second thread plays the desk: a screen pop every 50 ms (look the number
up, load the record, append the pop's audit entry: BEGIN IMMEDIATE), first while idle, then
during the apply. Prints JSON: apply seconds, pop p50/p95 idle and during, load average.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import bench_runtime, percentile
from seatdesk.audit.log import AuditLog
from seatdesk.records.customers import ids_by_phone, load_customer
from seatdesk.records.demo_data import generate_customers
from seatdesk.services import importing
from seatdesk.services.demo import DEMO_ANCHOR, DEMO_LOGINS, build_demo_vault
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.vault.schema import set_meta
from seatdesk.vault.store import audit_key

SEED = 2026


def change_file(count: int, changes: int) -> bytes:
    rng = random.Random(changes)
    chosen = set(rng.sample(range(count), changes))
    out = io.StringIO()
    writer: Any = None
    for i, row in enumerate(generate_customers(count, SEED, today=DEMO_ANCHOR)):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        if i in chosen:
            writer.writerow({**row, "address": f"上海市浦东新区变更路{i}号", "segment": "变更"})
    return out.getvalue().encode()


def phones(count: int, n: int) -> list[str]:
    rng = random.Random(7)
    wanted = set(rng.sample(range(count), n))
    rows = generate_customers(count, SEED, today=DEMO_ANCHOR)
    return [r["mobile"].split(";")[0] for i, r in enumerate(rows) if i in wanted]


def pops(paths: Any, runtime: Any, numbers: list[str], stop: threading.Event) -> list[float]:
    admin = DEMO_LOGINS[0]
    session = sign_in(runtime, paths, admin.staff_id, admin.password, verify="quick")
    samples = []
    try:
        for number in numbers:
            if stop.is_set():
                break
            started = time.perf_counter()
            for customer_id in ids_by_phone(session.db, number):
                load_customer(session.db, customer_id)
            session.audit.append(admin.staff_id, "record.pop", target="bench")
            samples.append(time.perf_counter() - started)
            stop.wait(0.05)
    finally:
        session.close()
    return samples


def ms(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50_ms": percentile(samples, 50) * 1000,
        "p95_ms": percentile(samples, 95) * 1000,
        "max_ms": max(samples) * 1000,
    }


def one_round(template: Path, work: Path, data: bytes, numbers: list[str]) -> dict[str, Any]:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(template, work)
    runtime = bench_runtime()
    paths = VaultPaths(work / "demo.vault")
    admin = DEMO_LOGINS[0]
    session = sign_in(runtime, paths, admin.staff_id, admin.password, verify="quick")
    worker_db = session.second_connection()
    audit = AuditLog(worker_db, audit_key(worker_db), runtime.clock, "bench")
    stop = threading.Event()
    idle: list[float] = []
    idle_thread = threading.Thread(
        target=lambda: idle.extend(pops(paths, runtime, numbers[:100], stop))
    )
    idle_thread.start()
    idle_thread.join()
    during: list[float] = []
    thread = threading.Thread(
        target=lambda: during.extend(pops(paths, runtime, numbers[100:], stop))
    )
    thread.start()
    time.sleep(0.3)
    started = time.perf_counter()
    with worker_db.transaction():
        report = importing.apply_customer_file(
            worker_db, audit, session.policy, runtime.clock.now(), actor="hall",
            source=data, source_name="change-set-1", mode="update",
        )  # fmt: skip
        set_meta(worker_db, "hall.customer_data", json.dumps({"seq": 1}))
    seconds = time.perf_counter() - started
    stop.set()
    thread.join()
    worker_db.close()
    session.close()
    assert not report.errors and len(report.changed_numbers) > 0
    return {
        "apply_s": seconds,
        "changed": len(report.changed_numbers),
        "idle": ms(idle),
        "during": ms(during) if during else {},
        "load": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--changes", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", default=str(Path(__file__).with_name(".data")))
    args = parser.parse_args()
    data_dir = Path(args.data)
    template = data_dir / f"change-template-{args.count}"
    if not (template / "demo.vault").exists():
        template.mkdir(parents=True, exist_ok=True)
        build_demo_vault(bench_runtime(), template, count=args.count, seed=SEED)
    data = change_file(args.count, args.changes)
    numbers = phones(args.count, 1100)
    rounds = [
        one_round(template, data_dir / f"change-work-{args.count}", data, numbers)
        for _ in range(args.rounds)
    ]
    print(json.dumps({"count": args.count, "changes": args.changes, "rounds": rounds}, indent=1))


if __name__ == "__main__":
    main()

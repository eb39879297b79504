"""A change set applied in two phases while the desk pops (by hand; issue 14, items 1 and 2).

    python -m benchmarks.change_set_phases --count 1000000 --changes 10000 --rounds 3

`change_set_bench`'s vault, change file and pop loop (a pop every 50 ms: phone lookup, record
load, the pop's audit entry), with the apply as the hall worker now runs it: outside any
transaction, so `apply_customer_file` reads and compares without the write lock and takes it
only to write (the applied seq goes in with `written=`). Reports per round the apply's time,
its plan (up to the reader's last progress call) and the rest (write phase, commit), and pop
latency idle and during. The 1M benchmark of record for the apply is `apply-bench`'s; this one
measures this branch's change. Prints JSON; data in --data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.change_set_bench import SEED, change_file, ms, phones, pops
from benchmarks.common import bench_runtime
from seatdesk.audit.log import AuditLog
from seatdesk.services import importing
from seatdesk.services.compartment_upkeep import blind_opener
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.vault.schema import set_meta
from seatdesk.vault.store import audit_key


def one_round(template: Path, work: Path, data: bytes, numbers: list[str]) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    runtime = bench_runtime()
    paths = VaultPaths(work / "demo.vault")
    admin = DEMO_LOGINS[0]
    session = sign_in(runtime, paths, admin.staff_id, admin.password, verify="quick")
    worker_db = session.second_connection()
    audit = AuditLog(worker_db, audit_key(worker_db), runtime.clock, "bench")
    stop = threading.Event()
    idle: list[float] = []
    thread = threading.Thread(target=lambda: idle.extend(pops(paths, runtime, numbers[:100], stop)))
    thread.start()
    thread.join()
    during: list[float] = []
    thread = threading.Thread(
        target=lambda: during.extend(pops(paths, runtime, numbers[100:], stop))
    )
    thread.start()
    time.sleep(0.3)
    planned: list[float] = []

    def progress(done: int, total: int) -> None:
        if done == total:
            planned.append(time.perf_counter())

    def written(_report: importing.ImportReport) -> None:
        set_meta(worker_db, "hall.customer_data", json.dumps({"seq": 1}))

    started = time.perf_counter()
    report = importing.apply_customer_file(
        worker_db, audit, session.policy, runtime.clock.now(), actor="hall", source=data,
        source_name="change-set-1", mode="update", progress=progress, written=written,
        reclaim_space=False, opener=blind_opener(worker_db),
    )  # fmt: skip
    ended = time.perf_counter()
    stop.set()
    thread.join()
    worker_db.close()
    session.close()
    assert not report.errors and len(report.changed_numbers) > 0
    return {
        "apply_s": ended - started,
        "plan_s": planned[-1] - started,
        "write_phase_s": ended - planned[-1],
        "plans": report.plans,
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
        one_round(template, data_dir / f"change-phases-{args.count}", data, numbers)
        for _ in range(args.rounds)
    ]
    print(json.dumps({"count": args.count, "changes": args.changes, "rounds": rounds}, indent=1))


if __name__ == "__main__":
    main()

"""The next day's snapshot at a million customers (issue 14): run by hand, not by the tests.

    python -m benchmarks.update_bench [--count 1000000] [--changed 10000] [--repeat 3]

Three measurements, each in its own process, interleaved round by round so that whatever else
the machine does weighs on all of them:

- validate: reading and validating the snapshot file, as a dry run of ``--mode add`` into an
  empty vault (the reader process validates, this one records the numbers seen; nothing is
  written);
- first: today's first import of the original file into an empty vault (``--mode add``);
- snapshot: ``--mode snapshot`` of the changed file into a copy of the million-customer vault,
  with triggers counting every customer and phone row written, and the vault file and its WAL
  measured before and after.

The million-customer vault is made once per run: the first import of the original file, then
an update with the same file ("prime": the first update after a first import compares every row
whole and stores the row hashes, as the day after the first import does at a seat); its time is
reported too. Each snapshot starts from a copy of it.

Results go to `benchmarks/results/update-N.{md,json}`, data to `benchmarks/.data/`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ADMIN, ADMIN_PW, Layout, emit, parse_result
from benchmarks.import_worker import new_vault

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / ".data"
RESULTS = ROOT / "benchmarks" / "results"
SEED = 8
GOAL = 1.5  # snapshot / validate
_TRIGGERS = [
    f"CREATE TEMP TRIGGER count_{table}_{event.lower()} AFTER {event} ON main.{table} "
    f"BEGIN INSERT INTO customer_writes VALUES ('{table} {event.lower()}'); END"
    for table in ("customers", "customer_phones")
    for event in ("INSERT", "UPDATE", "DELETE")
]


def changed_copy(source: Path, target: Path, changed: int) -> None:
    """`source` with `changed` customers, spread evenly, each changed in one or two fields."""
    with source.open(encoding="utf-8", newline="") as inp:
        rows = list(csv.DictReader(inp))
    step = len(rows) // changed
    for n, row in enumerate(rows[::step][:changed]):
        kind = n % 5
        if kind == 0:
            row["address"] = row["address"] + "（新址）"
        elif kind == 1:
            row["mobile"] = f"199{n:08d}"
        elif kind == 2:
            row["segment"], row["notes"] = "新分群", "客户更新了资料"
        elif kind == 3:
            row["consent"] = "服务通知" if row["consent"] != "服务通知" else "服务通知;营销推广"
        else:
            row["retain_until"] = "2040-12-31"
            row["email"] = f"new{n}@example.cn"
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _sign_in(vault: Path) -> Any:
    from benchmarks.common import bench_runtime
    from seatdesk.services.runtime import VaultPaths
    from seatdesk.services.session import sign_in

    return sign_in(bench_runtime(), VaultPaths(vault), ADMIN, ADMIN_PW, verify="quick")


def run_one(kind: str, csv_path: Path, vault: Path, template: Path) -> dict[str, Any]:
    from seatdesk.services.importing import import_csv

    if kind == "snapshot":
        shutil.rmtree(vault.parent, ignore_errors=True)
        shutil.copytree(template.parent, vault.parent)
    elif kind == "prime":
        pass  # the template itself
    else:
        new_vault(vault)
    session = _sign_in(vault)  # (a sign-in expires tiers: before the clock starts)
    db = session.db
    wal = vault.with_name(vault.name + "-wal")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("CREATE TEMP TABLE customer_writes (what TEXT NOT NULL)")
    for sql in _TRIGGERS:
        db.execute(sql)
    size_before = vault.stat().st_size
    started = time.perf_counter()
    report = import_csv(
        session,
        csv_path,
        dry_run=kind == "validate",
        mode={"snapshot": "snapshot", "prime": "update"}.get(kind, "add"),
        confirm_removals=0 if kind == "snapshot" else None,
    )
    seconds = time.perf_counter() - started
    writes = dict(db.execute("SELECT what, count(*) FROM temp.customer_writes GROUP BY what"))
    result = {
        "kind": kind,
        "seconds": seconds,
        "rows": report.rows,
        "errors": len(report.errors),
        "changes": report.changes.as_json(),
        "rows_written": writes,
        "wal_mb": (wal.stat().st_size if wal.exists() else 0) / 1e6,
        "vault_growth_mb": (vault.stat().st_size - size_before) / 1e6,
        "plans": report.plans,
        "hashed": int(db.scalar("SELECT count(*) FROM customers WHERE import_hash IS NOT NULL")),
        "load_1m": os.getloadavg()[0],
    }
    session.close()
    return result


def worker(kind: str, csv_path: Path, vault: Path, template: Path) -> dict[str, Any]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.update_bench",
            "--one",
            kind,
            "--csv",
            str(csv_path),
            "--vault",
            str(vault),
            "--template",
            str(template),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    return dict(parse_result(out))


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s (min {min(values):.1f}, max {max(values):.1f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", choices=("validate", "first", "prime", "snapshot"))
    parser.add_argument("--csv")
    parser.add_argument("--vault")
    parser.add_argument("--template")
    args = parser.parse_args()
    if args.one:
        emit(run_one(args.one, Path(args.csv), Path(args.vault), Path(args.template)))
        return
    layout = Layout(DATA, args.count, SEED)
    DATA.mkdir(parents=True, exist_ok=True)
    if not layout.csv.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "seatdesk",
                "demo-data",
                "--count",
                str(args.count),
                "--seed",
                str(SEED),
                "--out",
                str(layout.csv),
            ],
            check=True,
            cwd=ROOT,
        )
    snapshot_csv = DATA / f"snapshot-{args.count}-{args.changed}.csv"
    if not snapshot_csv.exists():
        changed_copy(layout.csv, snapshot_csv, args.changed)
    template = DATA / f"update-template-{args.count}" / "hall.vault"
    work = DATA / f"update-work-{args.count}" / "hall.vault"
    first = worker("first", layout.csv, template, template)  # the template, and round 0
    print(f"template: first import {first['seconds']:.1f} s", file=sys.stderr)
    prime = worker("prime", layout.csv, template, template)  # stores the row hashes
    print(f"template: first update {prime['seconds']:.1f} s", file=sys.stderr)
    runs: dict[str, list[dict[str, Any]]] = {"validate": [], "first": [], "snapshot": []}
    for round_ in range(args.repeat):
        order = (
            ["validate", "snapshot", "first"]
            if round_ % 2 == 0
            else ["first", "snapshot", "validate"]
        )
        for kind in order:
            csv_path = layout.csv if kind == "first" else snapshot_csv
            result = worker(kind, csv_path, work, template)
            runs[kind].append(result)
            print(f"round {round_ + 1}: {kind} {result['seconds']:.1f} s", file=sys.stderr)
    seconds = {kind: [r["seconds"] for r in rs] for kind, rs in runs.items()}
    ratios = [s / v for s, v in zip(seconds["snapshot"], seconds["validate"], strict=True)]
    first_ratios = [s / f for s, f in zip(seconds["snapshot"], seconds["first"], strict=True)]
    summary = {
        "count": args.count,
        "changed": args.changed,
        "repeat": args.repeat,
        "cpus": os.cpu_count(),
        "runs": runs,
        "template_first_import": first,
        "template_first_update": prime,
        "snapshot_over_validate": ratios,
        "snapshot_over_first": first_ratios,
        "goal": GOAL,
        "met": statistics.median(ratios) <= GOAL,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"update-{args.count}.json").write_text(json.dumps(summary, indent=2) + "\n")
    snap = runs["snapshot"][-1]
    lines = [
        f"# Snapshot import, {args.count:,} customers, {args.changed:,} changed",
        "",
        "| Measure | Median (min, max) of " + str(args.repeat) + " |",
        "| --- | --- |",
        f"| Read + validate (dry run of add, empty vault) | {spread(seconds['validate'])} |",
        f"| Snapshot (mode snapshot, 1M vault) | {spread(seconds['snapshot'])} |",
        f"| Today's first import (mode add, empty vault) | {spread(seconds['first'])} |",
        f"| Snapshot / validate | {statistics.median(ratios):.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f}); goal ≤ {GOAL} |",
        f"| Snapshot / first import | {statistics.median(first_ratios):.2f} "
        f"(min {min(first_ratios):.2f}, max {max(first_ratios):.2f}) |",
        f"| First update after the first import (stores {prime['hashed']:,} row hashes), "
        f"once | {prime['seconds']:.1f} s |",
        "",
        f"Snapshot changes: {json.dumps(snap['changes'], ensure_ascii=False)}",
        f"Rows written by the snapshot (triggers): {json.dumps(snap['rows_written'])}; "
        f"WAL after it {snap['wal_mb']:.1f} MB, vault growth {snap['vault_growth_mb']:.1f} MB.",
        "Load (1 min) at the end of each run: "
        + ", ".join(f"{r['kind']} {r['load_1m']:.2f}" for rs in runs.values() for r in rs),
    ]
    (RESULTS / f"update-{args.count}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

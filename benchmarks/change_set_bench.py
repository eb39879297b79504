"""A change set applied at a million-customer seat while its desk pops (issue 14), by hand.

    make bench-changes [QUICK=1]
    python -m benchmarks.change_set_bench [--count 1000000] [--changes 10000] [--rounds 3]
                                          [--quick] [--tag NAME]

A throwaway PostgreSQL and a real hall (`seatdesk hall serve`), two seats enrolled with it, each
a copy of one cached demo vault of COUNT customers (built once in benchmarks/.data: a million
takes many minutes). Seat A publishes a first change set of one customer (it makes the hall data
key; seat B applies it and so holds the key), then the measured one: CHANGES customers changed
in one or two fields each (addresses, mobiles, tiers, consent, segment and notes), `hall
publish --mode update` as the command line does it.

Then ROUNDS rounds at seat B, each from a fresh copy of B's vault as it was before the measured
set: a desk process pops every 50 ms (`Services` search and view, with their audit entries),
first idle, then while a second process runs the hall worker's change-set step on its own
connection (download, checks, decryption, apply: `change_step.change_round`, timed from the
`go` to its return). The same round on plain SQLite: B's vault exported without a key, the same
worker step (same code, same change set from the same hall) and pops of the same lookups and
audit appends. Vault and plain alternate (order reversed every other round). Results in
benchmarks/results/change-sets-N[-TAG].{md,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.change_seats import Seats, change_data, log, restore, running_seats, template
from benchmarks.common import machine, parse_result, percentile
from benchmarks.hall_sim import environment, read_line

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOALS = {"apply_s": 10.0, "pop_p95_ratio": 2.0}
IDLE_S = 8.0  # idle pops before the apply (about 150)
AFTER_S = 1.0


def cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def stats(durations: list[float]) -> dict[str, float]:
    ms = [d * 1000 for d in durations]
    if not ms:
        return {"n": 0}
    return {
        "n": len(ms),
        **{f"p{q}_ms": round(percentile(ms, q), 3) for q in (50, 95, 99)},
        "max_ms": round(max(ms), 3),
    }


class Process:
    """A `benchmarks.change_workers` process: READY on stdout, commands on stdin."""

    def __init__(self, log_path: Path, *args: str) -> None:
        with log_path.open("a") as errors:
            self.p = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.change_workers", *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                env=environment(),
                cwd=ROOT,
            )
        assert self.p.stdout is not None
        read_line(self.p.stdout, "READY", 300)

    def result(self, send: str | None = None, close: bool = False) -> dict[str, Any]:
        assert self.p.stdin is not None and self.p.stdout is not None
        if send is not None:
            self.p.stdin.write(send + "\n")
            self.p.stdin.flush()
        if close:
            self.p.stdin.close()
        out = self.p.stdout.read()
        if self.p.wait(timeout=600) != 0:
            raise RuntimeError(f"change_workers failed ({self.p.returncode}): {out[-2000:]}")
        return parse_result(out)


def one_run(kind: str, seats: Seats, numbers: Path, work: Path, log_path: Path) -> dict[str, Any]:
    base = seats.b_base if kind == "vault" else seats.plain_base
    db = str(restore(base, work / f"{kind}-work" / base.name))
    common = ("--kind", kind, "--db", db)
    desk = Process(log_path, "pops", *common, "--numbers", str(numbers))
    worker = Process(log_path, "apply", *common, "--seq", str(seats.seq))
    ready = time.monotonic()
    time.sleep(IDLE_S)
    load_before, cpu_before = os.getloadavg(), cpu_times()
    applied = worker.result("go")
    cpu_after, load_after = cpu_times(), os.getloadavg()
    time.sleep(AFTER_S)
    samples = desk.result(close=True)["samples"]
    start, end = applied["started"], applied["ended"]
    idle = [s for s in samples if ready <= s[0] < start and s[0] + s[1] < start]
    during = [s for s in samples if start <= s[0] + s[1] and s[0] < end]
    lock = (applied["longest_transaction_started"], applied["longest_transaction_s"])
    locked = [s for s in samples if lock[0] <= s[0] + s[1] and s[0] < lock[0] + lock[1]]
    errors = sorted({s[2] for s in during if s[2]} | {s[2] for s in idle if s[2]})
    idle_p95 = percentile([s[1] for s in idle], 95)
    during_p95 = percentile([s[1] for s in during], 95)
    busy = (cpu_after[0] - cpu_before[0]) / max(cpu_after[1] - cpu_before[1], 1)
    return {
        "kind": kind,
        "apply_s": applied["seconds"],
        "write_lock_s": applied["longest_transaction_s"],
        "transactions": applied["transactions"],
        "pops_idle": stats([s[1] for s in idle]),
        "pops_during": stats([s[1] for s in during]),
        "idle_slowest": [
            [round(s[0] - ready, 2), round(s[1] * 1000, 1)]
            for s in sorted(idle, key=lambda s: -s[1])[:3]
        ],
        "pops_in_write_lock": stats([s[1] for s in locked]),
        "write_lock_timeline": [  # each pop that overlapped it: (start, end) from its start, s
            [round(s[0] - lock[0], 3), round(s[0] + s[1] - lock[0], 3)] for s in locked
        ],
        "pops_failed": sum(1 for s in during + idle if s[2]),
        "errors": errors,
        "p95_during_over_idle": round(during_p95 / idle_p95, 2) if idle and during else None,
        "load_1m_before": round(load_before[0], 2),
        "load_1m_after": round(load_after[0], 2),
        "machine_busy_during_apply": round(busy, 3),
    }


def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    if not values:
        return "–"
    return (
        f"{statistics.median(values):.{digits}f}{unit} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def markdown(r: dict[str, Any]) -> str:
    runs: dict[str, list[dict[str, Any]]] = r["runs"]
    lines = [
        f"# Change set at a seat: {r['count']:,} customers, {r['changed']:,} changed"
        + (f" ({r['tag']})" if r["tag"] else ""),
        "",
        f"{r['date']}, code {r['commit']}; {r['machine']['cpu']}, {r['machine']['cores']} cores; "
        f"SQLCipher {r['machine']['sqlcipher']}. Seat A's `hall publish` of it: "
        f"{r['publish_s']:.1f} s. Median (min–max) of {r['rounds']} rounds:",
        "",
        "| Measure | Vault (SQLCipher) | Plain SQLite | Goal |",
        "| --- | ---: | ---: | --- |",
    ]

    def row(label: str, key: str, goal: str = "", unit: str = "", digits: int = 2) -> None:
        cells = [spread([x[key] for x in runs[k] if x[key] is not None], unit, digits)
                 for k in ("vault", "plain")]  # fmt: skip
        lines.append(f"| {label} | {cells[0]} | {cells[1]} | {goal} |")

    def pops(label: str, phase: str, q: str, goal: str = "") -> None:
        cells = [spread([x[phase][q] for x in runs[k] if x[phase]["n"]], " ms", 1)
                 for k in ("vault", "plain")]  # fmt: skip
        lines.append(f"| {label} | {cells[0]} | {cells[1]} | {goal} |")

    row("Apply (worker step: fetch, check, decrypt, apply), s", "apply_s", "≤ 10 s", " s", 1)
    row("Longest write transaction (BEGIN IMMEDIATE to COMMIT's return), s", "write_lock_s", "",
        " s", 1)  # fmt: skip
    for q in ("p50_ms", "p95_ms", "p99_ms", "max_ms"):
        pops(f"Pop {q[:-3]}, idle", "pops_idle", q)
    for q in ("p50_ms", "p95_ms", "p99_ms", "max_ms"):
        pops(f"Pop {q[:-3]}, during the apply", "pops_during", q)
    row("Pop p95 during / idle", "p95_during_over_idle", "≤ 2", "", 1)
    pops("Slowest pop that overlapped the longest write transaction", "pops_in_write_lock",
         "max_ms")  # fmt: skip
    row("Pops that failed (waited past the 5-s busy timeout)", "pops_failed", "0", "", 0)
    lines += [
        "",
        "Pops per run (idle / during / overlapping the longest write transaction): "
        + ", ".join(
            f"{x['kind']} {x['pops_idle']['n']}/{x['pops_during']['n']}/"
            f"{x['pops_in_write_lock']['n']}"
            for x in r["order"]
        ),
        "Load (1 min) before → after each apply, and the machine's busy share during it: "
        + ", ".join(
            f"{x['kind']} {x['load_1m_before']:.1f}→{x['load_1m_after']:.1f} "
            f"({x['machine_busy_during_apply']:.0%})"
            for x in r["order"]
        ),
        "Vault / plain apply time, per round: "
        + ", ".join(f"{v:.2f}" for v in r["apply_vault_over_plain"]),
        f"Errors seen by pops: {sorted({e for x in r['order'] for e in x['errors']}) or 'none'}",
        f"Goals met: apply ≤ 10 s: {r['met']['apply']}; pop p95 during ≤ 2 × idle: "
        f"{r['met']['pops']}.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20,000 customers, 2,000 changed")
    parser.add_argument("--count", type=int)
    parser.add_argument("--changes", type=int)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tag", default="", help="a suffix for the result files")
    parser.add_argument("--commit", help="the code measured, when this is not a git checkout")
    parser.add_argument("--data", default=str(HERE / ".data"))
    parser.add_argument("--out", default=str(HERE / "results"))
    args = parser.parse_args()
    count = args.count or (20_000 if args.quick else 1_000_000)
    changes = args.changes or (2_000 if args.quick else 10_000)
    data = Path(args.data).resolve()
    data.mkdir(parents=True, exist_ok=True)
    log_path = data / f"change-bench-{count}.log"
    log_path.write_text("")
    vault_template = template(data, count)
    files = change_data(data, count, changes, pops=2_000)
    numbers = data / f"change-{count}-{changes}.pops.json"
    commit = (
        args.commit
        or subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    )
    order: list[dict[str, Any]] = []
    with running_seats(data, data / f"change-seats-{count}", vault_template, files) as seats:
        for round_ in range(args.rounds):
            for kind in ("vault", "plain") if round_ % 2 == 0 else ("plain", "vault"):
                result = one_run(kind, seats, numbers, data / f"change-seats-{count}", log_path)
                order.append(result)
                log(
                    f"round {round_ + 1} {kind}: apply {result['apply_s']:.1f} s (write lock "
                    f"{result['write_lock_s']:.1f} s); pops p95 idle "
                    f"{result['pops_idle'].get('p95_ms', float('nan')):.1f} ms, during "
                    f"{result['pops_during'].get('p95_ms', float('nan')):.1f} ms, "
                    f"{result['pops_failed']} failed"
                )
        publish_s = seats.publish_s
    runs = {k: [x for x in order if x["kind"] == k] for k in ("vault", "plain")}
    ratios = [
        v["apply_s"] / p["apply_s"] for v, p in zip(runs["vault"], runs["plain"], strict=True)
    ]
    vault = runs["vault"]
    r: dict[str, Any] = {
        "count": count,
        "changed": changes,
        "rounds": args.rounds,
        "tag": args.tag,
        "commit": commit,
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "publish_s": publish_s,
        "order": order,
        "runs": runs,
        "apply_vault_over_plain": ratios,
        "goals": GOALS,
        "met": {
            "apply": statistics.median(x["apply_s"] for x in vault) <= GOALS["apply_s"],
            "pops": all(
                x["p95_during_over_idle"] is not None
                and x["p95_during_over_idle"] <= GOALS["pop_p95_ratio"]
                and not x["pops_failed"]
                for x in vault
            ),
        },
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    name = f"change-sets-{count}" + (f"-{args.tag}" if args.tag else "")
    (out / f"{name}.json").write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n")
    table = markdown(r)
    (out / f"{name}.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()

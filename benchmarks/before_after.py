"""Import and screen pop, this checkout against an earlier one, in alternating rounds (issue 15).

    git worktree add --detach ../seatdesk-before a230dae
    .venv/bin/python -m benchmarks.before_after --before ../seatdesk-before --rounds 4

Each run is a fresh process on a fresh vault (the CLI's `init` and `import` of the same demo CSV,
as an admin would run them); the order of before and after alternates by round, so that the
machine's other work weighs on both. Prints each run, the medians and their ratio. The earlier
checkout needs no environment of its own: the same interpreter runs it with its folder first on
PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ADMIN_PW, SEC_PW, AGENT_PW = "Admin-pass-2026", "Secur-pass-2026", "Agent-pass-2026"

_STAFF = r"""
import sys
from pathlib import Path
from benchmarks.common import bench_runtime
from seatdesk.services.runtime import VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.services.staff import StaffDesk
session = sign_in(bench_runtime(), VaultPaths(Path(sys.argv[1])), "admin01", sys.argv[3])
desk = StaffDesk(session)
try:
    from seatdesk.services.countersign import Countersign
except ImportError:  # before separation of duties
    desk.add("agent01", "agent", "a", sys.argv[5], must_change_password=False)
else:
    desk.add("sec01", "security", "s", sys.argv[4], must_change_password=False,
             countersign=Countersign(recovery_key=lambda: sys.argv[2]))
    desk.add("agent01", "agent", "a", sys.argv[5], must_change_password=False,
             countersign=Countersign("sec01", lambda: sys.argv[4]))
session.close()
try:
    from seatdesk.services.training import TrainingDesk, hall_today
except ImportError:  # before the training gate
    pass
else:  # the gate opens customers only to people whose training is recorded
    session = sign_in(bench_runtime(), VaultPaths(Path(sys.argv[1])), "sec01", sys.argv[4])
    for course in session.policy.training.courses:
        TrainingDesk(session).record(course.id, hall_today(session), "bench", [("agent01", 100)])
    session.close()
"""

_POPS = r"""
import csv, json, random, sys, time
from pathlib import Path
from benchmarks.common import bench_runtime
from seatdesk.services import door
from seatdesk.services.agreement import load_agreement
from seatdesk.services.factory import Services
from seatdesk.services.runtime import VaultPaths
desk = Services(door.sign_in(bench_runtime(), VaultPaths(Path(sys.argv[1])), "agent01",
                             sys.argv[2], verify="quick"))
desk.acknowledge(load_agreement("zh_CN"), "agent01")
with open(sys.argv[3], encoding="utf-8") as handle:
    phones = [r["mobile"].split(";")[0] for r in csv.DictReader(handle) if r["mobile"]]
times = []
for number in random.Random(int(sys.argv[4])).sample(phones, int(sys.argv[5])):
    started = time.perf_counter()
    for customer_id in desk.records.search(number)[:1]:
        desk.records.view(customer_id)
    times.append(time.perf_counter() - started)
times.sort()
print(json.dumps({"p50": times[len(times) // 2] * 1e3, "p95": times[int(len(times) * 0.95)] * 1e3}))
"""


def _env(code: Path, home: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(code),
        HOME=str(home),
        SEATDESK_HOME=str(home),
        SEATDESK_NEW_PASSWORD=ADMIN_PW,
        SEATDESK_PASSWORD=ADMIN_PW,
        QT_QPA_PLATFORM="offscreen",
    )


def _seatdesk(code: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "seatdesk", *args],
        env=_env(code, home), cwd=code, capture_output=True, text=True, check=True,
    )  # fmt: skip


def import_once(code: Path, csv_path: Path) -> tuple[float, Path]:
    """Seconds of `seatdesk import` into a fresh vault; the vault (staffed, for the pops)."""
    home = Path(tempfile.mkdtemp(prefix="seatdesk-ab-"))
    vault = home / "ab.vault"
    init = _seatdesk(code, home, "init", "--vault", str(vault), "--admin", "admin01",
                     "--key-storage", "none", "--json")  # fmt: skip
    recovery = json.loads(init.stdout)["recovery_key"]
    started = time.perf_counter()
    _seatdesk(
        code, home, "import", "--vault", str(vault), "--as", "admin01", "--csv", str(csv_path)
    )
    seconds = time.perf_counter() - started
    subprocess.run(
        [sys.executable, "-c", _STAFF, str(vault), recovery, ADMIN_PW, SEC_PW, AGENT_PW],
        env=_env(code, home), cwd=code, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return seconds, vault


def pops_once(code: Path, vault: Path, csv_path: Path, seed: int, count: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _POPS, str(vault), AGENT_PW, str(csv_path), str(seed), str(count)],
        env=_env(code, vault.parent), cwd=code, capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, type=Path, help="a checkout of the earlier code")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--count", type=int, default=60_000)
    parser.add_argument("--pops", type=int, default=400)
    args = parser.parse_args()
    sides = {"before": args.before.resolve(), "after": HERE}
    csv_path = Path(tempfile.mkdtemp(prefix="seatdesk-ab-csv-")) / "customers.csv"
    _seatdesk(HERE, csv_path.parent, "demo-data", "--count", str(args.count), "--seed", "9",
              "--out", str(csv_path))  # fmt: skip
    imports: dict[str, list[float]] = {"before": [], "after": []}
    pops: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for n in range(args.rounds):
        for side in ("before", "after") if n % 2 == 0 else ("after", "before"):
            seconds, vault = import_once(sides[side], csv_path)
            imports[side].append(seconds)
            pops[side].append(pops_once(sides[side], vault, csv_path, n, args.pops))
            load = os.getloadavg()[0]
            print(
                f"round {n} {side}: import {seconds:.2f} s, pop {pops[side][-1]}, load {load:.2f}"
            )
    for side in sides:
        p95 = [p["p95"] for p in pops[side]]
        print(f"{side}: import median {statistics.median(imports[side]):.2f} s {imports[side]}; "
              f"pop p95 median {statistics.median(p95):.2f} ms {p95}")  # fmt: skip
    ratio = statistics.median(imports["after"]) / statistics.median(imports["before"])
    pop = statistics.median(p["p95"] for p in pops["after"]) / statistics.median(
        p["p95"] for p in pops["before"]
    )
    print(f"after/before: import {ratio:.3f}, pop p95 {pop:.3f}")


if __name__ == "__main__":
    main()

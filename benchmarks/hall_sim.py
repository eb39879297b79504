"""Many seats against one hall on loopback, with faults (issue 13, "Scale and faults").

    make bench-hall                     # 500 seats, 5 minutes (about 7 minutes in all)
    make bench-hall QUICK=1             # 50 seats, 30 seconds (about a minute)
    python -m benchmarks.hall_sim [--seats N] [--minutes M] [--quick] [--halls H] [--out DIR]

A throwaway PostgreSQL (`tools.throwaway_postgres`), `seatdesk hall init`, and H processes of
`seatdesk hall serve` on H loopback ports (the service is stateless; seats are spread over
them as a TCP balancer would). N seats are enrolled for real and simulated in a few worker
processes (`benchmarks.hall_seats`). Phases:

1. steady: every seat appends one audit entry a second for M minutes and syncs after each.
   Halfway, PostgreSQL is restarted, then every hall process is killed with SIGKILL and started
   again; seats queue meanwhile and catch up. Then: entries lost, duplicates, chains.
2. backlog: every seat is given 600 entries (10 minutes' worth) and all are released at once;
   the time until the hall holds all of them, and the hall's ingest rate meanwhile.
3. visitors: every seat holds a long-poll on /v1/events; a door seat posts `visitor.on_floor`
   (then `visitor.left`, …); the time until each seat's long-poll returns with it.

Results go to DIR/hall-N.json and DIR/hall-N.md.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import platform
import selectors
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import psycopg

from benchmarks.common import percentile
from benchmarks.hall_seats import Seat, post_visitor, seat_report
from seatdesk.hall.admin import new_code
from seatdesk.link.enrolment import enrol_seat
from tools.throwaway_postgres import PostgresServer, discard, start_postgres

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOALS = {
    "lost": 0,
    "duplicates": 0,
    "entries_per_s": 2_000,
    "drain_s": 60.0,
    "visitor_p99_s": 5.0,
}


def log(message: str) -> None:
    print(f"[hall-sim {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def read_line(stream: IO[str], marker: str, seconds: float) -> str:
    """The first line of `stream` that starts with `marker`, within `seconds`."""
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    deadline = time.monotonic() + seconds
    try:
        while (left := deadline - time.monotonic()) > 0:
            if not selector.select(left):
                break
            line = stream.readline()
            if not line:
                break
            if line.startswith(marker):
                return line[len(marker) :].strip()
    finally:
        selector.close()
    raise RuntimeError(f"no {marker!r} line within {seconds:.0f} s")


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class Hall:
    """One `seatdesk hall serve` process on its own port."""

    dsn: str
    folder: Path
    log_path: Path
    port: int = field(default_factory=free_port)
    profile: Path | None = None  # run under cProfile, written there when stopped by SIGTERM
    process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log_path.open("a") as errors:
            profiler = ("-m", "cProfile", "-o", str(self.profile)) if self.profile else ()
            self.process = subprocess.Popen(
                [
                    *(sys.executable, *profiler, "-m", "seatdesk", "hall", "serve"),
                    *("--dsn", self.dsn, "--dir", str(self.folder)),
                    *("--listen", f"127.0.0.1:{self.port}"),
                ],
                stdout=subprocess.PIPE,
                stderr=errors,
                stdin=subprocess.DEVNULL,
                text=True,
                env=environment(),
                cwd=ROOT,
            )
        assert self.process.stdout is not None
        read_line(self.process.stdout, "hall listening", 60)

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            # uvicorn re-raises the signal once shut down: SIGINT lets cProfile write its file.
            self.process.send_signal(signal.SIGINT if self.profile else signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
            self.process = None

    def rss(self) -> float:
        return rss_mib(self.process.pid) if self.process is not None else 0.0


class Worker:
    """A `benchmarks.hall_seats` process: commands on stdin, answers on stdout."""

    def __init__(self, spec: Path, log_path: Path) -> None:
        with log_path.open("a") as errors:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.hall_seats", str(spec)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                env=environment(),
                cwd=ROOT,
            )

    def send(self, **command: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def wait_for(self, marker: str, seconds: float) -> Any:
        assert self.process.stdout is not None
        text = read_line(self.process.stdout, marker, seconds)
        return json.loads(text) if text else None

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.send(phase="quit")
                self.process.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(timeout=30)


TICK = os.sysconf("SC_CLK_TCK")


def cpu_times(pid: int) -> tuple[float, float]:
    """(own, reaped children's) CPU seconds of a process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0, 0.0
    return (int(fields[11]) + int(fields[12])) / TICK, (int(fields[13]) + int(fields[14])) / TICK


class CpuMeter:
    """CPU used by groups of processes between two readings (processes come and go: a new
    one counts from zero, a postmaster's reaped backends through its children's times)."""

    def __init__(self, pg_uid: int | None) -> None:
        self.pg_uid = pg_uid
        self._last: dict[tuple[str, int, int], float] = {}

    def _pg_pids(self) -> list[int]:
        if self.pg_uid is None:
            return []
        pids = []
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    if entry.stat().st_uid == self.pg_uid:
                        pids.append(int(entry.name))
                except OSError:
                    pass
        return pids

    def read(self, groups: dict[str, list[int]]) -> dict[str, float]:
        groups = {**groups, "postgres": self._pg_pids()}
        now: dict[tuple[str, int, int], float] = {}
        used: dict[str, float] = {}
        for group, pids in groups.items():
            used[group] = 0.0
            for pid in pids:
                for kind, value in enumerate(cpu_times(pid)):
                    key = (group, pid, kind)
                    now[key] = value
                    used[group] += max(value - self._last.get(key, 0.0), 0.0)
        self._last = now
        return used


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of every core since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


class Sampler(threading.Thread):
    """Every `every` seconds, with the phase it was in: the load average, the halls' RSS, and
    the cores used by the halls, PostgreSQL, the seat processes and the whole machine."""

    def __init__(
        self, halls: list[Hall], workers: list[Worker], pg_uid: int | None, every: float = 2.0
    ) -> None:
        super().__init__(daemon=True)
        self.halls, self.workers, self.every = halls, workers, every
        self.phase = "setup"
        self.samples: list[dict[str, Any]] = []
        self._halt = threading.Event()
        self._cpu = CpuMeter(pg_uid)

    def run(self) -> None:
        last_busy, last_total = machine_busy()
        last_t = time.monotonic()
        self._cpu.read(self._groups())
        while not self._halt.wait(self.every):
            t = time.monotonic()
            used = self._cpu.read(self._groups())
            busy, total = machine_busy()
            elapsed, last_t = t - last_t, t
            self.samples.append(
                {
                    "t": time.time(),
                    "phase": self.phase,
                    "load1": os.getloadavg()[0],
                    "rss_mib": [round(h.rss(), 1) for h in self.halls],
                    "cores": {g: round(v / elapsed, 3) for g, v in used.items()},
                    "machine_busy": round((busy - last_busy) / max(total - last_total, 1), 3),
                }
            )
            last_busy, last_total = busy, total

    def _groups(self) -> dict[str, list[int]]:
        return {
            "halls": [h.process.pid for h in self.halls if h.process is not None],
            "seats": [w.process.pid for w in self.workers],
        }

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=10)

    def by_phase(self) -> dict[str, dict[str, Any]]:
        phases: dict[str, dict[str, Any]] = {}
        for name in dict.fromkeys(s["phase"] for s in self.samples):
            rows = [s for s in self.samples if s["phase"] == name]
            loads = [s["load1"] for s in rows]
            rss = [sum(s["rss_mib"]) for s in rows]
            per_hall = [max(s["rss_mib"], default=0.0) for s in rows]
            phases[name] = {
                "load1_mean": round(statistics.fmean(loads), 2),
                "load1_max": round(max(loads), 2),
                "halls_rss_max_mib": round(max(rss), 1),
                "hall_rss_max_mib": round(max(per_hall), 1),
                "halls_rss_last_mib": round(rss[-1], 1),
                "machine_busy_mean": round(statistics.fmean(s["machine_busy"] for s in rows), 3),
                "cores_mean": {
                    group: round(statistics.fmean(s["cores"].get(group, 0.0) for s in rows), 2)
                    for group in ("halls", "postgres", "seats")
                },
            }
        return phases


def pg_uid(pg: PostgresServer) -> int | None:
    try:
        return (pg.folder / "data").stat().st_uid
    except OSError:
        return None


def machine(dsn: str) -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    import starlette
    import uvicorn

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "postgresql": str(row[0]) if row else "?",
        "psycopg": psycopg.__version__,
        "uvicorn": uvicorn.__version__,
        "starlette": starlette.__version__,
    }


def spread(values: list[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "p50_s": round(percentile(values, 50), 3),
        "p95_s": round(percentile(values, 95), 3),
        "p99_s": round(percentile(values, 99), 3),
        "max_s": round(max(values), 3),
    }


def per_second(conn: psycopg.Connection[Any], since: float, until: float) -> list[int]:
    """Entries the hall stored in each second of [since, until) (by their transaction's time)."""
    rows = conn.execute(
        "SELECT floor(extract(epoch FROM received_at) - %s)::int AS s, count(*) FROM audit "
        "WHERE received_at >= to_timestamp(%s) AND received_at < to_timestamp(%s) "
        "GROUP BY s ORDER BY s",
        (since, since, until),
    ).fetchall()
    counts = dict((int(r[0]), int(r[1])) for r in rows)
    return [counts.get(i, 0) for i in range(int(until - since) + 1)]


def check_hall(dsn: str, seats: list[dict[str, Any]]) -> dict[str, Any]:
    """What the hall holds against what every seat generated: lost, duplicates, chains (links
    by `seatdesk hall verify`, and every entry's MAC with the seat's own key here)."""
    with psycopg.connect(dsn) as conn:
        held = {
            str(r[0]): (int(r[1]), int(r[2]), int(r[3]))
            for r in conn.execute(
                "SELECT seat_id, count(*), count(DISTINCT seq), max(seq) FROM audit "
                "GROUP BY seat_id"
            )
        }
        total_rows = conn.execute("SELECT count(*) FROM audit").fetchone()
        distinct = conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT seat_id, seq FROM audit) d"
        ).fetchone()
        heads = {
            str(r[0]): str(r[1])
            for r in conn.execute(
                "SELECT DISTINCT ON (seat_id) seat_id, mac FROM audit ORDER BY seat_id, seq DESC"
            )
        }
        bad_macs = 0
        keys = {s["seat_id"]: bytes.fromhex(s["mac_key"]) for s in seats}
        with conn.cursor(name="every_entry") as cursor:
            cursor.itersize = 20_000
            cursor.execute(
                "SELECT seat_id, seq, ts, actor, seat, action, target, outcome, detail, prev, mac "
                "FROM audit"
            )
            for row in cursor:
                key = keys.get(str(row[0]))
                message = json.dumps([int(row[1]), *row[2:10]], ensure_ascii=False,
                                     separators=(",", ":"))  # fmt: skip
                mac = hmac.new(key or b"", message.encode(), hashlib.sha256).hexdigest()
                bad_macs += key is None or not hmac.compare_digest(mac, str(row[10]))
    lost = extra = 0
    short: list[str] = []
    for seat in seats:
        count, distinct_seqs, max_seq = held.get(seat["seat_id"], (0, 0, 0))
        generated = int(seat["generated"])
        if not (count == distinct_seqs == max_seq == generated):
            short.append(seat["name"])
        lost += max(generated - count, 0)
        extra += max(count - generated, 0)
        if generated and heads.get(seat["seat_id"]) != seat["head_mac"]:
            short.append(seat["name"] + " (head)")
    verify = subprocess.run(
        [sys.executable, "-m", "seatdesk", "hall", "verify", "--dsn", dsn, "--json"],
        capture_output=True,
        text=True,
        env=environment(),
        cwd=ROOT,
        timeout=600,
    )
    verdicts = json.loads(verify.stdout) if verify.stdout.strip() else []
    return {
        "generated": sum(int(s["generated"]) for s in seats),
        "held": int(total_rows[0]) if total_rows else 0,
        "lost": lost,
        "unexpected": extra,
        "duplicate_rows": (int(total_rows[0]) - int(distinct[0])) if total_rows and distinct else 0,
        "seats_differing": short[:20],
        "seats_differing_count": len(short),
        "bad_macs": bad_macs,
        "verify_exit": verify.returncode,
        "chains_ok": sum(1 for v in verdicts if v.get("ok")),
        "chains": len(verdicts),
        "duplicates_reported_to_seats": sum(int(s["duplicates"]) for s in seats),
        "resends_asked": sum(int(s["resends"]) for s in seats),
        "requests": sum(int(s["requests"]) for s in seats),
        "failed_requests": sum(int(s["failures"]) for s in seats),
        "refusals": sum(int(s["refusals"]) for s in seats),
        "connections": sum(int(s["reconnects"]) for s in seats),
        "flagged": sum(1 for s in seats if s["flagged"]),
        "failure_reasons": dict(sum((Counter(s["reasons"]) for s in seats), Counter())),
    }


def seat_reports(workers: list[Worker]) -> list[dict[str, Any]]:
    for w in workers:
        w.send(phase="report")
    return [s for w in workers for s in w.wait_for("RESULT ", 120)["seats"]]


def db_size(dsn: str) -> dict[str, float]:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "SELECT pg_total_relation_size('audit'), pg_relation_size('audit'), "
            "pg_indexes_size('audit'), (SELECT count(*) FROM audit), "
            "pg_database_size(current_database())"
        ).fetchone()
    assert row is not None
    total, heap, index, rows, database = (int(v) for v in row)
    return {
        "audit_total_bytes": total,
        "audit_heap_bytes": heap,
        "audit_index_bytes": index,
        "rows": rows,
        "database_bytes": database,
        "bytes_per_entry": round(total / rows, 1) if rows else 0.0,
        "mb_per_million": round(total / rows * 1e6 / 1e6, 1) if rows else 0.0,
    }


def fault(pg: PostgresServer, halls: list[Hall], pause: float) -> dict[str, float]:
    """PostgreSQL restarted; `pause` s later every hall process SIGKILLed and started again."""
    t0 = time.time()
    pg.restart()
    t1 = time.time()
    log(f"  PostgreSQL restarted in {t1 - t0:.1f} s")
    time.sleep(pause)
    t2 = time.time()
    for hall in halls:
        hall.kill()
    t3 = time.time()
    for hall in halls:
        hall.start()
    t4 = time.time()
    log(f"  halls SIGKILLed and listening again {t4 - t3:.1f} s later")
    return {
        "pg_restart_at": t0,
        "pg_restart_s": round(t1 - t0, 2),
        "halls_killed_at": t2,
        "halls_down_s": round(t4 - t2, 2),
        "halls_back_at": t4,
    }


def steady(
    pg: PostgresServer,
    dsn: str,
    halls: list[Hall],
    workers: list[Worker],
    seconds: int,
    with_fault: bool = True,
) -> dict[str, Any]:
    catch_up = 120.0
    start = time.time() + 3
    for w in workers:
        w.send(phase="steady", start=start, seconds=seconds, catch_up=catch_up)
    time.sleep(max(start + seconds / 2 - time.time(), 0))
    if with_fault:
        log("  halfway: restarting PostgreSQL, then SIGKILL to the halls …")
        faults = fault(pg, halls, pause=5.0)
    else:
        now = time.time()
        faults = {"pg_restart_at": now, "pg_restart_s": 0, "halls_killed_at": now,
                  "halls_down_s": 0, "halls_back_at": now}  # fmt: skip
    results = [s for w in workers for s in w.wait_for("RESULT ", seconds + catch_up + 120)["seats"]]
    done = max(r["caught_up_at"] for r in results)
    with psycopg.connect(dsn) as conn:
        rates = per_second(conn, start, done + 1)
    # Each seat's windows of failed syncs (first failure to the next full sync): the fault's.
    windows = [w for r in results for w in r["outages"] if w[1] >= faults["pg_restart_at"]]
    recovered = max((w[1] for w in windows), default=faults["halls_back_at"])
    return {
        "start": start,
        "seconds": seconds,
        "faults": faults,
        "seats_with_failed_syncs": sum(1 for r in results if r["outages"]),
        "outage_seen_by_seats": spread([w[1] - w[0] for w in windows]),
        "all_caught_up_after_halls_back_s": round(recovered - faults["halls_back_at"], 2),
        "all_caught_up_after_pg_restart_s": round(recovered - faults["pg_restart_at"], 2),
        "sync_round_trip": spread([ms / 1000 for r in results for ms in r["sync_ms"]]),
        "per_second": rates,
        "steady_rate_median": statistics.median(rates[5 : int(seconds / 2) - 2] or [0]),
    }


def backlog(dsn: str, workers: list[Worker], entries: int, seats: int) -> dict[str, Any]:
    for w in workers:
        w.send(phase="backlog_prepare", entries=entries)
    prepared = [w.wait_for("RESULT ", 600)["seconds"] for w in workers]
    with psycopg.connect(dsn) as conn:
        before = conn.execute("SELECT count(*) FROM audit").fetchone()
    start = time.time() + 2
    for w in workers:
        w.send(phase="backlog_go", start=start, limit=600)
    results = [s for w in workers for s in w.wait_for("RESULT ", 700)["seats"]]
    done_at = max(r["done_at"] for r in results)
    drain = done_at - start
    with psycopg.connect(dsn) as conn:
        after = conn.execute("SELECT count(*) FROM audit").fetchone()
        last = conn.execute(
            "SELECT extract(epoch FROM max(received_at)) FROM audit WHERE received_at >= "
            "to_timestamp(%s)",
            (start,),
        ).fetchone()
        rates = per_second(conn, start, done_at + 1)
    arrived = (int(after[0]) - int(before[0])) if after and before else 0
    busy = [r for r in rates if r > 0]
    return {
        "entries_per_seat": entries,
        "expected": entries * seats,
        "arrived": arrived,
        "all_ok": all(r["ok"] for r in results),
        "prepare_s": [round(p, 1) for p in prepared],
        "drain_s": round(drain, 2),
        "last_transaction_began_s": round(float(last[0]) - start, 2) if last and last[0] else None,
        "entries_per_s": round(arrived / drain, 1) if drain > 0 else 0.0,
        "per_second": rates,
        "busiest_second": max(busy, default=0),
        "median_busy_second": statistics.median(busy) if busy else 0,
        "sync_round_trip": spread([ms / 1000 for r in results for ms in r["sync_ms"]]),
        "seat_done_s": spread([r["done_at"] - start for r in results]),
    }


def visitors(
    door: Seat, workers: list[Worker], dsn: str, rounds: int, spacing: float
) -> dict[str, Any]:
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT coalesce(max(id), 0) FROM feed").fetchone()
    feed_before = int(row[0]) if row else 0
    limit = rounds * spacing + 60
    for w in workers:
        w.send(phase="visitors", rounds=rounds, limit=limit)
    for w in workers:
        w.wait_for("ARMED", limit)
    time.sleep(2.0)  # every seat's long-poll sent after its first answer
    sent: list[float] = []
    for i in range(rounds):
        kind = "visitor.on_floor" if i % 2 == 0 else "visitor.left"
        sent.append(post_visitor(door, i + 1, kind))
        time.sleep(spacing)
    results = [s for w in workers for s in w.wait_for("RESULT ", limit + 60)["seats"]]
    with psycopg.connect(dsn) as conn:
        ids = [
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM feed WHERE kind = 'visitors' AND id > %s ORDER BY id",
                (feed_before,),
            )
        ]
    per_round: list[dict[str, Any]] = []
    every: list[float] = []
    missed = 0
    for event_id, at in zip(ids, sent, strict=False):
        latencies = [seen[event_id][0] - at for seen in results if event_id in seen]
        missed += len(results) - len(latencies)
        every += latencies
        per_round.append(spread(latencies))
    return {
        "rounds": rounds,
        "seats": len(results),
        "missed": missed,
        "all": spread(every),
        "per_round": per_round,
    }


def markdown(r: dict[str, Any]) -> str:
    def ok(flag: bool) -> str:
        return "yes" if flag else "**no**"

    m, st, bl, vi = r["machine"], r["steady"], r["backlog"], r["visitors"]
    c1, c2, size = r["check_after_steady"], r["check_final"], r["db"]
    load, phases = r["load"], r["phases"]
    later_failures = {
        k: v - c1["failure_reasons"].get(k, 0)
        for k, v in c2["failure_reasons"].items()
        if v > c1["failure_reasons"].get(k, 0)
    }
    lines = [
        f"{r['seats']} seats, {r['minutes']:g} min, {r['halls']} hall processes, {r['workers']} "
        f"seat processes; {r['date']}; {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, "
        f"{m['os']}; Python {m['python']}, PostgreSQL {m['postgresql']}, psycopg {m['psycopg']}, "
        f"uvicorn {m['uvicorn']}. Load average (1 min) {load['before'][0]:.2f} before, "
        f"{load['during_max']:.2f} at most during, {load['after'][0]:.2f} after.",
        "",
        "| Measure | Measured | Goal | Met |",
        "| --- | ---: | --- | --- |",
        f"| Entries lost (steady phase with the faults / in all) | {c1['lost']} / {c2['lost']} "
        f"of {c2['generated']:,} | 0 | {ok(c1['lost'] == 0 and c2['lost'] == 0)} |",
        f"| Duplicate rows at the hall | {c2['duplicate_rows']} (seats were told of "
        f"{c2['duplicates_reported_to_seats']:,} resent entries) | 0 | "
        f"{ok(c2['duplicate_rows'] == 0 and c2['unexpected'] == 0)} |",
        f"| Chains that verify (`hall verify`; every MAC with the seat's key) | "
        f"{c2['chains_ok']} of {c2['chains']}; {c2['bad_macs']} bad MACs | all | "
        f"{ok(c2['chains_ok'] == c2['chains'] == r['seats'] + 1 and c2['bad_macs'] == 0)} |",
        f"| Sustained entries/s at the hall (backlog drain) | {bl['entries_per_s']:,.0f} (median "
        f"second {bl['median_busy_second']:,}, busiest {bl['busiest_second']:,}) | ≥ 2,000 | "
        f"{ok(bl['entries_per_s'] >= GOALS['entries_per_s'])} |",
        f"| Drain a 10-minute backlog of all {r['seats']} seats ({bl['expected']:,} entries) | "
        f"{bl['drain_s']:.1f} s | ≤ 60 s | {ok(bl['drain_s'] <= GOALS['drain_s'])} |",
        f"| Visitor change to all seats, p50 / p95 / p99 / max ({vi['rounds']} rounds) | "
        f"{vi['all'].get('p50_s', 0):.2f} / {vi['all'].get('p95_s', 0):.2f} / "
        f"{vi['all'].get('p99_s', 0):.2f} / {vi['all'].get('max_s', 0):.2f} s; missed "
        f"{vi['missed']} | p99 ≤ 5 s | "
        f"{ok(vi['missed'] == 0 and vi['all'].get('p99_s', 99) <= GOALS['visitor_p99_s'])} |",
        "| Hall RSS, per process: steady / backlog / visitors (max) | "
        + " / ".join(
            f"{phases.get(p, {}).get('hall_rss_max_mib', 0):.0f}"
            for p in ("steady", "backlog", "visitors")
        )
        + " MiB | (report) | |",
        f"| PostgreSQL bytes per million entries (audit table + indexes) | "
        f"{size['mb_per_million']:,.0f} MB ({size['bytes_per_entry']:.0f} B/entry, of which "
        f"index {size['audit_index_bytes'] / size['rows']:.0f}) | (report) | |",
        "",
        f"Faults (steady phase, halfway): PostgreSQL restart took {st['faults']['pg_restart_s']} s;"
        f" 5 s later the halls were SIGKILLed and listened again {st['faults']['halls_down_s']} s"
        f" later; every seat held everything at the hall "
        f"{st['all_caught_up_after_halls_back_s']} s after the halls were back (seats saw failed "
        f"syncs for {st['outage_seen_by_seats'].get('p50_s', 0):.1f} s p50, "
        f"{st['outage_seen_by_seats'].get('max_s', 0):.1f} s at most). Steady ingest: median "
        f"{st['steady_rate_median']:,.0f} entries/s (one per seat per second). Seats' requests in "
        f"all: {c2['requests']:,}, failed {c2['failed_requests']:,} (refused "
        f"{c2['refusals']:,}), TLS connections {c2['connections']:,}, resend-from asked "
        f"{c2['resends_asked']:,}.",
        f"Seats' sync round trips (answered requests): steady p50 "
        f"{st['sync_round_trip']['p50_s']:.2f} / p95 {st['sync_round_trip']['p95_s']:.2f} / max "
        f"{st['sync_round_trip']['max_s']:.2f} s; backlog p50 {bl['sync_round_trip']['p50_s']:.2f}"
        f" / p95 {bl['sync_round_trip']['p95_s']:.2f} / max {bl['sync_round_trip']['max_s']:.2f} s."
        f" Failed requests after the steady phase (backlog and visitors): "
        + (", ".join(f"{k} {v:,}" for k, v in later_failures.items()) or "none")
        + f"; entries the seats resent there (the hall counted them as duplicates): "
        f"{c2['duplicates_reported_to_seats'] - c1['duplicates_reported_to_seats']:,}.",
        "",
        "Load (1-min average) and hall RSS by phase: "
        + "; ".join(
            f"{name}: load {p['load1_mean']:.1f} mean / {p['load1_max']:.1f} max, machine "
            f"{p['machine_busy_mean']:.0%} busy (cores: halls {p['cores_mean']['halls']:.2f}, "
            f"PostgreSQL {p['cores_mean']['postgres']:.2f}, seats {p['cores_mean']['seats']:.2f}),"
            f" halls {p['halls_rss_max_mib']:.0f} MiB together at most"
            for name, p in phases.items()
        )
        + ".",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="50 seats for 30 s")
    parser.add_argument("--seats", type=int)
    parser.add_argument("--minutes", type=float)
    parser.add_argument("--halls", type=int, default=2, help="hall processes (default 2)")
    parser.add_argument("--workers", type=int, default=4, help="seat processes (default 4)")
    parser.add_argument("--backlog", type=int, default=600, help="entries per seat (600)")
    parser.add_argument("--rounds", type=int, help="visitor changes (5; quick 3)")
    parser.add_argument("--out", default=str(HERE / "results"))
    parser.add_argument("--keep", action="store_true", help="keep the logs and the hall folder")
    parser.add_argument("--no-fault", action="store_true", help="no restart, no SIGKILL")
    parser.add_argument("--profile", metavar="DIR", help="halls under cProfile: DIR/hall-I.prof")
    parser.add_argument("--render", metavar="JSON", help="only write the .md of a result again")
    args = parser.parse_args()
    if args.render:
        result = json.loads(Path(args.render).read_text(encoding="utf-8"))
        Path(args.render).with_suffix(".md").write_text(markdown(result), encoding="utf-8")
        print(markdown(result))
        return
    seats = args.seats or (50 if args.quick else 500)
    minutes = args.minutes or (0.5 if args.quick else 5.0)
    rounds = args.rounds or (3 if args.quick else 5)
    seconds = int(minutes * 60)
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-hall-sim-"))
    logs = folder / "logs"
    logs.mkdir()
    r: dict[str, Any] = {
        "seats": seats,
        "minutes": minutes,
        "halls": args.halls,
        "workers": args.workers,
        "quick": args.quick,
        "date": time.strftime("%Y-%m-%d"),
        "load": {"before": os.getloadavg()},
    }
    log(f"{seats} seats, {minutes:g} min, {args.halls} halls, {args.workers} seat processes; "
        f"logs in {logs}")  # fmt: skip
    pg = start_postgres()
    halls: list[Hall] = []
    workers: list[Worker] = []
    sampler = Sampler(halls, workers, pg_uid(pg))
    started = time.perf_counter()
    try:
        dsn = pg.create_database("hall_sim")
        r["machine"] = machine(dsn)
        hall_dir = folder / "hall"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "seatdesk",
                "hall",
                "init",
                "--dsn",
                dsn,
                "--dir",
                str(hall_dir),
            ],
            check=True,
            capture_output=True,
            env=environment(),
            cwd=ROOT,
            timeout=120,
        )
        profiles = Path(args.profile).resolve() if args.profile else None
        if profiles is not None:
            profiles.mkdir(parents=True, exist_ok=True)
        halls += [
            Hall(
                dsn,
                hall_dir,
                logs / f"hall-{i}.log",
                profile=profiles / f"hall-{i}.prof" if profiles else None,
            )
            for i in range(args.halls)
        ]
        for hall in halls:
            hall.start()
        sampler.start()
        log("enrolling seats …")
        t = time.perf_counter()
        now = datetime.now(UTC)
        names = [f"sim-{i:04d}" for i in range(seats)]
        codes = {name: new_code(dsn, hall_dir, name, now) for name in [*names, "sim-door"]}
        for w in range(args.workers):
            mine = [
                {"name": n, "code": codes[n], "url": halls[i % len(halls)].url}
                for i, n in enumerate(names)
                if i % args.workers == w
            ]
            spec = folder / f"seats-{w}.json"
            spec.write_text(json.dumps({"seats": mine}))
            workers.append(Worker(spec, logs / f"seats-{w}.log"))
        door_enrolment = enrol_seat(halls[0].url, codes["sim-door"], "sim-door")
        door = Seat("sim-door", halls[0].url, door_enrolment.ca_pem, door_enrolment.seat)
        ready = [w.wait_for("READY ", 900) for w in workers]
        r["enrol_s"] = round(time.perf_counter() - t, 1)
        log(f"  {sum(x['seats'] for x in ready)} seats enrolled in {r['enrol_s']} s")

        log(f"steady: one entry a second per seat for {seconds} s, faults halfway …")
        sampler.phase = "steady"
        r["steady"] = steady(pg, dsn, halls, workers, seconds, not args.no_fault)
        sampler.phase = "check"
        reports = seat_reports(workers)
        r["check_after_steady"] = check_hall(dsn, [*reports, seat_report(door)])
        c = r["check_after_steady"]
        back = r["steady"]["all_caught_up_after_halls_back_s"]
        # fmt: off
        log(f"  lost {c['lost']}, duplicate rows {c['duplicate_rows']}, chains "
            f"{c['chains_ok']}/{c['chains']}, caught up {back} s after the halls came back")
        # fmt: on

        log(f"backlog: {args.backlog} entries per seat, released at once …")
        sampler.phase = "backlog"
        r["backlog"] = backlog(dsn, workers, args.backlog, seats)
        b = r["backlog"]
        log(f"  {b['arrived']:,} entries in {b['drain_s']:.1f} s: {b['entries_per_s']:,.0f}/s")

        log(f"visitors: {rounds} changes, every seat long-polling …")
        sampler.phase = "visitors"
        r["visitors"] = visitors(door, workers, dsn, rounds, 8.0 if not args.quick else 5.0)
        v = r["visitors"]["all"]
        log(f"  p50 {v.get('p50_s')} s, p99 {v.get('p99_s')} s, max {v.get('max_s')} s, "
            f"missed {r['visitors']['missed']}")  # fmt: skip

        sampler.phase = "check"
        reports = seat_reports(workers)
        r["check_final"] = check_hall(dsn, [*reports, seat_report(door)])
        r["db"] = db_size(dsn)
        r["halls_rss_end_mib"] = [round(h.rss(), 1) for h in halls]
    finally:
        # Every step on its own: one that fails must not leave PostgreSQL or a hall running.
        for step in [sampler.stop, *(w.close for w in workers), *(h.stop for h in halls)]:
            try:
                step()
            except Exception as exc:  # cleaning up: report it and go on
                log(f"cleanup: {type(exc).__name__}: {exc}")
        discard(pg)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    r["load"]["after"] = os.getloadavg()
    during = [
        s["load1"] for s in sampler.samples if s["phase"] in ("steady", "backlog", "visitors")
    ]
    r["load"]["during_max"] = max(during, default=0.0)
    r["load"]["during_mean"] = round(statistics.fmean(during), 2) if during else 0.0
    r["phases"] = sampler.by_phase()
    r["samples"] = sampler.samples
    r["seconds"] = round(time.perf_counter() - started, 1)
    c = r["check_final"]
    r["met"] = {
        "lost = 0": r["check_after_steady"]["lost"] == 0 and c["lost"] == 0,
        "duplicates = 0": c["duplicate_rows"] == 0 and c["unexpected"] == 0,
        "all chains verify": c["chains_ok"] == c["chains"] == seats + 1 and c["bad_macs"] == 0,
        "≥ 2,000 entries/s": r["backlog"]["entries_per_s"] >= GOALS["entries_per_s"],
        "drain ≤ 60 s": r["backlog"]["drain_s"] <= GOALS["drain_s"],
        "visitor p99 ≤ 5 s": r["visitors"]["missed"] == 0
        and r["visitors"]["all"].get("p99_s", 99) <= GOALS["visitor_p99_s"],
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"{seats}" + ("-quick" if args.quick else "")
    (out / f"hall-{suffix}.json").write_text(
        json.dumps(r, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    table = markdown(r)
    (out / f"hall-{suffix}.md").write_text(table, encoding="utf-8")
    print(table)
    log(f"done in {r['seconds']:.0f} s: {out / f'hall-{suffix}.md'}")


if __name__ == "__main__":
    main()

"""Shared pieces of the benchmark harness (not part of the seatdesk package).

The harness may reach into seatdesk's internals and sqlcipher3 directly: it builds the "plain
SQLite" twin of the vault (the same schema in a sqlcipher3 connection with no key) and opens
both the way the product does.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from seatdesk.core.clock import SystemClock
from seatdesk.vault.db import APPLICATION_ID, PAGE_CACHE_KIB, VaultDb, open_db
from seatdesk.vault.keyslots import KdfParams, KeyFile
from seatdesk.vault.schema import migrate

# Argon2 at a harness cost: sign-in's key derivation is not what is measured here (it is the
# same with or without encryption of the data), and the slot stores its own parameters.
BENCH_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ADMIN, ADMIN_PW = "admin01", "Bench-Admin-2026"
AGENT, AGENT_PW = "agent01", "Bench-Agent-2026"
OFFICER, OFFICER_PW = "sec01", "Bench-Secur-2026"
TIERS = ("秘密", "机密", "绝密")


@dataclass(frozen=True)
class Layout:
    """Where one benchmark size keeps its files."""

    data: Path
    count: int
    seed: int

    @property
    def csv(self) -> Path:
        return self.data / f"customers-{self.count}-{self.seed}.csv"

    @property
    def vault(self) -> Path:
        return self.data / f"vault-{self.count}" / "hall.vault"

    @property
    def plain(self) -> Path:
        return self.data / f"plain-{self.count}" / "hall.sqlite"

    @property
    def home(self) -> Path:
        return self.data / f"home-{self.count}"


def bench_policy() -> Any:
    """The shipped policy with the per-minute look-up limits out of reach: a benchmark looks up
    thousands of times a minute (the gate's rate check still runs on every one)."""
    import dataclasses

    from seatdesk.app import load_default_policy

    policy = load_default_policy()
    limits = dataclasses.replace(policy.limits, searches_per_minute=10**9, views_per_minute=10**9)
    return dataclasses.replace(policy, limits=limits)


def bench_runtime() -> Any:
    from seatdesk.services.runtime import Runtime
    from seatdesk.vault.secret_store import MemorySecretStore

    return Runtime(
        clock=SystemClock(),
        policy=bench_policy(),
        seat="bench-seat",
        secret_store_factory=MemorySecretStore,
        kdf=BENCH_KDF,
    )


def data_key(vault: Path) -> bytes:
    keys = KeyFile.load(vault.with_name(vault.name + ".keys"))
    return bytes(keys.unwrap_password(ADMIN, ADMIN_PW, None))


def open_vault_db(vault: Path, key: bytes) -> VaultDb:
    """The vault as the product opens it, minus the full page check (measured on its own)."""
    return open_db(vault, key, verify="quick")


def open_plain_db(path: Path, *, create: bool = False) -> VaultDb:
    """The same schema and pragmas in a sqlcipher3 connection with no key."""
    if create and path.exists():
        raise FileExistsError(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    if create:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    db = VaultDb(conn, path)
    if create:
        migrate(db)
    return db


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary_ms(samples_s: Sequence[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 4),
        "p95_ms": round(percentile(ms, 95), 4),
        "mean_ms": round(statistics.fmean(ms), 4) if ms else float("nan"),
    }


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def max_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def current_rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = float("nan")
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    import PySide6

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlcipher": cipher,
        "sqlite": sqlcipher3.sqlite_version,
        "pyside6": PySide6.__version__,
    }


def emit(result: dict[str, Any]) -> None:
    """A worker's answer: one JSON line on stdout, after anything else it printed."""
    print("BENCH-RESULT " + json.dumps(result, ensure_ascii=False), flush=True)


def parse_result(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return dict(json.loads(line[len("BENCH-RESULT ") :]))
    raise RuntimeError("the worker printed no result:\n" + stdout[-2000:])


@contextmanager
def env(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

"""The change-set bench's setting: a cached N-customer demo vault, the change file, a real hall on
a throwaway PostgreSQL, two enrolled seats (A publishes, B applies) and B's restore copies.

Used by `benchmarks.change_set_bench`; by hand, not by the tests.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import bench_runtime
from benchmarks.hall_sim import Hall
from seatdesk.core.clock import SystemClock
from seatdesk.hall.admin import init_hall, new_code
from seatdesk.records.csv_format import COLUMNS
from seatdesk.records.demo_data import generate_customers
from seatdesk.services.demo import DEMO_ANCHOR, DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.registry import open_session
from seatdesk.services.runtime import VaultPaths
from tools.demo_enrol import enrol_demo_seat
from tools.throwaway_postgres import discard, start_postgres

SEED = 2026  # the demo vault's (build_demo_vault's default)
VAULT = "demo.vault"
ADMIN = DEMO_LOGINS[0]


def log(message: str) -> None:
    print(f"[change-bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def template(data: Path, count: int) -> Path:
    """The folder of a demo vault of `count` customers, built once (a million: many minutes)."""
    folder = data / f"change-template-{count}"
    if not (folder / VAULT).exists():
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        log(f"building the {count:,}-customer demo vault (once, cached in {folder}) …")
        started = time.perf_counter()
        build_demo_vault(bench_runtime(), building, count=count, seed=SEED)
        building.rename(folder)
        log(f"  built in {time.perf_counter() - started:.0f} s")
    return folder


def _changed(row: dict[str, str], n: int) -> dict[str, str]:
    """One customer changed in one or two fields, the kind cycling: address, mobile, tier,
    consent, segment and notes."""
    kind = n % 5
    if kind == 0:
        return {**row, "address": row["address"] + "（新址）"}
    if kind == 1:
        return {**row, "mobile": f"199{n:08d}"}
    if kind == 2:
        tier = "机密" if row["tier"] != "机密" else "绝密"
        return {**row, "tier": tier, "tier_expires": "2031-12-31"}
    if kind == 3:
        consent = "服务通知" if row["consent"] != "服务通知" else "服务通知;营销推广"
        return {**row, "consent": consent, "consent_date": "2026-11-30"}
    return {**row, "segment": "新分群", "notes": "客户更新了资料"}


@dataclass(frozen=True)
class ChangeData:
    update: Path  # the CSV of the changed customers (update mode: only those rows)
    prime: Path  # one changed customer: the first change set, which hands seat B the key
    pop_numbers: list[str]  # mobiles of customers the change leaves alone (one owner each)


def change_data(data: Path, count: int, changes: int, pops: int) -> ChangeData:
    """The change file and the numbers to pop, from the demo rows (cached in `data`)."""
    stem = data / f"change-{count}-{changes}"
    update, prime, numbers = (stem.with_suffix(s) for s in (".csv", ".prime.csv", ".pops.json"))
    if not (update.exists() and prime.exists() and numbers.exists()):
        rng = random.Random(changes)
        chosen = sorted(rng.sample(range(1, count), changes))  # row 0 is the prime's
        order = {i: n for n, i in enumerate(chosen)}
        callers = set(random.Random(7).sample(range(count), pops * 2)) - set(chosen) - {0}
        out, first = io.StringIO(), io.StringIO()
        writers = [csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n") for f in (out, first)]
        for writer in writers:
            writer.writeheader()
        found: list[str] = []
        for i, row in enumerate(generate_customers(count, SEED, today=DEMO_ANCHOR)):
            if i in order:
                writers[0].writerow(_changed(row, order[i]))
            elif i == 0:
                writers[1].writerow({**row, "segment": "首次变更"})
            elif i in callers and ";" not in row["mobile"]:
                found.append(row["mobile"])
        random.Random(11).shuffle(found)
        update.write_text(out.getvalue(), encoding="utf-8")
        prime.write_text(first.getvalue(), encoding="utf-8")
        numbers.write_text(json.dumps(found[:pops]))
    return ChangeData(update, prime, json.loads(numbers.read_text()))


@dataclass
class Seats:
    """Two enrolled seats of one running hall, and seat B's state before the measured apply."""

    folder: Path
    hall: Hall
    a: Path  # seat A's vault
    b_base: Path  # seat B's vault before the measured change set (holds the hall data key)
    plain_base: Path  # the same, exported to plain SQLite (no key)
    seq: int  # the measured change set's seq
    publish_s: float  # seat A: `hall publish` of it (dry run, upload, A's own apply)


def _services(vault: Path, seat: str) -> Services:
    runtime = dataclasses.replace(bench_runtime(), seat=seat)
    return Services(sign_in(runtime, VaultPaths(vault), ADMIN.staff_id, ADMIN.password))


def export_plain(vault: Path, plain: Path, seat: str) -> None:
    """`vault` copied into an unencrypted SQLite file (the same pages' content, no key)."""
    plain.parent.mkdir(parents=True, exist_ok=True)
    plain.unlink(missing_ok=True)
    with _services(vault, seat) as services:
        db = open_session(services.who).db
        db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        db.execute("SELECT sqlcipher_export('plain')")
        version = db.scalar("PRAGMA main.user_version")
        db.execute(f"PRAGMA plain.user_version = {int(version)}")
        db.execute("DETACH DATABASE plain")
    import sqlcipher3

    conn = sqlcipher3.connect(str(plain))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


@contextmanager
def running_seats(
    data: Path, folder: Path, vault_template: Path, files: ChangeData
) -> Iterator[Seats]:
    """A throwaway PostgreSQL, `hall init`, `hall serve`, seats A and B enrolled (copies of the
    template), the first change set applied at both, then the measured one published at A."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pg = start_postgres()
    hall: Hall | None = None
    try:
        dsn = pg.create_database("change_bench")
        hall_dir = folder / "hall"
        init_hall(dsn, hall_dir, SystemClock().now())
        hall = Hall(dsn, hall_dir, folder / "hall-serve.log")
        hall.start()
        vaults = {}
        for seat in ("seat-a", "seat-b"):
            shutil.copytree(vault_template, folder / seat)
            vaults[seat] = folder / seat / VAULT
            with _services(vaults[seat], seat) as services:
                enrol_demo_seat(
                    services,
                    hall.url,
                    new_code(dsn, hall_dir, seat, SystemClock().now()),
                    seat,
                    dsn,
                )
                services.change_sets.catch_up()  # registers the seat's box key
        with _services(vaults["seat-a"], "seat-a") as a:
            first = a.change_sets.publish(files.prime, "update")
        with _services(vaults["seat-b"], "seat-b") as b:
            caught = b.change_sets.catch_up()
        if caught.applied != (first.delta_seq,):
            raise RuntimeError(f"seat B did not apply the first change set: {caught}")
        b_base = folder / "seat-b-base" / VAULT
        shutil.copytree(vaults["seat-b"].parent, b_base.parent)
        plain_base = folder / "plain-b-base" / "seat-b.sqlite"
        export_plain(b_base, plain_base, "seat-b")
        log("seat A publishes the measured change set …")
        started = time.perf_counter()
        with _services(vaults["seat-a"], "seat-a") as a:
            done = a.change_sets.publish(files.update, "update")
        publish_s = time.perf_counter() - started
        if done.delta_seq is None or done.changed == 0:
            raise RuntimeError(f"nothing published: {done}")
        log(f"  published seq {done.delta_seq} ({done.changed:,} changed) in {publish_s:.1f} s")
        yield Seats(folder, hall, vaults["seat-a"], b_base, plain_base, done.delta_seq, publish_s)
    finally:
        if hall is not None:
            hall.stop()
        discard(pg)


def restore(base: Path, work: Path) -> Path:
    """A fresh copy of `base`'s folder at `work`'s; the path of the copy of `base`."""
    shutil.rmtree(work.parent, ignore_errors=True)
    shutil.copytree(base.parent, work.parent)
    for copied in work.parent.iterdir():  # written back now, not at the first fsync measured
        fd = os.open(copied, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return work.parent / base.name


__all__ = ["ChangeData", "Seats", "change_data", "restore", "running_seats", "template"]

"""The streamed import: the same report as the in-memory parser, the same rows either way
(inline or with the reader process, bulk or not), and nothing left behind when it stops."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import seatdesk.records.csv_source as csv_source
from seatdesk.core.errors import ImportRejected
from seatdesk.records import import_reading, importer
from seatdesk.records.csv_format import COLUMNS, decode_csv_bytes
from seatdesk.records.csv_reader import parse_customer_csv
from seatdesk.records.csv_source import open_text, scan_source
from seatdesk.records.demo_data import generate_customers
from seatdesk.vault.db import VaultDb, open_db
from tests.helpers.compartments import opened, opener_of, sealed_db, sealer_of

TODAY = date(2026, 1, 1)
TIERS = ("秘密", "机密", "绝密")
ROOT = Path(__file__).resolve().parents[3]


def csv_bytes(rows: list[dict[str, str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[VaultDb]:
    vault, _, _ = sealed_db(tmp_path / "import.vault")
    yield vault
    vault.close()


@pytest.fixture(params=["inline", "reader-process"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(import_reading, "BATCH_ROWS", 7)  # many batches, duplicates across them
    if request.param == "reader-process":
        monkeypatch.setattr(import_reading, "PARALLEL_MIN_ROWS", 1)
        monkeypatch.setattr(importer, "BULK_MIN_ROWS", 1)
    return str(request.param)


def run(
    db: VaultDb,
    source: bytes | Path,
    *,
    dry_run: bool = False,
    progress: importer.Progress | None = None,
) -> importer.ImportReport:
    with db.transaction():
        return importer.import_customers(
            db,
            source,
            tier_labels=TIERS,
            default_tier="秘密",
            today=TODAY,
            created_at="2026-01-01T00:00:00+00:00",
            actor="test",
            sealer=sealer_of(db),
            opener=opener_of(db),
            dry_run=dry_run,
            progress=progress,
        )


def stored(db: VaultDb) -> list[tuple[object, ...]]:
    customers = opened(
        db,
        "SELECT customer_no, name, gender, birth_date, id_type, id_number, email, address, "
        "bank_card, segment, tier, tier_expires, consent, consent_date, retain_until, notes "
        "FROM customers ORDER BY id",
    )
    phones = db.execute(
        "SELECT c.customer_no, p.number, p.kind FROM customer_phones p "
        "JOIN customers c ON c.id = p.customer_id ORDER BY c.id, p.kind, p.number"
    )
    return [*customers, *phones]


def messy_rows() -> list[dict[str, str]]:
    rows = list(generate_customers(60, 4, today=TODAY))
    rows[3]["id_number"] = rows[3]["id_number"][:17] + (
        "0" if rows[3]["id_number"][17] != "0" else "1"
    )
    rows[20]["customer_no"] = rows[2]["customer_no"]  # duplicate in another batch
    rows[21]["customer_no"] = rows[3]["customer_no"]  # duplicate of a bad row
    rows[22]["customer_no"] = rows[22 - 1]["customer_no"]  # three of a kind
    rows[30]["mobile"] = "12345"
    rows[31]["bank_card"] = "6222021234567890129"  # Luhn: a warning only
    rows[40]["customer_no"] = ""
    return rows


def test_the_report_is_the_in_memory_parsers(db: VaultDb, mode: str) -> None:
    data = csv_bytes(messy_rows())
    parsed = parse_customer_csv(data, tier_labels=TIERS, default_tier="秘密", today=TODAY)
    report = run(db, data)
    assert [str(p) for p in report.problems] == [str(p) for p in parsed.problems]
    assert report.rows == len(parsed.drafts)
    assert report.imported == 0 and report.batch_id is None
    assert db.scalar("SELECT count(*) FROM customers") == 0
    assert db.scalar("SELECT count(*) FROM import_batches") == 0


def test_good_rows_are_stored_as_the_drafts_say(db: VaultDb, mode: str, tmp_path: Path) -> None:
    rows = list(generate_customers(50, 9, today=TODAY))
    path = tmp_path / "crm.csv"
    path.write_bytes(csv_bytes(rows, "gb18030"))
    report = run(db, path)
    assert report.encoding == "gb18030" and not report.errors
    assert report.imported == report.rows == 50
    parsed = parse_customer_csv(
        path.read_bytes(), tier_labels=TIERS, default_tier="秘密", today=TODAY
    )
    expected_customers = [
        (
            d.customer_no, d.name, d.gender, d.birth_date and d.birth_date.isoformat(), d.id_type,
            d.id_number, d.email, d.address, d.bank_card, d.segment, d.tier,
            d.tier_expires and d.tier_expires.isoformat(), ";".join(d.consent),
            d.consent_date and d.consent_date.isoformat(),
            d.retain_until and d.retain_until.isoformat(), d.notes,
        )
        for _, d in parsed.drafts
    ]  # fmt: skip
    expected_phones = sorted(
        [(d.customer_no, m, "mobile") for _, d in parsed.drafts for m in d.mobiles]
        + [(d.customer_no, d.landline, "landline") for _, d in parsed.drafts if d.landline],
        key=lambda p: (int(p[0][1:]), p[2], p[1]),
    )
    assert stored(db) == expected_customers + expected_phones
    assert db.scalar("SELECT rows FROM import_batches WHERE id = ?", (report.batch_id,)) == 50
    assert db.scalar("PRAGMA integrity_check") == "ok"


def test_numbers_already_in_the_vault(db: VaultDb, mode: str) -> None:
    rows = list(generate_customers(30, 2, today=TODAY))
    assert run(db, csv_bytes(rows[:10])).imported == 10
    again = [*rows[5:12], rows[6]]  # 5..9 are in the vault; a repeat of 6 at the end
    report = run(db, csv_bytes(again))
    assert [(p.line, p.message) for p in report.errors] == [
        *((line, "customer number is already in the vault") for line in range(2, 7)),
        (9, "duplicate customer_no (first on line 3)"),
    ]
    assert db.scalar("SELECT count(*) FROM customers") == 10


def test_dry_run_checks_everything_and_writes_nothing(db: VaultDb, mode: str) -> None:
    report = run(db, csv_bytes(list(generate_customers(40, 5, today=TODAY))), dry_run=True)
    assert report.rows == 40 and report.imported == 0 and not report.problems
    assert db.scalar("SELECT count(*) FROM customers") == 0


def test_bulk_load_rebuilds_the_same_indexes(db: VaultDb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BULK_MIN_ROWS", 10)
    schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    before = db.execute(schema)
    assert {name for name, _ in before} >= set(importer.REBUILT_INDEXES)
    bad = messy_rows()
    assert run(db, csv_bytes(bad)).errors
    assert db.execute(schema) == before
    assert run(db, csv_bytes(list(generate_customers(40, 5, today=TODAY)))).imported == 40
    assert db.execute(schema) == before
    assert db.scalar("PRAGMA integrity_check") == "ok"


def test_an_error_while_importing_rolls_back_and_stops_the_reader(db: VaultDb, mode: str) -> None:
    def explode(done: int, total: int) -> None:
        if done >= 20:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        run(db, csv_bytes(list(generate_customers(60, 5, today=TODAY))), progress=explode)
    assert db.scalar("SELECT count(*) FROM customers") == 0
    assert db.scalar("SELECT count(*) FROM sqlite_temp_master") == 0


def test_a_file_that_changes_while_it_is_read_is_refused(
    db: VaultDb, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.csv"
    path.write_bytes(csv_bytes(list(generate_customers(20, 5, today=TODAY))))
    scan = scan_source(path)
    path.write_bytes(csv_bytes(list(generate_customers(20, 6, today=TODAY))))
    monkeypatch.setattr(importer, "scan_source", lambda source, encoding=None: scan)
    with pytest.raises(ImportRejected, match="changed while it was being imported"):
        run(db, path)
    assert db.scalar("SELECT count(*) FROM customers") == 0


def test_a_missing_file_is_a_usage_error(db: VaultDb, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="cannot read"):
        run(db, tmp_path / "nope.csv")


@pytest.mark.parametrize("seed", range(300))
def test_streamed_decoding_matches_decoding_the_whole_file(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunk edges anywhere, in and between characters: same text, encoding and errors."""
    import random

    monkeypatch.setattr(csv_source, "_CHUNK", 7)
    rng = random.Random(seed)
    parts = ["customer_no,name\n", "C1,张三\n", "C2,李四\r\n", 'C3,"多\n行𠮷"\n']
    text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
    data = bytearray(text.encode(rng.choice(["utf-8", "gb18030", "utf-8-sig", "utf-16"])))
    if data and rng.random() < 0.5:
        data[rng.randrange(len(data))] = rng.choice([0x80, 0xFF, 0xD5, 0x0A, 0xC3])
    if data and rng.random() < 0.2:
        del data[-1]
    try:
        expected: tuple[str, str] = decode_csv_bytes(bytes(data))
    except ImportRejected as exc:
        with pytest.raises(ImportRejected) as info:
            scan_source(bytes(data))
        assert str(info.value) == str(exc)
        return
    scan = scan_source(bytes(data))
    with open_text(bytes(data), scan) as stream:
        decoded = "".join(stream)
        stream.check_unchanged()
    assert (decoded, scan.encoding) == expected
    assert scan.size == len(data) and scan.lines == data.count(b"\n")


def test_killed_mid_import_with_the_reader_process(tmp_path: Path) -> None:
    """kill -9 of the importing process: the vault is unchanged and the reader goes too."""
    vault_path = tmp_path / "kill.vault"
    key = bytes(range(32))
    created, _, _ = sealed_db(vault_path, key=key)
    created.close()
    data = tmp_path / "crm.csv"
    data.write_bytes(csv_bytes(list(generate_customers(3000, 3, today=TODAY))))
    script = tmp_path / "kill.py"
    script.write_text(
        textwrap.dedent(f"""
        import os, signal, sys
        from datetime import date
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from seatdesk.records import import_reading, importer
        from seatdesk.vault.db import open_db
        from tests.helpers.compartments import sealer_of
        import_reading.PARALLEL_MIN_ROWS = 1
        import_reading.BATCH_ROWS = 100
        db = open_db(Path({str(vault_path)!r}), bytes(range(32)))
        def kill(done, total):
            if done >= 1500:
                print(os.getpid(), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
        with db.transaction():
            importer.import_customers(
                db, Path({str(data)!r}), tier_labels=("秘密", "机密", "绝密"),
                default_tier="秘密", today=date(2026, 1, 1), created_at="x", actor="x",
                dry_run=False, progress=kill, sealer=sealer_of(db),
            )
        """)
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        start_new_session=True,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    group = int(result.stdout.strip())  # the session leader's pid is the group id
    for _ in range(200):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)  # allowed: the reader is a grandchild; nothing to wait on but its exit
    else:
        pytest.fail("the reader process outlived the importer")
    reopened = open_db(vault_path, key)
    try:
        assert reopened.scalar("SELECT count(*) FROM customers") == 0
        assert reopened.scalar("PRAGMA integrity_check") == "ok"
    finally:
        reopened.close()

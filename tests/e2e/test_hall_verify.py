"""一类 verification at the hall (issue 15), through a real hall on a real PostgreSQL, between two
seats of one hall: an agent verifies an ID number's last six right and wrong through the hall;
attempts past the limit are refused by the hall from another desk process and from the second
seat; every attempt is in the hall's audit without the value. Tried as the attacker: with the
agent's password, the device secret, copies of the vault and key file and SeatDesk's modules, no
stored blob confirms a 一类 guess, nor does a dump of the hall's PostgreSQL without the pepper.
With the hall away, verification is refused and nothing is compared at the seat."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from seatdesk.core.errors import SeatDeskError
from seatdesk.hall import verify_rules as vr
from seatdesk.hall.files import HallDir
from seatdesk.link.client import HallRefused, HallUnreachable
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.verifiers import VERIFIED, VerifierKeys, hall_tag, spoken_keyed
from seatdesk.services import verification
from seatdesk.services.directory_sign_in import SeatOnHall
from seatdesk.services.factory import Services
from seatdesk.services.hall_keys import HallKeys
from seatdesk.services.importing import import_bytes
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import Session
from seatdesk.services.training import TrainingDesk, hall_today
from seatdesk.vault.sealing import hkdf
from seatdesk.vault.store import verifier_key
from tests.helpers.change_sets import second_seat
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.imports import csv_bytes
from tests.helpers.vaults import (
    OFFICER,
    StaffedVault,
    keyring_text,
    make_staffed_vault,
    session_behind,
)

COURSE = "confidentiality"
CHILD = Path(__file__).resolve().parents[1] / "helpers" / "verify_child.py"


def planted() -> list[dict[str, str]]:
    rows = list(generate_customers(3, 41, today=date(2026, 1, 1)))
    for n, row in enumerate(rows):
        row["customer_no"] = f"V4100{n}"
        row["tier"], row["tier_expires"] = "秘密", ""
        row["mobile"] = f"1392041{n:04d}"
        row["bank_card"] = f"6222020041{n:09d}"
    return rows


ROWS = planted()


def customer_id(session: Session, customer_no: str) -> int:
    return int(session.db.scalar("SELECT id FROM customers WHERE customer_no = ?", (customer_no,)))


@pytest.fixture
def seats(
    runtime: Runtime, running_hall: RunningHall, tmp_path: Path
) -> tuple[StaffedVault, StaffedVault]:
    """Seats A and B of one hall. A's officer publishes two planted customers (the hall data key
    is made; A gives the hall their tags after applying its own change set; B applies it and
    zeroes their 一类 verifiers) and imports a third at A (its tags go to the hall at once)."""
    seat_a = make_staffed_vault(runtime, tmp_path / "a", record_training=False)
    seat_b = second_seat(seat_a, tmp_path / "b")
    enrol_staffed(seat_a, running_hall, "seat-07")
    enrol_staffed(seat_b, running_hall, "seat-08")
    with Services(seat_b.signed_in("agent01")) as b:  # B registers its box key
        assert b.change_sets.catch_up().hdk_missing
    published = tmp_path / "planted.csv"
    published.write_bytes(csv_bytes(ROWS[:2]))
    with Services(seat_a.signed_in(OFFICER)) as a:
        assert a.change_sets.publish(published, "update").added == 2
    officer = seat_a.session(OFFICER)
    try:
        assert import_bytes(officer, csv_bytes(ROWS[2:]), "v.csv", dry_run=False).imported == 1
        TrainingDesk(officer).record(COURSE, hall_today(officer), "王老师", [("agent01", 90)])
    finally:
        officer.close()
    with Services(seat_b.signed_in("agent01")) as b:
        assert b.change_sets.catch_up().applied == (1,)
    with psycopg.connect(running_hall.dsn) as conn:
        held = conn.execute("SELECT customer_no, field, mode FROM verify_tags").fetchall()
    wanted = {(r["customer_no"], f, m) for r in ROWS for f, m in vr.FORMS if f != "birth_date"}
    assert wanted <= {tuple(h) for h in held}  # and the birth dates the ID numbers give
    return seat_a, seat_b


def attempts(hall: RunningHall) -> list[tuple[str, str, str, str, str, str]]:
    with psycopg.connect(hall.dsn) as conn:
        rows = conn.execute(
            "SELECT staff_id, customer_no, field, mode, call_id, outcome FROM verify_attempts "
            "ORDER BY id"
        ).fetchall()
    return [tuple(str(v) for v in r) for r in rows]  # type: ignore[misc]


def child_verify(
    vault: StaffedVault, cid: int, field: str, mode: str, typed: str
) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    args = [str(vault.paths.vault), keyring_text(vault.runtime), str(cid), field, mode, typed]
    done = subprocess.run(
        [sys.executable, str(CHILD), *args], cwd=root, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(root)}, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(answer, dict)
    return answer


def test_an_agent_verifies_through_the_hall_and_its_count_holds_across_desks_and_seats(
    seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, seat_b = seats
    row = ROWS[0]
    last6, wrong = row["id_number"][-6:], "000000" if row["id_number"][-6:] != "000000" else "1"
    with Services(seat_a.signed_in("agent01")) as agent:
        cid = customer_id(session_behind(agent.who), row["customer_no"])
        right = agent.verifier.verify(cid, "id_number", last6, "last6")
        assert (right.matched, right.at_hall, right.remaining) == (True, True, 2)
        bad = agent.verifier.verify(cid, "id_number", wrong, "last6")
        assert (bad.matched, bad.remaining, bad.locked) == (False, 1, False)
        assert agent.verifier.remaining(cid, "id_number") == 1  # the hall's count, shown
    # a new desk process: the hall's counter goes on
    third = child_verify(seat_a, cid, "id_number", "last6", wrong)
    assert third == {"matched": False, "remaining": 0, "locked": True, "no_data": False,
                     "at_hall": True}  # fmt: skip
    fourth = child_verify(seat_a, cid, "id_number", "last6", last6)  # even the right answer
    assert fourth["locked"] and not fourth["matched"]
    with Services(seat_b.signed_in("agent01")) as agent_b:  # the second seat: locked too
        out = agent_b.verifier.verify(
            customer_id(session_behind(agent_b.who), row["customer_no"]),
            "id_number",
            last6,
            "last6",
        )
        assert out.locked and not out.matched and out.remaining == 0
        # another customer's card, at B: counted apart, and right
        other = ROWS[1]
        other_id = customer_id(session_behind(agent_b.who), other["customer_no"])
        card = agent_b.verifier.verify(other_id, "bank_card", other["bank_card"][-4:], "last4")
        assert card.matched and card.at_hall
    assert [a[5] for a in attempts(running_hall)] == [
        "match", "no_match", "no_match", "locked", "locked", "match",
    ]  # fmt: skip
    assert {a[0] for a in attempts(running_hall)} == {"agent01"}
    text = every_byte_in(running_hall.dsn)
    for value in (row["id_number"], last6, row["bank_card"], other["bank_card"]):
        assert value.encode() not in text  # no value in the hall's audit or anywhere else
    # the seat's own audit names the attempt and that the hall answered, never the value
    with Services(seat_a.signed_in("agent01")) as agent:
        entries = [
            e for e in session_behind(agent.who).audit.entries() if e.action == "record.verify"
        ]
        assert [e.outcome for e in entries] == ["match", "no_match", "no_match", "locked"]
        assert all(json.loads(e.detail)["at"] == "hall" for e in entries)
        assert not any(last6 in e.detail for e in entries)


def every_byte_in(dsn: str) -> bytes:
    """Every value of every table of the hall's database, as bytes (bytea raw, the rest as text):
    what `pg_dump` would hold."""
    out = []
    with psycopg.connect(dsn) as conn:
        tables = [
            str(r[0])
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        for table in tables:
            for r in conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))):
                out += [v if isinstance(v, bytes) else str(v).encode() for v in r]
    return b"\n".join(out)


def keyed_forms(keys: VerifierKeys, customer_no: str, row: dict[str, str]) -> Iterator[bytes]:
    """What would confirm the planted values: their inner tag, their keyed verifier."""
    for field, mode, said in (("id_number", "last6", row["id_number"][-6:]),
                              ("bank_card", "last4", row["bank_card"][-4:])):  # fmt: skip
        yield spoken_keyed(keys, customer_no, field, mode, said)
        inner_only = hashlib.blake2b(
            f"{field}:{mode}|{customer_no}|{said}".encode(), key=keys.inner, digest_size=16
        ).digest()
        yield inner_only


def copy_tests_no_guess(seat: StaffedVault, copy: Path) -> tuple[VerifierKeys, bytes, list[bytes]]:
    """As the attacker: a copy of the seat's folder (the vault, its key file, the directory
    copy), the agent's password, the device secret, SeatDesk's modules. Every 一类 verifier of
    the planted customers, under every key the session derives, is looked for in every table;
    returns the keys (for the hall's dump)."""
    shutil.copytree(seat.paths.vault.parent, copy)
    stolen = StaffedVault(seat.runtime, VaultPaths(copy / seat.paths.vault.name), "")
    agent = stolen.session("agent01")  # offline: from the seat's directory copy
    try:
        db = agent.db
        keys = agent.verifier_keys
        assert keys.outer is not None  # an enrolled seat's accounts hold the lookup key
        hdk = HallKeys(db).hdk()
        assert hdk is not None  # and the hall data key
        dump = b"\n".join(
            v if isinstance(v, bytes) else str(v).encode()
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for r in db.execute(f"SELECT * FROM {table}")
            for v in r
        )
        root = bytes.fromhex(str(db.scalar("SELECT value FROM meta WHERE key = 'audit_root'")))
        outer = (keys.outer,) if isinstance(keys.outer, bytes) else tuple(keys.outer)
        every_key = [keys.inner, *outer, hdk, root, verifier_key(db)]
        every_key += [hkdf(k, salt=None, info=vr.TAG_INFO) for k in (hdk, root)]
        for row in ROWS:
            no = row["customer_no"]
            for guess in keyed_forms(keys, no, row):
                assert guess and guess not in dump
            said_forms = (
                ("id_number", "last6", row["id_number"][-6:]),
                ("bank_card", "last4", row["bank_card"][-4:]),
            )
            for key in every_key:  # a hall tag, or any MAC of the keyed verifier, kept here?
                for field, mode, said in said_forms:
                    keyed = spoken_keyed(keys, no, field, mode, said)
                    assert hall_tag(key, no, field, mode, keyed) not in dump
                    assert hmac.new(key, keyed, hashlib.sha256).digest() not in dump
        # the 二类 forms' verifiers (name, e-mail) are still kept: the search sees them
        name = ROWS[0]["name"]
        assert ("name", "full") in VERIFIED
        assert spoken_keyed(keys, ROWS[0]["customer_no"], "name", "full", name) in dump
    finally:
        agent.close()
    return keys, hdk, every_key


def test_the_attacker_with_the_agents_files_tests_no_class1_guess(
    seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall, tmp_path: Path
) -> None:
    seat_a, seat_b = seats
    running_hall.stop()  # the attacker works offline, on copies
    copy_tests_no_guess(seat_b, tmp_path / "copy-b")  # B: applied A's change set
    keys, hdk, every_key = copy_tests_no_guess(seat_a, tmp_path / "copy-a")
    # The hall's database, dumped: the seat's every key tests no guess without the pepper ...
    text = every_byte_in(running_hall.dsn)
    pepper = HallDir(running_hall.folder).pepper
    tag_key = hkdf(hdk, salt=None, info=vr.TAG_INFO)
    row = ROWS[0]
    keyed = spoken_keyed(keys, row["customer_no"], "id_number", "last6", row["id_number"][-6:])
    tag = hall_tag(tag_key, row["customer_no"], "id_number", "last6", keyed)
    for key in [*every_key, tag_key, b""]:
        assert hmac.new(key, tag, hashlib.sha256).digest() not in text
        assert hashlib.sha256(key + tag).digest() not in text
    assert tag not in text and keyed not in text
    # ... and with the pepper (from the hall's folder, not the database) it would
    assert hmac.new(pepper, tag, hashlib.sha256).digest() in text


def test_before_the_upkeep_the_seats_blob_confirmed_a_guess(
    runtime: Runtime, tmp_path: Path
) -> None:
    """The control of the attacker test: without a hall the stored verifier confirms a guess."""
    seat = make_staffed_vault(runtime, tmp_path / "solo")
    officer = seat.session(OFFICER)
    try:
        import_bytes(officer, csv_bytes(ROWS), "v.csv", dry_run=False)
    finally:
        officer.close()
    agent = seat.session("agent01")
    try:
        row = ROWS[0]
        keyed = spoken_keyed(
            agent.verifier_keys, row["customer_no"], "id_number", "last6", row["id_number"][-6:]
        )
        blob = agent.db.scalar(
            "SELECT verifiers FROM customers WHERE customer_no = ?", (row["customer_no"],)
        )
        assert isinstance(blob, bytes) and keyed in blob
    finally:
        agent.close()


def test_with_the_hall_away_verification_is_refused_and_nothing_is_compared_here(
    seats: tuple[StaffedVault, StaffedVault],
    running_hall: RunningHall,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seat_a, _ = seats

    def no_local_comparison(*_: object) -> None:
        raise AssertionError("compared at the seat")

    monkeypatch.setattr(verification, "matches_verifier", no_local_comparison)
    monkeypatch.setattr(verification, "same_form", no_local_comparison)
    row = ROWS[0]
    with Services(seat_a.signed_in("agent01")) as agent:  # signed in with the hall up
        cid = customer_id(session_behind(agent.who), row["customer_no"])
        running_hall.stop()
        with pytest.raises(HallUnreachable) as refused:
            agent.verifier.verify(cid, "id_number", row["id_number"][-6:], "last6")
        assert refused.value.code == "verify.hall_away"
        assert "cannot be reached" in str(refused.value)
    with Services(seat_a.signed_in("agent01")) as agent:  # signed in offline
        with pytest.raises(SeatDeskError) as offline:
            agent.verifier.verify(cid, "bank_card", row["bank_card"][-4:], "last4")
        assert offline.value.code == "verify.hall_away"
        entries = [
            e for e in session_behind(agent.who).audit.entries() if e.action == "record.verify"
        ]
        assert [(e.outcome, json.loads(e.detail)["reason"]) for e in entries] == [
            ("refused", "verify.hall_away"), ("refused", "verify.hall_away"),
        ]  # fmt: skip


def test_an_agent_may_not_give_the_hall_tags(
    seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, _ = seats
    agent = seat_a.session("agent01")
    try:
        access = agent.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(agent.runtime, agent.paths, agent.keyfile).client()
        forged = {"customer_no": ROWS[0]["customer_no"], "field": "id_number", "mode": "last6",
                  "tag": "00" * 16}  # fmt: skip
        with pytest.raises(HallRefused) as refused:
            client.post("/v1/verify/tags", {"token": access.token, "tags": [forged]})
        assert refused.value.status == 403
    finally:
        agent.close()


def test_the_hall_refuses_past_an_hour_of_attempts_whatever_the_call(
    seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    seat_a, _ = seats
    row = ROWS[2]
    agent = seat_a.session("agent01")
    try:
        access = agent.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(agent.runtime, agent.paths, agent.keyfile).client()
        for n in range(vr.PER_HOUR):  # a new call every three attempts: the hour still counts
            answer = client.post(
                "/v1/verify",
                {"token": access.token, "customer_no": row["customer_no"], "field": "bank_card",
                 "mode": "last4", "tags": {"1": f"{n:032x}"}, "call_id": f"call{n // 3}"},
            )  # fmt: skip
            assert answer["outcome"] == "no_match"
        assert answer["hour_remaining"] == 0
    finally:
        agent.close()
    with Services(seat_a.signed_in("agent01")) as desk:
        cid = customer_id(session_behind(desk.who), row["customer_no"])
        with pytest.raises(SeatDeskError) as refused:
            desk.verifier.verify(cid, "id_number", row["id_number"][-6:], "last6")
        assert refused.value.code == "verify.hour_limit"
    outcomes = [a[5] for a in attempts(running_hall)]
    assert outcomes.count("no_match") == vr.PER_HOUR and outcomes[-1] == "hour_limit"
    assert (running_hall.folder / "verify.pepper").stat().st_mode & 0o777 == 0o600


def test_the_hall_compares_only_the_tag_of_the_version_it_stored(
    seats: tuple[StaffedVault, StaffedVault], running_hall: RunningHall
) -> None:
    """A seat whose lookup key has versions 1..v sends one tag per version; the hall compares
    the one of the version its stored tag was made under, and no other: a forged attempt with
    many guesses in it is still one comparison."""
    seat_a, _ = seats
    officer = seat_a.session(OFFICER)
    try:
        access = officer.hall_access
        assert access is not None and access.token
        client = SeatOnHall.of(officer.runtime, officer.paths, officer.keyfile).client()
        right, wrong = "ab" * 16, "cd" * 16
        stored = {"customer_no": "V1", "field": "bank_card", "mode": "last4", "tag": right,
                  "version": 2}  # fmt: skip
        client.post("/v1/verify/tags", {"token": access.token, "tags": [stored]})

        def attempt(tags: object, call: str) -> str:
            answer = client.post(
                "/v1/verify",
                {"token": access.token, "customer_no": "V1", "field": "bank_card",
                 "mode": "last4", "tags": tags, "call_id": call},
            )  # fmt: skip
            return str(answer["outcome"])

        assert attempt({"1": wrong, "2": right}, "c1") == "match"
        assert attempt({"1": right, "2": wrong}, "c2") == "no_match"  # only 2's is compared
        assert attempt({"1": right}, "c3") == "no_match"  # no tag of version 2 sent
        many = {str(n): right for n in range(vr.MAX_VERSIONS + 1)}
        for bad in ({}, many, {"2": "zz"}, [right]):
            with pytest.raises(HallRefused) as refused:
                attempt(bad, "c4")
            assert refused.value.status == 400
        with pytest.raises(HallRefused):
            client.post(
                "/v1/verify/tags", {"token": access.token, "tags": [{**stored, "version": 0}]}
            )
    finally:
        officer.close()

"""Calls, verify-without-revealing and justified timed reveals, through the services gate."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import (
    AccountLockedError,
    AuthenticationError,
    RateLimited,
    UsageError,
)
from seatdesk.policy.model import TierAccess
from seatdesk.services.calls import CallDesk
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.reveal import ApprovalRefused, ApprovalRequired, RevealDenied, RevealDesk
from seatdesk.services.session import Session
from seatdesk.services.strictness import NO_HALL, StrictMasking
from seatdesk.services.verification import VerifyDesk
from tests.helpers.vaults import PASSWORDS, StaffedVault, keyring_text

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def row_where(**wanted: str) -> dict[str, str]:
    for row in ROWS:
        if all((row[k] == v) if v != "*" else bool(row[k]) for k, v in wanted.items()):
            return row
    raise LookupError(wanted)


@dataclass
class Desk:
    session: Session
    records: RecordDesk
    calls: CallDesk
    verify: VerifyDesk
    reveal: RevealDesk

    def customer_id(self, customer_no: str) -> int:
        return self.records.find(customer_no)[0].customer_id

    def actions(self) -> list[tuple[str, str]]:
        return [(e.action, e.outcome) for e in self.session.audit.entries()]


@pytest.fixture
def desk_for(customer_vault: StaffedVault) -> Iterator[object]:
    opened: list[Session] = []

    def make(staff_id: str = "agent01", strict: bool = False) -> Desk:
        session = customer_vault.session(staff_id)
        opened.append(session)
        records = RecordDesk(session)
        calls = CallDesk(session, records)
        return Desk(
            session,
            records,
            calls,
            VerifyDesk(session, calls),
            RevealDesk(session, calls, StrictMasking(session, lambda: strict, NO_HALL)),
        )

    yield make
    for session in opened:
        session.close()


def test_screen_pop_binds_the_single_match_and_masks_the_caller(desk_for) -> None:
    row = row_where(tier="秘密", mobile="*")
    mobile = row["mobile"].split(";")[0]
    desk = desk_for()
    matches = desk.calls.start(f"+86{mobile}")
    assert [m.customer_no for m in matches] == [row["customer_no"]]
    assert desk.calls.active is not None
    assert desk.calls.active.masked_number == f"{mobile[:3]}****{mobile[-4:]}"
    assert mobile not in repr(desk.calls.active)
    assert desk.calls.is_on_call_with(matches[0].customer_id)
    desk.calls.end()
    assert desk.calls.active is None
    history = desk.session.db.execute("SELECT kind FROM interactions")
    assert history == [("call",)]
    for entry in desk.session.audit.entries():
        assert mobile not in entry.detail
    assert ("call.start", "ok") in desk.actions() and ("call.end", "ok") in desk.actions()


def test_a_pop_shows_the_single_match_with_its_entries_in_one_transaction(
    desk_for, customer_vault: StaffedVault, tmp_path: Path
) -> None:
    row = row_where(tier="秘密", mobile="*")
    mobile = row["mobile"].split(";")[0]
    desk = desk_for()
    before = desk.session.audit.head()[0]
    commits: list[str] = []
    desk.session.db._conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None
    )
    pop = desk.calls.pop(mobile)
    desk.session.db._conn.set_trace_callback(None)
    assert pop.record is not None and pop.record.customer_no == row["customer_no"]
    assert pop.refused is None and desk.calls.is_on_call_with(pop.record.customer_id)
    actions = [e.action for e in desk.session.audit.entries(before)]
    assert actions == ["call.start", "record.search", "call.bind", "record.view"]
    assert len(commits) == 1  # the four entries: one transaction
    assert desk.session.audit.verify().ok
    second = desk.calls.pop(mobile)  # the call before ends in the same transaction
    assert [e.action for e in desk.session.audit.entries(before)][4:] == [
        "call.end", "call.start", "record.search", "call.bind", "record.view"
    ]  # fmt: skip
    assert second.record is not None


def test_a_refused_card_keeps_the_pop_and_its_refusal(desk_for, clock: FixedClock) -> None:
    row = row_where(tier="秘密", mobile="*")
    desk = desk_for()
    limit = desk.session.policy.limits.views_per_minute
    customer_id = desk.customer_id(row["customer_no"])
    for _ in range(limit):
        desk.records.view(customer_id)
    before = desk.session.audit.head()[0]
    pop = desk.calls.pop(row["mobile"].split(";")[0])
    assert pop.record is None and isinstance(pop.refused, RateLimited)
    assert [(e.action, e.outcome) for e in desk.session.audit.entries(before)] == [
        ("call.start", "ok"), ("record.search", "ok"), ("call.bind", "ok"),
        ("record.view", "rate_limited"),
    ]  # fmt: skip


# A desk that dies (os._exit) while it shows the popped card: none of the pop's entries stay.
_DIES_MID_POP = """
import os, sys
from pathlib import Path
from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.services import record_desk
from seatdesk.services.calls import CallDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from tests.helpers.vaults import PASSWORDS, TEST_KDF, keyring_of

store = keyring_of(sys.argv[2])
rt = Runtime(clock=SystemClock(), policy=load_default_policy(), seat="x",
             secret_store_factory=lambda: store, kdf=TEST_KDF)
session = sign_in(rt, VaultPaths(Path(sys.argv[1])), "agent01", PASSWORDS["agent01"])
print(session.audit.head()[0], flush=True)
def dies(self, row):
    os._exit(9)
record_desk.RecordDesk._mask = dies
records = RecordDesk(session)
CallDesk(session, records).pop(sys.argv[3])
"""


def test_a_crash_mid_pop_leaves_none_of_its_entries(customer_vault: StaffedVault) -> None:
    row = row_where(tier="秘密", mobile="*")
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [
            sys.executable, "-c", _DIES_MID_POP, str(customer_vault.paths.vault),
            keyring_text(customer_vault.runtime), row["mobile"].split(";")[0],
        ],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 9, done.stderr
    head_in_child = int(done.stdout.split()[0])
    session = customer_vault.session("sec01")
    try:
        entries = list(session.audit.entries(head_in_child))
        assert [e.action for e in entries][:1] == ["login"]  # the officer's: nothing of the pop
        assert not any(e.action.startswith(("call.", "record.")) for e in entries)
        assert session.audit.verify().ok
    finally:
        session.close()


def test_unknown_caller_gives_no_match_and_no_binding(desk_for) -> None:
    desk = desk_for()
    assert desk.calls.start("13000000000") == []
    assert desk.calls.active is not None and desk.calls.active.customer_id is None
    with pytest.raises(UsageError):
        desk.calls.start("not a number")


def test_verify_says_only_match_or_not_and_locks_after_three(desk_for) -> None:
    row = row_where(id_type="居民身份证", id_number="*", bank_card="*")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    for nothing in ("", "  "):  # an empty entry is never an attempt
        with pytest.raises(UsageError) as empty:
            desk.verify.verify(cid, "id_number", nothing, "last6")
        assert empty.value.code == "verify.empty"
    assert desk.verify.remaining(cid, "id_number") == 3
    good = desk.verify.verify(cid, "id_number", row["id_number"][-6:], "last6")
    assert good.matched and good.remaining == 2
    assert not desk.verify.verify(cid, "id_number", "000000", "last6").matched
    last = desk.verify.verify(cid, "id_number", row["id_number"].lower(), "full")
    assert last.matched and last.remaining == 0 and last.locked
    locked = desk.verify.verify(cid, "id_number", row["id_number"], "full")
    assert locked.locked and not locked.matched
    # Other fields keep their own attempts; a new call resets the count.
    assert desk.verify.verify(cid, "bank_card", row["bank_card"][-4:]).matched
    desk.calls.start("13000000000")
    assert desk.verify.remaining(cid, "id_number") == 3
    outcomes = [e for e in desk.session.audit.entries() if e.action == "record.verify"]
    assert [e.outcome for e in outcomes] == ["match", "no_match", "match", "locked", "match"]
    for entry in outcomes:
        assert row["id_number"][-6:] not in entry.detail and "000000" not in entry.detail
        assert json.loads(entry.detail)["field"] in ("id_number", "bank_card")


def test_verify_birth_date_in_spoken_forms_and_name(desk_for) -> None:
    row = row_where(id_type="居民身份证", id_number="*")
    birth = row["birth_date"] or (
        f"{row['id_number'][6:10]}-{row['id_number'][10:12]}-{row['id_number'][12:14]}"
    )
    y, m, d = birth.split("-")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    assert desk.verify.verify(cid, "birth_date", f"{y}年{int(m)}月{int(d)}日").matched
    assert desk.verify.verify(cid, "name", f" {row['name']} ").matched
    with pytest.raises(UsageError):
        desk.verify.verify(cid, "address", "whatever")


def test_reveal_on_call_shows_the_value_for_fifteen_seconds(desk_for, clock: FixedClock) -> None:
    row = row_where(tier="秘密", mobile="*")
    desk = desk_for()
    desk.calls.start(row["mobile"].split(";")[0])
    cid = desk.calls.active.customer_id
    revealed = desk.reveal.reveal(cid, "name", "confirm_with_caller")
    assert revealed.text == row["name"]
    assert row["name"] not in repr(revealed) and row["name"] not in str(revealed)
    assert revealed.seconds_left(clock.now()) == 15
    clock.advance(seconds=15)
    assert revealed.seconds_left(clock.now()) == 0
    entry = [e for e in desk.session.audit.entries() if e.action == "record.reveal"][-1]
    detail = json.loads(entry.detail)
    assert entry.target == row["customer_no"] and detail["on_call"] is True
    assert detail["flag"] is None and row["name"] not in entry.detail


def test_off_call_reveal_needs_an_explanation_and_is_flagged(desk_for) -> None:
    row = row_where(tier="秘密")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    with pytest.raises(UsageError, match="explanation"):
        desk.reveal.reveal(cid, "name", "callback")
    desk.reveal.reveal(cid, "name", "callback", "回访 13812345678 的约定")
    entry = [e for e in desk.session.audit.entries() if e.action == "record.reveal"][-1]
    detail = json.loads(entry.detail)
    assert detail["flag"] == "off_call" and "13812345678" not in entry.detail


def test_agents_never_reveal_class_one_fields(desk_for) -> None:
    row = row_where(tier="秘密", id_number="*")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    assert desk.reveal.requirement(cid, "id_number") is TierAccess.NEVER
    with pytest.raises(RevealDenied):
        desk.reveal.reveal(cid, "id_number", "confirm_with_caller", "x")
    assert ("record.reveal", "denied") in desk.actions()


def test_confidential_tier_needs_a_supervisor_at_the_seat(desk_for) -> None:
    row = row_where(tier="机密")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    need = desk.reveal.requirement(cid, "name")
    assert need is TierAccess.SUPERVISOR_APPROVAL
    with pytest.raises(ApprovalRequired):
        desk.reveal.reveal(cid, "name", "complaint_handling", "投诉处理")
    with pytest.raises(AuthenticationError):
        desk.reveal.authorise("super01", "Wrong-pass-2026", need)
    with pytest.raises(ApprovalRefused):
        desk.reveal.authorise("sec01", PASSWORDS["sec01"], need)  # wrong role
    with pytest.raises(ApprovalRefused):
        desk.reveal.authorise("agent01", PASSWORDS["agent01"], need)  # oneself
    approval = desk.reveal.authorise("super01", PASSWORDS["super01"], need)
    revealed = desk.reveal.reveal(cid, "name", "complaint_handling", "投诉处理", approval)
    assert revealed.text == row["name"]
    entry = [e for e in desk.session.audit.entries() if e.action == "record.reveal"][-1]
    assert entry.actor == "agent01" and json.loads(entry.detail)["approver"] == "super01"
    denied = [
        json.loads(e.detail)["reason"]
        for e in desk.session.audit.entries()
        if e.action == "approval" and e.outcome == "denied"
    ]
    assert denied == ["credentials", "role sec01".replace("sec01", "security"), "self"]


def test_top_secret_never_for_agents_and_security_approval_for_supervisors(desk_for) -> None:
    row = row_where(tier="绝密")
    agent = desk_for("agent01")
    cid = agent.customer_id(row["customer_no"])
    assert agent.reveal.requirement(cid, "name") is TierAccess.NEVER
    supervisor = desk_for("super01")
    need = supervisor.reveal.requirement(cid, "name")
    assert need is TierAccess.SECURITY_APPROVAL
    approval = supervisor.reveal.authorise("sec01", PASSWORDS["sec01"], need)
    assert supervisor.reveal.reveal(cid, "name", "complaint_handling", "x", approval).text


def test_hourly_quota(desk_for, clock: FixedClock) -> None:
    row = row_where(tier="秘密")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    for _ in range(10):
        desk.reveal.reveal(cid, "name", "callback", "回访")
    assert desk.reveal.quota_left() == 0
    with pytest.raises(RevealDenied, match="quota"):
        desk.reveal.reveal(cid, "name", "callback", "回访")
    clock.advance(hours=1, seconds=1)
    assert desk.reveal.quota_left() == 10


def test_strict_hall_requires_approval_for_everything(desk_for) -> None:
    row = row_where(tier="秘密")
    desk = desk_for(strict=True)
    cid = desk.customer_id(row["customer_no"])
    assert desk.reveal.requirement(cid, "name") is TierAccess.SUPERVISOR_APPROVAL


def test_wrong_approver_passwords_lock_the_approver(desk_for) -> None:
    row = row_where(tier="机密")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    need = desk.reveal.requirement(cid, "name")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            desk.reveal.authorise("super01", "Wrong-pass-2026", need)
    with pytest.raises(AccountLockedError):
        desk.reveal.authorise("super01", "Wrong-pass-2026", need)


def test_a_never_refusal_is_decided_and_audited_in_services(desk_for) -> None:
    """Issue 19.4: an agent on a 绝密 customer's mobile is refused by services, audited,
    whatever the caller passes (no reason yet, or asking before the reason dialog)."""
    row = row_where(tier="绝密", mobile="*")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    assert desk.reveal.requirements(cid)["mobile"] is TierAccess.NEVER
    with pytest.raises(RevealDenied):
        desk.reveal.ask(cid, "mobile")
    with pytest.raises(RevealDenied):
        desk.reveal.reveal(cid, "mobile", "")  # no reason: still a refusal, still audited
    denied = [
        json.loads(e.detail)
        for e in desk.session.audit.entries()
        if e.action == "record.reveal" and e.outcome == "denied"
    ]
    assert [d["denied"] for d in denied] == ["tier", "tier"]
    assert all(d["field"] == "mobile" for d in denied)


def test_requirements_per_field_and_asking_an_allowed_field(desk_for) -> None:
    row = row_where(tier="秘密", mobile="*")
    desk = desk_for()
    cid = desk.customer_id(row["customer_no"])
    needs = desk.reveal.requirements(cid)
    assert needs["id_number"] is TierAccess.NEVER and needs["mobile"] is TierAccess.ALLOWED
    assert desk.reveal.ask(cid, "mobile") is TierAccess.ALLOWED
    assert ("record.reveal", "denied") not in desk.actions()

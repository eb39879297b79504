"""The free-text gate: what a person types is stored with the values of the customers open on the
seat masked, and a store or the audit log refuses text that did not pass the gate."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.masked_text import UnmaskedText, seal_masked
from seatdesk.incidents.store import add_step, update_incident
from seatdesk.records.interactions import insert_interactions
from seatdesk.services.calls import CallDesk
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.free_text import customers_open_on_seat, typed_text
from seatdesk.services.incidents import IncidentDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.session import Session
from seatdesk.services.strictness import NO_HALL, StrictMasking
from seatdesk.vault.db import VaultDb
from seatdesk.visitors import store as visitor_store
from tests.helpers.vaults import StaffedVault

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))
# A: the customer the agent has open; B: another one, of the lowest tier, whose value is revealed.
A = next(r for r in ROWS if r["mobile"] and r["email"] and r["address"] and len(r["name"]) > 2)
B = next(r for r in ROWS if r["tier"] == "秘密" and r["mobile"] and r is not A)


def quoting_a() -> str:
    mobile = A["mobile"].split(";")[0]
    dotted = f"{mobile[:3]}.{mobile[3:7]}.{mobile[7:]}"
    return f"{A['name']}说住{A['address']}，邮箱{A['email'].upper()}，电话{dotted}"


def assert_a_masked(text: str) -> None:
    mobile = A["mobile"].split(";")[0]
    for value in (A["name"], A["address"], A["email"], A["email"].upper(), mobile[3:7]):
        assert value not in text
    assert text.startswith(A["name"][0] + "*")


@pytest.fixture
def agent(customer_vault: StaffedVault) -> Iterator[Session]:
    session = customer_vault.session("agent01")
    yield session
    session.close()


def customer_id(session: Session, row: dict[str, str]) -> int:
    return RecordDesk(session).find(row["customer_no"])[0].customer_id


def entries(session: Session, action: str) -> list[dict[str, object]]:
    return [json.loads(e.detail) for e in session.audit.entries() if e.action == action]


def test_a_reveal_reason_masks_every_customer_open_on_the_seat(agent: Session) -> None:
    """The agent has A open and reveals B's mobile with a reason quoting A: A's values are
    masked too (before, only the revealed customer's were)."""
    records = RecordDesk(agent)
    records.view(customer_id(agent, A))
    calls = CallDesk(agent, records)
    desk = RevealDesk(agent, calls, StrictMasking(agent, lambda: False, NO_HALL))
    desk.reveal(customer_id(agent, B), "mobile", "callback", quoting_a())
    (detail,) = entries(agent, "record.reveal")
    assert_a_masked(str(detail["note"]))


def test_the_customer_on_the_call_is_open_while_the_call_lasts(
    agent: Session, clock: FixedClock
) -> None:
    records = RecordDesk(agent)
    calls = CallDesk(agent, records)
    calls.start(A["mobile"].split(";")[0])  # the screen pop binds the only match: nothing viewed
    a_id = customer_id(agent, A)
    assert customers_open_on_seat(agent) == [a_id]
    clock.advance(minutes=50)  # a long call: still the caller's
    assert_a_masked(typed_text(agent, quoting_a()))
    calls.end()
    clock.advance(minutes=agent.policy.guards.clipboard_watch_minutes + 1)
    assert customers_open_on_seat(agent) == []
    assert A["name"] in typed_text(agent, quoting_a())  # no longer open, nothing to know it by


def test_a_command_sees_the_records_this_person_opened_in_an_earlier_process(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    first = customer_vault.session("agent01")
    try:
        RecordDesk(first).view(customer_id(first, A))  # e.g. `seatdesk lookup`
    finally:
        first.close()
    clock.advance(minutes=1)
    later = customer_vault.session("agent01")
    try:
        assert_a_masked(typed_text(later, quoting_a()))
    finally:
        later.close()
    other = customer_vault.session("super01")  # another person's seat session: not theirs
    try:
        assert customers_open_on_seat(other) == []
    finally:
        other.close()


def test_a_contact_note_and_an_incident_are_stored_masked(agent: Session) -> None:
    records = RecordDesk(agent)
    a_id = customer_id(agent, A)
    records.view(customer_id(agent, B))
    records.add_interaction(a_id, "note", quoting_a())  # about A: masked though not open
    (stored,) = agent.db.execute(
        "SELECT summary FROM interactions WHERE customer_id = ? AND staff_id = 'agent01'", (a_id,)
    )
    assert_a_masked(str(stored[0]))
    records.view(a_id)
    ref = IncidentDesk(agent).submit("other", quoting_a(), [B["customer_no"]]).ref
    (description,) = agent.db.execute("SELECT description FROM incidents WHERE ref = ?", (ref,))
    assert_a_masked(str(description[0]))


def rows_of(db: VaultDb, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


def test_every_store_refuses_text_that_skipped_the_gate(agent: Session) -> None:
    """A caller that forgets the gate fails, and nothing is written."""
    db, a_id = agent.db, customer_id(agent, A)
    before = {t: rows_of(db, t) for t in ("interactions", "incident_steps", "visitors", "audit")}
    with pytest.raises(UnmaskedText, match="summary"), db.transaction():
        insert_interactions(db, [(a_id, "2026-01-01T08:00:00+00:00", "agent01", "note", "x")])
    ref = IncidentDesk(agent).submit("other", "耳机遗失", []).ref
    incident_id = int(db.scalar("SELECT id FROM incidents WHERE ref = ?", (ref,)))
    steps = rows_of(db, "incident_steps")
    with pytest.raises(UnmaskedText, match="note"), db.transaction():
        add_step(db, incident_id, "2026-01-01T08:00:00+00:00", "sec01", "confirmed", A["name"])  # type: ignore[arg-type]
    with pytest.raises(UnmaskedText, match="finding"), db.transaction():
        update_incident(db, incident_id, finding=A["name"])
    with pytest.raises(UnmaskedText, match="checklist"), db.transaction():
        update_incident(db, incident_id, new_answers={"scope": A["name"]})  # type: ignore[dict-item]
    with pytest.raises(TypeError), db.transaction():
        update_incident(db, incident_id, checklist={"scope": A["name"]})
    with pytest.raises(UnmaskedText, match="purpose"), db.transaction():
        visitor_store.insert_visitor(db, {"status": "expected", "purpose": A["name"]})
    with pytest.raises(UnmaskedText, match="reason"), db.transaction():
        visitor_store.insert_watch(db, {"kind": "name_org", "reason": A["name"]})
    audited = rows_of(db, "audit")
    for action, detail in (
        ("record.reveal", {"note": A["name"]}),
        ("records.export", {"purpose": "x", "recipient": seal_masked("y")}),
        ("visitor.cancel", {"reason": A["address"]}),
        ("incident.step", {"nested": {"note": A["email"]}}),
    ):
        with pytest.raises(UnmaskedText):
            agent.audit.append("agent01", action, detail=detail)
    assert rows_of(db, "audit") == audited
    assert rows_of(db, "incident_steps") == steps
    assert rows_of(db, "interactions") == before["interactions"]
    assert rows_of(db, "visitors") == before["visitors"]
    # Elsewhere `reason` is a code, and an empty note is no text: both still go in as they are.
    agent.audit.append("agent01", "desk.lock", detail={"reason": "idle", "note": ""})
    assert A["name"] not in json.dumps(
        [json.loads(e.detail) for e in agent.audit.entries()], ensure_ascii=False
    )


def test_text_changed_after_the_gate_is_plain_text_again(agent: Session) -> None:
    masked = typed_text(agent, " 回访 ")
    assert masked == "回访"
    for changed in (masked + A["name"], f"{masked}", masked.upper(), masked.replace("访", "电")):
        with pytest.raises(UnmaskedText):
            agent.audit.append("agent01", "record.reveal", detail={"note": changed})

"""The call's wrap-up (issue 17): codes from the policy, a masked note, a follow-up date; an
unidentified caller logged with why not, or linked to the customer found afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from seatdesk.core.errors import UsageError
from seatdesk.services.calls import CallDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.session import Session
from seatdesk.services.wrap_up import WrapUpDesk
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.vaults import StaffedVault

STRANGER = "13000000017"


@pytest.fixture
def agent(customer_vault: StaffedVault) -> Iterator[Session]:
    session = customer_vault.session("agent01")
    yield session
    session.close()


def desks(session: Session) -> tuple[RecordDesk, CallDesk, WrapUpDesk]:
    records = RecordDesk(session)
    return records, CallDesk(session, records), WrapUpDesk(session)


def wrap_up_entries(session: Session) -> list[tuple[str, dict[str, object]]]:
    return [
        (e.outcome, json.loads(e.detail) if e.detail else {})
        for e in session.audit.entries()
        if e.action == "call.wrap_up"
    ]


def test_the_common_case_and_the_history_that_shows_it(agent: Session) -> None:
    records, calls, wrap_ups = desks(agent)
    calls.start(MOBILE)
    ended = calls.end()
    assert ended is not None and ended.customer_no == CALLER["customer_no"]
    codes = agent.policy.wrap_up
    follow = wrap_ups.today() + timedelta(days=3)
    # The caller's own number typed into the note: masked by the gate like every note.
    wrap_ups.save(
        ended, codes.reasons[0].code, "follow_up", f"客户请回电 {MOBILE}，周五下午", follow
    )
    record = records.view(ended.customer_id or 0)
    call = next(h for h in record.history if h.kind == "call")
    assert (call.reason, call.outcome, call.follow_up) == (
        codes.reasons[0].code,
        "follow_up",
        follow.isoformat(),
    )
    assert "周五下午" in call.note and MOBILE not in call.note
    raw = agent.db.execute("SELECT note FROM call_wrap_ups")
    assert MOBILE not in str(raw)
    ((outcome, detail),) = wrap_up_entries(agent)
    assert outcome == "ok" and detail["reason"] == codes.reasons[0].code
    assert detail["note"] is True and MOBILE not in json.dumps(detail)
    with pytest.raises(UsageError) as again:
        wrap_ups.save(ended, codes.reasons[0].code, codes.outcomes[0].code)
    assert again.value.code == "wrap_up.done"


@pytest.mark.parametrize(
    ("reason", "outcome", "days", "code"),
    [
        ("not_a_reason", "resolved", None, "wrap_up.code"),
        ("account_enquiry", "wrong_number", None, "wrap_up.code"),  # another list's code
        ("account_enquiry", "follow_up", -1, "wrap_up.follow_up"),
        ("account_enquiry", "follow_up", 400, "wrap_up.follow_up"),
    ],
)
def test_a_wrong_code_or_date_is_refused_and_nothing_is_stored(
    agent: Session, reason: str, outcome: str, days: int | None, code: str
) -> None:
    _, calls, wrap_ups = desks(agent)
    calls.start(MOBILE)
    ended = calls.end()
    assert ended is not None
    follow = None if days is None else wrap_ups.today() + timedelta(days=days)
    with pytest.raises(UsageError) as refused:
        wrap_ups.save(ended, reason, outcome, "", follow)
    assert refused.value.code == code
    assert agent.db.scalar("SELECT count(*) FROM call_wrap_ups") == 0


def test_an_unidentified_caller_is_logged_with_why_not(agent: Session) -> None:
    _, calls, wrap_ups = desks(agent)
    assert calls.start(STRANGER) == []
    ended = calls.end()
    assert ended is not None and ended.customer_id is None
    with pytest.raises(UsageError) as not_identified:
        wrap_ups.save(ended, "account_enquiry", "resolved")
    assert not_identified.value.code == "wrap_up.unidentified"
    wrap_ups.save_unidentified(ended, "wrong_number")
    stored = agent.db.execute("SELECT customer_id, reason, outcome FROM call_wrap_ups")
    assert [tuple(r) for r in stored] == [(None, "wrong_number", None)]
    with pytest.raises(UsageError):
        wrap_ups.save_unidentified(ended, "resolved")  # an outcome is not a reason


def test_a_caller_found_after_the_call_is_linked_and_wrapped_up(agent: Session) -> None:
    records, calls, wrap_ups = desks(agent)
    calls.start(STRANGER)  # calling from a number the vault does not know
    ended = calls.end()
    assert ended is not None
    customer_id = records.find(CALLER["customer_no"])[0].customer_id
    linked = wrap_ups.link(ended, customer_id)
    wrap_ups.save(linked, "account_enquiry", "resolved")
    history = records.view(customer_id).history
    assert any(h.kind == "call" and h.reason == "account_enquiry" for h in history)
    bound = [e for e in agent.audit.entries() if e.action == "call.bind"]
    assert json.loads(bound[-1].detail)["after_call"] is True
    with pytest.raises(UsageError):
        wrap_ups.link(linked, customer_id)


def test_closing_the_wrap_up_without_saving_is_audited(agent: Session) -> None:
    _, calls, wrap_ups = desks(agent)
    calls.start(MOBILE)
    ended = calls.end()
    assert ended is not None
    wrap_ups.skip(ended)
    assert [outcome for outcome, _ in wrap_up_entries(agent)] == ["skipped"]


def test_follow_ups_are_days_on_the_halls_calendar(agent: Session) -> None:
    wrap_ups = WrapUpDesk(agent)
    local = agent.policy.visitors.local(agent.runtime.clock.now())
    assert wrap_ups.today() == local.date() and isinstance(wrap_ups.today(), date)

"""The training register and its gate: who may record, the service grades, the gate refuses
past the grace days, approvers are held to it, imports are all or nothing."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.roles import Role
from seatdesk.policy.training import Standing
from seatdesk.services.agreement import acknowledge, load_agreement
from seatdesk.services.approval import ApprovalRefused, authorise_at_seat
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.session import Session
from seatdesk.services.training import (
    TrainingDesk,
    require_training,
    training_warning,
)
from seatdesk.services.training_import import import_results
from seatdesk.services.training_questions import Question, load_answer_key
from tests.helpers.vaults import PASSWORDS, StaffedVault

COURSE = "confidentiality"


@pytest.fixture
def officer(customer_vault: StaffedVault) -> Iterator[Session]:
    session = customer_vault.session("sec01")
    yield session
    session.close()


def _results_table(session: Session) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in session.db.execute("SELECT * FROM training_results ORDER BY id")
        + session.db.execute("SELECT * FROM training_sessions ORDER BY id")
    ]


def _forget_training(session: Session, staff_id: str) -> None:
    session.db.execute("DELETE FROM training_results WHERE staff_id = ?", (staff_id,))


def test_only_the_security_officer_records(customer_vault: StaffedVault) -> None:
    for staff_id in ("agent01", "super01", "admin01"):
        session = customer_vault.session(staff_id)
        try:
            desk = TrainingDesk(session)
            with pytest.raises(PermissionDenied, match="record training"):
                desk.record(COURSE, date(2025, 12, 1), "王老师", [(staff_id, 100)])
            with pytest.raises(PermissionDenied):
                import_results(session, b"staff_id,course,date,score\n")
            with pytest.raises(PermissionDenied):
                desk.register()
        finally:
            session.close()


def test_a_result_is_audited_with_the_person_course_score_and_passed_only(
    officer: Session,
) -> None:
    written = TrainingDesk(officer).record(
        COURSE, date(2025, 12, 1), "王老师 13912345678", [("agent01", 80), ("super01", 79)]
    )
    assert [(r.staff_id, r.passed) for r in written] == [("agent01", True), ("super01", False)]
    assert written[0].valid_until == date(2026, 12, 1) and written[1].valid_until is None
    entries = [e for e in officer.audit.entries() if e.action == "training.result"][-2:]
    assert [(e.actor, e.target) for e in entries] == [("sec01", "agent01"), ("sec01", "super01")]
    assert json.loads(entries[0].detail) == {"course": COURSE, "score": 80, "passed": True}
    # The trainer's name is typed text: stored masked, never in the audit.
    (trainer,) = officer.db.execute(
        "SELECT trainer FROM training_sessions ORDER BY id DESC LIMIT 1"
    )[0]
    assert "13912345678" not in str(trainer) and "王老师" in str(trainer)


def test_bad_input_records_nothing(officer: Session) -> None:
    before = _results_table(officer)
    desk = TrainingDesk(officer)
    for course, day, results in (
        ("nosuch", date(2025, 12, 1), [("agent01", 90)]),
        (COURSE, date(2026, 1, 2), [("agent01", 90)]),  # tomorrow
        (COURSE, date(2025, 12, 1), [("agent01", 101)]),
        (COURSE, date(2025, 12, 1), [("agent01", 90), ("ghost", 90)]),
        (COURSE, date(2025, 12, 1), [("agent01", 90), ("agent01", 91)]),
        (COURSE, date(2025, 12, 1), []),
    ):
        with pytest.raises(Exception) as raised:
            desk.record(course, day, "王老师", results)
        assert raised.value.__class__.__name__ in ("UsageError", "PolicyError")
    assert _results_table(officer) == before


def _answers(correct: int) -> dict[str, int]:
    key = load_answer_key(COURSE)
    return {
        q.id: q.answer if index < correct else (q.answer + 1) % len(q.choices["en"])
        for index, q in enumerate(key.questions)
    }


def test_the_assessment_hands_out_no_answers_and_the_service_grades(
    customer_vault: StaffedVault,
) -> None:
    session = customer_vault.session("agent01")
    try:
        desk = TrainingDesk(session)
        for language in ("zh_CN", "en"):
            questions = desk.assessment(COURSE, language)
            assert len(questions) == 10
            assert all(isinstance(q, Question) and len(q.choices) >= 2 for q in questions)
        assert [f.name for f in dataclasses.fields(Question)] == ["id", "text", "choices"]
        assert "一类" in desk.assessment(COURSE, "zh_CN")[0].text
        # 7 of 10 is 70: below the pass mark of 80.
        assert not desk.submit(COURSE, _answers(7)).passed
        # 8 of 10 is 80, the pass mark: passed.
        result = desk.submit(COURSE, _answers(8))
        assert (result.score, result.passed, result.staff_id) == (80, True, "agent01")
        assert desk.my_status()[0].standing is Standing.VALID
        with pytest.raises(UsageError, match="not answered"):
            desk.submit(COURSE, dict(list(_answers(10).items())[:9]))
        entry = [e for e in session.audit.entries() if e.action == "training.result"][-1]
        assert (entry.actor, entry.target) == ("agent01", "agent01")
        # Three tries a day: a score after each would otherwise lead to the key by trial.
        desk.submit(COURSE, _answers(10))
        with pytest.raises(PermissionDenied, match="today already") as refused:
            desk.submit(COURSE, _answers(10))
        assert refused.value.code == "training.attempts"
    finally:
        session.close()


def _agent_at(customer_vault: StaffedVault, clock: FixedClock, days: int) -> Session:
    clock.current = clock.current.replace(year=2026, month=1, day=1)
    clock.advance(days=days)
    session = customer_vault.session("agent01")
    acknowledge(session, load_agreement("zh_CN"), "agent01")  # the yearly agreement, too
    return session


def test_lapsed_training_is_refused_after_the_grace_days_and_warned_within(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    # The fixture's staff passed on 2026-01-01: valid until 2027-01-01, grace to 2027-01-15.
    session = _agent_at(customer_vault, clock, 365)
    try:
        assert training_warning(session) is None
        assert RecordDesk(session).find("C") is not None
        clock.advance(days=1)
        warned = training_warning(session)
        assert warned is not None and warned.standing is Standing.GRACE
        RecordDesk(session).find("13800138000")  # allowed, with the desk's warning
        clock.advance(days=13)
        assert training_warning(session) is not None
        clock.advance(days=1)
        with pytest.raises(PermissionDenied, match="lapsed on 2027-01-01") as refused:
            RecordDesk(session).find("13800138000")
        assert refused.value.code == "training.lapsed"
        last = list(session.audit.entries())[-1]
        assert (last.action, last.outcome, last.target) == ("training.refused", "denied", "agent01")
        assert json.loads(last.detail) == {"course": COURSE, "standing": "lapsed"}
        with pytest.raises(PermissionDenied, match="training"):
            RecordDesk(session).view(1)
    finally:
        session.close()


def test_never_trained_is_refused_and_the_switch_off_allows(
    customer_vault: StaffedVault, officer: Session
) -> None:
    _forget_training(officer, "agent01")
    session = customer_vault.session("agent01")
    try:
        with pytest.raises(PermissionDenied, match="never passed") as refused:
            require_training(session)
        assert refused.value.code == "training.never"
        off = dataclasses.replace(
            session.policy, training=dataclasses.replace(session.policy.training, required=False)
        )
        session.runtime.policy = off
        require_training(session)
        assert RecordDesk(session).view(1).customer_no
    finally:
        session.close()


def test_an_approver_whose_training_lapsed_cannot_approve(
    customer_vault: StaffedVault, officer: Session
) -> None:
    _forget_training(officer, "super01")
    TrainingDesk(officer).record(COURSE, date(2024, 12, 1), "王老师", [("super01", 95)])
    session = customer_vault.session("agent01")
    try:
        with pytest.raises(ApprovalRefused, match="training") as refused:
            authorise_at_seat(session, "super01", PASSWORDS["super01"], {Role.SUPERVISOR}, "reveal")
        assert refused.value.code == "approval.training"
        denied = list(session.audit.entries())[-1]
        assert json.loads(denied.detail)["reason"] == "training" and denied.outcome == "denied"
        # Passed again: the approval goes through.
        TrainingDesk(officer).record(COURSE, date(2025, 12, 31), "王老师", [("super01", 95)])
        approval = authorise_at_seat(
            session, "super01", PASSWORDS["super01"], {Role.SUPERVISOR}, "reveal"
        )
        assert approval.approver_id == "super01"
    finally:
        session.close()


def test_an_import_with_a_bad_row_imports_nothing(officer: Session) -> None:
    before = _results_table(officer)
    audit_before = len(list(officer.audit.entries()))
    data = (
        b"staff_id,course,date,score\n"
        b"agent01,confidentiality,2025-06-01,95\n"
        b"super01,confidentiality,2025-06-01,-5\n"
    )
    report = import_results(officer, data)
    assert [(e.line, e.column) for e in report.errors] == [(3, "score")]
    assert report.imported == 0 and _results_table(officer) == before
    assert len(list(officer.audit.entries())) == audit_before
    with pytest.raises(UsageError, match="unknown column 'grade'"):
        import_results(officer, b"staff_id,course,date,grade\n")


def test_a_good_import_records_every_row(officer: Session) -> None:
    data = (
        "staff_id,course,date,score,trainer\n"
        "agent01,confidentiality,2025-06-01,95,学习平台\n"
        "super01,confidentiality,2025-06-02,50,学习平台\n"
        "sec01,confidentiality,2025-06-02,80,\n"
    ).encode()
    assert import_results(officer, data, dry_run=True).imported == 0
    report = import_results(officer, data)
    assert (report.rows, report.imported, report.passed, report.errors) == (3, 3, 2, [])
    rows = officer.db.execute(
        "SELECT staff_id, held_on, score, passed FROM training_results "
        "WHERE held_on LIKE '2025-06-%' ORDER BY staff_id"
    )
    assert [tuple(r) for r in rows] == [
        ("agent01", "2025-06-01", 95, 1),
        ("sec01", "2025-06-02", 80, 1),
        ("super01", "2025-06-02", 50, 0),
    ]
    register = {p.staff_id: p for p in TrainingDesk(officer).register()}
    assert set(register) == {"agent01", "super01", "sec01"}  # not the admin
    assert register["agent01"].courses[0].last_passed == date(2026, 1, 1)

"""The visitor register through the services gate, with an injected clock.

The FixedClock starts at 2026-01-01 09:00 UTC, which is 17:00 in the hall (+08:00); the hall
closes at 20:00 (12:00 UTC) under the default policy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import AuthenticationError, PermissionDenied, UsageError
from seatdesk.policy.model import TierAccess
from seatdesk.policy.roles import Role
from seatdesk.records.validation import resident_id_check_char
from seatdesk.services.approval import Approval, ApprovalRefused
from seatdesk.services.calls import CallDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.session import Session
from seatdesk.services.strictness import NO_HALL, StrictMasking
from seatdesk.services.visitors import (
    Acknowledgement,
    VisitorDesk,
    VisitorDraft,
    WatchListBlocked,
    WatchOverride,
    load_visitor_notice,
)
from tests.helpers.vaults import PASSWORDS, StaffedVault
from tests.helpers.visitor_forms import ID_A, ID_B, MOBILE, NAME, arrival, draft, hall


@pytest.fixture
def open_session(staffed_vault: StaffedVault) -> Iterator[Callable[[str], Session]]:
    opened: list[Session] = []

    def sign(staff_id: str) -> Session:
        session = staffed_vault.session(staff_id)
        opened.append(session)
        return session

    yield sign
    for session in opened:
        session.close()


@pytest.fixture
def desk(open_session: Callable[[str], Session]) -> VisitorDesk:
    return VisitorDesk(open_session("super01"))


def actions(desk: VisitorDesk) -> list[tuple[str, str, str]]:
    return [(e.action, e.target, e.outcome) for e in desk._s.audit.entries()]


def audit_text(desk: VisitorDesk) -> str:
    return "\n".join(f"{e.target} {e.detail}" for e in desk._s.audit.entries())


# --- registering ----------------------------------------------------------------------------


def test_walk_in_is_registered_masked_and_audited_without_protected_values(
    desk: VisitorDesk,
) -> None:
    assert not desk.present()
    view = desk.register_walk_in(draft(), arrival())
    assert view.reference == "V000001" and view.status == "on_floor"
    assert view.name == NAME and view.badge == "V-01"
    assert view.id_masked == ID_A[0] + "*" * 16 + ID_A[-1]
    assert view.mobile_masked == "139****4321"
    assert view.host_name == "super01" and view.notice == "typed"
    assert view.devices == ("phone",) and view.devices_held == ()
    assert desk.present() and desk.in_hall_count() == 1
    assert [v.reference for v in desk.on_floor()] == ["V000001"]
    assert ("visitor.register", "V000001", "ok") in actions(desk)
    assert ("visitor.check_in", "V000001", "ok") in actions(desk)
    text = audit_text(desk) + json.dumps([v.as_json() for v in desk.on_floor()])
    assert ID_A not in audit_text(desk) and MOBILE not in text and ID_A not in text
    assert NAME not in audit_text(desk)
    detail = json.loads(
        next(e.detail for e in desk._s.audit.entries() if e.action == "visitor.check_in")
    )
    assert detail["notice_sha256"] == load_visitor_notice("zh_CN").sha256


def test_notice_texts_exist_in_both_languages() -> None:
    zh, en = load_visitor_notice("zh_CN"), load_visitor_notice("en")
    assert "保密" in zh.text and "confidential" in en.text.lower()
    with pytest.raises(UsageError):
        load_visitor_notice("fr")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"id_number": ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1")}, "check digit"),
        (
            {"id_number": "11010520300101123" + resident_id_check_char("11010520300101123")},
            "future",
        ),
        ({"id_number": "1101051988051"}, "18 characters"),
        ({"id_type": "护照", "id_number": "E12*45"}, "letters or digits"),
        ({"id_type": "驾驶证"}, "ID type: unknown"),
        ({"mobile": "12345"}, "mobile"),
        ({"name": "  "}, "name: required"),
        ({"organisation": ""}, "organisation: required"),
        ({"host": "nobody"}, "host: no active staff account"),
        ({"host": "admin01"}, "host: must be a member"),
        ({"approver": "agent01"}, "approver: must be a supervisor"),
        ({"approver": "super01"}, "approver: someone other"),
        ({"approval_ref": ""}, "approval ref: required"),
    ],
)
def test_registration_checks_every_field_without_echoing_numbers(
    desk: VisitorDesk, changes: dict[str, str], message: str
) -> None:
    with pytest.raises(UsageError) as caught:
        desk.register_walk_in(draft(**changes), arrival())
    assert message in str(caught.value)
    assert ID_A[6:] not in str(caught.value)
    assert not desk.present()


def test_passport_and_international_mobile_are_accepted(desk: VisitorDesk) -> None:
    view = desk.register_walk_in(
        draft(id_type="护照", id_number="e 1234 5678", name="John Smith", mobile="+44 7700 900123"),
        arrival(name="john smith"),
    )
    assert view.id_masked == "E*******8" and view.mobile_masked.startswith("+44")


def test_approval_time_may_not_be_in_the_future(desk: VisitorDesk, clock: FixedClock) -> None:
    later = VisitorDraft(**{**draft().__dict__, "approved_at": clock.now() + timedelta(hours=1)})
    with pytest.raises(UsageError, match="approval time: in the future"):
        desk.register_walk_in(later, arrival())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"badge": "V 01"}, "badge: 1-16"),
        ({"until": hall(16)}, "later than now"),
        ({"until": hall(20, 30)}, "the hall closes at 20:00"),
        ({"devices": ("camera",)}, "Camera may not enter the hall"),
        ({"devices": ("toaster",)}, "unknown device"),
        ({"ack": Acknowledgement.typed("张三")}, "types their own name"),
        ({"ack": Acknowledgement.paper("")}, "paper form"),
        ({"ack": Acknowledgement("nod")}, "typed name or paper form"),
    ],
)
def test_arrival_checks(desk: VisitorDesk, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        desk.register_walk_in(draft(), arrival(**kwargs))  # type: ignore[arg-type]
    assert not desk.present()


def test_devices_not_allowed_are_held_at_the_door_and_paper_form_counts(
    desk: VisitorDesk,
) -> None:
    view = desk.register_walk_in(
        draft(),
        arrival(
            devices=("phone", "laptop", "camera"), held=True, ack=Acknowledgement.paper("F-0042")
        ),
    )
    assert view.devices == ("phone",) and view.devices_held == ("laptop", "camera")
    assert view.notice == "paper F-0042"


def test_badge_is_unique_in_the_hall_and_one_person_is_in_once(desk: VisitorDesk) -> None:
    first = desk.register_walk_in(draft(), arrival("B7"))
    with pytest.raises(UsageError, match="badge B7 is worn by another visitor"):
        desk.register_walk_in(draft(id_number=ID_B, name="李雷"), arrival("b7", name="李雷"))
    with pytest.raises(UsageError, match="already signed into the hall"):
        desk.register_walk_in(draft(), arrival("B8"))
    desk.sign_out(first.visitor_id, badge_returned=True)
    again = desk.register_walk_in(draft(id_number=ID_B, name="李雷"), arrival("B7", name="李雷"))
    assert again.badge == "B7"


# --- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize("staff_id", ["agent01", "admin01"])
def test_agents_and_admin_see_only_the_count(
    open_session: Callable[[str], Session], staff_id: str
) -> None:
    VisitorDesk(open_session("super01")).register_walk_in(draft(), arrival())
    other = VisitorDesk(open_session(staff_id))
    assert other.in_hall_count() == 1 and other.present()
    for attempt in (
        other.on_floor,
        other.watch_list,
        lambda: other.register_walk_in(draft(id_number=ID_B), arrival("B2")),
        lambda: other.sign_out(1, True),
        lambda: other.roster_document(),
        lambda: other.close_day(everyone=True),
    ):
        with pytest.raises(PermissionDenied):
            attempt()


def test_security_officer_registers_too(open_session: Callable[[str], Session]) -> None:
    desk = VisitorDesk(open_session("sec01"))
    view = desk.register_walk_in(draft(approver="super01"), arrival())
    assert view.status == "on_floor"


# --- watch list -----------------------------------------------------------------------------


def test_watch_list_by_id_blocks_until_the_security_officer_overrides_at_the_seat(
    open_session: Callable[[str], Session],
) -> None:
    security = VisitorDesk(open_session("sec01"))
    entry = security.add_watch_by_id("居民身份证", ID_A.lower(), "2025年曾试图拍摄座席屏幕")
    assert entry.shown == ID_A[0] + "*" * 16 + ID_A[-1] and entry.kind == "id_number"
    with pytest.raises(UsageError, match="already on the watch list"):
        security.add_watch_by_id("居民身份证", ID_A, "again")

    desk = VisitorDesk(open_session("super01"))
    with pytest.raises(PermissionDenied):
        desk.add_watch_by_id("居民身份证", ID_B, "not a supervisor's job")
    assert [w.watch_id for w in desk.watch_list()] == [entry.watch_id]
    with pytest.raises(WatchListBlocked) as blocked:
        desk.register_walk_in(draft(), arrival())
    assert blocked.value.hits[0].watch_id == entry.watch_id
    assert not desk.present()
    assert ("visitor.watch_match", "", "blocked") in actions(desk)

    # A supervisor cannot override, nor can an approval made up outside the desk.
    with pytest.raises(ApprovalRefused):
        desk.authorise_override("agent01", PASSWORDS["agent01"])
    with pytest.raises(PermissionDenied):
        desk.authorise_override("super01", PASSWORDS["super01"])
    forged = WatchOverride(Approval("sec01", Role.SECURITY), "trust me")
    with pytest.raises(WatchListBlocked):
        desk.register_walk_in(draft(), arrival(), forged)
    with pytest.raises(AuthenticationError):
        desk.authorise_override("sec01", "Wrong-pass-2026")

    approval = desk.authorise_override("sec01", PASSWORDS["sec01"])
    view = desk.register_walk_in(
        draft(), arrival(), WatchOverride(approval, "经保卫部核实，本次维护已批准")
    )
    assert view.watch_override_by == "sec01" and view.status == "on_floor"
    found = [a for a in actions(desk) if a[0].startswith("visitor.watch")]
    assert ("visitor.watch_match", "V000001", "overridden") in found
    assert ("visitor.watch_override", "V000001", "ok") in found
    override = next(e for e in desk._s.audit.entries() if e.action == "visitor.watch_override")
    assert json.loads(override.detail)["approver"] == "sec01"
    assert ID_A not in audit_text(desk)
    # The approval was used up.
    desk.sign_out(view.visitor_id, True)
    with pytest.raises(WatchListBlocked):
        desk.register_walk_in(draft(), arrival(), WatchOverride(approval, "again"))


def test_watch_list_by_name_and_organisation_ignores_width_case_and_spaces(
    open_session: Callable[[str], Session],
) -> None:
    security = VisitorDesk(open_session("sec01"))
    security.add_watch_by_name("John  Smith", "ACME Ltd.", "photographed screens")
    entry = security.watch_list()[0]
    assert entry.shown.startswith("J*") and "ACME" in entry.shown
    assert "John" not in entry.shown
    desk = VisitorDesk(open_session("super01"))
    with pytest.raises(WatchListBlocked):
        desk.register_walk_in(
            draft(
                name="ｊｏｈｎ smith", organisation="acme ltd", id_type="护照", id_number="E1234567"
            ),
            arrival(name="ｊｏｈｎ smith"),
        )
    assert desk.check_watch_list(draft(name="John Smith", organisation="ACME Ltd."))
    assert not desk.check_watch_list(draft(name="John Smith", organisation="Other Co"))
    # The security officer signed in at the desk overrides without a second password.
    approval = security.authorise_override("", "")
    view = security.register_walk_in(
        draft(
            name="John Smith",
            organisation="ACME Ltd",
            id_type="护照",
            id_number="E1234567",
            approver="super01",
        ),
        arrival(name="John Smith"),
        WatchOverride(approval, "duty officer confirmed the appointment"),
    )
    assert view.watch_override_by == "sec01"
    security.remove_watch(entry.watch_id, "cleared")
    assert security.watch_list() == []
    assert ("visitor.watch_remove", f"W{entry.watch_id:04d}", "ok") in actions(security)


# --- strict mode ----------------------------------------------------------------------------


def test_strict_mode_follows_sign_in_and_sign_out(customer_vault: StaffedVault) -> None:
    supervisor = customer_vault.session("super01")
    agent = customer_vault.session("agent01")
    try:
        visitors = VisitorDesk(supervisor)
        indicator = VisitorDesk(agent)
        records = RecordDesk(agent)
        reveal = RevealDesk(
            agent, CallDesk(agent, records), StrictMasking(agent, indicator.present, NO_HALL)
        )
        match = next(m for m in (records.match(i) for i in range(1, 300)) if m.tier == "秘密")
        assert reveal.requirement(match.customer_id, "mobile") is TierAccess.ALLOWED
        view = visitors.register_walk_in(draft(), arrival())
        assert reveal.requirement(match.customer_id, "mobile") is TierAccess.SUPERVISOR_APPROVAL
        boss = RevealDesk(
            supervisor,
            CallDesk(supervisor, RecordDesk(supervisor)),
            StrictMasking(supervisor, visitors.present, NO_HALL),
        )
        assert boss.requirement(match.customer_id, "mobile") is TierAccess.SECURITY_APPROVAL
        visitors.sign_out(view.visitor_id, badge_returned=True)
        assert reveal.requirement(match.customer_id, "mobile") is TierAccess.ALLOWED
    finally:
        supervisor.close()
        agent.close()


# --- time: overstay, end of day, pre-registration -------------------------------------------


def test_overstay_is_flagged_after_the_grace_period(desk: VisitorDesk, clock: FixedClock) -> None:
    view = desk.register_walk_in(draft(), arrival(until=hall(18)))
    assert not view.overstay
    clock.current = hall(18, 15)
    assert not desk.get(view.visitor_id).overstay  # 15 minutes of grace
    clock.current = hall(18, 16)
    late = desk.get(view.visitor_id)
    assert late.overstay and late.minutes_over == 16
    desk.sign_out(view.visitor_id, badge_returned=False)
    entry = [e for e in desk._s.audit.entries() if e.action == "visitor.sign_out"][-1]
    assert entry.outcome == "badge_missing"
    assert json.loads(entry.detail)["overstay_minutes"] == 16
    clock.current = hall(23)
    out = desk.get(view.visitor_id)
    assert out.minutes_over == 16 and out.badge_returned is False  # frozen at sign-out


def test_end_of_day_forces_sign_out_and_flags_the_entry(
    desk: VisitorDesk, clock: FixedClock
) -> None:
    early = desk.register_walk_in(draft(), arrival("A1", until=hall(19, 30)))
    clock.current = hall(19, 59)
    assert desk.end_of_day_due() == [] and desk.close_day() == []
    clock.current = hall(20, 1)
    assert [v.reference for v in desk.end_of_day_due()] == [early.reference]
    # Someone signed in after closing (a night visit) is not due until the next closing.
    late = desk.register_walk_in(
        draft(id_number=ID_B, name="李雷"), arrival("A2", name="李雷", until=hall(23))
    )
    forced = desk.close_day()
    assert [v.reference for v in forced] == [early.reference]
    assert forced[0].forced_sign_out and forced[0].status == "signed_out"
    assert forced[0].badge_returned is None
    assert desk.present() and [v.reference for v in desk.on_floor()] == [late.reference]
    assert ("visitor.forced_sign_out", early.reference, "flagged") in actions(desk)
    # The supervisor clears the hall by hand: everyone, flagged too.
    cleared = desk.close_day(everyone=True)
    assert [v.reference for v in cleared] == [late.reference] and not desk.present()


def test_pre_registration_is_valid_on_its_date_only(desk: VisitorDesk, clock: FixedClock) -> None:
    tomorrow = date(2026, 1, 2)
    with pytest.raises(UsageError, match="in the past"):
        desk.pre_register(draft(), date(2025, 12, 31))
    with pytest.raises(UsageError, match="at most 30 days ahead"):
        desk.pre_register(draft(), date(2026, 3, 1))
    expected = desk.pre_register(draft(), tomorrow)
    assert expected.status == "expected" and expected.expected_date == "2026-01-02"
    assert not desk.present()
    assert [v.reference for v in desk.expected()] == [expected.reference]
    with pytest.raises(UsageError, match="pre-registered for 2026-01-02, not for today"):
        desk.check_in(expected.visitor_id, arrival(), ID_A)
    assert ("visitor.check_in", expected.reference, "denied") in actions(desk)

    clock.current = hall(9, 30, day=2)
    with pytest.raises(UsageError, match="does not match the pre-registration"):
        desk.check_in(expected.visitor_id, arrival(until=hall(11, day=2)), ID_B)
    view = desk.check_in(expected.visitor_id, arrival(until=hall(11, day=2)), ID_A)
    assert view.status == "on_floor" and desk.present()
    with pytest.raises(UsageError, match="not an expected visitor"):
        desk.check_in(expected.visitor_id, arrival(until=hall(11, day=2)), ID_A)

    # The day after, an unused pre-registration no longer admits anyone.
    late = desk.pre_register(draft(id_number=ID_B, name="李雷"), date(2026, 1, 2))
    clock.current = hall(9, 0, day=3)
    with pytest.raises(UsageError, match="not for today"):
        desk.check_in(late.visitor_id, arrival("Z9", name="李雷", until=hall(11, day=3)), ID_B)
    desk.cancel(late.visitor_id, "did not come")
    assert desk.get(late.visitor_id).status == "cancelled"


def test_watch_list_is_checked_again_at_check_in(open_session: Callable[[str], Session]) -> None:
    desk = VisitorDesk(open_session("super01"))
    expected = desk.pre_register(draft(), date(2026, 1, 1))
    VisitorDesk(open_session("sec01")).add_watch_by_id("居民身份证", ID_A, "new information")
    with pytest.raises(WatchListBlocked):
        desk.check_in(expected.visitor_id, arrival(), ID_A)
    approval = desk.authorise_override("sec01", PASSWORDS["sec01"])
    view = desk.check_in(expected.visitor_id, arrival(), ID_A, WatchOverride(approval, "ok'd"))
    assert view.watch_override_by == "sec01"


# --- retention ------------------------------------------------------------------------------


def test_retention_anonymises_old_entries_each_audited(
    open_session: Callable[[str], Session], clock: FixedClock
) -> None:
    desk = VisitorDesk(open_session("super01"))
    old = desk.register_walk_in(draft(), arrival())
    desk.sign_out(old.visitor_id, True)
    clock.advance(days=100)
    recent = desk.register_walk_in(
        draft(id_number=ID_B, name="李雷", purpose="回访 13812345678"),
        arrival("R1", name="李雷", until=clock.now() + timedelta(minutes=30)),
    )
    desk.sign_out(recent.visitor_id, True)
    clock.advance(days=81)  # old: 181 days ago; recent: 81
    still_in = desk.register_walk_in(
        draft(id_number=ID_A), arrival("R2", until=clock.now() + timedelta(minutes=30))
    )

    security = VisitorDesk(open_session("sec01"))
    with pytest.raises(PermissionDenied):
        desk.anonymise_expired()
    dry = security.anonymise_expired(dry_run=True)
    assert dry.dry_run and dry.references == (old.reference,)
    assert desk.get(old.visitor_id).name == NAME
    done = security.anonymise_expired()
    assert done.references == (old.reference,)
    gone = desk.get(old.visitor_id)
    assert gone.anonymised and gone.name == "" and gone.id_masked == "" and gone.mobile_masked == ""
    assert desk.get(recent.visitor_id).name == "李雷"
    assert desk.get(still_in.visitor_id).status == "on_floor"
    entries = [e for e in security._s.audit.entries() if e.action == "visitor.anonymise"]
    assert [(e.target, e.outcome) for e in entries] == [("", "dry_run"), (old.reference, "ok")]
    assert security.anonymise_expired().references == ()
    clock.advance(days=100)
    assert security.anonymise_expired(dry_run=True).references == (recent.reference,)


def test_hall_evidence_for_incidents_is_masked(open_session: Callable[[str], Session]) -> None:
    from seatdesk.services.visitors import hall_evidence

    VisitorDesk(open_session("super01")).register_walk_in(draft(), arrival("E1"))
    evidence = hall_evidence(open_session("agent01"))
    assert [(e["reference"], e["badge"], e["name"]) for e in evidence] == [("V000001", "E1", NAME)]
    assert evidence[0]["id_number"] == ID_A[0] + "*" * 16 + ID_A[-1]
    assert ID_A not in json.dumps(evidence, ensure_ascii=False)

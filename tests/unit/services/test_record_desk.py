"""The gate: masked records out, every search and view audited without the searched value."""

from __future__ import annotations

import csv
import io
import json

import pytest

from seatdesk.core.errors import PermissionDenied, RateLimited
from seatdesk.services.agreement import acknowledge, load_agreement
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.record_desk import CARD_FIELDS, RecordDesk
from tests.helpers.vaults import StaffedVault

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))


def test_search_by_phone_returns_masked_matches_and_audits_no_number(
    customer_vault: StaffedVault,
) -> None:
    row = next(r for r in ROWS if r["mobile"] and r["id_number"])
    mobile = row["mobile"].split(";")[0]
    session = customer_vault.session("agent01")
    try:
        desk = RecordDesk(session)
        matches = desk.find(f"+86 {mobile[:3]}-{mobile[3:7]}-{mobile[7:]}")
        assert [m.customer_no for m in matches] == [row["customer_no"]]
        assert matches[0].masked_name != row["name"] or len(row["name"]) == 0
        record = desk.view(matches[0].customer_id)
        entries = list(session.audit.entries())
    finally:
        session.close()
    assert [f.key for f in record.fields] == list(CARD_FIELDS)
    assert mobile not in record.field("mobile").text
    assert record.field("mobile").text.startswith(mobile[:3])
    assert record.field("id_number").text.endswith(row["id_number"][-1])
    search, view = entries[-2], entries[-1]
    assert search.action == "record.search" and view.action == "record.view"
    assert view.target == row["customer_no"]
    detail = json.loads(search.detail)
    assert detail["query"] == f"{mobile[:3]}****{mobile[-4:]}" and len(detail["query_hash"]) == 32
    for entry in entries:
        blob = entry.detail + entry.target
        assert mobile not in blob and row["name"] not in blob and row["id_number"] not in blob


def test_no_match_is_audited_as_such(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        assert RecordDesk(session).find("13000000000") == []
        assert list(session.audit.entries())[-1].outcome == "no_match"
    finally:
        session.close()


def test_revealable_flags_follow_the_role(customer_vault: StaffedVault) -> None:
    for staff_id, id_revealable in (("agent01", False), ("super01", True)):
        session = customer_vault.session(staff_id)
        try:
            desk = RecordDesk(session)
            record = desk.view(desk.find(ROWS[0]["customer_no"])[0].customer_id)
        finally:
            session.close()
        assert record.field("name").revealable
        if record.field("id_number").text:
            assert record.field("id_number").revealable is id_revealable


@pytest.mark.parametrize("staff_id", ["admin01"])
def test_admin_sees_no_customer_data(customer_vault: StaffedVault, staff_id: str) -> None:
    session = customer_vault.session(staff_id)
    try:
        desk = RecordDesk(session)
        with pytest.raises(PermissionDenied):
            desk.find(ROWS[0]["customer_no"])
        with pytest.raises(PermissionDenied):
            desk.view(1)
    finally:
        session.close()


def test_initial_password_must_be_changed_before_searching(customer_vault: StaffedVault) -> None:
    from seatdesk.services.staff import StaffDesk
    from tests.helpers.vaults import by_officer, record_passed_training

    admin = customer_vault.session("admin01")
    try:
        StaffDesk(admin).add(
            "ag2002", "agent", "新坐席", "Initial-pw-2026", countersign=by_officer()
        )
    finally:
        admin.close()
    from seatdesk.services.session import sign_in

    session = sign_in(customer_vault.runtime, customer_vault.paths, "ag2002", "Initial-pw-2026")
    try:
        with pytest.raises(PermissionDenied, match="must change"):
            RecordDesk(session).find(ROWS[0]["customer_no"])
        StaffDesk(session).set_password("ag2002", "My-own-pw-2026")
        with pytest.raises(PermissionDenied, match="agreement"):
            RecordDesk(session).find(ROWS[0]["customer_no"])
        acknowledge(session, load_agreement("zh_CN"), "ag2002")
        with pytest.raises(PermissionDenied, match="training"):
            RecordDesk(session).find(ROWS[0]["customer_no"])
        record_passed_training(customer_vault, ("ag2002",))
        assert RecordDesk(session).find(ROWS[0]["customer_no"])
    finally:
        session.close()


def test_a_mistyped_number_is_not_audited_in_clear(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        assert RecordDesk(session).find("1380013800") == []  # ten digits: not a phone
        entry = list(session.audit.entries())[-1]
    finally:
        session.close()
    assert "1380013800" not in entry.detail and json.loads(entry.detail)["query_hash"]


def test_name_prefix_search_is_capped_masked_and_hashed(
    customer_vault: StaffedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seatdesk.services import record_desk

    surname = max({r["name"][0] for r in ROWS}, key=lambda s: sum(r["name"][0] == s for r in ROWS))
    # In masked-name order (the surname, then the name's length), then as imported.
    in_order = sorted(
        (len(r["name"]), r["customer_no"], r["name"]) for r in ROWS if r["name"].startswith(surname)
    )
    expected = [(name, no) for _, no, name in in_order]
    assert len(expected) > 3
    monkeypatch.setattr(record_desk, "NAME_SEARCH_LIMIT", 3)
    session = customer_vault.session("agent01")
    try:
        desk = RecordDesk(session)
        matches = desk.find(surname)
        assert desk.truncated
        capped = list(session.audit.entries())[-1]
        monkeypatch.setattr(record_desk, "NAME_SEARCH_LIMIT", 200)
        full_name = expected[0][0]
        exact = desk.search(full_name)
        assert not desk.truncated
        entries = list(session.audit.entries())
    finally:
        session.close()
    assert [m.customer_no for m in matches] == [no for _, no in expected[:3]]
    assert all(m.masked_name.startswith(surname) and "*" in m.masked_name for m in matches)
    assert len(exact) == sum(name.startswith(full_name) for name, _ in expected)
    detail = json.loads(capped.detail)
    assert capped.action == "record.search" and capped.outcome == "ok"
    assert detail["by"] == "name_prefix" and detail["truncated"] is True
    assert detail["count"] == 3 and len(detail["query_hash"]) == 32
    assert detail["query"] == "*"  # a one-character name masks to "*"
    last = json.loads(entries[-1].detail)
    assert last["query"] == full_name[0] + "*" * (len(full_name) - 1)
    assert full_name not in entries[-1].detail


def test_a_customer_number_wins_over_a_name(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        desk = RecordDesk(session)
        assert [m.customer_no for m in desk.find(ROWS[5]["customer_no"])] == [
            ROWS[5]["customer_no"]
        ]
        assert desk.find("无此人") == []
        entry = list(session.audit.entries())[-1]
    finally:
        session.close()
    assert json.loads(entry.detail)["by"] == "name_prefix" and entry.outcome == "no_match"
    assert "无此人" not in entry.detail


def test_a_sweep_of_look_ups_is_refused_past_the_rate_and_audited(
    customer_vault: StaffedVault,
) -> None:
    """As an agent sweeping would: consecutive customer numbers as fast as the seat answers."""
    session = customer_vault.session("agent01")
    clock = session.runtime.clock
    limits = session.policy.limits
    try:
        desk = RecordDesk(session)
        seen = 0
        with pytest.raises(RateLimited, match="more than 30 searches in a minute") as stop:
            for n in range(1, 61):
                for match in desk.find(f"C{n:08d}"):
                    desk.view(match.customer_id)
                    seen += 1
        assert stop.value.code == "record.rate_limit"
        assert seen == limits.searches_per_minute == 30  # the 31st search of the minute stopped
        refused = [e for e in session.audit.entries() if e.outcome == "rate_limited"]
        assert [(e.action, json.loads(e.detail)) for e in refused] == [
            ("record.search", {"limit": 30})
        ]
        with pytest.raises(RateLimited):  # still within the minute
            desk.find("C00000061")
        clock.advance(seconds=61)  # type: ignore[attr-defined]
        assert desk.find("C00000061")  # a minute later the seat answers again
    finally:
        session.close()


def test_views_have_their_own_rate(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        desk = RecordDesk(session)
        match = desk.find("C00000001")[0]
        for _ in range(session.policy.limits.views_per_minute):
            desk.view(match.customer_id)
        with pytest.raises(RateLimited, match="records opened"):
            desk.view(match.customer_id)
    finally:
        session.close()


def test_name_search_results_tell_namesakes_apart_by_the_policys_detail(
    customer_vault: StaffedVault,
) -> None:
    """Issue 17: one masked detail beside each result (the default policy: the district)."""
    from collections import Counter

    from seatdesk.policy.namesakes import district
    from tests.helpers.demo import ROWS as DEMO

    surname, _ = Counter(r["name"][0] for r in DEMO).most_common(1)[0]
    session = customer_vault.session("agent01")
    try:
        records = RecordDesk(session)
        matches = [records.match(i) for i in records.search(surname)]
        expected = {r["customer_no"]: district(r["address"]) for r in DEMO}
        assert len(matches) >= 2
        assert all(m.detail == expected[m.customer_no] for m in matches)
        assert len({m.detail for m in matches}) >= 2  # it does tell them apart
        assert all(m.detail != r["address"] for m in matches for r in DEMO if r["address"])
    finally:
        session.close()

"""Exports (masked, authorised, encrypted) and the guard's matching of protected values."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import AuthenticationError, PermissionDenied, UsageError
from seatdesk.services.approval import ApprovalRefused
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.export import ExportDesk, inert_cell, open_export
from seatdesk.services.guards import GuardDesk
from seatdesk.services.record_desk import RecordDesk
from tests.helpers.partners import register_partner
from tests.helpers.vaults import PASSWORDS, StaffedVault

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))
FULL = next(r for r in ROWS if r["mobile"] and r["id_number"] and r["bank_card"] and r["email"])


def test_export_needs_a_second_person_and_opens_only_with_its_password(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    partner = register_partner(customer_vault)
    session = customer_vault.session("agent01")
    try:
        desk = ExportDesk(session)
        with pytest.raises(AuthenticationError):
            desk.authorise("super01", "Wrong-pass-2026")
        with pytest.raises(ApprovalRefused):
            desk.authorise("agent01", PASSWORDS["agent01"])
        ids = [m.customer_id for m in RecordDesk(session).find(FULL["customer_no"])]
        approval = desk.authorise("sec01", PASSWORDS["sec01"])
        out = tmp_path / "handover.sdx"
        result = desk.export(
            ids, purpose="监管报送", partner_id=partner.id, approval=approval, out=out
        )
        entry = [e for e in session.audit.entries() if e.action == "records.export"][-1]
    finally:
        session.close()
    raw = out.read_bytes()
    for value in (FULL["name"], FULL["mobile"].split(";")[0], FULL["id_number"], FULL["email"]):
        assert value.encode() not in raw
    with pytest.raises(AuthenticationError):
        open_export(out, "AAAA-BBBB-CCCC-DDDD")
    rows = list(csv.DictReader(io.StringIO(open_export(out, result.one_time_password).decode())))
    assert [r["customer_no"] for r in rows] == [FULL["customer_no"]]
    row = rows[0]
    assert row["name"] != FULL["name"] and "*" in row["name"]
    assert FULL["mobile"].split(";")[0] not in row["mobile"]
    assert FULL["id_number"] not in row["id_number"] and FULL["bank_card"] not in row["bank_card"]
    detail = json.loads(entry.detail)
    assert detail["approver"] == "sec01" and detail["masked"] is True
    assert (detail["partner"], detail["agreement"]) == (partner.id, "NDA-2026-001")
    assert result.one_time_password not in entry.detail


def test_export_without_purpose_is_refused(customer_vault: StaffedVault, tmp_path: Path) -> None:
    session = customer_vault.session("agent01")
    try:
        desk = ExportDesk(session)
        approval = desk.authorise("super01", PASSWORDS["super01"])
        with pytest.raises(UsageError):
            desk.export([1], purpose=" ", partner_id=1, approval=approval, out=tmp_path / "x")
    finally:
        session.close()
    assert not (tmp_path / "x").exists()


def test_guard_finds_protected_values_of_watched_records_only(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    session = customer_vault.session("agent01")
    try:
        guard = GuardDesk(session)
        customer_id = RecordDesk(session).find(FULL["customer_no"])[0].customer_id
        mobile = FULL["mobile"].split(";")[0]
        text = f"call back {mobile[:3]} {mobile[3:7]} {mobile[7:]} re card {FULL['bank_card']}"
        assert guard.protected_fields_in(text) == []  # nothing watched yet
        guard.watch(customer_id)
        assert set(guard.protected_fields_in(text)) == {"mobile", "bank_card"}
        assert guard.protected_fields_in(f"name: {FULL['name']}") == ["name"]
        # An ID number holds the birth date too: both are named.
        assert "id_number" in guard.protected_fields_in(FULL["id_number"].lower())
        assert guard.protected_fields_in("nothing here 2026") == []
        clock.advance(minutes=6)
        assert guard.protected_fields_in(text) == []  # the watch window has passed
    finally:
        session.close()


def test_an_exports_purpose_keeps_no_exported_customers_value(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    """The agent types the customer's name, address and e-mail into the purpose: no agreement
    names such a purpose, so the export is refused, and the refusal's audit entry (and so
    `audit export` and the hall) keeps what was typed masked."""
    partner = register_partner(customer_vault)
    session = customer_vault.session("agent01")
    try:
        desk = ExportDesk(session)
        ids = [m.customer_id for m in RecordDesk(session).find(FULL["customer_no"])]
        approval = desk.authorise("sec01", PASSWORDS["sec01"])
        with pytest.raises(PermissionDenied):
            desk.export(
                ids,
                purpose=f"为{FULL['name']}办理过户，地址{FULL['address']}，{FULL['email']} "
                "138.0013.8000",
                partner_id=partner.id,
                approval=approval,
                out=tmp_path / "handover.sdx",
            )
        entry = [e for e in session.audit.entries() if e.action == "records.export_refused"][-1]
    finally:
        session.close()
    for value in (FULL["name"], FULL["address"], FULL["email"], "138.0013.8000"):
        assert value not in entry.detail
    assert "过户" in entry.detail  # the rest of what was typed stays readable


def test_a_cell_that_starts_like_a_formula_is_inert_in_the_export() -> None:
    for attack in ('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx"):
        assert inert_cell(attack) == "'" + attack
    assert inert_cell("138****8000") == "138****8000" and inert_cell("") == ""

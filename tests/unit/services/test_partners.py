"""The partner register and the export's gate: an export goes only to a partner whose agreement
is in force and covers its purpose and the classes of its fields; every refusal is audited."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from seatdesk.audit.log import AuditEntry
from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.services.export import ExportDesk
from seatdesk.services.factory import Services
from seatdesk.services.partners import PartnerDesk
from seatdesk.services.record_desk import RecordDesk
from tests.helpers.partners import register_partner
from tests.helpers.vaults import PASSWORDS, StaffedVault

CONTACT = "李经理 010-6500 1234"


def _export(
    vault: StaffedVault,
    tmp_path: Path,
    partner_id: int,
    purpose: str = "监管报送",
    fields: list[str] | None = None,
) -> tuple[Path, list[AuditEntry], Exception | None]:
    """An agent's export of C00000001 authorised by the supervisor: the file, the audit entries
    it wrote, and the refusal if there was one."""
    out = tmp_path / "handover.sdx"
    session = vault.session("agent01")
    try:
        desk = ExportDesk(session)
        ids = [m.customer_id for m in RecordDesk(session).find("C00000001")]
        approval = desk.authorise("super01", PASSWORDS["super01"])
        before = len(list(session.audit.entries()))
        refusal: Exception | None = None
        try:
            desk.export(
                ids,
                purpose=purpose,
                partner_id=partner_id,
                approval=approval,
                out=out,
                fields=fields,
            )
        except PermissionDenied as exc:
            refusal = exc
        entries = list(session.audit.entries())[before:]
    finally:
        session.close()
    return out, entries, refusal


def _refused(entries: list[AuditEntry]) -> dict[str, object]:
    (entry,) = [e for e in entries if e.action == "records.export_refused"]
    assert entry.outcome == "denied" and entry.actor == "agent01"
    assert not [e for e in entries if e.action == "records.export"]
    detail: dict[str, object] = json.loads(entry.detail)
    return detail


def test_an_export_to_no_registered_partner_is_refused_and_audited(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    out, entries, refusal = _export(customer_vault, tmp_path, partner_id=99)
    assert isinstance(refusal, PermissionDenied) and refusal.code == "export.partner.none"
    assert "no confidentiality agreement" in str(refusal)
    detail = _refused(entries)
    assert detail["why"] == "export.partner.none" and detail["partner"] == 99
    assert detail["agreement"] is None and detail["approver"] == "super01"
    assert not out.exists()


def test_an_export_under_a_lapsed_or_ended_agreement_is_refused_and_audited(
    customer_vault: StaffedVault, tmp_path: Path, clock: FixedClock
) -> None:
    lapsed = register_partner(
        customer_vault, agreement_no="NDA-2024-07", expires_on=date(2025, 12, 31)
    )
    out, entries, refusal = _export(customer_vault, tmp_path, lapsed.id)
    assert isinstance(refusal, PermissionDenied) and refusal.code == "export.partner.expired"
    assert "NDA-2024-07" in str(refusal) and "lapsed" in str(refusal)
    assert _refused(entries)["agreement"] == "NDA-2024-07" and not out.exists()

    ended = register_partner(customer_vault, agreement_no="NDA-2026-009")
    officer = customer_vault.session("sec01")
    try:
        PartnerDesk(officer).expire("NDA-2026-009", "合作终止，对方违约")
    finally:
        officer.close()
    out, entries, refusal = _export(customer_vault, tmp_path, ended.id)
    assert isinstance(refusal, PermissionDenied) and "ended" in str(refusal)
    assert _refused(entries)["why"] == "export.partner.expired" and not out.exists()


def test_an_export_of_fields_the_agreement_does_not_cover_is_refused_and_audited(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    partner = register_partner(customer_vault, classes=("二类", "三类"))
    out, entries, refusal = _export(customer_vault, tmp_path, partner.id)  # every card field
    assert isinstance(refusal, PermissionDenied) and refusal.code == "export.partner.classes"
    assert "一类" in str(refusal)
    detail = _refused(entries)
    assert detail["why"] == "export.partner.classes"
    assert detail["classes"] == ["一类", "二类", "三类"] and not out.exists()
    # The same partner may have the fields its agreement covers.
    out, entries, refusal = _export(
        customer_vault, tmp_path, partner.id, fields=["name", "gender", "segment"]
    )
    assert refusal is None and out.exists()


def test_an_export_for_a_purpose_the_agreement_does_not_name_is_refused_and_audited(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    partner = register_partner(customer_vault, purposes=("监管报送",))
    out, entries, refusal = _export(customer_vault, tmp_path, partner.id, purpose="市场营销")
    assert isinstance(refusal, PermissionDenied) and refusal.code == "export.partner.purpose"
    detail = _refused(entries)
    assert detail["why"] == "export.partner.purpose" and detail["purpose"] == "市场营销"
    assert not out.exists()


def test_an_export_the_agreement_covers_is_written_and_names_the_partner(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    partner = register_partner(customer_vault)
    out, entries, refusal = _export(customer_vault, tmp_path, partner.id, purpose=" 监管报送 ")
    assert refusal is None and out.exists() and out.stat().st_mode & 0o777 == 0o600
    (entry,) = [e for e in entries if e.action == "records.export"]
    detail = json.loads(entry.detail)
    assert (detail["partner"], detail["agreement"]) == (partner.id, "NDA-2026-001")
    assert detail["approver"] == "super01" and "recipient" not in detail
    assert partner.name not in entry.detail and CONTACT not in entry.detail


def test_only_the_security_officer_keeps_the_register(customer_vault: StaffedVault) -> None:
    for staff_id in ("agent01", "admin01", "super01"):
        session = customer_vault.session(staff_id)
        try:
            desk = PartnerDesk(session)
            with pytest.raises(PermissionDenied, match="partner register"):
                desk.add(
                    name="x",
                    agreement_no="NDA-X",
                    signed_on=date(2026, 1, 1),
                    expires_on=date(2026, 12, 31),
                    purposes=["核对"],
                    classes=["三类"],
                )
            with pytest.raises(PermissionDenied):
                desk.expire("NDA-X", "no")
            with pytest.raises(PermissionDenied):
                desk.entries()
            assert not session.db.scalar("SELECT count(*) FROM partners")
            assert not [e for e in session.audit.entries() if e.action.startswith("partner.")]
        finally:
            session.close()
    register_partner(customer_vault)
    agent = customer_vault.session("agent01")
    try:  # whoever exports sees whom to, and no more: no contact, no attachments, no state
        (choice,) = PartnerDesk(agent).for_export()
        assert set(vars(choice)) == {"id", "name", "agreement_no", "purposes", "classes"}
        with pytest.raises(PermissionDenied):
            PartnerDesk(agent).show("NDA-2026-001")
        with pytest.raises(PermissionDenied):
            PartnerDesk(agent).expiring()
    finally:
        agent.close()
    admin = customer_vault.session("admin01")
    try:  # the admin exports nothing, so does not even see whom to
        with pytest.raises(PermissionDenied):
            PartnerDesk(admin).for_export()
    finally:
        admin.close()


def test_the_register_keeps_attachments_by_hash_and_an_ended_agreement_for_the_record(
    customer_vault: StaffedVault, tmp_path: Path, clock: FixedClock
) -> None:
    scan = tmp_path / "NDA-2026-001.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan")
    partner = register_partner(customer_vault, attachments=[scan])
    (attachment,) = partner.attachments
    assert attachment.file_name == scan.name and attachment.size == scan.stat().st_size
    assert attachment.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    clock.advance(days=1)
    with Services(customer_vault.signed_in("sec01")) as officer:
        ended = officer.partners.expire("NDA-2026-001", "对方联系人 13800138000 离职，协议终止")
        assert ended.expired_by == "sec01" and ended.expired_at is not None
        assert "13800138000" not in (ended.expired_reason or "")  # a note, masked
        assert ended.state(officer.partners.today(), 30) == "ended"
        assert [p.agreement_no for p in officer.partners.entries()] == ["NDA-2026-001"]
        assert officer.partners.for_export() == []
        with pytest.raises(UsageError, match="already been ended"):
            officer.partners.expire("NDA-2026-001", "again")
    session = customer_vault.session("sec01")
    try:
        log = [e for e in session.audit.entries() if e.action.startswith("partner.")]
    finally:
        session.close()
    assert [e.action for e in log] == ["partner.added", "partner.expired"]
    for entry in log:
        detail = json.loads(entry.detail)
        assert (detail["partner"], detail["agreement"]) == (partner.id, "NDA-2026-001")
        assert partner.name not in entry.detail and "李经理" not in entry.detail
        assert "13800138000" not in entry.detail


def test_bad_input_changes_nothing(customer_vault: StaffedVault, tmp_path: Path) -> None:
    register_partner(customer_vault)
    session = customer_vault.session("sec01")
    try:
        desk = PartnerDesk(session)
        good = {
            "name": "某公司",
            "agreement_no": "NDA-2026-002",
            "signed_on": date(2026, 1, 1),
            "expires_on": date(2026, 12, 31),
            "purposes": ["核对"],
            "classes": ["三类"],
        }
        for change, message in (
            ({"agreement_no": "NDA-2026-001"}, "already registered"),
            ({"expires_on": date(2025, 1, 1)}, "before it is signed"),
            ({"classes": ["四类"]}, "classes"),
            ({"purposes": [" "]}, "purpose"),
            ({"name": " "}, "name"),
            ({"attachments": [tmp_path / "missing.pdf"]}, "cannot read"),
        ):
            with pytest.raises(UsageError, match=message):
                desk.add(**{**good, **change})  # type: ignore[arg-type]
        with pytest.raises(UsageError, match="no partner agreement"):
            desk.expire("NDA-NOPE", "x")
        assert session.db.scalar("SELECT count(*) FROM partners") == 1
    finally:
        session.close()


def test_the_officer_is_reminded_of_agreements_about_to_expire(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    register_partner(customer_vault, agreement_no="NDA-SOON", expires_on=date(2026, 1, 20))
    register_partner(customer_vault, agreement_no="NDA-LATER", expires_on=date(2026, 6, 30))
    with Services(customer_vault.signed_in("sec01")) as officer:
        notices = [(n.kind, n.ref, n.what) for n in officer.tick().notices]
        assert notices == [("partner.expiring", "NDA-SOON", "2026-01-20")]
        clock.advance(minutes=2)
        assert officer.tick().notices == ()  # told once
        states = {
            p.agreement_no: p.state(officer.partners.today(), 30)
            for p in officer.partners.entries()
        }
        assert states == {"NDA-SOON": "expiring", "NDA-LATER": "valid"}
    with Services(customer_vault.signed_in("super01")) as supervisor:
        assert supervisor.tick().notices == ()

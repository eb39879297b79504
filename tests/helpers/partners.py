"""Partners in the register for tests: registered by the small hall's security officer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from seatdesk.services.partners import Partner, PartnerDesk
from tests.helpers.vaults import OFFICER, StaffedVault

ALL_CLASSES = ("一类", "二类", "三类")


def register_partner(
    vault: StaffedVault,
    *,
    name: str = "华信征信服务有限公司",
    agreement_no: str = "NDA-2026-001",
    signed_on: date = date(2025, 12, 1),
    expires_on: date = date(2027, 11, 30),
    purposes: Sequence[str] = ("监管报送", "投诉复核", "核对"),
    classes: Sequence[str] = ALL_CLASSES,
    contact: str = "李经理 010-6500 1234",
    attachments: Sequence[Path] = (),
) -> Partner:
    """A partner with an agreement in force on the test clock's day (2026-01-01) by default."""
    session = vault.session(OFFICER)
    try:
        return PartnerDesk(session).add(
            name=name,
            agreement_no=agreement_no,
            signed_on=signed_on,
            expires_on=expires_on,
            purposes=purposes,
            classes=classes,
            contact=contact,
            attachments=attachments,
        )
    finally:
        session.close()

"""Issue 19.2: names and other text are stored in NFC (without variation selectors), and every
typed query is normalised the same way, so masks, search and verify agree across forms."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from seatdesk.services.calls import CallDesk
from seatdesk.services.importing import import_bytes
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.session import Session
from seatdesk.services.verification import VerifyDesk
from tests.helpers.vaults import StaffedVault

DECOMPOSED = unicodedata.normalize("NFD", "Zoé")  # "Zoe" + U+0301
WITH_SELECTOR = "葛\U000e0100亮"  # an ideographic variation selector after 葛
CSV = (
    "customer_no,name,mobile,address,notes\n"
    f"N1,{DECOMPOSED},13911110001,{unicodedata.normalize('NFD', 'Café 路')},{DECOMPOSED}\n"
    f"N2,{WITH_SELECTOR},13911110002,,\n"
)


@pytest.fixture
def agent(staffed_vault: StaffedVault) -> Iterator[Session]:
    admin = staffed_vault.session("admin01")
    try:
        report = import_bytes(admin, CSV.encode("utf-8"), "crm.csv", dry_run=False)
        assert report.imported == 2, report.problems
    finally:
        admin.close()
    session = staffed_vault.session("agent01")
    yield session
    session.close()


def test_names_are_stored_nfc_and_masked_per_character(agent: Session) -> None:
    records = RecordDesk(agent)
    zoe = records.view(records.find("N1")[0].customer_id)
    assert zoe.field("name").text == "Z**"  # not "Z***" for the combining accent
    ge = records.view(records.find("N2")[0].customer_id)
    assert ge.field("name").text == "葛*"
    stored = agent.db.scalar("SELECT count(*) FROM customers WHERE customer_no = 'N1'")
    assert stored == 1


def test_search_and_verify_match_across_forms(agent: Session) -> None:
    records = RecordDesk(agent)
    # The name typed with a variation selector (or without) finds the NFC record.
    assert records.search("葛\U000e0100") == records.search("葛")
    assert records.search("葛\U000e0100") != []
    calls = CallDesk(agent, records)
    verify = VerifyDesk(agent, calls)
    zoe = records.find("N1")[0].customer_id
    assert verify.verify(zoe, "name", "Zoé").matched  # typed precomposed
    assert verify.verify(zoe, "name", DECOMPOSED).matched  # typed decomposed
    ge = records.find("N2")[0].customer_id
    assert verify.verify(ge, "name", "葛亮").matched

"""Free text keeps no customer value in clear, wherever it is stored or shown (issue 15, item 4).

A supervisor takes a call from customer A (planted marker values), opens A and another customer
B, and types A's name, address, e-mail and phone (written `138.0013.8000`, `138_0013_8000`, in
full-width digits, the e-mail in capitals, the name with a space in it) into everything a person
types at a seat: a reveal reason (for B's value), an export's purpose and recipient (B exported),
a contact note, an incident description, a visitor's purpose; the security officer, who has
none of them open, quotes A in the incident's step note, checklist and finding. Then every file
SeatDesk wrote is searched for the markers: each table of the vault but A's own rows, read with
SeatDesk's own modules; `audit export`; the incident PDF and the visitor log PDF through
pdftotext; the logs. No marker is there in clear; the masked forms are.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.core.errors import PermissionDenied
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.factory import Services
from seatdesk.services.importing import import_bytes
from seatdesk.services.runtime import Runtime
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDraft
from seatdesk.vault.db import VaultDb
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.cli import Cli
from tests.helpers.imports import csv_bytes
from tests.helpers.partners import register_partner
from tests.helpers.vaults import PASSWORDS, TEST_KDF, StaffedVault, make_staffed_vault
from tests.helpers.visitor_forms import ID_A

NAME = "甄测试甲乙"
ADDRESS = "测试省甄家市标记路88号"
EMAIL = "zhen.marker@example.cn"
MOBILE = "13800138000"
MARKERS = {"name": NAME, "address": ADDRESS, "email": EMAIL, "mobile": MOBILE}
# The customer's own rows hold the values (that is another issue's compartments).
CUSTOMER_TABLES = ("customers", "customer_phones")

QUOTE = f"{NAME}住{ADDRESS}，邮箱{EMAIL}，电话138.0013.8000"
RETYPED = f"{EMAIL.upper()} 138_0013_8000 １３８００１３８０００ 甄 测试甲乙 {ADDRESS}"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def clear_markers(text: str) -> list[str]:
    """The markers found in `text` in clear: folded (NFKC, case, no spaces), and the phone also
    with every separator taken out."""
    folded = "".join(unicodedata.normalize("NFKC", text).casefold().split())
    digits = re.sub(r"[._/\-·]", "", folded)
    found = [f for f, v in MARKERS.items() if f != "mobile" and v.casefold() in folded]
    return found + (["mobile"] if MOBILE in digits else [])


def every_value_in_vault(db: VaultDb) -> str:
    """Every row of every table of the vault but the customers' own, as text."""
    tables = [
        str(r[0])
        for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if str(r[0]) not in CUSTOMER_TABLES and not str(r[0]).startswith("sqlite_")
    ]
    return "\n".join(
        f"{table}: {row!r}" for table in tables for row in db.execute(f"SELECT * FROM {table}")
    )


def pdf_text(path: Path) -> str:
    """The PDF's text as laid out, then in reading order (a value wrapped in a table cell is
    whole in one of them)."""
    return "\n".join(
        subprocess.run(
            ["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for mode in (["-layout"], ["-raw"])
    )


@pytest.fixture
def seat(tmp_path: Path) -> tuple[StaffedVault, Cli]:
    """A seat on the real clock (its commands run on it), key storage `none` for the commands."""
    runtime = Runtime(
        clock=SystemClock(),
        policy=load_default_policy(),
        seat="seat-07",
        secret_store_factory=MemorySecretStore,
        kdf=TEST_KDF,
    )
    vault = make_staffed_vault(runtime, tmp_path / "hall", key_storage="none")
    rows = list(csv.DictReader(io.StringIO(demo_csv_bytes(60, 11).decode("utf-8"))))
    rows[0].update(name=NAME, address=ADDRESS, email=EMAIL, mobile=MOBILE, tier="秘密")
    rows[1].update(tier="秘密", mobile="13911112222")
    admin = vault.session("admin01")
    try:
        assert import_bytes(admin, csv_bytes(rows), "crm.csv", dry_run=False).imported == 60
    finally:
        admin.close()
    return vault, Cli(home=tmp_path / "home", vault=vault.paths.vault)


def test_typed_text_keeps_no_value_of_the_open_customer_anywhere(
    seat: tuple[StaffedVault, Cli], tmp_path: Path
) -> None:
    vault, cli = seat
    partner = register_partner(vault)
    with Services(vault.signed_in("super01")) as desk:
        (a,) = desk.calls.start(MOBILE)  # the screen pop binds A
        (b,) = desk.records.find("13911112222")
        desk.records.view(a.customer_id)
        desk.records.view(b.customer_id)
        desk.revealer.reveal(b.customer_id, "mobile", "callback", QUOTE)
        approval = desk.exports.authorise("sec01", PASSWORDS["sec01"])
        with pytest.raises(PermissionDenied):  # no agreement names such a purpose: audited
            desk.exports.export(
                [b.customer_id],
                purpose=f"{QUOTE}；{RETYPED}",
                partner_id=partner.id,
                approval=approval,
                out=tmp_path / "handover.sdx",
            )
        desk.records.add_interaction(b.customer_id, "note", f"回电 {RETYPED}")
        ref = desk.incidents.submit("data_leak", f"{QUOTE}；{RETYPED}", [a.customer_no]).ref
        desk.visitors.register_walk_in(
            VisitorDraft(
                name="访客王五",
                id_type="居民身份证",
                id_number=ID_A,
                organisation="华信网络设备有限公司",
                purpose=f"陪同客户{NAME}（{ADDRESS}，{EMAIL}，138.0013.8000）办理业务",
                host="super01",
                approver="sec01",
                approval_ref="OA-2026-0107",
            ),
            Arrival(
                "V-01",
                desk.visitors.default_departure(),
                Acknowledgement.paper("F-1"),
                escort="super01",
            ),
        )
        desk.calls.end()
    with Services(vault.signed_in("sec01")) as security:  # none of them open at this seat
        board = security.incident_board
        board.advance(ref, "confirmed", f"已联系{NAME}，{RETYPED}")
        board.fill_checklist(ref, {"contact": QUOTE, "cause": RETYPED})
        board.advance(ref, "contained")
        board.advance(ref, "notified")
        board.close(ref, f"{NAME}的信息外泄 {QUOTE}")

    audit_file, incident_pdf, visitor_pdf = (
        tmp_path / "audit.jsonl",
        tmp_path / f"{ref}.pdf",
        tmp_path / "visitors.pdf",
    )
    cli.as_("sec01", PASSWORDS["sec01"], "audit", "export", "--out", str(audit_file))
    cli.as_("sec01", PASSWORDS["sec01"], "incident", "pdf", ref, "--out", str(incident_pdf))
    cli.as_("super01", PASSWORDS["super01"], "visitor", "log", "--pdf", str(visitor_pdf))

    with Services(vault.signed_in("sec01")):
        pass  # the sign-in itself is in the vault too
    reader = vault.session("sec01")  # SeatDesk's own modules open the vault
    try:
        held = every_value_in_vault(reader.db)
        (number,) = reader.db.execute("SELECT customer_no, name FROM customers WHERE id = 1")
        customer = str(reader.opener.open(number[1], str(number[0]), "name"))
    finally:
        reader.close()
    assert customer == NAME  # the customer's own record holds it, sealed: where it belongs
    written = {
        "vault": held,
        "audit export": audit_file.read_text(encoding="utf-8"),
        "incident pdf": pdf_text(incident_pdf),
        "visitor log pdf": pdf_text(visitor_pdf),
    }
    for folder in (cli.home, vault.paths.vault.parent):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if path.suffix in (".log", ".jsonl", ".txt", ".json", ".toml"):
                written[str(path)] = path.read_text(encoding="utf-8", errors="replace")
    assert any(name.endswith(".log") for name in written), sorted(written)
    for what, text in written.items():
        assert clear_markers(text) == [], what

    # The masked forms are there: the work reached every place it is kept.
    masked_name, masked_phone = NAME[0] + "*" * (len(NAME) - 1), "138.****.8000"
    audit = written["audit export"]
    assert masked_name in audit and masked_phone in audit and "z**@example.cn" in audit
    for table in ("interactions", "incidents", "incident_steps", "visitors"):
        assert any(
            masked_name in line or "甄*" in line
            for line in held.splitlines()
            if line.startswith(f"{table}:")
        ), table
    assert masked_name in written["incident pdf"].replace(" ", "")
    shown = written["visitor log pdf"]
    assert "访客王五" in shown and f"陪同客户{masked_name}" in shown and masked_phone in shown

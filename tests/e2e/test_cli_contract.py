"""The command-line contract of DESIGN §5, run as a newcomer would: the real `seatdesk` process."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from seatdesk.records.validation import luhn_check_digit, resident_id_check_char
from tests.helpers.cli import (
    ADMIN_PW,
    AGENT_PW,
    SEC_PW,
    Cli,
    add_staff,
    copy_hall,
    record_training,
)

ID17 = "11010519491231002"
MARKER_ID = ID17 + resident_id_check_char(ID17)
CARD15 = "622202777766665"
MARKER_CARD = CARD15 + luhn_check_digit(CARD15)
MARKERS = {
    "name": "缪标记甲乙",
    "mobile": "13912345678",
    "landline": "01087654321",
    "id_number": MARKER_ID,
    "bank_card": MARKER_CARD,
    "email": "zq8x.marker@example.cn",
    "address": "北京市朝阳区标记路九九九号",
    "notes_phone": "15811112222",
}
CSV = (
    "customer_no,name,gender,birth_date,id_number,mobile,landline,email,address,bank_card,tier,notes\n"
    f"C90000001,{MARKERS['name']},女,1949-12-31,{MARKERS['id_number']},"
    f"+86 139-1234-5678,010-87654321,{MARKERS['email']},{MARKERS['address']},"
    f"{MARKERS['bank_card']},机密,客户要求改用{MARKERS['notes_phone']}联系\n"
    "C90000002,李四,男,,,13700001111,,,,,,\n"
)


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    root = tmp_path_factory.mktemp("e2e")
    c = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = c.run(
        "init",
        "--vault",
        str(c.vault),
        "--admin",
        "admin01",
        "--key-storage",
        "none",
        "--json",
        new_password=ADMIN_PW,
    )
    recovery = json.loads(init.stdout)["recovery_key"]
    for staff, role, pw in (("sec01", "security", SEC_PW), ("agent01", "agent", AGENT_PW)):
        if role == "security":  # the first officer: the recovery key; then the officer approves
            add_staff(c, staff, role, "Initial-pw-2026", recovery_key=recovery)
        else:
            add_staff(c, staff, role, "Initial-pw-2026", approver=("sec01", SEC_PW))
        # The first password must be changed before any other work.
        c.as_(staff, "Initial-pw-2026", "lookup", "--phone", "13700001111", check=3)
        c.run(
            "user",
            "passwd",
            "--vault",
            str(c.vault),
            "--as",
            staff,
            password="Initial-pw-2026",
            new_password=pw,
        )
        # Then the confidentiality agreement, before any customer data.
        c.as_(staff, pw, "lookup", "--phone", "13700001111", check=3)
        shown = c.as_(staff, pw, "agreement")
        assert "保密" in shown.stdout and "--accept" in shown.stdout
        c.as_(staff, pw, "agreement", "--accept")
    record_training(c, ("sec01", SEC_PW), "sec01", "agent01")
    csv_path = root / "crm-export.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    c.as_("admin01", ADMIN_PW, "import", "--csv", str(csv_path))
    yield c


def test_init_prints_the_recovery_key_once_and_refuses_to_overwrite(cli: Cli) -> None:
    again = cli.run(
        "init",
        "--vault",
        str(cli.vault),
        "--admin",
        "x01",
        "--key-storage",
        "none",
        new_password=ADMIN_PW,
        check=4,
    )
    assert "refusing to overwrite" in again.stderr


def test_user_list_as_admin_and_refused_to_agent(cli: Cli) -> None:
    listing = json.loads(cli.as_("admin01", ADMIN_PW, "user", "list", "--json").stdout)
    assert {u["staff_id"]: u["role"] for u in listing} == {
        "admin01": "admin",
        "agent01": "agent",
        "sec01": "security",
    }
    denied = cli.as_("agent01", AGENT_PW, "user", "list", check=3)
    assert "may not" in denied.stderr


def test_lookup_prints_the_masked_record(cli: Cli) -> None:
    out = cli.as_("agent01", AGENT_PW, "lookup", "--phone", "139 1234 5678").stdout
    assert "C90000001" in out and "缪****" in out and "139****5678" in out
    assert "机密" in out
    for marker in MARKERS.values():
        assert marker not in out
    data = json.loads(
        cli.as_("agent01", AGENT_PW, "lookup", "--phone", "13912345678", "--json").stdout
    )
    fields = {f["key"]: f["text"] for f in data["matches"][0]["fields"]}
    assert fields["bank_card"].endswith(MARKER_CARD[-4:]) and fields["bank_card"].count("*") == 12
    assert fields["birth_date"] == "1949-**-**"
    assert "158****2222" in fields["notes"]


def test_lookup_without_match_and_admin_refused(cli: Cli) -> None:
    assert cli.as_("agent01", AGENT_PW, "lookup", "--phone", "13000000000", check=1)
    denied = cli.as_("admin01", ADMIN_PW, "lookup", "--phone", "13912345678", check=3)
    assert "admin" in denied.stderr


def test_wrong_password_is_exit_3_and_usage_is_exit_2(cli: Cli) -> None:
    wrong = cli.as_("agent01", "Wrong-pass-2026", "lookup", "--phone", "13912345678", check=3)
    assert wrong.stderr.strip().count("\n") == 0
    cli.run("lookup", "--phone", "1", check=2)  # --as missing
    cli.run("frobnicate", check=2)


def test_import_rejects_bad_rows_naming_line_and_column_only(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "customer_no,name,id_number,mobile\n"
        "C1,王五,110105194912310020,13811112222\n"
        "C2,赵六,,12345\n",
        encoding="utf-8",
    )
    result = cli.as_("admin01", ADMIN_PW, "import", "--csv", str(bad), check=1)
    assert "line 2, column id_number" in result.stdout
    assert "line 3, column mobile" in result.stdout
    assert "110105194912310020" not in result.stdout + result.stderr
    assert "12345" not in result.stdout
    assert cli.as_("agent01", AGENT_PW, "lookup", "--customer-no", "C1", check=1)


def test_audit_verify_and_export(cli: Cli, tmp_path: Path) -> None:
    # A failed sign-in and a lookup of its own, so that the test stands alone (a failed sign-in
    # is written to the audit at the account's next successful one).
    cli.as_("agent01", "Wrong-pass-2026", "lookup", "--phone", "13912345678", check=3)
    cli.as_("agent01", AGENT_PW, "lookup", "--phone", "13912345678")
    ok = cli.as_("sec01", SEC_PW, "audit", "verify", "--json")
    assert json.loads(ok.stdout)["ok"] is True
    out = tmp_path / "audit.jsonl"
    cli.as_("sec01", SEC_PW, "audit", "export", "--out", str(out))
    actions = [json.loads(line)["action"] for line in out.read_text(encoding="utf-8").splitlines()]
    for action in (
        "vault.init",
        "staff.add",
        "customers.import",
        "record.search",
        "record.view",
        "login",
        "login.failed",
        "audit.verify",
    ):
        assert action in actions
    cli.as_("agent01", AGENT_PW, "audit", "export", "--out", str(out), check=3)


def test_demo_data_is_deterministic(cli: Cli, tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    cli.run("demo-data", "--count", "50", "--seed", "3", "--out", str(a))
    cli.run("demo-data", "--count", "50", "--seed", "3", "--out", str(b))
    assert a.read_bytes() == b.read_bytes()
    assert len(list(csv.reader(io.StringIO(a.read_text(encoding="utf-8"))))) == 51


def test_missing_key_file_is_exit_4(cli: Cli, tmp_path: Path) -> None:
    keys = cli.vault.with_name(cli.vault.name + ".keys")
    moved = tmp_path / "keys.bak"
    keys.rename(moved)
    try:
        result = cli.as_("agent01", AGENT_PW, "lookup", "--phone", "13912345678", check=4)
        assert "key file missing" in result.stderr
    finally:
        moved.rename(keys)


def test_no_vault_configured_says_how_to_create_one(tmp_path: Path) -> None:
    fresh = Cli(home=tmp_path / "h", vault=tmp_path / "none.vault")
    result = fresh.run("lookup", "--as", "x", "--phone", "1", password="x", check=2)
    assert "seatdesk init" in result.stderr


def test_no_marker_in_clear_in_any_file_the_app_wrote(cli: Cli) -> None:
    """Hunt for every planted value in every file under the data folder and beside the vault."""
    encodings = ("utf-8", "utf-16-le", "gb18030")
    needles = {m.encode(enc) for m in MARKERS.values() for enc in encodings}
    needles |= {m[-8:].encode() for m in (MARKERS["id_number"], MARKERS["bank_card"])}
    scanned = 0
    for folder in (cli.home, cli.vault.parent):
        for path in folder.rglob("*"):
            if path.is_file():
                scanned += 1
                data = path.read_bytes()
                hits = [n for n in needles if n in data]
                assert not hits, f"{path} holds a protected value in clear"
    assert scanned >= 3  # the vault, its key file, the log
    assert (cli.home / "data" / "logs" / "seatdesk.log").is_file()


def test_export_open_decrypts_only_with_the_one_time_password(cli: Cli, tmp_path: Path) -> None:
    from seatdesk.app import build_runtime
    from seatdesk.services.export import ExportDesk
    from seatdesk.services.partners import PartnerDesk
    from seatdesk.services.record_desk import RecordDesk
    from seatdesk.services.runtime import VaultPaths
    from seatdesk.services.session import sign_in

    officer = sign_in(build_runtime(), VaultPaths(cli.vault), "sec01", SEC_PW)
    try:
        partner = PartnerDesk(officer).add(
            name="合规部",
            agreement_no="NDA-E2E-1",
            signed_on=date(2026, 1, 1),
            expires_on=date(2099, 12, 31),
            purposes=["核对"],
            classes=["一类", "二类", "三类"],
        )
    finally:
        officer.close()
    session = sign_in(build_runtime(), VaultPaths(cli.vault), "agent01", AGENT_PW)
    try:
        desk = ExportDesk(session)
        ids = [m.customer_id for m in RecordDesk(session).find("C90000001")]
        approval = desk.authorise("sec01", SEC_PW)
        sdx = tmp_path / "out.sdx"
        result = desk.export(ids, purpose="核对", partner_id=partner.id, approval=approval, out=sdx)
    finally:
        session.close()
    out = tmp_path / "out.csv"
    env_run = Cli(cli.home, cli.vault)
    wrong = env_run.run(
        "export-open", str(sdx), "--out", str(out), check=3, export_password="AAAA-BBBB-CCCC-DDDD"
    )
    assert "does not open" in wrong.stderr and not out.exists()
    env_run.run(
        "export-open", str(sdx), "--out", str(out), export_password=result.one_time_password
    )
    text = out.read_text(encoding="utf-8")
    assert "C90000001" in text and "缪****" in text
    for marker in MARKERS.values():
        assert marker not in text


def test_tampered_audit_entry_fails_verify_with_exit_1(cli: Cli, tmp_path: Path) -> None:
    """Edits one entry with the real data key, as an insider with the key could (in a copy of
    the hall, so that the tests after this one still have an intact chain)."""
    from seatdesk.vault.db import open_db
    from seatdesk.vault.keyslots import KeyFile

    copy = copy_hall(cli, tmp_path)
    keys = KeyFile.load(copy.vault.with_name(copy.vault.name + ".keys"))
    db = open_db(copy.vault, keys.unwrap_password("sec01", SEC_PW, None))
    try:
        db.execute("UPDATE audit SET actor = 'someone-else' WHERE seq = 3")
    finally:
        db.close()
    result = copy.as_("sec01", SEC_PW, "audit", "verify", check=1)
    assert "AUDIT CHAIN BROKEN at entry 3" in result.stdout


def test_import_decides_gb18030_on_evidence_and_takes_encoding(cli: Cli, tmp_path: Path) -> None:
    """Issue 19.1: a GB18030 file that is also valid UTF-8 is not stored garbled."""
    gb = tmp_path / "gb.csv"
    gb.write_bytes("customer_no,name,mobile\nG1,郑伟,13911112222\nG2,谢强,\n".encode("gb18030"))
    result = cli.as_("admin01", ADMIN_PW, "import", "--csv", str(gb), "--json")
    assert json.loads(result.stdout)["encoding"] == "gb18030"
    shown = cli.as_("agent01", AGENT_PW, "lookup", "--customer-no", "G1")
    assert "郑*" in shown.stdout
    unsure = tmp_path / "unsure.csv"
    unsure.write_bytes("customer_no,name\nG3,José\n".encode())
    refused = cli.as_("admin01", ADMIN_PW, "import", "--csv", str(unsure), check=1)
    assert "--encoding gb18030|utf-8" in refused.stdout + refused.stderr
    given = cli.as_(
        "admin01", ADMIN_PW, "import", "--csv", str(unsure), "--encoding", "utf-8", "--json"
    )
    assert json.loads(given.stdout)["encoding"] == "utf-8"


def test_import_update_snapshot_and_delete_list(cli: Cli, tmp_path: Path) -> None:
    """The next day's export: update, then a snapshot whose removals need the dry run's count,
    then a delete list alone. Counts and numbers in the output, never a protected value."""
    c = copy_hall(cli, tmp_path)
    new_address = "上海市标记区新址路一号"
    changed = CSV.replace(MARKERS["address"], new_address).replace(
        ",,,13700001111,", ",,,13700002222,"
    )
    update = tmp_path / "next-day.csv"
    update.write_text(changed + "C90000003,王五,男,,,13700003333,,,,,,\n", encoding="utf-8")
    out = c.as_("admin01", ADMIN_PW, "import", "--csv", str(update), "--mode", "update", "--json")
    data = json.loads(out.stdout)
    # The admin imports without opening anything: the protected values of a changed row, its
    # phones too (sealed for the lookup key the admin does not hold), are written again, not
    # compared (a security officer's import would name the address and the mobile).
    assert data["changes"] == {
        "added": 1, "changed": 2, "unchanged": 0, "removed": 0,
        "fields": {"protected_unopened": 2}, "classes": {},
    }  # fmt: skip

    assert data["added_numbers"] == ["C90000003"]
    assert data["changed_numbers"] == ["C90000001", "C90000002"]
    text = c.as_("admin01", ADMIN_PW, "import", "--csv", str(update), "--mode", "update")
    assert "0 added, 0 changed, 3 unchanged, 0 removed" in text.stdout
    for said in (out.stdout + out.stderr, text.stdout + text.stderr):
        for marker in (*MARKERS.values(), new_address, "13700002222"):
            assert marker not in said

    snapshot = tmp_path / "snapshot.csv"
    snapshot.write_text(changed.splitlines()[0] + "\n" + changed.splitlines()[1] + "\n")
    args = ("import", "--csv", str(snapshot), "--mode", "snapshot")
    # (other tests of this module may have added customers to the hall this one copied)
    dry = json.loads(c.as_("admin01", ADMIN_PW, *args, "--dry-run", "--json").stdout)
    due = dry["changes"]["removed"]
    assert due >= 2 and {"C90000002", "C90000003"} <= set(dry["removed_numbers"])
    text = c.as_("admin01", ADMIN_PW, *args, "--dry-run").stdout
    assert f"{due} removed (if confirmed)" in text and f"--confirm-removals {due}" in text
    assert "C90000002  snapshot" in text and "C90000003  snapshot" in text
    refused = c.as_("admin01", ADMIN_PW, *args, "--confirm-removals", str(due - 1), check=2)
    assert f"removes {due} customer(s)" in refused.stderr
    assert f"--confirm-removals {due}" in refused.stderr
    c.as_("agent01", AGENT_PW, "lookup", "--customer-no", "C90000002")  # still there
    done = c.as_("admin01", ADMIN_PW, *args, "--confirm-removals", str(due))
    assert f"1 unchanged, {due} removed" in done.stdout
    c.as_("agent01", AGENT_PW, "lookup", "--customer-no", "C90000002", check=1)

    listed = tmp_path / "delete.txt"
    listed.write_text("customer_no\nC90000001\nC90000009\n", encoding="utf-8")
    bad = c.as_("admin01", ADMIN_PW, "import", "--delete-list", str(listed), check=1)
    assert "delete list line 3, column customer_no: customer number is not in the vault" in (
        bad.stdout
    )
    c.as_("agent01", AGENT_PW, "lookup", "--customer-no", "C90000001")
    listed.write_text("C90000001\n", encoding="utf-8")
    c.as_("admin01", ADMIN_PW, "import", "--delete-list", str(listed), "--confirm-removals", "1")
    c.as_("agent01", AGENT_PW, "lookup", "--customer-no", "C90000001", check=1)
    usage = c.as_("admin01", ADMIN_PW, "import", "--mode", "update", check=2)
    assert "--csv FILE" in usage.stderr


def test_every_failed_sign_in_reaches_the_audit_whoever_signs_in_next(
    cli: Cli, tmp_path: Path
) -> None:
    """A wrong SEATDESK_PASSWORD at `lookup`, one process each, as a script guessing would:
    five wrong, then refused while locked; the next sign-in is another account's, and its
    export holds every attempt, with its staff ID and never the password typed."""
    copy = copy_hall(cli, tmp_path)
    out = tmp_path / "audit.jsonl"

    def failed_of_agent() -> list[dict[str, Any]]:
        copy.as_("sec01", SEC_PW, "audit", "export", "--out", str(out))
        text = out.read_text(encoding="utf-8")
        assert "Guess-" not in text
        entries = [json.loads(line) for line in text.splitlines()]
        return [e for e in entries if e["action"] == "login.failed" and e["actor"] == "agent01"]

    before = len(failed_of_agent())
    out.unlink()
    for guess in range(5):
        copy.as_("agent01", f"Guess-{guess}-2026", "lookup", "--phone", "13912345678", check=3)
    refused = copy.as_("agent01", AGENT_PW, "lookup", "--phone", "13912345678", check=3)
    assert "locked" in refused.stderr
    new = failed_of_agent()[before:]
    assert [e["detail"]["reason"] for e in new] == ["wrong password"] * 5 + ["locked"]

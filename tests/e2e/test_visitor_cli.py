"""`seatdesk visitor …` run as a script would: the real process against a real vault.

The register is filled in-process through the services (as the desk at the door would), at
times relative to the real clock the commands run on.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from seatdesk.app import load_default_policy
from seatdesk.core.clock import FixedClock
from seatdesk.records.validation import resident_id_check_char
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import sign_in
from seatdesk.services.visitors import Acknowledgement, Arrival, VisitorDesk, VisitorDraft
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.cli import Cli as ContractCli
from tests.helpers.cli import add_staff, copy_hall

PASSWORDS = {
    "admin01": "Admin-pass-2026",
    "super01": "Super-pass-2026",
    "sec01": "Secur-pass-2026",
    "agent01": "Agent-pass-2026",
}
ROLES = {"super01": "supervisor", "sec01": "security", "agent01": "agent"}
ID_NOW = "31011519750303002" + resident_id_check_char("31011519750303002")
ID_OLD = "44030619900101123" + resident_id_check_char("44030619900101123")
ID_STALE = "11010519880512345" + resident_id_check_char("11010519880512345")
ID_SOON = "11010519491231002" + resident_id_check_char("11010519491231002")
MOBILE = "13566667777"


class Cli(ContractCli):
    """The contract tests' runner, signing in with this module's passwords."""

    def as_(  # type: ignore[override]
        self, staff: str, *args: str, check: int | None = 0
    ) -> subprocess.CompletedProcess[str]:
        return super().as_(staff, PASSWORDS[staff], *args, check=check)


def _register(
    vault: Path,
    at: datetime,
    id_number: str,
    name: str,
    badge: str,
    *,
    sign_out: bool = False,
    pre_register_for: int | None = None,
) -> str:
    runtime = Runtime(
        clock=FixedClock(at),
        policy=load_default_policy(),
        seat="door-01",
        secret_store_factory=MemorySecretStore,
    )
    session = sign_in(runtime, VaultPaths(vault), "super01", PASSWORDS["super01"])
    try:
        desk = VisitorDesk(session)
        draft = VisitorDraft(
            name=name,
            id_type="居民身份证",
            id_number=id_number,
            organisation="申城电信工程公司",
            purpose="线路检修",
            host="super01",
            approver="sec01",
            approval_ref="OA-7",
            mobile=MOBILE,
        )
        if pre_register_for is not None:
            return desk.pre_register(
                draft, desk.today() + timedelta(days=pre_register_for)
            ).reference
        view = desk.register_walk_in(
            draft,
            Arrival(
                badge, desk.default_departure(), Acknowledgement.paper("F-1"), escort="super01"
            ),
        )
        if sign_out:
            desk.sign_out(view.visitor_id, badge_returned=True)
        return view.reference
    finally:
        session.close()


@pytest.fixture(scope="module")
def _visitor_hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cli, dict[str, str]]]:
    root = tmp_path_factory.mktemp("visitor-e2e")
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
        new_password=PASSWORDS["admin01"],
    )
    recovery = json.loads(init.stdout)["recovery_key"]
    officer = "sec01"  # the first officer (recovery key), who approves the others
    for staff, role in sorted(ROLES.items(), key=lambda item: item[0] != officer):
        add_staff(
            c,
            staff,
            role,
            "Initial-pw-2026",
            admin=("admin01", PASSWORDS["admin01"]),
            approver=None if staff == officer else (officer, PASSWORDS[officer]),
            recovery_key=recovery if staff == officer else None,
        )
        c.run(
            "user",
            "passwd",
            "--vault",
            str(c.vault),
            "--as",
            staff,
            password="Initial-pw-2026",
            new_password=PASSWORDS[staff],
        )
        c.as_(staff, "agreement", "--accept")
    c.as_("admin01", "agreement", "--accept")
    now = datetime.now(UTC)
    refs = {
        "old": _register(c.vault, now - timedelta(days=200), ID_OLD, "陈旧", "O1", sign_out=True),
        "stale": _register(c.vault, now - timedelta(days=2), ID_STALE, "滞留者", "S1"),
        "now": _register(c.vault, now, ID_NOW, "司马光明", "N1"),
        "soon": _register(c.vault, now, ID_SOON, "明日来访", "", pre_register_for=1),
    }
    yield c, refs


@pytest.fixture
def cli(_visitor_hall: tuple[Cli, dict[str, str]], tmp_path: Path) -> tuple[Cli, dict[str, str]]:
    """The registered hall, copied fresh for each test: end of day and purge change it."""
    template, refs = _visitor_hall
    copy = copy_hall(template, tmp_path)
    return Cli(copy.home, copy.vault), refs


def test_list_on_floor_json_is_masked_and_roles_are_checked(
    cli: tuple[Cli, dict[str, str]],
) -> None:
    c, refs = cli
    out = c.as_("super01", "visitor", "list", "--on-floor", "--json")
    data = json.loads(out.stdout)
    assert data["in_hall"] == 2
    shown = {v["reference"]: v for v in data["visitors"]}
    assert set(shown) == {refs["stale"], refs["now"]}
    now = shown[refs["now"]]
    assert now["name"] == "司马光明" and now["badge"] == "N1" and now["host"] == "super01"
    assert now["id_number"] == ID_NOW[0] + "*" * 16 + ID_NOW[-1]
    assert now["mobile"] == MOBILE[:3] + "****" + MOBILE[-4:]
    assert shown[refs["stale"]]["overstay"] is True
    for secret in (ID_NOW, ID_STALE, MOBILE):
        assert secret not in out.stdout
    text = c.as_("sec01", "visitor", "list").stdout
    assert "司马光明" in text and "N1" in text and "OVERSTAY" in text and ID_NOW not in text
    for role in ("agent01", "admin01"):
        denied = c.as_(role, "visitor", "list", "--on-floor", check=3)
        assert "may not register visitors" in denied.stderr
    expected = json.loads(c.as_("super01", "visitor", "list", "--expected", "--json").stdout)
    assert [v["reference"] for v in expected["visitors"]] == [refs["soon"]]
    assert ID_SOON not in json.dumps(expected)


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the PDFs back"
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_roster_and_log_pdfs_from_the_command_line(
    cli: tuple[Cli, dict[str, str]], tmp_path: Path
) -> None:
    c, _ = cli
    roster = tmp_path / "roster.pdf"
    result = json.loads(c.as_("sec01", "visitor", "roster", "--pdf", str(roster), "--json").stdout)
    assert result["sha256"] == hashlib.sha256(roster.read_bytes()).hexdigest()
    assert result["rows"] == 2
    text = _pdftotext(roster)
    flat = " ".join(text.split())
    for label in ("疏散名单", "姓名 Name", "胸卡号 Badge", "接待人 Host", "证件号码 ID number"):
        assert label in flat, label
    assert "司马光明" in text and "滞留者" in text
    assert ID_NOW[0] + "*" * 16 + ID_NOW[-1] in text
    for secret in (ID_NOW, ID_STALE, MOBILE):
        assert secret not in text
    assert "导出人 Exported by sec01" in flat

    log = tmp_path / "log.pdf"
    c.as_("super01", "visitor", "log", "--pdf", str(log))
    assert "外来人员登记日志" in _pdftotext(log)
    c.as_("super01", "visitor", "log", "--date", "2026-13-01", "--pdf", str(log), check=2)
    listing = c.as_("sec01", "audit", "export", "--out", str(tmp_path / "audit.jsonl"))
    assert listing.returncode == 0
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    reports = [e for e in entries if e["action"] == "visitor.report"]
    assert reports[0]["detail"]["sha256"] == result["sha256"]
    dump = (tmp_path / "audit.jsonl").read_text()
    for secret in (ID_NOW, ID_STALE, ID_OLD, MOBILE, "司马光明"):
        assert secret not in dump


def test_end_of_day_and_purge(cli: tuple[Cli, dict[str, str]]) -> None:
    c, refs = cli
    closed = json.loads(c.as_("super01", "visitor", "end-of-day", "--json").stdout)
    assert closed["signed_out"] == [refs["stale"]]
    after = json.loads(c.as_("super01", "visitor", "list", "--json").stdout)
    assert [v["reference"] for v in after["visitors"]] == [refs["now"]]

    c.as_("super01", "visitor", "purge", "--dry-run", check=3)
    dry = json.loads(c.as_("sec01", "visitor", "purge", "--dry-run", "--json").stdout)
    assert dry["dry_run"] is True and dry["references"] == [refs["old"]]
    done = c.as_("sec01", "visitor", "purge")
    assert "Anonymised 1 visitor entry" in done.stdout and refs["old"] in done.stdout
    again = json.loads(c.as_("sec01", "visitor", "purge", "--json").stdout)
    assert again["references"] == []

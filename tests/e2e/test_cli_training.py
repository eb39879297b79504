"""`seatdesk training record|list|import` as a script runs it, and the gate it opens: the real
`seatdesk` process on a real vault."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.cli import AGENT_PW, SEC_PW, Cli, add_staff, copy_hall

ADMIN_PW = "Admin-pass-2026"
CSV = "customer_no,name,mobile\nC80000001,李四,13700001111\n"


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    root = tmp_path_factory.mktemp("training")
    c = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = c.run(
        *("init", "--vault", str(c.vault), "--admin", "admin01", "--key-storage", "none"),
        "--json",
        new_password=ADMIN_PW,
    )
    recovery = json.loads(init.stdout)["recovery_key"]
    for staff, role, pw in (("sec01", "security", SEC_PW), ("agent01", "agent", AGENT_PW)):
        if role == "security":
            add_staff(c, staff, role, "Initial-pw-2026", recovery_key=recovery)
        else:
            add_staff(c, staff, role, "Initial-pw-2026", approver=("sec01", SEC_PW))
        c.run(
            *("user", "passwd", "--vault", str(c.vault), "--as", staff),
            password="Initial-pw-2026",
            new_password=pw,
        )
        c.as_(staff, pw, "agreement", "--accept")
    crm = root / "crm.csv"
    crm.write_text(CSV, encoding="utf-8")
    c.as_("admin01", ADMIN_PW, "import", "--csv", str(crm))
    return c


@pytest.fixture
def cli(_template: Cli, tmp_path: Path) -> Iterator[Cli]:
    yield copy_hall(_template, tmp_path)


def _register(cli: Cli) -> list[dict[str, object]]:
    listed = json.loads(cli.as_("sec01", SEC_PW, "training", "list", "--json").stdout)
    assert isinstance(listed, list)
    return listed


def _agent_course(cli: Cli) -> dict[str, object]:
    agent = next(p for p in _register(cli) if p["staff_id"] == "agent01")
    courses = agent["courses"]
    assert isinstance(courses, list)
    return dict(courses[0])


def test_record_opens_the_gate_and_list_shows_it(cli: Cli) -> None:
    lookup = ("lookup", "--phone", "13700001111")
    refused = cli.as_("agent01", AGENT_PW, *lookup, check=3)
    assert "training" in refused.stderr and "never passed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _agent_course(cli)["standing"] == "never"

    record = ("training", "record", "--course", "confidentiality", "--trainer", "王老师")
    # An agent may not record (their own or anyone's): the role is refused, exit 3.
    cli.as_("agent01", AGENT_PW, *record, "--result", "agent01=100", check=3)
    # Below the pass mark (80): recorded, not passed; the gate stays shut.
    below = cli.as_("sec01", SEC_PW, *record, "--result", "agent01=79", "--json")
    assert json.loads(below.stdout)[0]["passed"] is False
    cli.as_("agent01", AGENT_PW, *lookup, check=3)
    # The pass mark itself passes.
    at_mark = cli.as_("sec01", SEC_PW, *record, "--date", "2026-01-02", "--result", "agent01=80")
    assert "passed" in at_mark.stdout and "valid until" in at_mark.stdout
    assert "李" in cli.as_("agent01", AGENT_PW, *lookup).stdout
    assert _agent_course(cli)["standing"] in ("valid", "grace", "lapsed")
    text = cli.as_("sec01", SEC_PW, "training", "list").stdout
    assert "agent01" in text and "confidentiality" in text


def test_record_usage_errors_exit_2_and_change_nothing(cli: Cli) -> None:
    before = _register(cli)
    record = ("training", "record", "--trainer", "王老师", "--result", "agent01=90")
    for bad in (
        ("--course", "nosuch"),
        ("--course", "confidentiality", "--date", "2026-13-01"),
        ("--course", "confidentiality", "--date", "2999-01-01"),
    ):
        result = cli.as_("sec01", SEC_PW, *record, *bad, check=2)
        assert "Traceback" not in result.stderr and result.stderr.strip()
    cli.as_(
        "sec01",
        SEC_PW,
        "training",
        "record",
        "--course",
        "confidentiality",
        "--trainer",
        "王老师",
        "--result",
        "ghost=90",
        check=2,
    )
    cli.as_(
        "sec01",
        SEC_PW,
        "training",
        "record",
        "--course",
        "confidentiality",
        "--trainer",
        "王老师",
        "--result",
        "agent01=101",
        check=2,
    )
    assert _register(cli) == before


def test_import_with_a_bad_row_imports_nothing_and_a_good_file_imports_all(
    cli: Cli, tmp_path: Path
) -> None:
    before = _register(cli)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "staff_id,course,date,score\n"
        "agent01,confidentiality,2025-06-01,95\n"
        "ghost,confidentiality,2025-06-01,95\n"
        "sec01,confidentiality,2025-06-01,101\n"
        "sec01,confidentiality,2025-02-30,90\n"
        "agent01,confidentiality,2025-06-01,95\n"
        "sec01,nosuch,2025-06-01,90\n",
        encoding="utf-8",
    )
    result = cli.as_("sec01", SEC_PW, "training", "import", "--csv", str(bad), check=1)
    for line, what in ((3, "staff_id"), (4, "score"), (5, "date"), (6, "line 2"), (7, "course")):
        assert f"line {line}: " in result.stdout and what in result.stdout, (line, what)
    assert "line 2:" not in result.stdout and "nothing imported" in result.stdout
    assert _register(cli) == before
    data = json.loads(
        cli.as_("sec01", SEC_PW, "training", "import", "--csv", str(bad), "--json", check=1).stdout
    )
    assert data["imported"] == 0 and [e["line"] for e in data["errors"]] == [3, 4, 5, 6, 7]

    good = tmp_path / "good.csv"
    good.write_bytes(
        "\ufeffscore,staff_id,date,course,trainer\n"
        "88,agent01,2025-12-20,confidentiality,学习平台\n"
        "60,sec01,2025-12-20,confidentiality,学习平台\n".encode()
    )
    done = cli.as_("sec01", SEC_PW, "training", "import", "--csv", str(good), "--json")
    assert json.loads(done.stdout) == {
        "rows": 2,
        "imported": 2,
        "passed": 1,
        "dry_run": False,
        "errors": [],
    }
    assert _agent_course(cli)["last_passed"] == "2025-12-20"
    # The same file again: every row is already on the register; nothing imported.
    again = cli.as_("sec01", SEC_PW, "training", "import", "--csv", str(good), check=1)
    assert "already on the register" in again.stdout
    # A wrong header is a usage error.
    header = tmp_path / "header.csv"
    header.write_text("staff,course,date,score\n", encoding="utf-8")
    cli.as_("sec01", SEC_PW, "training", "import", "--csv", str(header), check=2)

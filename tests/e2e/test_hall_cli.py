"""The hall's command-line contract, as an administrator would run it: `seatdesk hall enrol`,
`sync`, `status` and `verify` as real processes against a real hall, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import ADMIN_PW, Cli
from tests.helpers.hall import RunningHall


def new_seat(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path / "home", tmp_path / "seat" / "seat.vault")
    cli.run(
        "init", "--vault", str(cli.vault), "--admin", "admin01", "--key-storage", "none",
        new_password=ADMIN_PW,
    )  # fmt: skip
    return cli


def test_enrol_sync_status_and_verify_from_the_command_line(
    running_hall: RunningHall, tmp_path: Path
) -> None:
    seat = new_seat(tmp_path)
    status = json.loads(seat.as_("admin01", ADMIN_PW, "hall", "status", "--json").stdout)
    assert status["enrolled"] is False and status["outbox"] >= 1

    code = running_hall.code("seat-07")
    no_code = seat.run(
        "hall", "enrol", "--vault", str(seat.vault), "--as", "admin01", "--hall",
        running_hall.url, "--seat", "seat-07", password=ADMIN_PW, check=2,
    )  # fmt: skip
    assert "SEATDESK_ENROL_CODE" in no_code.stderr
    enrolled = seat.run(
        "hall", "enrol", "--vault", str(seat.vault), "--as", "admin01", "--hall",
        running_hall.url, "--seat", "seat-07", "--json", password=ADMIN_PW,
        env_extra={"SEATDESK_ENROL_CODE": code},
    )  # fmt: skip
    seat_id = json.loads(enrolled.stdout)["seat_id"]
    again = seat.run(
        "hall", "enrol", "--vault", str(seat.vault), "--as", "admin01", "--hall",
        running_hall.url, "--seat", "seat-07", password=ADMIN_PW,
        env_extra={"SEATDESK_ENROL_CODE": code}, check=2,
    )  # fmt: skip
    assert "enrolled already" in again.stderr and code not in again.stderr

    synced = json.loads(seat.as_("admin01", ADMIN_PW, "hall", "sync", "--json").stdout)
    assert synced["stored"] == synced["sent"] > 0 and not synced["flagged"]
    status = json.loads(seat.as_("admin01", ADMIN_PW, "hall", "status", "--json").stdout)
    assert status["reachable"] and status["seat_id"] == seat_id
    assert status["hall_head"] is not None and status["hall_head"] <= status["local_head"]
    assert json.loads(running_hall.verify(check=0).stdout)[0]["ok"] is True

    running_hall.stop()
    offline = seat.as_("admin01", ADMIN_PW, "hall", "status")
    assert "Reachable: no" in offline.stdout
    sync_offline = seat.as_("admin01", ADMIN_PW, "hall", "sync", check=1)
    assert "cannot be reached" in sync_offline.stderr


def test_the_second_seat_joins_the_directory_with_the_admins_hall_password(
    running_hall: RunningHall, tmp_path: Path
) -> None:
    first = new_seat(tmp_path / "a")
    first.run(
        "hall", "enrol", "--vault", str(first.vault), "--as", "admin01", "--hall",
        running_hall.url, "--seat", "seat-a", password=ADMIN_PW,
        env_extra={"SEATDESK_ENROL_CODE": running_hall.code("seat-a")},
    )  # fmt: skip
    second = Cli(tmp_path / "b" / "home", tmp_path / "b" / "seat" / "seat.vault")
    own = "Seat-B-own-pass-2026"
    second.run(
        "init", "--vault", str(second.vault), "--admin", "admin01", "--key-storage", "none",
        new_password=own,
    )  # fmt: skip
    enrol = ("hall", "enrol", "--vault", str(second.vault), "--as", "admin01", "--hall",
             running_hall.url, "--seat", "seat-b")  # fmt: skip
    refused = second.run(
        *enrol, password=own, env_extra={"SEATDESK_ENROL_CODE": running_hall.code("seat-b")},
        check=3,
    )  # fmt: skip
    assert "SEATDESK_HALL_PASSWORD" in refused.stderr and own not in refused.stderr
    joined = second.run(  # enrolled by the first try: the retry joins, with no code
        *enrol, "--json", password=own, env_extra={"SEATDESK_HALL_PASSWORD": ADMIN_PW}
    )
    assert json.loads(joined.stdout)["retired"] == []
    second.as_("admin01", own, "hall", "status", check=3)  # the seat's own password is gone
    listed = second.as_("admin01", ADMIN_PW, "user", "list", "--json")
    assert [row["staff_id"] for row in json.loads(listed.stdout)] == ["admin01"]

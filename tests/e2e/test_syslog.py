"""Syslog out for real: `seatdesk hall serve --syslog` as a process, forwarding to a real rsyslog
(Debian's, with GnuTLS) on loopback over TLS, and rsyslog's own file read back."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from seatdesk.services.factory import Services
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.postgres import PostgresServer
from tests.helpers.rsyslog import Rsyslog, make_certificates, sd_params
from tests.helpers.vaults import StaffedVault

WAIT = 60


@pytest.fixture
def rsyslog(tmp_path: Path) -> Iterator[Rsyslog]:
    collector = Rsyslog(tmp_path / "rsyslog")
    collector.start()
    try:
        yield collector
    finally:
        collector.stop()


@pytest.fixture
def forwarding_hall(
    postgres: PostgresServer, rsyslog: Rsyslog, tmp_path: Path
) -> Iterator[RunningHall]:
    name = "hall_syslog_" + tmp_path.name.replace("-", "_").lower()[-36:]
    hall = RunningHall(
        postgres,
        postgres.create_database(name),
        tmp_path / "halldir",
        serve_args=["--syslog", rsyslog.collector, "--syslog-ca", str(rsyslog.ca)],
    )
    hall.init()
    hall.start()
    try:
        yield hall
    finally:
        hall.stop()


def hall_rows(hall: RunningHall) -> Counter[tuple[str, str]]:
    with psycopg.connect(hall.dsn) as conn:
        return Counter((str(s), str(q)) for s, q in conn.execute("SELECT seat_id, seq FROM audit"))


def cursor(hall: RunningHall) -> dict[tuple[str, str], int]:
    with psycopg.connect(hall.dsn) as conn:
        rows = conn.execute("SELECT stream, key, position FROM syslog_cursor").fetchall()
    return {(str(stream), str(key)): int(position) for stream, key, position in rows}


def add_seat(hall: RunningHall, seat_id: str) -> None:
    with psycopg.connect(hall.dsn) as conn:
        conn.execute(
            "INSERT INTO seats(seat_id, seat_name, cert_pem, public_key) VALUES (%s, %s, '', '')",
            (seat_id, seat_id.lower()),
        )


def add_entries(hall: RunningHall, seat_id: str, seqs: range) -> None:
    """Audit rows as the hall stores them (written here as the owner, one transaction)."""
    with psycopg.connect(hall.dsn) as conn:
        conn.cursor().executemany(
            "INSERT INTO audit(seat_id, seq, ts, actor, seat, action, target, outcome, detail, "
            "prev, mac) VALUES (%s, %s, '2026-03-01T08:00:00.000000+00:00', 'agent01', %s, "
            "'record.view', 'C00000001', 'ok', '{}', '', '')",
            [(seat_id, seq, seat_id.lower()) for seq in seqs],
        )


def expected(*parts: tuple[str, range]) -> Counter[tuple[str, str]]:
    return Counter((seat, str(seq)) for seat, seqs in parts for seq in seqs)


def test_every_audit_entry_a_seat_syncs_reaches_rsyslog_once_with_seat_and_seq(
    customer_vault: StaffedVault, forwarding_hall: RunningHall, rsyslog: Rsyslog
) -> None:
    seat_id = enrol_staffed(customer_vault, forwarding_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        records = agent.records
        records.view(records.find("C00000001")[0].customer_id)
        result = agent.hall.sync()
    assert result.stored > 0
    stored = hall_rows(forwarding_hall)
    assert stored and {seat for seat, _ in stored} == {seat_id}
    rsyslog.wait_until(lambda: +rsyslog.received() >= stored, WAIT, "not every entry arrived")
    assert rsyslog.received() == stored  # each once
    line = next(line for line in rsyslog.lines() if 'action="record.view"' in line)
    assert line.startswith("<110>1 ") and " seatdesk - record.view [seatdesk@32473 " in line
    params = sd_params(line)
    assert params["seat"] == seat_id and params["actor"] == "agent01"
    assert params["outcome"] and params["seatname"] == "seat-07"
    assert cursor(forwarding_hall) == {("audit", seat_id): result.hall_head_seq}


def test_after_a_restart_of_rsyslog_and_of_the_hall_the_forwarder_resumes_from_its_cursor(
    forwarding_hall: RunningHall, rsyslog: Rsyslog
) -> None:
    hall = forwarding_hall
    add_seat(hall, "SAAAA")
    add_seat(hall, "SBBBB")
    add_entries(hall, "SAAAA", range(1, 6))
    add_entries(hall, "SBBBB", range(1, 4))
    with psycopg.connect(hall.dsn) as conn:
        conn.execute(
            "INSERT INTO alerts(seat_id, kind, detail) "
            "VALUES ('SAAAA', 'audit.diverged', 'entry 3 was \"rewritten\"')"
        )
    first = expected(("SAAAA", range(1, 6)), ("SBBBB", range(1, 4)))
    rsyslog.wait_until(lambda: rsyslog.received() == first, WAIT, "the first batch")
    rsyslog.wait_until(lambda: bool(rsyslog.alerts()), WAIT, "the alert")
    alert = next(line for line in rsyslog.lines() if "alert=" in line)
    assert alert.startswith("<114>1 ") and sd_params(alert)["kind"] == "audit.diverged"

    # The collector goes away; entries keep arriving at the hall; the collector comes back.
    rsyslog.stop()
    add_entries(hall, "SAAAA", range(6, 11))
    rsyslog.start()
    second = first + expected(("SAAAA", range(6, 11)))
    rsyslog.wait_until(lambda: rsyslog.received() == second, WAIT, "after rsyslog's restart")

    # The hall goes away (killed) once its cursor is written; it resumes where that says.
    rsyslog.wait_until(
        lambda: cursor(hall).get(("audit", "SAAAA")) == 10, WAIT, "the cursor did not move"
    )
    assert cursor(hall) == {("audit", "SAAAA"): 10, ("audit", "SBBBB"): 3, ("alerts", "SAAAA"): 1}
    hall.stop(kill=True)
    add_entries(hall, "SBBBB", range(4, 7))
    add_entries(hall, "SAAAA", range(11, 12))
    hall.start()
    third = second + expected(("SBBBB", range(4, 7)), ("SAAAA", range(11, 12)))
    rsyslog.wait_until(lambda: rsyslog.received() == third, WAIT, "after the hall's restart")

    # Nothing lost, and (these stops came between batches) nothing twice.
    assert rsyslog.received() == third == hall_rows(hall)
    assert rsyslog.alerts() == Counter({"1": 1})
    assert 'entry 3 was "rewritten"' in alert  # MSG is as it was; SD values are escaped


def test_a_collector_that_fails_tls_is_retried_and_the_cursor_stays(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    """Not a syslog server: something that accepts and hangs up. The hall serves regardless, the
    forwarder comes back (with back-off), and its cursor does not move."""
    ca = make_certificates(tmp_path)[0]
    with socket.create_server(("127.0.0.1", 0)) as impostor:
        impostor.settimeout(WAIT)
        where = f"127.0.0.1:{impostor.getsockname()[1]}"
        hall = RunningHall(
            postgres,
            postgres.create_database("hall_syslog_impostor"),
            tmp_path / "halldir",
            serve_args=["--syslog", where, "--syslog-ca", str(ca)],
        )
        hall.init()
        hall.start()  # "hall listening": the forwarder does not hold the service up
        try:
            add_seat(hall, "SCCCC")
            add_entries(hall, "SCCCC", range(1, 3))
            for _ in range(2):  # it tries, fails, and tries again
                connection, _ = impostor.accept()
                connection.close()
            assert cursor(hall) == {}
        finally:
            hall.stop()
    log = (hall.folder.parent / "hall-serve.log").read_text()
    assert f"syslog: {where}: " in log and "retrying" in log

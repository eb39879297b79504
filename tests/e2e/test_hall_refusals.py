"""Bad input at the hall, sent as a misbehaving seat or a stranger would: each is refused with a
clear status, nothing is stored, and nothing sent is echoed back."""

from __future__ import annotations

import http.client
import json
import ssl
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from seatdesk.hall import pki
from seatdesk.hall.files import HallDir
from seatdesk.hall.protocol import (
    MAX_BODY,
    SEAT_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    encode_signature,
    signing_message,
)
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable, SeatCredentials
from seatdesk.services.factory import Services
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import StaffedVault, make_staffed_vault, session_behind

MARKER = "13912345678-marker"


def enrolled(vault: StaffedVault, hall: RunningHall, seat: str) -> SeatCredentials:
    enrol_staffed(vault, hall, seat)
    with Services(vault.signed_in("admin01")) as admin:
        db = session_behind(admin.who).db
        meta = dict(db.execute("SELECT key, value FROM meta WHERE key LIKE 'hall.%'"))
    return SeatCredentials(
        str(meta["hall.seat_id"]), str(meta["hall.key"]).encode(), str(meta["hall.cert"]).encode()
    )


def ca_pem(hall: RunningHall) -> bytes:
    return HallDir(hall.folder).ca.cert_pem


def raw_post(
    hall: RunningHall, body: bytes, headers: dict[str, str], path: str = "/v1/sync"
) -> tuple[int, dict[str, object]]:
    context = ssl.create_default_context(cadata=ca_pem(hall).decode())
    connection = http.client.HTTPSConnection("127.0.0.1", hall.port, context=context, timeout=10)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        connection.close()


def signed_headers(
    seat: SeatCredentials, body: bytes, as_seat: str | None = None
) -> dict[str, str]:
    at = datetime.now(UTC).isoformat()
    key = pki.load_seat_key(seat.key_pem)
    signature = key.sign(signing_message("POST", "/v1/sync", at, body))
    return {
        SEAT_HEADER: as_seat or seat.seat_id,
        TIME_HEADER: at,
        SIGNATURE_HEADER: encode_signature(signature),
        "content-type": "application/json",
    }


def hall_rows(hall: RunningHall) -> int:
    with psycopg.connect(hall.dsn) as conn:
        row = conn.execute("SELECT count(*) FROM audit").fetchone()
    return int(row[0]) if row else 0


def entry(seq: int, prev: str) -> dict[str, object]:
    return {
        "seq": seq, "ts": "2026-01-01T00:00:00Z", "actor": "agent01", "seat": "seat-07",
        "action": "record.view", "target": MARKER, "outcome": "ok", "detail": "{}",
        "prev": prev, "mac": f"{seq:064x}",
    }  # fmt: skip


def test_malformed_unsigned_oversized_and_misshapen_requests_are_refused(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat = enrolled(customer_vault, running_hall, "seat-07")
    before = hall_rows(running_hall)
    cases = []
    garbage = b'{"head": ' + MARKER.encode()
    cases.append((garbage, signed_headers(seat, garbage), 400))
    cases.append((b"{}", {"content-type": "application/json"}, 401))
    shaped = json.dumps({"head": {"seq": 0, "mac": ""}, "entries": [{"seq": 1, "x": MARKER}]})
    cases.append((shaped.encode(), signed_headers(seat, shaped.encode()), 400))
    huge = b'{"pad": "' + b"x" * (MAX_BODY + 10) + b'"}'
    cases.append((huge, signed_headers(seat, huge), 413))
    for body, headers, status in cases:
        got, answer = raw_post(running_hall, body, headers)
        assert got == status, (status, answer)
        assert MARKER not in json.dumps(answer) and set(answer) == {"error"}
    assert hall_rows(running_hall) == before


def test_seat_a_cannot_write_as_seat_b(
    customer_vault: StaffedVault, running_hall: RunningHall, tmp_path
) -> None:
    seat_a = enrolled(customer_vault, running_hall, "seat-07")
    other = make_staffed_vault(customer_vault.runtime, tmp_path / "seat-08")
    seat_b = enrolled(other, running_hall, "seat-08")
    body = json.dumps({"head": {"seq": 1, "mac": "0" * 64}, "entries": [entry(1, "0" * 64)]})
    status, answer = raw_post(
        running_hall, body.encode(), signed_headers(seat_a, body.encode(), as_seat=seat_b.seat_id)
    )
    assert (status, answer) == (401, {"error": "bad signature"})
    with psycopg.connect(running_hall.dsn) as conn:
        rows = conn.execute("SELECT count(*) FROM audit WHERE seat_id = %s", (seat_b.seat_id,))
        assert rows.fetchone() == (0,)


def test_unknown_revoked_and_stale_signatures_are_refused(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat = enrolled(customer_vault, running_hall, "seat-07")
    ca = ca_pem(running_hall)
    stranger = SeatCredentials("SNOBODY00000", seat.key_pem, seat.cert_pem)
    with pytest.raises(HallRefused) as unknown:
        HallClient(running_hall.url, ca, stranger).post("/v1/sync", {"head": {"seq": 0, "mac": ""}})
    assert (unknown.value.status, unknown.value.error) == (401, "unknown seat")
    body = b'{"head": {"seq": 0, "mac": ""}}'
    stale = signed_headers(seat, body)
    stale[TIME_HEADER] = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    status, _ = raw_post(running_hall, body, stale)
    assert status == 401
    with psycopg.connect(running_hall.dsn) as conn:
        conn.execute("UPDATE seats SET revoked_at = now() WHERE seat_id = %s", (seat.seat_id,))
    with pytest.raises(HallRefused) as revoked:
        HallClient(running_hall.url, ca, seat).post("/v1/sync", {"head": {"seq": 0, "mac": ""}})
    assert revoked.value.status == 403


def test_a_certificate_from_another_ca_fails_the_tls_handshake(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat = enrolled(customer_vault, running_hall, "seat-07")
    rogue_ca = pki.new_ca("ROGUE", datetime.now(UTC))
    key = pki.new_seat_key()
    cert = pki.issue_seat_cert(
        rogue_ca, pki.seat_csr(key, "seat-07"), seat.seat_id, datetime.now(UTC)
    )
    rogue = SeatCredentials(seat.seat_id, pki.seat_key_pem(key), cert)
    with pytest.raises(HallUnreachable):
        HallClient(running_hall.url, ca_pem(running_hall), rogue).post(
            "/v1/sync", {"head": {"seq": 0, "mac": ""}}
        )


def test_the_same_batch_twice_is_stored_once(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    seat = enrolled(customer_vault, running_hall, "seat-07")
    client = HallClient(running_hall.url, ca_pem(running_hall), seat)
    batch = [entry(1, "0" * 64), entry(2, f"{1:064x}")]
    head = {"seq": 2, "mac": f"{2:064x}"}
    first = client.post("/v1/sync", {"head": head, "entries": batch})
    second = client.post("/v1/sync", {"head": head, "entries": batch})
    assert (first["stored"], first["duplicates"]) == (2, 0)
    assert (second["stored"], second["duplicates"]) == (0, 2)
    assert not second["flagged"] and hall_rows(running_hall) == 2


def test_offline_then_reconnect_delivers_everything_once(
    customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrolled(customer_vault, running_hall, "seat-07")
    running_hall.stop(kill=True)
    with Services(customer_vault.signed_in("agent01")) as agent:
        agent.records.view(agent.records.find("C00000001")[0].customer_id)
        with pytest.raises(HallUnreachable):
            agent.hall.sync()
        offline = agent.hall.status()
        assert not offline.reachable and offline.outbox > 0
        running_hall.start()
        result = agent.hall.sync()
        local_head = session_behind(agent.who).audit.head()[0]
    assert result.hall_head_seq == local_head == result.acked_seq
    assert hall_rows(running_hall) == local_head
    assert result.duplicates == 0 and not result.flagged

"""HTTPS to the hall: TLS 1.3, the hall CA pinned, the seat's client certificate, and every
request signed with the seat's key (see `seatdesk.hall.protocol`)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import ssl
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from seatdesk.core.errors import EXIT_CHECK_FAILED, SeatDeskError
from seatdesk.hall import pki
from seatdesk.hall.protocol import (
    SEAT_HEADER,
    SIGNATURE_HEADER,
    TIME_HEADER,
    dumps,
    encode_signature,
    signing_message,
)

TIMEOUT = 10.0


class HallUnreachable(SeatDeskError):
    """No answer from the hall (network, TLS, or the service is down)."""

    exit_code = EXIT_CHECK_FAILED  # the command's work was not done; a scheduler retries


class HallRefused(SeatDeskError):
    """The hall answered with a refusal (its `error`, never an echo of what was sent)."""

    exit_code = EXIT_CHECK_FAILED

    def __init__(self, status: int, error: str, refusal: str = "") -> None:
        super().__init__(f"the hall refused ({status}): {error}")
        self.status = status
        self.error = error
        self.refusal = refusal  # the hall's code for it ("" when it gave none)


@dataclass(frozen=True)
class SeatCredentials:
    seat_id: str
    key_pem: bytes = field(repr=False)  # the seat's private key: never in a repr, log or trace
    cert_pem: bytes = field(repr=False)


@contextlib.contextmanager
def _private_file(data: bytes) -> Iterator[str]:
    """A path that holds `data` for as long as OpenSSL reads it: an anonymous memory file on
    Linux, else a 0600 file in a private folder, removed at once."""
    if hasattr(os, "memfd_create"):
        fd = os.memfd_create("seatdesk-seat", 0)
        try:
            os.write(fd, data)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    folder = tempfile.mkdtemp(prefix="seatdesk-tls-")
    path = Path(folder) / "seat.pem"
    try:
        path.touch(mode=0o600)
        path.write_bytes(data)
        yield str(path)
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)


def client_context(ca_pem: bytes | None, seat: SeatCredentials | None) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    if ca_pem is None:  # only to fetch the CA at enrolment, which the code's fingerprint pins
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        context.load_verify_locations(cadata=ca_pem.decode("ascii"))
    if seat is not None:
        with _private_file(seat.key_pem + b"\n" + seat.cert_pem) as path:
            context.load_cert_chain(path)
    return context


class HallClient:
    def __init__(
        self,
        url: str,
        ca_pem: bytes | None,
        seat: SeatCredentials | None = None,
        timeout: float = TIMEOUT,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise SeatDeskError("the hall's address must be https://HOST:PORT")
        self.url = url
        self._host = parts.hostname
        self._port = parts.port or 443
        self._seat = seat
        self._key = pki.load_seat_key(seat.key_pem) if seat else None
        self._context = client_context(ca_pem, seat)
        self._timeout = timeout

    def get(self, path: str) -> dict[str, Any]:
        return self._request("GET", path, b"")

    def post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        return self._request("POST", path, dumps(payload))

    def _request(self, method: str, path: str, body: bytes) -> dict[str, Any]:
        headers = {"content-type": "application/json"}
        if self._seat is not None and self._key is not None:
            at = datetime.now(UTC).isoformat()
            signature = self._key.sign(signing_message(method, path, at, body))
            headers |= {
                SEAT_HEADER: self._seat.seat_id,
                TIME_HEADER: at,
                SIGNATURE_HEADER: encode_signature(signature),
            }
        connection = http.client.HTTPSConnection(
            self._host, self._port, timeout=self._timeout, context=self._context
        )
        try:
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            raw = response.read(1 << 22)
        except (OSError, http.client.HTTPException) as exc:
            raise HallUnreachable(f"the hall at {self.url} cannot be reached: {exc}") from None
        finally:
            connection.close()
        try:
            data = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise HallUnreachable("the hall's answer is not JSON") from None
        if not isinstance(data, dict):
            raise HallUnreachable("the hall's answer is not a JSON object")
        if response.status >= 400:
            raise HallRefused(
                response.status, str(data.get("error", "refused")), str(data.get("code", ""))
            )
        return data

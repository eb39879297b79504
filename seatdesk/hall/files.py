"""The hall's folder (HALLDIR): its CA and server certificate, and its identity.

HALLDIR/hall.json     {"hall_id": …}
HALLDIR/ca.pem        the CA certificate (seats pin it)
HALLDIR/ca.key        the CA key (0600; it signs every seat's certificate)
HALLDIR/server.pem    the TLS server certificate, and server.key (0600)
HALLDIR/verify.pepper the key of the 一类 verifiers the hall stores (0600; never in PostgreSQL,
                      so a dump of the database alone tests no guess)
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from seatdesk.core.errors import UsageError
from seatdesk.core.files import write_atomically
from seatdesk.hall import pki

PEPPER = "verify.pepper"


@dataclass(frozen=True)
class HallDir:
    path: Path

    @property
    def ca(self) -> pki.KeyPair:
        return pki.KeyPair(self._read("ca.key"), self._read("ca.pem"))

    @property
    def server(self) -> pki.KeyPair:
        return pki.KeyPair(self._read("server.key"), self._read("server.pem"))

    @property
    def hall_id(self) -> str:
        return str(json.loads(self._read("hall.json"))["hall_id"])

    @property
    def pepper(self) -> bytes:
        """The verifier pepper; made on first need (a hall folder from before issue 15)."""
        path = self.path / PEPPER
        if not path.exists():
            if not (self.path / "ca.key").exists():
                self._read("ca.key")  # not a hall folder: say so
            try:  # O_EXCL: two instances starting together keep one pepper
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "wb") as out:
                    out.write(secrets.token_bytes(32))
        pepper = self._read(PEPPER)
        if len(pepper) != 32:
            raise UsageError(f"{path} is damaged (not 32 bytes): 一类 answers cannot be checked")
        return pepper

    def file(self, name: str) -> Path:
        return self.path / name

    def _read(self, name: str) -> bytes:
        try:
            return (self.path / name).read_bytes()
        except OSError:
            raise UsageError(
                f"{self.path} is not a hall folder ({name} missing): run 'seatdesk hall init'"
            ) from None

    def create(self, hall_id: str, hosts: list[str], now: datetime) -> None:
        if (self.path / "ca.key").exists():
            raise UsageError(f"{self.path} already holds a hall; refusing to replace its CA")
        self.path.mkdir(parents=True, exist_ok=True)
        self.path.chmod(0o700)
        ca = pki.new_ca(hall_id, now)
        server = pki.new_server_cert(ca, hosts, now)
        write_atomically(self.path / "ca.key", ca.key_pem, mode=0o600)
        write_atomically(self.path / "ca.pem", ca.cert_pem, mode=0o644)
        write_atomically(self.path / "server.key", server.key_pem, mode=0o600)
        write_atomically(self.path / "server.pem", server.cert_pem, mode=0o644)
        write_atomically(self.path / PEPPER, secrets.token_bytes(32), mode=0o600)
        write_atomically(
            self.path / "hall.json", json.dumps({"hall_id": hall_id}).encode(), mode=0o644
        )


def default_hosts() -> list[str]:
    names = ["localhost", "127.0.0.1", "::1"]
    host = socket.gethostname()
    if host and host not in names:
        names.insert(0, host)
    return names

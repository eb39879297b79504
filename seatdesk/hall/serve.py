"""Serving the hall: uvicorn over TLS 1.3 only, the hall CA for client certificates.

uvicorn's own options cannot set a minimum TLS version, so the server gets an SSLContext made
here. Client certificates are asked for and, when sent, must chain to the hall's CA; enrolment
comes before a seat has one, so they are optional at the TLS layer, and every request but
`hello` and `enrol` must be signed with the seat's enrolled key (see `protocol`).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Callable
from pathlib import Path

import uvicorn

from seatdesk.hall.app import build_app
from seatdesk.hall.files import HallDir
from seatdesk.hall.forwarder import Collector, Forwarder, report_on_stderr


def server_context(hall: HallDir) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(hall.file("server.pem"), hall.file("server.key"))
    context.load_verify_locations(cafile=str(hall.file("ca.pem")))
    context.verify_mode = ssl.CERT_OPTIONAL
    return context


def parse_listen(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError("--listen takes HOST:PORT, e.g. 127.0.0.1:8443")
    return host.strip("[]"), int(port)


class _AnnouncingServer(uvicorn.Server):
    """Says so on stdout once it listens (scripts and tests wait for that line); on shutdown,
    stops what `before_exit` names first (uvicorn re-raises SIGTERM once it has shut down, so
    code after `serve()` would not run)."""

    def __init__(self, config: uvicorn.Config, before_exit: Callable[[], None] | None) -> None:
        super().__init__(config)
        self.before_exit = before_exit

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        if self.before_exit is not None:
            await asyncio.to_thread(self.before_exit)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            print(f"hall listening on https://{self.config.host}:{self.config.port}", flush=True)


def serve(
    dsn: str, hall_dir: Path, listen: str, syslog: str | None = None, syslog_ca: Path | None = None
) -> None:
    hall = HallDir(hall_dir)
    host, port = parse_listen(listen)
    forwarder = Forwarder(dsn, Collector.parse(syslog, syslog_ca)) if syslog else None
    config = uvicorn.Config(
        build_app(dsn, hall.ca, pepper=hall.pepper),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
    config.load()
    config.ssl = server_context(hall)  # after load(): TLS 1.3 only, our CA
    if forwarder is not None:
        report_on_stderr()
        forwarder.start()  # syslog out, in a thread of its own (see `forwarder`)
    try:
        asyncio.run(_AnnouncingServer(config, forwarder.stop if forwarder else None).serve())
    finally:
        if forwarder is not None:
            forwarder.stop()  # when the server did not start

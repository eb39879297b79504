"""A phone system's side played from a recorded transcript (tests/fixtures/phone/*.json), and a
connector run to the end of it on the test's own thread (its back-off waits recorded, not slept)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seatdesk.phone.connector import Backoff, Connector, SessionFactory, StateReport
from seatdesk.phone.protocol import Request
from seatdesk.phone.settings import PhoneSettings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "phone"
READ_TIMEOUT_SECONDS = 20.0  # generous: the machine may be loaded


def transcript(system: str, name: str) -> list[list[dict[str, str]]]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{system}.json").read_text(encoding="utf-8"))
    conversations: list[list[dict[str, str]]] = data["transcripts"][name]
    return conversations


def marker(system: str) -> str:
    data: dict[str, Any] = json.loads((FIXTURES / f"{system}.json").read_text(encoding="utf-8"))
    return str(data["marker"])


class TranscriptServer:
    """Serves one conversation per accepted connection, in order, then stops listening.

    A "server" step is sent as is (latin-1, so recorded garbage bytes go out unchanged); a
    "client" step must arrive byte for byte, or the conversation stops and `errors` says so.
    """

    def __init__(self, conversations: list[list[dict[str, str]]]) -> None:
        self._conversations = conversations
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.errors: list[str] = []
        self.served = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        with self._listener:
            for conversation in self._conversations:
                try:
                    conn, _ = self._listener.accept()
                except OSError:
                    return
                with conn:
                    conn.settimeout(READ_TIMEOUT_SECONDS)
                    self._play(conn, conversation)
                    self.served += 1

    def _play(self, conn: socket.socket, conversation: list[dict[str, str]]) -> None:
        for step in conversation:
            if "server" in step:
                try:
                    conn.sendall(step["server"].encode("latin-1"))
                except OSError:  # the client hung up first (as after a refused login)
                    return
                continue
            expected = step["client"].encode("latin-1")
            got = bytearray()
            while len(got) < len(expected):
                try:
                    chunk = conn.recv(len(expected) - len(got))
                except OSError as exc:
                    self.errors.append(f"client step: {type(exc).__name__}")
                    return
                if not chunk:
                    break
                got.extend(chunk)
            if bytes(got) != expected:
                self.errors.append(f"expected {expected!r}, got {bytes(got)!r}")
                return
        with contextlib.suppress(OSError):  # the end of the recording: the server hangs up
            conn.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._listener.close()
        self._thread.join(READ_TIMEOUT_SECONDS)


@dataclass
class Run:
    requests: list[Request] = field(default_factory=list)
    states: list[StateReport] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)


def run_connector(
    settings: PhoneSettings, sessions: SessionFactory, connections: int
) -> tuple[Run, Connector]:
    """Run a connector until it has made `connections` connections (the last one's end stops
    it); the back-off waits are recorded, with the jitter at its ceiling."""
    run = Run()

    def wait(seconds: float) -> bool:
        run.waits.append(seconds)
        return len(run.waits) < connections

    connector = Connector(
        settings,
        sessions,
        run.requests.append,
        run.states.append,
        backoff=Backoff(uniform=lambda low, high: high),
        wait=wait,
    )
    connector.run()
    return run, connector

"""What every connector's protocol session shares: it is sans-I/O (bytes in, a `Step` out), so
that the same code runs against a real phone system, a recorded transcript, and a unit test.

A session never puts a caller's number in an exception or a log line: `ProtocolGarbage` carries
only the reason the input could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from seatdesk.phone.protocol import EndCall, MalformedMessage, PopRequest, Request

MAX_FRAME_BYTES = 256 * 1024  # an event larger than this is garbage, not a call


class ProtocolGarbage(Exception):
    """The phone system sent something this connector cannot read; the connection is dropped."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Step:
    """What the connector does after some bytes: send `send`, deliver `requests` in order;
    `ready` once subscribed to events, `auth_failed` if the phone system refused the login."""

    send: bytes = b""
    requests: list[Request] = field(default_factory=list)
    ready: bool = False
    auth_failed: bool = False
    notes: list[str] = field(default_factory=list)  # for the log: never a number

    def merge(self, other: Step) -> None:
        self.send += other.send
        self.requests.extend(other.requests)
        self.ready = self.ready or other.ready
        self.auth_failed = self.auth_failed or other.auth_failed
        self.notes.extend(other.notes)


def header_lines(block: bytes, newline: str) -> dict[str, str]:
    """`Name: value` lines (ESL, AMI) as a dict; empty lines are skipped. Raises
    ProtocolGarbage (without quoting the block) on bytes that are not UTF-8 or a nameless line."""
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolGarbage("a message that is not UTF-8") from None
    fields: dict[str, str] = {}
    for line in text.split(newline):
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise ProtocolGarbage("a line without a name")
        fields[name.strip()] = value.strip()
    return fields


class Session(Protocol):
    def opening(self) -> Step:
        """What to do as soon as the connection is up (send a login, or be ready at once)."""
        ...

    def feed(self, data: bytes) -> Step:
        """Take bytes from the phone system; raises ProtocolGarbage on unreadable framing."""
        ...


def pop_for(number: str, step: Step) -> bool:
    """Add a pop for `number` to `step` if it is a number the desk accepts (a withheld or
    malformed caller ID is noted instead); True if added."""
    try:
        step.requests.append(PopRequest(number))
    except MalformedMessage as exc:
        step.notes.append(f"incoming call without a usable caller number ({exc.reason})")
        return False
    return True


class ChannelTracker:
    """The one call the desk is showing: its id, so that only its end ends the desk's call."""

    def __init__(self) -> None:
        self.current: str | None = None

    def start(self, call_id: str, number: str, step: Step) -> None:
        if self.current is not None:
            step.notes.append("another call rings while one is shown; the desk keeps the first")
            return
        if pop_for(number, step):
            self.current = call_id

    def end(self, call_id: str, step: Step) -> None:
        if call_id and call_id == self.current:
            self.current = None
            step.requests.append(EndCall())

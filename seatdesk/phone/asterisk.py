"""Asterisk's manager interface, AMI (manager.c; default 127.0.0.1:5038).

Messages are `Key: Value` lines ended by CRLF, a message ends at an empty line; the server
first sends one banner line `Asterisk Call Manager/<version>`:

    ← Asterisk Call Manager/13.0.0
    → Action: Login / Username / Secret / Events: call / ActionID
    ← Response: Success / Message: Authentication accepted  (or Response: Error, then bye)
    ← Event: FullyBooted …
    ← Event: Newchannel / Channel / CallerIDNum / Exten / Uniqueid …
    ← Event: Hangup / Uniqueid / Cause …

Which channel is the agent's: with `extension`, a new channel whose Exten is it (the caller
dialling the agent); with `channel_prefix`, one whose Channel starts so. Both: both hold.
"""

from __future__ import annotations

from seatdesk.phone.session import (
    MAX_FRAME_BYTES,
    ChannelTracker,
    ProtocolGarbage,
    Step,
    header_lines,
)
from seatdesk.phone.settings import PhoneSettings

BANNER = b"Asterisk Call Manager/"
LOGIN_ID = "seatdesk-login"


def _field(value: str) -> str:
    """A value for one AMI line: a CR or LF in it would start a line of its own."""
    if "\r" in value or "\n" in value:
        raise ValueError("an AMI value cannot contain a line break")
    return value


class AmiFramer:
    """The banner line, then messages as dicts (keys as sent)."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.banner_seen = False

    def feed(self, data: bytes) -> list[dict[str, str]]:
        self._buffer.extend(data)
        messages: list[dict[str, str]] = []
        if not self.banner_seen:
            end = self._buffer.find(b"\r\n")
            if end < 0:
                if len(self._buffer) > 256:
                    raise ProtocolGarbage("no AMI banner")
                return messages
            if not self._buffer.startswith(BANNER):
                raise ProtocolGarbage("not an Asterisk manager interface")
            del self._buffer[: end + 2]
            self.banner_seen = True
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > MAX_FRAME_BYTES:
                    raise ProtocolGarbage("a message longer than the limit")
                return messages
            block = bytes(self._buffer[:end])
            del self._buffer[: end + 4]
            messages.append(header_lines(block, "\r\n"))


class AsteriskSession:
    """Logs in and turns the agent's channels into pops and ends (sans-I/O)."""

    def __init__(self, settings: PhoneSettings, secret: str, calls: ChannelTracker) -> None:
        self._settings = settings
        self._secret = secret
        self._framer = AmiFramer()
        self._logged_in = False
        self.calls = calls

    def __repr__(self) -> str:  # never the secret
        return f"AsteriskSession(logged_in={self._logged_in})"

    def opening(self) -> Step:
        return Step()  # the banner comes first

    def _login(self) -> bytes:
        lines = [
            "Action: Login",
            f"ActionID: {LOGIN_ID}",
            f"Username: {_field(self._settings.username)}",
            f"Secret: {_field(self._secret)}",
            "Events: call",
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def feed(self, data: bytes) -> Step:
        step = Step()
        had_banner = self._framer.banner_seen
        messages = self._framer.feed(data)
        if self._framer.banner_seen and not had_banner:
            step.send += self._login()
        for message in messages:
            self._message(message, step)
            if step.auth_failed:
                break
        return step

    def _message(self, message: dict[str, str], step: Step) -> None:
        if "Response" in message and message.get("ActionID") == LOGIN_ID:
            if message["Response"] == "Success":
                self._logged_in = True
                step.ready = True
            else:
                step.auth_failed = True
            return
        if not self._logged_in:
            return
        event = message.get("Event")
        if event == "Newchannel" and self._ours(message):
            self.calls.start(message.get("Uniqueid", ""), message.get("CallerIDNum", ""), step)
        elif event == "Hangup":
            self.calls.end(message.get("Uniqueid", ""), step)

    def _ours(self, message: dict[str, str]) -> bool:
        extension, prefix = self._settings.extension, self._settings.channel_prefix
        if extension and message.get("Exten") != extension:
            return False
        return bool(message.get("Uniqueid")) and (
            not prefix or message.get("Channel", "").startswith(prefix)
        )

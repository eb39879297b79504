"""FreeSWITCH's event socket, inbound (mod_event_socket; default 127.0.0.1:8021).

The exchange, as mod_event_socket.c writes it (headers end at an empty line; a body follows
when there is a Content-Length):

    ← Content-Type: auth/request
    → auth <password>
    ← Content-Type: command/reply / Reply-Text: +OK accepted        (or -ERR invalid, then bye)
    → event plain CHANNEL_ANSWER CHANNEL_HANGUP
    ← Content-Type: command/reply / Reply-Text: +OK event listener enabled plain
    ← Content-Length: N / Content-Type: text/event-plain, then N bytes of URL-encoded headers:
      Event-Name: CHANNEL_ANSWER, Unique-ID, Call-Direction, Channel-Name,
      Caller-Destination-Number, Caller-Caller-ID-Number …

Which channel is the agent's: with `extension`, the caller's inbound leg dialled to it; with
`channel_prefix`, a channel whose Channel-Name starts so (e.g. the leg to the agent's phone,
`sofia/internal/1001@`). Both set: both must hold.
"""

from __future__ import annotations

from urllib.parse import unquote

from seatdesk.phone.session import (
    MAX_FRAME_BYTES,
    ChannelTracker,
    ProtocolGarbage,
    Step,
    header_lines,
)
from seatdesk.phone.settings import PhoneSettings

SUBSCRIBE = b"event plain CHANNEL_ANSWER CHANNEL_HANGUP\n\n"


def parse_headers(block: bytes, *, encoded: bool) -> dict[str, str]:
    """ESL headers; an event's own headers are URL-encoded (`encoded`)."""
    headers = header_lines(block, "\n")
    return {name: unquote(value) for name, value in headers.items()} if encoded else headers


class EslFramer:
    """Splits the socket's stream into (headers, body) messages."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[tuple[dict[str, str], bytes]]:
        self._buffer.extend(data)
        messages: list[tuple[dict[str, str], bytes]] = []
        while True:
            end = self._buffer.find(b"\n\n")
            if end < 0:
                if len(self._buffer) > MAX_FRAME_BYTES:
                    raise ProtocolGarbage("headers longer than the limit")
                complete = self._buffer.rfind(b"\n")
                if complete > 0:  # what is not a header is garbage before the block ends
                    parse_headers(bytes(self._buffer[:complete]), encoded=False)
                return messages
            headers = parse_headers(bytes(self._buffer[:end]), encoded=False)
            length_text = headers.get("Content-Length", "0")
            if not length_text.isdigit() or int(length_text) > MAX_FRAME_BYTES:
                raise ProtocolGarbage("a bad Content-Length")
            length = int(length_text)
            if len(self._buffer) < end + 2 + length:
                return messages
            body = bytes(self._buffer[end + 2 : end + 2 + length])
            del self._buffer[: end + 2 + length]
            messages.append((headers, body))


class FreeswitchSession:
    """Logs in, subscribes, and turns the agent's channels into pops and ends (sans-I/O)."""

    def __init__(self, settings: PhoneSettings, password: str, calls: ChannelTracker) -> None:
        self._settings = settings
        self._password = password
        self._framer = EslFramer()
        self._phase = "auth"  # auth → login → subscribe → events
        self.calls = calls

    def __repr__(self) -> str:  # never the password
        return f"FreeswitchSession(phase={self._phase!r})"

    def opening(self) -> Step:
        return Step()  # the server speaks first (auth/request)

    def feed(self, data: bytes) -> Step:
        step = Step()
        for headers, body in self._framer.feed(data):
            self._message(headers, body, step)
            if step.auth_failed:
                break
        return step

    def _message(self, headers: dict[str, str], body: bytes, step: Step) -> None:
        kind = headers.get("Content-Type", "")
        reply = headers.get("Reply-Text", "")
        if kind == "auth/request":
            step.send += f"auth {self._password}\n\n".encode()
            self._phase = "login"
        elif kind == "command/reply" and self._phase == "login":
            if not reply.startswith("+OK"):
                step.auth_failed = True
                return
            step.send += SUBSCRIBE
            self._phase = "subscribe"
        elif kind == "command/reply" and self._phase == "subscribe":
            if not reply.startswith("+OK"):
                raise ProtocolGarbage("the event subscription was refused")
            self._phase = "events"
            step.ready = True
        elif kind == "text/event-plain" and self._phase == "events":
            self._event(parse_headers(body.split(b"\n\n", 1)[0], encoded=True), step)
        elif kind in ("text/disconnect-notice", "text/rude-rejection"):
            step.notes.append(f"FreeSWITCH said goodbye ({kind})")

    def _ours(self, event: dict[str, str]) -> bool:
        extension, prefix = self._settings.extension, self._settings.channel_prefix
        if extension and (
            event.get("Caller-Destination-Number") != extension
            or event.get("Call-Direction") != "inbound"
        ):
            return False
        return not prefix or event.get("Channel-Name", "").startswith(prefix)

    def _event(self, event: dict[str, str], step: Step) -> None:
        name = event.get("Event-Name")
        uuid = event.get("Unique-ID", "")
        if name == "CHANNEL_ANSWER" and uuid and self._ours(event):
            self.calls.start(uuid, event.get("Caller-Caller-ID-Number", ""), step)
        elif name == "CHANNEL_HANGUP":
            self.calls.end(uuid, step)

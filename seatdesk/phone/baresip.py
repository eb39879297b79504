"""baresip's `ctrl_tcp` module: netstring-framed JSON, one object per netstring.

baresip (modules/ctrl_tcp, src/event.c) sends events such as

    223:{"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:agent@…",
         "direction":"incoming","peeruri":"sip:13800138000@127.0.0.1:5081",
         "id":"4c061b4aeb91b2a9","param":"sip:13800138000@127.0.0.1:5081"},

and `CALL_CLOSED` with the same `id` when the call ends; command responses
(`{"response":true,…}`) are ignored. The caller's number is the user part of `peeruri`.
There is no login (the control port is reachable only from this machine: ctrl_tcp_listen), but
ctrl_tcp serves one connection at a time and, on baresip 1.0, can keep a connection open that it
no longer writes to; so the connection counts as up only once baresip has answered a probe
(`reginfo`, which names the agent's own account, never a caller).
"""

from __future__ import annotations

import json
from urllib.parse import unquote

from seatdesk.phone.session import MAX_FRAME_BYTES, ChannelTracker, ProtocolGarbage, Step

_MAX_LENGTH_DIGITS = len(str(MAX_FRAME_BYTES))
PROBE_TOKEN = "seatdesk-probe"
PROBE = b'46:{"command":"reginfo","token":"seatdesk-probe"},'


def number_from_uri(uri: str) -> str:
    """The user part of a SIP or tel URI (`sip:13800138000@host` → `13800138000`), else ""."""
    text = uri.strip()
    if "<" in text and ">" in text:  # a name-addr: "Name" <sip:…>
        text = text[text.index("<") + 1 : text.index(">")]
    scheme, colon, rest = text.partition(":")
    if not colon or scheme.lower() not in ("sip", "sips", "tel"):
        return ""
    user = rest if scheme.lower() == "tel" else rest.split("@", 1)[0] if "@" in rest else ""
    return unquote(user.split(";", 1)[0])


class NetstringReader:
    """Splits a byte stream into netstrings (`<length>:<bytes>,`)."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer.extend(data)
        frames: list[bytes] = []
        while self._buffer:
            colon = self._buffer.find(b":", 0, _MAX_LENGTH_DIGITS + 1)
            if colon < 0:
                if len(self._buffer) > _MAX_LENGTH_DIGITS or not self._buffer.isdigit():
                    raise ProtocolGarbage("not a netstring length")
                break
            digits = bytes(self._buffer[:colon])
            if not digits.isdigit():
                raise ProtocolGarbage("not a netstring length")
            length = int(digits)
            if length > MAX_FRAME_BYTES:
                raise ProtocolGarbage("netstring longer than the limit")
            end = colon + 1 + length
            if len(self._buffer) <= end:
                break
            if self._buffer[end] != ord(","):
                raise ProtocolGarbage("netstring not ended by a comma")
            frames.append(bytes(self._buffer[colon + 1 : end]))
            del self._buffer[: end + 1]
        return frames


class BaresipSession:
    """Turns the agent's baresip events into pops and ends (sans-I/O)."""

    def __init__(self, calls: ChannelTracker) -> None:
        self._reader = NetstringReader()
        self.calls = calls

    def opening(self) -> Step:
        return Step(send=PROBE)  # no login and no subscription: up once the probe is answered

    def feed(self, data: bytes) -> Step:
        step = Step()
        for frame in self._reader.feed(data):
            self._event(frame, step)
        return step

    def _event(self, frame: bytes, step: Step) -> None:
        try:
            message = json.loads(frame.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            step.notes.append("a ctrl_tcp message that is not JSON was skipped")
            return
        if not isinstance(message, dict):
            return
        if message.get("response") is True and message.get("token") == PROBE_TOKEN:
            step.ready = True
            return
        if message.get("event") is not True:
            return  # another response, or something this desk does not use
        kind = message.get("type")
        call_id = message.get("id")
        call_id = call_id if isinstance(call_id, str) else ""
        if kind == "CALL_INCOMING" and message.get("direction", "incoming") == "incoming":
            peer = message.get("peeruri") or message.get("param")
            if not isinstance(peer, str):
                step.notes.append("CALL_INCOMING without a peer URI was skipped")
                return
            self.calls.start(call_id, number_from_uri(peer), step)
        elif kind == "CALL_CLOSED":
            self.calls.end(call_id, step)

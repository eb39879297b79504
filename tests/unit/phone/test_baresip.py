"""baresip's ctrl_tcp stream: netstrings (split anywhere), its events, and garbage."""

from __future__ import annotations

import json

import pytest

from seatdesk.phone.baresip import (
    PROBE,
    PROBE_TOKEN,
    BaresipSession,
    NetstringReader,
    number_from_uri,
)
from seatdesk.phone.protocol import EndCall, PopRequest
from seatdesk.phone.session import ChannelTracker, ProtocolGarbage


def netstring(obj: object) -> bytes:
    data = json.dumps(obj).encode()
    return str(len(data)).encode() + b":" + data + b","


def event(kind: str, call_id: str, peer: str = "sip:13800138000@127.0.0.1:5081") -> bytes:
    return netstring(
        {
            "event": True,
            "type": kind,
            "class": "call",
            "accountaor": "sip:agent@127.0.0.1:5071",
            "direction": "incoming",
            "peeruri": peer,
            "id": call_id,
            "param": peer,
        }
    )


@pytest.mark.parametrize(
    ("uri", "number"),
    [
        ("sip:13800138000@127.0.0.1:5081", "13800138000"),
        ("sips:+8613800138000@pbx;transport=tls", "+8613800138000"),
        ('"张三" <sip:13800138000@pbx>', "13800138000"),
        ("tel:+86-138-0013-8000;phone-context=cn", "+86-138-0013-8000"),
        ("sip:anonymous@anonymous.invalid", "anonymous"),
        ("sip:pbx.example", ""),
        ("mailto:x@y", ""),
    ],
)
def test_the_number_is_the_uris_user_part(uri: str, number: str) -> None:
    assert number_from_uri(uri) == number


def test_netstrings_split_anywhere_are_joined() -> None:
    stream = netstring({"a": 1}) + netstring({"b": 2})
    reader = NetstringReader()
    frames = [frame for byte in stream for frame in reader.feed(bytes([byte]))]
    assert frames == [b'{"a": 1}', b'{"b": 2}']


@pytest.mark.parametrize("garbage", [b"GET / HTTP/1.1\r\n", b"5:hello!", b"99999999:", b"x"])
def test_broken_framing_is_garbage(garbage: bytes) -> None:
    with pytest.raises(ProtocolGarbage) as raised:
        NetstringReader().feed(garbage)
    assert garbage.decode(errors="replace") not in str(raised.value)


def test_a_ringing_call_pops_and_only_its_close_ends_it() -> None:
    session = BaresipSession(ChannelTracker())
    opening = session.opening()
    assert not opening.ready and opening.send == PROBE
    probed = session.feed(netstring({"response": True, "ok": True, "token": PROBE_TOKEN}))
    assert probed.ready and probed.requests == []
    step = session.feed(event("CALL_INCOMING", "c1") + netstring({"response": True, "ok": True}))
    assert step.requests == [PopRequest("13800138000")]
    second = session.feed(event("CALL_INCOMING", "c2", "sip:13911112222@x"))
    assert second.requests == [] and "keeps the first" in second.notes[0]
    assert session.feed(event("CALL_CLOSED", "c2")).requests == []
    assert session.feed(event("CALL_CLOSED", "c1")).requests == [EndCall()]


def test_a_withheld_number_or_bad_json_pops_nothing_and_says_why_without_it() -> None:
    session = BaresipSession(ChannelTracker())
    step = session.feed(event("CALL_INCOMING", "c1", "sip:anonymous@anonymous.invalid"))
    assert step.requests == [] and "without a usable caller number" in step.notes[0]
    assert "anonymous" not in " ".join(step.notes)
    step = session.feed(b"3:{x},")
    assert step.requests == [] and "not JSON" in step.notes[0]


def test_the_probe_is_a_netstring_baresip_reads() -> None:
    frames = NetstringReader().feed(PROBE)
    assert json.loads(frames[0]) == {"command": "reginfo", "token": PROBE_TOKEN}

"""The desk's side of screen pop without Qt: one request line, its answer, the owned socket."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from seatdesk.phone.endpoint import ensure_socket_dir
from seatdesk.phone.protocol import MAX_MESSAGE_BYTES, EndCall, PopRequest, encode_request
from seatdesk.phone.server import OwnedSocket, RequestReader, answer, remove_stale_socket

NUMBER = "13800138000"


def test_the_reader_returns_the_line_once_it_is_complete() -> None:
    reader = RequestReader()
    data = encode_request(PopRequest(NUMBER))
    assert not reader.started
    assert reader.feed(data[:5]) is None and reader.started
    assert reader.feed(data[5:] + b"trailing") == data
    assert not reader.overflowed


def test_the_reader_stops_one_byte_past_the_limit() -> None:
    reader = RequestReader()
    assert reader.room == MAX_MESSAGE_BYTES + 1
    assert reader.feed(b"x" * 5000) is None
    assert reader.overflowed and reader.room == 0


def test_a_good_line_is_accepted_and_a_bad_one_refused_without_its_content() -> None:
    accepted = answer(encode_request(EndCall()))
    assert accepted.request == EndCall() and accepted.refusal is None
    assert json.loads(accepted.reply) == {"v": 1, "ok": True}
    refused = answer(b'{"v":1,"type":"pop","number":"' + NUMBER.encode() + b';"}\n')
    assert refused.request is None and refused.refusal
    assert NUMBER not in refused.refusal and b"138" not in refused.reply
    assert json.loads(refused.reply) == {"v": 1, "ok": False, "error": "malformed"}


def test_the_owned_socket_is_private_and_removed_only_while_ours(tmp_path: Path) -> None:
    path = ensure_socket_dir(tmp_path / "run" / "desk.sock") / "desk.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as first:
        first.bind(str(path))
        owned = OwnedSocket(path)
        assert path.stat().st_mode & 0o777 == 0o600
        assert owned.is_ours() and owned.refresh()
        assert remove_stale_socket(path) and not remove_stale_socket(path)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as later:
            later.bind(str(path))  # another desk's socket at the same path
            assert not owned.is_ours() and not owned.refresh()
            owned.release()
            assert path.exists()

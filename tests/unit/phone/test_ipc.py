"""The screen-pop protocol: messages, URLs, the socket's place and folder, the client's failures."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.core.errors import EXIT_AUTH, EXIT_USAGE, SeatDeskError, UsageError
from seatdesk.phone import endpoint
from seatdesk.phone.client import DeskNotRunning, DeskRefused, send_request
from seatdesk.phone.endpoint import UnsafeSocketDir, ensure_socket_dir, socket_path
from seatdesk.phone.protocol import (
    MAX_MESSAGE_BYTES,
    PROTOCOL_VERSION,
    EndCall,
    MalformedMessage,
    PopRequest,
    RaiseDesk,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    parse_pop_url,
)

NUMBER = "13800138000"


def raw(obj: object) -> bytes:
    return json.dumps(obj).encode() + b"\n"


@pytest.mark.parametrize(
    "request_",
    [PopRequest(NUMBER), PopRequest("+86 (138) 0013-8000"), EndCall(), RaiseDesk()],
)
def test_requests_round_trip(request_: PopRequest | EndCall | RaiseDesk) -> None:
    data = encode_request(request_)
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data)["v"] == PROTOCOL_VERSION
    assert decode_request(data) == request_
    assert decode_request(data.rstrip(b"\n")) == request_


def test_wire_format_is_the_documented_one() -> None:
    assert json.loads(encode_request(PopRequest(NUMBER))) == {
        "v": 1,
        "type": "pop",
        "number": NUMBER,
    }
    assert json.loads(encode_request(EndCall())) == {"v": 1, "type": "end"}
    assert json.loads(encode_request(RaiseDesk())) == {"v": 1, "type": "raise"}
    assert json.loads(encode_reply(True)) == {"v": 1, "ok": True}
    assert json.loads(encode_reply(False, "malformed")) == {
        "v": 1,
        "ok": False,
        "error": "malformed",
    }


def test_the_number_is_not_in_the_repr() -> None:
    assert NUMBER not in repr(PopRequest(NUMBER))
    assert NUMBER not in str(PopRequest(NUMBER))


MALFORMED = {
    "oversized": (b'{"v":1,"type":"pop","number":"' + NUMBER.encode() + b'"}' + b" " * 1100),
    "not utf-8": b'{"v":1,"type":"pop","number":"' + NUMBER.encode() + b'\xff"}\n',
    "not json": b"pop " + NUMBER.encode() + b"\n",
    "truncated json": b'{"v":1,"type":"pop","number":"' + NUMBER.encode() + b"\n",
    "deep nesting": b"[" * 1000 + b"]" * 1000,
    "not an object": raw(["pop", NUMBER]),
    "a string": raw(NUMBER),
    "missing version": raw({"type": "pop", "number": NUMBER}),
    "version 2": raw({"v": 2, "type": "pop", "number": NUMBER}),
    "version as string": raw({"v": "1", "type": "pop", "number": NUMBER}),
    "version true": raw({"v": True, "type": "pop", "number": NUMBER}),
    "version 1.0": b'{"v":1.0,"type":"pop","number":"' + NUMBER.encode() + b'"}\n',
    "missing type": raw({"v": 1, "number": NUMBER}),
    "unknown type": raw({"v": 1, "type": "dial", "number": NUMBER}),
    "type not a string": raw({"v": 1, "type": ["pop"], "number": NUMBER}),
    "missing number": raw({"v": 1, "type": "pop"}),
    "number null": raw({"v": 1, "type": "pop", "number": None}),
    "number as int": raw({"v": 1, "type": "pop", "number": int(NUMBER)}),
    "number too long": raw({"v": 1, "type": "pop", "number": NUMBER * 3}),
    "number with letters": raw({"v": 1, "type": "pop", "number": NUMBER + "x"}),
    "number with full-width digits": raw({"v": 1, "type": "pop", "number": "１３８" + NUMBER}),
    "number with newline": raw({"v": 1, "type": "pop", "number": NUMBER + "\n"}),
    "number with semicolon": raw({"v": 1, "type": "pop", "number": NUMBER + ";" + NUMBER}),
    "number without digits": raw({"v": 1, "type": "pop", "number": "+-( )"}),
    "empty number": raw({"v": 1, "type": "pop", "number": ""}),
    "extra field": raw({"v": 1, "type": "pop", "number": NUMBER, "name": "张三"}),
    "end with a number": raw({"v": 1, "type": "end", "number": NUMBER}),
    "duplicate number": (b'{"v":1,"type":"pop","number":"1","number":"' + NUMBER.encode() + b'"}'),
    "empty": b"",
    "just a newline": b"\n",
}


@pytest.mark.parametrize("data", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_requests_are_refused_without_echoing_them(data: bytes) -> None:
    with pytest.raises(MalformedMessage) as caught:
        decode_request(data)
    error = caught.value
    assert isinstance(error, UsageError) and error.exit_code == EXIT_USAGE
    text = str(error) + repr(error) + error.reason + repr(error.args)
    assert NUMBER not in text and "138" not in text
    # No chained exception (a JSON or Unicode error quotes the input) reaches a traceback.
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__


def test_the_size_limit_counts_the_newline() -> None:
    head = b'{"v":1,"type":"end"}'
    exact = head + b" " * (MAX_MESSAGE_BYTES - len(head) - 1) + b"\n"
    assert len(exact) == MAX_MESSAGE_BYTES and decode_request(exact) == EndCall()
    with pytest.raises(MalformedMessage, match="longer than 1024 bytes"):
        decode_request(b" " + exact)


@pytest.mark.parametrize("number", ["", "abc", NUMBER * 3, "138\n0013"])
def test_a_pop_request_cannot_be_built_with_a_bad_number(number: str) -> None:
    with pytest.raises(MalformedMessage) as caught:
        PopRequest(number)
    assert "138" not in str(caught.value)


def test_replies_decode_and_sanitise_the_error_code() -> None:
    assert decode_reply(b'{"v":1,"ok":true}\n') == {"v": 1, "ok": True}
    assert decode_reply(encode_reply(False, "malformed"))["error"] == "malformed"
    assert decode_reply(raw({"v": 1, "ok": False, "error": NUMBER}))["error"] == "unknown"
    assert json.loads(encode_reply(False, "Bad Code!"))["error"] == "refused"
    for bad in (b"", b"ok\n", raw({"v": 1}), raw({"v": 1, "ok": "yes"}), raw({"ok": True})):
        with pytest.raises(MalformedMessage):
            decode_reply(bad)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        (f"seatdesk://pop?number={NUMBER}", NUMBER),
        ("seatdesk://pop?number=%2B86%20138-0013-8000", "+86 138-0013-8000"),
        ("seatdesk://pop?number=+86%20138%200013%208000", "+86 138 0013 8000"),
        (f"SeatDesk://POP/?number={NUMBER}", NUMBER),
        ("seatdesk://pop?number=(010)%206552-1234", "(010) 6552-1234"),
    ],
)
def test_pop_urls(url: str, number: str) -> None:
    assert parse_pop_url(url) == PopRequest(number)


def test_end_url() -> None:
    assert parse_pop_url("seatdesk://end") == EndCall()
    assert parse_pop_url("seatdesk://end/") == EndCall()


BAD_URLS = [
    f"http://pop?number={NUMBER}",
    f"seatdesk:pop?number={NUMBER}",
    f"seatdesk:///pop?number={NUMBER}",
    f"seatdesk://dial?number={NUMBER}",
    f"seatdesk://raise?number={NUMBER}",
    f"seatdesk://pop/extra?number={NUMBER}",
    f"seatdesk://user@pop?number={NUMBER}",
    f"seatdesk://pop:80?number={NUMBER}",
    "seatdesk://pop",
    "seatdesk://pop?",
    "seatdesk://pop?number=",
    f"seatdesk://pop?number={NUMBER}&number=13900139000",
    f"seatdesk://pop?number={NUMBER}&x=1",
    f"seatdesk://pop?number={NUMBER}&",
    f"seatdesk://pop?phone={NUMBER}",
    f"seatdesk://pop?number={NUMBER}#frag",
    f"seatdesk://pop?number={NUMBER}x",
    f"seatdesk://pop?number={NUMBER}%0A",
    f"seatdesk://pop?number={NUMBER}%FF",
    f"seatdesk://pop?number={NUMBER * 3}",
    f"seatdesk://pop?number={NUMBER} ",
    f" seatdesk://pop?number={NUMBER}",
    f"seatdesk://pop?number=138\t{NUMBER}",
    f"seatdesk://pop?number=１３８{NUMBER}",
    f"seatdesk://end?number={NUMBER}",
    "seatdesk://end#x",
    f"seatdesk://[pop?number={NUMBER}",
    f"seatdesk://pop?number={NUMBER}" + "0" * 600,
    "",
    NUMBER,
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_urls_are_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(MalformedMessage) as caught:
        parse_pop_url(url)
    message = str(caught.value)
    assert message.startswith("malformed screen-pop URL: ")
    assert "138" not in message and "number=" not in message


def test_socket_path_is_under_seatdesk_home(_isolated_home: Path) -> None:
    path = socket_path()
    assert path == _isolated_home / "run" / "desk.sock"
    assert len(os.fsencode(str(path))) < 100


def test_socket_path_without_seatdesk_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SEATDESK_HOME")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert socket_path() == tmp_path / "seatdesk" / "desk.sock"
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative/dir")  # ignored, as the XDG spec says
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(endpoint.tempfile, "tempdir", None)
    fallback = tmp_path / f"seatdesk-{os.getuid()}" / "desk.sock"
    assert socket_path() == fallback
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert socket_path() == fallback
    assert socket_path(tmp_path / "rt") == tmp_path / "rt" / "seatdesk" / "desk.sock"


def test_a_long_socket_path_falls_back_to_the_temp_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(endpoint.tempfile, "tempdir", "/tmp")
    monkeypatch.setenv("SEATDESK_HOME", str(tmp_path / ("x" * 120)))
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/" + "y" * 120)
    assert socket_path() == Path("/tmp") / f"seatdesk-{os.getuid()}" / "desk.sock"


@pytest.fixture
def sock_path(tmp_path: Path) -> Path:
    return tmp_path / "run" / "desk.sock"


def test_ensure_socket_dir_creates_it_owner_only(sock_path: Path) -> None:
    old = os.umask(0o000)
    try:
        folder = ensure_socket_dir(sock_path)
    finally:
        os.umask(old)
    assert folder == sock_path.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert ensure_socket_dir(sock_path) == folder  # an existing safe folder is fine


@pytest.mark.parametrize("mode", [0o750, 0o705, 0o777, 0o1777])
def test_ensure_socket_dir_refuses_a_shared_folder(sock_path: Path, mode: int) -> None:
    sock_path.parent.mkdir()
    os.chmod(sock_path.parent, mode)
    with pytest.raises(UnsafeSocketDir, match="open to other users"):
        ensure_socket_dir(sock_path)
    with pytest.raises(UnsafeSocketDir):  # nor will a client talk through it
        send_request(EndCall(), sock_path)


def test_ensure_socket_dir_refuses_a_folder_of_another_user(
    sock_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sock_path.parent.mkdir(mode=0o700)
    monkeypatch.setattr(endpoint, "_uid", lambda: os.getuid() + 1)
    with pytest.raises(UnsafeSocketDir, match="belongs to another user"):
        ensure_socket_dir(sock_path)


@pytest.mark.skipif(os.getuid() != 0, reason="changing a folder's owner needs root")
def test_ensure_socket_dir_refuses_a_folder_really_owned_by_another_user(sock_path: Path) -> None:
    sock_path.parent.mkdir(mode=0o700)
    os.chown(sock_path.parent, 65534, 65534)
    with pytest.raises(UnsafeSocketDir, match="belongs to another user"):
        ensure_socket_dir(sock_path)


def test_ensure_socket_dir_refuses_a_symlink(sock_path: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    sock_path.parent.symlink_to(real)
    with pytest.raises(UnsafeSocketDir, match="not a folder"):
        ensure_socket_dir(sock_path)


def test_unsafe_socket_dir_is_a_seatdesk_error() -> None:
    assert issubclass(UnsafeSocketDir, SeatDeskError)


def check_not_running(exc: DeskNotRunning, *, connected: bool) -> None:
    assert exc.exit_code == EXIT_AUTH == 3
    assert str(exc) == "no SeatDesk desk is running for this user"
    assert exc.connected is connected


def test_no_desk_when_nothing_is_there() -> None:
    with pytest.raises(DeskNotRunning) as caught:  # not even the folder (default path)
        send_request(PopRequest(NUMBER))
    check_not_running(caught.value, connected=False)


def test_no_desk_when_the_socket_is_stale(sock_path: Path) -> None:
    ensure_socket_dir(sock_path)
    with pytest.raises(DeskNotRunning):  # folder, but no socket
        send_request(PopRequest(NUMBER), sock_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(str(sock_path))  # bound, never listening, closed: what a crash leaves
    assert sock_path.exists()
    with pytest.raises(DeskNotRunning) as caught:
        send_request(PopRequest(NUMBER), str(sock_path))
    check_not_running(caught.value, connected=False)


def test_no_desk_when_the_path_is_a_plain_file(sock_path: Path) -> None:
    ensure_socket_dir(sock_path)
    sock_path.write_bytes(b"")
    with pytest.raises(DeskNotRunning):
        send_request(EndCall(), sock_path)


@pytest.fixture
def listener(sock_path: Path) -> Iterator[socket.socket]:
    ensure_socket_dir(sock_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(sock_path))
        server.listen(4)
        yield server


def test_no_desk_when_nobody_answers_in_time(sock_path: Path, listener: socket.socket) -> None:
    with pytest.raises(DeskNotRunning) as caught:
        send_request(PopRequest(NUMBER), sock_path, timeout=0.2)
    check_not_running(caught.value, connected=True)


@pytest.fixture
def answer_with(listener: socket.socket, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """Queue a canned reply as soon as the client connects: no second thread needed."""
    replies: list[bytes] = []
    peers: list[socket.socket] = []
    real_connect = socket.socket.connect

    def connect_and_answer(sock: socket.socket, address: str) -> None:
        real_connect(sock, address)
        peer, _ = listener.accept()
        peers.append(peer)
        peer.sendall(replies.pop(0))

    monkeypatch.setattr(socket.socket, "connect", connect_and_answer)
    yield replies
    for peer in peers:
        peer.close()


def test_an_unreadable_reply_is_refused(sock_path: Path, answer_with: list[bytes]) -> None:
    answer_with.append(b"<html>\n")
    with pytest.raises(DeskRefused, match="unreadable reply") as caught:
        send_request(EndCall(), sock_path)
    assert caught.value.exit_code == 1


def test_a_reply_is_returned(sock_path: Path, answer_with: list[bytes]) -> None:
    answer_with += [encode_reply(True), encode_reply(False, "busy")]
    assert send_request(PopRequest(NUMBER), sock_path) == {"v": 1, "ok": True}
    assert send_request(RaiseDesk(), sock_path) == {"v": 1, "ok": False, "error": "busy"}

"""Screen pop end to end: the real `seatdesk pop` process talks to a PopServer in this process."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatdesk.phone.client import send_request
from seatdesk.phone.endpoint import ensure_socket_dir, socket_path
from seatdesk.phone.protocol import EndCall, PopRequest, decode_reply, encode_request
from seatdesk.ui import pop_server
from seatdesk.ui.pop_server import PopServer
from tests.helpers.pop import finish, start_pop

NUMBER = "13800138000"
DESK_CHILD = Path(__file__).with_name("desk_child.py")


def exchange(qtbot: QtBot, path: Path, payload: bytes) -> bytes:
    """A plain AF_UNIX client: send raw bytes, then spin Qt until the reply line or EOF."""
    received = bytearray()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(str(path))
        client.sendall(payload)
        client.setblocking(False)

        def replied() -> bool:
            try:
                chunk = client.recv(4096)
            except BlockingIOError:
                return False
            except ConnectionResetError:  # the desk closed with our extra bytes unread
                return True
            received.extend(chunk)
            return not chunk or received.endswith(b"\n")

        qtbot.waitUntil(replied, timeout=5000)
    return bytes(received)


@pytest.fixture
def server(qtbot: QtBot) -> Iterator[PopServer]:
    pop = PopServer()
    assert pop.start() is True
    yield pop
    pop.close()


@pytest.fixture
def ipc_log(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> pytest.LogCaptureFixture:
    # configure_logging() (run by any in-process command) stops "seatdesk" from propagating.
    monkeypatch.setattr(logging.getLogger("seatdesk"), "propagate", True)
    caplog.set_level(logging.INFO, logger="seatdesk.ipc")
    return caplog


def test_listens_on_the_user_socket_owner_only(server: PopServer, _isolated_home: Path) -> None:
    path = socket_path()
    assert server.path == path == _isolated_home / "run" / "desk.sock"
    info = os.lstat(path)
    assert stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()
    assert stat.S_IMODE(info.st_mode) & 0o077 == 0
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    server.close()
    assert not path.exists() and not server.is_listening()


def test_seatdesk_pop_number_reaches_the_desk(
    qtbot: QtBot, server: PopServer, _isolated_home: Path
) -> None:
    with qtbot.waitSignal(server.pop_requested, timeout=10000) as popped:
        proc = start_pop(NUMBER)
    assert popped.args == [NUMBER]
    code, out, err = finish(qtbot, proc)
    assert (code, out, err) == (0, "", "")
    written = [p for p in _isolated_home.rglob("*") if p.is_file()]
    assert written, "the command should have written its log"
    assert all(NUMBER.encode() not in p.read_bytes() for p in written)


def test_seatdesk_pop_url_and_json(qtbot: QtBot, server: PopServer) -> None:
    with qtbot.waitSignal(server.pop_requested, timeout=10000) as popped:
        proc = start_pop("seatdesk://pop?number=%2B86%20138-0013-8000", "--json")
    assert popped.args == ["+86 138-0013-8000"]
    code, out, err = finish(qtbot, proc)
    assert code == 0 and err == ""
    assert json.loads(out) == {"delivered": True}
    assert "138" not in out


@pytest.mark.parametrize("args", [("--end",), ("seatdesk://end",)])
def test_seatdesk_pop_end(qtbot: QtBot, server: PopServer, args: tuple[str, ...]) -> None:
    with (
        qtbot.assertNotEmitted(server.pop_requested),
        qtbot.waitSignal(server.end_requested, timeout=10000),
    ):
        proc = start_pop(*args)
    assert finish(qtbot, proc) == (0, "", "")


@pytest.mark.parametrize(
    "args",
    [("1380013800x",), ("seatdesk://pop?number=1380013800x",), (), (NUMBER, "--end")],
)
def test_seatdesk_pop_usage_errors_exit_2_without_echo(qtbot: QtBot, args: tuple[str, ...]) -> None:
    proc = start_pop(*args)
    code, out, err = finish(qtbot, proc)
    assert code == 2 and out == ""
    assert err.startswith("seatdesk: ") and "138" not in err


def test_seatdesk_pop_without_a_desk_exits_3(qtbot: QtBot) -> None:
    code, out, err = finish(qtbot, start_pop(NUMBER))
    assert (code, out) == (3, "")
    assert err == "seatdesk: no SeatDesk desk is running for this user\n"


MALFORMED = {
    "garbage": b"\x00\xffhello " + NUMBER.encode() + b"\n",
    "huge": b'{"v":1,"type":"pop","number":"' + NUMBER.encode() + b'"' + b" " * 5000 + b"}\n",
    "wrong version": json.dumps({"v": 2, "type": "pop", "number": NUMBER}).encode() + b"\n",
    "bad number": json.dumps({"v": 1, "type": "pop", "number": NUMBER + "; rm"}).encode() + b"\n",
}


@pytest.mark.parametrize("payload", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_input_is_refused_and_logged_without_content(
    qtbot: QtBot, server: PopServer, ipc_log: pytest.LogCaptureFixture, payload: bytes
) -> None:
    assert server.path is not None
    with (
        qtbot.assertNotEmitted(server.pop_requested),
        qtbot.assertNotEmitted(server.end_requested),
        qtbot.assertNotEmitted(server.raise_requested),
    ):
        reply = exchange(qtbot, server.path, payload)
    assert decode_reply(reply) == {"v": 1, "ok": False, "error": "malformed"}
    refused = [r for r in ipc_log.records if "refused" in r.getMessage()]
    assert len(refused) == 1 and refused[0].name == "seatdesk.ipc"
    assert all("138" not in r.getMessage() for r in ipc_log.records)
    assert "138" not in ipc_log.text


def test_server_keeps_serving_after_bad_input(qtbot: QtBot, server: PopServer) -> None:
    assert server.path is not None
    exchange(qtbot, server.path, b"junk\n")
    with qtbot.waitSignal(server.pop_requested, timeout=5000) as popped:
        reply = exchange(qtbot, server.path, encode_request(PopRequest(NUMBER)))
    assert popped.args == [NUMBER]
    assert decode_reply(reply) == {"v": 1, "ok": True}


def test_a_silent_client_times_out(
    qtbot: QtBot, server: PopServer, ipc_log: pytest.LogCaptureFixture
) -> None:
    assert server.path is not None
    reply = exchange(qtbot, server.path, b'{"v":1,"type":"pop","number":"' + NUMBER.encode())
    assert decode_reply(reply) == {"v": 1, "ok": False, "error": "timeout"}
    assert "timed out" in ipc_log.text and "138" not in ipc_log.text


def test_a_second_desk_finds_the_first(qtbot: QtBot, server: PopServer) -> None:
    second = PopServer()
    second.probe_timeout = 0.3  # the first desk answers only once this thread's loop runs again
    with qtbot.waitSignal(server.raise_requested, timeout=5000):
        assert second.start() is False
    assert not second.is_listening() and server.is_listening()
    with qtbot.waitSignal(server.end_requested, timeout=10000):
        proc = start_pop("--end")
    assert finish(qtbot, proc)[0] == 0


def test_a_stale_socket_is_replaced(qtbot: QtBot, ipc_log: pytest.LogCaptureFixture) -> None:
    path = socket_path()
    ensure_socket_dir(path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
        crashed.bind(str(path))  # what a desk that crashed leaves behind
    assert path.exists()
    pop = PopServer()
    try:
        assert pop.start() is True
        assert "stale" in ipc_log.text
        with qtbot.waitSignal(pop.end_requested, timeout=5000):
            reply = exchange(qtbot, path, encode_request(EndCall()))
        assert decode_reply(reply)["ok"] is True
    finally:
        pop.close()
    assert not path.exists()


def test_an_unsafe_socket_folder_is_refused(_isolated_home: Path) -> None:
    folder = socket_path().parent
    folder.mkdir(parents=True, mode=0o700)
    os.chmod(folder, 0o777)
    pop = PopServer()
    with pytest.raises(RuntimeError, match="open to other users"):
        pop.start()
    assert not pop.is_listening()


def test_a_desk_that_listens_first_keeps_the_socket(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first desk listens just after the second found the path free, so both call listen():
    the socket stays the first one's and the second asks it to come to the front. (The start
    lock, which rules this interleaving out between desks, is taken out here to reach it.)"""
    monkeypatch.setattr(pop_server, "start_lock", lambda folder: contextlib.nullcontext())
    first, second = PopServer(), PopServer()
    second.probe_timeout = 0.3  # the first desk answers only once this thread's loop runs again
    checked = pop_server.remove_stale_socket

    def first_desk_listens_now(path: Path) -> bool:
        removed = checked(path)
        if not first.is_listening():  # once, in the second desk's start()
            monkeypatch.setattr(pop_server, "remove_stale_socket", checked)
            assert first.start() is True
        return removed

    monkeypatch.setattr(pop_server, "remove_stale_socket", first_desk_listens_now)
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.start() is False
        assert first.is_listening() and not second.is_listening()
        assert first.path is not None
        with qtbot.waitSignal(first.end_requested, timeout=5000):
            reply = exchange(qtbot, first.path, encode_request(EndCall()))
        assert decode_reply(reply)["ok"] is True
    finally:
        second.close()
        first.close()


def start_desk() -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DESK_CHILD)],
        env=dict(os.environ),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def line(desk: subprocess.Popen[str]) -> str:
    assert desk.stdout is not None
    return desk.stdout.readline().strip()


@pytest.mark.parametrize("left_behind", ["nothing", "a stale socket"])
def test_two_desk_processes_started_together_exactly_one_serves(left_behind: str) -> None:
    path = socket_path()
    for _ in range(3):
        if left_behind == "a stale socket":
            ensure_socket_dir(path)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
                crashed.bind(str(path))
        desks = [start_desk(), start_desk()]
        try:
            assert [line(desk) for desk in desks] == ["ready", "ready"]
            for desk in desks:
                assert desk.stdin is not None
                desk.stdin.write("go\n")
            for desk in desks:
                assert desk.stdin is not None
                desk.stdin.flush()
            said = [line(desk) for desk in desks]
            assert sorted(said) == ["already running", "serving"]
            serving = desks[said.index("serving")]
            other = desks[said.index("already running")]
            assert other.communicate(timeout=30) == ("", "") and other.returncode == 0
            assert line(serving) == "raised"  # the other desk asked it to come to the front
            assert send_request(EndCall(), path) == {"v": 1, "ok": True}  # it still has the socket
            assert serving.communicate(timeout=30) == ("", "") and serving.returncode == 0
            assert not os.path.lexists(path)
        finally:
            for desk in desks:
                if desk.poll() is None:
                    desk.kill()
                    desk.communicate()


def test_the_socket_and_its_folder_are_kept_fresh(server: PopServer) -> None:
    """Runtime-dir cleaners remove files not accessed for 6 hours: the desk touches its socket
    and folder on a timer well within that (its slot is driven here directly)."""
    path = server.path
    assert path is not None
    timer = server.refresh_timer
    assert timer.isActive() and 0 < timer.interval() < 6 * 3600 * 1000
    assert timer.interval() == pop_server.REFRESH_INTERVAL_SECONDS * 1000
    old = time.time() - 7 * 3600
    for target in (path, path.parent):
        os.utime(target, (old, old), follow_symlinks=False)
    assert server.refresh() is True
    for target in (path, path.parent):
        info = os.lstat(target)
        assert info.st_atime > old + 3600 and info.st_mtime > old + 3600
    server.close()
    assert not timer.isActive() and server.refresh() is False


def test_a_socket_that_is_no_longer_ours_is_not_touched(server: PopServer) -> None:
    path = server.path
    assert path is not None
    path.unlink()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as later:
        later.bind(str(path))  # another desk's socket now sits at the same path
        old = time.time() - 7 * 3600
        os.utime(path, (old, old), follow_symlinks=False)
        assert server.refresh() is False
        assert os.lstat(path).st_mtime == pytest.approx(old)

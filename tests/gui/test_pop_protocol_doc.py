"""The screen-pop protocol as documented (docs/pop-protocol.md): the shell and Python clients at
the end of that page, taken from it as they are written, pop a real desk in their own processes,
end the call, and refuse to write a number into a socket folder other users can open."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatdesk.phone.endpoint import socket_path
from seatdesk.ui.desk_app import connect_pop_server
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.pop_server import PopServer
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.pop import finish

DOC = Path(__file__).resolve().parents[2] / "docs" / "pop-protocol.md"


def block(language: str) -> str:
    """The one code block of `language` in the document."""
    found = re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(found) == 1, f"expected one {language} block in {DOC.name}"
    return str(found[0])


PYTHON_CLIENT = block("python") + (
    "\nimport sys\nprint(json.dumps(pop(sys.argv[1], os.environ['CALLER_NUMBER'])))\n"
)


@dataclass
class Seat:
    desk: DeskWindow
    server: PopServer


@pytest.fixture
def seat(desk_for: Callable[[str], DeskWindow], _isolated_home: Path) -> Iterator[Seat]:
    window = desk_for("agent01")
    server = PopServer()
    assert server.start()
    # The document's shell client finds the socket by the rules it states, with no length check.
    assert server.path == socket_path() == _isolated_home / "run" / "desk.sock"
    connect_pop_server(server, window)
    yield Seat(window, server)
    server.close()


def client(*command: str) -> subprocess.Popen[str]:
    """A phone system's process: the number in its environment, never on its command line."""
    return subprocess.Popen(
        list(command),
        env={**os.environ, "CALLER_NUMBER": f"+86 {MOBILE}"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_documented_python_client_pops_the_desk(qtbot: QtBot, seat: Seat) -> None:
    with qtbot.waitSignal(seat.desk.record_shown, timeout=15000) as shown:
        proc = client(sys.executable, "-c", PYTHON_CLIENT, str(socket_path()))
    code, out, err = finish(qtbot, proc)
    assert code == 0, err
    assert json.loads(out) == {"v": 1, "ok": True}
    assert shown.args[0].customer_no == CALLER["customer_no"]
    assert seat.desk.calls.active is not None


def test_the_documented_shell_client_pops_and_ends_the_call(qtbot: QtBot, seat: Seat) -> None:
    ended: list[bool] = []
    seat.server.end_requested.connect(lambda: ended.append(True))
    with qtbot.waitSignal(seat.desk.record_shown, timeout=15000) as shown:
        proc = client("bash", "-c", block("sh"))
    code, out, err = finish(qtbot, proc)
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()] == [{"v": 1, "ok": True}] * 2
    assert shown.args[0].customer_no == CALLER["customer_no"]
    assert ended == [True] and seat.desk.calls.active is None


def test_the_documented_clients_refuse_a_folder_others_can_open(qtbot: QtBot, seat: Seat) -> None:
    folder = socket_path().parent
    os.chmod(folder, 0o755)
    try:
        with qtbot.assertNotEmitted(seat.server.pop_requested):
            python = finish(qtbot, client(sys.executable, "-c", PYTHON_CLIENT, str(socket_path())))
            shell = finish(qtbot, client("bash", "-c", block("sh")))
    finally:
        os.chmod(folder, 0o700)
    assert python[0] == 1 and "unsafe socket folder" in python[2]
    assert shell[0] == 2 and shell[1] == ""
    assert MOBILE not in python[2] + shell[2]

"""`seatdesk pop` starts on its own: the real command, in its own process, imports neither the
rest of the command line nor the services, the cryptography, the vault or Qt, and keeps the
full parser's options."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.cli.parser import build_parser
from seatdesk.cli.pop_command import pop_parser
from seatdesk.phone.endpoint import ensure_socket_dir, socket_path
from seatdesk.phone.protocol import EndCall, PopRequest, encode_reply, encode_request
from tests.helpers.cli import run_seatdesk

NUMBER = "13800138000"
# What a phone system's command must not pay for (issue 16): each costs tens of milliseconds.
NOT_IMPORTED = (
    "seatdesk.services",
    "seatdesk.vault",
    "seatdesk.cli.commands",
    "seatdesk.cli.parser",
    "argon2",
    "cryptography",
    "sqlcipher3",
    "keyring",
    "PySide6",
)


class Listener:
    """A desk's socket without the desk: reads one request line, answers ok."""

    def __init__(self, path: Path) -> None:
        ensure_socket_dir(path)
        self.received: list[bytes] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(1)
        self._server.settimeout(60)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self._server.accept()
        with connection:
            line = connection.makefile("rb").readline()
            self.received.append(line)
            connection.sendall(encode_reply(True))

    def close(self) -> None:
        self._thread.join(timeout=60)
        self._server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    desk = Listener(socket_path())
    yield desk
    desk.close()


def forbidden(modules: set[str]) -> list[str]:
    return sorted(
        m for m in modules if any(m == name or m.startswith(name + ".") for name in NOT_IMPORTED)
    )


def test_a_pop_delivers_importing_only_the_pop_client(listener: Listener) -> None:
    result, modules = run_seatdesk("pop", NUMBER)
    listener.close()
    assert result.returncode == 0, result.stderr[-2000:]
    assert listener.received == [encode_request(PopRequest(NUMBER))]
    assert "seatdesk.phone.client" in modules and "seatdesk.cli.pop_command" in modules
    assert forbidden(modules) == []


def test_without_a_desk_it_exits_3_importing_only_the_pop_client() -> None:
    result, modules = run_seatdesk("pop", "--end")
    assert result.returncode == 3
    assert result.stderr.endswith("seatdesk: no SeatDesk desk is running for this user\n")
    assert "seatdesk.phone.client" in modules
    assert forbidden(modules) == []


def test_the_desktop_entrys_url_form_delivers_without_the_cli(listener: Listener) -> None:
    """`Exec=seatdesk %u` (packaging/linux/seatdesk.desktop): a seatdesk:// URL alone."""
    result, modules = run_seatdesk("seatdesk://pop?number=%2B86%20" + NUMBER)
    listener.close()
    assert result.returncode == 0, result.stderr[-2000:]
    assert listener.received == [encode_request(PopRequest("+86 " + NUMBER))]
    assert forbidden(modules) == []


def test_the_full_command_line_still_delivers_a_pop(listener: Listener) -> None:
    """`pop` after a desk option goes through the whole parser, to the same delivery."""
    result, modules = run_seatdesk("--lang", "en", "pop", "--end")
    listener.close()
    assert result.returncode == 0, result.stderr[-2000:]
    assert listener.received == [encode_request(EndCall())]
    assert "seatdesk.cli.parser" in modules  # the check above is not blind to these


@pytest.mark.parametrize(
    "argv",
    [[NUMBER], ["--end"], [NUMBER, "--json"], ["--json", "seatdesk://end"], []],
)
def test_its_own_parser_agrees_with_the_full_one(argv: list[str]) -> None:
    full = vars(build_parser().parse_args(["pop", *argv]))
    own = vars(pop_parser().parse_args(argv))
    assert own == {key: full[key] for key in own}


def test_usage_is_the_full_parsers() -> None:
    result, _ = run_seatdesk("pop", "--no-such-option")
    assert result.returncode == 2
    assert "usage: seatdesk pop [-h] [--end] [--json] [NUMBER]" in result.stderr
    assert "unrecognized arguments: --no-such-option" in result.stderr

"""The desk's phone connectors for real: two baresip processes on loopback, one calling the other
with the customer's number as its SIP user; the agent's baresip reports CALL_INCOMING over
ctrl_tcp, the desk pops the customer the way `seatdesk pop` does, CALL_CLOSED ends the call.
And the connector's state in the status bar, and the caller's number in nothing the desk writes."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from seatdesk.core.logging import configure_logging
from seatdesk.core.paths import app_paths
from seatdesk.phone.baresip import PROBE, PROBE_TOKEN
from seatdesk.phone.connector import ConnectorState
from seatdesk.phone.settings import PhoneSettings
from seatdesk.services.phone_secrets import store_phone_secret
from seatdesk.services.runtime import Runtime
from seatdesk.ui.desk_app import connect_pop_server, show_phone, start_phone
from seatdesk.ui.i18n import install_translator
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.phone_link import PhoneIndicator, PhoneLink
from seatdesk.ui.pop_server import PopServer
from tests.helpers.baresip import Baresip, free_port, need_baresip, netstring
from tests.helpers.demo import CALLER, MOBILE
from tests.helpers.phone import TranscriptServer, transcript
from tests.helpers.vaults import PASSWORDS, audit_behind

WAIT_MS = 30000  # generous: two baresips, the desk and two other engineers share two cores


@pytest.fixture
def desk(qapp: QApplication, desk_for: Callable[[str], DeskWindow]) -> Iterator[DeskWindow]:
    translators = install_translator(qapp, "zh_CN")  # the status bar's words are checked
    yield desk_for("agent01")
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def pop_server(desk: DeskWindow) -> Iterator[PopServer]:
    server = PopServer()
    assert server.start()
    connect_pop_server(server, desk)
    yield server
    server.close()


@pytest.fixture
def phones(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Baresip, Baresip]]:
    """The agent's baresip and the customer's, started; stopped (and waited for) afterwards."""
    binary = need_baresip()
    folder = tmp_path_factory.mktemp("baresip")  # outside the desk's folders: baresip's own log
    agent = Baresip("agent", folder / "agent", free_port(pair=True), free_port())
    customer = Baresip(MOBILE, folder / "customer", free_port(pair=True), free_port())
    try:
        agent.start(binary)
        customer.start(binary)
        yield agent, customer
    finally:
        agent.stop()
        customer.stop()


def write_phone_config(table: str) -> None:
    config = app_paths().config_file
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f"[phone]\n{table}\n", encoding="utf-8")


def start_link(runtime: Runtime, server: PopServer, desk: DeskWindow) -> PhoneLink:
    link, problem = start_phone(runtime, server)
    assert problem is None and link is not None
    show_phone(desk, link, problem)
    return link


def indicator(desk: DeskWindow) -> PhoneIndicator:
    found = desk.statusBar().findChild(PhoneIndicator, "phoneStatus")
    assert isinstance(found, PhoneIndicator)
    return found


def control_of(qtbot: QtBot, phone: Baresip) -> socket.socket:
    """A ctrl_tcp connection to `phone`, once it listens."""
    opened: list[socket.socket] = []

    def connected() -> bool:
        control = phone.control()
        if control is not None:
            opened.append(control)
        return bool(opened)

    qtbot.waitUntil(connected, timeout=WAIT_MS)
    return opened[0]


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from (path for path in folder.rglob("*") if path.is_file())


def test_a_real_baresip_call_pops_the_customer_and_its_close_ends_the_call(
    qtbot: QtBot,
    desk: DeskWindow,
    pop_server: PopServer,
    phones: tuple[Baresip, Baresip],
    runtime: Runtime,
    tmp_path: Path,
    raw_log: pytest.LogCaptureFixture,
) -> None:
    agent, customer = phones
    configure_logging(app_paths().log_dir)  # the desk's real log file, to be searched below
    logging.getLogger("seatdesk").propagate = True  # configure_logging stopped it; raw_log restores
    write_phone_config(f'connector = "baresip"\nport = {agent.ctrl_port}')
    link = start_link(runtime, pop_server, desk)
    try:
        qtbot.waitUntil(lambda: link.report.state is ConnectorState.CONNECTED, timeout=WAIT_MS)
        assert indicator(desk).text() == "电话：已连接（baresip）"
        with (
            control_of(qtbot, customer) as control,
            qtbot.waitSignal(desk.record_shown, timeout=WAIT_MS) as shown,
        ):
            control.sendall(netstring({"command": "dial", "params": agent.uri, "token": "1"}))
        record = shown.args[0]
        assert record.customer_no == CALLER["customer_no"]
        assert desk.calls.is_on_call_with(record.customer_id)
        with control_of(qtbot, customer) as control:
            control.sendall(netstring({"command": "hangup", "params": "", "token": "2"}))
            qtbot.waitUntil(lambda: desk.calls.active is None, timeout=WAIT_MS)
    finally:
        link.stop()
        configure_logging(None)
    actions = {e.action for e in audit_behind(desk.who)}
    assert {"call.start", "call.bind", "record.view", "call.end"} <= actions
    # The hunt: the caller's number in no log record (raw), no file the desk wrote, no
    # status-bar text or tooltip, no audit detail, no window title.
    said = [r.getMessage() for r in raw_log.records]
    assert "screen pop delivered" in said and "end of call delivered" in said  # it was listening
    assert [m for m in said if MOBILE in m] == []
    written = list(files_under(tmp_path, app_paths().data_dir, app_paths().config_dir))
    assert any(path.name == "seatdesk.log" for path in written)
    assert [p for p in written if MOBILE.encode() in p.read_bytes()] == []
    labels = desk.statusBar().findChildren(QLabel)
    assert [w for w in labels if MOBILE in w.text() or MOBILE in w.toolTip()] == []
    assert all(MOBILE not in e.detail for e in audit_behind(desk.who))
    assert MOBILE not in desk.windowTitle()


def test_the_status_bar_says_when_the_phone_system_refuses_the_login(
    qtbot: QtBot, desk: DeskWindow, pop_server: PopServer, runtime: Runtime
) -> None:
    server = TranscriptServer(transcript("freeswitch", "auth-failure"))
    store_phone_secret(runtime, "freeswitch", "wrong-password")
    write_phone_config(f'connector = "freeswitch"\nport = {server.port}\nextension = "1001"')
    link = start_link(runtime, pop_server, desk)
    try:
        qtbot.waitUntil(lambda: link.report.state is ConnectorState.AUTH_FAILED, timeout=WAIT_MS)
        label = indicator(desk)
        assert label.text().startswith("电话：登录被拒绝（freeswitch）")
        assert f"127.0.0.1:{server.port}" in label.toolTip()
        assert "wrong-password" not in label.toolTip() + label.text()
    finally:
        link.stop()
        server.close()
    assert server.errors == []


def test_a_remote_phone_system_is_refused_and_the_status_bar_says_so(
    desk: DeskWindow, pop_server: PopServer, runtime: Runtime
) -> None:
    write_phone_config('connector = "baresip"\nhost = "192.0.2.10"')
    link, problem = start_phone(runtime, pop_server)
    assert link is None and problem is not None and "allow_remote" in str(problem)
    show_phone(desk, link, problem)
    assert indicator(desk).text() == "电话：未设置"
    assert "allow_remote" in indicator(desk).toolTip()


def test_a_desk_without_phone_settings_shows_no_phone_indicator(
    desk: DeskWindow, pop_server: PopServer, runtime: Runtime
) -> None:
    link, problem = start_phone(runtime, pop_server)
    assert link is None and problem is None
    show_phone(desk, link, problem)
    assert desk.statusBar().findChild(PhoneIndicator, "phoneStatus") is None


def test_connector_settings_need_the_phone_systems_password_from_the_keyring(
    desk: DeskWindow, pop_server: PopServer, runtime: Runtime
) -> None:
    write_phone_config('connector = "asterisk"\nusername = "seatdesk"\nextension = "1001"')
    link, problem = start_phone(runtime, pop_server)
    assert link is None and problem is not None
    assert "seatdesk phone secret set" in str(problem)
    assert PhoneSettings("asterisk").needs_secret


def test_a_connector_call_while_the_desk_is_locked_waits_for_the_unlock(
    qtbot: QtBot, desk: DeskWindow, pop_server: PopServer, runtime: Runtime
) -> None:
    """The connector's call takes the pop's own path: on the lock screen it only says that a
    call waits, and the customer opens once the agent is back."""
    desk.lock("manual")
    answered = {"response": True, "ok": True, "data": "", "token": PROBE_TOKEN}
    ringing = {
        "event": True,
        "type": "CALL_INCOMING",
        "direction": "incoming",
        "peeruri": f"sip:{MOBILE}@127.0.0.1:5080",
        "id": "c1",
    }
    steps = [{"client": PROBE.decode()}, {"server": netstring(answered).decode()}]
    server = TranscriptServer([[*steps, {"server": netstring(ringing).decode()}]])
    write_phone_config(f'connector = "baresip"\nport = {server.port}')
    link = start_link(runtime, pop_server, desk)
    try:
        waiting = desk.tr("A call is waiting.")
        qtbot.waitUntil(lambda: desk.lock_screen.reason.text() == waiting, timeout=WAIT_MS)
        assert desk.calls.active is None and desk.is_locked
        with qtbot.waitSignal(desk.record_shown, timeout=WAIT_MS) as shown:
            assert desk.try_unlock(PASSWORDS["agent01"])
        assert shown.args[0].customer_no == CALLER["customer_no"]
    finally:
        link.stop()
        server.close()
    assert server.errors == []

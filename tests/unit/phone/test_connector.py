"""Connectors against a local phone system that plays recorded transcripts of FreeSWITCH's event
socket and Asterisk's manager interface: login, events, only the agent's channel popping, a
refused login, a connection cut mid-event, garbage, reconnects — and the caller's number in
none of what the connector logs, raises or reports."""

from __future__ import annotations

import socket

import pytest

from seatdesk.phone.connector import (
    CAP_SECONDS,
    Backoff,
    Connector,
    ConnectorState,
    SessionFactory,
    StateReport,
    session_factory,
)
from seatdesk.phone.protocol import EndCall, PopRequest
from seatdesk.phone.settings import PhoneConfigError, PhoneSettings
from tests.helpers.phone import Run, TranscriptServer, marker, run_connector, transcript

SECRETS = {"freeswitch": "ClueCon", "asterisk": "s3cret-ami"}
SYSTEMS = ("freeswitch", "asterisk")


def settings_for(system: str, port: int) -> PhoneSettings:
    return PhoneSettings(
        connector=system, host="127.0.0.1", port=port, username="seatdesk", extension="1001"
    )


def play(system: str, name: str, secret: str | None = None) -> tuple[Run, TranscriptServer]:
    """Run a connector through every recorded connection of transcript `name`; the server has
    finished (its thread joined) when this returns."""
    conversations = transcript(system, name)
    server = TranscriptServer(conversations)
    try:
        settings = settings_for(system, server.port)
        sessions = session_factory(settings, secret or SECRETS[system])
        run, _ = run_connector(settings, sessions, len(conversations))
    finally:
        server.close()
    return run, server


def no_marker(system: str, run: Run, log: pytest.LogCaptureFixture) -> None:
    """The raw log records (before the redaction filter) and every state report are free of
    the caller's number, in any of its forms."""
    number = marker(system)
    forms = {number, number.lstrip("+"), number[-11:]}
    texts = [r.getMessage() for r in log.records] + [repr(s) for s in run.states]
    texts += [repr(r) for r in run.requests]
    assert not [t for t in texts for form in forms if form in t]


def states(run: Run) -> list[ConnectorState]:
    return [s.state for s in run.states]


@pytest.mark.parametrize("system", SYSTEMS)
def test_only_the_agents_channel_pops_and_its_hangup_ends_it(
    system: str, raw_log: pytest.LogCaptureFixture
) -> None:
    run, server = play(system, "happy")
    assert server.errors == []
    assert run.requests == [PopRequest(marker(system)), EndCall()]
    assert states(run)[:2] == [ConnectorState.CONNECTING, ConnectorState.CONNECTED]
    assert states(run)[-1] is ConnectorState.DISCONNECTED
    no_marker(system, run, raw_log)


@pytest.mark.parametrize("system", SYSTEMS)
def test_a_refused_login_is_said_and_retried_only_at_the_cap(
    system: str, raw_log: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-password" if system == "freeswitch" else "wrong"
    run, server = play(system, "auth-failure", wrong)
    assert server.errors == []
    assert run.requests == []
    failed = [s for s in run.states if s.state is ConnectorState.AUTH_FAILED]
    assert len(failed) == 1 and failed[0].retry_in == CAP_SECONDS
    assert ConnectorState.CONNECTED not in states(run)
    assert run.waits == [CAP_SECONDS]
    assert not [r for r in raw_log.records if wrong in r.getMessage()]


@pytest.mark.parametrize("system", SYSTEMS)
def test_a_connection_cut_mid_event_reconnects_and_the_hangup_still_ends_the_call(
    system: str, raw_log: pytest.LogCaptureFixture
) -> None:
    run, server = play(system, "drop-and-reconnect")
    assert server.errors == [] and server.served == 2
    assert run.requests == [PopRequest(marker(system)), EndCall()]
    assert states(run).count(ConnectorState.CONNECTED) == 2
    # a good connection resets the back-off: both waits are the first one's
    assert run.waits == [0.5, 0.5]
    no_marker(system, run, raw_log)


@pytest.mark.parametrize("system", SYSTEMS)
def test_garbage_drops_the_connection_clearly_and_the_next_one_works(
    system: str, raw_log: pytest.LogCaptureFixture
) -> None:
    run, server = play(system, "garbage-then-good")
    assert server.served == 2
    unreadable = [s for s in run.states if s.reason == "unreadable data from the phone system"]
    assert len(unreadable) == 1 and unreadable[0].state is ConnectorState.DISCONNECTED
    assert run.requests == [PopRequest(marker(system))]
    assert ConnectorState.CONNECTED in states(run)
    assert any("unreadable data" in r.getMessage() for r in raw_log.records)


def test_a_phone_system_that_is_not_there_is_retried_with_growing_capped_waits() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = int(probe.getsockname()[1])  # closed below: nothing listens there
    settings = settings_for("freeswitch", port)
    run, _ = run_connector(settings, session_factory(settings, "x"), 9)
    assert run.waits == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    refused = [s for s in run.states if s.state is ConnectorState.DISCONNECTED]
    assert refused[0].reason.startswith("cannot connect") and refused[0].retry_in == 0.5
    assert ConnectorState.CONNECTED not in [s.state for s in run.states]


def test_a_missing_password_is_a_setup_error_naming_the_command() -> None:
    with pytest.raises(PhoneConfigError, match="seatdesk phone secret set"):
        session_factory(settings_for("asterisk", 5038), None)


def test_stop_wakes_a_connector_blocked_on_a_quiet_phone_system() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = int(listener.getsockname()[1])
        reports: list[StateReport] = []
        sessions: SessionFactory = session_factory(settings_for("freeswitch", port), "x")
        connector = Connector(
            settings_for("freeswitch", port),
            sessions,
            lambda request: None,
            reports.append,
            backoff=Backoff(),
        )
        connector.start()
        conn, _ = listener.accept()  # the connector is now blocked reading
        with conn:
            connector.stop(timeout=20)
            assert connector._thread is not None and not connector._thread.is_alive()
    assert reports[-1] == StateReport(
        ConnectorState.DISCONNECTED, "freeswitch", f"127.0.0.1:{port}", "stopped"
    )


def test_a_phone_system_that_accepts_but_never_answers_is_dropped_and_retried() -> None:
    server = TranscriptServer([[{"client": "auth ClueCon\n\n"}]])  # silent: no auth/request
    try:
        settings = settings_for("freeswitch", server.port)
        run = Run()
        connector = Connector(
            settings,
            session_factory(settings, "ClueCon"),
            run.requests.append,
            run.states.append,
            wait=lambda seconds: False,
        )
        connector.handshake_timeout = 0.2  # a real wait, on the socket: no sleep in the test
        connector.run()
    finally:
        server.close()
    assert [s.reason for s in run.states if s.retry_in is not None] == [
        "the phone system did not answer"
    ]
    assert ConnectorState.CONNECTED not in states(run)

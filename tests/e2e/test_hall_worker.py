"""The desk's hall worker: a thread that drains the audit to the hall, backs off while the hall
is down, and delivers everything once it is back; the desk only reads its state."""

from __future__ import annotations

import psycopg
from pytestqt.qtbot import QtBot

from seatdesk.services.factory import Services
from tests.helpers.hall import RunningHall, enrol_staffed
from tests.helpers.vaults import StaffedVault, session_behind


def test_the_worker_drains_waits_out_an_outage_and_catches_up(
    qtbot: QtBot, customer_vault: StaffedVault, running_hall: RunningHall
) -> None:
    enrol_staffed(customer_vault, running_hall, "seat-07")
    with Services(customer_vault.signed_in("agent01")) as agent:
        worker = agent.hall_worker
        worker.start()
        qtbot.waitUntil(lambda: worker.state.connected and worker.state.queued == 0, timeout=20000)
        running_hall.stop(kill=True)
        agent.records.view(agent.records.find("C00000001")[0].customer_id)
        worker.wake()
        # offline, and what waits counted (a round the hall's pushed events started just
        # before the view may see the outage first, with nothing queued yet)
        qtbot.waitUntil(
            lambda: not worker.state.connected and worker.state.queued >= 1, timeout=30000
        )
        offline = worker.state
        assert offline.offline_since is not None and offline.queued >= 1
        running_hall.start()
        worker.wake()
        qtbot.waitUntil(lambda: worker.state.connected and worker.state.queued == 0, timeout=30000)
        head = session_behind(agent.who).audit.head()[0]
        assert worker.state.offline_since is None and not worker.state.flagged
    with psycopg.connect(running_hall.dsn) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT seq), max(seq) FROM audit").fetchone()
    assert row is not None and row[0] == row[1] == row[2] >= head

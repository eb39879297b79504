"""Shared fixtures: an injected clock, an in-memory keyring, cheap Argon2 and real vault files."""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from seatdesk.app import load_default_policy
from seatdesk.core.clock import FixedClock
from seatdesk.policy.model import Policy
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.importing import import_bytes
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.hall import HallTemplate, RunningHall
from tests.helpers.postgres import PostgresServer, discard, start_postgres
from tests.helpers.vaults import TEST_KDF, StaffedVault, make_staffed_vault


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "seatdesk-home"
    monkeypatch.setenv("SEATDESK_HOME", str(home))
    for name in ("SEATDESK_PASSWORD", "SEATDESK_NEW_PASSWORD", "SEATDESK_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    return home


# The computer's zone in the clock tests: five hours behind UTC, so that the hall's time (UTC+8),
# UTC and this one are three different readings of the same moment (09:00 UTC is 17:00 in the
# hall, 04:00 here). A POSIX zone: no time-zone database needed.
FAR_OS_ZONE = "SDT+05"


@pytest.fixture
def far_os_zone() -> Iterator[str]:
    """The OS time zone set far from the hall's and from UTC for the test (TZ and tzset)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = FAR_OS_ZONE
    time.tzset()
    yield FAR_OS_ZONE
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def raw_log(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> pytest.LogCaptureFixture:
    """Every "seatdesk" record as the code made it, before the file handler's redaction filter
    (configure_logging, run by any in-process command, stops "seatdesk" from propagating)."""
    monkeypatch.setattr(logging.getLogger("seatdesk"), "propagate", True)
    caplog.set_level(logging.DEBUG, logger="seatdesk")
    return caplog


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_default_policy()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def secret_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def runtime(policy: Policy, clock: FixedClock, secret_store: MemorySecretStore) -> Runtime:
    return Runtime(
        clock=clock,
        policy=policy,
        seat="seat-07",
        secret_store_factory=lambda: secret_store,
        kdf=TEST_KDF,
    )


@pytest.fixture
def staffed_vault(runtime: Runtime, tmp_path: Path) -> StaffedVault:
    return make_staffed_vault(runtime, tmp_path / "vault")


@pytest.fixture(scope="session")
def _customer_vault_template(
    tmp_path_factory: pytest.TempPathFactory, policy: Policy
) -> tuple[Path, MemorySecretStore, str]:
    store = MemorySecretStore()
    rt = Runtime(
        clock=FixedClock(),
        policy=policy,
        seat="seat-07",
        secret_store_factory=lambda: store,
        kdf=TEST_KDF,
    )
    folder = tmp_path_factory.mktemp("template")
    staffed = make_staffed_vault(rt, folder)
    session = staffed.session("admin01")
    try:
        report = import_bytes(session, demo_csv_bytes(300, 7), "demo", dry_run=False)
        assert report.imported == 300
    finally:
        session.close()
    return folder, store, staffed.recovery_key


@pytest.fixture
def customer_vault(
    _customer_vault_template: tuple[Path, MemorySecretStore, str],
    runtime: Runtime,
    secret_store: MemorySecretStore,
    tmp_path: Path,
) -> Iterator[StaffedVault]:
    """A staffed vault with 300 demo customers (seed 7), copied fresh for each test."""
    template, store, recovery = _customer_vault_template
    folder = tmp_path / "vault"
    shutil.copytree(template, folder)
    secret_store.secrets.update(store.secrets)
    yield StaffedVault(runtime, VaultPaths(folder / "hall.vault"), recovery)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL for the session (Debian's, as an unprivileged user, Unix socket only)."""
    server = start_postgres()
    try:
        yield server
    finally:
        discard(server)


@pytest.fixture(scope="session")
def _hall_template(
    postgres: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> HallTemplate:
    """`hall init` once for the session (about a second and a half of child process each)."""
    return HallTemplate.make(postgres, "hall_template", tmp_path_factory.mktemp("hall") / "dir")


@pytest.fixture
def running_hall(_hall_template: HallTemplate, tmp_path: Path) -> Iterator[RunningHall]:
    """A hall of its own: a fresh database and folder as `hall init` makes them (a copy of the
    session's template), and `hall serve` on a free port."""
    name = "hall_" + tmp_path.name.replace("-", "_").lower()[-40:]
    hall = _hall_template.copy(name, tmp_path / "halldir")
    hall.start()
    try:
        yield hall
    finally:
        # Killed, not stopped: the desks a GUI test leaves open hold long polls, and a SIGTERM
        # waits out uvicorn's 5 s of graceful shutdown for them. The tests that stop the hall
        # themselves (running_hall.stop()) still check that SIGTERM ends it.
        hall.stop(kill=True)

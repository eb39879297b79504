"""Phone connectors, measured by hand (issue 16): event → card painted, in one desk process.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.phone_bench [--rounds 40] [--count 10000]

A real desk (offscreen) on a fresh demo vault pops the same way three ways, interleaved in every
round so that the machine's load falls on all three alike:
  socket    a `seatdesk pop` request on the desk's Unix socket (the comparator), sent → painted;
  connector a baresip-format CALL_INCOMING written by a local ctrl_tcp server to the desk's
            connector, written → painted;
  baresip   two real baresip processes on loopback: the customer's `/dial` command sent (its
            INVITE follows at once) → the agent's baresip reports CALL_INCOMING → painted.
"Painted" is the record card's paintEvent after record_shown (benchmarks.desk_worker's stamp).
Prints p50/p95/min/max per way, the ratios to the socket and /proc/loadavg before and after.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from benchmarks import desk_worker
from benchmarks.common import bench_runtime, percentile
from seatdesk.phone.baresip import PROBE, PROBE_TOKEN
from seatdesk.phone.client import send_request
from seatdesk.phone.connector import ConnectorState
from seatdesk.phone.protocol import PopRequest
from seatdesk.phone.settings import PhoneSettings
from seatdesk.records.demo_data import generate_customers
from seatdesk.services.agreement import load_agreement
from seatdesk.services.demo import DEMO_ANCHOR, DEMO_LOGINS, build_demo_vault
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.ui.desk_app import application, connect_pop_server
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.phone_link import PhoneLink
from seatdesk.ui.pop_server import PopServer
from tests.helpers.baresip import Baresip, free_port, netstring

TIMEOUT_MS = 20000


class Painted:
    """The moment the card painted after each pop (desk_worker's stamp, kept instead of printed)."""

    def __init__(self) -> None:
        self.at: list[int] = []
        desk_worker.STAMPS.report = lambda: self.at.append(desk_worker.STAMPS.painted)  # type: ignore[method-assign]


def spin_until(done: Callable[[], bool]) -> None:
    loop = QEventLoop()
    poll = QTimer()

    def check() -> None:
        if done():
            loop.quit()

    poll.timeout.connect(check)
    poll.start(1)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the desk did not paint in time")


def incoming(call_id: str, number: str) -> bytes:
    peer = f"sip:{number}@127.0.0.1:5060"
    event = {"event": True, "type": "CALL_INCOMING", "class": "call", "direction": "incoming"}
    return netstring({**event, "accountaor": "sip:agent@127.0.0.1", "peeruri": peer, "id": call_id})


def closed(call_id: str) -> bytes:
    return netstring({"event": True, "type": "CALL_CLOSED", "class": "call", "id": call_id})


def phone_ready(phone: Baresip) -> bool:
    control = phone.control(0.2)
    if control is None:
        return False
    control.close()
    return True


Way = tuple[str, Callable[[], None], Callable[[], None]]


def round_ways(
    i: int,
    number: str,
    server: PopServer,
    window: DeskWindow,
    fed: socket.socket,
    control: socket.socket,
    agent_uri: str,
) -> list[Way]:
    """The three ways to pop `number` in round `i`: (name, send, end)."""

    def by_socket() -> None:
        sender = threading.Thread(target=send_request, args=(PopRequest(number), server.path))
        sender.start()

    return [
        ("socket", by_socket, window.end_call),
        (
            "connector",
            lambda: fed.sendall(incoming(f"f{i}", number)),
            lambda: fed.sendall(closed(f"f{i}")),
        ),
        (
            "baresip",
            lambda: control.sendall(netstring({"command": "dial", "params": agent_uri})),
            lambda: control.sendall(netstring({"command": "hangup", "params": ""})),
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/phone.json"))
    args = parser.parse_args()
    binary = need_baresip_or_exit()
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-phone-bench-"))
    _app, language = application("zh_CN")
    runtime = bench_runtime()
    print(f"building a demo vault of {args.count} customers …", flush=True)
    vault, _ = build_demo_vault(runtime, folder, count=args.count)
    agent_login = DEMO_LOGINS[1]
    who = sign_in(runtime, vault, agent_login.staff_id, agent_login.password)
    Services(who).acknowledge(load_agreement(language), who.staff_id)  # the desk's first gate
    window = DeskWindow(who, language)
    window.show()
    server = PopServer()
    assert server.start(folder / "run" / "desk.sock")
    connect_pop_server(server, window)
    window.record_shown.connect(desk_worker.STAMPS.on_shown)
    painted = Painted()

    fake = socket.create_server(("127.0.0.1", 0))
    fake_link = PhoneLink(
        PhoneSettings("baresip", port=fake.getsockname()[1]), None, server.deliver
    )
    fake_link.start()
    fed, _ = fake.accept()
    assert fed.recv(1024) == PROBE  # answered as baresip does, so the connector counts as up
    fed.sendall(netstring({"response": True, "ok": True, "data": "", "token": PROBE_TOKEN}))
    agent = Baresip("agent", folder / "agent", free_port(pair=True), free_port())
    mobiles = [
        c["mobile"].split(";")[0]
        for c in generate_customers(args.count, 2026, today=DEMO_ANCHOR)
        if c["mobile"]
    ]
    picks = mobiles[:: max(1, len(mobiles) // (args.rounds + args.warmup + 1))]
    numbers = picks[: args.rounds + args.warmup]
    agent.start(binary)

    baresip_link = PhoneLink(PhoneSettings("baresip", port=agent.ctrl_port), None, server.deliver)
    baresip_link.start()
    spin_until(lambda: baresip_link.report.state is ConnectorState.CONNECTED)
    samples: dict[str, list[float]] = {"socket": [], "connector": [], "baresip": []}
    load_before = Path("/proc/loadavg").read_text().strip()

    def measure(way: str, send: Callable[[], None], end: Callable[[], None], keep: bool) -> None:
        before = len(painted.at)
        started = time.monotonic_ns()
        send()
        spin_until(lambda: len(painted.at) > before)
        if keep:
            samples[way].append((painted.at[-1] - started) / 1e6)
        end()
        spin_until(lambda: window.calls.active is None)

    try:
        for i, number in enumerate(numbers):
            # ports taken now, not ahead: a port free earlier may be another baresip's since
            customer = Baresip(number, folder / f"c{i}", free_port(pair=True), free_port())
            customer.start(binary)
            spin_until(functools.partial(phone_ready, customer))
            control = customer.control()
            assert control is not None
            ways = round_ways(i, customer.user, server, window, fed, control, agent.uri)
            for way, send, end in ways[i % 3 :] + ways[: i % 3]:  # rotate the order each round
                measure(way, send, end, i >= args.warmup)
            control.close()
            customer.stop()
    finally:
        load_after = Path("/proc/loadavg").read_text().strip()
        baresip_link.stop()
        fake_link.stop()
        fed.close()
        fake.close()
        agent.stop()
        server.close()
        window.close()
        shutil.rmtree(folder, ignore_errors=True)
    report = {
        "customers": args.count,
        "rounds": args.rounds,
        "loadavg_before": load_before,
        "loadavg_after": load_after,
    }
    base = percentile(samples["socket"], 50)
    for way, ms in samples.items():
        report[way] = {
            "n": len(ms),
            "p50_ms": round(percentile(ms, 50), 2),
            "p95_ms": round(percentile(ms, 95), 2),
            "min_ms": round(min(ms), 2),
            "max_ms": round(max(ms), 2),
            "p50_vs_socket": round(percentile(ms, 50) / base, 2),
        }
        print(f"{way:<10} {json.dumps(report[way])}")
    print(f"load before {load_before} · after {load_after}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def need_baresip_or_exit() -> str:
    found = shutil.which("baresip")
    if found is None:
        sys.exit("phone_bench needs baresip (Debian: apt-get install baresip)")
    return found


if __name__ == "__main__":
    sys.exit(main())

"""Real baresip processes (Debian's `baresip`) on loopback: each with a config folder of its own,
ctrl_tcp for control, a sine source and no audio device, so they run headless.

CI sets SEATDESK_REQUIRE_BARESIP so that the tests using them can never skip there.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

MODULES = Path("/usr/lib/baresip/modules")


def need_baresip() -> str:
    found = shutil.which("baresip")
    if found is None or not MODULES.is_dir():
        if os.environ.get("SEATDESK_REQUIRE_BARESIP"):
            pytest.fail("baresip is not installed (Debian: apt-get install baresip)")
        pytest.skip("baresip is not installed")
    return found


def _bindable(port: int) -> bool:
    for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
        with socket.socket(socket.AF_INET, kind) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


def free_port(pair: bool = False) -> int:
    """A free loopback port (TCP and UDP); with `pair`, the next one is free too (baresip's SIP
    listens on PORT for UDP/TCP and PORT+1 for TLS)."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port < 65535 and _bindable(port) and (not pair or _bindable(port + 1)):
            return port
    raise RuntimeError("no free loopback port")


def netstring(obj: object) -> bytes:
    data = json.dumps(obj).encode()
    return str(len(data)).encode() + b":" + data + b","


@dataclass
class Baresip:
    user: str
    folder: Path
    sip_port: int
    ctrl_port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"sip:{self.user}@127.0.0.1:{self.sip_port}"

    def write_config(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        config = [
            "poll_method epoll",
            f"sip_listen 127.0.0.1:{self.sip_port}",
            f"module_path {MODULES}",
            "module g711.so",
            "module ausine.so",  # a sine as the microphone: no audio device needed
            "module aufile.so",
            "module_app account.so",
            "module_app menu.so",  # the dial and hangup commands
            "module_app ctrl_tcp.so",
            f"ctrl_tcp_listen 127.0.0.1:{self.ctrl_port}",
            "audio_source ausine,440",
            "audio_player aufile,/dev/null",
            "audio_alert aufile,/dev/null",
        ]
        (self.folder / "config").write_text("\n".join(config) + "\n", encoding="utf-8")
        (self.folder / "accounts").write_text(f"<{self.uri}>;regint=0\n", encoding="utf-8")
        (self.folder / "contacts").write_text("", encoding="utf-8")

    def start(self, binary: str) -> None:
        self.write_config()
        with (self.folder / "baresip.log").open("wb") as out:
            self.process = subprocess.Popen(
                ["stdbuf", "-oL", binary, "-f", str(self.folder)],  # its log line by line
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def control(self, timeout: float = 5.0) -> socket.socket | None:
        """A ctrl_tcp connection, or None while baresip is not listening yet."""
        try:
            return socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=timeout)
        except OSError:
            return None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "baresip.log").read_text(encoding="utf-8", errors="replace")
        return ""

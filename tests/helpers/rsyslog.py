"""A real rsyslog (Debian's `rsyslog` and `rsyslog-gnutls`) as the hall's syslog collector: TLS
on a free loopback port (certificates made here with `cryptography`), every message written to a
file in RFC 5424 form. Everything lives in a temporary folder: no imuxsock or imklog, its own
work directory and internal messages, so it never touches /dev/log or /var/log.

Waiting is done on rsyslogd's output pipe with a selector timeout and a deadline, never by
sleeping.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import selectors
import shutil
import socket
import ssl
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.helpers.hall import free_port

_SD = re.compile(r'\[seatdesk@32473 ((?:[^\]"\\]|"(?:[^"\\]|\\.)*")*)\]')
_PARAM = re.compile(r'(\S+?)="((?:[^"\\]|\\.)*)"')


def rsyslogd() -> str:
    found = shutil.which("rsyslogd") or shutil.which("rsyslogd", path="/usr/sbin:/sbin")
    if found is None:
        raise RuntimeError(
            "rsyslog is not installed (Debian: apt-get install rsyslog rsyslog-gnutls)"
        )
    return found


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA, and a server certificate for 127.0.0.1 signed by it: (ca, cert, key)."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("SeatDesk test syslog CA"))
        .issuer_name(_name("SeatDesk test syslog CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = (folder / "ca.pem", folder / "server.pem", folder / "server.key")
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(_key_pem(key))
    return paths


@dataclass
class Rsyslog:
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    said: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        (self.folder / "work").mkdir(parents=True, exist_ok=True)
        self.ca, self.cert, self.key = make_certificates(self.folder)
        self.conf.write_text(
            f"""
global(
    workDirectory="{self.folder / "work"}"
    processInternalMessages="on"
    DefaultNetstreamDriver="gtls"
    DefaultNetstreamDriverCAFile="{self.ca}"
    DefaultNetstreamDriverCertFile="{self.cert}"
    DefaultNetstreamDriverKeyFile="{self.key}"
)
module(load="imtcp" StreamDriver.Name="gtls" StreamDriver.Mode="1" StreamDriver.AuthMode="anon")
input(type="imtcp" address="127.0.0.1" port="{self.port}")
if $app-name == "seatdesk" then {{
    action(type="omfile" file="{self.output}" template="RSYSLOG_SyslogProtocol23Format")
}} else {{
    action(type="omfile" file="{self.folder / "rsyslogd.log"}")
}}
"""
        )

    @property
    def conf(self) -> Path:
        return self.folder / "rsyslog.conf"

    @property
    def output(self) -> Path:
        return self.folder / "seatdesk.log"

    @property
    def collector(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [rsyslogd(), "-n", "-f", str(self.conf), "-i", str(self.folder / "rsyslogd.pid")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            self.wait_until(self._handshakes, 30, "rsyslog did not listen with TLS")
        except BaseException:
            self.process.kill()
            self.stop()
            raise

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.said.append(self.process.stdout.read())
            self.process.stdout.close()
        self.process = None

    def _handshakes(self) -> bool:
        """A TLS handshake with the collector, verified against the test CA."""
        context = ssl.create_default_context(cafile=str(self.ca))
        try:
            with (
                socket.create_connection(("127.0.0.1", self.port), timeout=2) as raw,
                context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
            ):
                with contextlib.suppress(OSError):
                    tls.unwrap()  # a clean TLS close, so rsyslog logs no error for the probe
                return True
        except OSError:
            return False

    def wait_until(self, ready: Callable[[], bool], seconds: float, failure: str) -> None:
        """Check `ready` until it holds, waiting between checks on rsyslogd's output (which is
        collected, and which also tells when it died) with a selector timeout."""
        assert self.process is not None and self.process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + seconds
        try:
            while not ready():
                if self.process.poll() is not None:
                    rest = self.process.stdout.read()
                    raise AssertionError(f"rsyslogd exited {self.process.returncode}: {rest!r}")
                if time.monotonic() > deadline:
                    raise AssertionError(f"{failure}; rsyslogd said {b''.join(self.said)!r}")
                if selector.select(0.1):
                    chunk = self.process.stdout.read1(4096)
                    if chunk:
                        self.said.append(chunk)
        finally:
            selector.close()

    def lines(self) -> list[str]:
        if not self.output.exists():
            return []
        return self.output.read_text(encoding="utf-8").splitlines()

    def received(self) -> Counter[tuple[str, str]]:
        """How many times each (seat, seq) of an audit entry has arrived."""
        seen: Counter[tuple[str, str]] = Counter()
        for line in self.lines():
            params = sd_params(line)
            if "seq" in params:
                seen[(params["seat"], params["seq"])] += 1
        return seen

    def alerts(self) -> Counter[str]:
        return Counter(sd_params(line)["alert"] for line in self.lines() if "alert=" in line)


def sd_params(line: str) -> dict[str, str]:
    found = _SD.search(line)
    if found is None:
        return {}
    return {name: re.sub(r"\\(.)", r"\1", value) for name, value in _PARAM.findall(found.group(1))}

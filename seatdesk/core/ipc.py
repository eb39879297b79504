"""Screen pop from the phone system into the running desk: the local-socket protocol and client.

One desk runs per OS user, listening on a Unix socket (Windows: a named pipe) that only that user
can reach. A message is one JSON object per connection, UTF-8, ended by a newline:

    request  {"v":1,"type":"pop","number":"+86 138-0013-8000"}   also "end" and "raise"
    reply    {"v":1,"ok":true}  or  {"v":1,"ok":false,"error":"malformed"}

A request may carry a phone number, so no error message, log line or repr here ever includes the
content of a message: only the reason it was refused. Pure standard library; the Qt server side is
`seatdesk.ui.pop_server`.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import socket
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from seatdesk.core.errors import EXIT_AUTH, EXIT_CHECK_FAILED, SeatDeskError, UsageError

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 1024
MAX_NUMBER_CHARS = 32
MAX_URL_CHARS = 512
SOCKET_NAME = "desk.sock"
# sun_path is 108 bytes on Linux and 104 on macOS; stay well below both.
MAX_SOCKET_PATH_BYTES = 100

_NUMBER_CHARS = frozenset("0123456789+- ()")
_ERROR_CODE = re.compile(r"[a-z_]{1,32}")


class MalformedMessage(UsageError):
    """A request, reply or screen-pop URL that breaks the protocol. `reason` never quotes it."""

    def __init__(self, reason: str, what: str = "screen-pop request") -> None:
        super().__init__(f"malformed {what}: {reason}")
        self.reason = reason


class DeskNotRunning(SeatDeskError):
    """Nothing answered on the desk's socket: missing, connection refused, or timed out.

    `connected` is True when a listener accepted the connection but did not reply in time (a busy
    or hung desk, which is not a stale socket).
    """

    exit_code = EXIT_AUTH

    def __init__(self, connected: bool = False) -> None:
        super().__init__("no SeatDesk desk is running for this user")
        self.connected = connected


class DeskRefused(SeatDeskError):
    """The desk answered but refused the request, or its reply could not be read."""

    exit_code = EXIT_CHECK_FAILED


class UnsafeSocketDir(SeatDeskError):
    """The socket's folder belongs to someone else or is open to the group or the world."""


@dataclass(frozen=True)
class PopRequest:
    """A call is ringing: show this caller. The number is checked at construction."""

    number: str = field(repr=False)

    def __post_init__(self) -> None:
        _check_number(self.number)


@dataclass(frozen=True)
class EndCall:
    """The call is over."""


@dataclass(frozen=True)
class RaiseDesk:
    """Bring the desk window to the front (sent by a second desk that finds one running)."""


Request = PopRequest | EndCall | RaiseDesk


def _check_number(number: object) -> None:
    if not isinstance(number, str):
        raise MalformedMessage("number is not a string")
    if len(number) > MAX_NUMBER_CHARS:
        raise MalformedMessage(f"number longer than {MAX_NUMBER_CHARS} characters")
    if not set(number) <= _NUMBER_CHARS:
        raise MalformedMessage("number contains characters other than digits, + - ( ) and space")
    if not any(ch.isdigit() for ch in number):
        raise MalformedMessage("number has no digits")


def _uid() -> int:
    return os.getuid()


def _windows_pipe_name() -> str:
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser()) or "user"
    home = os.environ.get("SEATDESK_HOME")
    if home:  # isolated homes (tests, portable installs) get their own pipe
        return f"seatdesk-{user}-{hashlib.sha256(home.encode()).hexdigest()[:12]}"
    return f"seatdesk-{user}"


def socket_path(runtime_dir: Path | None = None) -> Path:
    """Where this user's desk listens.

    Unix, first that applies: `runtime_dir/seatdesk/desk.sock` if given;
    `$SEATDESK_HOME/run/desk.sock`; `$XDG_RUNTIME_DIR/seatdesk/desk.sock`;
    `<tempdir>/seatdesk-<uid>/desk.sock`. A candidate of 100 bytes or more (the sun_path limit)
    falls through to the temp-dir form, and then to `/tmp/seatdesk-<uid>/desk.sock`.

    Windows (untested here): the bare pipe name `seatdesk-<username>` (plus a hash of
    SEATDESK_HOME when set), as a relative Path; the client opens it as `\\\\.\\pipe\\<name>`.
    """
    if sys.platform == "win32":
        return Path(_windows_pipe_name())
    candidates: list[Path] = []
    if runtime_dir is not None:
        candidates.append(Path(runtime_dir) / "seatdesk" / SOCKET_NAME)
    home = os.environ.get("SEATDESK_HOME")
    if home:
        candidates.append(Path(home).expanduser() / "run" / SOCKET_NAME)
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isabs(xdg):  # the XDG spec says to ignore a relative value
        candidates.append(Path(xdg) / "seatdesk" / SOCKET_NAME)
    private = f"seatdesk-{_uid()}"
    candidates.append(Path(tempfile.gettempdir()) / private / SOCKET_NAME)
    for candidate in candidates:
        if len(os.fsencode(str(candidate))) < MAX_SOCKET_PATH_BYTES:
            return candidate
    return Path("/tmp") / private / SOCKET_NAME


def _check_dir(folder: Path) -> None:
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeSocketDir(f"the desk's socket folder {folder} is not a folder")
    if info.st_uid != _uid():
        raise UnsafeSocketDir(f"the desk's socket folder {folder} belongs to another user")
    if info.st_mode & 0o077:
        raise UnsafeSocketDir(
            f"the desk's socket folder {folder} is open to other users (mode "
            f"{stat.S_IMODE(info.st_mode):o}); it must be 700"
        )


def ensure_socket_dir(path: Path) -> Path:
    """Create the folder of socket `path` with mode 0700, or check an existing one (Unix only).

    Raises UnsafeSocketDir if it exists but is not a real folder owned by this user with no group
    or world access. Returns the folder.
    """
    folder = Path(path).parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    else:
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask; make it exact
    _check_dir(folder)
    return folder


def _dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"


def encode_request(request: Request) -> bytes:
    """The bytes a client sends: one JSON object and a newline."""
    message: dict[str, Any] = {"v": PROTOCOL_VERSION}
    if isinstance(request, PopRequest):
        _check_number(request.number)
        message.update(type="pop", number=request.number)
    elif isinstance(request, EndCall):
        message["type"] = "end"
    elif isinstance(request, RaiseDesk):
        message["type"] = "raise"
    else:
        raise TypeError(f"not a screen-pop request: {type(request).__name__}")
    return _dumps(message)


def encode_reply(ok: bool, error: str | None = None) -> bytes:
    """The bytes the desk answers with; `error` is a short code such as "malformed"."""
    message: dict[str, Any] = {"v": PROTOCOL_VERSION, "ok": ok}
    if not ok:
        message["error"] = error if error and _ERROR_CODE.fullmatch(error) else "refused"
    return _dumps(message)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MalformedMessage("duplicate key")
        result[key] = value
    return result


def _load_object(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_MESSAGE_BYTES:
        raise MalformedMessage(f"longer than {MAX_MESSAGE_BYTES} bytes")
    if data.endswith(b"\n"):
        data = data[:-1]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedMessage("not UTF-8") from None
    try:
        obj = json.loads(text, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        raise MalformedMessage("not JSON") from None
    if not isinstance(obj, dict):
        raise MalformedMessage("not a JSON object")
    version = obj.get("v")
    if version is None:
        raise MalformedMessage("missing version")
    if type(version) is not int or version != PROTOCOL_VERSION:
        raise MalformedMessage("unsupported version")
    return obj


def decode_request(data: bytes) -> Request:
    """Parse one request (with or without its newline). Raises MalformedMessage."""
    obj = _load_object(data)
    kind = obj.get("type")
    if kind == "pop":
        if set(obj) != {"v", "type", "number"}:
            if "number" not in obj:
                raise MalformedMessage("missing number")
            raise MalformedMessage("unexpected field")
        _check_number(obj["number"])
        return PopRequest(obj["number"])
    if kind in ("end", "raise"):
        if set(obj) != {"v", "type"}:
            raise MalformedMessage("unexpected field")
        return EndCall() if kind == "end" else RaiseDesk()
    if kind is None:
        raise MalformedMessage("missing type")
    raise MalformedMessage("unknown type")


def decode_reply(data: bytes) -> dict[str, Any]:
    """Parse the desk's reply into {"v": 1, "ok": bool[, "error": code]}."""
    obj = _load_object(data)
    ok = obj.get("ok")
    if not isinstance(ok, bool):
        raise MalformedMessage("reply without ok", "reply")
    reply: dict[str, Any] = {"v": PROTOCOL_VERSION, "ok": ok}
    if not ok:
        error = obj.get("error")
        reply["error"] = (
            error if isinstance(error, str) and _ERROR_CODE.fullmatch(error) else "unknown"
        )
    return reply


def parse_pop_url(url: str) -> PopRequest | EndCall:
    """`seatdesk://pop?number=13800138000` (percent-encoding allowed; a literal + stays a plus,
    `%20` is a space) or `seatdesk://end`. Anything else raises MalformedMessage."""
    what = "screen-pop URL"
    if not isinstance(url, str) or len(url) > MAX_URL_CHARS:
        raise MalformedMessage("too long or not text", what)
    if any(ord(ch) <= 0x20 or ord(ch) >= 0x7F for ch in url):
        raise MalformedMessage(
            "spaces, control or non-ASCII characters (percent-encode them)", what
        )
    try:
        parts = urlsplit(url)
    except ValueError:
        raise MalformedMessage("not a URL", what) from None
    if parts.scheme != "seatdesk" or not url.lower().startswith("seatdesk://"):
        raise MalformedMessage("not a seatdesk:// URL", what)
    if parts.fragment or "#" in url or parts.path not in ("", "/"):
        raise MalformedMessage("unexpected path or fragment", what)
    action = parts.netloc.lower()
    if action == "end":
        if parts.query or "?" in url:
            raise MalformedMessage("end takes no parameters", what)
        return EndCall()
    if action != "pop":
        raise MalformedMessage("unknown action (expected pop or end)", what)
    params = parts.query.split("&") if parts.query else []
    if len(params) != 1:
        raise MalformedMessage("expected exactly one number parameter", what)
    name, sep, value = params[0].partition("=")
    if name != "number" or not sep:
        raise MalformedMessage("expected exactly one number parameter", what)
    try:
        number = unquote(value, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise MalformedMessage("number is not valid percent-encoded UTF-8", what) from None
    try:
        return PopRequest(number)
    except MalformedMessage as exc:
        raise MalformedMessage(exc.reason, what) from None


def _read_reply(sock: socket.socket, deadline: float) -> bytes:
    received = bytearray()
    while b"\n" not in received:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeskNotRunning(connected=True)
        sock.settimeout(remaining)
        chunk = sock.recv(MAX_MESSAGE_BYTES + 1 - len(received))
        if not chunk:
            break
        received.extend(chunk)
        if len(received) > MAX_MESSAGE_BYTES:
            break
    return bytes(received)


def _exchange_unix(data: bytes, target: Path, timeout: float) -> bytes:
    try:
        _check_dir(target.parent)
    except (FileNotFoundError, NotADirectoryError):
        raise DeskNotRunning() from None
    deadline = time.monotonic() + timeout
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(os.fspath(target))
        except OSError:  # missing, refused, not a socket, timed out
            raise DeskNotRunning() from None
        try:
            sock.sendall(data)
            return _read_reply(sock, deadline)
        except TimeoutError:
            raise DeskNotRunning(connected=True) from None
        except OSError:
            raise DeskRefused("the desk closed the connection without a reply") from None


def _exchange_windows(data: bytes, target: Path | str) -> bytes:
    # Untested: the pipe is opened as a file; there is no timeout on a named pipe opened this way.
    name = str(target)
    pipe = name if name.startswith("\\\\.\\pipe\\") else f"\\\\.\\pipe\\{name}"
    try:
        handle = open(pipe, "r+b", buffering=0)  # noqa: SIM115 - closed below
    except OSError:  # missing, or busy with another client
        raise DeskNotRunning() from None
    with handle:
        try:
            handle.write(data)
            return handle.readline(MAX_MESSAGE_BYTES + 1)
        except OSError:
            raise DeskRefused("the desk closed the connection without a reply") from None


def send_request(
    request: Request, path: Path | str | None = None, timeout: float = 3.0
) -> dict[str, Any]:
    """Deliver `request` to this user's desk and return its reply, e.g. {"v": 1, "ok": True}.

    Raises DeskNotRunning (exit 3) if the socket is missing, refuses, or nobody answers within
    `timeout` seconds; DeskRefused (exit 1) if the reply cannot be read; UnsafeSocketDir if the
    socket's folder is open to other users; MalformedMessage for a bad request.
    """
    data = encode_request(request)
    target = socket_path() if path is None else path
    if sys.platform == "win32":
        raw = _exchange_windows(data, target)
    else:
        raw = _exchange_unix(data, Path(target), timeout)
    try:
        return decode_reply(raw)
    except MalformedMessage:
        raise DeskRefused("the desk sent an unreadable reply") from None


def desk_answers(path: Path | str | None = None, timeout: float = 1.0) -> bool:
    """Whether a desk listens at `path` (default: `socket_path()`); it is asked to come to the
    front. A stale socket file left by a crashed desk does not count; a desk that accepts but
    does not answer in time, or answers oddly, does (its socket must not be taken away)."""
    target = socket_path() if path is None else path
    if sys.platform != "win32":  # a pipe name cannot be tested without connecting
        try:
            if not stat.S_ISSOCK(os.lstat(target).st_mode):
                return False
        except FileNotFoundError:
            return False
    try:
        send_request(RaiseDesk(), target, timeout=timeout)
    except DeskNotRunning as exc:
        return exc.connected
    except DeskRefused:
        return True
    return True

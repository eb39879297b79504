"""The screen-pop protocol: the messages between the phone system and the desk, and `seatdesk://`.

One desk runs per OS user, listening on a Unix socket (Windows: a named pipe) that only that user
can reach (`seatdesk.phone.endpoint`). A message is one JSON object per connection, UTF-8, ended
by a newline:

    request  {"v":1,"type":"pop","number":"+86 138-0013-8000"}   also "end" and "raise"
    reply    {"v":1,"ok":true}  or  {"v":1,"ok":false,"error":"malformed"}

A request may carry a phone number, so no error message, log line or repr here ever includes the
content of a message: only the reason it was refused. Pure standard library, no I/O: the client
is `seatdesk.phone.client`, the desk's side `seatdesk.phone.server` (and its Qt socket,
`seatdesk.ui.pop_server`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from seatdesk.core.errors import UsageError

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 1024
MAX_NUMBER_CHARS = 32
MAX_URL_CHARS = 512

_NUMBER_CHARS = frozenset("0123456789+- ()")
_ERROR_CODE = re.compile(r"[a-z_]{1,32}")


class MalformedMessage(UsageError):
    """A request, reply or screen-pop URL that breaks the protocol. `reason` never quotes it."""

    def __init__(self, reason: str, what: str = "screen-pop request") -> None:
        super().__init__(f"malformed {what}: {reason}")
        self.reason = reason


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
    from urllib.parse import unquote, urlsplit  # here: a pop by number starts without it

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

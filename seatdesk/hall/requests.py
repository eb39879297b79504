"""What every hall route does with a request: a bounded body, a JSON object, a refusal that says
what is wrong (never echoing what was sent)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from seatdesk.hall.protocol import MAX_BODY


class Refused(Exception):
    """A refusal: its status, what is wrong and (for a seat to act on) a stable code."""

    def __init__(self, status: int, error: str, code: str = "") -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.code = code


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
        raise Refused(413, f"the body is larger than {MAX_BODY} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise Refused(413, f"the body is larger than {MAX_BODY} bytes")
    return body


def json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Refused(400, "malformed JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "the body must be a JSON object")
    return data

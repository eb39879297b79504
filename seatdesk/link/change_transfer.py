"""Change sets over the wire: uploaded in chunks (each under the hall's body limit, with its
digest announced first), fetched chunk by chunk, and the hall's listing of what there is."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from seatdesk.hall.change_manifest import CHUNK_BYTES
from seatdesk.link.client import HallClient

BASE = "/v1/change-sets"


def chunks_of(sealed: bytes) -> list[bytes]:
    return [sealed[i : i + CHUNK_BYTES] for i in range(0, len(sealed), CHUNK_BYTES)] or [b""]


def upload(client: HallClient, manifest: dict[str, Any], signature: str, sealed: bytes) -> int:
    """Send a change set; returns its place in the hall's order (seq), given once it is whole."""
    parts = chunks_of(sealed)
    created = client.post(
        BASE,
        {
            "manifest": manifest,
            "signature": signature,
            "chunk_digests": [hashlib.sha256(p).hexdigest() for p in parts],
        },
    )
    answer: dict[str, Any] = {}
    for n, part in enumerate(parts):
        answer = client.post(
            BASE + "/chunk",
            {"id": created["id"], "n": n, "data": base64.b64encode(part).decode("ascii")},
        )
    if not answer.get("complete"):
        raise ValueError("the hall did not complete the change set")
    return int(answer["seq"])


def download(client: HallClient, seq: int, chunks: int) -> bytes:
    parts = []
    for n in range(chunks):
        answer = client.get(f"{BASE}/chunk?seq={seq}&n={n}")
        parts.append(base64.b64decode(str(answer.get("data", "")).encode("ascii")))
    return b"".join(parts)


def listing(client: HallClient, after: int) -> dict[str, Any]:
    return client.get(f"{BASE}?after={after}")


def report_refusal(client: HallClient, seq: int, reason: str) -> None:
    client.post(BASE + "/refused", {"seq": seq, "reason": reason[:200]})


def register_box_key(client: HallClient, public: bytes, signature: str) -> None:
    client.post(
        BASE + "/box-key",
        {"public": base64.b64encode(public).decode("ascii"), "signature": signature},
    )


def send_hdk_boxes(client: HallClient, key_id: str, boxes: list[dict[str, Any]]) -> int:
    return int(client.post(BASE + "/hdk", {"hdk_id": key_id, "boxes": boxes}).get("stored", 0))

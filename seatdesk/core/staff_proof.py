"""The hall's check of a password proof (shared by the seat, which makes the verifier when it
sets a password, and the hall, which keeps only the verifier and compares)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac


def verifier_of(proof: bytes) -> str:
    return hashlib.sha256(b"seatdesk-hall-verifier|" + proof).hexdigest()


def proof_matches(proof_b64: str, verifier: str) -> bool:
    try:
        proof = base64.b64decode(proof_b64.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return False
    return hmac.compare_digest(verifier_of(proof), verifier)

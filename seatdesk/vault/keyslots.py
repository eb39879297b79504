"""Key slots beside the vault (`<vault>.keys`, JSON): the data key wrapped once per account.

A password slot's wrapping key is HKDF(Argon2id(password) ‖ device secret), where the device secret
lives in the seat's OS keyring; so a stolen vault plus key file cannot be attacked offline without
the seat. A recovery slot is wrapped by a random recovery key that is shown once at init.
The file also counts failed logins (the vault is closed when they happen): the section is
kept, and on a keyring seat sealed, by `vault.failure_counter`.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seatdesk.core.errors import AuthenticationError, UsageError, VaultUnreadable
from seatdesk.core.files import write_atomically
from seatdesk.vault.kdf import KdfParams as KdfParams  # re-exported
from seatdesk.vault.password_kdf import BadKdfRecord, kdf_record, parse_kdf_record, stretch
from seatdesk.vault.sealing import (
    InvalidTag,
    b64,
    hkdf,
    new_key_pair,
    open_sealed,
    public_of,
    seal,
    unb64,
    unwrap,
    wrap,
)

FORMAT = "seatdesk-keys/2"
KEY_STORAGE_CHOICES = ("keyring", "none")


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """256 random bits as base32 in groups of four, to be written down and kept in the safe."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except binascii.Error:
        raise AuthenticationError("recovery key is not valid") from None
    if len(key) != 32:
        raise AuthenticationError("recovery key is not valid")
    return key


@dataclass(frozen=True)
class Unlocked:
    """What a slot's secret opens: the data key, and the slot's private key, which opens the
    compartment keys the slot holds (`vault.compartment_keys`)."""

    dek: bytes = field(repr=False)
    slot: str
    private: bytes = field(repr=False)


def _aad(vault_id: str, slot: str) -> bytes:
    return f"seatdesk-slot|{vault_id}|{slot}".encode()


class KeyFile:
    """The key-slot file of one vault. Every change is written atomically (temp file + rename)."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self._data = data
        self._failures_changed = False

    # -- creation and loading ------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, vault_id: str, key_storage: str) -> KeyFile:
        if key_storage not in KEY_STORAGE_CHOICES:
            raise UsageError(f"--key-storage must be one of {', '.join(KEY_STORAGE_CHOICES)}")
        if path.exists():
            raise VaultUnreadable(f"refusing to overwrite an existing key file: {path}")
        data: dict[str, Any] = {
            "format": FORMAT,
            "vault_id": vault_id,
            "key_storage": key_storage,
            "slots": {},
            "recovery": None,
            "failures": {},
        }
        return cls(path, data)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.is_file():
            raise VaultUnreadable(f"key file missing: {path} (restore it from the backup)")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise VaultUnreadable(f"key file unreadable or damaged: {path}") from None
        return cls.from_json(path, text)

    @classmethod
    def from_json(cls, path: Path, text: str) -> KeyFile:
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise VaultUnreadable(f"key file unreadable or damaged: {path}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise VaultUnreadable(f"not a SeatDesk key file: {path}")
        for key, kind in (("vault_id", str), ("slots", dict)):
            if not isinstance(data.get(key), kind):
                raise VaultUnreadable(f"key file damaged ({key}): {path}")
        return cls(path, data)

    def save(self) -> None:
        """Write the file; unless this object changed the failure counter, the counter on disk
        is kept as it is (see take_failures_from_disk)."""
        if not self._failures_changed:
            self.take_failures_from_disk()
        payload = json.dumps(self._data, indent=2, sort_keys=True).encode("utf-8")
        write_atomically(self.path, payload, mode=0o600, suffix=".tmp")
        self._failures_changed = False

    # -- properties --------------------------------------------------------------------------
    @property
    def vault_id(self) -> str:
        return str(self._data["vault_id"])

    @property
    def key_storage(self) -> str:
        return str(self._data.get("key_storage", "keyring"))

    def staff_ids(self) -> list[str]:
        return sorted(self._data["slots"])

    def has_slot(self, staff_id: str) -> bool:
        return staff_id in self._data["slots"]

    # -- the hall's directory (an enrolled seat) ------------------------------------------------
    @property
    def hall(self) -> dict[str, Any] | None:
        """The seat's link to its hall's staff directory (see `vault.seat_hall`), if it joined."""
        value = self._data.get("hall")
        return value if isinstance(value, dict) else None

    def set_hall(self, section: dict[str, Any]) -> None:
        self._data["hall"] = section

    def drop_password_slots(self) -> list[str]:
        """The seat's own accounts retire when it joins a hall's directory (recovery stays)."""
        dropped = sorted(self._data["slots"])
        self._data["slots"] = {}
        return dropped

    # -- wrapping ------------------------------------------------------------------------------
    def set_password_slot(
        self,
        staff_id: str,
        password: str,
        dek: bytes,
        device_secret: bytes | None,
        kdf: KdfParams,
        *,
        keep: Unlocked | None = None,
    ) -> None:
        """A new slot for `staff_id`. With `keep` (the slot opened by its own holder, changing
        their password) the slot's key pair stays, and with it every compartment key sealed to
        it; otherwise (a new account, a reset) it starts holding nothing but the data key."""
        salt = secrets.token_bytes(16)
        kek = self._password_kek(staff_id, password, salt, kdf, device_secret)
        name = "staff:" + staff_id
        old = self._data["slots"].get(staff_id)
        slot = {"kdf": kdf_record(kdf, salt), **self._new_slot(kek, dek, name, keep)}
        if keep is not None and isinstance(old, dict) and old.get("public") == slot["public"]:
            slot["holds"] = old.get("holds", {})
        self._data["slots"][staff_id] = slot

    def remove_slot(self, staff_id: str) -> None:
        self._data["slots"].pop(staff_id, None)

    def unwrap_password(self, staff_id: str, password: str, device_secret: bytes | None) -> bytes:
        """The data key, or AuthenticationError for an unknown account or a wrong password."""
        return self.unlock_password(staff_id, password, device_secret).dek

    def unlock_password(
        self, staff_id: str, password: str, device_secret: bytes | None
    ) -> Unlocked:
        slot = self._data["slots"].get(staff_id)
        if slot is None:
            raise AuthenticationError("staff ID or password is wrong")
        try:
            kdf, salt = parse_kdf_record(slot.get("kdf"))
        except BadKdfRecord:
            raise VaultUnreadable(f"key file damaged (slot of {staff_id}): {self.path}") from None
        kek = self._password_kek(staff_id, password, salt, kdf, device_secret)
        return self._open_slot(slot, kek, "staff:" + staff_id, "staff ID or password is wrong")

    # -- what the slots hold besides the data key (vault.compartment_keys) ----------------------
    def slot_public(self, slot: str) -> bytes | None:
        """The public key of a slot ("staff:ID" or "recovery"), None if there is none."""
        record = self._slot_record(slot)
        return None if record is None else unb64(record["public"])

    def holds(self, slot: str) -> dict[str, Any]:
        """The boxes sealed to a slot's key besides the data key (name -> box), to change."""
        record = self._slot_record(slot)
        if record is None:
            raise UsageError(f"no key slot {slot}")
        holds = record.setdefault("holds", {})
        if not isinstance(holds, dict):
            raise VaultUnreadable(f"key file damaged (holds of {slot}): {self.path}")
        return holds

    def section(self, name: str) -> dict[str, Any]:
        """A top-level section of the key file (created empty), to read or change."""
        value = self._data.setdefault(name, {})
        if not isinstance(value, dict):
            raise VaultUnreadable(f"key file damaged ({name}): {self.path}")
        return value

    def _slot_record(self, slot: str) -> dict[str, Any] | None:
        if slot == "recovery":
            record = self._data.get("recovery")
        elif slot.startswith("staff:"):
            record = self._data["slots"].get(slot[len("staff:") :])
        else:
            record = None
        return record if isinstance(record, dict) else None

    def set_recovery_slot(self, recovery_key: bytes, dek: bytes) -> None:
        salt = secrets.token_bytes(16)
        kek = hkdf(recovery_key, salt=salt, info=b"seatdesk/recovery/v1")
        self._data["recovery"] = {"salt": b64(salt), **self._new_slot(kek, dek, "recovery")}

    def unwrap_recovery(self, recovery_key: bytes) -> bytes:
        return self.unlock_recovery(recovery_key).dek

    def unlock_recovery(self, recovery_key: bytes) -> Unlocked:
        slot = self._data.get("recovery")
        if not isinstance(slot, dict):
            raise AuthenticationError("this vault has no recovery slot")
        kek = hkdf(recovery_key, salt=unb64(slot["salt"]), info=b"seatdesk/recovery/v1")
        return self._open_slot(slot, kek, "recovery", "recovery key is not valid for this vault")

    def reseal_all(self, new_dek: bytes) -> None:
        """Seal a new data key for every slot (rekey): no password is needed for this."""
        for staff_id, slot in self._data["slots"].items():
            slot["box"] = seal(
                unb64(slot["public"]), new_dek, _aad(self.vault_id, "staff:" + staff_id)
            )
        recovery = self._data.get("recovery")
        if isinstance(recovery, dict):
            recovery["box"] = seal(
                unb64(recovery["public"]), new_dek, _aad(self.vault_id, "recovery")
            )

    def seal_for_recovery(self, secret: bytes, purpose: str) -> dict[str, str]:
        """Seal `secret` (a backup key) so that only the recovery key opens it."""
        recovery = self._data.get("recovery")
        if not isinstance(recovery, dict):
            raise UsageError("this vault has no recovery slot")
        return seal(unb64(recovery["public"]), secret, _aad(self.vault_id, purpose))

    def open_with_recovery(self, recovery_key: bytes, box: dict[str, Any], purpose: str) -> bytes:
        slot = self._data.get("recovery")
        if not isinstance(slot, dict):
            raise AuthenticationError("this vault has no recovery slot")
        kek = hkdf(recovery_key, salt=unb64(slot["salt"]), info=b"seatdesk/recovery/v1")
        try:
            private = unwrap(kek, slot["private"], _aad(self.vault_id, "recovery"))
            return open_sealed(private, box, _aad(self.vault_id, purpose))
        except InvalidTag:
            raise AuthenticationError("recovery key is not valid for this backup") from None

    def to_json(self) -> str:
        return json.dumps(self._data, indent=2, sort_keys=True)

    def copy(self, path: Path) -> KeyFile:
        return KeyFile(path, json.loads(json.dumps(self._data)))

    def _new_slot(
        self, kek: bytes, dek: bytes, slot: str, keep: Unlocked | None = None
    ) -> dict[str, Any]:
        if keep is not None and keep.slot == slot:
            private, public = keep.private, public_of(keep.private)
        else:
            private, public = new_key_pair()
        aad = _aad(self.vault_id, slot)
        return {
            "private": wrap(kek, private, aad),
            "public": b64(public),
            "box": seal(public, dek, aad),
        }

    def _open_slot(self, slot: dict[str, Any], kek: bytes, name: str, wrong: str) -> Unlocked:
        aad = _aad(self.vault_id, name)
        try:
            private = unwrap(kek, slot["private"], aad)
        except InvalidTag:
            raise AuthenticationError(wrong) from None
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise VaultUnreadable(f"key file damaged ({name}): {self.path}") from None
        try:
            return Unlocked(open_sealed(private, slot["box"], aad), name, private)
        except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
            raise VaultUnreadable(f"key file damaged ({name}): {self.path}") from None

    def _password_kek(
        self,
        staff_id: str,
        password: str,
        salt: bytes,
        kdf: KdfParams,
        device_secret: bytes | None,
    ) -> bytes:
        stretched = stretch(password, salt, kdf)
        ikm = stretched + (device_secret or b"")
        info = f"seatdesk/slot/v1|{self.vault_id}|{staff_id}".encode()
        return hkdf(ikm, salt=salt, info=info)

    # -- failed logins (counted and sealed by `vault.failure_counter`) -----------------------
    @property
    def failures(self) -> Any:
        """The failures section as stored (anything: `vault.failure_counter` checks it)."""
        return self._data.get("failures")

    @property
    def failures_seal(self) -> Any:
        return self._data.get("failures_seal")

    def set_failures(self, section: dict[str, Any], seal: dict[str, Any] | None) -> None:
        self._data["failures"] = section
        if seal is None:
            self._data.pop("failures_seal", None)
        else:
            self._data["failures_seal"] = seal
        self._failures_changed = True

    def take_failures_from_disk(self) -> None:
        """The failure counter as it is on disk now: another process or desk may have counted
        since this file was loaded, and a save of slots must not put an older counter back."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return
        if not isinstance(data, dict) or data.get("vault_id") != self.vault_id:
            return
        for key in ("failures", "failures_seal"):
            if key in data:
                self._data[key] = data[key]
            else:
                self._data.pop(key, None)
        self._failures_changed = False

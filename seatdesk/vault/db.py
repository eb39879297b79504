"""The SQLCipher connection: opening with a raw key, the pragmas of DESIGN §3, and error mapping.

Every other layer talks to the vault through `VaultDb`; nothing outside `seatdesk.vault` imports
sqlcipher3. Database errors that mean "this is not the vault you think" (wrong key, damaged page,
not a database) become `VaultUnreadable`, raised before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import sqlcipher3

from seatdesk.core.errors import SignedOut, VaultUnreadable

APPLICATION_ID = 0x53454154  # "SEAT": marks a file as a SeatDesk vault
# SQLite's page cache per connection (a bound: it fills only with the pages read). A vault up to
# LARGE_VAULT_BYTES gets PAGE_CACHE_KIB, a larger one LARGE_CACHE_KIB: measured on warm lookups
# against the desk's memory by `benchmarks/cache_size.py` (README, Performance: "Page cache").
PAGE_CACHE_KIB = 64 * 1024
LARGE_CACHE_KIB = 128 * 1024
LARGE_VAULT_BYTES = 96 * 2**20
# The vault's file format: how SQLCipher MACs each page. Format 2 (since vault schema v11) uses
# HMAC-SHA256, which costs about two thirds of SQLCipher 4's default HMAC-SHA512 per page read
# on these CPUs (SHA-NI) and detects a flipped byte or a swapped page just the same (the MAC
# covers the page and its number). Format 1 is SQLCipher 4's defaults: what every vault and
# backup written before was; such a vault is copied to format 2 at the next sign-in
# (`vault.format_upgrade`). The file says nothing of its format before it is decrypted, so an
# open tries the newest first: a wrong key fails both.
FORMAT = 2
HMAC_ALGORITHMS = {2: "HMAC_SHA256", 1: "HMAC_SHA512"}
# How long a writer waits for another connection's write transaction before "database is locked"
# (Python's default is 5 s). Write transactions at a seat are short: an audit entry takes a
# millisecond, a change set's write phase a few hundred (its reading and comparing holds no lock,
# see `records.importer`). What can hold the lock for longer is an administrator's bulk load or
# VACUUM of a large vault (tens of seconds on a million customers). 60 s lets a desk's pop wait
# out any of these rather than fail; it is not waited for ever, so that a real deadlock (a thread
# holding the write lock while it waits for one that waits for the lock) still ends in an error.
# SQLite itself never waits where waiting could not help: a deferred transaction that would have
# to upgrade after another commit fails at once (SQLITE_BUSY_SNAPSHOT).
BUSY_TIMEOUT_S = 60.0
_UNREADABLE_MARKERS = ("file is not a database", "malformed", "disk image", "hmac", "cipher")

Row = tuple[Any, ...]
# How much of the file an open checks. "full": the HMAC of every page, before anything is
# written (~2.3 ms per MB: a second for a million customers): the desk's sign-in at the start of
# a shift, `seatdesk vault check`, backups and restores. "quick": the key, the header, the
# length and the schema; any other page is still checked when it is read, and a damaged one
# fails that statement (its transaction rolls back), but what an open does not read is not
# vouched for: the short-lived command-line commands, and benchmarks.
Verify = Literal["full", "quick"]
Params = Sequence[Any] | Mapping[str, Any]
# A constraint failed (unique, foreign key, ...): the statement was undone, the transaction goes on.
IntegrityError = sqlcipher3.IntegrityError


def cache_kib_for(vault_bytes: int) -> int:
    """The page cache (KiB) for a vault file of this size."""
    return LARGE_CACHE_KIB if vault_bytes > LARGE_VAULT_BYTES else PAGE_CACHE_KIB


def _unreadable(path: Path, exc: BaseException | None = None) -> VaultUnreadable:
    detail = "" if exc is None else f" ({type(exc).__name__})"
    return VaultUnreadable(
        f"vault unreadable: wrong key, damaged file, or not a SeatDesk vault: {path}{detail}"
    )


class VaultDb:
    """A thin typed wrapper around one sqlcipher3 connection in autocommit mode.

    Transactions are explicit (`with db.transaction():`) so that an import or an audit append is
    all-or-nothing, and a crash leaves the last committed state.
    """

    def __init__(self, conn: Any, path: Path, file_format: int = FORMAT) -> None:
        self._conn = conn
        self.path = path
        self.format = file_format  # of the file's pages (see FORMAT)
        self.upgraded_from: int | None = None  # set by vault.format_upgrade
        self._closed = False

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.DatabaseError as exc:
            raise self._translate(exc) from None

    def execute_returning_id(self, sql: str, params: Params = ()) -> int:
        try:
            cursor = self._conn.execute(sql, params)
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.DatabaseError as exc:
            raise self._translate(exc) from None
        return int(cursor.lastrowid)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.DatabaseError as exc:
            raise self._translate(exc) from None

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        try:
            yield from self._conn.execute(sql, params)
        except sqlcipher3.DatabaseError as exc:
            raise self._translate(exc) from None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (nested calls join the outer)."""
        if self._closed:
            raise self._translate(sqlcipher3.ProgrammingError("closed"))
        if self._conn.in_transaction:
            yield
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction (BEGIN DEFERRED … ROLLBACK): every read inside sees the vault as it
        was at the first, and no lock that stops a writer is taken. Writes to temporary tables
        are allowed (they are not the main database's) and are undone at the end; a write to the
        vault itself would need `transaction`. Inside an open transaction it joins it."""
        if self._conn.in_transaction:
            yield
            return
        self.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.rollback()

    @property
    def in_transaction(self) -> bool:
        return bool(self._conn.in_transaction)

    def close(self) -> None:
        self._closed = True
        self._conn.close()

    def _translate(self, exc: Exception) -> Exception:
        if self._closed:
            return SignedOut("the vault was closed at sign-out: sign in again")
        message = str(exc).lower()
        if any(marker in message for marker in _UNREADABLE_MARKERS):
            return _unreadable(self.path, exc)
        return exc


def _hex_key(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the vault data key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def connect_keyed(
    path: Path, key: bytes, formats: Sequence[int] = (FORMAT, 1), *, timeout: float = BUSY_TIMEOUT_S
) -> tuple[Any, int]:
    """A connection to an existing file whose page 1 decrypts under `key`, trying the file
    formats in turn; raises VaultUnreadable if none does (wrong key, damaged page 1, not a
    SQLCipher file). Nothing is written."""
    for file_format in formats:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=timeout
        )
        try:
            _key(conn, key, file_format)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlcipher3.DatabaseError:
            conn.close()
            continue
        return conn, file_format
    raise _unreadable(path)


def _key(conn: Any, key: bytes, file_format: int, schema: str = "") -> None:
    """The key and the page MAC of `file_format`, before the file's first page is read."""
    prefix = f"{schema}." if schema else ""
    conn.execute(f"PRAGMA {prefix}cipher_log_level = NONE")
    if not schema:
        conn.execute(f"PRAGMA key = {_hex_key(key)}")
    conn.execute(f"PRAGMA {prefix}cipher_hmac_algorithm = {HMAC_ALGORITHMS[file_format]}")


def key_attached(db: VaultDb, schema: str) -> None:
    """An attached database just keyed (ATTACH … KEY) gets the current format's page MAC."""
    _key(db._conn, b"", FORMAT, schema)


def open_db(path: Path, key: bytes, *, create: bool = False, verify: Verify = "full") -> VaultDb:
    """Open (or with create=True, create in format 2) the vault file with its raw 256-bit data
    key; an existing file may be of format 1 (`VaultDb.format` says which).

    Opening checks that the key decrypts page 1, that the file is a SeatDesk vault and that it is
    not truncated, and with verify="full" the HMAC of every page; on failure it raises
    VaultUnreadable and has written nothing to the file.
    """
    if create and path.exists():
        raise VaultUnreadable(f"refusing to overwrite an existing file: {path}")
    if not create and not path.is_file():
        raise VaultUnreadable(f"no vault at {path}")
    size_before = path.stat().st_size if path.exists() else 0
    if create:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
        file_format = FORMAT
    else:
        conn, file_format = connect_keyed(path, key)
    db = VaultDb(conn, path, file_format)
    try:
        if create:
            _key(conn, key, FORMAT)
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = -{cache_kib_for(size_before)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
        else:
            _check_existing(db, size_before)
            if verify == "full":
                verify_pages(db)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _unreadable(path, exc) from None
    except VaultUnreadable:
        conn.close()
        raise
    return db


def _check_existing(db: VaultDb, size: int) -> None:
    # The first real read decrypts page 1: a wrong key or damaged header fails here.
    db.scalar("SELECT count(*) FROM sqlite_master")
    if db.scalar("PRAGMA application_id") != APPLICATION_ID:
        raise VaultUnreadable(f"not a SeatDesk vault: {db.path}")
    page_size = int(db.scalar("PRAGMA page_size"))
    page_count = int(db.scalar("PRAGMA page_count"))
    wal = Path(f"{db.path}-wal")
    if page_size <= 0 or (size < page_count * page_size and not wal.exists()):
        raise VaultUnreadable(f"vault file is truncated: {db.path}")
    if db.scalar("PRAGMA journal_mode") != "wal":
        raise VaultUnreadable(f"vault is not in WAL mode (damaged?): {db.path}")


def verify_pages(db: VaultDb) -> None:
    """Every page's HMAC (SQLCipher's cipher_integrity_check): a damaged page anywhere raises
    VaultUnreadable, so that a desk refuses the vault at sign-in instead of failing mid-shift."""
    damaged = db.execute("PRAGMA cipher_integrity_check")
    if damaged:
        raise VaultUnreadable(
            f"vault damaged: {len(damaged)} page(s) fail their integrity check: {db.path}"
        )

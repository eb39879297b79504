"""An import file read as a stream: encoding detection and hashing without holding the file.

A million-customer export is a quarter of a gigabyte of UTF-8, and four times that as a Python
string; the importer never holds either. It reads the file twice: :func:`scan_source` decodes
every byte (to pick the encoding exactly as :func:`decode_csv_bytes` does, before anything is
imported) and hashes it; :func:`open_text` then streams the rows, hashing again, and
:meth:`TextSource.check_unchanged` refuses the import if the file changed in between.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from seatdesk.core.errors import ImportRejected, UsageError
from seatdesk.records.encoding import Tally, decide, tally

__all__ = ["CsvScan", "CsvSource", "TextSource", "open_text", "scan_source"]

CsvSource = bytes | Path
_CHUNK = 1 << 20
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class CsvScan:
    encoding: str  # "utf-8-sig", "utf-8" or "gb18030"
    sha256: str
    size: int
    lines: int  # newline characters: an upper bound for the rows, for progress


def _open_binary(source: CsvSource) -> BinaryIO:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    try:
        return source.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}") from None


def _chunks(source: CsvSource) -> Iterator[bytes]:
    with _open_binary(source) as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


@dataclass
class _Pass:
    """One read of the file through a strict incremental decoder (and, optionally, a hash)."""

    bad_line: int | None = None
    newlines: int = 0
    size: int = 0
    sha256: str = ""
    ascii: bool = True
    tally: Tally = field(default_factory=Tally)


def _decode_pass(
    source: CsvSource, codec: str, skip: int, *, hashing: bool, counting: bool = False
) -> _Pass:
    """Where `codec` first fails after `skip` bytes (as a line number); with `hashing`, read on
    to the end to hash and count every byte even after a failure; with `counting`, tally what
    the text holds (the evidence for an encoding)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    digest = hashlib.sha256()
    result = _Pass()
    for chunk in _chunks(source):
        if hashing:
            digest.update(chunk)
        start = max(0, skip - result.size)
        result.size += len(chunk)
        result.ascii = result.ascii and chunk.isascii()
        if result.bad_line is None:
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk[start:])
                if counting:
                    result.tally += tally(text)
            except UnicodeDecodeError as exc:
                # Bytes held over from the last chunk are never newlines (they are >= 0x80).
                at = start + max(0, exc.start - pending)
                result.bad_line = result.newlines + chunk.count(b"\n", 0, at) + 1
                if not hashing:
                    return result
        result.newlines += chunk.count(b"\n")
    if result.bad_line is None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            result.bad_line = result.newlines + 1  # the file ends inside a character
    result.sha256 = digest.hexdigest()
    return result


def scan_source(source: CsvSource, encoding: str | None = None) -> CsvScan:
    """Detect the encoding like :func:`decode_csv_bytes` (same rules and messages), hash the
    bytes and count the lines, reading the file in chunks (more than once for GB18030 and for a
    file valid in both). `encoding` ("utf-8" or "gb18030", from ``--encoding``) skips the
    detection; the file must then decode strictly in it."""
    with _open_binary(source) as handle:
        head = handle.read(3)
    bom = head == _BOM
    if encoding is not None:
        skip = 3 if bom and encoding == "utf-8" else 0
        given = _decode_pass(source, encoding, skip, hashing=True)
        if given.bad_line is not None:
            label = "UTF-8" if encoding == "utf-8" else "GB18030"
            raise ImportRejected(f"file is not valid {label} (line {given.bad_line})")
        codec = "utf-8-sig" if skip else encoding
        return CsvScan(codec, given.sha256, given.size, given.newlines)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(
            "file is neither UTF-8 nor GB18030 (it is UTF-16: save it as CSV UTF-8 and try again)"
        )
    utf8 = _decode_pass(source, "utf-8", 3 if bom else 0, hashing=True)
    if bom and utf8.bad_line is not None:
        raise ImportRejected(
            "file starts with a UTF-8 byte-order mark but is not valid UTF-8 "
            f"(line {utf8.bad_line})"
        )
    if utf8.bad_line is None:
        scan = CsvScan("utf-8-sig" if bom else "utf-8", utf8.sha256, utf8.size, utf8.newlines)
        if bom or utf8.ascii:
            return scan
        gb = _decode_pass(source, "gb18030", 0, hashing=False, counting=True)
        if gb.bad_line is not None:
            return scan
        utf8_text = _decode_pass(source, "utf-8", 0, hashing=False, counting=True)
        if decide(utf8_text.tally, gb.tally) == "utf-8":
            return scan
        return CsvScan("gb18030", utf8.sha256, utf8.size, utf8.newlines)
    if _decode_pass(source, "gb18030", 0, hashing=False).bad_line is None:
        return CsvScan("gb18030", utf8.sha256, utf8.size, utf8.newlines)
    raise ImportRejected(
        f"file is neither UTF-8 nor GB18030 (first byte that is not UTF-8 on line {utf8.bad_line})"
    )


class _HashingReader(io.RawIOBase):
    """Passes a binary stream through, hashing what is read."""

    def __init__(self, inner: BinaryIO) -> None:
        super().__init__()
        self._inner = inner
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        count = len(data)
        buffer[:count] = data
        self.digest.update(data)
        return count

    def close(self) -> None:
        self._inner.close()
        super().close()


class TextSource:
    """The decoded lines of the file (newlines untranslated, as the csv module wants them)."""

    def __init__(self, source: CsvSource, scan: CsvScan) -> None:
        self._scan = scan
        self._raw = _HashingReader(_open_binary(source))
        buffered = io.BufferedReader(self._raw, buffer_size=_CHUNK)
        self._text = io.TextIOWrapper(buffered, encoding=scan.encoding, newline="")

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._text
        except UnicodeDecodeError:
            raise ImportRejected("the file changed while it was being imported") from None

    def check_unchanged(self) -> None:
        """After the last row: the bytes read are the bytes scanned (and hashed in the report)."""
        while self._raw.read(_CHUNK):  # anything the text layer did not need
            pass
        if self._raw.digest.hexdigest() != self._scan.sha256:
            raise ImportRejected("the file changed while it was being imported")

    def close(self) -> None:
        self._text.close()


@contextmanager
def open_text(source: CsvSource, scan: CsvScan) -> Iterator[TextSource]:
    text = TextSource(source, scan)
    try:
        yield text
    finally:
        text.close()

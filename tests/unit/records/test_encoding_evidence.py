"""Issue 19.1: a GB18030 file whose bytes are also valid UTF-8 is decided on evidence, and
refused naming --encoding when the evidence does not decide it."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.core.errors import ImportRejected
from seatdesk.records.csv_format import decode_csv_bytes
from seatdesk.records.csv_source import scan_source

# Names whose GB18030 bytes are valid UTF-8 (the list, as names).
AMBIGUOUS_NAMES = ["郑伟", "谢强", "叶平", "袁英", "魏霞", "陆伟", "钱强", "史平"]


def gb_file(*names: str) -> bytes:
    rows = "".join(f"C{i},{name}\n" for i, name in enumerate(names, 1))
    return ("customer_no,name\n" + rows).encode("gb18030")


@pytest.mark.parametrize("names", [["郑伟"], ["谢强", "叶平"], AMBIGUOUS_NAMES])
def test_gb18030_names_that_are_valid_utf8_decode_as_gb18030(
    names: list[str], tmp_path: Path
) -> None:
    data = gb_file(*names)
    data.decode("utf-8")  # the trap: the bytes are valid UTF-8
    text, encoding = decode_csv_bytes(data)
    assert encoding == "gb18030"
    assert all(name in text for name in names)
    path = tmp_path / "crm.csv"
    path.write_bytes(data)
    assert scan_source(path).encoding == "gb18030"
    assert scan_source(data).encoding == "gb18030"


@pytest.mark.parametrize("names", [["郑伟"], ["张三", "李四"], ["欧阳𠮷祥"]])
def test_utf8_files_stay_utf8(names: list[str]) -> None:
    data = ("customer_no,name\n" + "".join(f"C{i},{n}\n" for i, n in enumerate(names))).encode()
    assert decode_csv_bytes(data)[1] == "utf-8"
    assert scan_source(data).encoding == "utf-8"


def test_a_utf8_file_that_is_also_gb18030_stays_utf8() -> None:
    data = "customer_no,name\nC1,张三\nC2,王五\n".encode()
    data.decode("gb18030")  # valid both ways
    assert decode_csv_bytes(data)[1] == "utf-8"
    assert scan_source(data).encoding == "utf-8"


def test_when_the_evidence_does_not_decide_the_file_is_refused_naming_the_option() -> None:
    data = "customer_no,name\nC1,José\n".encode()  # or a GB18030 hanzi after "Jos"
    data.decode("gb18030")
    for decide in (decode_csv_bytes, scan_source):
        with pytest.raises(ImportRejected, match="--encoding gb18030\\|utf-8"):
            decide(data)  # type: ignore[operator]


def test_an_explicit_encoding_decides() -> None:
    data = "customer_no,name\nC1,José\n".encode()
    assert decode_csv_bytes(data, "utf-8") == ("customer_no,name\nC1,José\n", "utf-8")
    assert scan_source(data, "utf-8").encoding == "utf-8"
    gb = gb_file("郑伟")
    assert decode_csv_bytes(gb, "gb18030")[1] == "gb18030"
    assert scan_source(gb, "gb18030").encoding == "gb18030"
    with pytest.raises(ImportRejected, match="not valid GB18030"):
        scan_source(b"customer_no,name\nC1,\x81\n", "gb18030")
    with pytest.raises(ImportRejected, match="not valid UTF-8"):
        decode_csv_bytes(b"customer_no,name\nC1,\xd6\n", "utf-8")

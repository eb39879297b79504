from __future__ import annotations

import csv
import io
import time
from datetime import date

import pytest

from seatdesk.core.errors import ImportRejected
from seatdesk.records.csv_format import (
    COLUMNS,
    PROTECTED_COLUMNS,
    REQUIRED,
    CustomerDraft,
    ParsedCsv,
    RowProblem,
    decode_csv_bytes,
    split_list,
)
from seatdesk.records.csv_reader import parse_customer_csv
from seatdesk.records.demo_data import generate_customers
from seatdesk.records.validation import resident_id_check_char

TODAY = date(2026, 11, 28)
TIERS = ("秘密", "机密", "绝密")
ID_MALE = "11010519900307" + "001"
ID_MALE += resident_id_check_char(ID_MALE)
ID_FEMALE = "44030519851231" + "002"
ID_FEMALE += resident_id_check_char(ID_FEMALE)
CARD_OK = "6222021234567890128"
CARD_BAD_LUHN = "6222021234567890129"


def parse(text: str, encoding: str = "utf-8") -> ParsedCsv:
    return parse_customer_csv(
        text.encode(encoding), tier_labels=TIERS, default_tier="秘密", today=TODAY
    )


def csv_text(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def where(parsed: ParsedCsv) -> set[tuple[int, str]]:
    return {(p.line, p.column) for p in parsed.errors}


GOOD = {
    "customer_no": "C00000001",
    "name": "欧阳𠮷祥",
    "gender": "男",
    "birth_date": "1990-03-07",
    "id_type": "",
    "id_number": ID_MALE,
    "mobile": "13800138000；+86 139-0013-9000",
    "landline": "010-62345678",
    "email": "ouyang@163.com",
    "address": "北京市朝阳区建国路88号1203室",
    "bank_card": "6222 0212 3456 7890 128",
    "segment": "金卡",
    "tier": "机密",
    "tier_expires": "2028-01-01",
    "consent": "服务通知;营销推广;服务通知",
    "consent_date": "2024-05-01",
    "retain_until": "2036-05-01",
    "notes": "客户要求改用13900139000联系",
}


def test_good_row_is_normalised() -> None:
    parsed = parse(csv_text([GOOD]))
    assert parsed.problems == []
    assert parsed.ok
    assert parsed.encoding == "utf-8"
    [(line, draft)] = parsed.drafts
    assert line == 2
    assert draft == CustomerDraft(
        customer_no="C00000001",
        name="欧阳𠮷祥",
        gender="男",
        birth_date=date(1990, 3, 7),
        id_type="居民身份证",
        id_number=ID_MALE,
        mobiles=("13800138000", "13900139000"),
        landline="01062345678",
        email="ouyang@163.com",
        address="北京市朝阳区建国路88号1203室",
        bank_card=CARD_OK,
        segment="金卡",
        tier="机密",
        tier_expires=date(2028, 1, 1),
        consent=("服务通知", "营销推广"),
        consent_date=date(2024, 5, 1),
        retain_until=date(2036, 5, 1),
        notes="客户要求改用13900139000联系",
    )


def test_optional_columns_may_be_missing_and_defaults_apply() -> None:
    parsed = parse("name,customer_no\n张三,C1\n")
    assert parsed.problems == []
    [(_, draft)] = parsed.drafts
    assert draft == CustomerDraft(customer_no="C1", name="张三")
    assert draft.tier == "秘密"
    assert draft.id_type == "居民身份证"
    assert draft.segment == ""


def test_constants() -> None:
    assert set(REQUIRED) <= set(COLUMNS)
    assert set(PROTECTED_COLUMNS) <= set(COLUMNS)
    assert len(set(COLUMNS)) == len(COLUMNS) == 18


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030")],
)
def test_encodings_give_the_same_drafts(encoding: str, name: str) -> None:
    rows = [GOOD, {**GOOD, "customer_no": "C2", "name": "诸葛𪚥", "mobile": "13700137000"}]
    text = csv_text(rows)
    reference = parse(text)
    parsed = parse(text, encoding)
    assert parsed.encoding == name
    assert parsed.problems == []
    assert parsed.drafts == reference.drafts
    assert [d.name for _, d in parsed.drafts] == ["欧阳𠮷祥", "诸葛𪚥"]


def test_gbk_file_from_excel_decodes_as_gb18030() -> None:
    data = "customer_no,name,address\r\nC1,张三,广东省深圳市南山区\r\n".encode("gbk")
    text, encoding = decode_csv_bytes(data)
    assert encoding == "gb18030"
    assert "张三" in text


def test_undecodable_file_is_rejected_without_echoing_bytes() -> None:
    data = b"customer_no,name\nC1,\xff\xfe\xfd\x80\n"
    with pytest.raises(ImportRejected, match="neither UTF-8 nor GB18030") as raised:
        decode_csv_bytes(data)
    assert "line 2" in str(raised.value)
    assert "xff" not in str(raised.value).lower()
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None


def test_utf16_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="UTF-16"):
        decode_csv_bytes("customer_no,name\n".encode("utf-16"))


def test_bom_with_broken_utf8_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="not valid UTF-8"):
        decode_csv_bytes(b"\xef\xbb\xbfcustomer_no,name\nC1,\xd5\xc5\n")


# --- header ---------------------------------------------------------------------------------


def test_header_cells_are_stripped_and_case_insensitive() -> None:
    parsed = parse("\ufeff Customer_No , NAME \nC1,张三\n")
    assert parsed.problems == []


def test_unknown_column_is_named() -> None:
    parsed = parse("customer_no,name,wechat\nC1,张三,x\n")
    assert [str(p) for p in parsed.errors] == ["line 1, column wechat: unknown column"]
    assert parsed.drafts == []


def test_missing_required_columns() -> None:
    parsed = parse("customer_no,mobile\nC1,13800138000\n")
    assert [str(p) for p in parsed.errors] == ["line 1, column name: required column is missing"]
    assert parsed.drafts == []


def test_duplicate_header_column() -> None:
    parsed = parse("customer_no,name,mobile,mobile\nC1,张三,13800138000,13900139000\n")
    assert [str(p) for p in parsed.errors] == [
        "line 1, column mobile: column appears more than once in the header"
    ]


def test_empty_header_cell() -> None:
    parsed = parse("customer_no,name,\nC1,张三,\n")
    assert [str(p) for p in parsed.errors] == ["line 1: column 3 of the header has no name"]


def test_file_without_header_does_not_echo_the_first_customer() -> None:
    parsed = parse(f"C1,张三,{ID_MALE},13800138000\n")
    assert len(parsed.errors) == 1
    message = str(parsed.errors[0])
    assert "not a header" in message
    for value in ("张三", ID_MALE, "13800138000"):
        assert value not in message


def test_empty_file() -> None:
    for text in ("", "\n\n"):
        parsed = parse(text)
        assert [str(p) for p in parsed.errors] == [
            "line 1: the file is empty: a header row is required"
        ]


def test_header_only_file_warns() -> None:
    parsed = parse("customer_no,name\n")
    assert parsed.errors == []
    assert [p.message for p in parsed.warnings] == ["the file has no customer rows"]


# --- rows -----------------------------------------------------------------------------------


BAD_ROWS = [
    # (column, bad value, expected message)
    ("id_number", ID_MALE[:17] + "0", "check digit does not match"),
    ("id_number", "11010519900230001" + "0", "birth date in the number is not a real date"),
    ("mobile", "12800138000", "not a mobile number (expected 1[3-9] and 9 digits)"),
    ("mobile", "1380013800", "not a mobile number (expected 1[3-9] and 9 digits)"),
    ("landline", "62345678", "not a landline number"),
    ("landline", "13800138000", "is a mobile number (put it in the mobile column)"),
    ("email", "zhang san@163.com", "not a valid email address"),
    ("bank_card", "62220212345", "not a card number (expected 12-19 digits)"),
    ("birth_date", "1990-02-30", "not a real date (expected YYYY-MM-DD)"),
    ("birth_date", "2030-01-01", "date is in the future"),
    ("tier", "顶级", "unknown tier (expected one of 秘密, 机密, 绝密)"),
    ("tier_expires", "2028-13-01", "not a real date"),
    ("consent_date", "2024/05/01", "not a real date"),
    ("retain_until", "2036-02-30", "not a real date"),
    ("gender", "unknown", "expected 男, 女, M, F, male or female"),
    ("id_number", "1.10105E+17", "scientific notation"),
    ("bank_card", "6.22202E+18", "scientific notation"),
    ("name", "", "required value is empty"),
    ("customer_no", "", "required value is empty"),
]


@pytest.mark.parametrize(("column", "value", "message"), BAD_ROWS)
def test_bad_value_is_reported_without_the_value(column: str, value: str, message: str) -> None:
    row = {**GOOD, column: value}
    if column in ("birth_date", "id_number"):
        row["birth_date" if column == "id_number" else "id_number"] = ""
    parsed = parse(csv_text([row]))
    assert where(parsed) == {(2, column)}
    [problem] = parsed.errors
    assert message in problem.message
    assert str(problem).startswith(f"line 2, column {column}: ")
    if value:
        assert value not in str(problem)
        assert value not in repr(problem)
    assert parsed.drafts == []


def test_every_problem_of_every_row_is_reported() -> None:
    rows = [
        GOOD,
        {**GOOD, "customer_no": "C2", "mobile": "12345", "email": "nope", "tier": "x"},
        {**GOOD, "customer_no": "C3"},
        {**GOOD, "customer_no": "C4", "id_number": ID_MALE[:17] + "9", "bank_card": "12"},
    ]
    parsed = parse(csv_text(rows))
    assert where(parsed) == {
        (3, "mobile"),
        (3, "email"),
        (3, "tier"),
        (5, "id_number"),
        (5, "bank_card"),
    }
    assert [line for line, _ in parsed.drafts] == [2, 4]


def test_several_mobiles_name_the_bad_one() -> None:
    parsed = parse(csv_text([{**GOOD, "mobile": "13800138000;12800138000;13900139000"}]))
    [problem] = parsed.errors
    assert problem.message.startswith("number 2 of 3 not a mobile number")


def test_birth_date_must_match_the_id_number() -> None:
    parsed = parse(csv_text([{**GOOD, "birth_date": "1990-03-08"}]))
    assert [str(p) for p in parsed.errors] == [
        "line 2, column birth_date: does not match the birth date in id_number"
    ]


def test_gender_that_contradicts_the_id_is_a_warning() -> None:
    parsed = parse(csv_text([{**GOOD, "gender": "female"}]))
    assert parsed.errors == []
    assert [(p.column, p.is_warning) for p in parsed.problems] == [("gender", True)]


@pytest.mark.parametrize(
    ("raw", "expected"), [("M", "男"), ("male", "男"), ("FEMALE", "女"), ("f", "女"), ("", "")]
)
def test_gender_forms(raw: str, expected: str) -> None:
    number = ID_FEMALE if expected == "女" else ID_MALE
    row = {**GOOD, "gender": raw, "id_number": number, "birth_date": ""}
    parsed = parse(csv_text([row]))
    assert parsed.problems == []
    assert parsed.drafts[0][1].gender == expected


def test_residence_permit_and_other_id_types() -> None:
    permit = "81000019900101001"
    permit += resident_id_check_char(permit)
    rows = [
        {**GOOD, "customer_no": "C1", "id_type": "港澳台居民居住证", "id_number": permit},
        {**GOOD, "customer_no": "C2", "id_type": "护照", "id_number": "e1234 5678"},
        {**GOOD, "customer_no": "C3", "id_type": "身份证", "id_number": ID_MALE.lower()},
        {**GOOD, "customer_no": "C4", "id_type": "护照", "id_number": "E1"},
        {
            **GOOD,
            "customer_no": "C5",
            "id_type": "港澳台居民居住证",
            "id_number": permit[:-1] + "0",
        },
    ]
    for row in rows:
        row["birth_date"] = ""
        row["gender"] = ""
    parsed = parse(csv_text(rows))
    assert where(parsed) == {(5, "id_number"), (6, "id_number")}
    drafts = [d for _, d in parsed.drafts]
    assert [(d.id_type, d.id_number) for d in drafts] == [
        ("港澳台居民居住证", permit),
        ("护照", "E12345678"),
        ("居民身份证", ID_MALE.upper()),
    ]


def test_luhn_failure_is_only_a_warning() -> None:
    parsed = parse(csv_text([{**GOOD, "bank_card": CARD_BAD_LUHN}]))
    assert parsed.errors == []
    [warning] = parsed.warnings
    assert str(warning) == "line 2, column bank_card: card number fails the Luhn check"
    assert CARD_BAD_LUHN not in str(warning)
    assert parsed.drafts[0][1].bank_card == CARD_BAD_LUHN


def test_landline_extension_is_dropped_with_a_warning() -> None:
    parsed = parse(csv_text([{**GOOD, "landline": "010-62345678转123"}]))
    assert parsed.errors == []
    assert [p.column for p in parsed.warnings] == ["landline"]
    assert parsed.drafts[0][1].landline == "01062345678"


def test_duplicate_customer_no_is_an_error_on_the_later_line() -> None:
    rows = [GOOD, {**GOOD, "customer_no": "C2"}, GOOD]
    parsed = parse(csv_text(rows))
    assert [str(p) for p in parsed.errors] == [
        "line 4, column customer_no: duplicate customer_no (first on line 2)"
    ]
    assert [line for line, _ in parsed.drafts] == [2, 3]


def test_customer_no_too_long() -> None:
    parsed = parse(csv_text([{**GOOD, "customer_no": "C" * 65}]))
    assert [str(p) for p in parsed.errors] == [
        "line 2, column customer_no: too long (at most 64 characters)"
    ]


def test_wrong_number_of_cells() -> None:
    text = "customer_no,name,mobile\nC1,张三\nC2,李四,13800138000,extra\nC3,王五,13900139000\n"
    parsed = parse(text)
    assert [str(p) for p in parsed.errors] == [
        "line 2: row has 2 cells, the header has 3",
        "line 3: row has 4 cells, the header has 3",
    ]
    assert [line for line, _ in parsed.drafts] == [4]


def test_blank_lines_are_skipped_and_lines_still_count() -> None:
    text = "customer_no,name,mobile\n\nC1,张三,13800138000\n , , \n\r\nC2,李四,12800138000\n"
    parsed = parse(text)
    assert where(parsed) == {(6, "mobile")}
    assert [line for line, _ in parsed.drafts] == [3]


def test_quoted_multi_line_notes_keep_physical_line_numbers() -> None:
    text = (
        "customer_no,name,notes,mobile\r\n"
        'C1,张三,"第一行\r\n第二行\r\n第三行",13800138000\r\n'
        "C2,李四,,12800138000\r\n"
        'C3,王五,"一\n二",13900139000\n'
        "C4,赵六,,1\n"
    )
    parsed = parse(text)
    assert [str(p) for p in parsed.errors] == [
        "line 5, column mobile: not a mobile number (expected 1[3-9] and 9 digits)",
        "line 8, column mobile: not a mobile number (expected 1[3-9] and 9 digits)",
    ]
    assert [line for line, _ in parsed.drafts] == [2, 6]
    assert parsed.drafts[0][1].notes == "第一行\r\n第二行\r\n第三行"


def test_unclosed_quote_is_reported_on_its_first_line() -> None:
    text = 'customer_no,name,notes\nC1,张三,ok\nC2,李四,"never closed\nC3,王五,x\n'
    parsed = parse(text)
    assert [str(p) for p in parsed.errors] == ["line 3: a quote opened here is never closed"]
    assert [line for line, _ in parsed.drafts] == [2]


def test_text_after_a_closing_quote_is_an_error_and_parsing_goes_on() -> None:
    text = 'customer_no,name,notes\nC1,"张三"x,ok\nC2,李四,"a ""quoted"" word"\nC3,,\n'
    parsed = parse(text)
    assert [(p.line, p.column) for p in parsed.errors] == [(2, ""), (4, "name")]
    assert "张三" not in str(parsed.errors[0])
    assert parsed.drafts[0][1].notes == 'a "quoted" word'


def test_oversized_field() -> None:
    parsed = parse("customer_no,name,notes\nC1,张三," + "长" * 200_000 + "\nC2,李四,\n")
    assert [str(p) for p in parsed.errors] == ["line 2: a field is too large"]
    assert [line for line, _ in parsed.drafts] == [3]


def test_notes_longer_than_the_limit() -> None:
    parsed = parse(csv_text([{**GOOD, "notes": "长" * 4001}]))
    assert [str(p) for p in parsed.errors] == [
        "line 2, column notes: too long (at most 4000 characters)"
    ]


def test_default_tier_must_be_a_label() -> None:
    with pytest.raises(ValueError, match="default_tier"):
        parse_customer_csv(b"customer_no,name\n", tier_labels=TIERS, default_tier="x", today=TODAY)


def test_split_list() -> None:
    assert split_list(" a ;b；；a; ") == ["a", "b"]
    assert split_list("") == []


# --- no protected value in any message or repr ---------------------------------------------


def test_no_protected_value_leaks_into_problems_or_reprs() -> None:
    secrets = {
        "name": "司马懿",
        "id_number": ID_MALE[:17] + ("0" if ID_MALE[17] != "0" else "1"),
        "mobile": "12612345678",
        "landline": "010-12345678",
        "email": "sima.yi@@wei.cn",
        "bank_card": "62220212345678901234",
        "birth_date": "1990-02-31",
        "address": "河南省洛阳市" * 100,
    }
    parsed = parse(csv_text([{**GOOD, **secrets}]))
    assert {p.column for p in parsed.errors} == set(secrets) - {"name"}
    text = "\n".join(str(p) + repr(p) for p in parsed.problems) + repr(parsed)
    for value in secrets.values():
        assert value not in text
    assert "河南省洛阳市" not in text


def test_draft_repr_hides_protected_fields() -> None:
    [(_, draft)] = parse(csv_text([GOOD])).drafts
    shown = repr(draft) + str(draft)
    assert "C00000001" in shown
    for value in (
        "欧阳",
        ID_MALE,
        "13800138000",
        "01062345678",
        "ouyang",
        "建国路",
        CARD_OK,
        "改用",
    ):
        assert value not in shown
    assert "1990" not in shown


def test_row_problem_str() -> None:
    assert str(RowProblem(17, "id_number", "check digit does not match", False)) == (
        "line 17, column id_number: check digit does not match"
    )
    assert str(RowProblem(1, "", "the file is empty")) == "line 1: the file is empty"


# --- a large file ---------------------------------------------------------------------------


def test_ten_thousand_rows_with_one_bad_row_near_the_end() -> None:
    rows = list(generate_customers(10_000, 7, today=TODAY))
    bad_index = 9_990
    rows[bad_index]["id_number"] = rows[bad_index]["id_number"][:17] + (
        "0" if rows[bad_index]["id_number"][17] != "0" else "1"
    )
    text = csv_text(rows)
    # The physical line of the bad row: count the lines of everything written before it.
    expected_line = csv_text(rows[:bad_index]).count("\n") + 1
    assert expected_line > bad_index + 2  # some notes span lines, so lines != rows
    data = text.encode("utf-8")
    started = time.perf_counter()
    parsed = parse_customer_csv(data, tier_labels=TIERS, default_tier="秘密", today=TODAY)
    elapsed = time.perf_counter() - started
    assert [str(p) for p in parsed.errors] == [
        f"line {expected_line}, column id_number: check digit does not match"
    ]
    assert parsed.warnings == []
    assert len(parsed.drafts) == 9_999
    assert elapsed < 5, f"parsing 10,000 rows took {elapsed:.2f} s"


def test_every_customer_field_of_the_policy_is_a_column() -> None:
    from seatdesk.policy.model import CARD_ORDER, FIELD_NAMES

    assert set(FIELD_NAMES) <= set(COLUMNS)
    assert sorted(CARD_ORDER) == sorted(FIELD_NAMES)
    assert set(FIELD_NAMES) - {"gender", "segment", "consent"} == PROTECTED_COLUMNS

"""Synthetic zh_CN customers for demos, tests and benchmarks (``seatdesk demo-data``).

The rows are a pure function of ``(count, seed, today)``: one ``random.Random(seed)`` drives every
choice, so a seed names a data set. Every row passes :func:`parse_customer_csv` without errors or
warnings. The values look real (real region codes, valid check digits, Luhn-valid UnionPay numbers)
but are random; any match with a real person is chance.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from seatdesk.core.errors import UsageError
from seatdesk.core.files import replacing
from seatdesk.records.csv_format import COLUMNS
from seatdesk.records.validation import luhn_check_digit, resident_id_check_char

__all__ = ["MAX_COUNT", "TIERS", "generate_customers", "write_demo_csv"]

MAX_COUNT = 10_000_000
TIERS = ("秘密", "机密", "绝密")

# (region code, province, city, district, area code): real GB/T 2260 county-level codes.
_REGIONS: tuple[tuple[str, str, str, str, str], ...] = (
    ("110101", "北京市", "", "东城区", "010"),
    ("110105", "北京市", "", "朝阳区", "010"),
    ("110108", "北京市", "", "海淀区", "010"),
    ("120101", "天津市", "", "和平区", "022"),
    ("310101", "上海市", "", "黄浦区", "021"),
    ("310104", "上海市", "", "徐汇区", "021"),
    ("310115", "上海市", "", "浦东新区", "021"),
    ("500103", "重庆市", "", "渝中区", "023"),
    ("440104", "广东省", "广州市", "越秀区", "020"),
    ("440106", "广东省", "广州市", "天河区", "020"),
    ("440304", "广东省", "深圳市", "福田区", "0755"),
    ("440305", "广东省", "深圳市", "南山区", "0755"),
    ("330102", "浙江省", "杭州市", "上城区", "0571"),
    ("330106", "浙江省", "杭州市", "西湖区", "0571"),
    ("320106", "江苏省", "南京市", "鼓楼区", "025"),
    ("320508", "江苏省", "苏州市", "姑苏区", "0512"),
    ("510104", "四川省", "成都市", "锦江区", "028"),
    ("510107", "四川省", "成都市", "武侯区", "028"),
    ("420106", "湖北省", "武汉市", "武昌区", "027"),
    ("610113", "陕西省", "西安市", "雁塔区", "029"),
    ("370102", "山东省", "济南市", "历下区", "0531"),
    ("370202", "山东省", "青岛市", "市南区", "0532"),
    ("430104", "湖南省", "长沙市", "岳麓区", "0731"),
    ("350102", "福建省", "福州市", "鼓楼区", "0591"),
    ("350203", "福建省", "厦门市", "思明区", "0592"),
    ("210102", "辽宁省", "沈阳市", "和平区", "024"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "0451"),
    ("410105", "河南省", "郑州市", "金水区", "0371"),
    ("530102", "云南省", "昆明市", "五华区", "0871"),
    ("340104", "安徽省", "合肥市", "蜀山区", "0551"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "0771"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "0991"),
)
# Residence permits for Hong Kong, Macau and Taiwan residents: (code, permit holder's home).
_PERMIT_REGIONS = ("810000", "820000", "830000")

# Roughly in order of frequency; the first ten cover about 40% of the population.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
    "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "皇甫")
_MALE_CHARS = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国文志博然睿哲"
_FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英红梅琳燕萍雪倩婷颖洁慧莉佳欣怡晶薇蕾琪媛珊露月悦瑶雯"
# Name characters outside the BMP (CJK extensions B-E): they break UTF-16 and naive masking.
_RARE_CHARS = ("𠮷", "𪚥", "𠀋", "𫖮", "𬌗", "𫓧", "𬍛", "𬟽", "𡈼")

# Every 1[3-9] segment issued to operators so far, voice and data-only alike.
_MOBILE_PREFIXES = tuple(
    str(n)
    for n in (
        *range(130, 140),
        *(145, 147, 150, 151, 152, 153, 155, 156, 157, 158, 159, 162, 165, 166, 167),
        *(170, 171, 172, 173, 175, 176, 177, 178),
        *range(180, 194),
        *range(195, 200),
    )
)
_STREETS = (
    "人民路",
    "中山路",
    "解放路",
    "建设路",
    "和平路",
    "新华路",
    "文化路",
    "青年路",
    "长江路",
)
_ESTATES = ("阳光花园", "锦绣家园", "幸福里", "翠湖苑", "金色家园", "东方名苑", "")
_EMAIL_DOMAINS = (
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "139.com",
    "outlook.com",
)
_SYLLABLES = (
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "lin",
)
# UnionPay issuer prefixes (62xxxx) of large banks.
_CARD_BINS = ("622202", "621700", "622848", "621661", "622588", "622262", "621483", "623058")
_SEGMENTS = ("普通", "银卡", "金卡", "白金", "私人银行")
_SEGMENT_WEIGHTS = (60, 20, 12, 6, 2)
_PURPOSES = ("服务通知", "营销推广", "账单提醒", "满意度回访")
_NOTES = (
    "客户要求改用{mobile}联系",
    "客户称{mobile}为家人号码，仅紧急时联系",
    "客户反映卡片丢失，卡号{card}，已挂失",
    "客户来电咨询信用卡账单分期",
    "偏好工作日下午来电",
    "不接受营销电话",
    "已核实身份，更新通讯地址",
    "第一次来电：咨询积分兑换\n第二次来电：已解决",
    "客户投诉等待时间过长，已致歉，并承诺回访",
)


def _card(rng: random.Random) -> str:
    length = 19 if rng.random() < 0.4 else 16
    body = rng.choice(_CARD_BINS) + "".join(rng.choices("0123456789", k=length - 7))
    return body + luhn_check_digit(body)


def _name(rng: random.Random, male: bool) -> str:
    roll = rng.random()
    surname = rng.choice(_COMPOUND_SURNAMES) if roll < 0.03 else rng.choice(_SURNAMES)
    chars = _MALE_CHARS if male else _FEMALE_CHARS
    given = [rng.choice(chars) for _ in range(1 if rng.random() < 0.3 else 2)]
    if rng.random() < 0.03:
        given[-1] = rng.choice(_RARE_CHARS)
    return surname + "".join(given)


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.ids: set[str] = set()
        self.mobiles: set[str] = set()
        latest = min(date(2005, 12, 31), today.replace(year=today.year - 18, day=1))
        self.first_birth = date(1940, 1, 1).toordinal()
        self.last_birth = latest.toordinal()

    def days(self, low: int, high: int) -> date:
        return self.today + timedelta(days=self.rng.randint(low, high))

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def resident_id(self, region: str, male: bool) -> tuple[str, date]:
        rng = self.rng
        while True:
            born = date.fromordinal(rng.randint(self.first_birth, self.last_birth))
            sequence = f"{rng.randrange(100):02d}{rng.randrange(5) * 2 + (1 if male else 0)}"
            first17 = f"{region}{born:%Y%m%d}{sequence}"
            number = first17 + resident_id_check_char(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number, born

    def row(self, customer_no: str) -> dict[str, str]:
        rng = self.rng
        male = rng.random() < 0.5
        region = rng.choice(_REGIONS)
        code, province, city, district, area = region
        id_type = "居民身份证"
        kind = rng.random()
        if kind < 0.01:
            id_type = "港澳台居民居住证"
            code = rng.choice(_PERMIT_REGIONS)
        id_number, born = self.resident_id(code, male)
        if kind > 0.99:
            id_type, id_number = "护照", f"E{rng.randrange(10**8):08d}"
        mobiles = [self.mobile() for _ in range(2 if rng.random() < 0.05 else 1)]
        landline = ""
        if rng.random() < 0.3:
            local = f"{rng.randint(2, 8)}{rng.randrange(10**7):07d}"
            landline = f"{area}-{local}"
        email = ""
        if rng.random() < 0.5:
            if rng.random() < 0.4:
                email = f"{rng.randint(10**5, 10**10)}@qq.com"
            else:
                local_part = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)
                email = f"{local_part}{rng.randint(1, 9999)}@{rng.choice(_EMAIL_DOMAINS)}"
        estate = rng.choice(_ESTATES)
        building = f"{estate}{rng.randint(1, 30)}栋" if estate else ""
        address = (
            f"{province}{city}{district}{rng.choice(_STREETS)}{rng.randint(1, 999)}号"
            f"{building}{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
        )
        tier_roll = rng.random()
        tier = TIERS[0] if tier_roll < 0.85 else TIERS[1] if tier_roll < 0.97 else TIERS[2]
        tier_expires = ""
        if tier != TIERS[0] and rng.random() < 0.5:
            tier_expires = self.days(-60, 3 * 365).isoformat()
        consent = [p for p in _PURPOSES if rng.random() < (0.9 if p == "服务通知" else 0.35)]
        # Consent is given as an adult: not before the 18th birthday.
        adult = (born + timedelta(days=6575) - self.today).days
        consent_date = self.days(max(-8 * 365, adult), 0).isoformat() if consent else ""
        retain_until = self.days(-365, -1) if rng.random() < 0.02 else self.days(365, 10 * 365)
        notes = ""
        if rng.random() < 0.3:
            notes = rng.choice(_NOTES).format(mobile=self.mobile(), card=_card(rng))
        return {
            "customer_no": customer_no,
            "name": _name(rng, male),
            "gender": "男" if male else "女",
            "birth_date": born.isoformat() if id_type != "护照" and rng.random() < 0.8 else "",
            "id_type": "" if id_type == "居民身份证" and rng.random() < 0.2 else id_type,
            "id_number": id_number,
            "mobile": ";".join(mobiles),
            "landline": landline,
            "email": email,
            "address": address,
            "bank_card": _card(rng) if rng.random() < 0.6 else "",
            "segment": rng.choices(_SEGMENTS, _SEGMENT_WEIGHTS)[0],
            "tier": tier,
            "tier_expires": tier_expires,
            "consent": ";".join(consent),
            "consent_date": consent_date,
            "retain_until": retain_until.isoformat(),
            "notes": notes,
        }


def generate_customers(count: int, seed: int, *, today: date) -> Iterator[dict[str, str]]:
    """Yield ``count`` rows with every column of :data:`COLUMNS`, deterministic for the arguments.

    Customer numbers are ``C`` and 8 digits, sequential from C00000001; mobile and ID numbers are
    unique within the set. Tiers use the default policy labels 秘密/机密/绝密.
    """
    if not 0 <= count <= MAX_COUNT:
        raise UsageError(f"count must be between 0 and {MAX_COUNT}")
    if today.year < 1960:
        raise UsageError("today must be 1960 or later (birth dates start in 1940)")
    return _rows(count, _Generator(seed, today))


def _rows(count: int, generator: _Generator) -> Iterator[dict[str, str]]:
    # Sequential numbers, so a demo user can simply try C00000001.
    for number in range(1, count + 1):
        yield generator.row(f"C{number:08d}")


def write_demo_csv(path: Path, count: int, seed: int, *, today: date) -> int:
    """Write the demo rows as UTF-8 CSV (no BOM, header in :data:`COLUMNS` order); return rows.

    The file appears complete or not at all: rows go to a temporary file beside it first.
    """
    written = 0
    with replacing(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            for row in generate_customers(count, seed, today=today):
                writer.writerow(row)
                written += 1
            out.flush()
        finally:
            out.detach()  # `replacing` syncs and closes the file itself
    return written

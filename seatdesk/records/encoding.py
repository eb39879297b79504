"""Which encoding an import file is in, when its bytes decode both as UTF-8 and as GB18030.

A short GB18030 file whose Chinese is only names like 郑伟 or 谢强 is also valid UTF-8 (two-byte
GB characters with a lead byte 0xC2–0xDF and a trail byte 0xA1–0xBF are UTF-8 sequences too),
and read as UTF-8 it turns into Hebrew, Greek, Cyrillic or Latin Extended-B letters. So when
both readings succeed, each is tallied and the evidence decides; when it does not, the file is
refused, naming ``--encoding``. Pure: text in, counts and a decision out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seatdesk.core.errors import ImportRejected

__all__ = ["ENCODINGS", "Tally", "decide", "tally", "undecided"]

ENCODINGS = ("gb18030", "utf-8")


def _level_one_hanzi() -> str:
    """The 3,755 most common characters: GB 2312 level 1 (lead bytes 0xB0–0xD7)."""
    chars = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the unused end of row 0xD7
    return "".join(chars)


_COMMON = re.compile("[" + re.escape(_level_one_hanzi()) + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Other plausible text: CJK ideographs, CJK and full-width punctuation, general punctuation.
_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7]")
# Plausible in a name or an address but no evidence either way: Latin letters with diacritics
# (José, Nguyễn), combining marks (NFC comes later) and Latin-1 signs.
_LATIN = re.compile(r"[\u00a0-\u00b6\u00b8-\u017f\u0300-\u036f\u1e00-\u1eff]")


@dataclass(frozen=True)
class Tally:
    """What one reading of the file holds beyond ASCII."""

    common: int = 0  # level-1 hanzi
    cjk: int = 0  # other CJK text
    latin: int = 0
    other: int = 0  # implausible: C1 controls, other scripts, private use, rare blocks

    def __add__(self, more: Tally) -> Tally:
        return Tally(
            self.common + more.common,
            self.cjk + more.cjk,
            self.latin + more.latin,
            self.other + more.other,
        )

    @property
    def score(self) -> float:
        """Mean plausibility per character beyond ASCII (0 for plain ASCII)."""
        n = self.common + self.cjk + self.latin + self.other
        return (2 * self.common + self.cjk - 3 * self.other) / n if n else 0.0


def tally(text: str) -> Tally:
    non_ascii = len(_NON_ASCII.findall(text))
    if not non_ascii:
        return Tally()
    common = len(_COMMON.findall(text))
    cjk = len(_CJK.findall(text)) - common
    latin = len(_LATIN.findall(text))
    return Tally(common, cjk, latin, non_ascii - common - cjk - latin)


def undecided() -> ImportRejected:
    return ImportRejected(
        "the file reads both as UTF-8 and as GB18030 and its text does not say which it is: "
        "give the encoding with --encoding gb18030|utf-8"
    )


def decide(utf8: Tally, gb18030: Tally) -> str:
    """The encoding of a file valid in both, from what each reading holds; refuse if unsure."""
    if utf8.other == 0 and gb18030.other > 0:
        return "utf-8"
    if gb18030.other == 0 and utf8.other > 0:
        return "gb18030"
    if utf8.other == 0 and gb18030.other == 0:
        if utf8.common + utf8.cjk == 0 and gb18030.common + gb18030.cjk == 0:
            return "utf-8"  # nothing Chinese either way (plain ASCII among them)
        if utf8.common + utf8.cjk > 0 and utf8.score >= gb18030.score:
            return "utf-8"  # UTF-8 Chinese reads as rarer characters in GB18030
    raise undecided()

"""Text as people write it, folded so that two spellings of the same thing compare equal.

One rule for the whole desk: NFKC (full-width letters and digits become ASCII), case folding,
and no whitespace at all. Names and organisations also lose the dots people put inside them or
leave out (`drop_dots`): the middle dot of a transliterated name (阿卜杜·拉赫曼), bullets, the
katakana middle dot and the full stop of "Ltd.".

The visitor watch list hashes folded names, so what `fold_text(..., drop_dots=True)` returns for
a given text must never change: stored entries would stop matching. The clipboard guards fold
without `drop_dots`: a stored value of two characters, one of them a dot, is still guarded.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["NAME_DOTS", "fold_text", "normal_text"]

#: The dots `fold_text(..., drop_dots=True)` removes (after NFKC, which turns the half-width
#: katakana middle dot into "・" and the full-width full stop into ".").
NAME_DOTS = "·•・."


def fold_text(text: str, *, drop_dots: bool = False) -> str:
    """`text` NFKC-normalised, case-folded, without whitespace (and without `NAME_DOTS`)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if drop_dots:
        return "".join(ch for ch in folded if not ch.isspace() and ch not in NAME_DOTS)
    return "".join(folded.split())


# Variation selectors (VS1–16, VS17–256): they choose a glyph, not a character; kept, they would
# add a `*` to a mask and make two spellings of one name differ.
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def normal_text(text: str) -> str:
    """`text` in NFC without variation selectors: how every text field is stored and every
    typed query is compared (a decomposed accent and its precomposed form are one character)."""
    return _SELECTORS.sub("", unicodedata.normalize("NFC", text))

"""Numbers: find every numeric mention of a text and say what kind it is.

News text is full of numbers that are not counts: dates ("on the 22nd"),
years ("since 1953"), ordinals ("the 16th BRICS summit"), unit names ("XI
Corps", "11th Corps"), money ("US$2,000"), percentages ("95 percent"),
identifiers ("COVID-19", "175-24"), phone numbers, postal codes and street
numbers. :func:`find_numbers` finds them all, left to right and without
overlap, and reads the counts into :class:`~claimkit.model.Quantity` objects
with the qualifier the wording gives ("some 10,000", "more than 12,000",
"between 10,000 and 12,000", "several thousand").

Rules that keep a number from being misread by a factor of 1000:

* Thousands are grouped by commas ("12,000") or by spaces, including thin and
  no-break spaces ("12 000"), in groups of exactly three digits. Any other
  grouping ("1,500,00") is refused, and a chain of short groups ("1,2,3,4") is
  a list, not a number.
* One dot followed by exactly three digits ("12.000", "1.500") is ambiguous:
  English reads a decimal, much of Europe reads thousands. It is refused as a
  count (kind ``OTHER``, with the reason) unless a scale word follows ("1.500
  million" can only be 1.5 million). Two or more dots, each followed by three
  digits ("1.500.000"), can only be European grouping and are read that way.
* Counts are never negative ("-5" is ``OTHER``), zero is a valid count, a
  count above 10^10 is refused as implausible, and a run of more than 30
  digits is refused without being converted.

Vague quantities get bounds that contain every reading of the words and a
value inside them (``low``/``value``/``high``):

======================= =============== ======================================
wording                 bounds          value
======================= =============== ======================================
dozens                  24 – 99         50
scores                  40 – 199        60
hundreds                200 – 999       500
thousands               2000 – 9999     5000
millions / billions     2e6 – 999999999 5e6 (billions: 2e9 – 999999999999, 5e9)
tens of thousands       20000 – 99999   50000 (and tens of millions, billions)
hundreds of thousands   200000 – 999999 500000 (and hundreds of millions, ...)
several N               2N – 9N         5N ("several thousand": 2000 – 9000)
a few N                 2N – 5N         3N
a couple of N           2N – 3N         2N
======================= =============== ======================================

>>> [(m.text, m.kind.value) for m in find_numbers("On October 21, 2024, some 10,000 troops arrived.")]
[('October 21, 2024', 'date'), ('some 10,000', 'count')]
>>> q = parse_quantity("more than 12,000 soldiers")
>>> (q.value, q.qualifier.value, q.low, q.high, q.unit)
(12000, 'more_than', 12000, None, 'soldiers')
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal

import attrs

from claimkit._validators import arguments
from claimkit.dates import ascii_twin, date_spans, fold, reads_as_ascii
from claimkit.dates import word_trie as _trie
from claimkit.errors import ModelTypeError, ParseError
from claimkit.model import Number, Qualifier, Quantity, Span, _new, _slot_setters

__all__ = ["MentionKind", "NumberMention", "find_numbers", "parse_quantity"]


class MentionKind(str, enum.Enum):
    """What a numeric mention is.

    Only ``COUNT`` (and the amounts of ``MONEY`` and ``PERCENT``) carry a
    :class:`~claimkit.model.Quantity`; the other kinds are numbers that must not
    be read as counts, and say why in :attr:`NumberMention.reason`.
    """

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    FRACTION = "fraction"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    ORDINAL = "ordinal"
    UNIT_NAME = "unit_name"
    IDENTIFIER = "identifier"
    PHONE = "phone"
    POSTAL_CODE = "postal_code"
    ADDRESS = "address"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class NumberMention:
    """One numeric mention found in a text.

    Args:
        span: offsets of the whole qualified expression in the text given to
            :func:`find_numbers` ("more than 12,000", "between 10 and 12").
        text: the characters of ``span``.
        kind: what the mention is.
        quantity: the count (or the amount of money, or the percentage), or
            ``None`` for every other kind and for refused numbers.
        number_span: just the numeral(s) ("12,000" in "more than 12,000"; from
            the first numeral to the last in a range).
        reason: why the mention is not a count, for every kind but ``COUNT``.
        rate: the rate phrase right after the number or its noun ("per day",
            "per month"), when there is one; deciding what it means is left to
            claim extraction.
    """

    span: Span
    text: str
    kind: MentionKind
    quantity: Quantity | None
    number_span: Span
    reason: str = ""
    rate: str | None = None

    @classmethod
    def _trusted(
        cls,
        span: Span,
        text: str,
        kind: MentionKind,
        quantity: Quantity | None,
        number_span: Span,
        reason: str,
        rate: str | None,
    ) -> NumberMention:
        """A mention from the reader's own fields, set one by one (the generated frozen init costs 2x).

        >>> m = find_numbers("some 5 troops")[0]
        >>> NumberMention._trusted(m.span, m.text, m.kind, m.quantity, m.number_span, m.reason, m.rate) == m
        True
        """
        mention = _new(cls)
        set_span, set_text, set_kind, set_quantity, set_number_span, set_reason, set_rate = _MENTION_SETTERS
        set_span(mention, span)
        set_text(mention, text)
        set_kind(mention, kind)
        set_quantity(mention, quantity)
        set_number_span(mention, number_span)
        set_reason(mention, reason)
        set_rate(mention, rate)
        return mention


_MENTION_SETTERS = _slot_setters(NumberMention, "span text kind quantity number_span reason rate")

# --------------------------------------------------------------------- lexicon

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # Indian English: a lakh is a hundred thousand, a crore ten million ("over one lakh troops").
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000,
}  # fmt: skip

# Longest first, so "seventeen" is never read as "seven".


_TENS_RE = _trie(_TENS)
_SCALE_WORD_RE = "hundred|thousand|million|billion|trillion|lakhs?|crores?"
_NUMWORD = (
    _trie(
        [
            *_SMALL,
            *_TENS,
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "lakhs",
            "lakh",
            "crores",
            "crore",
            "dozen",
        ]
    )
    + "(?![A-Za-z])"
)

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth"
    " fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth"
)
_ORDINAL_WORDS = _trie(_ORDINALS)
_UNIT_NAME_NOUNS = (
    "Corps|Army|Armies|Division|Brigade|Regiment|Battalion|Fleet|Squadron|Wing|Guards|Group"
    "|Front|Flotilla|Company|Platoon|Legion|Command|Infantry|Cavalry|Artillery"
)
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_SPACES = "\u0020\u00a0\u2009\u202f"  # space, no-break, thin and narrow no-break spaces

# The core of a mention: where the scanner stops. Alternatives are tried in order
# at each position, so the more specific shapes come first.
_CORE = re.compile(
    rf"""
    (?<![\w])                              # a mention starts a word: most positions fail here at once
    (?:
      (?=[\d+(])(?:                        # shapes that start with a digit, "+" or "(":
        (?P<phone>                          #   +65 6790 6982, (617) 555-0100, 617-555-0100
            (?<![+])\+\d{{1,3}}(?:[ .\-]\(?\d{{1,4}}\)?){{2,5}}(?!\d)
          | \(\d{{3}}\)\ ?\d{{3}}[\-. ]\d{{4}}(?!\d)
          | (?<![\-])\d{{3}}[\-.]\d{{3}}[\-.]\d{{4}}(?![\d\-])
        )
      | (?P<digits>                         #   12,000  12 000  2.5  1.500.000  1,500,00
            (?<![.,])(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}}(?!\d))+(?![.,]\d)|\d+(?:[.,]\d+)*)
        )
      )
    | (?P<fracsym>[½⅓⅔¼¾⅕⅛])                 # ½
    | (?=[A-Za-z])(?:                       # shapes that start with a letter:
        (?P<roman>                          #   XI Corps: a Roman numeral naming a unit
            [IVXLC]{{1,7}}(?=\ {{1,3}}(?:{_UNIT_NAME_NOUNS})\b)
        )
      | (?P<ident>                          #   G7, F-16, Su-27, COVID-19, B3, MH17
            [A-Z][A-Za-z]{{0,9}}-?\d{{1,8}}[A-Za-z\d]{{0,8}}(?![\w])
        )
      | (?=[ABDEFHMNOSTZabdefhmnostz])(?:   #   number words all start with one of these letters
          (?P<frac>                         #   half, one-third, a quarter, two-thirds
              (?i:(?:one|a|two|three|four|five|nine)[\ \-]
                  (?:half|thirds?|quarters?|fifths?|eighths?|tenths?)
                | half(?!\ {{1,3}}an?\ {{1,3}}(?:dozen|{_SCALE_WORD_RE})))(?![\w])
          )
        | (?P<vague>                        #   several thousand, tens of thousands, hundreds
              (?i:(?:several|a\ few|a\ couple\ of)\ {{1,3}}(?:dozen|{_SCALE_WORD_RE})
                  (?:\ {{1,3}}(?:thousand|million|billion))?  # several hundred thousand
                | (?:tens|hundreds)\ {{1,3}}of\ {{1,3}}(?:thousands|millions|billions)
                | dozens|scores|hundreds|thousands|millions|billions)(?![\w])
          )
        | (?P<ordword>                      #   twenty-first, eleventh
              (?i:(?:{_TENS_RE}[\ \-])?{_ORDINAL_WORDS})(?![\w])
          )
        | (?P<words>                        #   a thousand, twenty-five, one hundred and twenty
              (?i:(?:half\ {{1,3}})?(?:an?\ {{1,3}}(?=(?:dozen|{_SCALE_WORD_RE})\b))?
                  {_NUMWORD}(?:(?:\ {{1,3}}and\ {{1,3}}|[\ \-]{{1,3}}){_NUMWORD}){{0,12}})
          )
        )
      )
    )
    """,
    re.X,
)

# Where ``_CORE`` can match, found fast (the same construction as ``claimkit.dates._DATE_AT``): ``re`` runs
# a pattern that opens with an assertion at every position, but scans in C for one that opens with a
# character class. This one opens with a class holding the first character of every ``_CORE`` match (a
# digit, "+", "(", a vulgar fraction, a capital, or the letters number words start with, as ``_CORE``'s own
# lookahead lists them) and holds ``_CORE`` in a lookahead: it matches at exactly the positions ``_CORE``
# matches at, for the same ``pos``/``endpos``. Before ``_CORE`` it takes a cheap necessary condition that
# most word starts fail: a digit-like character, an identifier's capital and digit, a Roman numeral and a
# space, or the first word of a spelt-out number (every number-word shape of ``_CORE`` opens with one of
# ``_FIRST_WORDS``, case-insensitively, and then a character that is not an ASCII letter).
_FIRST_WORDS = (
    "a an half one two three four five nine several tens hundreds dozens scores thousands millions billions"
    f" {' '.join(_SMALL)} {' '.join(_TENS)} hundred thousand million billion trillion dozen {_ORDINALS}"
)
# The prefilter's alternative for a mention spelt out: the first word of one, in any case.
_SPELT_START = rf"|(?i:{_trie(sorted(set(_FIRST_WORDS.split())))})(?![A-Za-z])"
_CORE_AT = re.compile(
    rf"""
    [\d+(½⅓⅔¼¾⅕⅛A-Zabdefhmnostz]          # what every mention's first character is
    (?<!\w.)                               # at a word start (mid-word positions fail here)
    (?<=(?=[\d½⅓⅔¼¾⅕⅛]|[+(]\d            # digits, a phone number, a vulgar fraction
          |[A-Z][A-Za-z]{{0,9}}-?\d         # an identifier
          |[IVXLC]{{1,7}}\                  # a Roman numeral before its unit's noun
          {_SPELT_START}                    # or a number word (not in ``_CORE_AT_UPPER_ASCII``)
          )
        (?={_CORE.pattern}).)               # and the mention itself, read from that character
    """,
    re.X,
)

_CORE_AT_ASCII = ascii_twin(_CORE_AT)  # for text that ``reads_as_ascii``
# ``_CORE_AT_ASCII`` without the lower-case letters and without ``_SPELT_START``, for ASCII text in which no
# mention can be spelt out (``_may_spell`` is false): such a mention, in any case, opens with a word of
# ``_FIRST_WORDS``, and after "a" or "an" it needs one of the words its shapes read next ("a few", "a couple
# of", "a half", "a dozen", "a lakh"); all are words of ``_LOWER_MENTION_WORDS``, which the lowered text lacks.
# At a capital the prefilter then only admits an identifier or a Roman numeral, where ``_CORE`` may match.
_UPPER_PATTERN = _CORE_AT.pattern.replace("[\\d+(½⅓⅔¼¾⅕⅛A-Zabdefhmnostz]", "[\\d+(A-Z]", 1)
_CORE_AT_UPPER_ASCII = ascii_twin(re.compile(_UPPER_PATTERN.replace(_SPELT_START, "", 1), _CORE_AT.flags))
# The scan ``_CORE_AT_UPPER_ASCII`` makes, stopping only at digits, "+", "(" and the letters of Roman numerals
# instead of at every capital (most capitals of news copy open names, and each costs the lookbehinds). At such
# a character it reads what ``_CORE_AT_UPPER_ASCII`` reads there: a digit, "+" or "(" opens only a phone number
# or digits, and a Roman numeral's letter, when ``[IVXLC]{1,7}`` and a space follow, cannot open an identifier
# (which needs a digit in its word). The one mention it may pass by is an identifier, whose capital opens a word
# of at most ``_IDENT_REACH`` letters and a hyphen before its first digit: at a digit right after a letter or a
# letter and a hyphen it matches without a group, and the caller searches ``_CORE_AT_UPPER_ASCII`` again from
# ``_IDENT_REACH`` characters back (no mention starts further back before that digit, or it would have been found).
_CORE_AT_DIGIT_ASCII = ascii_twin(
    re.compile(
        rf"""
        [\d+(IVXLC]
        (?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)   # maybe an identifier's first digit: no group, searched again
          | (?<!\w.)(?<=(?=\d|[+(]\d|[IVXLC]{{1,7}}\ )(?={_CORE.pattern}).)
        )
        """,
        re.X,
    )
)
_IDENT_REACH = 11  # the capital, nine letters and a hyphen of ``_CORE``'s ``ident`` before its first digit
_LOWER_MENTION_WORDS = frozenset(
    (set(_FIRST_WORDS.split()) - {"a", "an"})
    | set(_SCALE_WORD_RE.replace("s?", "|").replace("?", "").split("|")) - {""}
    | {"lakhs", "crores", "few", "couple", "dozen", "half", "quarter", "quarters"}
    | {"third", "thirds", "fifth", "fifths", "eighth", "eighths", "tenth", "tenths"}
)
_LOWER_MENTION_BYTES = frozenset(word.encode() for word in _LOWER_MENTION_WORDS)
# Bytes of ASCII letters lowered, every other byte a space: the words of lowered ASCII text, split in C.
_LOWER_LETTERS = bytes(b | 0x20 if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def _may_spell(text: str) -> bool:
    """Whether a mention spelt out in lower case may start in ``text`` (one of its words may open one).

    For text that :func:`~claimkit.dates.reads_as_ascii`: the UTF-8 bytes of its typographic marks are no
    letters, so they part words as the marks do, and as the marks have no case, lowering the ASCII letters
    byte by byte lowers the text (no ``str.lower`` and no decoding needed).

    >>> _may_spell("500 troops left"), _may_spell("a few hundred left"), _may_spell("Twenty-one left")
    (False, True, True)
    """
    return not _LOWER_MENTION_BYTES.isdisjoint(text.encode().translate(_LOWER_LETTERS).split())


_QUALIFIERS: dict[str, Qualifier] = {
    **dict.fromkeys(
        (
            "some", "about", "around", "roughly", "approximately", "approx.",
            "an estimated", "estimated", "close to", "circa", "ca.", "c.", "some estimated",
            "an approximate", "in the region of", "on the order of", "around about", "perhaps",
            "maybe", "possibly", "reportedly", "an additional estimated", "something like", "something close to",
            "somewhere around", "somewhere near", "in the neighbourhood of", "in the neighborhood of",
            "closer to", "nearer to", "nearer",  # a revised figure: "put the number closer to 10,000"
        ),
        Qualifier.APPROXIMATE,
    ),
    **dict.fromkeys(
        ("at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of"),
        Qualifier.AT_LEAST,
    ),
    **dict.fromkeys(
        (
            "more than", "over", "in excess of", "upwards of", "upward of", "above", "well over",
            "just over", "well above", "greater than", "exceeding", "well in excess of",
            "slightly more than", "a little over", "a little more than", "far more than",
            "many more than", "much more than",
            # a total that went past the number: "the force passed 5,000", "the toll topped 1,000"
            "passed", "topped", "exceeded", "surpassed",
        ),
        Qualifier.MORE_THAN,
    ),
    **dict.fromkeys(
        (
            "up to", "as many as", "at most", "no more than", "not more than", "a maximum of", "as much as",
            "as high as",  # a ceiling reached at most: "the number could go as high as 140"
            # a little under the number, never over it: "nearly 3,000" is not 3,100
            "nearly", "almost", "just shy of",
        ),
        Qualifier.AT_MOST,
    ),
    **dict.fromkeys(
        (
            "fewer than", "less than", "under", "below", "just under", "just below", "slightly less than",
            "slightly fewer than", "well under", "well below",
        ),
        Qualifier.LESS_THAN,
    ),
}  # fmt: skip
# A prefix tree of the phrases, their spaces stretched to 1-3 whitespace characters: at each word start of
# the window the search follows one branch instead of trying ~80 phrases. (The order of the phrases cannot
# change a match: it must end where the spaces before the number begin, so at any start at most one phrase
# text fits.)
_QUALIFIER_RE = _trie(_QUALIFIERS).replace(r"\ ", r"\s{1,3}")
# A qualifier that ends right where the number starts (searched in a short window).
_PREFIX = re.compile(
    rf"""
    (?<![\w.])(?P<q>(?i:{_QUALIFIER_RE}))  # the qualifier phrase
    [{_SPACES}]{{1,3}}\Z                   # then only spaces up to the number
    """,
    re.X,
)
# The longest match of ``_PREFIX``: the longest phrase, each space read as up to three, then three spaces.
_PREFIX_REACH = max(len(q) + 2 * q.count(" ") for q in _QUALIFIERS) + 3
_RANGE_START = re.compile(rf"(?<![\w])(?P<w>(?i:between|from))[{_SPACES}]{{1,3}}\Z", re.X)

_CURRENCY_SYMBOLS = {"$": "$", "€": "€", "£": "£", "¥": "¥", "₩": "₩", "₹": "₹"}
_CURRENCY_BEFORE = re.compile(
    r"""
    (?P<cur>
        (?<![A-Za-z])(?:US|USD|AU|A|C|CA|HK|NZ|S|SG|NT|R)?  # a country prefix: US$, S$, HK$
        \\{0,2}[$€£¥₩₹]                                     # the symbol, maybe markdown-escaped (US\$)
      | (?<![A-Za-z])(?:USD|EUR|GBP|JPY|KRW|RUB|CNY|INR)    # or an ISO code before the number
        [ ]?
    )
    [ ]?\Z
    """,
    re.X,
)
_CURRENCY_LAST = frozenset("$€£¥₩₹DRPYWBN")  # the last character of every currency ``_CURRENCY_BEFORE`` reads
_CURRENCY_WORDS = (
    r"US\ dollars|dollars|euros|pounds\ sterling|pounds|yen|yuan|renminbi|rubles|roubles|rupees"
    r"|francs|won|USD|EUR|GBP|JPY|KRW|RUB|CNY|INR"
)
_CURRENCY_AFTER = re.compile(rf"[ ]{{1,3}}(?P<cur>{_CURRENCY_WORDS})(?![\w])")
_CURRENCY_REPEAT = re.compile(r"(?:US|USD|AU|A|C|CA|HK|NZ|S|SG)?\\{0,2}[$€£¥₩₹][ ]?")
_NEGATIVE = re.compile(r"(?<![\w\d.,\-–])[\-−]\Z")

_ATTACHED = re.compile(
    r"""
    (?P<ordinal>st|nd|rd|th)(?![A-Za-z])       # 16th, 22nd
  | (?P<pct>[ ]?%)                             # 50%
  | (?P<scale>k|K|bn|mn|mln|tn)(?![A-Za-z])    # 12k, 3bn
  | (?P<cscale>m|M|b|B)(?![A-Za-z])            # 5m, 3B: million/billion with money or a counted noun
  | (?P<time>:\d{2}(?::\d{2})?(?:[ ]?(?i:[ap]\.?m\.?))?)  # 10:30, 00:18:40
  | (?P<ampm>[ ]?(?i:[ap]\.m\.|[ap]m)(?![A-Za-z]))           # 10 a.m., 3pm
  | (?P<decade>s|'s|’s)(?![A-Za-z])            # the 1990s, the 1950's
  | (?P<plus>\+|-plus(?![A-Za-z]))             # 12,000+, 12,000-plus
  | (?P<compound>-(?P<cword>[A-Za-z]{1,20})(?:-[A-Za-z]{1,20}){0,3})  # 25-year-old, 12,000-strong
  | (?P<slash>(?:/\d{1,12}){1,3})(?![\d/])  # 10356/181436, 3/4
  | (?P<vulgar>[½⅓⅔¼¾⅕⅛])                      # 2½
  | (?P<letters>[A-Za-z][A-Za-z\d]{0,10})    # 5G, 9mm, 3D
    """,
    re.X,
)
_SCALE_AFTER = re.compile(rf"[{_SPACES}]{{1,3}}(?P<scale>(?i:{_SCALE_WORD_RE}|bn|mn|mln|tn))(?![A-Za-z])")
_PERCENT_AFTER = re.compile(r"[ ]{0,2}(?P<pct>%|(?i:percent|per\ cent|pct\.?|percentage\ points?))(?![\w])")
_RANGE_JOIN = re.compile(
    rf"""
    [{_SPACES}]{{0,3}}(?P<dash>[\-–—])[{_SPACES}]{{0,3}}  # 10,000-12,000, 10,000 – 12,000
  | [{_SPACES}]{{1,3}}(?P<word>(?i:to|and|or))[{_SPACES}]{{1,3}}  # 10,000 to 12,000, between X and Y
    """,
    re.X,
)
_SUFFIX = re.compile(
    rf"""
    [{_SPACES}]{{1,3}}(?P<q>(?i:or\ (?:more|above|over|so|thereabouts|fewer|less|under)
                               |and\ (?:more|above|over|upwards|up)|plus))(?![\w])  # 12,000 or more
  | (?P<attached>\+|-(?:plus|odd)(?![A-Za-z]))                                         # 12,000+, 12,000-plus, 30-odd
    """,
    re.X,
)
_STREET = re.compile(
    r"""
    [ ]{1,3}(?:[A-Z][A-Za-z'’.\-]{0,20}[ ]{1,3}){0,3}      # the street's name: North Cardinal
    (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct
      |Square|Sq|Highway|Hwy|Terrace|Crescent|Close|Parkway|Pkwy|Row|Alley|Plaza)\b\.?
    """,
    re.X,
)
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
    "|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_POSTAL_BEFORE = re.compile(
    rf"""
    (?:(?<![A-Za-z])(?:{_US_STATES})       # a US state code: MA 02124
     | [A-Z][a-z]{{2,20}})                 # or a place name: Singapore 639798
    [ ]{{1,2}}\Z
    """,
    re.X,
)
# A capitalised label before a number makes it a name, not a count: "Unit 1501", "No. 7".
_LABELS = (  # noqa: SIM905 - a word list reads best as prose
    "No Nos Number Unit Room Block Level Route Highway Page Resolution Flight Article Section Chapter Platform"
    " Gate Building Bus Line Case Order Decree Law Item Table Figure Fig Vol Volume Issue Part Phase Camp Site"
    " Hill Point Station Pier Terminal Lot Plot Apartment Apt Suite Ward"
    " section subsection paragraph para clause sections paragraphs"  # a legal reference in lower case
).split()
_LABEL_BEFORE = re.compile(
    rf"""
    (?<![\w])(?:{"|".join(_LABELS)})
    \.?[ ]?\#?[ ]?\Z                         # then at most a dot, a space and a number sign
    """,
    re.X,
)
# The last two letters of every label (all have two or more): what the text before a number ends with, once
# the dot, spaces and number sign ``_LABEL_BEFORE`` allows after its label are stripped, when it matches there.
_LABEL_ENDS = frozenset(label[-2:] for label in _LABELS)
#: Compounds that make a number the size of a body of people: "a 12,000-strong force",
#: "a 3,000-man contingent" (claim extraction reads the body's noun after them).
BODY_SIZE_WORDS = ("strong", "man", "member", "person", "soldier", "troop")
#: Time units that make a spelled-out number a duration modifier: "a six-month tour", "a two-year deal".
_DURATION_WORDS = frozenset({"day", "week", "month", "year", "hour", "minute", "decade"})
_STRONG = re.compile(rf"-(?:{'|'.join(BODY_SIZE_WORDS)})(?![A-Za-z])")
_LINE_END = re.compile(r"[ \t]{0,3}(?:$|[\n\r,;)\]]|-\d{4}\b)", re.M)
_ZIP_PLUS4 = re.compile(r"-\d{4}(?!\d)")
_UNIT_NAME_AFTER = re.compile(rf"(?:[ ]{{1,3}}[A-Z][a-z]{{2,20}}){{0,2}}[ ]{{1,3}}(?:{_UNIT_NAME_NOUNS})\b")
# Every pattern the reader tries right after a numeral: what sticks to it, a scale, percent or currency word, a
# range's join, a suffix qualifier, "-strong" or a street name. Their alternation (group names dropped, each
# alternative in its own group and on its own lines, as the verbose flag reads comments to the end of a line)
# fails at a position exactly when every one of them fails there: one match call tells the common "1,500
# troops" (a space and a plain word) from the rest and spares the reader eight calls.
_AFTER_PATTERNS = (_ATTACHED, _SCALE_AFTER, _PERCENT_AFTER, _CURRENCY_AFTER, _RANGE_JOIN, _SUFFIX, _STRONG, _STREET)  # fmt: skip
_AFTER_ANY = re.compile(
    "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)}\n)" for p in _AFTER_PATTERNS), re.X
)
# A space and a word that opens no match of an ``_AFTER_PATTERNS`` pattern, as after the common "1,500 troops":
# a cheaper proof than ``_AFTER_ANY`` that none of them matches. After one space and an ASCII letter, the patterns
# other than ``_STREET`` (tried as it is) can only match one of these words or phrases (or a longer one they
# start), read there in any case at most as they read it: ``_ATTACHED``'s times of day, a scale, percent or
# currency word, a range's join or a suffix qualifier (the rest of ``_ATTACHED``, ``_STRONG`` and the dashes of
# ``_RANGE_JOIN`` need a sign, a mark or a letter right after the digits).
_AFTER_WORD_STARTS = [
    "a.m.", "p.m.", "am", "pm", *_SCALE_WORD_RE.replace("s?", "").split("|"), "bn", "mn", "mln", "tn",
    "percent", "per cent", "pct", *_CURRENCY_WORDS.replace("\\ ", " ").split("|"), "to", "and", "or", "plus",
]  # fmt: skip
_PLAIN_AFTER = re.compile(rf"(?!{_STREET.pattern})[ ](?!(?i:{_trie(_AFTER_WORD_STARTS)}))[A-Za-z]", re.X)
_WORD = re.compile(r"[ \u00a0]{1,3}(?P<w>[A-Za-z][A-Za-z’'\-]{0,30})")
_RATE = re.compile(
    r"""
    (?:\]\([^)\s]{0,200}\))?                 # the rest of a markdown link: "[US$2,000](#) per month"
    [ ,]{1,3}(?:
        (?P<per>per|a|an|each|every)[ ]{1,3}(?P<what>day|week|month|year|hour|minute|soldier|person|head
                                               |capita|man|troop|fighter|recruit|annum|[a-z]{2,20}(?=\b))
      | (?P<adv>daily|weekly|monthly|yearly|annually|hourly)
    )(?![\w])
    (?![ ]{1,3}(?:earlier|ago|before|later|prior)\b)  # "2,300 a year earlier" is a time, not a rate
    """,
    re.X,
)
_RATE_ADVERB = {
    "daily": "per day", "weekly": "per week", "monthly": "per month",
    "yearly": "per year", "annually": "per year", "hourly": "per hour",
}  # fmt: skip
_RATE_TIME_WORDS = frozenset({"day", "week", "month", "year", "hour", "minute", "annum"})

_COUNT_NOUNS = frozenset(
    """troops troop soldiers soldier servicemen serviceman personnel men women people persons fighters
    forces combatants militants workers brigades brigade battalions battalion divisions division regiments
    regiment units companies platoons squads casualties deaths dead killed wounded injured civilians
    citizens residents refugees prisoners pows sailors marines officers mercenaries recruits conscripts
    reservists volunteers specialists engineers advisers advisors instructors pilots members staff
    children shells missiles rockets rounds drones tanks vehicles aircraft jets helicopters ships warships
    vessels guns howitzers weapons containers artillery infantry infantrymen paratroopers commandos
    operatives agents students delegates workers laborers labourers""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Units of measure and of time: a number before them measures rather than counts, and
# claim extraction needs to see which ("300 km", "10 days").
_MEASURE_UNITS = frozenset(
    """km kms kilometres kilometers kilometre kilometer mi mile miles m metres meters metre meter ft feet
    foot yards yard kg kilograms kilogram kilos tonnes tonne tons ton lbs pounds hectares hectare acres acre
    litres liters barrels sq square cubic nautical day days week weeks month months year years hour hours
    minute minutes second seconds decade decades century centuries times""".split()  # noqa: SIM905 - as above
)
# Words that end a noun phrase: the counted noun is not beyond them.
_STOP_WORDS = frozenset(
    """the a an and or but in into on at to from by with for as of that which who whom whose this these
    those is are was were be been being has have had will would could should may might can do does did
    not no it its their his her our your my they he she we you i there here than then also so if when
    while after before since until per each every""".split()  # noqa: SIM905 - a word list reads best as prose
)
_NON_PLURAL_S = frozenset("this was has is its his hers ours yours theirs as us plus gas less".split())  # noqa: SIM905 - as above


# ---------------------------------------------------------------- numerals


# The reader's own records (``_Numeral``, ``_Amount``) are built for every number and never leave this module:
# plain slotted classes, as a frozen attrs class sets each field through ``object.__setattr__`` (3x the cost).
@attrs.define
class _Numeral:
    """A numeral read at one position: its value, or why it has none."""

    value: Number | None
    start: int
    end: int
    reason: str = ""
    plain: bool = False  # bare digits without grouping or decimals ("2024", "02124")
    ambiguous_dot: bool = False  # "12.000": refused unless a scale word settles it
    words: bool = False  # spelt out ("twenty-five")


_MAX_DIGITS = 30
_MAX_COUNT = 10**10
_MAX_AMOUNT = 10**15


def _as_number(value: Decimal) -> Number:
    """An int when whole, else a float ("1.5 million" is the int 1500000)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# Thousands grouped by commas, at most 30 digits: good groups, and no other separator.
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){1,9}")


def _read_digits(raw: str, start: int, end: int) -> _Numeral:
    """Validate a run of digits and separators and read its value."""
    if raw.isdigit() and len(raw) <= _MAX_DIGITS:  # the common case, bare digits: what the end returns
        return _Numeral(int(raw), start, end, plain=True)
    if _COMMA_GROUPED.fullmatch(raw):  # the next commonest, "12,000": what the commas branch returns
        return _Numeral(int(raw.replace(",", "")), start, end)
    n_digits = sum(ch.isdigit() for ch in raw)
    if n_digits > _MAX_DIGITS:
        return _Numeral(None, start, end, f"too many digits ({n_digits}) to be a number of anything")
    compact = raw
    for space in _SPACES:
        compact = compact.replace(space, "")
    if compact != raw:  # space grouping, already checked to be groups of three by the pattern
        return _Numeral(int(compact), start, end)
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        head, _, tail = raw.partition(".")
        groups = head.split(",")
        if dots == 1 and "," not in tail and _good_groups(groups):
            return _Numeral(_as_number(Decimal(head.replace(",", "") + "." + tail)), start, end)
        return _Numeral(None, start, end, f"mixed separators in {raw!r} (European decimal comma?)")
    if commas:
        groups = raw.split(",")
        if _good_groups(groups) or _lakh_groups(groups):
            return _Numeral(int("".join(groups)), start, end)
        if all(len(g) <= 2 for g in groups) or len(groups) > 4:
            return _Numeral(None, start, end, f"a list of numbers, not thousands grouping: {raw!r}")
        return _Numeral(None, start, end, f"malformed thousands grouping: {raw!r}")
    if dots == 1:
        head, tail = raw.split(".")
        value = _as_number(Decimal(raw))
        if len(tail) == 3 and 1 <= len(head) <= 3 and head != "0":
            return _Numeral(
                value,
                start,
                end,
                f"ambiguous: {raw!r} is {value} as an English decimal but {int(head + tail)} "
                "with European thousands grouping",
                ambiguous_dot=True,
            )
        return _Numeral(value, start, end)
    if dots > 1:
        groups = raw.split(".")
        if _good_groups(groups):
            return _Numeral(int("".join(groups)), start, end)
        return _Numeral(None, start, end, f"malformed number: {raw!r}")
    return _Numeral(int(raw), start, end, plain=True)


def _good_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _lakh_groups(groups: list[str]) -> bool:
    """Indian grouping: thousands, then pairs above them ("1,20,000" is 120000, "12,00,000" is 1200000)."""
    return (
        3 <= len(groups) <= 4
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _read_words(text: str, start: int, end: int) -> _Numeral:
    """Read a spelt-out number, stopping at the first word that does not continue it.

    ``current`` holds the part below the last scale word ("thousand"...);
    ``empty`` says that part has no word yet, so "five" may start it while
    "five six" or "twenty thirty" stop the number at the first word.
    """
    total, current, last_scale = 0, 0, 10**18
    empty, half, article, zero = True, False, False, False
    value_end = start
    # Folded first (same length): ``re.I`` read "fıve" with a dotless i as "five".
    for tok in re.finditer(r"[A-Za-z]+", fold(text[start:end])):
        word = tok.group()
        if word == "and":
            continue
        if word == "half" and tok.start() == 0:
            half = True
            continue
        if word in ("a", "an"):
            article = True
            continue
        if zero:
            break  # nothing continues "zero"
        before = (total, current)
        base = current if not empty else 1 if article else 0
        after_hundred = current > 0 and current % 100 == 0
        if word in _TENS:
            ok, current = empty or after_hundred, current + _TENS[word]
        elif word in _SMALL:
            small = _SMALL[word]
            tens_open = current % 100 >= 20 and current % 10 == 0 and 0 < small < 10
            ok = (empty and (small > 0 or total == 0)) or (after_hundred and small > 0) or tens_open
            zero = small == 0
            current += small
        elif word == "dozen":
            ok, current = 0 < base < 100, base * 12
        elif word == "hundred":
            ok, current = 0 < base < 100, base * 100
        else:
            scale = _SCALES[word]
            ok = base > 0 and scale < last_scale
            if ok:
                total, current, last_scale = total + base * scale, 0, scale
        if not ok:
            total, current = before
            break
        empty = word in _SCALES and word != "hundred"
        article = False
        value_end = start + tok.end()
    if value_end == start:
        return _Numeral(None, start, start)
    value: Number = total + current
    if half:
        value = _as_number(Decimal(value) / 2)
    return _Numeral(value, start, value_end, words=True)


_NUMERAL_AT = re.compile(
    rf"""
    (?P<digits>(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}}(?!\d))+(?![.,]\d)|\d+(?:[.,]\d+)*))
  | (?P<words>(?i:(?:an?\ {{1,3}}(?=(?:dozen|{_SCALE_WORD_RE})\b))?
                {_NUMWORD}(?:(?:\ {{1,3}}and\ {{1,3}}|[\ \-]{{1,3}}){_NUMWORD}){{0,12}}))
    """,
    re.X,
)


# ---------------------------------------------------------------- find_numbers


@attrs.define
class _Amount:
    """A numeral with what sticks to it: scale, currency, percent sign."""

    value: Number | None
    start: int  # first character, currency symbol included
    end: int  # last character, scale word / percent / currency word included
    num_start: int
    num_end: int
    numeral: _Numeral
    currency: str | None = None
    percent: bool = False
    scaled: bool = False
    reason: str = ""


def _scale(value: Number, factor: int) -> Number:
    return _as_number(Decimal(str(value)) * factor)


def _amount(
    text: str, numeral: _Numeral, floor: int, attached: re.Match[str] | None, bare: bool = False
) -> _Amount:
    """Extend a numeral with a currency before it and a scale, percent or currency after it.

    ``attached`` is ``_ATTACHED.match(text, numeral.end)`` (the caller has read it already); ``bare`` says
    that no pattern of ``_AFTER_PATTERNS`` matches at ``numeral.end``, so nothing after it extends it.
    """
    start, end = numeral.start, numeral.end
    value, reason = numeral.value, numeral.reason
    currency: str | None = None
    # Every match of ``_CURRENCY_BEFORE`` ends in a symbol or an ISO code's last letter, then at most two
    # spaces: the search runs only where the character before those spaces is one of them.
    before = text[max(floor, start - 3) : start].rstrip(" ")
    if before and before[-1] in _CURRENCY_LAST:
        cm = _CURRENCY_BEFORE.search(text, max(floor, start - 8), start)
        if cm:
            currency = cm["cur"].replace("\\", "").strip()
            start = cm.start()
    if bare:
        return _Amount(value if not reason else None, start, end, numeral.start, end, numeral, currency=currency,
                       reason=reason)  # fmt: skip
    scaled = False
    sm = attached
    if sm and (
        sm["scale"] or (sm["cscale"] and (currency or _unit_after(text, sm.end())[0] in _COUNT_NOUNS))
    ):
        factor = _SCALES[fold(sm["scale"] or sm["cscale"])]
        if value is not None:
            value = _scale(value, factor)
        end, scaled = sm.end(), True
    else:
        sm = _SCALE_AFTER.match(text, end)
        if sm:
            word = fold(sm["scale"])
            if value is not None and not numeral.words:
                value = _scale(value, _SCALES[word])
                end, scaled = sm.end(), True
    if scaled and numeral.ambiguous_dot:
        reason = ""  # "1.500 million" can only be a decimal
    percent = False
    pm = _PERCENT_AFTER.match(text, end)
    if pm and currency is None:
        percent, end = True, pm.end()
    if currency is None and not percent:
        wm = _CURRENCY_AFTER.match(text, end)
        if wm:
            currency, end = wm["cur"], wm.end()
    return _Amount(
        value if not reason else None,
        start,
        end,
        numeral.start,
        numeral.end,
        numeral,
        currency=currency,
        percent=percent,
        scaled=scaled,
        reason=reason,
    )


# The last word of every qualifier phrase ("than" of "more than"), lower-cased.
_QUALIFIER_LAST = frozenset(q.split()[-1] for q in _QUALIFIERS)


def _may_qualify(text: str, start: int, low: int) -> bool:
    """Whether a qualifier may end right before ``start`` (1-3 spaces, then one of its last words).

    A cheap necessary test before :data:`_PREFIX` is searched: the letters and
    dots before the spaces must be a qualifier's last word, unless they are
    not ASCII (case-insensitive matching folds some other letters to ASCII).

    >>> _may_qualify("some 500", 5, 0), _may_qualify("Ward 500", 5, 0), _may_qualify("Ward  500", 6, 0)
    (True, False, False)
    """
    window = text[low:start]
    head = window.rstrip(_SPACES)
    if not 0 < len(window) - len(head) <= 3:
        return False  # the phrase must end one to three spaces before the number
    # The run of letters and dots at the end of ``head``: all of its last word after a space when that word
    # is letters only (the common case, read in C), else read back one character at a time.
    word = head[head.rfind(" ") + 1 :]
    if not word.isalpha():
        j = len(head)
        while j > 0 and (head[j - 1].isalpha() or head[j - 1] == "."):
            j -= 1
        word = head[j:]
    return not word.isascii() or word.lower() in _QUALIFIER_LAST


def _prefix(text: str, start: int, floor: int) -> tuple[Qualifier | None, int]:
    low = max(floor, start - 40)
    if not _may_qualify(text, start, low):
        return None, start
    m = _PREFIX.search(text, max(low, start - _PREFIX_REACH), start)  # no match starts further back
    if m is None:
        return None, start
    phrase = " ".join(fold(m["q"]).split())
    return _QUALIFIERS[phrase], m.start()


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    """The counted noun after a number ("1,500 elite troops" -> "troops"), and where it ends."""
    pos, words = end, 0
    first: tuple[str, int] | None = None
    while words < 4:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = fold(m["w"]).rstrip("’'")
        if word in _COUNT_NOUNS or (words == 0 and word in _MEASURE_UNITS):
            return word, m.end()
        if word == "of" and words == 0:
            pos = m.end()
            continue
        if word in _STOP_WORDS:
            break
        if first is None and words == 0:
            first = (word, m.end())
        words += 1
        pos = m.end()
    if (
        first is not None
        and first[0].endswith("s")
        and len(first[0]) > 3
        and first[0] not in _NON_PLURAL_S
        and text[end + 1 : end + 2].islower()
    ):
        return first
    return None, end


def _rate_after(text: str, end: int) -> str | None:
    m = _RATE.match(text, end)
    if m is None:
        return None
    if m["adv"]:
        return _RATE_ADVERB[fold(m["adv"])]
    what = fold(m["what"])
    if fold(m["per"]) in ("a", "an", "each", "every") and what not in _RATE_TIME_WORDS:
        return None
    return f"per {what}"


def _is_year(value: Number | None, numeral: _Numeral) -> bool:
    return numeral.plain and value is not None and 1500 <= value <= 2100 and numeral.end - numeral.start == 4


_DIGITS = re.compile(r"\d+")  # the numeral inside a date


class _Scanner:
    """One pass over a text; holds the position so helpers stay small."""

    def __init__(self, text: str, *, counts_only: bool = False) -> None:
        self.text = text
        self.out: list[NumberMention] = []
        self.floor = 0  # end of the previous mention: nothing may reach back past it
        # Claim extraction keeps only counts: the other mentions still move the scanner
        # (their ends bound what later ones may reach) but need no objects.
        self.counts_only = counts_only

    def emit(
        self,
        start: int,
        end: int,
        kind: MentionKind,
        number: tuple[int, int],
        *,
        quantity: Quantity | None = None,
        reason: str = "",
        rate: str | None = None,
    ) -> int:
        if self.counts_only and (kind is not MentionKind.COUNT or quantity is None):
            self.floor = end
            return end
        self.out.append(
            NumberMention._trusted(
                Span._trusted(start, end),  # offsets of a match: 0 <= start <= end
                self.text[start:end],
                kind,
                quantity,
                Span._trusted(*number),
                reason,
                rate,
            )
        )
        self.floor = end
        return end

    def run(
        self, dates: tuple[tuple[int, int, bool], ...], readable: bool | None = None
    ) -> tuple[NumberMention, ...]:
        text, pos, d = self.text, 0, 0
        if not (reads_as_ascii(text) if readable is None else readable):
            core_at = _CORE_AT.search
        elif not _may_spell(text):
            # No mention starts with a lower-case letter here, nor with a fraction sign (not in such text).
            core_at = _CORE_AT_DIGIT_ASCII.search
        else:
            core_at = _CORE_AT_ASCII.search
        while pos < len(text):
            limit = dates[d][0] if d < len(dates) else len(text)
            # ``_CORE_AT`` finds exactly where ``_CORE.search`` would match, and its lookahead holds ``_CORE``
            # read there (same ``endpos``): its groups are that match's groups (see ``dispatch``).
            at = core_at(text, pos, limit) if pos < limit else None
            if at is not None and at.lastgroup is None:  # a digit ``_CORE_AT_DIGIT_ASCII`` cannot read alone
                at = _CORE_AT_UPPER_ASCII.search(text, max(pos, at.start() - _IDENT_REACH), limit)
            if at is None:
                if d >= len(dates):
                    break
                start, end, year = dates[d]
                d += 1
                digits = _DIGITS.search(text, start, end)
                if digits is not None and start >= pos:
                    kind = MentionKind.YEAR if year else MentionKind.DATE
                    number = digits.span()
                    pos = self.emit(
                        start, end, kind, number, reason="a year" if kind is MentionKind.YEAR else "a date"
                    )
                else:
                    pos = max(pos, end)
                continue
            pos = max(self.dispatch(at, limit), at.start() + 1)
        return tuple(self.out)

    def dispatch(self, m: re.Match[str], limit: int) -> int:
        """Read the mention ``_CORE`` matches where ``m`` (a match of ``_CORE_AT``) starts.

        ``_CORE``'s named groups are its top-level alternatives, none nested and none empty, each spanning
        the whole match (the rest of the pattern is zero-width): the last group closed in ``m`` (the end of
        its lookahead) is the one that matched, and its span is the mention's.
        """
        shape = m.lastgroup
        assert shape is not None
        s, e = m.span(shape)
        if shape == "digits":
            numeral = _read_digits(m[shape], s, e)
            return self.number(numeral, limit) if numeral.end > numeral.start else e
        if shape == "phone":
            return self.emit(s, e, MentionKind.PHONE, (s, e), reason="a phone number")
        if shape == "roman":
            end = _UNIT_NAME_AFTER.match(self.text, e)
            return self.emit(
                s,
                end.end() if end else e,
                MentionKind.UNIT_NAME,
                (s, e),
                reason="a Roman numeral naming a unit",
            )
        if shape == "ident":
            return self.emit(
                s, e, MentionKind.IDENTIFIER, (s, e), reason="an identifier (letters and digits)"
            )
        if shape == "frac" or shape == "fracsym":
            return self.emit(s, e, MentionKind.FRACTION, (s, e), reason="a fraction")
        if shape == "vague":
            return self.vague(s, e)
        if shape == "ordword":
            return self.ordinal(s, e, s, e)
        numeral = _read_words(self.text, s, e)
        if numeral.end <= numeral.start:
            return e
        return self.number(numeral, limit)

    def ordinal(self, start: int, end: int, ns: int, ne: int) -> int:
        if _UNIT_NAME_AFTER.match(self.text, end):
            return self.emit(start, end, MentionKind.UNIT_NAME, (ns, ne), reason="an ordinal naming a unit")
        return self.emit(start, end, MentionKind.ORDINAL, (ns, ne), reason="an ordinal")

    def vague(self, s: int, e: int) -> int:
        words = fold(self.text[s:e]).split()
        low, value, high = _vague_bounds(words)
        qualifier, start = _prefix(self.text, s, self.floor)
        unit, _ = _unit_after(self.text, e)
        if qualifier is None:
            start = s
        quantity = Quantity._trusted(value, Qualifier.VAGUE, low, high, unit, self.text[start:e])
        return self.emit(
            start, e, MentionKind.COUNT, (s, e), quantity=quantity, rate=_rate_after(self.text, e)
        )

    def number(self, numeral: _Numeral, limit: int) -> int:
        text = self.text
        ns, ne = numeral.start, numeral.end
        # Nothing the reader looks for right after the numeral is there (the common "1,500 troops"): every match
        # of an ``_AFTER_PATTERNS`` pattern at ``ne`` below is known to fail, and is not tried.
        bare = _PLAIN_AFTER.match(text, ne) is not None or _AFTER_ANY.match(text, ne) is None
        # Shapes decided by what touches the digits.
        att = None if bare else _ATTACHED.match(text, ne)
        if att is not None and not numeral.words and (numeral.plain or numeral.value is not None):
            done = self.attached(numeral, att)
            if done is not None:
                return done
        elif att is not None and att["compound"] and fold(att["cword"]) in _DURATION_WORDS:
            # A spelled-out duration before a noun ("six-month tours") measures time, not people.
            return self.emit(
                ns,
                att.end(),
                MentionKind.OTHER,
                (ns, ne),
                reason=f"a duration or an age ({text[ne : att.end()]!r})",
            )
        amount = _amount(text, numeral, self.floor, att, bare)
        start, end = amount.start, amount.end
        # A minus sign right before the number (the pattern's one character) or nothing: searched only then.
        negative = (
            _NEGATIVE.search(text, max(self.floor, start - 1), start)
            if start > 0 and text[start - 1] in "-−"
            else None
        )
        qualifier, qstart = _prefix(text, start, self.floor)
        # A range: "10,000 to 12,000", "between 10,000 and 12,000", "10,000-12,000".
        # (``range_after`` returns at once when ``_RANGE_JOIN`` fails at the amount's end, here ``ne``.)
        rng = None if bare else self.range_after(amount, qualifier, qstart if qualifier else start, limit)
        if rng is not None:
            return rng
        value = amount.value
        if amount.reason or value is None:
            return self.emit(start, end, MentionKind.OTHER, (ns, ne), reason=amount.reason or "not a number")
        if negative is not None:
            return self.emit(
                negative.start(), end, MentionKind.OTHER, (ns, ne), reason="a negative number is not a count"
            )
        plain_len = ne - ns
        if (
            qualifier is None
            and amount.currency is None
            and text[max(self.floor, ns - 14) : ns].rstrip(" #.")[-2:] in _LABEL_ENDS
            and _LABEL_BEFORE.search(text, max(self.floor, ns - 14), ns)
        ):
            return self.emit(
                ns, end, MentionKind.IDENTIFIER, (ns, ne), reason="a number naming something (after a label)"
            )
        if numeral.plain and plain_len > 1 and text[ns] == "0":
            if (m := _ZIP_PLUS4.match(text, end)) is not None:
                end = m.end()
            if _POSTAL_BEFORE.search(text, max(self.floor, ns - 25), ns):
                return self.emit(ns, end, MentionKind.POSTAL_CODE, (ns, ne), reason="a postal code")
            return self.emit(
                ns, end, MentionKind.IDENTIFIER, (ns, ne), reason="a leading zero: a code, not a count"
            )
        if numeral.plain and amount.currency is None and not amount.percent and not amount.scaled:
            street = None if bare else _STREET.match(text, end)
            if street is not None and plain_len <= 5 and qualifier is None:
                return self.emit(ns, street.end(), MentionKind.ADDRESS, (ns, ne), reason="a street number")
            if (
                5 <= plain_len <= 6
                and qualifier is None
                and _POSTAL_BEFORE.search(text, max(self.floor, ns - 25), ns)
                and _LINE_END.match(text, end)
            ):
                if (m := _ZIP_PLUS4.match(text, end)) is not None:
                    end = m.end()
                return self.emit(ns, end, MentionKind.POSTAL_CODE, (ns, ne), reason="a postal code")
        modifier = None if bare else _STRONG.match(text, end)  # "a 12,000-strong force": the noun follows it
        unit_word, unit_end = _unit_after(text, modifier.end() if modifier else end)
        if (
            _is_year(value, numeral)
            and amount.currency is None
            and not amount.percent
            and not amount.scaled
            # "around 2030" is a year too; only a known counted noun makes "2000 troops" a count
            and unit_word not in _COUNT_NOUNS
            and unit_word not in _MEASURE_UNITS
        ):
            return self.emit(ns, ne, MentionKind.YEAR, (ns, ne), reason="a year")
        # Qualifier words after the number: "12,000 or more", "some 10,000 or so".
        suffix = None if bare else _SUFFIX.match(text, end)
        if suffix is not None:
            tail = suffix["attached"] or suffix["q"]
            word = "plus" if tail == "+" else fold(tail).lstrip("-").split()[-1]
            tail_q = {
                "more": Qualifier.AT_LEAST, "above": Qualifier.AT_LEAST, "over": Qualifier.AT_LEAST,
                "upwards": Qualifier.AT_LEAST, "up": Qualifier.AT_LEAST, "plus": Qualifier.AT_LEAST,
                "so": Qualifier.APPROXIMATE, "thereabouts": Qualifier.APPROXIMATE, "odd": Qualifier.APPROXIMATE,
                "fewer": Qualifier.AT_MOST, "less": Qualifier.AT_MOST, "under": Qualifier.AT_MOST,
            }[word]  # fmt: skip
            if qualifier is None or tail_q is Qualifier.APPROXIMATE:
                qualifier = tail_q
            end = suffix.end()
            unit_word, unit_end = _unit_after(text, end)
        qual = qualifier or Qualifier.EXACT
        mstart = qstart if qualifier is not None and qstart < start else start
        surface = text[mstart:end]
        rate = _rate_after(text, unit_end)
        if amount.currency is not None:
            if value > _MAX_AMOUNT:
                return self.emit(mstart, end, MentionKind.OTHER, (ns, ne), reason="implausibly large amount")
            quantity = Quantity._trusted_of(value, qual, amount.currency, surface)
            return self.emit(
                mstart, end, MentionKind.MONEY, (ns, ne), quantity=quantity, reason=f"money ({amount.currency})",
                rate=rate,
            )  # fmt: skip
        if amount.percent:
            quantity = Quantity._trusted_of(value, qual, "percent", surface)
            return self.emit(
                mstart,
                end,
                MentionKind.PERCENT,
                (ns, ne),
                quantity=quantity,
                reason="a percentage",
                rate=rate,
            )
        if value > _MAX_COUNT:
            return self.emit(
                mstart,
                end,
                MentionKind.OTHER,
                (ns, ne),
                reason=f"implausibly large for a count (> {_MAX_COUNT:.0e})",
            )
        quantity = Quantity._trusted_of(value, qual, unit_word, surface)
        return self.emit(mstart, end, MentionKind.COUNT, (ns, ne), quantity=quantity, rate=rate)

    def attached(self, numeral: _Numeral, att: re.Match[str]) -> int | None:
        """Digits with something stuck to them: 16th, 10:30, 1990s, 25-year-old, 5G ..."""
        text, ns, ne, ae = self.text, numeral.start, numeral.end, att.end()
        if att["ordinal"] and numeral.plain:
            return self.ordinal(ns, ae, ns, ne)
        if att["time"] and numeral.plain and ne - ns <= 2:
            return self.emit(ns, ae, MentionKind.TIME, (ns, ne), reason="a time of day")
        if att["ampm"] and numeral.plain and ne - ns <= 2:
            return self.emit(ns, ae, MentionKind.TIME, (ns, ne), reason="a time of day")
        if att["decade"] and _is_year(numeral.value, numeral):
            return self.emit(ns, ae, MentionKind.YEAR, (ns, ne), reason="a decade")
        if att["slash"]:
            parts = text[ns:ae].split("/")
            if (
                len(parts) == 2
                and len(parts[0]) <= 2
                and len(parts[1]) <= 2
                and 0 < int(parts[0]) < int(parts[1])
            ):
                return self.emit(ns, ae, MentionKind.FRACTION, (ns, ae), reason="a fraction")
            return self.emit(
                ns, ae, MentionKind.IDENTIFIER, (ns, ae), reason="an identifier (numbers joined by '/')"
            )
        if att["compound"]:
            word = fold(att["cword"])
            if word in BODY_SIZE_WORDS:
                return None  # "a 12,000-strong force" is a count; read on
            if word in ("plus", "odd"):
                return None
            return self.emit(
                ns, ae, MentionKind.OTHER, (ns, ne), reason=f"part of a compound modifier ({text[ne:ae]!r})"
            )
        if att["vulgar"] and numeral.value is not None and not numeral.reason:
            return None
        if (
            att["cscale"]
            and _CURRENCY_BEFORE.search(text, max(self.floor, ns - 8), ns) is None
            and _unit_after(text, ae)[0] not in _COUNT_NOUNS
        ):
            return self.emit(
                ns,
                ae,
                MentionKind.OTHER,
                (ns, ne),
                reason=f"ambiguous unit {text[ne:ae]!r} (million or metres?)",
            )
        if att["letters"]:
            return self.emit(
                ns, ae, MentionKind.IDENTIFIER, (ns, ae), reason="an identifier (digits and letters)"
            )
        return None

    def range_after(self, low: _Amount, qualifier: Qualifier | None, floor: int, limit: int) -> int | None:
        """Read "A to B" / "A-B" / "between A and B" / "from A to B" starting at ``low``."""
        text = self.text
        join = _RANGE_JOIN.match(text, low.end)
        if join is None or (
            low.numeral.plain and text[low.num_start] == "0" and low.num_end - low.num_start > 1
        ):
            return None  # "02115-4000" is a postal code, never a range
        lead = _RANGE_START.search(text, max(self.floor, low.start - 12), low.start)
        word = fold(join["word"] or "")
        if word == "and" and (lead is None or fold(lead["w"]) != "between"):
            return None
        if word == "or" and not (low.numeral.words or low.numeral.plain):
            return None
        nm = _NUMERAL_AT.match(text, join.end())
        if nm is None:  # a currency may repeat: "$5 to $10"
            sym = _CURRENCY_REPEAT.match(text, join.end())
            if sym is None or low.currency is None:
                return None
            nm = _NUMERAL_AT.match(text, sym.end())
            if nm is None:
                return None
        high_num = (
            _read_digits(nm["digits"], nm.start(), nm.end())
            if nm["digits"]
            else _read_words(text, nm.start(), nm.end())
        )
        if high_num.end <= high_num.start:
            return None
        high = _amount(text, high_num, join.end(), _ATTACHED.match(text, high_num.end))
        if high.end > limit:
            return None  # the second number belongs to a date ("between 10 and 21 October")
        lo, hi = low.value, high.value
        if low.reason or high.reason or lo is None or hi is None:
            if join["dash"]:
                return self.emit(low.num_start, high.end, MentionKind.IDENTIFIER, (low.num_start, high.num_end),
                                 reason="numbers joined by a dash that do not read as a range")  # fmt: skip
            return None
        # "10 to 12 thousand", "1.5 to 2 million": the scale of the second applies to both.
        if high.scaled and not low.scaled and lo < high_num.value if high_num.value is not None else False:
            lo = _as_number(Decimal(str(lo)) * (Decimal(str(hi)) / Decimal(str(high_num.value))))
        currency = low.currency or high.currency
        percent = low.percent or high.percent
        if (
            _is_year(low.value, low.numeral)
            and (
                _is_year(high.value, high.numeral)
                or (high.numeral.plain and high.num_end - high.num_start == 2)
            )
            and not currency
            and not percent
            and (lead is None or qualifier is None)
        ):
            start = lead.start() if lead is not None else low.num_start
            return self.emit(
                start, high.end, MentionKind.YEAR, (low.num_start, high.num_end), reason="a range of years"
            )
        if hi < lo:
            if join["dash"]:
                return self.emit(low.num_start, high.end, MentionKind.IDENTIFIER, (low.num_start, high.num_end),
                                 reason="numbers joined by a dash that do not read as a range")  # fmt: skip
            return None
        if word == "or" and not (low.numeral.words and high.numeral.words):
            return None
        start = lead.start() if lead is not None else low.start
        start = min(start, floor) if qualifier is not None else start
        end = high.end
        surface = text[start:end]
        unit_word, unit_end = _unit_after(text, end)
        rate = _rate_after(text, unit_end)
        if currency is not None:
            quantity = Quantity.between(lo, hi, unit=currency, text=surface)
            return self.emit(start, end, MentionKind.MONEY, (low.num_start, high.num_end), quantity=quantity,
                             reason=f"money ({currency})", rate=rate)  # fmt: skip
        if percent:
            quantity = Quantity.between(lo, hi, unit="percent", text=surface)
            return self.emit(start, end, MentionKind.PERCENT, (low.num_start, high.num_end), quantity=quantity,
                             reason="a percentage", rate=rate)  # fmt: skip
        if hi > _MAX_COUNT:
            return self.emit(start, end, MentionKind.OTHER, (low.num_start, high.num_end),
                             reason="implausibly large for a count")  # fmt: skip
        quantity = Quantity.between(lo, hi, unit=unit_word, text=surface)
        return self.emit(
            start, end, MentionKind.COUNT, (low.num_start, high.num_end), quantity=quantity, rate=rate
        )


def _vague_bounds(words: list[str]) -> tuple[Number, Number, Number]:
    """Bounds and value of a vague quantity (see the module's table)."""
    plural = {
        "dozens": 12,
        "scores": 20,
        "hundreds": 100,
        "thousands": 1_000,
        "millions": 10**6,
        "billions": 10**9,
    }
    if words[0] in ("tens", "hundreds") and len(words) == 3:
        unit = plural[words[2]] * (10 if words[0] == "tens" else 100)
        return 2 * unit, 5 * unit, 10 * unit - 1
    if len(words) == 1:
        if words[0] == "dozens":
            return 24, 50, 99
        if words[0] == "scores":
            return 40, 60, 199
        unit = plural[words[0]]
        return 2 * unit, 5 * unit, 1000 * unit - 1 if unit >= 10**6 else 10 * unit - 1
    unit = 1
    for word in reversed(words):  # "several hundred thousand": 100 * 1000
        if word != "dozen" and word not in _SCALES:
            break
        unit *= 12 if word == "dozen" else _SCALES[word]
    if words[0] == "several":
        return 2 * unit, 5 * unit, 9 * unit
    if words[0] == "a" and words[1] == "few":
        return 2 * unit, 3 * unit, 5 * unit
    return 2 * unit, 2 * unit, 3 * unit  # a couple of


@arguments(("text", str, "a str"))
def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Find every numeric mention of a text, in order and without overlap.

    Best effort: never raises on any string. Counts carry a
    :class:`~claimkit.model.Quantity`; every other kind says in ``reason``
    why it is not a count.

    Args:
        text: any text.

    Returns:
        The mentions, left to right.

    >>> [(m.text, m.kind.value, m.quantity and m.quantity.qualifier.value) for m in find_numbers(
    ...     "more than 12,000 soldiers of the XI Corps, US$2,000 per month, 95 percent")]
    [('more than 12,000', 'count', 'more_than'), ('XI Corps', 'unit_name', None),
     ('US$2,000', 'money', 'exact'), ('95 percent', 'percent', 'exact')]
    """
    return _Scanner(text).run(date_spans(text))


def find_counts(
    text: str, *, dates: tuple[tuple[int, int, bool], ...] | None = None, readable: bool | None = None
) -> tuple[NumberMention, ...]:
    """The mentions of :func:`find_numbers` that are counts with a quantity, built alone.

    ``dates`` is ``claimkit.dates.date_spans(text)`` and ``readable`` is
    ``claimkit.dates.reads_as_ascii(text)`` when the caller has them already.

    >>> [m.text for m in find_counts("On May 5, 2,000 troops and US$30 reached 3 bases.")]
    ['2,000', '3']
    """
    if not isinstance(text, str):
        raise ModelTypeError("text", text, "a str")
    return _Scanner(text, counts_only=True).run(date_spans(text) if dates is None else dates, readable)


_UNIT_PHRASE = re.compile(r"[ ]{1,3}(?:of[ ]{1,3})?(?:[A-Za-z][A-Za-z’'\-]{0,30}[ ]{0,3}){1,4}\Z")


@arguments(("text", str, "a str"))
def parse_quantity(text: str) -> Quantity:
    """Read exactly one quantity expression: qualifiers, a number, maybe the counted noun.

    Args:
        text: "some 10,000 troops", "more than 12,000", "between 10,000 and 12,000",
            "several thousand soldiers", "US$2,000"...

    Returns:
        The quantity; ``text`` is the input without surrounding whitespace.

    Raises:
        ParseError: the text holds no number, more than one, a number that is
            not a count (a date, a year, an identifier...) or words other than
            the counted noun.
        ModelTypeError: ``text`` is not a str.

    >>> parse_quantity("some 10,000 troops").qualifier.value
    'approximate'
    >>> parse_quantity("between 10,000 and 12,000").value
    11000
    >>> parse_quantity("in 2019")
    Traceback (most recent call last):
    ...
    claimkit.errors.ParseError: cannot parse 'in 2019': not a count: a year
    """
    stripped = text.strip()
    if not stripped:
        raise ParseError(text, "empty text")
    mentions = _Scanner(stripped).run(date_spans(stripped))
    if not mentions:
        raise ParseError(text, "no number found")
    if len(mentions) > 1:
        shown = ", ".join(repr(m.text) for m in mentions[:4])
        raise ParseError(text, f"more than one number ({shown})")
    mention = mentions[0]
    if mention.quantity is None:
        raise ParseError(text, f"not a count: {mention.reason or mention.kind.value}")
    if mention.span.start != 0:
        raise ParseError(text, f"unexpected words before the number: {stripped[: mention.span.start]!r}")
    rest = stripped[mention.span.end :]
    if rest and not _UNIT_PHRASE.match(rest):
        raise ParseError(text, f"unexpected text after the number: {rest!r}")
    return attrs.evolve(mention.quantity, text=stripped)

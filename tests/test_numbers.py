"""Example tables for claimkit.extract.numbers, grouped by cause.

Each table row gives the input beside what must come out. ``None`` in a bound
column means the wording leaves that side open.
"""

from __future__ import annotations

import pytest

from claimkit.errors import ModelTypeError, ParseError
from claimkit.extract.numbers import MentionKind, NumberMention, find_numbers, parse_quantity
from claimkit.model import Number, Qualifier

E, A, AL, MT, AM, LT, R, V = (
    Qualifier.EXACT,
    Qualifier.APPROXIMATE,
    Qualifier.AT_LEAST,
    Qualifier.MORE_THAN,
    Qualifier.AT_MOST,
    Qualifier.LESS_THAN,
    Qualifier.RANGE,
    Qualifier.VAGUE,
)
K = MentionKind


def only(text: str) -> NumberMention:
    mentions = find_numbers(text)
    assert len(mentions) == 1, [(m.text, m.kind.value) for m in mentions]
    return mentions[0]


# ------------------------------------------------------------------ qualifiers

QUALIFIED: list[tuple[str, Number, Qualifier, Number | None, Number | None, str]] = [
    # text                                   value   qualifier low    high   mention text
    ("12,000 troops", 12000, E, 12000, 12000, "12,000"),
    ("a total of 12,000 troops", 12000, E, 12000, 12000, "12,000"),
    ("some 10,000 troops", 10000, A, None, None, "some 10,000"),
    ("about 3,000 soldiers", 3000, A, None, None, "about 3,000"),
    ("around 3,000 troops", 3000, A, None, None, "around 3,000"),
    ("roughly 500 men", 500, A, None, None, "roughly 500"),
    ("approximately 12,000 troops", 12000, A, None, None, "approximately 12,000"),
    # a little under the number, never over it: at most the number
    ("nearly 2,000 soldiers", 2000, AM, None, 2000, "nearly 2,000"),
    ("almost 400 people", 400, AM, None, 400, "almost 400"),
    ("Nearly ten thousand troops", 10000, AM, None, 10000, "Nearly ten thousand"),
    ("just shy of 5,000 soldiers", 5000, AM, None, 5000, "just shy of 5,000"),
    ("almost 1.5 million reservists", 1500000, AM, None, 1500000, "almost 1.5 million"),
    # ... but not a word ending like one
    ("the unit, mostly 300 men", 300, E, 300, 300, "300"),
    ("an estimated 8,000 troops", 8000, A, None, None, "an estimated 8,000"),
    ("close to 7,000 troops", 7000, A, None, None, "close to 7,000"),
    ("some 10,000 or so troops", 10000, A, None, None, "some 10,000 or so"),
    ("10,000 or so troops", 10000, A, None, None, "10,000 or so"),
    ("at least 1,500 troops", 1500, AL, 1500, None, "at least 1,500"),
    ("1,500 or more troops", 1500, AL, 1500, None, "1,500 or more"),
    ("no fewer than 300 soldiers", 300, AL, 300, None, "no fewer than 300"),
    ("12,000-plus troops", 12000, AL, 12000, None, "12,000-plus"),
    ("12,000+ troops", 12000, AL, 12000, None, "12,000+"),
    ("thirty-odd soldiers", 30, A, None, None, "thirty-odd"),
    ("30-odd soldiers", 30, A, None, None, "30-odd"),
    ("more than 12,000 soldiers", 12000, MT, 12000, None, "more than 12,000"),
    ("over 5,000 troops", 5000, MT, 5000, None, "over 5,000"),
    ("in excess of 20,000 men", 20000, MT, 20000, None, "in excess of 20,000"),
    ("upwards of 1,000 fighters", 1000, MT, 1000, None, "upwards of 1,000"),
    # a total that went past the number
    ("the force passed 5,000 troops", 5000, MT, 5000, None, "passed 5,000"),
    ("the deployment topped 12,000 soldiers", 12000, MT, 12000, None, "topped 12,000"),
    ("the contingent exceeded 900 personnel", 900, MT, 900, None, "exceeded 900"),
    ("the garrison surpassed 2,000 men", 2000, MT, 2000, None, "surpassed 2,000"),
    # ... not a word ending like one: "bypassed" is no qualifier
    ("the column bypassed 300 soldiers", 300, E, 300, 300, "300"),
    ("up to 100,000 troops", 100000, AM, None, 100000, "up to 100,000"),
    ("as many as 15,000 soldiers", 15000, AM, None, 15000, "as many as 15,000"),
    ("at most 50 officers", 50, AM, None, 50, "at most 50"),
    ("no more than 2,000 troops", 2000, AM, None, 2000, "no more than 2,000"),
    ("fewer than 100 soldiers", 100, LT, None, 100, "fewer than 100"),
    ("less than 1,000 troops", 1000, LT, None, 1000, "less than 1,000"),
    ("under 500 troops", 500, LT, None, 500, "under 500"),
    ("MORE THAN 12,000 troops", 12000, MT, 12000, None, "MORE THAN 12,000"),
    ("something like ten thousand soldiers", 10000, A, None, None, "something like ten thousand"),
    ("something like 3,000 troops", 3000, A, None, None, "something like 3,000"),
    ("somewhere around 800 troops", 800, A, None, None, "somewhere around 800"),
    ("in the neighbourhood of 2,000 soldiers", 2000, A, None, None, "in the neighbourhood of 2,000"),
    # a revised figure near the number: "closer to", "nearer (to)"
    ("closer to 10,000 soldiers", 10000, A, None, None, "closer to 10,000"),
    ("nearer 850 troops", 850, A, None, None, "nearer 850"),
    ("nearer to 2,000 troops", 2000, A, None, None, "nearer to 2,000"),
    ("closer to 300 marines", 300, A, None, None, "closer to 300"),
    # ... never a distance: "moved closer to" a place is no hedge on a later number
    ("troops moved closer to Kursk, 300 soldiers", 300, E, 300, 300, "300"),
    # "like" alone compares, it does not hedge
    ("units like 3,000 troops", 3000, E, 3000, 3000, "3,000"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "low", "high", "surface"), QUALIFIED)
def test_qualifiers(
    text: str, value: Number, qualifier: Qualifier, low: Number | None, high: Number | None, surface: str
) -> None:
    m = only(text)
    assert m.kind is K.COUNT
    assert m.quantity is not None
    assert (m.quantity.value, m.quantity.qualifier, m.quantity.low, m.quantity.high) == (
        value,
        qualifier,
        low,
        high,
    )
    assert m.text == surface == m.quantity.text
    assert text[m.span.start : m.span.end] == surface


# ---------------------------------------------------------------------- ranges

RANGES: list[tuple[str, Number, Number, Number, str]] = [
    # text                                     low     high    value   mention text
    ("10,000 to 12,000 troops", 10000, 12000, 11000, "10,000 to 12,000"),
    ("10,000-12,000 troops", 10000, 12000, 11000, "10,000-12,000"),
    ("10,000–12,000 troops", 10000, 12000, 11000, "10,000–12,000"),
    ("10,000 – 12,000 troops", 10000, 12000, 11000, "10,000 – 12,000"),
    ("between 10,000 and 12,000 troops", 10000, 12000, 11000, "between 10,000 and 12,000"),
    ("from 10,000 to 12,000 troops", 10000, 12000, 11000, "from 10,000 to 12,000"),
    ("10 to 12 thousand troops", 10000, 12000, 11000, "10 to 12 thousand"),
    ("1.5 to 2 million people", 1500000, 2000000, 1750000, "1.5 to 2 million"),
    ("between five and ten soldiers", 5, 10, 7.5, "between five and ten"),
    ("two or three brigades", 2, 3, 2.5, "two or three"),
    ("3,000-5,000 troops", 3000, 5000, 4000, "3,000-5,000"),
]


@pytest.mark.parametrize(("text", "low", "high", "value", "surface"), RANGES)
def test_ranges(text: str, low: Number, high: Number, value: Number, surface: str) -> None:
    m = only(text)
    assert m.kind is K.COUNT
    assert m.quantity is not None
    q = m.quantity
    assert (q.qualifier, q.low, q.high, q.value) == (R, low, high, value)
    assert m.text == surface


# ------------------------------------------------------------------- numerals

NUMERALS: list[tuple[str, Number]] = [
    # text                                value
    ("12,000 troops", 12000),
    ("12 000 troops", 12000),
    ("12\u00a0000 troops", 12000),  # no-break space
    ("12\u2009000 troops", 12000),  # thin space
    ("12\u202f000 troops", 12000),  # narrow no-break space
    ("1,234,567 people", 1234567),
    ("2.5 brigades", 2.5),
    ("1.5 million people", 1500000),
    ("1.500 million people", 1500000),  # a scale word settles the dot as a decimal
    ("1.500.000 people", 1500000),  # two dots: European grouping, nothing else
    ("3 million people", 3000000),
    ("12k troops", 12000),
    ("a dozen soldiers", 12),
    ("two dozen soldiers", 24),
    ("six soldiers", 6),
    ("twenty-five soldiers", 25),
    ("twenty five soldiers", 25),
    ("five thousand soldiers", 5000),
    ("one hundred and twenty soldiers", 120),
    ("a hundred soldiers", 100),
    ("a thousand soldiers", 1000),
    ("a million people", 1000000),
    ("half a million people", 500000),
    ("fifteen hundred soldiers", 1500),
    ("three hundred thousand soldiers", 300000),
    ("Four brigades", 4),
    ("0 casualties", 0),
    ("zero casualties", 0),
    ("a 12,000-strong force", 12000),
    ("1.5m people fled", 1500000),  # "m" is million before a counted noun
    ("some 2000 troops", 2000),  # a year-like number before a counted noun
    # Indian English scale words: a lakh is 100,000, a crore ten million
    ("over one lakh troops", 100000),
    ("1.5 lakh soldiers", 150000),
    ("two lakh fifty thousand troops", 250000),
    ("3 crore people", 30000000),
]


@pytest.mark.parametrize(("text", "value"), NUMERALS)
def test_numerals(text: str, value: Number) -> None:
    m = only(text)
    assert m.kind is K.COUNT, m.reason
    assert m.quantity is not None
    assert m.quantity.value == value
    assert type(m.quantity.value) is type(value)


# ------------------------------------------------------------------ vague words

VAGUE: list[tuple[str, Number, Number, Number]] = [
    # text                              low        value      high
    ("several thousand troops", 2000, 5000, 9000),
    ("a few thousand troops", 2000, 3000, 5000),
    ("a couple of hundred troops", 200, 200, 300),
    ("several hundred soldiers", 200, 500, 900),
    ("several hundred thousand people", 200000, 500000, 900000),
    ("a few dozen soldiers", 24, 36, 60),
    ("thousands of troops", 2000, 5000, 9999),
    ("tens of thousands of troops", 20000, 50000, 99999),
    ("hundreds of thousands of people", 200000, 500000, 999999),
    ("hundreds of soldiers", 200, 500, 999),
    ("dozens of soldiers", 24, 50, 99),
    ("millions of people", 2000000, 5000000, 999999999),
]


@pytest.mark.parametrize(("text", "low", "value", "high"), VAGUE)
def test_vague(text: str, low: Number, value: Number, high: Number) -> None:
    m = only(text)
    assert m.kind is K.COUNT
    assert m.quantity is not None
    q = m.quantity
    assert (q.qualifier, q.low, q.value, q.high) == (V, low, value, high)


# ------------------------------------------------------------- counted nouns

UNITS: list[tuple[str, str | None, str | None]] = [
    # text                                            unit          rate
    ("1,500 elite troops", "troops", None),
    ("12,000 North Korean troops", "troops", None),
    ("six North Koreans soldiers were killed", "soldiers", None),
    ("200,000 soldiers", "soldiers", None),
    ("4,000 personnel", "personnel", None),
    ("four brigades of light infantry", "brigades", None),
    ("1,500 casualties per day", "casualties", "per day"),
    ("1,500 casualties a day", "casualties", "per day"),
    ("300 shells daily", "shells", "per day"),
    ("12,000 were sent", None, None),
    ("thousands of troops", "troops", None),
    ("flew 300 km", "km", None),
    ("10 days later", "days", None),
    ("a 1,000-strong battalion", "battalion", None),
]


@pytest.mark.parametrize(("text", "unit", "rate"), UNITS)
def test_units_and_rates(text: str, unit: str | None, rate: str | None) -> None:
    m = only(text)
    assert m.quantity is not None
    assert m.quantity.unit == unit
    assert m.rate == rate


# ----------------------------------------------------------------- non-counts

NOT_COUNTS: list[tuple[str, MentionKind, str]] = [
    # text                                        kind              mention text
    # dates and times
    ("On October 21, 2024, it began", K.DATE, "October 21, 2024"),
    ("the summit on the 22nd.", K.DATE, "the 22nd"),
    ("summoned on Monday (21st) to protest", K.DATE, "Monday (21st)"),
    ("Last Tuesday (15th), he met", K.DATE, "Last Tuesday (15th)"),
    ("from October 8th to 13th, they sailed", K.DATE, "October 8th to 13th"),
    ("Kazan from October 22 to 24.", K.DATE, "October 22 to 24"),
    ("Downloaded on 09 Feb 2025 00:18:40 SGT", K.DATE, "09 Feb 2025 00:18:40 SGT"),
    ("published 2024-10-21", K.DATE, "2024-10-21"),
    ("the meeting at 10:30 ended", K.TIME, "10:30"),
    ("at 3pm", K.TIME, "3pm"),
    # years
    ("It was 2024", K.YEAR, "2024"),
    ("held in 2019 in Vietnam", K.YEAR, "2019"),
    ("not since 1953, the end", K.YEAR, "1953"),
    ("an attack on Taiwan – 2027?", K.YEAR, "2027"),
    ("in the 1990s", K.YEAR, "1990s"),
    ("during 2019-2022", K.YEAR, "2019-2022"),
    ("around 2030, China may act", K.YEAR, "2030"),
    ("the 2024 elections", K.YEAR, "2024"),
    # ordinals and unit names
    ("the 16th BRICS summit", K.ORDINAL, "16th"),
    ("the 11th Corps", K.UNIT_NAME, "11th"),
    ("the XI Corps", K.UNIT_NAME, "XI Corps"),
    ("the Eleventh Army", K.UNIT_NAME, "Eleventh"),
    ("for the first time", K.ORDINAL, "first"),
    # money
    ("pay US$2,000 per soldier", K.MONEY, "US$2,000"),
    (r"pay [US\\$2,000](#) per month", K.MONEY, r"US\\$2,000"),
    (r"pay US\$2,000", K.MONEY, r"US\$2,000"),
    ("$5 million in aid", K.MONEY, "$5 million"),
    ("€3bn in aid", K.MONEY, "€3bn"),
    ("2,000 dollars each", K.MONEY, "2,000 dollars"),
    ("£40m deal", K.MONEY, "£40m"),
    # percentages and fractions
    ("95 percent of trade", K.PERCENT, "95 percent"),
    ("50% of them", K.PERCENT, "50%"),
    ("12.5 per cent", K.PERCENT, "12.5 per cent"),
    ("fully half the shells", K.FRACTION, "half"),
    ("½ of them", K.FRACTION, "½"),
    ("one-third of the force", K.FRACTION, "one-third"),
    ("two-thirds of the force", K.FRACTION, "two-thirds"),
    # phone numbers, postal codes, addresses
    ("Tel: +65 6790 6982", K.PHONE, "+65 6790 6982"),
    ("call (617) 555-0100 now", K.PHONE, "(617) 555-0100"),
    ("Dorchester Center, MA 02124", K.POSTAL_CODE, "02124"),
    ("Nanyang Avenue, Singapore 639798", K.POSTAL_CODE, "639798"),
    ("Boston, MA 02115-4000", K.POSTAL_CODE, "02115-4000"),
    ("304 North Cardinal St.", K.ADDRESS, "304 North Cardinal St."),
    ("at 1600 Pennsylvania Avenue", K.ADDRESS, "1600 Pennsylvania Avenue"),
    # identifiers
    ("RSIS Commentaries, 175-24.", K.IDENTIFIER, "175-24"),
    ("handle.net/10356/181436", K.IDENTIFIER, "10356/181436"),
    ("the COVID-19 pandemic", K.IDENTIFIER, "COVID-19"),
    ("the G7 ministers", K.IDENTIFIER, "G7"),
    ("F-16 jets", K.IDENTIFIER, "F-16"),
    ("Su-27 fighters", K.IDENTIFIER, "Su-27"),
    ("Level B3", K.IDENTIFIER, "B3"),
    ("Block S4", K.IDENTIFIER, "S4"),
    ("a 5G network", K.IDENTIFIER, "5G"),
    ("flight MH17", K.IDENTIFIER, "MH17"),
    ("visited Unit 1501 today", K.IDENTIFIER, "1501"),
    ("under Resolution 2231", K.IDENTIFIER, "2231"),
    # measures that are not counts
    ("a 300m bridge", K.OTHER, "300m"),
    ("a 25-year-old soldier", K.OTHER, "25-year-old"),
]


@pytest.mark.parametrize(("text", "kind", "surface"), NOT_COUNTS)
def test_not_counts(text: str, kind: MentionKind, surface: str) -> None:
    m = only(text)
    assert (m.kind, m.text) == (kind, surface)
    assert m.reason  # every non-count says why
    if kind not in (K.MONEY, K.PERCENT):
        assert m.quantity is None


MONEY_VALUES: list[tuple[str, Number, str]] = [
    # text                 value       unit
    ("US$2,000", 2000, "US$"),
    (r"US\$2,000", 2000, "US$"),
    ("$5 million", 5000000, "$"),
    ("€3bn", 3000000000, "€"),
    ("2,000 dollars", 2000, "dollars"),
    ("more than $1.5 billion", 1500000000, "$"),
    ("95 percent", 95, "percent"),
    ("₹500 crore", 5000000000, "₹"),  # money in crores is no count
]


@pytest.mark.parametrize(("text", "value", "unit"), MONEY_VALUES)
def test_money_and_percent_values(text: str, value: Number, unit: str) -> None:
    m = only(text)
    assert m.quantity is not None
    assert (m.quantity.value, m.quantity.unit) == (value, unit)


# ---------------------------------------------------------- numbers that lie

LIARS: list[tuple[str, str]] = [
    # text            a word the reason must contain
    ("1,500,00 troops", "malformed"),
    ("12.000 troops", "ambiguous"),
    ("1.500 troops", "ambiguous"),
    ("1,2,3,4", "list"),
    ("-5 troops", "negative"),
    ("−5 troops", "negative"),
    ("50,000,000,000 troops", "implausibly large"),
    ("9" * 300, "too many digits"),
    ("1.234,5 troops", "separators"),
]


@pytest.mark.parametrize(("text", "why"), LIARS)
def test_numbers_that_lie_are_refused(text: str, why: str) -> None:
    m = only(text)
    assert m.kind is K.OTHER
    assert m.quantity is None
    assert why in m.reason


def test_ambiguous_dot_never_read_as_a_small_count() -> None:
    for m in find_numbers("12.000 troops and 1.500 soldiers"):
        assert m.quantity is None


# ------------------------------------------------------------ whole passages


def test_corpus_like_passage_in_order() -> None:
    text = (
        "On October 21, 2024, South Korea said North Korea had sent 1,500 elite troops. "
        "Xi would attend the 16th BRICS summit on the 22nd. The XI Corps has 200,000 soldiers; "
        "some 10,000 troops are there and more than 12,000 may follow."
    )
    got = [(m.text, m.kind) for m in find_numbers(text)]
    assert got == [
        ("October 21, 2024", K.DATE),
        ("1,500", K.COUNT),
        ("16th", K.ORDINAL),
        ("the 22nd", K.DATE),
        ("XI Corps", K.UNIT_NAME),
        ("200,000", K.COUNT),
        ("some 10,000", K.COUNT),
        ("more than 12,000", K.COUNT),
    ]


def test_number_span_is_the_numeral_only() -> None:
    text = "they sent more than 12,000 soldiers"
    m = only(text)
    assert text[m.number_span.start : m.number_span.end] == "12,000"
    assert m.span.contains(m.number_span)


def test_empty_and_numberless_text() -> None:
    assert find_numbers("") == ()
    assert find_numbers("No numbers here at all.") == ()


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(ModelTypeError, match="expected a str"):
        find_numbers(12)  # type: ignore[arg-type]


ADVERSARIAL = [
    "1," * 50000,
    "1 " * 50000,
    "9" * 100000,
    "more than " * 10000,
    "(" * 50000,
    "one " * 25000,
    "twenty-" * 15000,
    "between 1 and " * 7000,
    "100 " * 25000,
    "1-" * 50000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:10] for t in ADVERSARIAL])
def test_adversarial_inputs_complete(text: str) -> None:
    mentions = find_numbers(text)
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text


# ------------------------------------------------------------- parse_quantity

PARSED: list[tuple[str, Number, Qualifier, Number | None, Number | None, str | None]] = [
    # text                                 value   qualifier low     high    unit
    ("12,000", 12000, E, 12000, 12000, None),
    ("  some 10,000 troops  ", 10000, A, None, None, "troops"),
    ("more than 12,000 soldiers", 12000, MT, 12000, None, "soldiers"),
    ("between 10,000 and 12,000", 11000, R, 10000, 12000, None),
    ("several thousand soldiers", 5000, V, 2000, 9000, "soldiers"),
    ("thousands of troops", 5000, V, 2000, 9999, "troops"),
    ("up to 100,000 North Korean troops", 100000, AM, None, 100000, "troops"),
    ("a dozen", 12, E, 12, 12, None),
    ("US$2,000", 2000, E, 2000, 2000, "US$"),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "low", "high", "unit"), PARSED)
def test_parse_quantity(
    text: str, value: Number, qualifier: Qualifier, low: Number | None, high: Number | None, unit: str | None
) -> None:
    q = parse_quantity(text)
    assert (q.value, q.qualifier, q.low, q.high, q.unit) == (value, qualifier, low, high, unit)
    assert q.text == text.strip()


PARSE_ERRORS: list[tuple[str, str]] = [
    # text                          a word the error must contain
    ("", "empty"),
    ("   ", "empty"),
    ("no number", "no number"),
    ("12,000 and 15,000", "more than one"),
    ("in 2019", "year"),
    ("October 21, 2024", "date"),
    ("16th", "ordinal"),
    ("1,500,00", "malformed"),
    ("12.000", "ambiguous"),
    ("troops: 12,000", "before"),
    ("12,000 troops, said the ministry.", "after"),
]


@pytest.mark.parametrize(("text", "why"), PARSE_ERRORS)
def test_parse_quantity_refuses(text: str, why: str) -> None:
    with pytest.raises(ParseError, match=why):
        parse_quantity(text)


def test_parse_quantity_non_str() -> None:
    with pytest.raises(ModelTypeError, match="expected a str"):
        parse_quantity(12000)  # type: ignore[arg-type]

"""Source inference from text: each field only when the text supports it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from _fastpaths import assert_twin_holds_the_plain_groups
from claimkit.documents import _source, read_document
from claimkit.model import DateProvenance, Precision, SourceKind

BODY = "Officials said some 3,000 troops had left. More may follow."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Troops head west\n\n{BODY}", "Troops head west"),
        (f"# Troops head west\n\n{BODY}", "Troops head west"),
        (f"Troops head west | Opinion\n\n{BODY}", "Troops head west"),
        (
            f"Mailing Address\n\n12 High Street\nSpringfield, IL 62701\n\nTroops head west\n\n{BODY}",
            "Troops head west",
        ),
        # A first line of running prose is no title.
        (BODY, None),
        ("By Ann Lee\n\n" + BODY, None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert read_document(text).source.title == title


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (f"Troops\n\nBy Ann Lee\n\n{BODY}", ("Ann Lee",)),
        (f"Troops\n\nBy Ann Lee and Bo Kim\n\n{BODY}", ("Ann Lee", "Bo Kim")),
        (f"Troops\n\n{BODY}\n\nJane Q. Public is a Senior Fellow at the Institute.", ("Jane Q. Public",)),
        (f"Troops\n\n{BODY}\n\nMark Stone is the author of Two Wars.", ("Mark Stone",)),
        # A citation header confirms an inverted name; the byline gives the same person.
        (
            "Troops\n\nLee, Ann\n\n2024\n\nLee, A. (2024). Troops. *Papers*, 12-24.\n\nBy Ann Lee\n\n" + BODY,
            ("Ann Lee",),
        ),
        (f"Troops\n\nAn analysis by Marta Nowak\n\n{BODY}", ("Marta Nowak",)),
        # "By" opening a sentence is no byline.
        (f"Troops\n\nBy the way, officials said so.\n\n{BODY}", ()),
        (f"Troops\n\nBy Tuesday, officials said so.\n\n{BODY}", ()),
        # An inverted "Place, Country" line without a citation is no author.
        (f"Seoul, Korea\n\n{BODY}", ()),
        # A name in the body is no author.
        (f"Troops\n\nAnn Lee said 3,000 troops left.\n\n{BODY}", ()),
        # A byline of barred fields, and a closing sign-off line.
        (f"Troops\n\nBy Ann Lee | The Daily Planet | 12 March 2025\n\n{BODY}", ("Ann Lee",)),
        (f"Troops\n\n{BODY}\n\n- Ann Lee, 3 December 2024", ("Ann Lee",)),
        (f"Troops\n\n{BODY}\n\n— Bo Kim, December 3, 2024", ("Bo Kim",)),
        # A dash line without a date is no sign-off.
        (f"Troops\n\n{BODY}\n\n- Ann Lee, Seoul", ()),
        # The author of a written answer speaks for its figures; a member's letters are no part of the name.
        (f"Troops\n\nAnswered by: Ann Lee MP, Minister for the Armed Forces\n\n{BODY}", ("Ann Lee",)),
        (f"Troops\n\nAnswered by Bo Kim TD\n\n{BODY}", ("Bo Kim",)),
        (f"Troops\n\nAnswered by: Jane Q. Public, Secretary of State\n\n{BODY}", ("Jane Q. Public",)),
        (f"Troops\n\nBy Ann Lee MEP\n\n{BODY}", ("Ann Lee",)),
        # The member who asked is no author of the answer.
        (f"Troops\n\nAsked by: Ann Lee (Tewkesbury), Liberal Democrats\n\n{BODY}", ()),
    ],
)
def test_authors(text: str, authors: tuple[str, ...]) -> None:
    assert read_document(text).source.authors == authors


@pytest.mark.parametrize(
    ("text", "outlet", "kind"),
    [
        (f"Troops\n\nMilan (AsiaNews) – {BODY}", "AsiaNews", SourceKind.NEWS),
        (f"Troops\n\nSEOUL (Reuters) - {BODY} A source told Reuters so.", "Reuters", SourceKind.INTERVIEW),
        (f"Troops head west | Opinion\n\n{BODY}", None, SourceKind.OPINION),
        (f"Opinion: Troops head west\n\n{BODY}", None, SourceKind.OPINION),
        (f"Troops head west | The Daily Planet\n\n{BODY}", "The Daily Planet", SourceKind.UNKNOWN),
        (f"Troops\n\nCOMMENTARY\n\n{BODY}", None, SourceKind.COMMENTARY),
        (f"Troops\n\nAn analysis by Marta Nowak\n\n{BODY}", None, SourceKind.ANALYSIS),
        (f"Troops\n\nPosted by Ann Lee, 2 December 2024\n\n{BODY}", None, SourceKind.BLOG),
        (f"Troops\n\nKYIV, Nov 12 (Northwire) - {BODY}", "Northwire", SourceKind.NEWS),
        # A header line of barred fields with a date: byline or genre, outlet, date.
        (
            f"Troops\n\nBy Ann Lee | The Daily Planet | 12 March 2025\n\n{BODY}",
            "The Daily Planet",
            SourceKind.UNKNOWN,
        ),
        (f"Troops\n\nANALYSIS | Strait Review | 2025-04-03\n\n{BODY}", "Strait Review", SourceKind.ANALYSIS),
        (f"Troops\n\nOpinion | The Courier | April 3, 2025\n\n{BODY}", "The Courier", SourceKind.OPINION),
        # An email's header: its sender is the newsletter's outlet (not a forwarded message's sender below).
        (
            f"Subject: Issue 4\nFrom: Baltic Brief <news@balticbrief.eu>\n\n{BODY}",
            "Baltic Brief",
            SourceKind.UNKNOWN,
        ),
        (
            f"From: Defence Digest <editor@dd.org>\nDate: 3 May 2025\n\n{BODY}",
            "Defence Digest",
            SourceKind.UNKNOWN,
        ),
        (f'Subject: Issue 5\nFrom: "Army Notes" <a@notes.com>\n\n{BODY}', "Army Notes", SourceKind.UNKNOWN),
        (f"Troops\n\n{BODY}\n\nFrom: Ann Lee <ann@mail.com>\n\n{BODY}", None, SourceKind.UNKNOWN),
        # ... a "From:" line without an address is no sender.
        (f"Troops\nFrom: the front line\n\n{BODY}", None, SourceKind.UNKNOWN),
        # An agency's credit line under the title: outlet (initials), place, date.
        (
            f"Troops\n\nKorean Central News Agency (KCNA), Pyongyang, 3 May 2025.\n\n{BODY}",
            "Korean Central News Agency",
            SourceKind.NEWS,
        ),
        (
            f"Troops\n\nIslamic Republic News Agency (IRNA), Tehran, June 4, 2024\n\n{BODY}",
            "Islamic Republic News Agency",
            SourceKind.NEWS,
        ),
        (
            f"Troops\n\nPress Trust (PTI), New Delhi, 12 March 2025.\n\n{BODY}",
            "Press Trust",
            SourceKind.NEWS,
        ),
        # ... a name with initials and a place but no date is no credit line.
        (f"Troops\n\nAfrican Union (AU), Addis Ababa, said troops left.\n\n{BODY}", None, SourceKind.UNKNOWN),
        # A PDF's running header: its page mark is furniture, the name before the bar the publisher.
        (
            f"Arctic Defence Review | Working Paper 3/2024        Page 2 of 9\n\n{BODY}",
            "Arctic Defence Review",
            SourceKind.UNKNOWN,
        ),
        (f"Sahel Watch | Issue 12    Page 14\n\n{BODY}", "Sahel Watch", SourceKind.UNKNOWN),
        (
            f"Pacific Security Institute | Report 2025/04     p. 7 of 30\n\n{BODY}",
            "Pacific Security Institute",
            SourceKind.UNKNOWN,
        ),
        # ... a title that only mentions a page, or a bar without a page mark, is no running header.
        (f"Troops read Page 3 of 12\n\n{BODY}", None, SourceKind.UNKNOWN),
        # Barred fields without a date are no header.
        (f"Troops\n\nWorld | Europe | Ukraine\n\n{BODY}", None, SourceKind.UNKNOWN),
        (f"Troops\n\n{BODY}", None, SourceKind.UNKNOWN),
    ],
)
def test_outlet_and_kind(text: str, outlet: str | None, kind: SourceKind) -> None:
    source = read_document(text).source
    assert (source.outlet, source.kind) == (outlet, kind)


def test_citation_header_gives_series_identifier_url_and_year() -> None:
    text = (
        "Troops head west\n\nLee, Ann\n\n2023\n\n"
        "Lee, A. (2023). Troops head west. *Policy Briefs*, No-7.\n\n"
        "<https://hdl.handle.net/1/2>\n\nDownloaded on 02 Mar 2024 10:00:00 UTC\n\n" + BODY
    )
    source = read_document(text).source
    assert (source.series, source.identifier, source.url, source.outlet) == (
        "Policy Briefs",
        "No-7",
        "https://hdl.handle.net/1/2",
        "Policy Briefs",
    )
    assert source.authors == ("Ann Lee",)
    assert source.published is not None
    assert (source.published.earliest, source.published.latest) == (
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )
    assert source.published.provenance is DateProvenance.STATED


Window = tuple[dt.date | None, dt.date | None, DateProvenance, Precision] | None


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # stated
        (
            f"Troops\n\nPublished: 21 October 2024\n\n{BODY}",
            (dt.date(2024, 10, 21), dt.date(2024, 10, 21), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\nOctober 21, 2024\n\n{BODY}",
            (dt.date(2024, 10, 21), dt.date(2024, 10, 21), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\nSeoul, November 20, 2024 - {BODY}",
            (dt.date(2024, 11, 20), dt.date(2024, 11, 20), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\nPosted by Ann Lee, 2 December 2024\n\n{BODY}",
            (dt.date(2024, 12, 2), dt.date(2024, 12, 2), DateProvenance.STATED, Precision.DAY),
        ),
        # a broadcast's air date is its publication date
        (
            f"Troops\n\nBroadcast: 11 April 2025\n\n{BODY}",
            (dt.date(2025, 4, 11), dt.date(2025, 4, 11), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\nAired on 3 May 2024\n\n{BODY}",
            (dt.date(2024, 5, 3), dt.date(2024, 5, 3), DateProvenance.STATED, Precision.DAY),
        ),
        # ... but a line that opens with the word and holds no date states none
        ("Troops\n\nBroadcast news reached the town late.\n\nSoldiers left.", None),
        # a dateline without a year states no date
        (f"Troops\n\nKYIV, Nov 12 (Northwire) - {BODY}", None),
        # ... but takes the first such day after the latest past event the text dates
        (
            f"Troops\n\nKYIV, Feb 11 (Northwire) - {BODY} A report was published in July 2024.",
            (dt.date(2025, 2, 11), dt.date(2025, 2, 11), DateProvenance.INFERRED, Precision.DAY),
        ),
        (
            f"Troops\n\nKYIV, Nov 12 (Northwire) - {BODY} A report was published in July 2024.",
            (dt.date(2024, 11, 12), dt.date(2024, 11, 12), DateProvenance.INFERRED, Precision.DAY),
        ),
        # a header of barred fields, a closing sign-off
        (
            f"Troops\n\nBy Ann Lee | The Daily Planet | 12 March 2025\n\n{BODY}",
            (dt.date(2025, 3, 12), dt.date(2025, 3, 12), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\nANALYSIS | Strait Review | 2025-04-03\n\n{BODY}",
            (dt.date(2025, 4, 3), dt.date(2025, 4, 3), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\n\n{BODY} In 2019 troops left.\n\n- Ann Lee, 3 December 2024",
            (dt.date(2024, 12, 3), dt.date(2024, 12, 3), DateProvenance.STATED, Precision.DAY),
        ),
        # a masthead's short line: its full day after a field separator, a weekday or a place's comma
        (
            f"The Weekly Brief\nIssue 88 | Monday, 3 March 2025\n\n{BODY}",
            (dt.date(2025, 3, 3), dt.date(2025, 3, 3), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"Troops\nLive coverage, Sunday 9 February 2025\n\n{BODY}",
            (dt.date(2025, 2, 9), dt.date(2025, 2, 9), DateProvenance.STATED, Precision.DAY),
        ),
        (
            f"COMMITTEE ON DEFENCE\nEVIDENCE\nLONDON, Tuesday, March 4, 2025\n\n{BODY}",
            (dt.date(2025, 3, 4), dt.date(2025, 3, 4), DateProvenance.STATED, Precision.DAY),
        ),
        # ... not an event's date after a verb ("tabled on"), nor a day past the first lines
        (
            f"Written question\nUIN 512, tabled on 3 February 2025\n\n{BODY}",
            None,
        ),
        (
            f"Troops\nA\nB\nC\nIssue 88 | Monday, 3 March 2025\n\n{BODY}",
            None,
        ),
        # a year alone names a period of history: it does not pick a dateline day's year
        (f"Troops\n\nKYIV, Nov 12 (Northwire) - {BODY} The war peaked in 2015 and 2016.", None),
        (
            f"Troops\n\nKYIV, Nov 12 (Northwire) - {BODY} Talks failed in 2015. A report came in July 2024.",
            (dt.date(2024, 11, 12), dt.date(2024, 11, 12), DateProvenance.INFERRED, Precision.DAY),
        ),
        # inferred from the latest past event
        (
            "On October 21, 2024, officials said 1,500 had left. On October 23, more were seen.",
            (dt.date(2024, 10, 23), None, DateProvenance.INFERRED, Precision.DAY),
        ),
        # a future event does not bound the date from below
        (
            "On October 21, 2024, officials said 1,500 had left. Leaders will meet on November 5.",
            (dt.date(2024, 10, 21), None, DateProvenance.INFERRED, Precision.DAY),
        ),
        # a download stamp bounds it from above
        (
            "Downloaded on 09 Feb 2025 00:18:40 SGT\n\nIn 2024, officials said troops left.",
            (dt.date(2024, 1, 1), dt.date(2025, 2, 9), DateProvenance.INFERRED, Precision.DAY),
        ),
        # no year anywhere: unknown
        ("On October 23, officials said troops left.", None),
        (BODY, None),
    ],
)
def test_published(text: str, window: Window) -> None:
    published = read_document(text).source.published
    if window is None:
        assert published is None
    else:
        assert published is not None
        assert (published.earliest, published.latest, published.provenance, published.precision) == window


def test_no_field_is_invented_for_bare_text() -> None:
    source = read_document(BODY).source
    assert source.id.startswith("doc-")
    assert (source.title, source.outlet, source.authors, source.url, source.series, source.identifier) == (
        None,
        None,
        (),
        None,
        None,
        None,
    )
    assert source.kind is SourceKind.UNKNOWN
    assert source.published is None


@given(
    words=st.lists(
        st.sampled_from(
            [
                "On",
                "21",
                "21st",
                "of",
                "October",
                "Oct.",
                "2024",
                "1999",
                "2024-10-21",
                "May",
                "5th",
                "Mar",
                "x",
            ]
        ),
        max_size=10,
    ),
    gap=st.sampled_from([" ", ", ", "  ", "-", "", "’"]),
)
@example(words=["On", "21", "October", "2024"], gap=" ")
def test_source_date_twin_holds_the_groups_of_the_date_at_its_start(words: list[str], gap: str) -> None:
    text = gap.join(words)
    for twin, plain in ((_source._DATE_IN_TEXT_AT, _source._DATE_IN_TEXT), _source._DATE_IN_TEXT_ASCII[::-1]):
        assert_twin_holds_the_plain_groups(twin, plain, text)

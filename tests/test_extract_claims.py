"""Claim extraction: counted noun, whose, measure, modality, attribution, dates, spans, linear time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _fastpaths import offsets_of
from claimkit.dates import find_dates
from claimkit.documents import load_corpus, read_document
from claimkit.extract import extract_claims, extract_quantities, parse_quantity
from claimkit.extract.actors import Gazetteer
from claimkit.model import (
    Actor,
    ActorKind,
    Attribution,
    DateWindow,
    Document,
    Modality,
    OffsetMap,
    Qualifier,
    Sentence,
    Source,
    Span,
)

PUBLISHED = DateWindow.on(dt.date(2024, 11, 4))


def claims_of(text: str, outlet: str = "Test Wire") -> list[tuple[object, ...]]:
    doc = read_document(text, source=Source(id="t", outlet=outlet, published=PUBLISHED))
    return [
        (c.quantity.value, c.measure.value, c.subject, c.modality.value, c.actor.name)
        for c in extract_claims(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy, speaker before and after
        (
            "North Korea had dispatched 1,500 elite troops to Russia, Seoul's spy agency said.",
            [
                (
                    1500,
                    "deployed",
                    "North Korean troops",
                    "reported",
                    "South Korea's National Intelligence Service",
                )
            ],
        ),
        (
            "About 8,000 North Korean troops are in Kursk, the White House said.",
            [(8000, "deployed", "North Korean troops", "reported", "White House")],
        ),
        # projections
        (
            "South Korea expects North Korea to deploy a total of 12,000 troops.",
            [(12000, "expected_total", "North Korean troops", "projected", "South Korea")],
        ),
        (
            "The Pentagon said 500 additional U.S. troops would be sent to Poland.",
            [(500, "expected_total", "US troops", "projected", "US Department of Defense")],
        ),
        (
            "Approximately 12,000 North Korean troops are set to soon be deployed, according to the NIS.",
            [
                (
                    12000,
                    "expected_total",
                    "North Korean troops",
                    "projected",
                    "South Korea's National Intelligence Service",
                )
            ],
        ),
        # hedges
        (
            "Two thousand Cuban mercenaries may have joined Russian forces, a Ukrainian lawmaker alleged.",
            [(2000, "deployed", "Cuban troops", "hedged", "Ukrainian lawmaker")],
        ),
        # casualties, rates, formations are never deployments
        (
            "Ukraine has reported that six North Koreans soldiers were killed.",
            [(6, "casualties", "North Korean troops", "reported", "Ukraine")],
        ),
        (
            "Russia loses about 1,200 troops a day, Ukraine's General Staff says.",
            [(1200, "rate", "Russian troops", "reported", "Ukraine's General Staff")],
        ),
        (
            "The XI Corps, which in total consists of 200,000 soldiers, is elite.",
            [(200000, "formation", "troops", "reported", "Test Wire")],
        ),
        (
            "Belarusian forces number about 48,000 active personnel.",
            [(48000, "formation", "Belarusian troops", "reported", "Test Wire")],
        ),
        (
            "Ukraine says it captured two North Korean soldiers.",
            [(2, "other", "North Korean troops", "reported", "Ukraine")],
        ),
        # not counts of people at all
        ("Russia offered US$2,000 per month per soldier and four brigades of the 11th Corps.", []),
        ("The 16th BRICS summit ran from October 22 to 24 at 304 North Cardinal St.", []),
        ("China accounted for 95 percent of the North's trade in 2019.", []),
        # bare numbers borrow the noun of the claim they continue
        (
            "The United States has about 100,000 troops in Europe, up from 80,000 before the war.",
            [
                (100000, "deployed", "US troops", "reported", "Test Wire"),
                (80000, "deployed", "US troops", "reported", "Test Wire"),
            ],
        ),
        (
            "Seoul's defence ministry put the number of North Korean soldiers in Russia at 11,000.",
            [(11000, "deployed", "North Korean troops", "reported", "South Korea's Defense Ministry")],
        ),
        # whose: from the sending clause or "from X" after the noun
        (
            "Kirby stated that the U.S. has tracked around 3,000 troops who were transported from North Korea.",
            [(3000, "deployed", "North Korean troops", "reported", "John F. Kirby")],
        ),
        (
            "In October, officials warned that 10,000 soldiers North Korea deployed to Russia were there.",
            [(10000, "deployed", "North Korean troops", "reported", "officials")],
        ),
    ],
)
def test_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims_of(text) == expected


def test_qualifiers_come_from_the_number_reader() -> None:
    doc = read_document(
        "More than 12,000 soldiers will be sent, and some 10,000 troops are there, the NIS said."
    )
    quantities = [c.quantity for c in extract_claims(doc)]
    assert [(q.qualifier, q.low, q.high) for q in quantities] == [
        (Qualifier.MORE_THAN, 12000, None),
        (Qualifier.APPROXIMATE, None, None),
    ]


def test_unnamed_origin_defaults_to_the_outlet() -> None:
    doc = read_document(
        "Some 40,000 troops are massing near Sudzha.", source=Source(id="x", outlet="AsiaNews")
    )
    (claim,) = extract_claims(doc)
    assert claim.attribution is Attribution.DEFAULT
    assert (claim.actor.name, claim.actor.kind) == ("AsiaNews", ActorKind.MEDIA)


def test_citing_builds_the_reporting_chain() -> None:
    doc = read_document(
        "NBC News, utilizing information from South Korean intelligence services, reports that 3,000 North "
        "Korean troops have arrived."
    )
    (claim,) = extract_claims(doc)
    assert claim.actor.name == "South Korea's National Intelligence Service"
    assert [a.name for a in claim.via] == ["NBC News"]
    assert claim.attribution is Attribution.STATED


def test_told_an_outlet_puts_it_in_the_chain() -> None:
    (claim,) = extract_claims(
        read_document("Military sources told Yonhap that the North had deployed 2,000 troops.")
    )
    assert claim.actor.name == "Military sources"
    assert [a.name for a in claim.via] == ["Yonhap"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "South Korea's Defense Intelligence Agency announced the news. The DIA also said 3,000 troops had left.",
            "South Korea's Defense Intelligence Agency",
        ),
        (
            "Kyrylo Budanov spoke on Monday. He said 7,000 North Korean troops were at the border.",
            "Kyrylo Budanov",
        ),
        (
            "Ukraine's military intelligence agency issued a statement. About 11,000 troops are in Kursk, the agency said.",
            "Ukraine's Defence Intelligence (HUR)",
        ),
        (
            "“We see them,” Budanov told reporters. “About 11,000 North Korean troops are in Kursk.”",
            "Kyrylo Budanov",
        ),
        # "the spokesperson" speaks for the body the spokesperson was named for.
        (
            "A spokesperson for the Horn Security Group said the border was calm. The spokesperson said 900 troops left.",
            "Horn Security Group",
        ),
        (
            "A spokesman for Kenya Defence Forces spoke. The spokesman added that 400 soldiers had arrived.",
            "Kenya Defence Forces",
        ),
        (
            "A spokeswoman of the Blue Helmets Monitor spoke. The spokeswoman said 120 peacekeepers were hurt.",
            "Blue Helmets Monitor",
        ),
        # ... not a spokesperson for no one named: the role stays.
        ("The spokesperson said 900 troops had left the base.", "spokesperson"),
    ],
)
def test_speaker_carries_across_sentences(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Pakistan's foreign office said it has 4,500 peacekeepers in Africa. "
            "That number will rise to about 5,000 next year, it added.",
            "Pakistan's foreign office",
        ),
        ("Kyrylo Budanov spoke on Monday. About 7,000 troops were at the border, he said.", "Kyrylo Budanov"),
        (
            "Ukraine's military intelligence agency issued a statement. About 2,000 soldiers have left, it said.",
            "Ukraine's Defence Intelligence (HUR)",
        ),
        # "what it said were": no speaker of its own, the outlet stands behind the figure.
        (
            "State television showed what it said were 100 Russian military instructors at the airport.",
            "Test Wire",
        ),
    ],
)
def test_a_pronoun_closing_the_sentence_names_the_last_actor(text: str, actor: str) -> None:
    doc = read_document(text, source=Source(id="p", outlet="Test Wire"))
    assert extract_claims(doc)[-1].actor.name == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A body named by a common noun, with or without its country.
        ("About 700 troops were sent to the border, the junta said.", "junta"),
        ("About 700 troops were sent to the border, Mali's junta said.", "Mali's junta"),
        ("Some 9,000 peacekeepers are deployed in the south, the mission said.", "mission"),
        # Adjectives inside the speaker's title.
        ("About 700 troops were sent to the border, the regional official said.", "regional official"),
        ("About 700 troops were sent to the border, the armed forces chief said.", "armed forces chief"),
        # A statement or report speaks for the body that issued it, when the body is named.
        ("About 700 troops were sent to the border, an army statement said.", "army"),
        ("About 700 troops were sent to the border, a Pentagon statement said.", "US Department of Defense"),
        # ... and for nobody when only described: the outlet stands behind the figure.
        ("About 700 troops were sent to the border, a new report said.", "Test Outlet"),
        ("About 700 troops were sent to the border, the latest figures show.", "Test Outlet"),
        # "<issuer> figures/data show that": the issuer speaks; undescribed figures leave the outlet.
        (
            "Dutch defence ministry figures show that 1,750 soldiers were deployed abroad.",
            "Dutch defence ministry",
        ),
        ("Pentagon data show that 2,000 troops are in Syria.", "US Department of Defense"),
        ("Army statistics showed that 4,000 soldiers were deployed in the north.", "Army"),
        ("The latest figures show that 2,000 troops are in Syria.", "Test Outlet"),
        ("Satellite images show 500 troops near the border.", "Test Outlet"),
        # ... and "indicates that" after anything but data is no reporting verb.
        ("The use of foreign forces indicates that 2,000 troops are in Syria.", "Test Outlet"),
    ],
)
def test_speaker_named_by_its_kind_or_by_its_statement(text: str, actor: str) -> None:
    doc = read_document(f"Test Outlet\n\n{text}\n")
    (claim,) = extract_claims(doc)
    assert claim.actor.name == actor


def test_gazetteer_option_extends_resolution() -> None:
    gaz = Gazetteer.default().with_actors(
        [Actor("Ruritania", kind=ActorKind.GOVERNMENT, aliases=("Strelsau",))]
    )
    doc = read_document("Strelsau said 3,000 troops had been deployed.")
    assert extract_claims(doc, gazetteer=gaz)[0].actor.name == "Ruritania"
    assert extract_claims(doc)[0].actor.name == "Strelsau"


@pytest.mark.parametrize(
    ("text", "ref_date"),
    [
        ("On October 21, 2024, the NIS revealed that 1,500 troops had left.", "2024-10-21"),
        (
            "In October, officials warned that 10,000 soldiers North Korea deployed were there.",
            "October 2024",
        ),
        ("The UN said on October 2, 2024, that 4,500 troops are expected in Haiti.", "2024-10-02"),
        ("The Pentagon said 500 troops will be sent by December.", None),
        ("Kyiv says 3,000 troops have been there since 2014.", None),
        ("Kyiv says 3,000 troops are there.", None),
        # A span's start or a deadline named through an event: "since the October 7 attack".
        ("Israel has called up about 360,000 reservists since the October 7 attack, the army said.", None),
        ("Kyiv says 3,000 troops have been there since the February 24 invasion.", None),
        ("Officials said 2,000 troops stayed until the June 30 deadline.", None),
        # "By <date>" with a perfect tense reports the state at that date; with a projection it is a deadline.
        ("By October 31, Taiwan had called up 22,000 reservists, the ministry said.", "2024-10-31"),
        (
            "By October 20, some 11,000 North Korean troops had arrived in Russia, officials said.",
            "2024-10-20",
        ),
        ("By December 1, 500 troops will be sent, the Pentagon said.", None),
        # ... so does a past state in the date's own clause, with or without a comma after the date.
        ("By January 2024 fewer than 1,000 French troops remained in the region.", "January 2024"),
        ("By October 1 some 4,000 soldiers were in Kursk, officials said.", "2024-10-01"),
        ("By March 2024, the contingent numbered 900 troops, the ministry said.", "March 2024"),
        ("By September the mission stood at 2,500 peacekeepers, the UN said.", "September 2024"),
        # ... never past a new clause: "..., of whom 8,000 were", "..., and the ministry says 600".
        ("Reservists were called up by late November, of whom 8,000 soldiers were sent to Kursk.", None),
        ("By May 2024, the army had left, and the ministry says 600 troops will stay.", None),
        ("Kyiv says 3,000 troops will arrive by December 1.", None),
        # An event date without such a word still dates the figure.
        ("The army said on the October 7 anniversary that 3,000 troops had left.", "2024-10-07"),
    ],
)
def test_ref_date(text: str, ref_date: str | None) -> None:
    doc = read_document(text, source=Source(id="d", published=PUBLISHED))
    (claim,) = extract_claims(doc)
    assert (str(claim.ref_date) if claim.ref_date else None) == ref_date


def test_anchor_option_resolves_a_document_without_a_year() -> None:
    doc = read_document("On October 23, Kirby stated that 3,000 troops had moved.")
    assert extract_claims(doc)[0].ref_date is None
    anchored = extract_claims(doc, anchor=DateWindow.on(dt.date(2024, 10, 21)))
    assert str(anchored[0].ref_date) == "2024-10-23"


def test_modality_is_kept_on_the_claim() -> None:
    doc = read_document("North Korea reportedly sent 3,000 troops. Seoul plans to send 500 troops.")
    assert [c.modality for c in extract_claims(doc)] == [Modality.HEDGED, Modality.PROJECTED]


def test_every_claim_span_slices_the_original_text_to_its_evidence() -> None:
    for doc in load_corpus():
        for claim in extract_claims(doc):
            assert doc.text[claim.span.start : claim.span.end] == claim.evidence
            assert claim.quantity.text.split()[-1] in claim.evidence
            assert claim.sentence is not None
            assert claim.sentence.contains(claim.span)


def test_claims_are_stable_across_runs() -> None:
    doc = load_corpus()[0]
    assert [c.id for c in extract_claims(doc)] == [c.id for c in extract_claims(doc)]


def test_public_reexports() -> None:
    assert parse_quantity("more than 12,000").qualifier is Qualifier.MORE_THAN
    assert [m.text for m in extract_quantities("some 10,000 troops")] == ["some 10,000"]


def test_empty_document_gives_no_claims() -> None:
    doc = Document(text="", source=Source(id="e"), clean="", offsets=OffsetMap.identity(0))
    assert extract_claims(doc) == ()


# ---------------------------------------------------------------- linear time

ADVERSARIAL = [
    "X said ",
    "5,000 troops ",
    "officials said 3,000 troops would deploy, ",
    "Ukrainian, ",
    "North Korean ",
    "according to ",
    "denied called false ",
    "1",
    "a",
    ", citing X,",
    "the agency, which ",
]


def _one_sentence(text: str) -> Document:
    n = len(text)
    return Document(
        text=text,
        source=Source(id="adversarial"),
        clean=text,
        offsets=OffsetMap.identity(n),
        sentences=(Sentence(span=Span(0, n), text=text, clean=text, clean_span=Span(0, n)),),
    )


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_100kb_adversarial_sentence_is_read_whole_with_valid_evidence(unit: str) -> None:
    # Growth with size is measured by benchmarks/bench_extract.py (no wall-clock asserts here);
    # a catastrophic pattern would hang this test, and tests/test_regex_safety.py guards each pattern.
    from claimkit.extract import extract_stances

    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    doc = _one_sentence(text)
    claims = extract_claims(doc)
    stances = extract_stances(doc)
    for item in (*claims, *stances):
        assert item.evidence == text[item.span.start : item.span.end]
        assert item.evidence


@pytest.mark.pure_only  # it patches a module function: compiled calls bind at build time
def test_per_number_prefilters_read_a_window_not_the_whole_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # A keyword prefilter asked once per number must read a bounded window around it: given the
    # whole sentence, the work grows with the square of a long sentence (a 100 KB run of counts
    # once took 12 s against 1 s).
    import claimkit.extract.claims as claims_module

    seen: list[int] = []
    plain = claims_module._may
    plain_bits = claims_module._needle_bits

    def recording(window: str | None, needles: tuple[str, ...]) -> bool:
        if window is not None:
            seen.append(len(window))
        return plain(window, needles)

    def recording_bits(window: str | None) -> int:
        if window is not None:
            seen.append(len(window))
        return plain_bits(window)

    monkeypatch.setattr(claims_module, "_may", recording)
    monkeypatch.setattr(claims_module, "_needle_bits", recording_bits)
    text = "Officials said 5,000 troops were sent and " * 500  # one 21 KB sentence, 500 counts
    assert len(extract_claims(_one_sentence(text))) == 500
    # The sentence's own hedge test reads it whole, once; every per-number test reads a window.
    assert len(seen) > 500
    assert sum(length > 2 * claims_module._WINDOW for length in seen) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generic nouns count soldiers only in a military sentence or with a nationality
        ("Three men were arrested after the protest, police said.", []),
        ("Two officers were injured in the crash.", []),
        ("About 300 officers from the 5th Brigade were deployed to the border.", [(300, "deployed")]),
        ("Around 200 Iranian advisers are in Syria, Israeli officials said.", [(200, "deployed")]),
        ("Three Russian men were arrested in Warsaw.", [(3, "other")]),
        # trainers, like instructors: soldiers with an armed kind, in a military sentence or with a nationality
        (
            "Britain will send up to 100 military trainers to Ukraine, officials said.",
            [(100, "expected_total")],
        ),
        ("About 60 NATO trainers are working with the Iraqi army, officials said.", [(60, "deployed")]),
        ("Some 300 Canadian trainers are in Latvia, Ottawa said.", [(300, "deployed")]),
        ("The gym hired 40 personal trainers last year, the owner said.", []),
        # "jawans", Indian English for soldiers, count them anywhere
        ("As many as 2,000 jawans were moved to the border, an officer said.", [(2000, "deployed")]),
        ("The CRPF has posted 500 jawans in Manipur, officials said.", [(500, "deployed")]),
        ("About 300 jawans of the Assam Rifles are in the district.", [(300, "deployed")]),
        # ... never the money paid to a jawan's family
        ("The jawan's family received 10 lakh rupees from the state.", []),
    ],
)
def test_generic_personnel_nouns_need_context(text: str, expected: list[tuple[int, str]]) -> None:
    got = [(c.quantity.value, c.measure.value) for c in extract_claims(read_document(text))]
    assert got == expected


def test_losses_belong_to_the_sentence_subject() -> None:
    doc = read_document(
        "Russia benefits from fresh troops that offset heavy losses, averaging 1,500 casualties per day."
    )
    (claim,) = extract_claims(doc)
    assert (claim.measure.value, claim.subject) == ("rate", "Russian troops")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The troops come from the XI Corps, a force of some 150,000 men.",
            [(150000, "formation", "Test Wire")],
        ),
        (
            "NATO will deploy a force of 5,000 troops to Romania, the alliance said.",
            [(5000, "expected_total", "NATO")],
        ),
        (
            "A drone strike killed 11 North Korean soldiers near the border, the brigade wrote on Telegram.",
            [(11, "casualties", "brigade")],
        ),
    ],
)
def test_forces_and_units(text: str, expected: list[tuple[int, str, str]]) -> None:
    doc = read_document(text, source=Source(id="f", outlet="Test Wire"))
    assert [(c.quantity.value, c.measure.value, c.actor.name) for c in extract_claims(doc)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A body of troops counted by its members: deployed or standing by its noun.
        ("Kenya sent a 1,000-man contingent to Haiti, the ministry said.", (1_000, "deployed")),
        ("The 400-man battalion left for the front, officials said.", (400, "deployed")),
        ("The troops belong to a 30,000-man army corps, officials said.", (30_000, "formation")),
        ("A 10,000-strong force was sent to the border, officials said.", (10_000, "deployed")),
        # Not a body of troops: no claim.
        ("A 12-member delegation arrived in Kyiv, officials said.", None),
        ("A 40-person crew repaired the bridge, officials said.", None),
    ],
)
def test_a_body_counted_by_its_members(text: str, found: tuple[int, str] | None) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == ([found] if found else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A kind of armed service before a noun that is personnel only in a war context.
        ("Turkey keeps 2,000 border guards along the frontier, the ministry said.", 2_000),
        ("About 1,000 military contractors were sent to Libya, officials said.", 1_000),
        ("Some 2,000 border troops were withdrawn, the ministry said.", 2_000),
        # An armed body's name before the noun arms it too.
        ("Iran keeps fewer than 100 Revolutionary Guards advisers in Yemen, officials said.", 100),
        ("Some 400 National Guard members were sent to the capital, the governor said.", 400),
        ("About 200 Quds Force officers are in Iraq, officials said.", 200),
        # A legion or militia makes the sentence a military one.
        (
            "More than 18,000 foreign volunteers have joined the International Legion, its spokesman said.",
            18_000,
        ),
        ("Some 5,000 volunteers have joined the militia this year, its commander said.", 5_000),
        # Guards and contractors without it are not counted outside a war context.
        ("About 300 volunteers joined the clean-up on Sunday, the council said.", None),
        ("Some 300 security guards protect the mall, the owner said.", None),
        ("The firm employs 200 contractors in Texas, the owner said.", None),
        # Two nations' troops joined by "and".
        ("Some 14,000 Philippine and U.S. troops took part in the drills, the army said.", 14_000),
        ("About 3,000 British and French soldiers are in Estonia, officials said.", 3_000),
        ("Roughly 600 Kenyan and other African peacekeepers left Haiti, the UN said.", 600),
        ("At least 900 Russian and Belarusian troops crossed the border, Kyiv said.", 900),
        # ... but a number after "and" is a count of its own: the first has no noun
        ("The drills drew 14,000 Philippine and 250 Australian troops, the army said.", 250),
        # A nation's people are its troops where war is spoken of.
        ("About 250 Australians are taking part in the military drills, the army said.", 250),
        ("Some 400 Romanians joined the NATO battlegroup exercise, the ministry said.", 400),
        ("Roughly 1,000 Canadians are stationed in Latvia, the defence ministry said.", 1_000),
        ("About 120 Germans were deployed to the base, the army said.", 120),
        # ... not the people of a bloc, nor a nation's people outside a war context
        ("About 250 Europeans attended the military parade, officials said.", None),
        ("About 250 Australians attended the concert, organisers said.", None),
        # Reinforcements are troops where war is spoken of.
        ("The garrison now includes 1,200 reinforcements, the army said.", 1_200),
        ("Kyiv sent 2,000 reinforcements to the front, officials said.", 2_000),
        ("About 500 reinforcements reached the garrison on Monday, the ministry said.", 500),
        ("Some 300 Ukrainian reinforcements arrived in the town, officials said.", 300),
        # ... not a city's police reinforcements
        ("The city sent 300 police reinforcements to the stadium, officials said.", None),
        # Officers of a civilian service are no soldiers, even beside troops.
        ("The army deployed 500 soldiers and 3,000 police officers to the city, officials said.", 500),
        ("Some 2,000 police officers were sent to guard the border, the ministry said.", None),
        ("The troops were joined by about 800 riot police officers, the army said.", None),
        ("At the front, 400 police volunteers joined the militia, officials said.", None),
        # ... unless an armed kind makes them military police.
        ("About 300 military police officers were deployed to the base, the army said.", 300),
        # ... or a nation sends them as a contingent.
        ("Kenya will send 1,000 Kenyan police officers to the mission, officials said.", 1_000),
        # An armed body after the noun arms it too.
        (
            "Roughly two hundred officers of Iran's Revolutionary Guards had arrived in the town, it said.",
            200,
        ),
        ("About 300 members of the militia crossed the river, residents said.", 300),
        ("Some 50 advisers from the Quds Force were seen there, officials said.", 50),
        ("About 40 officers of the company attended the meeting, the owner said.", None),
        # A named force between the number and its members: its name, not a unit counted.
        ("At least 200 Africa Corps fighters were seen at the base, residents said.", 200),
        ("Some 3,000 Wagner Group mercenaries left Mali, officials said.", 3_000),
        ("About 500 Marine Corps troops arrived in Darwin, officials said.", 500),
        # ... never a share ("nine in ten") of them.
        ("Nine in ten Africa Corps men had served with Wagner, he said.", None),
    ],
)
def test_armed_kinds_make_contextual_personnel_count(text: str, value: int | None) -> None:
    claims = extract_claims(read_document(text))
    assert [c.quantity.value for c in claims] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # A pledge or promise is a total yet to come, however the sentence goes on.
        ("Chad has pledged 1,000 soldiers to the regional force, officials said.", "expected_total"),
        ("Kenya promised 1,000 troops for the Haiti mission, officials said.", "expected_total"),
        ("Seoul vowed to send 500 troops to the region, officials said.", "expected_total"),
        ("About 5,000 troops are planned for the new brigade, officials said.", "expected_total"),
        # What has been sent stays a deployment, even beside a planned unit.
        ("Chad has sent 1,000 soldiers to the regional force, officials said.", "deployed"),
        ("Germany has so far stationed 1,800 soldiers of its planned brigade, officials said.", "deployed"),
    ],
)
def test_pledges_are_projected_totals(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number after "but only", "another" or "of those" counts the troops named before it.
        (
            "Chad has pledged 1,000 soldiers to the force, but only 400 have arrived, an official said.",
            [(1_000, "expected_total"), (400, "deployed")],
        ),
        (
            "Russia has deployed 11,000 soldiers, and another 3,000 are expected, officials said.",
            [(11_000, "deployed"), (3_000, "expected_total")],
        ),
        (
            "North Korea has sent 10,000 troops to Russia. Of those, 3,000 have reached the front, officials said.",
            [(10_000, "deployed"), (3_000, "deployed")],
        ),
        # A size given to troops named before it: "put their number at", "troop strength ... to".
        (
            "Rwanda denied that its troops were in Congo, while UN experts put their number at 4,000.",
            [(4_000, "deployed")],
        ),
        (
            "Russian troops have begun arriving in Belarus, and Kyiv puts their number at around 9,000.",
            [(9_000, "deployed")],
        ),
        (
            "Chinese troop strength along the border has risen to an estimated 50,000-60,000, officials said.",
            [(55_000, "deployed")],
        ),
        ("US troop levels in Iraq stand at about 2,500, the Pentagon said.", [(2_500, "deployed")]),
        # ... or in the sentence before, when this one names none.
        (
            "Diplomats believe Russia has 2,000 personnel in Mali. One said the number could grow to 3,000.",
            [(2_000, "deployed"), (3_000, "expected_total")],
        ),
        (
            "Some 4,000 soldiers are in the north. Officials put their number at 5,000 by May.",
            [(4_000, "deployed"), (5_000, "deployed")],
        ),
        # A size phrase after a sentence about money borrows no troops.
        ("The mission costs $1 billion. Its budget could grow to 3,000 million.", []),
        # A time adverbial after the bare number: "a year earlier", "next year" (no rate).
        (
            "Some 1,750 soldiers were abroad in January, down from 2,300 a year earlier, the ministry said.",
            [(1_750, "deployed"), (2_300, "deployed")],
        ),
        (
            "The country has 4,500 peacekeepers in Africa. That number will rise to about 5,000 next year, it added.",
            [(4_500, "deployed"), (5_000, "expected_total")],
        ),
        ("Russia sends 500 troops a month to the front, officials said.", [(500, "rate")]),
        # Not a size of the troops: "the number of casualties rose to 300".
        ("Troops were sent to the region, and the number of casualties rose to 300, officials said.", []),
        # "from the current N": the level a planned change starts from, a present fact.
        (
            "Germany will raise the brigade to 5,000 soldiers from the current 4,800, the ministry said.",
            [(5_000, "expected_total"), (4_800, "deployed")],
        ),
        (
            "The mission will grow to 900 troops next year from the present 700, officials said.",
            [(900, "expected_total"), (700, "deployed")],
        ),
        (
            "Officials plan to cut the force to 2,000 troops, down from the current 3,500.",
            [(2_000, "expected_total"), (3_500, "deployed")],
        ),
        (
            "Seoul plans to expand the unit to 170 troops from the existing 150 next year.",
            [(170, "expected_total"), (150, "deployed")],
        ),
        # ... never a share or a year after "from the current".
        (
            "The army will send 300 more troops, paid from the current 2 percent of GDP.",
            [(300, "expected_total")],
        ),
        ("The army will send 300 more troops, paid from the current 2024 budget.", [(300, "expected_total")]),
        # "a higher range of", "a revised estimate of": another source's figure for the same troops.
        (
            "Officials put the force at 1,000 to 1,500 fighters. A later report gave a higher range of between "
            "1,500 and 2,000.",
            [(1_250, "deployed"), (1_750, "deployed")],
        ),
        (
            "Kyiv says 3,000 soldiers have crossed. Moscow gave a lower figure of 1,200.",
            [(3_000, "deployed"), (1_200, "deployed")],
        ),
        (
            "The UN counted 4,000 peacekeepers in the region. A leaked memo cited a revised estimate of 4,500.",
            [(4_000, "deployed"), (4_500, "deployed")],
        ),
        (
            "Some 2,000 troops are deployed there. A new tally of 2,400 was released on Monday.",
            [(2_000, "deployed"), (2_400, "deployed")],
        ),
        # ... never a share or a year.
        (
            "Some 2,000 troops are deployed there. The ministry gave a higher estimate of 12 percent for the cost.",
            [(2_000, "deployed")],
        ),
        (
            "Some 2,000 troops are deployed there. Officials gave a new estimate of 2025 for the withdrawal.",
            [(2_000, "deployed")],
        ),
        # A force's own name sized by a bare number: "the US presence at", "the force passed", "could reach".
        (
            "Paris sent a further 600 soldiers, and the force passed 5,000 for the first time.",
            [(600, "deployed"), (5_000, "deployed")],
        ),
        (
            "The Pentagon has 2,000 troops in Syria. Officials put the US presence at 2,500 after the surge.",
            [(2_000, "deployed"), (2_500, "deployed")],
        ),
        (
            "Some 4,000 peacekeepers are in Mali. The mission said the contingent could reach 4,500 by June.",
            [(4_000, "deployed"), (4_500, "expected_total")],
        ),
        (
            "France had 3,000 soldiers in Chad. The deployment topped 3,500 last year.",
            [(3_000, "deployed"), (3_500, "deployed")],
        ),
        # ... never a distance, a time or a number standing after the name with no verb.
        (
            "Kenya sent 1,000 police officers to Haiti. Nairobi said the force could reach the capital in 3 days.",
            [],
        ),
        (
            "Russia has 1,500 soldiers in Syria. The force 200 miles away is another matter.",
            [(1_500, "deployed")],
        ),
        # The value of a label naming troops (a fact box, a bullet), or in parentheses right after them.
        ("Key figures:\n- Russian soldiers in Syria: about 4,000\n- Bases: 2", [(4_000, "deployed")]),
        ("Turkish troops stationed in northern Iraq: roughly 2,500.", [(2_500, "deployed")]),
        ("US forces in Germany: 35,000 (Pentagon data)", [(35_000, "deployed")]),
        (
            "Rwanda has sent troops (some 4,000, according to UN experts) into eastern Congo.",
            [(4_000, "deployed")],
        ),
        # ... never a label of losses, nor parentheses not right after the troops.
        ("Key figures:\n- Peacekeepers killed since 2020: 130\n- Bases: 2", []),
        ("Troops were sent to the area (a region of 4,000 square km) last week.", []),
        # The answer to troops whose number was asked or named, not given: a question, "how many",
        # "the number of" (the first bare number after it only).
        ("Q: How many US troops are in Syria? A: About 900, officials say.", [(900, "deployed")]),
        (
            "Moscow confirmed it had sent soldiers but would not say how many; Kyiv puts it at 5,000.",
            [(5_000, "deployed")],
        ),
        (
            "The report misstated the number of British troops in Estonia. It is 900, not 1,200.",
            [(900, "deployed")],
        ),
        (
            "Are there still Russian soldiers in Armenia? Officials say some 3,000 of them remain.",
            [(3_000, "deployed")],
        ),
        # ... never troops asked about only as losses, nor an answer about something else.
        ("Q: How many troops were killed? A: About 300.", []),
        ("How many tanks does the army have? About 900.", []),
        # Not after "only" alone: "only a few thousand are rated combat-ready" is no deployment.
        (
            "The army numbers 48,000 personnel, and only 2,000 are rated combat-ready, officials said.",
            [(48_000, "formation")],
        ),
    ],
)
def test_a_bare_number_borrows_the_troops_named_before_it(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # Soldiers who surrendered or were captured are no longer deployed, even after their unit's name.
        (
            "Some 2,400 soldiers of Light Infantry Division 55 surrendered at Laukkai, the rebels said.",
            "other",
        ),
        ("About 300 troops of the 155th Marine Brigade were captured near Kursk, Moscow said.", "other"),
        ("Some 1,200 fighters from the Azov regiment surrendered in Mariupol, officials said.", "other"),
        ("Around 500 soldiers were taken prisoner, the army said.", "other"),
        # ... never troops who took a surrender: they are deployed.
        (
            "Some 3,000 soldiers of the 5th Brigade accepted the surrender of the town, officials said.",
            "deployed",
        ),
    ],
)
def test_surrendered_soldiers_are_not_deployed(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # Soldiers missing are a loss like the killed and wounded, never a deployment.
        ("Officials said 312 soldiers remain missing after the battle.", "casualties"),
        ("Some 40 marines are still missing, the navy said.", "casualties"),
        ("About 1,200 Ukrainian soldiers are listed as missing, Kyiv said.", "casualties"),
        ("At least 50 soldiers went missing near Bakhmut, officials said.", "casualties"),
        ("Some 30 soldiers were missing in action, the army said.", "casualties"),
        # Troops sent to look for the missing are deployed.
        ("Some 3,000 soldiers were sent to search for the missing hikers, officials said.", "deployed"),
    ],
)
def test_missing_soldiers_are_losses(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # "X numbers N": a standing unit's strength, judged by the subject's head, not by its place.
        (
            "The Russian garrison at the military base in Gyumri numbers roughly 3,000 servicemen, officials said.",
            "deployed",
        ),
        ("The contingent in the army camp numbers 1,200 soldiers, officials said.", "deployed"),
        ("The army numbers 48,000 personnel, officials said.", "formation"),
        ("Ukraine's armed forces number about 900,000 troops, officials said.", "formation"),
        ("The corps based in the north numbers 12,000 troops, officials said.", "formation"),
    ],
)
def test_a_numbering_subject_is_judged_by_its_head(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Modifiers of the counted noun: uniformed, militia, rebel; a noun in scare quotes is the noun.
        (
            "The mission had about 13,500 uniformed personnel in Congo, a diplomat said.",
            [(13_500, "deployed")],
        ),
        (
            "Strikes killed at least 12 militia fighters near the border, a monitor said.",
            [(12, "casualties")],
        ),
        ("Some 300 rebel fighters were seen near the border, officials said.", [(300, "deployed")]),
        (
            'The embassy said about 1,500 Russian "instructors" were working with the army.',
            [(1_500, "deployed")],
        ),
        ("About 2,000 “volunteers” were sent to the front, officials said.", [(2_000, "deployed")]),
        # Scare quotes make no civilian a soldier.
        ('About 300 "guests" attended the ceremony, officials said.', []),
    ],
)
def test_modifiers_and_quoted_nouns(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The euphemisms of military statements count losses, quoted or not.
        ('The ministry said its units had "neutralised" 1,163 militants.', [(1_163, "casualties")]),
        ("The army said it neutralized 40 fighters near the border.", [(40, "casualties")]),
        ("Officials said strikes eliminated some 200 militants this week.", [(200, "casualties")]),
        # "one of" picks one person out of a group: no count.
        ("Not a single one of our fighters has entered Syria, the group said.", []),
        ("One of the soldiers was wounded in the attack, officials said.", []),
        # A compound number before "of" still counts.
        ("Twenty-one of the soldiers were killed, officials said.", [(21, "casualties")]),
    ],
)
def test_losses_by_euphemism_and_one_of(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A later surname, or a name's last words, refer to the name given in full earlier.
        (
            "Government spokesman Patrick Muyaya said the figure was old. "
            '"Kigali has sent at least 3,000 more soldiers," Muyaya told reporters.',
            "Patrick Muyaya",
        ),
        (
            "Defence analyst Anna Berg spoke first. Berg said 2,000 troops had left.",
            "Anna Berg",
        ),
        (
            "The Gulf Sentinel reported the crossing. The Sentinel said 200 soldiers had arrived.",
            "The Gulf Sentinel",
        ),
        # A name known in its own right stays itself.
        (
            "Officials at the Pentagon Press Office met. The Pentagon said 500 troops left.",
            "US Department of Defense",
        ),
        # A different surname is a different person.
        (
            "Government spokesman Patrick Muyaya said the figure was old. Kalala said 3,000 troops had left.",
            "Kalala",
        ),
        # A family name opening the full name (Korean, Chinese) refers to it too.
        (
            "Defense Minister Park Jae-hoon said it was calm. Park also said the 270-strong unit would stay.",
            "Park Jae-hoon",
        ),
        ("President Xi Jinping spoke first. Xi said 2,000 soldiers would leave.", "Xi Jinping"),
        ("General Kim Min-su said it was calm. Kim added that 500 troops had left.", "Kim Min-su"),
        # ... a surname ending the name still wins over another's first word.
        (
            "Analyst Lee Sun-hee spoke. Analyst Anna Lee spoke too. Lee said 800 troops had left.",
            "Anna Lee",
        ),
    ],
)
def test_a_short_reference_names_the_actor_given_in_full(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


def test_a_short_reference_is_read_where_it_stands() -> None:
    # "Muyaya" before the full name is introduced is only itself; after it, the same word is
    # Patrick Muyaya: the reading of a short name depends on what came before, never fixed once.
    text = (
        "Muyaya said 300 troops had arrived in the city. "
        "Government spokesman Patrick Muyaya said 500 troops were in Goma. "
        "Muyaya said 700 soldiers had left."
    )
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.actor.name) for c in claims] == [
        (300, "Muyaya"),
        (500, "Patrick Muyaya"),
        (700, "Patrick Muyaya"),
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A quotation running over sentences is spoken by the speaker named after it closes.
        (
            "Plans are on track.\n\n"
            '"In a few months we will have around 1,000 soldiers here. That is the plan," '
            "General Christoph Huber said.",
            "Christoph Huber",
        ),
        (
            "“There are 5,000 Turkish soldiers on our soil. No state would accept this,” "
            "Yasser al-Husseini told a news conference.",
            "Yasser al-Husseini",
        ),
        (
            '"We sent 300 troops. They are at the border. More will follow," the ministry said.',
            "ministry",
        ),
        # A quotation closed in its own sentence is not carried to the next speaker.
        (
            '"We sent 300 troops." Later the minister met reporters, and officials said so.',
            "doc",
        ),
    ],
)
def test_a_quotation_over_sentences_takes_the_speaker_after_it(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor or (actor == "doc" and claim.attribution.value == "default")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "will have" projects; the level a change starts from ("up from N") is a past fact.
        (
            '"In a few months we will have around 1,000 soldiers here," the general said.',
            [(1_000, "expected_total")],
        ),
        (
            "The ministry said it will call up about 22,000 reservists, up from 14,000 last year.",
            [(22_000, "expected_total"), (14_000, "deployed")],
        ),
        (
            "The mission will shrink to 900 troops, down from 1,400 in 2023, officials said.",
            [(900, "expected_total"), (1_400, "deployed")],
        ),
        # Not a past level: "will rise to 5,000" stays projected.
        (
            "Officials said 4,000 soldiers are there and the force will rise to 5,000.",
            [(4_000, "deployed"), (5_000, "expected_total")],
        ),
    ],
)
def test_will_have_projects_and_up_from_is_past(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A direct question asserts nothing: a headline's, an embedded one, one closing on a quote mark.
        ("Does the US really have 100,000 troops in Poland?", []),
        ("Officials were asked: could 3,000 soldiers hold the line?", []),
        ('Is Russia massing 50,000 troops on the border?"', []),
        ("How did 2,000 soldiers cross the river unseen? Officials said 400 troops had left.", [400]),
        # A question quoted inside an assertion ends on the assertion: its count stays.
        ('"Why wait?" he asked, adding that 1,200 soldiers were already there.', [1_200]),
    ],
)
def test_a_direct_question_asserts_nothing(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A release headed by its issuer: "the <head>" of the issuer's name is the issuer.
        (
            "DEPARTMENT OF DEFENCE\n\nThe Department expects up to 130 troops to deploy next month.",
            "DEPARTMENT OF DEFENCE",
        ),
        (
            "Ministry of Defence\n\nNews release\n\nThe Ministry said 400 soldiers will leave in May.",
            "Ministry of Defence",
        ),
        (
            "INSTITUTE FOR WAR STUDIES\n\nReport\n\nThe Institute estimates that 2,000 troops are in the region.",
            "INSTITUTE FOR WAR STUDIES",
        ),
        # ... not a head the issuer's name lacks.
        ("The Daily Planet\n\nThe Department said 400 soldiers will leave in May.", "Department"),
    ],
)
def test_the_head_of_the_issuers_name_is_the_issuer(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A table of troops by year: a header row "Year | <personnel> | ...", rows "year | count".
        (
            "Table 1. Troops in the region\n\nYear | Personnel | Note\n2014 | 3,200 | Launched\n2016 | 3,900 | -",
            [(3_200, "2014"), (3_900, "2016")],
        ),
        ("Year | Troops\n2021 | 800\n2022 | 1,150", [(800, "2021"), (1_150, "2022")]),
        (
            "Year | Cost | Deployed soldiers\n2019 | 40 | 2,500\n2020 | 45 | 2,700",
            [(2_500, "2019"), (2_700, "2020")],
        ),
        # ... not a table of something else, nor a count outside its column.
        ("Year | Cost | Note\n2014 | 3,200 | -\n2016 | 3,900 | -", []),
        ("Year | Personnel\n2014 | 3,200\nSource: the ministry.\n2016 | 3,900", [(3_200, "2014")]),
    ],
)
def test_a_table_of_troops_by_year(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, str(c.ref_date)) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A flattened table: a title naming the troops, a header of date columns, rows ending in counts.
        (
            "Table 3. Peacekeepers in the region\n\nCountry Mar 2020 Sep 2022\nKenya (KDF) 1,400 2,650\nChad 1,210 0",
            [(1_400, "March 2020"), (2_650, "September 2022"), (1_210, "March 2020")],
        ),
        (
            "Figure 1: UN troops deployed\n\nContingent 2019 2021 2023\nGhana 1,800 1,900 2,200",
            [(1_800, "2019"), (1_900, "2021"), (2_200, "2023")],
        ),
        (
            "Notes.\n\nTroops Jan 2024 Jun 2024\nFrance 1,500 1,800\n\nThe figures are official.",
            [(1_500, "January 2024"), (1_800, "June 2024")],
        ),
        # ... not a table of money, nor a row with a different number of cells.
        ("Table 4. Aid disbursed in the region\n\nDonor Jul 2021 Jul 2023\nNorway 1,000 2,500", []),
        ("Table 3. Peacekeepers\n\nCountry 2020 2022\nKenya 1,400 2,650 3,900", []),
    ],
)
def test_a_flattened_table_of_troops_by_date(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, str(c.ref_date)) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # Every country of the shared table names its troops, not only the first gazetteer's.
        ("Chad has sent 1,000 Chadian soldiers to Mali, the army said.", "Chadian troops"),
        ("About 300 Irish peacekeepers serve in Lebanon, the Defence Forces said.", "Irish troops"),
        ("Officials said 4,000 Rwandan troops were in Congo.", "Rwandan troops"),
        ("North Korea has sent 10,000 troops to Russia, Seoul said.", "North Korean troops"),
        # ... and a word that is no nationality names none.
        ("Officials said 4,000 regular troops were in the region.", "troops"),
    ],
)
def test_troops_are_named_by_the_nationality_the_text_gives(text: str, subject: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.subject == subject


# ---- rules generalised from the sixth blind holdout (tests/unseen/README.md)


def _actors(text: str) -> list[str]:
    return [c.actor.name for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # An appositive role after a person's name describes the person: the name speaks.
        (
            "About 900 soldiers landed on Crete, Colonel Maria Lopez, the brigade's commander, told reporters.",
            "Maria Lopez",
        ),
        ("Some 400 troops are in the town, Anna Berg, a spokeswoman for the mission, said.", "Anna Berg"),
        ("About 1,500 troops remain, Peter Hall, the regiment's commander, said on Monday.", "Peter Hall"),
        ("Roughly 700 marines arrived, John Reyes, an army spokesman, told reporters.", "John Reyes"),
        # ... not a role before a name: "a spokesman for X, Name," keeps the role with the name.
        (
            "About 600 troops left, a spokesman for the Defence Ministry, Oleh Marchenko, said.",
            "Oleh Marchenko",
        ),
    ],
)
def test_an_appositive_role_after_a_name_is_not_part_of_it(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # The area a command is named for, after its title, is part of the title, not of the name.
        ("Around 9,000 troops are taking part, Supreme Allied Commander Europe Anna Lind said.", "Anna Lind"),
        ("About 2,000 marines will deploy, Commander Pacific John Aquino said on Monday.", "John Aquino"),
        ("Some 500 soldiers arrived, Special Envoy Africa Marta Ruiz told reporters.", "Marta Ruiz"),
        ("About 1,000 troops remain, Force Commander Europe Mark Stone said.", "Mark Stone"),
        # ... not a first name that is also a country's: two words stay a name.
        ("About 3,000 troops left, Defence Minister Israel Katz said.", "Israel Katz"),
    ],
)
def test_a_commands_area_after_its_title_is_not_part_of_the_name(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


def _counts(text: str) -> list[int]:
    return [int(c.quantity.value) for c in extract_claims(read_document(text)) if c.measure.value != "other"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Soldiers a court sentences or convicts are no deployment.
        ("A military court sentenced 12 Ukrainian soldiers to life in prison, state media said.", []),
        ("Some 30 Russian soldiers were convicted of desertion, the court said on Friday.", []),
        ("The tribunal convicted 46 Ivorian soldiers of mercenary activity, officials said.", []),
        ("About 20 soldiers were sentenced to ten years, the army said.", []),
        # ... not soldiers deployed beside a sentence passed on someone else.
        (
            "The court sentenced a colonel in absentia; the army said about 2,000 soldiers remain deployed in the north.",
            [2_000],
        ),
    ],
)
def test_soldiers_sentenced_by_a_court_are_no_deployment(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Members after an alliance's or a bloc's name are its member states, not personnel.
        ("Around 40,000 troops from all 32 NATO members will take part, the alliance said.", [40_000]),
        ("Some 5,000 soldiers from 15 ECOWAS members are ready to deploy, officials said.", [5_000]),
        ("About 3,000 troops drawn from 10 alliance members arrived in Poland, the ministry said.", [3_000]),
        ("About 12,000 troops from 27 EU members joined the exercise, the army said.", [12_000]),
        # ... not members of an armed body.
        ("About 300 militia members were deployed to the town, the army said.", [300]),
    ],
)
def test_a_blocs_members_are_states(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A humanitarian speaker keeps its kind, and its count, in the speaker phrase.
        (
            "About 3,000 troops are still in the region, two aid officials told reporters.",
            "two aid officials",
        ),
        ("Some 800 soldiers entered the camp, a humanitarian official said.", "humanitarian official"),
        (
            "About 1,000 fighters hold the town, three relief officials told reporters.",
            "three relief officials",
        ),
        ("Roughly 500 troops are in the town, senior aid officials said.", "senior aid officials"),
        # ... not a word of the clause before the speaker.
        ("About 700 troops blocked the aid convoy, officials said.", "officials"),
    ],
)
def test_a_humanitarian_speaker_keeps_its_kind(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Personnel as the subject of "number" or "total" give the count after the verb its noun.
        ("Russian troops in the enclave number about 3,000, the ministry said.", [3_000]),
        ("French soldiers at the base number at least 1,500, the report said.", [1_500]),
        ("Turkish personnel inside the zone total some 4,000, officials said.", [4_000]),
        ("Chinese marines number 2,000, the think tank estimated.", [2_000]),
        # ... not a subject that is no personnel.
        ("Armoured vehicles at the base number about 300, the ministry said.", []),
    ],
)
def test_personnel_numbering_a_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found


# ---- rules generalised from the seventh blind holdout (tests/unseen/README.md)


def _found(text: str) -> list[tuple[int, str]]:
    return [(int(c.quantity.value), c.measure.value) for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A change of a contingent or garrison: the "from" figure is the current one, a planned "to" the target.
        (
            "Belgium will cut its contingent in Mali from 800 to about 200 by next spring.",
            [(800, "deployed"), (200, "expected_total")],
        ),
        (
            "Norway's contingent in Lithuania has grown to 1,200 from about 400 two years ago.",
            [(1200, "deployed"), (400, "deployed")],
        ),
        ("The garrison on the island has fallen to 350, officials said.", [(350, "deployed")]),
        (
            "The navy plans to expand its presence in the gulf from around 600 sailors to 1,500 next year.",
            [(600, "deployed"), (1500, "expected_total")],
        ),
        # ... not a contingent's budget or ships: the bare number counts no troops.
        ("Spain will cut its contingent's budget from 40 to 30 million euros.", []),
    ],
)
def test_a_change_of_a_named_force_counts_its_troops(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure given for troops named after "figure for" or "number of", set "to" or "at" a number.
        (
            "The ministry revised its figure for soldiers sent to the flooded region to 4,200 on Monday.",
            [(4200, "deployed")],
        ),
        ("The army put its figure for troops in the capital at 2,000.", [(2000, "deployed")]),
        ("Officials raised the figure for personnel helping the rescue effort to 900.", [(900, "deployed")]),
        # ... not a figure for money or equipment.
        ("The ministry revised its figure for aid sent to the region to 4,200 tonnes.", []),
    ],
)
def test_a_figure_for_troops_gives_them_a_bare_number(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


def _stated_actors(text: str) -> list[str]:
    """The actor of each claim, empty where the document's default source stands in."""
    return [
        c.actor.name if c.attribution.value != "default" else "" for c in extract_claims(read_document(text))
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A body revising or giving its own figure is its source, even when the gazetteer does not know it.
        (
            "Peru's Interior Ministry revised its figure for troops sent to the border to 3,000.",
            "Peru's Interior Ministry",
        ),
        ("The Chilean Army raised its count of soldiers helping firefighters to 1,200.", "Chilean Army"),
        (
            "Kenya's Defence Department updated its tally of troops deployed to 800 on Friday.",
            "Kenya's Defence Department",
        ),
        # ... not a person or outlet revising a figure: no body, the default source stays.
        ("Kate Miller revised her figure for troops sent to the border to 3,000.", ""),
    ],
)
def test_a_body_revising_its_figure_is_its_source(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number staying or kept somewhere counts the troops named before it in the sentence.
        (
            "Officials said Kenyan troops had been deployed to Haiti, adding that about 400 were now stationed in the capital.",
            [(400, "deployed")],
        ),
        (
            "The army sent 2,000 paratroopers to the border in May; roughly 900 remained there in July.",
            [(2000, "deployed"), (900, "deployed")],
        ),
        (
            "Ghana says 600 of its peacekeepers serve in Lebanon, after the 850 it keeps in South Sudan.",
            [(600, "deployed"), (850, "deployed")],
        ),
        (
            "Washington says 3,000 troops remain, but a leaked review suggests the true figure is closer to 2,100.",
            [(3000, "deployed"), (2100, "deployed")],
        ),
        # ... not a number of people staying with no troops named before it.
        ("The storm left 300 families homeless, and about 400 remained there in shelters.", []),
    ],
)
def test_a_bare_number_staying_counts_the_troops_named_before(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


def _dates(text: str) -> list[str | None]:
    return [str(c.ref_date) if c.ref_date else None for c in extract_claims(read_document(text))]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A later clause with its own time ("today", "now", "a year later") takes no date from the clause before.
        ("In 2019, some 4,000 troops were based there; today the figure is closer to 1,500.", ["2019", None]),
        ("In 2020, about 900 soldiers were deployed, but now fewer than 300 remain there.", ["2020", None]),
        (
            "In 2018, 2,000 troops were in the region; currently about 700 are stationed there.",
            ["2018", None],
        ),
        # ... not a figure in the date's own clause.
        ("In 2019, some 4,000 troops and 300 marines were based there.", ["2019", "2019"]),
    ],
)
def test_a_clause_with_its_own_time_takes_no_earlier_date(text: str, dates: list[str | None]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # An event a body held ends the speaker phrase: the body, not its briefing, is the source.
        (
            "About 800 troops serve abroad, the Harbour Courier reported, citing a Defence Ministry briefing held on Monday.",
            "Defence Ministry",
        ),
        (
            "Some 300 soldiers were sent, Reuters reported, citing an army news conference held in the capital.",
            "army",
        ),
        (
            "About 2,000 troops remain, the Harbour Courier said, citing a Foreign Ministry meeting ahead of the summit.",
            "Foreign Ministry",
        ),
        # ... not an event noun ending the phrase with no event after it: the phrase is kept whole.
        (
            "About 800 troops serve abroad, the Harbour Courier reported, citing a Defence Ministry briefing.",
            "Defence Ministry briefing",
        ),
    ],
)
def test_an_event_held_ends_the_speaker(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # "daily" makes a rate; "Daily" in an outlet's name does not.
        ("About 2,000 troops have arrived in the region, the Daily Courier reported.", "deployed"),
        ("About 2,000 troops have arrived, the Daily Telegraph said.", "deployed"),
        ("About 200 troops cross the border daily, officials said.", "rate"),
    ],
)
def test_an_outlet_named_daily_is_no_rate(text: str, measure: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Poland's army has grown to 216,000 soldiers, the minister said.", [(216000, "formation")]),
        (
            "Germany's armed forces have shrunk to 181,000 soldiers, the ministry said.",
            [(181000, "formation")],
        ),
        (
            "The Russian military has now reached 1.3 million troops, officials said.",
            [(1300000, "formation")],
        ),
        ("The country's military numbers 80,000 soldiers, officials said.", [(80000, "formation")]),
        # Not a force's size: troops counted somewhere are a deployment
        ("The US military has grown to 5,000 troops in Iraq, officials said.", [(5000, "deployed")]),
    ],
)
def test_a_whole_force_growing_to_a_size_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A whole service's strength changing or standing at a size is the service's, no deployment.
        ("The navy's strength has fallen to 4,100 sailors, the audit found.", [(4100, "formation")]),
        ("The army's total strength has shrunk to 9,200 soldiers, officials said.", [(9200, "formation")]),
        (
            "The Defence Forces' headcount has risen to 8,000 personnel, the minister said.",
            [(8000, "formation")],
        ),
        (
            "The air force's manpower fell to 3,500 personnel last year, the report said.",
            [(3500, "formation")],
        ),
        # ... not a force's strength counted somewhere.
        ("The army's strength has grown to 5,000 troops in Mali, officials said.", [(5000, "deployed")]),
        ("The mission's strength has fallen to 900 troops, the UN said.", [(900, "deployed")]),
    ],
)
def test_a_whole_services_strength_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The cabinet approved pay rises of 8 percent for its 41,000 uniformed personnel.",
            [(41000, "formation")],
        ),
        (
            "The budget adds pensions and bonuses for all 60,000 soldiers, the ministry said.",
            [(60000, "formation")],
        ),
        (
            "Parliament raised salaries for the 9,000 troops of the army, officials said.",
            [(9000, "formation")],
        ),
        # Not the whole force: those paid where they serve are a deployment
        (
            "The ministry raised pay for the 3,000 troops deployed in Mali, officials said.",
            [(3000, "deployed")],
        ),
    ],
)
def test_the_force_a_pay_measure_is_for_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Britain will have 1,000 troops in Estonia by spring, up from nine hundred today, the ministry said.",
            [(1000, "expected_total"), (900, "deployed")],
        ),
        (
            "The presence in Poland will rise to about 10,000 soldiers next year from roughly 8,500 now, he said.",
            [(10000, "expected_total"), (8500, "deployed")],
        ),
        (
            "Italy will send 600 troops to Lebanon next year, up from 450 currently, officials said.",
            [(600, "expected_total"), (450, "deployed")],
        ),
        # Not a count of troops: a bare number with no link to them
        (
            "Italy will send 600 troops to Lebanon, and 450 now wait for visas, officials said.",
            [(600, "expected_total")],
        ),
    ],
)
def test_a_bare_level_now_or_today_that_a_change_starts_from(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "In 2021, 2,300 Australian personnel were still deployed in Iraq; the number has since fallen below 1,000.",
            ["2021", None],
        ),
        (
            "In 2020, 900 troops were based in Mali, and the contingent has since shrunk to 300.",
            ["2020", None],
        ),
        (
            "In 2019, 4,000 soldiers were in Kosovo and are now 1,500 soldiers there, officials said.",
            ["2019", None],
        ),
        # Not a later clause: a figure in the date's own clause keeps the date
        ("In 2020, 900 troops were based in Mali, officials said.", ["2020"]),
    ],
)
def test_has_since_and_are_now_give_the_later_clause_its_own_time(text: str, dates: list[str | None]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "French troops in Chad numbered 900 in January but are now fewer than 100, a source said.",
            [(900, "deployed"), (100, "deployed")],
        ),
        (
            "Dutch soldiers in Mali numbered 450 last year and are now about 200, officials said.",
            [(450, "deployed"), (200, "deployed")],
        ),
        (
            "Belgian troops in Niger numbered 300 in May but are still some 250, officials said.",
            [(300, "deployed"), (250, "deployed")],
        ),
        # Not a level: a number of days after "are now"
        (
            "French troops in Chad numbered 900 in January but are now 15 days from leaving, officials said.",
            [(900, "deployed")],
        ),
    ],
)
def test_but_are_now_gives_a_bare_level_of_the_troops_before(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("About 2,000 US troops are in Syria, the Pentagon acknowledged in December.", [None]),
        ("Some 900 troops are in Niger, the ministry said in March.", [None]),
        ("Some 900 troops are in Niger, officials confirmed in early May.", [None]),
        # Not a month at large: a day the statement names dates the figure
        ("Some 900 troops are in Niger, the ministry said on March 4.", ["2024-03-04"]),
    ],
)
def test_a_statement_in_a_month_does_not_date_the_figure(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


# ---- rules generalised from the ninth blind holdout (tests/unseen/README.md)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An aircraft's type designation before "fighters" makes them aircraft, not people.
        ("The air force will buy 20 more F-16V fighters from the United States, the ministry said.", []),
        ("Egypt took delivery of 24 Su-35 fighters last year, the defence ministry said.", []),
        ("India plans to field 36 more Rafale and 12 MiG-29 fighters, the air force said.", []),
        ("Poland ordered 32 F-35A fighters for its air force, the army said.", []),
        # ... not fighters of a named armed group.
        ("About 200 Wagner fighters were deployed to the town, the army said.", [200]),
    ],
)
def test_an_aircraft_type_before_fighters_counts_aircraft(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A size "at full strength" is a formation's nominal size, not troops sent anywhere.
        (
            "The 3rd Brigade, about 4,000 soldiers at full strength, received new rifles.",
            [(4000, "formation")],
        ),
        ("The regiment counts some 1,200 troops at full strength, the army said.", [(1200, "formation")]),
        ("Each division has 15,000 personnel at full strength, officials said.", [(15000, "formation")]),
        # ... not troops deployed without any strength named.
        ("About 4,000 soldiers arrived at the base in full gear, the army said.", [(4000, "deployed")]),
    ],
)
def test_a_size_at_full_strength_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A negated bare number denies any count: "and not one more".
        ("About 1,500 soldiers are at the base, and not one more, the minister said.", [1500]),
        ("We have 400 troops in the country and will send not one more, the president said.", [400]),
        ("Some 2,000 marines are deployed there, but never 3,000 as claimed, the navy said.", [2000]),
        # ... not a bare number that continues the troops before it.
        ("About 1,500 soldiers are at the base, and 500 more will follow, the minister said.", [1500, 500]),
    ],
)
def test_a_negated_bare_number_is_no_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "according to a report in X": the publication speaks, never the report's article.
        (
            "About 800 troops remain in the north, according to a report in the Kyiv Independent.",
            "Kyiv Independent",
        ),
        ("Some 1,200 soldiers were sent, according to an article in Le Monde on Monday.", "Le Monde"),
        ("About 300 marines are based there, according to a recent report on Al Jazeera.", "Al Jazeera"),
        # ... not a report by a body, which names the body.
        ("About 800 troops remain in the north, according to a report by the UN.", "United Nations"),
    ],
)
def test_a_report_in_a_publication_is_the_publications(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A contributor's share "of them" counts the troops named before in the sentence.
        (
            "The mission has 11,000 troops in Mali; Chad provides some 1,400 of them, the UN said.",
            [(11000, "deployed"), (1400, "deployed")],
        ),
        (
            "About 4,000 soldiers serve in the brigade, and Germans make up roughly 1,500 of them.",
            [(4000, "deployed"), (1500, "deployed")],
        ),
        (
            "NATO keeps 5,000 troops in Kosovo, of which Italy contributes about 700 of them.",
            [(5000, "deployed"), (700, "deployed")],
        ),
        # ... not a withdrawal of some of them.
        ("The mission has 11,000 troops in Mali and will withdraw 2,000 of them.", [(11000, "deployed")]),
    ],
)
def test_a_contributors_share_of_them_counts_the_troops_before(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number "already" somewhere counts the troops named before it: the level a reinforcement joins.
        (
            "Britain will send 300 more soldiers, on top of the 900 already in Estonia, the ministry said.",
            [(300, "expected_total"), (900, "deployed")],
        ),
        (
            "About 1,000 troops could follow, joining the 4,500 already stationed there, officials said.",
            [(1000, "expected_total"), (4500, "deployed")],
        ),
        (
            "Another 200 marines arrived on Friday to reinforce the 1,800 already deployed on the island.",
            [(200, "deployed"), (1800, "deployed")],
        ),
        # ... not a bare number of ships already in service, with no troops named.
        ("The navy ordered 12 new frigates, adding to the 40 already in service.", []),
    ],
)
def test_a_bare_number_already_there_counts_the_troops_before(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A deployment that has begun gives the total it will reach, not troops already there.
        ("Kenya has begun deploying 1,000 soldiers to Haiti, officials said.", [1000]),
        ("The army began sending 3,000 troops to the border on Monday, the ministry said.", [3000]),
        ("Poland has started dispatching 5,000 soldiers to the eastern frontier, the minister said.", [5000]),
        # ... not troops that have been deployed.
        ("Kenya has deployed 1,000 soldiers to Haiti, officials said.", []),
    ],
)
def test_a_deployment_begun_is_an_expected_total(text: str, found: list[int]) -> None:
    assert [
        int(c.quantity.value)
        for c in extract_claims(read_document(text))
        if c.measure.value == "expected_total"
    ] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "at the height of <an event>" is a time: the troops there then, no formation's peak.
        ("Some 8,000 troops took part at the height of the exercise, the army said.", [(8000, "deployed")]),
        (
            "About 30,000 soldiers were in the region at the height of the war, officials said.",
            [(30000, "deployed")],
        ),
        (
            "The mission counted 2,500 peacekeepers at the peak of the crisis, the UN said.",
            [(2500, "deployed")],
        ),
        # ... not a force at its own peak.
        ("The army numbered 300,000 soldiers at its peak, historians said.", [(300000, "formation")]),
    ],
)
def test_at_the_height_of_an_event_is_a_time(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A contingent or garrison that "numbers" N is a body of troops sent, whatever adjective it carries.
        (
            "The French military contingent in Chad numbers about 1,000 soldiers, the ministry said.",
            [(1000, "deployed")],
        ),
        (
            "Italy's army contingent in Lebanon numbers some 1,100 troops, officials said.",
            [(1100, "deployed")],
        ),
        (
            "The British military garrison on the island numbers 1,200 personnel, the MoD said.",
            [(1200, "deployed")],
        ),
        # ... not a whole army that numbers N.
        (
            "The Russian military numbers about 1,100,000 active personnel, analysts said.",
            [(1100000, "formation")],
        ),
    ],
)
def test_a_contingent_that_numbers_is_deployed(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A headline's subject and "to send/deploy" is its future: the total expected.
        ("Japan to send 200 more troops to South Sudan - minister", [(200, "expected_total")]),
        ("South Korea to deploy 300 soldiers to UN mission in Lebanon", [(300, "expected_total")]),
        ("Britain to dispatch another 1,000 soldiers to Estonia, says MoD", [(1000, "expected_total")]),
        # ... not a past purpose infinitive inside a sentence.
        (
            "On Monday the army used helicopters to deploy 300 soldiers to the flooded town, officials said.",
            [(300, "deployed")],
        ),
    ],
)
def test_a_headline_to_send_is_an_expected_total(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A wire dateline's day without a year is current: the publication's year, not a past event's.
        ("It began in March 2019.\nNAIROBI, June 9 (Wire) - More came.", ["March 2019", "2026-06-09"]),
        (
            "It landed in July 2021.\n\nDAR ES SALAAM, Tanzania, June 2 - Fifty left.",
            ["July 2021", "2026-06-02"],
        ),
        ("They arrived in May 2020.\nNEW YORK, Jan 30 (AP) - More came.", ["May 2020", "2026-01-30"]),
        # ... not a day without a year in a sentence, nor after a place not in capitals: the running year.
        ("It began in May 2019.\nOn June 9 more came.", ["May 2019", "2019-06-09"]),
        ("It began in May 2019.\nNairobi, June 9 - more came.", ["May 2019", "2019-06-09"]),
    ],
)
def test_a_dateline_day_takes_the_publication_year(text: str, dates: list[str]) -> None:
    found = find_dates(text, anchor=dt.date(2026, 6, 9))
    assert [str(m.window) for m in found] == dates


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A verb after "and" shares the subject of the verb before: the words before "and" are no speaker.
        ("The ministry confirmed the plan in a statement Monday and said 300 troops would stay.", "ministry"),
        ("The army announced the move Tuesday and added that 500 soldiers were there.", "army"),
        # ... and where the first verb is no reporting verb, no speaker at all (never "Friday and").
        ("Ms Grant met reporters Friday and said some 500 soldiers were there.", ""),
        # ... not a subject of two names joined by "and", which speaks.
        ("Britain and France said 300 troops would stay.", "United Kingdom"),
    ],
)
def test_a_second_verb_after_and_keeps_the_first_subject(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A title's full stop does not end an inverted speaker: "said Capt. Lauren Okafor" names her.
        ("About 140 troops left, said Capt. Lauren Okafor.", "Capt. Lauren Okafor"),
        ("Some 300 soldiers will stay, said Lt. Col. Mark Reyes, a spokesman.", "Lt. Col. Mark Reyes"),
        ("About 900 troops are there, says Brig. Anna Kowal.", "Brig. Anna Kowal"),
        # ... not a sentence's own full stop after a lower-case word.
        ("About 140 troops left, said the spokesman. More may follow.", "spokesman"),
    ],
)
def test_a_title_full_stop_keeps_the_speaker_whole(text: str, actor: str) -> None:
    assert _stated_actors(text)[:1] == [actor]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A transcript's speaker label speaks for its turn, over every paragraph until the next label.
        (
            "MR. KIRBY: Good morning.\n\nWe have about 900 troops in Jordan.\n\nQ: And Iraq?",
            ["Kirby"],
        ),
        (
            "GEN. RYDER: Thanks.\n\nThere are roughly 2,500 troops in Iraq.\n\n"
            "Q: And Syria?\n\nGEN. RYDER: Around 900 troops remain there.",
            ["Ryder", "Ryder"],
        ),
        (
            "Press Secretary Anna Lee spoke.\n\nMS. LEE: We have about 300 personnel in Qatar.",
            ["Press Secretary Anna Lee"],  # the person named before, whose surname the label gives
        ),
        # ... not a figure in a questioner's turn, nor after a heading without a title ("UPDATE:").
        ("MS. LEE: Hello.\n\nQ: Are 500 troops still in Qatar, as reported?", []),
        ("UPDATE: About 300 troops have left the base.", [""]),
    ],
)
def test_a_speaker_label_speaks_for_its_turn(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A minister's or spokesperson's label in capitals speaks for the turn, like "MR." or "GEN.".
        ("MINISTER ANNA BERG: About 600 troops are in Latvia.", ["Anna Berg"]),
        (
            "SPOKESPERSON JOHN OKORO: Good morning.\n\nSome 1,200 soldiers are stationed at the base.",
            ["John Okoro"],
        ),
        (
            "MINISTER ANNA BERG: Welcome.\n\nREPORTER (AFP): A question.\n\n"
            "MINISTER ANNA BERG: We have 400 personnel in Iraq.",
            ["Anna Berg"],
        ),
        # ... a reporter's label, with the outlet in brackets, opens a questioner's turn: no one's figures.
        ("MINISTER ANNA BERG: Hello.\n\nREPORTER (Reuters): Are 500 troops still in Qatar, as reported?", []),
        ("PRESS RELEASE: About 300 troops have left the base.", [""]),
    ],
)
def test_a_ministers_label_and_a_reporters_label_open_turns(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A compiled thread's post header names the account that speaks for the post.
        ("@ArmyNews · 3 May 2025, 10:02\nAbout 400 soldiers have arrived in Riga.", ["@ArmyNews"]),
        (
            "Thread title\n\n@ukdefence · 2 Jun 2024, 08:00\nSome 150 troops left today.\n\n"
            "@nato_press · 2 Jun 2024, 09:00\nAround 2,000 troops now serve there.",
            ["@ukdefence", "@nato_press"],
        ),
        ("RT @MinDef_PL · 4 Jun 2024, 11:15\nSome 300 of our troops are in Latvia.", ["@MinDef_PL"]),
        ("@a_reporter (journalist) · 5 Jun, 13:01\nThe mission has 900 troops.", ["@a_reporter"]),
        # ... a handle opening a sentence without a time is no post header.
        ("@ArmyNews said nothing.\n\nAbout 400 soldiers have arrived in Riga.", [""]),
    ],
)
def test_a_threads_post_header_names_its_account(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A month or weekday alone before a reporting verb is the date of a statement, never its speaker.
        ("The army's bulletin of 2 March says 500 troops are in the town.", [""]),
        ("A statement dated Monday said 300 soldiers had arrived.", [""]),
        ("The update released on 14 June gives 1,200 troops in Mali.", [""]),
        # ... a surname that is also a month is a speaker.
        ("General Patrick March said 400 troops were in the town.", ["Patrick March"]),
    ],
)
def test_a_month_is_never_a_speaker(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A witness's evidence: "the witness stated/accepted that" is the person heard, named by courtesy title.
        (
            "The court heard from Mr John Hale, an army officer. The witness stated that 600 troops were at the base.",
            ["John Hale"],
        ),
        (
            "Dr Ann Ward gave evidence. In cross-examination the witness accepted that some 300 soldiers had remained.",
            ["Ann Ward"],
        ),
        ("Ms. Rosa Diaz testified that 1,200 troops were in the region.", ["Rosa Diaz"]),
        # ... "accepted" without "that" takes people in, it reports nothing.
        ("The witness accepted 500 soldiers into the camp.", [""]),
    ],
)
def test_a_witness_speaks_for_the_evidence(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "The source said" refers back to the unnamed source cited before it ("a military source").
        (
            "A military source said 1,000 troops had landed. The source said 2,000 more troops would follow.",
            ["military source", "military source"],
        ),
        (
            "Citing a diplomatic source, the paper said 500 soldiers left. The source added that 800 soldiers were ready.",
            ["", "diplomatic source"],  # the paper speaks first, its source after
        ),
        (
            "According to a security source, the force is growing. The source said that 600 soldiers had arrived.",
            ["security source"],
        ),
        # ... with no source cited before, "the source" is no one in particular.
        ("The source said 700 soldiers had arrived in the capital.", ["source"]),
    ],
)
def test_the_source_refers_back_to_the_source_cited(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A numbered paragraph's number and a legal citation are no bare count of the troops before them.
        (
            "The number of personnel in Latvia had risen to some 1,200.\n\n3. The board met twice.",
            [(1200, "deployed")],
        ),
        (
            "The number of personnel in Mali stood at 900.\n\n21. The panel accepts that the request "
            "engages section 26. However, the interest is considerable.",
            [(900, "deployed")],
        ),
        (
            "The number of troops in Mali fell to 600.\n\nThe panel accepts that the request engages paragraph 4.",
            [(600, "deployed")],
        ),
        (
            "The number of troops in Mali fell to 600.\n\nThe court accepts that it engages section 26(1)(b).",
            [(600, "deployed")],
        ),
        # ... a bare number that is a level of the troops still is.
        (
            "The number of troops in Mali fell to 600.\n\nIt rose to 800.",
            [(600, "deployed"), (800, "deployed")],
        ),
    ],
)
def test_paragraph_numbers_and_legal_citations_are_no_counts(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A body sized by a bare number keeps its size before a verb in -s (no plural noun of the number's own).
        ("A Dutch contingent of about 200 serves with the battlegroup in Lithuania.", [(200, "deployed")]),
        ("Officials said a residual force of some 1,500 remains in Iraq.", [(1500, "deployed")]),
        ("A small garrison of 80 guards the airfield, the ministry said.", [(80, "deployed")]),
        # ... a plural noun after the number counts that noun.
        ("A force of 12 warships patrols the strait.", []),
    ],
)
def test_a_body_sized_by_a_bare_number_before_a_verb(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A shortage counts the troops an army lacks, not troops anywhere.
        ("The navy is short of about 4,000 sailors this year.", []),
        ("Officials admit the army remains short of roughly 12,000 soldiers.", []),
        ("There is a shortfall of 3,000 troops in the new brigade.", []),
        ("The force faces a shortage of some 1,500 personnel.", []),
        # ... not "just short of", which is nearly that many.
        ("Russia has deployed just short of 10,000 troops to the border.", [10000]),
    ],
)
def test_a_shortage_is_no_troop_count(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Sympathy names the victims of an attack told before, not a force.
        ("Our thoughts are with the four soldiers and their families.", []),
        ("The minister said her prayers go out to the 12 marines hurt in the blast.", []),
        ("Condolences to the two sailors' families poured in.", []),
        # ... not troops merely sent "to the" front.
        ("The army sent 300 soldiers to the border.", [300]),
    ],
)
def test_sympathy_names_victims_not_a_force(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A person introduced by rank or office is remembered: a later "he"/"she" is that person.
        (
            'Colonel Maria Lindqvist greets me at the gate. "We now have about 900 soldiers here," she says.',
            "Maria Lindqvist",
        ),
        (
            "Defence Minister Jonas Petrauskas toured the base. He said some 1,200 troops would arrive.",
            "Jonas Petrauskas",
        ),
        (
            'Major General Tomas Berg walked us round. "About 3,000 soldiers will be here by May," he said.',
            "Tomas Berg",
        ),
        # ... not a rank before a place or unit name ("General Staff Headquarters" is no person).
        ("The General Staff Headquarters said 500 troops would arrive.", "General Staff Headquarters"),
    ],
)
def test_a_person_introduced_by_title_is_he_or_she(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the African Union" is a name of its own, never "the union" meaning an organisation named before.
        (
            "NATO met in Brussels. About 900 troops are in Somalia, according to the African Union.",
            "African Union",
        ),
        (
            "The United Nations voted on Monday. Some 2,000 soldiers are in Mali, according to the European Union.",
            "European Union",
        ),
        (
            "The UN spoke first. About 300 troops are in Chad, according to the Atlantic Alliance.",
            "Atlantic Alliance",
        ),
        # ... not "the alliance" said again, which is the organisation named before.
        ("NATO met in Brussels. About 900 troops are in Estonia, the alliance said.", "NATO"),
    ],
)
def test_a_union_named_in_full_is_no_anaphor(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the defence force said": a force speaks like an army, and refers back to the force named before.
        (
            "The South African National Defence Force spoke first. About 1,200 members served, the defence force said.",
            "South African National Defence Force",
        ),
        (
            "The Ghana Border Force said it was ready. About 400 soldiers left Togo, the border force said.",
            "Ghana Border Force",
        ),
        ("Some 600 troops were sent north, the regional force said.", "regional force"),
        # ... not a force that is the counted troops' own: "a force of 600" says nothing.
        ("A force of 600 troops was sent north.", ""),
    ],
)
def test_a_force_speaks_and_is_said_again(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A letterhead in capitals naming a known body, with no outlet or author: the body speaks.
        (
            "DEPARTMENT OF DEFENSE PRESS RELEASE\n\nAbout 900 troops will deploy to Poland.",
            "US Department of Defense",
        ),
        ("NATO PRESS STATEMENT\n\nSome 4,000 soldiers are in Latvia.", "NATO"),
        ("PENTAGON BRIEFING NOTES\n\nAbout 2,500 troops remain in Iraq.", "US Department of Defense"),
        # ... not a headline in capitals naming no known body.
        ("THE LONG WATCH\n\nAbout 900 troops will deploy to Poland.", "THE LONG WATCH"),
    ],
)
def test_a_letterhead_naming_a_body_is_its_voice(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A rate after ", and" or ", but" is a clause of its own: the count before it is a level.
        ("We are around 900 soldiers here now, and every week more arrive.", [(900, "deployed")]),
        ("About 2,000 troops are in the region, but each month some go home.", [(2000, "deployed")]),
        ("The base holds 600 marines, and every year the number grows.", [(600, "deployed")]),
        # ... not a rate of the count's own clause.
        ("About 200 troops cross the border every week.", [(200, "rate")]),
    ],
)
def test_a_rate_after_and_is_its_own_clause(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A strength authorised is a ceiling the force may reach: an expected total, not a presence.
        ("The UN mission has an authorized strength of 13,000 troops.", [(13000, "expected_total")]),
        ("The Council had authorised the force at up to 8,000 soldiers.", [(8000, "expected_total")]),
        ("Parliament authorised the army to deploy up to 2,500 troops abroad.", [(2500, "expected_total")]),
        # ... not troops an authorised mission already has there.
        ("The authorised mission has about 4,000 troops in the country.", [(4000, "deployed")]),
    ],
)
def test_an_authorised_strength_is_an_expected_total(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "qualifier", "high"),
    [
        # "as high as" is a ceiling: at most the number.
        ("as high as 140", Qualifier.AT_MOST, 140),
        ("as high as 3,000 troops", Qualifier.AT_MOST, 3000),
        ("as high as two thousand", Qualifier.AT_MOST, 2000),
        # ... not a bare number, which stays exact.
        ("140", Qualifier.EXACT, 140),
    ],
)
def test_as_high_as_is_at_most(text: str, qualifier: Qualifier, high: int) -> None:
    q = parse_quantity(text)
    assert (q.qualifier, q.high) == (qualifier, high)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "as of <date>" after a count is the date the count stands at, over a date earlier in the sentence.
        (
            "In a report in March 2024, the ministry put the force at 1,650 troops as of 31 December 2023.",
            ["2023-12-31"],
        ),
        ("On May 2, 2024 officials said 900 soldiers were there as of April 30, 2024.", ["2024-04-30"]),
        ("In June 2023 the army counted 300 troops as at 1 May 2023.", ["2023-05-01"]),
        # ... not a date of its own clause after the count, which the earlier date still beats.
        ("In March 2024, 1,650 troops were there, and more came on 31 December 2024.", ["March 2024"]),
    ],
)
def test_as_of_dates_the_count(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A "by the numbers" item: the figure opens the line, a dash, what it counts, its source in brackets.
        ("BY THE NUMBERS\n\n• 1,100 — German troops in Lithuania today (Bundeswehr)", [(1100, "Bundeswehr")]),
        ("KEY FIGURES\n\n• 4,000 — U.S. soldiers in Poland (Pentagon)", [(4000, "US Department of Defense")]),
        ("• 650 — British troops in Estonia", [(650, "")]),
        # ... not an item counting anything but troops.
        ("• 294 km — length of the border with Russia (MoD)", []),
    ],
)
def test_a_box_item_counts_what_follows_its_dash(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [
        (int(c.quantity.value), c.actor.name if c.attribution.value != "default" else "") for c in claims
    ] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A force, contingent or garrison "of" a bare number is that many troops.
        ("Kenya keeps a force of about 2,000 in Somalia.", [2000]),
        ("Officials expect a residual force of fewer than 900 to stay in Erbil.", [900]),
        ("Chad sent a small contingent of 150 to the capital.", [150]),
        # ... not a force of ships or aircraft, which its noun names.
        ("The navy sent a force of 12 warships to the gulf.", []),
    ],
)
def test_a_force_of_a_bare_number_is_troops(text: str, found: list[int]) -> None:
    assert [int(c.quantity.value) for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A state's letterhead ("REPUBLIC OF X") with no outlet or author: the state issues the text.
        ("REPUBLIC OF RWANDA\n\nPress release\n\nSome 4,000 troops serve in Mozambique.", "Rwanda"),
        ("FEDERAL REPUBLIC OF GERMANY\n\nStatement\n\nAbout 1,800 soldiers are in Lithuania.", "Germany"),
        ("KINGDOM OF NORWAY\n\nNote\n\nAbout 200 soldiers are in Lithuania.", "Norway"),
        # ... not a letterhead naming no state.
        ("REPUBLIC OF LETTERS\n\nNote\n\nAbout 200 soldiers are in Lithuania.", "REPUBLIC OF LETTERS"),
    ],
)
def test_a_state_letterhead_is_the_states_voice(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "the allegation / a claim by X that ...": the figure in the allegation is X's, even when denied.
        ("Kenya rejected a claim by Uganda that 500 troops had crossed the border.", "Uganda"),
        ("Minsk dismissed the accusation by Kyiv that 5,000 soldiers were massing nearby.", "Ukraine"),
        (
            "The ministry denied the allegation by the Government of Chad that 300 troops were sent.",
            "Government of Chad",
        ),
        # ... not a claim with no one named after "by".
        ("Kenya rejected the claim that 500 troops had crossed the border.", ""),
    ],
)
def test_an_allegation_by_x_is_xs_figure(text: str, actor: str) -> None:
    assert _stated_actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "this morning" is the day of writing; "the start of the year" the January of its year.
        ("As of this morning, we have about 2,500 troops in Iraq.", ["2024-11-04"]),
        ("There were roughly 2,000 soldiers there at the start of the year.", ["January 2024"]),
        ("At the beginning of the year some 700 marines were based there.", ["January 2024"]),
        # ... not "this week", which still dates no figure.
        ("This week some 700 marines were based there.", [None]),
    ],
)
def test_this_morning_and_the_start_of_the_year(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the 1,500 figure" names a count of the troops given before: it counts them again.
        ("About 1,500 troops are in Syria. Officials said the 1,500 figure was out of date.", [1500, 1500]),
        ("Some 900 soldiers were sent. It was later said that the 900 estimate was too low.", [900, 900]),
        ("About 300 marines landed. This 300 tally excludes the crews.", [300, 300]),
        # ... not a bare "figure" with no troops counted before.
        ("The 1,500 figure was out of date.", []),
    ],
)
def test_the_n_figure_counts_the_troops_before(text: str, found: list[int]) -> None:
    assert [int(c.quantity.value) for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "we are at about N" after troops were counted: the speakers' own level of those troops.
        ("We have 2,500 troops in Iraq. In Syria, we are at about 900, down from 1,200.", [2500, 900, 1200]),
        (
            "About 3,000 soldiers serve there. By May we expect to be below 2,000 in the country.",
            [3000, 2000],
        ),
        ("They have 800 marines aboard. Ashore, they are now at roughly 300.", [800, 300]),
        # ... not "we are at" with no troops counted before.
        ("In Syria, we are at about 900 now.", []),
    ],
)
def test_we_are_at_a_bare_number_counts_the_troops_before(text: str, found: list[int]) -> None:
    assert [int(c.quantity.value) for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "cost N lives": the dead of a mission or war.
        ("The mission cost 14 South African lives.", [(14, "casualties")]),
        ("The battle took some 300 lives in a week.", [(300, "casualties")]),
        ("A campaign costing 45 Kenyan lives ended in May.", [(45, "casualties")]),
        # ... not lives saved or changed.
        ("The clinic has changed 300 lives in the town.", []),
    ],
)
def test_lives_a_mission_cost_are_casualties(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A plan that foresees a formation of N soldiers: the total expected, not a standing formation.
        ("The plan foresees a brigade of about 4,800 soldiers by 2027.", [(4800, "expected_total")]),
        ("The agreement envisages a force of 3,000 troops in the north.", [(3000, "expected_total")]),
        ("The deal calls for a new battalion of 600 soldiers on the border.", [(600, "expected_total")]),
        # ... not a brigade of a size with no plan before it.
        ("The army has a brigade of about 4,800 soldiers.", [(4800, "formation")]),
    ],
)
def test_a_formation_a_plan_foresees_is_an_expected_total(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Captives kept in prisons or custody are no troops deployed.
        (
            "The militia guards about 9,000 Islamic State fighters in prisons near the border.",
            [(9000, "other")],
        ),
        ("Some 400 soldiers in custody were moved to the capital last week.", [(400, "other")]),
        ("The rebels keep about 120 government troops in captivity in the hills.", [(120, "other")]),
        ("About 2,000 fighters held in detention camps await trial in the war zone.", [(2000, "other")]),
        # ... but troops guarding a prison are deployed there.
        ("About 300 troops were sent to guard the prison in the north.", [(300, "deployed")]),
    ],
)
def test_captives_kept_in_prisons_are_no_deployment(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A unit's size on paper, said of any one of its kind, is a formation's, not troops sent.
        ("A Kenyan battalion on paper has roughly 800 men.", [(800, "formation")]),
        ("In that army a brigade typically numbers about 4,000 soldiers.", [(4000, "formation")]),
        ("An infantry regiment has some 2,500 troops at full muster.", [(2500, "formation")]),
        ("A division comprises about 12,000 soldiers.", [(12000, "formation")]),
        # ... but a battalion sent somewhere is a deployment.
        ("A Kenyan battalion has deployed 800 soldiers to Haiti.", [(800, "deployed")]),
    ],
)
def test_a_units_size_on_paper_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A force "with" so many active personnel (or so many in total): its standing size.
        (
            "Egypt's armed forces, with some 440,000 active personnel, are the largest in Africa.",
            [(440000, "formation")],
        ),
        ("The army, with about 90,000 active soldiers, cannot fight on two fronts.", [(90000, "formation")]),
        ("A military with roughly 25,000 troops in total cannot hold the border.", [(25000, "formation")]),
        # ... but a mission with troops sent abroad is a deployment.
        ("The mission, with about 1,200 soldiers in Mali, will end in June.", [(1200, "deployed")]),
    ],
)
def test_a_force_with_active_personnel_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An armed group's growth in fighters is its own size, not troops sent anywhere.
        (
            "The rebels are stronger. It has grown from 800 fighters in 2019 to about 4,000 now.",
            [(800, "formation"), (4000, "formation")],
        ),
        ("Since the coup the militia has swelled to some 3,000 fighters.", [(3000, "formation")]),
        ("The group grew to roughly 1,500 fighters by the end of the war.", [(1500, "formation")]),
        # ... but a nation's fighters sent abroad are a deployment.
        ("Iran sent about 2,000 fighters to Syria.", [(2000, "deployed")]),
    ],
)
def test_an_armed_groups_growth_is_its_size(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "last July", "next March": counted from the day of writing (4 November 2024), not from the year the
        # sentence before named.
        ("In August 2021 a battalion went. Last July some 3,000 troops were there.", ["July 2024"]),
        ("In 2019 the war began. A report last December put the force at 4,000 troops.", ["December 2023"]),
        ("In 2018 the mission began. Last April about 600 soldiers were in the north.", ["April 2024"]),
        # ... while a month with no such word still takes the year named before it.
        ("In August 2021 a battalion went. In July some 3,000 troops were there.", ["July 2021"]),
    ],
)
def test_last_or_next_month_counts_from_the_day_of_writing(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A transcript header's role line names the speaker the role's label gives the turn to.
        (
            "Host: Ann Lee\n\nGuest: Dr Omar Haddad, analyst\n\nHOST: Welcome.\n\n"
            "GUEST: Our count is about 900 troops in Jordan.",
            ["Omar Haddad"],
        ),
        (
            "Presenter: Jo Marsh\n\nInterviewee: Paul Kent (retired colonel)\n\nINTERVIEWEE: By our count, "
            "roughly 2,000 soldiers are in the region.",
            ["Paul Kent"],
        ),
        (
            "Guest: Professor Rosa Diaz\n\nGUEST: There are some 3,500 troops on the border.",
            ["Rosa Diaz"],
        ),
        # ... and a role no header line named speaks for no one.
        ("HOST: There are some 3,500 troops on the border, we are told.", [""]),
    ],
)
def test_a_role_label_speaks_for_the_person_its_header_names(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A corps or army that "fields" so many men: the formation's own size.
        ("Its Third Corps alone fields some 60,000 troops, analysts say.", [(60000, "formation")]),
        ("The army fields about 150,000 soldiers, the report said.", [(150000, "formation")]),
        ("When the war began, the Fifth Corps fielded roughly 40,000 soldiers.", [(40000, "formation")]),
        # ... but a corps fielding troops somewhere has sent them there.
        ("The corps fields 3,000 soldiers in Mali, the ministry said.", [(3000, "deployed")]),
    ],
)
def test_a_corps_that_fields_men_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A "-strong" body that a whole army owns is that army's standing size.
        ("The Iranian army's 350,000-strong force is poorly equipped.", [(350000, "formation")]),
        (
            "Analysts doubt the military's 900,000-strong force could fight a long war.",
            [(900000, "formation")],
        ),
        ("Nigeria's armed forces' 230,000-strong force is stretched thin.", [(230000, "formation")]),
        # ... but the army's contingent somewhere is a deployment.
        ("The army's 3,000-strong contingent in Mali came under fire.", [(3000, "deployed")]),
    ],
)
def test_a_strong_force_an_army_owns_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Fighters demobilised or disarmed are leaving arms, not deployed.
        ("The peace accord demobilised some 8,000 rebel fighters, the army said.", [(8000, "other")]),
        ("The programme has disarmed about 5,000 militia fighters since 2019.", [(5000, "other")]),
        ("Around 2,000 fighters were demobilized last year, officials said.", [(2000, "other")]),
        # ... but fighters sent somewhere are a deployment.
        ("The militia sent about 2,000 fighters to the front, officials said.", [(2000, "deployed")]),
    ],
)
def test_demobilised_fighters_are_no_deployment(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A colon, dash or bullet ends the speaker's phrase: a timestamp or label before it is no part of it.
        (
            "14:05 BST — Germany's defence minister says 800 soldiers will deploy to Lithuania.",
            ["Germany's defence minister"],
        ),
        ("UPDATE: The Pentagon says about 900 troops will deploy to Poland.", ["US Department of Defense"]),
        ("Live | NATO officials say some 4,000 soldiers are in Latvia.", ["NATO"]),
        # ... a hyphenated name is one word and stays whole.
        ("The Secretary-General said 3,000 peacekeepers are in Mali.", ["The Secretary-General"]),
    ],
)
def test_a_colon_or_dash_ends_the_speakers_phrase(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # "earlier this year/month" is a past time in the period of writing: it dates the figure.
        ("The ministry said earlier this year that about 4,000 troops were in Mali.", ["2024"]),
        ("Earlier this month, some 900 soldiers arrived in Estonia, officials said.", ["November 2024"]),
        ("About 2,000 troops were sent to the border earlier this year, the army said.", ["2024"]),
        # ... plain "this year" is a span, not a date; and a later revision keeps its own time.
        ("The army plans to have 3,000 troops there this year.", [None]),
        (
            "Officials said earlier this year that 500 troops were there, a figure they later raised to 700.",
            ["2024", None],
        ),
    ],
)
def test_earlier_this_year_dates_the_figure(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A past season after its figure dates it to the season's year.
        ("The garrison is down to 400, from 650 in the spring, the army said.", [None, "2024"]),
        ("Some 3,000 troops are there, up from about 1,200 last winter.", [None, "2024"]),
        ("Roughly 5,000 soldiers are deployed, compared with 4,000 last autumn.", [None, "2023"]),
        # ... not a target season, nor "the fall of" a place.
        ("The ministry said 800 troops would deploy this autumn.", [None]),
        ("About 2,000 troops remained after the fall of the city, officials said.", [None]),
    ],
)
def test_a_past_season_dates_the_figure_to_its_year(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A headline signed off by a role in lower case: the role is the source.
        ("Vietnam to send 600 more soldiers to the islands — army spokesman", ["army spokesman"]),
        ("Kenya to deploy 1,000 soldiers to Haiti — senior official", ["senior official"]),
        ("Chad to withdraw 2,000 troops from Mali — defence ministry", ["defence ministry"]),
        # ... but a lower-case clause after a dash is no source.
        ("Russia sent 3,000 troops — more will follow", [""]),
    ],
)
def test_a_headline_signed_off_by_a_role_is_its_source(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # Who "revised down/up to" a figure gives it.
        (
            "Some 5,000 troops were in the region, a figure the Pentagon later revised down to 4,200.",
            [
                "US Department of Defense",
                "US Department of Defense",
            ],
        ),
        (
            "The defence ministry revised upwards to 2,300 troops its count for the Sahel.",
            ["defence ministry"],
        ),
        ("Kenya's army revised up to 1,100 soldiers its presence in Haiti.", ["Kenya's army"]),
        # ... but revising a plan is no figure's source.
        ("The army revised its plan and 900 troops arrived in Mali.", [""]),
    ],
)
def test_who_revised_a_figure_gives_it(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "a further N", "up/down from N" count more of the sentence's troops whatever clause follows.
        ("Germany has 1,800 soldiers in Lithuania, and a further 400 arrived last week.", [1800, 400]),
        ("France will have 1,500 troops in Romania, with a further 300 due in June.", [1500, 300]),
        ("Britain now has 1,200 troops in Estonia, up from about 900 when the mission began.", [1200, 900]),
        ("The UN has 2,000 peacekeepers there, down from roughly 3,500 then.", [2000, 3500]),
        # ... but a noun of its own after the number counts that noun, not the troops.
        ("Ecuador deployed 5,000 soldiers and a further 2,000 police officers to the prisons.", [5000]),
    ],
)
def test_a_further_or_up_from_n_counts_the_troops(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # An answer is an account: who replied or answered gives the figure.
        (
            "Asked about the mission, the Defence Secretary replied that 600 troops were in Iraq.",
            ["Defence Secretary"],
        ),
        ("The Pentagon answered that about 2,500 troops remain in Iraq.", ["US Department of Defense"]),
        ("NATO officials replied that some 4,000 soldiers are in Latvia.", ["NATO"]),
        # ... a reply named as a noun is no speaker.
        ("In reply, 900 soldiers were sent to the border.", [""]),
    ],
)
def test_who_replied_gives_the_figure(text: str, actors: list[str]) -> None:
    assert _stated_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure a correction retracts is no count.
        ("An earlier version of this story said Canada had 900 soldiers in Latvia.", [(900, "other")]),
        ("A previous edition of this report said 2,000 troops were in Niger.", [(2000, "other")]),
        ("This article incorrectly stated that 1,500 soldiers had arrived in Chad.", [(1500, "other")]),
        # ... the corrected figure is the count.
        ("The correct figure is about 180 personnel in Djibouti, the ministry said.", [(180, "deployed")]),
    ],
)
def test_a_figure_a_correction_retracts_is_no_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Troops a relative clause puts in the past are deployed, whatever the sentence plans.
        (
            "Some 800 marines will deploy next month, relieving a 600-strong unit that arrived in May.",
            [(800, "expected_total"), (600, "deployed")],
        ),
        (
            "The army will send 1,000 soldiers to replace 700 troops who have been there since 2022.",
            [(1000, "expected_total"), (700, "deployed")],
        ),
        (
            "Poland will rotate in 2,000 soldiers, replacing about 1,500 troops who were sent in March.",
            [(2000, "expected_total"), (1500, "deployed")],
        ),
        # ... but troops a relative clause sends in future are expected.
        ("The army will send 1,000 soldiers who will arrive in June.", [(1000, "expected_total")]),
    ],
)
def test_troops_a_relative_clause_puts_in_the_past_are_deployed(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "actors", "dates"),
    [
        # A credit in parentheses with its date: the source speaks, and its "as of" dates the figure.
        (
            "Niger: about 1,500 troops deployed near the border (SIPRI yearbook, as of March)",
            ["SIPRI yearbook"],
            ["March 2024"],
        ),
        (
            "Mali: some 2,000 soldiers on patrol in the north (UN data portal, as at 1 October)",
            ["United Nations"],
            ["2024-10-01"],
        ),
        (
            "Chad: roughly 900 troops in the Lake Chad basin (Military Balance, as of August)",
            ["Military Balance"],
            ["August 2024"],
        ),
        # ... a parenthesis with no credit's kind or date is no source.
        ("Chad: roughly 900 troops in the basin (near Lake Chad)", [""], [None]),
    ],
)
def test_a_dated_credit_in_parentheses_is_the_source(
    text: str, actors: list[str], dates: list[str | None]
) -> None:
    doc = read_document(text, source=Source(id="t", published=PUBLISHED))
    claims = extract_claims(doc)
    assert [c.actor.name if c.attribution.value != "default" else "" for c in claims] == actors
    assert [str(c.ref_date) if c.ref_date else None for c in claims] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # The time of a later event that is due or scheduled dates that event, not the figure.
        ("Russia has moved some 20,000 troops into Belarus ahead of drills due in September.", [None]),
        ("Some 1,200 troops are now in Kosovo for elections due in March.", [None]),
        ("About 2,000 soldiers have arrived for exercises scheduled in October.", [None]),
        # ... a figure's own month still dates it.
        ("Russia moved some 20,000 troops into Belarus in September.", ["September 2024"]),
    ],
)
def test_a_due_events_time_does_not_date_the_figure(text: str, dates: list[str | None]) -> None:
    doc = read_document(text, source=Source(id="t", outlet="Test Wire", published=PUBLISHED))
    assert [str(c.ref_date) if c.ref_date else None for c in extract_claims(doc)] == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A second subject's own figure for the sentence's troops, closing its clause.
        ("Spain will send 500 soldiers to the mission, while Portugal has pledged about 200.", [500, 200]),
        (
            "Serbia says it has 8,000 troops at the border, but Kosovo officials count fewer than 3,000.",
            [8000, 3000],
        ),
        (
            "Ukraine said 10,000 Russian soldiers are massing, and analysts estimate some 6,000.",
            [10000, 6000],
        ),
        # ... but a number with no such verb before it is no count.
        ("Spain will send 500 soldiers to the mission, while Portugal has 200.", [500]),
    ],
)
def test_a_second_subjects_figure_counts_the_troops(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A "-strong" compound sizing a civilian body is no troop count, even beside war words.
        ("The 3,000-strong choir sang at the war memorial.", []),
        ("A 500-strong crowd gathered outside the army base.", []),
        ("The 8,000-strong workforce of the defence contractor went on strike.", []),
        ("A 40-strong delegation visited troops at the base.", []),
        # ... but a body of troops sized the same way still is.
        ("Moscow sent a 2,000-strong force to the border.", [2000]),
    ],
)
def test_a_strong_civilian_body_is_no_troop_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A youth movement's local groups are called troops; they are no soldiers.
        ("Some 120 Scout troops marched past the war memorial.", []),
        ("About 30 Girl Guide troops joined the parade at the army base.", []),
        ("Nearly 15 Cub Scout troops camped near the military museum.", []),
        # ... but soldiers sent to scout still count.
        ("Russia sent 300 troops to scout the border.", [300]),
    ],
)
def test_a_youth_movements_troops_are_no_soldiers(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A civilian body just before a bare contextual noun owns it: its staff or helpers, no soldiers.
        ("Police deployed 2,000 officers along the border after the clashes.", []),
        ("The union has sent 800 members to the front of the march.", []),
        ("The charity deployed 300 volunteers to the war-torn region.", []),
        ("The party deployed 600 volunteers to the front-line towns.", []),
        # ... but an armed body's campaign, or another subject, still sends soldiers.
        ("The military campaign has deployed 5,000 volunteers to the front.", [5000]),
        ("Police said Russia deployed 1,500 officers to the border.", [1500]),
    ],
)
def test_a_civilian_bodys_own_staff_are_no_soldiers(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After a label naming troops, a number with a plural noun of its own counts that noun, not the troops.
        ("The army's troops are tired: 300 local farmers have lost their fields.", []),
        ("Russian troops in Kursk: 40 villages were emptied last week.", []),
        ("The party's troops are restless: 47 backbench MPs have signed a letter.", []),
        # ... but the label's bare value is still its count of troops.
        ("Russian troops in Kursk: up to 50,000.", [50000]),
    ],
)
def test_a_number_with_its_own_noun_is_no_labels_value(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A toll's bare figure counts the dead of a disaster, even beside the soldiers sent to help.
        ("Spain sent 2,000 soldiers to the flooded towns, where the death toll has reached 220.", [2000]),
        ("The army deployed 800 troops after the quake; the toll now stands at 3,400.", [800]),
        ("Italy sent 500 soldiers to the region, where the death toll rose to 1,200.", [500]),
        (
            "Officials said 1,000 troops were searching the rubble as the death toll climbed to more than 900.",
            [1000],
        ),
        # ... but a number with a personnel noun of its own after the toll is still read by that noun.
        ("Nepal sent 3,000 soldiers; the death toll has risen to 40 troops.", [3000, 40]),
    ],
)
def test_a_tolls_bare_figure_is_no_troop_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Officers or members the sentence itself calls police or civilians are no soldiers, even beside war.
        ("Rwanda denied sending troops, saying the 300 officers who crossed the border were police.", []),
        ("The ministry said the 150 officers deployed to the front line are police, not soldiers.", []),
        ("Both sides said the 80 members who stayed behind in the war zone were civilians.", []),
        ("The 600 officers sent to the war-torn region were in fact police.", []),
        # ... but officers the sentence does not call civilian still count in a sentence of war.
        ("Rwanda sent 300 officers to the front line, where police were overwhelmed.", [300]),
    ],
)
def test_officers_the_sentence_calls_police_are_no_soldiers(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Charities named like an army or a cross own their officers and volunteers: no soldiers.
        ("The Salvation Army said it had deployed 900 officers to the flooded war-torn towns.", []),
        ("The Red Cross has sent 400 volunteers to the front-line villages.", []),
        ("The Red Crescent deployed 250 volunteers to the war zone.", []),
        ("The Salvation Army's 600 officers will run the soup kitchens near the front.", []),
        # ... but an army that is no charity still sends soldiers.
        ("The Sudanese Army deployed 900 officers to the war-torn towns.", [900]),
    ],
)
def test_a_charity_named_like_an_army_owns_its_officers(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A civilian body's second count, joined to its first, is its staff too.
        ("The charity said its 300 nurses and 2,000 volunteers would go to the war zone.", []),
        ("The union has sent 80 organisers and 500 members to the front of the march.", []),
        ("The club's 40 coaches and 300 members will help the war-torn town.", []),
        ("The Red Cross deployed 12 doctors and 400 volunteers near the front.", []),
        # ... but soldiers named after the body's staff are still counted.
        ("The charity's 300 volunteers left as 2,000 troops arrived.", [2000]),
    ],
)
def test_a_civilian_bodys_second_count_is_its_staff_too(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A work of fiction's story counts its characters, no soldiers.
        ("The film follows 300 soldiers lost behind enemy lines in a war that never happened.", []),
        ("His thriller imagines 5,000 mercenaries storming a fictional capital.", []),
        ("The video game stars a squad of 8 commandos on an alien world.", []),
        ("The new novel depicts 40 fighters holding a mountain pass against an empire.", []),
        # ... but a documentary's subject, or what a book says happened, is a report.
        ("The documentary follows 300 soldiers deployed to Mali in 2019.", [300]),
        ("The book says 2,000 troops were sent to the island in 1943.", [2000]),
    ],
)
def test_a_stories_characters_are_no_troop_count(text: str, found: list[int]) -> None:
    assert _counts(text) == found


@pytest.mark.parametrize(
    ("text", "actor", "speaks"),
    [
        # A role that names no speaker, then the person named in commas: the person speaks.
        (
            "The landing put 150,000 troops ashore, the museum's curator, Paul Durand, told visitors.",
            "Paul Durand",
            True,
        ),
        ("Some 20,000 soldiers fought there, the town's historian, Anna Weber, said.", "Anna Weber", True),
        ("About 5,000 troops held the ridge, the exhibition's author, Jan Novak, wrote.", "Jan Novak", True),
        # ... but a body's name after the role is no person's: the rule does not take it.
        ("Russia sent 3,000 troops, the museum's owner, Heritage Group, said.", "Heritage Group", False),
    ],
)
def test_a_person_named_after_a_role_speaks(text: str, actor: str, speaks: bool) -> None:
    claim = extract_claims(read_document(text))[0]
    assert (claim.actor.name == actor) is speaks


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A ministry's portfolio word belongs to the speaker's title: the possessive country before it too.
        (
            "About 4,000 soldiers will guard the summit, Spain's interior minister said.",
            "Spain's interior minister",
        ),
        (
            "Some 2,500 troops were sent to the flooded towns, Germany's interior ministry said.",
            "Germany's interior ministry",
        ),
        (
            "Nearly 900 soldiers joined the rescue, Italy's civil protection agency said.",
            "Italy's civil protection agency",
        ),
        (
            "Up to 3,000 troops will help with the harvest, Poland's justice minister said.",
            "Poland's justice minister",
        ),
        # ... a lower-case word outside the lexicon still cuts the phrase short.
        ("About 600 soldiers helped, the region's new tourism minister said.", "minister"),
    ],
)
def test_a_portfolio_word_stays_in_the_speakers_title(text: str, actor: str) -> None:
    claim = extract_claims(read_document(text))[0]
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # An agency described before its name (a country's possessive may open the description): the name.
        ("More than 300 soldiers joined the search, Greece's civil protection agency GSCP said.", "GSCP"),
        ("About 2,000 troops were sent, the UN refugee agency UNHCR said.", "UNHCR"),
        ("Nearly 700 troops deployed, the border agency Frontex said.", "Frontex"),
        # ... but an agency without a name after it stays the phrase.
        ("About 400 soldiers helped, the agency chief said.", "agency chief"),
    ],
)
def test_an_agency_described_before_its_name_is_the_name(text: str, actor: str) -> None:
    claim = extract_claims(read_document(text))[0]
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # Troops a body authorises, the count its verb's object: a size allowed, not yet reached.
        (
            "The governor authorised 800 National Guard troops to help with the clean-up, officials said.",
            "expected_total",
        ),
        ("Congress authorized up to 2,000 troops for the mission, the Pentagon said.", "expected_total"),
        (
            "The president has authorized 3,000 reservists to be called up, the White House said.",
            "expected_total",
        ),
        # ... but troops said to have arrived are there, whoever authorised them.
        ("Officials said 500 troops had arrived after the governor authorised their use.", "deployed"),
    ],
)
def test_troops_authorised_are_a_size_allowed(text: str, measure: str) -> None:
    claim = extract_claims(read_document(text))[0]
    assert claim.measure.value == measure


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A person ordering or allowing the troops' move, no other source named: the person gives the size.
        ("President Maria Lopez ordered 2,000 soldiers to the border on Monday.", "Maria Lopez"),
        ("Defence Minister Jan Kowalski approved up to 400 troops for the mission.", "Jan Kowalski"),
        ("Governor Tom Reyes authorized 600 National Guard troops to patrol the coast.", "Tom Reyes"),
        # ... a source the sentence names still wins.
        ("Governor Tom Reyes authorized 600 National Guard troops, the Daily Star reported.", "Daily Star"),
    ],
)
def test_a_person_ordering_troops_is_their_figures_source(text: str, actor: str) -> None:
    claim = extract_claims(read_document(text))[0]
    assert claim.actor.name == actor


def test_a_body_ordering_troops_is_not_taken_as_their_source() -> None:
    claim = extract_claims(read_document("The court ordered 300 soldiers released from custody."))[0]
    assert claim.actor.name != "The court"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A masthead's full date beside an issue number is the time of writing: "last summer" counts from it.
        (
            "THE WEEKLY WIRE\nA digest of defence news\nIssue 40 | Monday, 3 February 2025\n\n"
            "The army had 900 troops at the border last summer, officials said. The base was built in 2019.",
            "2024",
        ),
        (
            "SECURITY NOTES\nA letter for subscribers\nNo. 7 | Tuesday, 14 October 2025\n\n"
            "Some 1,200 soldiers were on the island last spring, the ministry said. The war began in 2020.",
            "2025",
        ),
        (
            "HARBOUR BULLETIN\nNews from the ports\nEdition 12 | Wednesday, 10 May 2023\n\n"
            "The navy had 400 marines at the port last winter, the admiral said. The port opened in 2012.",
            "2023",
        ),
        # ... a masthead naming only a year is no day of writing.
        (
            "HARBOUR BULLETIN\nNews from the ports\nEdition 12 | 2023\n\n"
            "The navy had 400 marines at the port last winter, the admiral said. The port opened in 2012.",
            "2011",
        ),
    ],
)
def test_a_masthead_date_is_the_time_of_writing(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A transcript's header list of witnesses or members gives the full name a speaker label shortens.
        (
            "HOUSE DEFENCE COMMITTEE\nOral evidence\n\nWitnesses: General Maria Castell, Chief of the Defence "
            "Staff; Mr Tom Baird, Permanent Secretary.\n\nCHAIR: Welcome to you both.\n\n"
            "GEN. CASTELL: We have about 900 troops in Estonia today.",
            "Maria Castell",
        ),
        (
            "SENATE ARMED SERVICES COMMITTEE\nHearing transcript\n\nPresent: Senator Ruth Adeyemi, Senator Paul "
            "Whitcombe and Admiral Lena Forsberg.\n\nADM. FORSBERG: Some 3,000 sailors are deployed in the Red Sea.",
            "Lena Forsberg",
        ),
        (
            "PUBLIC ACCOUNTS COMMITTEE\nEvidence session\n\nWitness: Dr Helen Marsh, Director, Institute for "
            "Defence Studies.\n\nDR. MARSH: Roughly 1,200 soldiers remain in Mali.",
            "Helen Marsh",
        ),
        # ... a name in running prose is no list: a label with another surname keeps its own.
        (
            "PUBLIC ACCOUNTS COMMITTEE\nEvidence session\n\nThe committee heard from Dr Helen Marsh, an analyst at "
            "the Institute.\n\nDR. WARD: Roughly 1,200 soldiers remain in Mali.",
            "Ward",
        ),
    ],
)
def test_a_speaker_label_takes_the_full_name_from_the_header_list(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A digest item's closing credit, "(AFP)" or "— via Reuters", is the source of its unattributed figures.
        (
            "DEFENCE DIGEST\nOur weekly round-up\n\n1. Kenya in Haiti. Kenya now has about 800 troops in Haiti, "
            "up from 400 last year. (AFP)\n\n2. Other news. The weather was fine.",
            ["Agence France-Presse", "Agence France-Presse"],
        ),
        (
            "DEFENCE DIGEST\nOur weekly round-up\n\n1. Britain in Estonia. Britain keeps roughly 900 troops in "
            "Estonia. The deployment began in 2017. — via Reuters\n\n2. Other news. The weather was fine.",
            ["Reuters"],
        ),
        (
            "DEFENCE DIGEST\nOur weekly round-up\n\n1. France in Chad. The last 300 French soldiers left Chad "
            "this month. — Le Figaro\n\n2. Other news. The weather was fine.",
            ["Le Figaro"],
        ),
        # ... brackets inside the item's sentence are no credit.
        (
            "DEFENCE DIGEST\nOur weekly round-up\n\n1. Britain in Estonia. Britain keeps roughly 900 troops in "
            "Estonia, a figure first reported by the BBC (and since confirmed).\n\n2. Other news. It was fine.",
            ["DEFENCE DIGEST"],
        ),
    ],
)
def test_a_digest_items_credit_is_its_source(text: str, actors: list[str]) -> None:
    assert _actors(text) == actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A briefing's title-case label, "Spokesperson Name Name:", opens that person's answer.
        (
            "Regular Press Conference of the Foreign Ministry on May 2, 2025\n\nQuestion: How many troops are "
            "there?\n\nSpokesperson Lin Jian: At present, some 700 peacekeepers are serving in South Sudan.",
            "Lin Jian",
        ),
        (
            "Press briefing by the Ministry of Defence, 3 June 2025\n\nQ: Can you give a figure?\n\n"
            "Minister Anna Berg: We have about 250 soldiers in Lithuania today.",
            "Anna Berg",
        ),
        (
            "Daily briefing of the UN, 4 June 2025\n\nQuestion: Are more peacekeepers coming?\n\n"
            "Spokesman Stephane Dujarric: The mission now has roughly 11,000 troops in the country.",
            "Stephane Dujarric",
        ),
    ],
)
def test_a_briefings_titled_label_opens_the_speakers_answer(text: str, actor: str) -> None:
    assert _actors(text) == [actor]


def test_a_briefings_question_label_closes_the_speakers_turn() -> None:
    text = (
        "Daily briefing of the UN, 4 June 2025\n\nSpokesman Stephane Dujarric: Good afternoon.\n\n"
        "Question: A report says roughly 11,000 troops are in the country. Is that right?"
    )
    assert "Stephane Dujarric" not in _actors(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the deaths of N soldiers", "N peacekeepers have given their lives": losses, not troops deployed.
        ("The president cited the deaths of four Kenyan soldiers last month.", [(4, "casualties")]),
        ("Fourteen Irish peacekeepers have given their lives in Lebanon since 1978.", [(14, "casualties")]),
        ("The army mourned the death of 12 soldiers in the ambush, the ministry said.", [(12, "casualties")]),
        ("Some 40 British troops gave their lives in the campaign, officials said.", [(40, "casualties")]),
        # ... troops sent after deaths of others are deployed.
        (
            "The ministry said 300 soldiers were deployed after the deaths of the villagers.",
            [(300, "deployed")],
        ),
    ],
)
def test_deaths_of_soldiers_and_lives_given_are_losses(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # What "a full-strength <unit>" is, has or numbers: the size of such a formation, no deployment.
        ("A full-strength infantry battalion is about 800 soldiers, the colonel said.", [(800, "formation")]),
        ("A full-strength armoured division has some 15,000 troops.", [(15000, "formation")]),
        ("A full-strength mechanised brigade numbers roughly 4,000 soldiers.", [(4000, "formation")]),
        # ... troops such a unit sends are deployed.
        ("The full-strength brigade sent 3,000 soldiers to Estonia.", [(3000, "deployed")]),
    ],
)
def test_a_full_strength_units_size_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The fighters a group "which has/claims/boasts" is its own size, no deployment.
        (
            "Coalition troops train the Kurdish Peshmerga, which has about 150,000 fighters, officials said.",
            [(150000, "formation")],
        ),
        (
            "The army works with the Free Syrian Army, which claims some 20,000 fighters.",
            [(20000, "formation")],
        ),
        ("They fought Hezbollah, which boasts perhaps 40,000 fighters.", [(40000, "formation")]),
        # ... fighters it has sent or has somewhere are deployed.
        ("The militia, which has sent 2,000 fighters to Sudan, denied it.", [(2000, "deployed")]),
        ("The militia, which has 2,000 fighters in Sudan, denied it.", [(2000, "deployed")]),
    ],
)
def test_the_fighters_a_group_has_are_its_size(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A spelled-out duration before a noun ("six-month tours") measures time, not troops.
        ("The 400 troops in Estonia serve six-month tours, the ministry said.", [(400, "deployed")]),
        ("Soldiers in Mali, officials said, are on nine-month rotations.", []),
        ("The army has deployed troops to Kosovo for a two-year mission, officials said.", []),
        ("Troops sent to Chad began a three-week exercise, the ministry said.", []),
        # ... a spelled-out count of troops is still one.
        ("The ministry said six soldiers were deployed to Kosovo.", [(6, "deployed")]),
    ],
)
def test_a_spelled_out_duration_is_no_troop_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A place's capacity counts room, not troops there.
        ("The new barracks have room for 800 soldiers, officials said.", []),
        ("The camp could house up to 3,000 troops, the ministry said.", []),
        ("A base able to accommodate about 1,500 soldiers opened in Rukla, officials said.", []),
        ("The ship has a capacity of 600 marines, the navy said.", []),
        # ... but what a base houses now is a count of those there.
        ("The base houses 2,000 US troops, officials said.", [(2000, "deployed")]),
    ],
)
def test_a_places_capacity_is_no_troop_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure named to be retracted is no count of its own.
        ("Officials said the 600 figure was wrong and would be corrected.", []),
        ("The ministry said that 3,000 estimate is outdated.", []),
        ("The army confirmed that the official 1,200 number would no longer be used.", []),
        # ... troops that are no longer somewhere are still counted.
        ("Officials said the 900 US troops in Syria were wrong to stay.", [(900, "deployed")]),
    ],
)
def test_a_retracted_figure_is_no_troop_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A mission "authorised for" a strength is allowed it, not at it: an announced total.
        ("The UN mission is authorised for 15,000 troops, officials said.", [(15000, "expected_total")]),
        ("The Security Council authorized the force for up to 2,500 soldiers.", [(2500, "expected_total")]),
        (
            "The mission, authorised for 8,000 personnel, now has 6,200 troops in Mali, the UN said.",
            [(8000, "expected_total"), (6200, "deployed")],
        ),
        # ... what a unit authorised for a while has there is deployed.
        (
            "The brigade was authorised for a year and has 3,000 troops in Kosovo, officials said.",
            [(3000, "deployed")],
        ),
    ],
)
def test_a_strength_authorised_for_is_an_expected_total(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The size a force was designed or meant to reach is its target (an expected total).
        (
            "The contingent is intended to number about 5,000 soldiers, the ministry said.",
            [(5000, "expected_total")],
        ),
        (
            "The brigade, meant to grow to 4,800 troops, is still forming, officials said.",
            [(4800, "expected_total")],
        ),
        ("The mission was planned to comprise 3,000 soldiers, the UN said.", [(3000, "expected_total")]),
        # ... troops sent to reach a place are deployed.
        ("The 300 troops deployed to reach the border last week, officials said.", [(300, "deployed")]),
    ],
)
def test_a_size_a_force_is_designed_to_reach_is_an_expected_total(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A named force's strength given as a bare number counts the troops named just before it.
        (
            "Kenya sent 400 soldiers in June. The mission's strength peaked at about 1,000 last year.",
            [(400, "deployed"), (1_000, "deployed")],
        ),
        (
            "Chad has 300 soldiers in the north. UNMIS's strength reached nearly 9,000 before the drawdown.",
            [(300, "deployed"), (9_000, "deployed")],
        ),
        # ... an authorised strength is a ceiling, whatever the verb.
        (
            "Guatemala sent 150 soldiers. The force's authorised strength remains 2,500, far above its size.",
            [(150, "deployed"), (2_500, "expected_total")],
        ),
        # ... but not a number after a second figure in between ("drawn from eight member states").
        (
            "Malawi sent 300 soldiers. SADC's strength peaked in 2023, drawn from eight member states.",
            [(300, "deployed")],
        ),
    ],
)
def test_a_named_forces_strength_counts_the_troops_before(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure named again as holding civilians is, by the text's own word, no troop count.
        ("Russia has 3,000 soldiers in Syria. The 3,000 figure includes civilians and contractors.", [3_000]),
        ("Chad sent 1,200 soldiers to Mali. That 1,200 estimate also counted civilian staff.", [1_200]),
        ("Iran has 900 troops in Iraq, officials said. The 900 tally included civilians.", [900]),
        # ... while the figure named again without civilians stays a count of the troops.
        ("Russia has 3,000 soldiers in Syria. The 3,000 figure includes special forces.", [3_000, 3_000]),
    ],
)
def test_a_figure_holding_civilians_is_no_troop_count(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A figure the next sentence retracts as holding civilians is no troop count.
        ("We put the mission at 1,500 personnel. That was wrong: it included civilian staff.", []),
        ("The paper said 800 troops were there. This was incorrect, as it counted civilian contractors.", []),
        ("Our estimate was 2,000 soldiers. The figure was an error, which included civilians.", []),
        # ... a retraction for another reason, or a sentence of two counts, keeps its counts.
        ("We put the mission at 1,500 personnel. That was wrong: it omitted the reserves.", [1_500]),
        (
            "Kenya has 900 soldiers and Chad 400 soldiers. That was wrong: it included civilian staff.",
            [900, 400],
        ),
    ],
)
def test_a_figure_retracted_as_holding_civilians_is_no_troop_count(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Abbreviated ranks and offices, Malay honorifics and a "Union Home" office are title, not name.
        ("About 900 troops were deployed, Interior CS Aden Duale said.", "Aden Duale"),
        ("The army chief, Lt Gen Asim Munir Shah, said 4,000 troops had been sent.", "Asim Munir Shah"),
        ("A total of 700 personnel were deployed, said Minister Dato' Seri Anwar Ismail.", "Anwar Ismail"),
        ("Some 2,000 personnel were moved in, Union Home Minister Rajnath Singh said.", "Rajnath Singh"),
        # ... a surname that merely looks like an honorific ("Tan") stays part of the name.
        ("About 500 troops were deployed, Defence Minister Tan Chuan Jin said.", "Tan Chuan Jin"),
    ],
)
def test_abbreviated_ranks_and_honorifics_are_title_not_name(text: str, actor: str) -> None:
    claims = extract_claims(read_document(text))
    assert [c.actor.name for c in claims if c.actor is not None] == [actor]


@pytest.mark.parametrize(
    ("text", "actor", "alias"),
    [
        # A body named before its bracketed short form is the body; the short form is only its alias.
        ("The Nigerian Army (NA) said 900 troops had been sent north.", "Nigerian Army", "NA"),
        (
            "About 1,200 soldiers were deployed, the Kenya Defence Forces (KDF) said.",
            "Kenya Defence Forces",
            "KDF",
        ),
        (
            "The Ministry of Home Affairs (MHA) said 5,000 personnel were moved.",
            "Ministry of Home Affairs",
            "MHA",
        ),
        # ... a short form that alone names another body does not decide who speaks.
        (
            "About 1,000 troops were sent, the Armed Forces of the Philippines (AFP) said.",
            "Armed Forces of the Philippines",
            "AFP",
        ),
        # ... while a bare short form is still looked up as before.
        ("About 1,000 troops were sent, AFP said.", "Agence France-Presse", None),
    ],
)
def test_a_body_before_its_bracketed_short_form_is_the_speaker(
    text: str, actor: str, alias: str | None
) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor is not None
    assert claim.actor.name == actor
    assert alias is None or alias in claim.actor.aliases


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Indian grouping: thousands, then pairs of digits above them.
        ("Over 1,20,000 personnel", 120_000),
        ("About 12,00,000 voters", 1_200_000),
        ("some 2,35,000 peacekeepers", 235_000),
        ("nearly 1,05,00,000 people", 10_500_000),
        # ... malformed groupings still give no number.
        ("some 1,20,00 troops", None),
        ("the 1,2,000 troops", None),
    ],
)
def test_indian_digit_grouping_reads_as_the_number(text: str, value: int | None) -> None:
    values = [m.quantity.value for m in extract_quantities(text) if m.quantity is not None]
    assert values[:1] == ([value] if value is not None else [])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "security" before a personnel noun is a kind of personnel, like "army" or "police".
        ("About 8,000 security personnel were deployed in the capital ahead of the vote.", [8_000]),
        ("Some 3,500 security forces were sent to the district, officials said.", [3_500]),
        ("Over 1,20,000 security personnel will be on duty for polling, the commission said.", [120_000]),
        # ... while security guards or officers of a civilian place stay no troop count.
        ("About 500 security guards were hired for the concert.", []),
        ("About 40 security officers patrol the mall.", []),
    ],
)
def test_security_personnel_are_personnel(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "Officer" ends a title before a name, as "Minister" or "Secretary" does.
        (
            "About 9,000 personnel were deployed, Chief Electoral Officer Anil Kumar Rao said.",
            "Anil Kumar Rao",
        ),
        ("Some 2,000 soldiers are on duty, Deputy Chief Officer Grace Wanjiru said.", "Grace Wanjiru"),
        ("Around 600 troops were sent, Principal Officer Tomas Ruiz said.", "Tomas Ruiz"),
        # ... an officer without a name stays the officer.
        ("About 900 troops were deployed, the commanding officer said.", "officer"),
    ],
)
def test_officer_is_a_title_before_a_name(text: str, actor: str) -> None:
    claims = extract_claims(read_document(text))
    assert [c.actor.name for c in claims if c.actor is not None] == [actor]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Troopers" are soldiers where the sentence speaks of an armed force.
        ("The army sent 1,200 troopers to the border, the general said.", [1_200]),
        ("The military deployed some 800 troopers to the island.", [800]),
        ("About 2,000 troopers of the armed forces were flown in.", [2_000]),
        # ... but "state troopers" on a highway are police.
        ("About 300 state troopers patrolled the highway on Friday.", []),
    ],
)
def test_troopers_are_personnel_in_a_military_sentence(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "army" in lower case before a personnel noun is the kind of personnel, not a count of armies.
        ("As many as 30,000 army personnel will be on the ground, the division said.", [30_000]),
        ("About 4,500 army soldiers were deployed to the flooded districts.", [4_500]),
        ("Some 700 army troops have been sent to the border, officials said.", [700]),
        # ... a count of army units is still no personnel count.
        ("The country has 3 army divisions on the border.", []),
    ],
)
def test_army_before_a_personnel_noun_is_its_kind(text: str, found: list[int]) -> None:
    assert [c.quantity.value for c in extract_claims(read_document(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Soldiers promoted are counted for a career step, not a posting: no deployment.
        ("About 450 soldiers were promoted to the rank of sergeant, the ministry said.", [(450, "other")]),
        ("Some 2,300 troops have been promoted after the campaign, the army said.", [(2_300, "other")]),
        ("The minister added that 1,117 officers were promoted this year.", []),
        # ... while a promoted speaker leaves the troops he counts deployed.
        ("Some 3,000 troops have been deployed, the newly promoted general said.", [(3_000, "deployed")]),
    ],
)
def test_promoted_soldiers_are_no_deployment(text: str, found: list[tuple[int, str]]) -> None:
    claims = extract_claims(read_document(text))
    assert [(c.quantity.value, c.measure.value) for c in claims] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A count after its personnel noun, set off by a comma: "troops, numbering about 1,300".
        (
            "The French soldiers, numbering about 800, will leave Chad by January, the minister said.",
            [(800, "deployed")],
        ),
        (
            "The peacekeepers, totalling some 2,000, are stationed in the south, the UN said.",
            [(2000, "deployed")],
        ),
        (
            "Officials said the remaining troops, numbering 350, were moved to the capital.",
            [(350, "deployed")],
        ),
        (
            "The marines, numbering roughly 1,500, arrived in Darwin on Monday, officials said.",
            [(1500, "deployed")],
        ),
        # ... not a count of anything but personnel.
        ("The villages, numbering about 40, were evacuated, the army said.", []),
        ("The units, numbering 12, were sent to the border, the army said.", []),
    ],
)
def test_a_count_numbering_its_noun_after_a_comma(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Members of an armed force named by its short form (a Defence Force's or Armed Forces') are personnel.
        (
            "The cabinet approved the employment of 150 members of the KDF in Haiti, the statement said.",
            [(150, "deployed")],
        ),
        (
            "About 600 members of the NZDF will travel to Fiji next month, the minister said.",
            [(600, "expected_total")],
        ),
        ("Some 90 engineers of the UPDF arrived in Juba on Friday, officials said.", [(90, "deployed")]),
        ("The minister said 1,200 members of the SAF took part in the parade.", [(1200, "deployed")]),
        # ... not members of a party or an association named by its short form.
        ("About 600 members of the ANC attended the rally in Durban, the party said.", []),
        ("Some 300 members of the NAACP marched in the city on Saturday.", []),
    ],
)
def test_members_of_an_armed_forces_short_form_are_personnel(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A name's bracketed short form does not end the clause whose verb gives the count's tense.
        (
            "About 600 soldiers from the Kenya Defence Forces (KDF) will join the mission in Haiti next month.",
            [(600, "expected_total")],
        ),
        (
            "Some 250 personnel of the New Zealand Defence Force (NZDF) are set to travel to the Solomon Islands.",
            [(250, "expected_total")],
        ),
        (
            "Around 1,500 troops of the Malaysian Armed Forces (MAF) will take part in the drills, the ministry said.",
            [(1500, "expected_total")],
        ),
        # ... and a past verb after it stays a fact.
        (
            "About 400 soldiers from the Kenya Defence Forces (KDF) arrived in Haiti on Monday, the ministry said.",
            [(400, "deployed")],
        ),
    ],
)
def test_a_short_form_in_brackets_ends_no_clause(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A place named in lower case as a capitalised title's owner is no part of the title.
        (
            "About 500 troops were sent to the border, the country's Chief of Defence Staff said.",
            "Chief of Defence Staff",
        ),
        (
            "About 500 troops were sent to the border, the province's Police Commissioner said.",
            "Police Commissioner",
        ),
        (
            "About 500 troops were sent to the border, the nation's Joint Chiefs of Staff said.",
            "Joint Chiefs of Staff",
        ),
        # ... not an armed body's, nor a lower-case role's.
        (
            "About 900 soldiers were deployed in the north, the army's Chief of Staff said.",
            "army's Chief of Staff",
        ),
        ("About 500 troops were sent to the border, the region's governor said.", "region's governor"),
    ],
)
def test_a_places_possessive_before_a_title_is_dropped(text: str, actor: str) -> None:
    (claim,) = extract_claims(read_document(text))
    assert claim.actor.name == actor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Troops asked for are a request, no troops there or promised.
        (
            "The Baltic states have asked Washington for 3,000 more soldiers, officials said.",
            [(3_000, "other")],
        ),
        ("Mali requested another 1,200 peacekeepers on Monday, the UN said.", [(1_200, "other")]),
        ("The general is asking for up to 5,000 troops, officials said.", [(5_000, "other")]),
        ("Diplomats said the commander's request for 2,500 soldiers would be met.", [(2_500, "other")]),
        # ... a request forecast is a projection, and troops sent after one are deployed.
        ("Analysts say Moscow could ask for as many as 20,000 more troops.", [(20_000, "expected_total")]),
        ("Asked for comment, officials said 4,000 troops were deployed.", [(4_000, "deployed")]),
    ],
)
def test_troops_asked_for_are_a_request(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A count an if-clause supposes, or a minimum a task needs, is a hypothesis or a threshold.
        (
            "If 5,000 soldiers were deployed, the mission would cost $2 billion, analysts said.",
            [(5_000, "other")],
        ),
        ("Unless another 3,000 troops arrive, the line will break, the general warned.", [(3_000, "other")]),
        ("Holding the corridor needs at least 12,000 troops, the report said.", [(12_000, "other")]),
        ("Officers said the mission would require more than 8,000 soldiers.", [(8_000, "other")]),
        # ... a plan's own size is its expected total, and troops sent before a condition are deployed.
        ("The plan would require up to 6,000 personnel, newspapers reported.", [(6_000, "expected_total")]),
        (
            "Some 2,000 troops were deployed, and more will follow if needed, officials said.",
            [(2_000, "deployed")],
        ),
    ],
)
def test_a_supposed_or_required_count_is_no_troop_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A total over years counts all who ever served or were trained, not those there now.
        (
            "Some 25,000 Irish soldiers have served in Lebanon since 1978, the ministry said.",
            [(25_000, "other")],
        ),
        ("Since 2015, about 2,000 British instructors have trained Ukrainian troops.", [(2_000, "other")]),
        (
            "Since the start of the mission the instructors have trained 12,000 recruits, it said.",
            [(12_000, "other")],
        ),
        # ... without "since", or in the present, the troops are counted as there.
        (
            "About 1,000 soldiers have served in the new brigade this year, the army said.",
            [(1_000, "deployed")],
        ),
        ("Since 2020, 500 Estonian troops have been deployed to Mali.", [(500, "deployed")]),
    ],
)
def test_a_total_over_years_is_no_troop_count(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A whole army's size, in apposition or as what allied armies could field, is a formation.
        (
            "Egypt's army, some 440,000 strong, held drills near the border, state media said.",
            [(440_000, "formation")],
        ),
        (
            "The Gulf armies that could together field 150,000 soldiers met on Monday.",
            [(150_000, "formation")],
        ),
        (
            "Its armed forces, about 120,000 strong, are the largest in the region, officials said.",
            [(120_000, "formation")],
        ),
        # ... a contingent sized so, or troops named after the army, are deployed.
        ("The contingent, about 2,000 strong, arrived in Juba, the UN said.", [(2_000, "deployed")]),
        (
            "Sent by the army, 3,000 soldiers arrived in Goma on Monday, officials said.",
            [(3_000, "deployed")],
        ),
    ],
)
def test_a_whole_armys_size_is_a_formation(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A rotation's yearly flow through a place is a rate, not those there.
        (
            "About 4,000 Dutch soldiers rotate through the Lithuanian base every year, officials said.",
            [(4_000, "rate")],
        ),
        (
            "Some 1,500 marines will rotate through Darwin's training area each year, the ministry said.",
            [(1_500, "rate")],
        ),
        ("Roughly 800 troops rotated into the garrison a month during the war, it said.", [(800, "rate")]),
        # ... a rotation once, or those rotated out, count troops.
        ("About 900 soldiers will rotate home in June, the army said.", [(900, "expected_total")]),
    ],
)
def test_a_rotations_yearly_flow_is_a_rate(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A semicolon ends a clause: no speaker's name spans it.
        (
            "Kigali denies sending troops to Congo; the UN panel says 4,000 Rwandan troops are there.",
            ["United Nations"],
        ),
        (
            "Talks opened in Minsk; the region's governor says 3,000 Russian soldiers crossed.",
            ["region's governor"],
        ),
        (
            "Talks stalled in Geneva; the Pentagon said 900 US troops remain in Syria.",
            ["US Department of Defense"],
        ),
        # ... a name with no semicolon inside it stays whole.
        ("The Kenyan Defence Forces said 1,000 Kenyan troops were in Haiti.", ["Kenyan Defence Forces"]),
    ],
)
def test_a_semicolon_ends_a_speakers_name(text: str, actors: list[str]) -> None:
    assert _actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number said to be there now, after troops named in its sentence, counts those troops.
        (
            "About 20,000 French soldiers have served in Mali since 2013; some 900 are there now, the ministry said.",
            [(20_000, "other"), (900, "deployed")],
        ),
        (
            "The plan needs at least 8,000 troops, far more than the 2,000 or so now stationed in Kosovo.",
            [(8_000, "other"), (2_000, "deployed")],
        ),
        (
            "The army said 1,200 soldiers rotate through the camp each year, though only 300 are still there.",
            [(1_200, "rate"), (300, "deployed")],
        ),
        # ... a bare number with no "there" or posting after it is no count of them.
        ("The army sent 1,000 soldiers to the border; 300 said they were tired.", [(1_000, "deployed")]),
    ],
)
def test_a_bare_number_there_now_counts_the_troops_before(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # Evidence cited with no issuer named is the speaker's own grounds: the claim stays the speaker's.
        (
            "The French defence minister told senators, citing a classified assessment, that 4,000 Russian "
            "troops were in Mali.",
            ["French defence minister"],
        ),
        (
            "Some 2,500 soldiers have crossed the border, the Kenyan army said, citing intelligence.",
            ["Kenyan army"],
        ),
        (
            "The Pentagon, citing an internal estimate, said 700 US troops remain in Iraq.",
            ["US Department of Defense"],
        ),
        # ... a named or qualified source cited is the origin behind the speaker.
        (
            "A senior NATO official, citing allied intelligence, said 30,000 Russian troops were in Belarus.",
            ["allied intelligence"],
        ),
    ],
)
def test_evidence_cited_without_an_issuer_leaves_the_claim_with_the_speaker(
    text: str, actors: list[str]
) -> None:
    assert _actors(text) == actors


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An owner's force in a military sentence is its troops: a change's "from" figure is deployed, a
        # planned "to" the total expected.
        (
            "Italy will reduce its force in Lebanon from 1,100 to 600 next year, the defence ministry said.",
            [(1_100, "deployed"), (600, "expected_total")],
        ),
        (
            "Britain's force in Estonia was cut from 900 to 400 last year, the army said.",
            [(900, "deployed"), (400, "deployed")],
        ),
        (
            "Kenya has cut their force at the base from 1,500 to 400, military officials said.",
            [(1_500, "deployed"), (400, "deployed")],
        ),
        # ... a police force, or a sentence with nothing military in it, counts no troops.
        ("The city will cut its police force from 1,000 to 300 by the summer, the mayor said.", []),
        ("The firm will cut its force in Chad from 1,000 to 300 by the summer, the company said.", []),
    ],
)
def test_an_owners_force_in_a_military_sentence_is_its_troops(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare number that a pull-out leaves counts the troops named before it, wherever they stay.
        (
            "Officials said Russia had withdrawn most of its troops from the region, leaving fewer than 2,000.",
            [(2_000, "deployed")],
        ),
        (
            "Spain will bring home 400 of its soldiers from Latvia, leaving about 200 at the base.",
            [(400, "expected_total"), (200, "expected_total")],
        ),
        (
            "The army moved its marines off the island last month, leaving only 150 on the island, the ministry said.",
            [(150, "deployed")],
        ),
        (
            "Germany pulled its soldiers out of Mali in 2023, leaving roughly 1,000 in Niger.",
            [(1_000, "deployed")],
        ),
        # ... a number left with a noun of its own is not the troops.
        ("The army withdrew its troops from the town, leaving 300 residents without protection.", []),
    ],
)
def test_what_a_pull_out_leaves_counts_the_troops_named_before(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Troops offered are a plan, like troops pledged: the total expected, not those there.
        ("Officials said Madrid had offered about 300 soldiers for the mission.", [(300, "expected_total")]),
        (
            "Seoul asked for more help, and Canada has offered up to 250 troops, the ministry said.",
            [(250, "expected_total")],
        ),
        (
            "Brazil offered 1,000 peacekeepers to the UN force in Haiti last week.",
            [(1_000, "expected_total")],
        ),
        # ... offering an estimate is stating one.
        (
            "Army officials offered a higher estimate: up to 3,000 soldiers, most already in the province.",
            [(3_000, "deployed")],
        ),
    ],
)
def test_troops_offered_are_a_plan(text: str, found: list[tuple[int, str]]) -> None:
    assert _found(text) == found


# ------------------------------------------------------------------ fast paths of the per-claim readers

_PIECES = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), max_size=6)


@given(pieces=_PIECES, data=st.data())
def test_claim_span_maps_to_the_original_as_the_document_does(
    pieces: list[tuple[int, int]], data: st.DataObject
) -> None:
    # ``_to_original`` maps a range held by one kept piece by that piece's shift: the map's own answer.
    from claimkit.extract.claims import _to_original

    offsets = offsets_of(pieces)
    n = offsets.clean_length + 2
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start + 1, n + 1))
    at = sum(gap + size for gap, size in pieces)  # the original length
    doc = Document(text="x" * (at + 4), source=Source(id="s"), clean="x" * n, offsets=offsets, sentences=())
    assert _to_original(doc, start, end) == doc.clean_to_original(start, end)


def _needle_words() -> list[str]:
    from claimkit.extract.claims import _BITS_OF

    return sorted({needle for needles in _BITS_OF for needle in needles})


@given(
    pieces=st.lists(
        st.one_of(st.sampled_from(_needle_words()), st.text(alphabet="abdeilnorstwy '’-.,é", max_size=6)),
        max_size=12,
    )
)
def test_needle_bits_say_what_the_plain_needle_tests_say(pieces: list[str]) -> None:
    # One scan of a window sets a group's bit exactly where ``_may`` finds one of the group's needles in it.
    from claimkit.extract.claims import _BITS_OF, _may, _needle_bits

    window = "".join(pieces)
    bits = _needle_bits(window)
    for needles, bit in _BITS_OF.items():
        assert bool(bits & bit) == _may(window, needles), (window, needles)
        assert _needle_bits(None) & bit


@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(_needle_words()),
            st.text(alphabet="adeilnorstwy '’-.,é\t\n\u00a0\u2003\x1c1", max_size=6),
        ),
        max_size=12,
    ),
    cleared=st.booleans(),
)
def test_needle_bits_of_words_are_the_bits_of_runs(pieces: list[str], cleared: bool) -> None:
    # The bits of a window are read off its words between spaces (any whitespace, memoised or not): they
    # are those of its runs of letters, as ``_run_bits`` gives them.
    from claimkit.extract import claims

    window = "".join(pieces)
    if cleared:
        claims._TOKEN_BITS.clear()
        claims._PLAIN_TOKENS.clear()
    plain = 0
    for run in claims._LETTER_RUN.findall(window):
        plain |= claims._run_bits(run)
    for needle, bit in claims._ODD_NEEDLES:
        if needle in window:
            plain |= bit
    assert claims._needle_bits(window) == plain
    assert claims._needle_bits(window) == plain  # memoised

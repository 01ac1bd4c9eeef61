"""Reporting cues: who speaks, by which grammar, and which cue governs a number."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimkit.dates import reads_as_ascii
from claimkit.extract import attribution
from claimkit.extract.attribution import CueIndex, CueKind, cited_origin, find_cues, governing_cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On October 21, 2024, South Korea’s intelligence agency revealed that 1,500 troops left.",
            [("speech", "South Korea’s intelligence agency")],
        ),
        (
            "On October 23, U.S. National Security Council spokesman John F. Kirby stated that 3,000 had moved.",
            [("speech", "U.S. National Security Council spokesman John F. Kirby")],
        ),
        (
            "In October, Ukrainian, South Korean, and US officials began warning that 10,000 soldiers were there.",
            [("speech", "Ukrainian, South Korean, and US officials")],
        ),
        ("About 8,000 troops are in Kursk, the White House said.", [("speech", "the White House")]),
        (
            "Some 2,000 troops are there, according to a report by the Pentagon.",
            [("according", "the Pentagon")],
        ),
        (
            "Reports from South Korea’s National Intelligence Service suggest 12,000 will go.",
            [("report", "South Korea’s National Intelligence Service")],
        ),
        ("It was reported by Yonhap that 10,000 troops had left.", [("passive", "Yonhap")]),
        (
            "A spokesman for the Ukrainian army, Andriy Kovalenko, said 3,000 troops were training.",
            [("speech", "A spokesman for the Ukrainian army, Andriy Kovalenko")],
        ),
        ("The DIA also said the soldiers appear to be headed to Kursk.", [("speech", "The DIA")]),
        ("Ukraine has already reported that six soldiers were killed.", [("speech", "Ukraine")]),
        (
            "The Pentagon, which on November 18 put the number of troops at 10,000, disagreed.",
            [("speech", "The Pentagon")],
        ),
        # "puts ... at" reports a figure as "put ... at" does; never "puts on" without "at".
        (
            "Poland's defence ministry now puts it at roughly ten thousand.",
            [("speech", "Poland's defence ministry")],
        ),
        ("Kyiv puts their number at around 9,000.", [("speech", "Kyiv")]),
        ("The Pentagon puts the US presence in Iraq at 2,500.", [("speech", "The Pentagon")]),
        ("The UN puts the strength of the mission at 10,000 troops.", [("speech", "The UN")]),
        ("The army puts on a parade of 3,000 troops every May.", []),
        # An aside on how the subject speaks sits between it and its verb: the subject speaks.
        (
            "A senior Western official, speaking on condition of anonymity, said Iran had 100 advisers.",
            [("speech", "A senior Western official")],
        ),
        ("A diplomat, who asked not to be named, said 500 troops left.", [("speech", "A diplomat")]),
        ("An officer, speaking to reporters in Kyiv, said 3,000 troops arrived.", [("speech", "An officer")]),
        # Any other aside before "said" leaves the speaker after the verb.
        (
            "About 3,000 troops arrived, bringing the total to 11,000, said Kirby.",
            [("speech", "Kirby")],
        ),
        # Title words inside a speaker's phrase: "foreign policy chief", "head of military operations".
        (
            "About 5,000 troops will go, the bloc's foreign policy chief said.",
            [("speech", "the bloc's foreign policy chief")],
        ),
        (
            "The head of military operations said 300 troops left.",
            [("speech", "The head of military operations")],
        ),
        (
            "About 500 troops left, the army's media affairs chief said.",
            [("speech", "the army's media affairs chief")],
        ),
        ("About 500 troops left, the public said.", []),
        # A lower-case pronoun after a clause break speaks ("..., it added"); inside a clause it does not.
        ("That number will rise to about 5,000 next year, it added.", [("speech", "it")]),
        ("About 500 troops left, he said.", [("speech", "he")]),
        ("“About 500 troops left,” she said.", [("speech", "she")]),
        ("State television showed what it said were 100 instructors.", []),
        # armed groups speak: rebels, insurgents, militants, separatists
        (
            "In July, Tuareg-led rebels said at least 47 fighters were killed.",
            [("speech", "Tuareg-led rebels")],
        ),
        ("Houthi insurgents claimed 30 soldiers died.", [("speech", "Houthi insurgents")]),
        ("Pro-Russian separatists said 200 troops had left.", [("speech", "Pro-Russian separatists")]),
        ("The militants said 12 soldiers were captured.", [("speech", "The militants")]),
        # "offered an estimate", past an aside on how the subject spoke
        (
            "Israeli military officials, briefing reporters on Monday, offered a higher estimate: 3,000 fighters.",
            [("speech", "Israeli military officials")],
        ),
        ("The ministry offered no figure, but 500 troops left.", [("speech", "The ministry")]),
        # a time after the object of "according to" is no part of the speaker
        (
            "Militias had 20,000 fighters, according to Western intelligence assessments at the time.",
            [("according", "Western intelligence assessments")],
        ),
        ("About 500 troops left, according to NATO last year.", [("according", "NATO")]),
        ("About 500 troops left, according to a UN panel in 2019.", [("according", "a UN panel")]),
        # a surname opened by a lower-case particle
        (
            "No state would accept it, committee member Yasser al-Husseini told a news conference.",
            [("speech", "Yasser al-Husseini")],
        ),
        ("About 500 troops left, spokesman Ahmed el-Sayed said.", [("speech", "spokesman Ahmed el-Sayed")]),
        ("Ali ibn-Rashid said 300 soldiers had arrived.", [("speech", "Ali ibn-Rashid")]),
        # a particle without a name after it is no name
        ("Troops massed at al-qaim said nothing.", []),
        # "the offer of" is a noun, no cue
        ("The offer of 500 troops stands.", []),
        # a source in parentheses after a figure (fact boxes, bullets); a people's estimate is its country's
        ("Troops in Mali: about 1,500 (UN figures)", [("according", "UN")]),
        ("Russian soldiers: 3,000 (Ukrainian estimate)", [("according", "Ukraine")]),
        ("Some 600 marines arrived (source: Pentagon).", [("according", "Pentagon")]),
        (
            "North Korean troops: 11,000 (South Korean intelligence)",
            [("according", "South Korean intelligence")],
        ),
        # ... never a wire credit or a name in parentheses
        ("MOSCOW (Reuters) Some 600 marines arrived.", []),
        ("The Rashtriya Rifles (RR) moved 4,000 men.", []),
        # a source signing off a headline or an answer after a final dash, or a headline after a colon
        ("Russia moves 2,000 more troops to Belarus — Kyiv", [("speech", "Kyiv")]),
        (
            "We count 900 of them. — Col. Ivan Petrenko, army spokesman, on television",
            [("speech", "Col. Ivan Petrenko")],
        ),
        (
            "Junta has drafted 9,000 soldiers since May: Human Rights Watch",
            [("speech", "Human Rights Watch")],
        ),
        (
            "Mali hosts 1,000 Russian fighters – Institute for the Study of War",
            [("speech", "Institute for the Study of War")],
        ),
        # a report's participle and its time are no part of its author's name
        (
            "Some 2,000 troops are there, according to a report by the Crisis Group published on Monday.",
            [("according", "the Crisis Group")],
        ),
        ("About 900 troops remain, according to a report by RAND released in May.", [("according", "RAND")]),
        (
            "About 900 troops remain, according to data issued this week by the alliance.",
            [("according", "data issued this week by the alliance")],
        ),
        # ... and a data noun with its participle names the issuer after "by"
        (
            "About 900 troops remain, according to figures published by the ministry.",
            [("according", "the ministry"), ("passive", "the ministry")],
        ),
        # a news agency and a numbered unit are names
        ("Some 2,000 troops took part, Xinhua news agency reported.", [("speech", "Xinhua news agency")]),
        (
            "About 400 troops are there, the state news agency KCNA said.",
            [("speech", "the state news agency KCNA")],
        ),
        (
            "The carrier arrived with 5,000 sailors, the U.S. Navy's 5th Fleet said.",
            [("speech", "the U.S. Navy's 5th Fleet")],
        ),
        (
            "Some 800 troops left the city, the 3rd Assault Brigade said.",
            [("speech", "the 3rd Assault Brigade")],
        ),
        # ... never a bare count before the verb
        ("The unit lost 5 in the attack, 12 said.", []),
        # ... never a clause after a dash, nor a colon opening a label or a sentence
        ("Russia sent 3,000 troops — North Korea sent more.", []),
        ("Key figures: Russian Troops", []),
        ("Update: 3,000 troops have crossed.", []),
        # not cues: passive "expected", a noun after a possessive, "States" in a name
        ("Up to 10,000 troops are expected to be in combat.", []),
        ("The agency's estimate is higher.", []),
        ("The United States has 100,000 troops in Europe.", []),
    ],
)
def test_find_cues(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind.value, c.speaker) for c in find_cues(sentence)] == expected


def test_citing_names_the_origin_behind_the_speaker() -> None:
    cues = find_cues(
        "NBC News, utilizing information from South Korean intelligence services, reports that 3,000 left."
    )
    cited = cited_origin(cues)
    assert cited is not None
    assert cited.speaker == "South Korean intelligence services"
    assert [c.speaker for c in cues if c.kind is CueKind.SPEECH] == ["NBC News"]


def test_told_keeps_the_audience() -> None:
    (cue,) = find_cues("Military sources told Yonhap that 2,000 troops had moved.")
    assert (cue.speaker, cue.told) == ("Military sources", "Yonhap")


@pytest.mark.parametrize(
    ("sentence", "number", "speaker"),
    [
        ("The ministry said 3,000 troops left, officials added.", "3,000", "The ministry"),
        ("About 3,000 troops left, officials added.", "3,000", "officials"),
        ("Kyiv says 500 died, and Moscow says 3,000 did.", "3,000", "Moscow"),
    ],
)
def test_governing_cue(sentence: str, number: str, speaker: str) -> None:
    cues = find_cues(sentence)
    position = sentence.index(number)
    cue = governing_cue(cues, position)
    assert cue is not None
    assert cue.speaker == speaker
    assert CueIndex.of(cues).governing(position) == cue


def test_no_cue_governs_in_a_sentence_without_cues() -> None:
    assert governing_cue(find_cues("Some 40,000 troops are massing."), 5) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Some 900 troops are there, according to figures released by the Defence Ministry.",
            "the Defence Ministry",
        ),
        (
            "Some 900 troops are there, according to official data published by the UN agency.",
            "the UN agency",
        ),
        ("Some 900 troops are there, according to statistics compiled by Eurostat.", "Eurostat"),
        ("Some 900 troops are there, according to the Pentagon's latest personnel data.", "the Pentagon"),
        ("Some 900 troops are there, according to Kyiv's own figures.", "Kyiv"),
        (
            "Some 900 troops are there, according to a military source quoted by Le Monde.",
            "a military source",
        ),
        ("Some 900 troops are there, according to an official cited by Reuters.", "an official"),
        # Not a data noun's owner: the possessive names a person's role, who speaks.
        ("Some 900 troops are there, according to the ministry's spokesman.", "the ministry's spokesman"),
    ],
)
def test_according_to_data_names_its_issuer(sentence: str, speaker: str) -> None:
    assert find_cues(sentence)[0].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "told"),
    [
        (
            "Some 900 troops will leave, the mission's head, Jane Doe, told the Security Council.",
            "the mission's head, Jane Doe",
            "the Security Council",
        ),
        (
            "Some 900 troops will leave by July, the minister, Ali Khan, told parliament.",
            "the minister, Ali Khan",
            "parliament",
        ),
        (
            "Some 900 troops will leave, Ali Khan, the defence minister, told lawmakers.",
            "Ali Khan",
            "lawmakers",
        ),
        # Not after a comma: a closing quote before "told" still inverts, the speaker follows
        ('"Some 900 troops will leave," told the minister.', "the minister", None),
    ],
)
def test_told_after_an_appositive_has_its_subject_before(
    sentence: str, speaker: str, told: str | None
) -> None:
    (cue,) = find_cues(sentence)
    assert (cue.speaker, cue.told) == (speaker, told)


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Almost 2,000 soldiers are patrolling Rome, the city's prefecture said.", ["the city's prefecture"]),
        ("Some 500 police officers were deployed, the regional prefect said.", ["the regional prefect"]),
        ("About 300 soldiers help in the clean-up, the municipality said.", ["the municipality"]),
        ("About 300 soldiers help in the clean-up, the mayor of Naples said.", ["the mayor of Naples"]),
        # Not a body: a lower-case noun outside the list of offices reads no speaker
        ("About 300 soldiers were sent, and the town said nothing.", []),
    ],
)
def test_local_administrations_speak(sentence: str, speakers: list[str]) -> None:
    assert [c.speaker for c in find_cues(sentence)] == speakers


# Pieces of reporting sentences (cues, speakers, their neighbours), each as written or in another case (some with
# any letters upper-cased), joined by separators that make or break words and the ASCII reading ("\x1c", "é", the typographic marks).
_CUE_PIECES = [
    "according to", "a report by", "a report in", "reported by", "as reported by", "cited by", "was said by",
    "citing", "quoting", "using data from", "based on figures from", "reports from", "the allegation by",
    "figures released by", "by", "from", "the Pentagon's latest data", "the ministry", "South Korea’s NIS",
    "said", "says", "told reporters", "added", "states that", "figures show that", "put the number at",
    "revised down to", "officials", "Kirby", "U.S.", "John F. Kirby", "spokesman", "the", "and", "has", "also",
    "it", "he", "500 troops", "left", "on Monday", "(Ukrainian estimate)", "(source: NATO)", "— Seoul", ":",
    "x" * 70, "éa", "_", "essays", "puts", "the witness accepted that", "data indicated that", "United States",
    "officials said", "Kirby said", "the ministry says",
]  # fmt: skip
_CUE_SEPARATORS = [" ", " ", "", "  ", ",", ", ", ".", "-", "\n", "’", "“", "”", "—", "\x1c", "\xa0", "ſ"]


@st.composite
def _cue_texts(draw: st.DrawFn) -> str:
    out = ""
    for piece in draw(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=10)):
        case = draw(st.sampled_from(["as written", "as written", "upper", "title", "any"]))
        if case == "upper":
            piece = piece.upper()
        elif case == "title":
            piece = piece.title()
        elif case == "any":
            upper = draw(st.lists(st.booleans(), min_size=len(piece), max_size=len(piece)))
            piece = "".join(ch.upper() if up else ch for ch, up in zip(piece, upper, strict=True))
        out += draw(st.sampled_from(_CUE_SEPARATORS)) + piece
    return out + draw(st.sampled_from(_CUE_SEPARATORS))


@given(text=_cue_texts())
@example(text="Some 500 troops left, ACCORDING TO the ministry, as rePorted bY Yonhap.")
@example(text="Data From the agency show that 500 left, CitinG U.S. intelligence.")
@example(text="The Ministry said 500 troops left, according to a report by the Pentagon.")
@example(text="The force left, QuOting Ukrainian intelligence, he said.")
@example(text="Officials said 500 left and Kirby said 600 left, it says.")
def test_fast_paths_read_the_cues_of_the_plain_paths(text: str) -> None:
    # A sentence's ASCII words spare it the needles, scans and tokenisations of the plain paths (which
    # take the Unicode patterns, read alike on text that reads as ASCII): the cues are the same.
    assert find_cues(text) == attribution._find_cues(text, None, False)


_SUBJECT_PIECES = [
    "South", "Korea's", "Korea’s", "National", "Intelligence", "Service", "the", "of", "and", "officials", "U.S.",
    ",", "“We", "believe”", "has", "also", "Ukrainian", "American", "analyst", "al-Husseini", "5th", "Fleet",
    "NATO", "Secretary", "General", "Mark", "Rutte", "officials’", "10:42", "GMT", "—", "–", "•", "|", ";", "&",
    "U.S.-led", "…", "‘", "x_y", "it", "or",
]  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_SUBJECT_PIECES), min_size=1, max_size=16),
    gaps=st.lists(
        st.sampled_from([" "] * 6 + ["", "  ", "\n", ",", "-", "’", "“", "\x1c"]), min_size=16, max_size=16
    ),
    cut=st.booleans(),
)
@example(words=["the", "U.S.", "Navy’s", "5th", "Fleet"], gaps=[" "] * 16, cut=False)
@example(words=["‘", "Mark", "Rutte"], gaps=["", "", " "] + [" "] * 13, cut=False)
def test_subject_walk_over_tokens_split_in_c_reads_as_over_the_pattern(
    words: list[str], gaps: list[str], cut: bool
) -> None:
    # A window that reads as ASCII is tokenised by a byte table and its phrase's ends placed by ``rfind``:
    # the subject is the one the pattern's tokens with their offsets give, from every start of the window.
    sentence = "".join(g + w for g, w in zip(gaps, words, strict=False)) + " said"
    stop = len(sentence) - len(" said")
    if not (sentence.isascii() or reads_as_ascii(sentence)):
        return  # the fast path reads ASCII windows, and windows of text that reads as ASCII
    for begin in range(stop + 1):
        fast = attribution._walk_back(sentence, begin, stop, cut, True)
        assert fast == attribution._walk_back(sentence, begin, stop, cut, False), (sentence, begin)


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        (
            "a spokesman for the ministry, Ivan Petrov, said 3,000 troops left.",
            "a spokesman for the ministry, Ivan Petrov",
        ),
        ("Ivan Petrov, the unit's commander, said 3,000 troops left.", "Ivan Petrov"),
        ("the museum's curator, Paul Durand, said 300 visitors came.", "Paul Durand"),
        ("the report, citing U.S. intelligence, said 8,000 left.", "the report"),
    ],
)
@pytest.mark.parametrize("preamble", [0, 120, 400, 1200])
def test_an_appositive_speaker_is_read_however_far_into_the_sentence(
    clause: str, speaker: str, preamble: int
) -> None:
    # The subject's window is the last few hundred characters before the verb: the asides between
    # commas must be placed in the sentence, not in that window.
    sentence = "Late on Monday " * (preamble // 15) + "and, as expected, " + clause
    speakers = [c.speaker for c in find_cues(sentence) if c.kind.value == "speech"]
    assert speakers == [speaker]

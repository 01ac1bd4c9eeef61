"""Stances: denials and assertions, their actors, targets and spans."""

from __future__ import annotations

import pytest

from claimkit.documents import load_corpus, read_document
from claimkit.extract import extract_stances
from claimkit.model import Polarity

NK = "North Korean troops deployed to Russia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang and the Kremlin also both maintain that the reports of North Korean troops in Russia are false.",
            [("North Korea", "denies", NK), ("Russia", "denies", NK)],
        ),
        (
            "At the UN, North Korean representatives referred to reports of North Korean troops in Russia as “rumors.”",
            [("North Korea", "denies", NK)],
        ),
        ("Pyongyang denied sending any soldiers to Russia.", [("North Korea", "denies", NK)]),
        (
            "The Kremlin dismissed the reports of North Korean troops in Kursk as fake news.",
            [("Russia", "denies", NK)],
        ),
        (
            "Seoul summoned the Russian ambassador to protest North Korea’s deployment of troops to Russia.",
            [("South Korea", "asserts", NK)],
        ),
        (
            "The South Korean Foreign Ministry summoned the Russian envoy to protest the deployment of North Korean "
            "troops to Russia.",
            [("South Korea's Foreign Ministry", "asserts", NK)],
        ),
        (
            "A US Department of Defense spokesperson warned that if North Korean troops enter combat in Russia, "
            "they are legitimate targets.",
            [("US Department of Defense", "asserts", NK)],
        ),
        ("Ukraine confirmed that North Korean troops had been sent to Russia.", [("Ukraine", "asserts", NK)]),
        # no stance on a reported fact
        ("The minister confirmed the date of the summit.", []),
        ("Officials said 3,000 troops had arrived.", []),
    ],
)
def test_stances(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value, s.target) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a reflexive between the subject and its verb
        ("Rwanda has consistently denied deploying soldiers in Congo.", [("Rwanda", "denies")]),
        ("Moscow has flatly denied sending troops to Syria.", [("Russia", "denies")]),
        ("The Kremlin itself denies sending soldiers abroad.", [("Russia", "denies")]),
        (
            "Pyongyang has categorically rejected reports of its troops in Russia.",
            [("North Korea", "denies")],
        ),
        # a pronoun subject after "but" takes the sentence's opening subject
        (
            "Turkey's defence ministry gives no figures, but it confirmed that Turkish forces were in Iraq.",
            [("Turkey's defence ministry", "asserts")],
        ),
        (
            "The Belarusian army publishes no numbers, but it acknowledged that troops were at the border.",
            [("Belarusian army", "asserts")],
        ),
        # a pronoun opening the sentence has no antecedent in it
        ("It confirmed that troops were there.", []),
        # "there are no <troops>" denies their presence: for the speaker, or the document's own voice
        ("The minister said there are no British troops in Ukraine.", [("minister", "denies")]),
        (
            "Answered by: Ann Lee MP\n\nThere are no British combat troops deployed in Ukraine.",
            [("Ann Lee", "denies")],
        ),
        ("There are no US soldiers left in Niger, the ministry said.", [("ministry", "denies")]),
        # ... not "no" before something other than troops.
        ("There is no mobilisation against anyone, the minister said.", []),
    ],
)
def test_stance_subjects(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


def test_anaphoric_object_takes_the_document_topic() -> None:
    doc = read_document(
        "North Korean troops have been sent to Russia, officials say. "
        "At the UN, North Korean representatives called the accusations groundless."
    )
    (stance,) = extract_stances(doc)
    assert (stance.actor.name, stance.polarity, stance.target) == ("North Korea", Polarity.DENIES, NK)


def test_stance_spans_slice_the_original_text() -> None:
    for doc in load_corpus():
        for stance in extract_stances(doc):
            assert doc.text[stance.span.start : stance.span.end] == stance.evidence
            assert stance.evidence


def test_denial_of_two_actors_is_two_stances_with_one_span() -> None:
    doc = read_document("Moscow and Pyongyang deny that North Korean soldiers are in Russia.")
    stances = extract_stances(doc)
    assert [s.actor.name for s in stances] == ["Russia", "North Korea"]
    assert stances[0].span == stances[1].span


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A short reference resolves to the actor named before, as a claim's speaker does.
        (
            "South Korea's defense ministry said 150 troops were in the UAE. Separately, the ministry flatly denied "
            "reports that it would send troops to Ukraine.",
            "South Korea's Defense Ministry",
        ),
        (
            "The Pentagon said 2,000 troops were there. The department denied reports that US troops had entered Syria.",
            "US Department of Defense",
        ),
        (
            "Defence Minister Park Jae-hoon spoke on Friday, the ministry said. Park denied that South Korean troops "
            "were in Ukraine.",
            "Park Jae-hoon",
        ),
        (
            "NATO said on Monday that 4,000 troops had arrived. The alliance later denied that its troops were in "
            "Ukraine.",
            "NATO",
        ),
        # ... and stays as written when nothing was named before it.
        ("The ministry denied reports that Russian troops were in Mali.", "ministry"),
    ],
)
def test_a_stance_speaker_reads_the_memory_of_actors(text: str, actor: str) -> None:
    (stance,) = extract_stances(read_document(text))
    assert stance.actor.name == actor


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a capital speaks for its country; "sending" a denial of its own troops
        ("Kigali denies sending soldiers to Congo.", "Rwandan troops deployed to Congo"),
        # "its troops" are the speaker's; a long country name is written as annotators write it
        (
            "Rwanda denied that any of its troops were operating inside the Democratic Republic of Congo.",
            "Rwandan troops deployed to DR Congo",
        ),
        # a verb of deploying keeps "in"; a direction word stays with the place
        (
            "Turkey confirmed that Turkish forces were operating in northern Iraq.",
            "Turkish troops deployed in northern Iraq",
        ),
        # the sentence's own participle "stationed"; a region named by its country's possessive
        (
            "China denied a report that it had stationed troops at the naval base in Cambodia's Ream.",
            "Chinese troops stationed in Cambodia",
        ),
        # a denial pointing back to the clause before it; "near the <demonym> border" kept as written
        (
            "Ukraine said Belarus had massed 2,000 troops near the Ukrainian border, a figure Minsk rejected.",
            "Belarusian troops massed near the Ukrainian border",
        ),
        # "in the country" is the speaker's country
        (
            "Mali's foreign ministry denied that any Russian troops are deployed in the country.",
            "Russian troops deployed in Mali",
        ),
        # no destination named: no "to ..."
        ("Eritrea denied that Eritrean soldiers had been sent.", "Eritrean troops deployed"),
        # no nationality known: bare troops
        ("The minister denied that any troops had been massed near Tigray.", "troops massed near Tigray"),
    ],
)
def test_stance_target_says_whose_troops_and_where(text: str, target: str) -> None:
    stances = extract_stances(read_document(text))
    assert [s.target for s in stances] == [target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of doubt, and its speaker through "said he"
        (
            "Japan's defence minister said he doubted reports that Chinese troops had been deployed to Myanmar.",
            [("Japan's defence minister", "doubts", "Chinese troops deployed to Myanmar")],
        ),
        # "cast doubt on" the claims of another
        (
            "Azerbaijan cast doubt on Armenian claims that Azerbaijani soldiers had crossed into Armenia.",
            [("Azerbaijan", "doubts", "Azerbaijani troops deployed to Armenia")],
        ),
        # "raised doubts about", "questioned whether", "sceptical of"
        (
            "Poland raised serious doubts about reports of Belarusian troops near Lithuania.",
            [("Poland", "doubts", "Belarusian troops deployed near Lithuania")],
        ),
        (
            "Germany questioned whether Russian troops were in Belarus.",
            [("Germany", "doubts", "Russian troops deployed to Belarus")],
        ),
        (
            "Ukraine remained sceptical of claims that Russian soldiers had been sent to Kherson.",
            [("Ukraine", "doubts", "Russian troops deployed to Kherson")],
        ),
        # a pronoun after a reporting verb: the reporter's stance
        (
            "The Kremlin said that it had rejected claims that Russian troops were in Mali.",
            [("Russia", "denies", "Russian troops deployed to Mali")],
        ),
        # "no doubt" is neither a doubt nor a denial; a doubt about other things than troops is no stance
        ("There is no doubt that Russian troops are in Belarus, Poland said.", []),
        ("Germany questioned the soldiers about the attack.", []),
        ("France doubted the budget figures.", []),
    ],
)
def test_doubts(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value, s.target) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a semicolon or a colon closes the clause before: the subject is what follows it
        (
            "Rwandan soldiers crossed into North Kivu, experts said in a report; Kigali rejected the claim that its "
            "troops were operating in Congo.",
            [("Kigali", "denies")],
        ),
        (
            "Kyiv reported 2,000 troops near the border; the Kremlin and Minsk dismissed the reports of Belarusian "
            "troops in Ukraine.",
            [("Russia", "denies"), ("Belarus", "denies")],
        ),
        (
            "Analysts said Minsk had massed troops near the border: Lukashenko denied it.",
            [("Lukashenko", "denies")],
        ),
        # the speaker of the clause before the break is not the one who denies
        (
            "Lithuania said Belarusian troops were near Vilnius; Minsk denied it.",
            [("Belarus", "denies")],
        ),
    ],
)
def test_a_stance_subject_stops_at_a_clause_break(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a bare title is the person introduced with it before, whatever the memory of speakers holds
        (
            "The Minister for Defence, Niamh Carrick TD, today visited Athlone. The Minister also dismissed claims "
            "that Irish troops had left their posts in Lebanon.",
            "Niamh Carrick",
        ),
        (
            "Defence Minister Peter Halloran visited the base. The Minister denied that British troops were in Ukraine.",
            "Peter Halloran",
        ),
        (
            "President Maria Duarte spoke in Lisbon. The President later rejected reports that Portuguese soldiers "
            "had been sent to Mali.",
            "Maria Duarte",
        ),
        # a different title, or none introduced: the title stays as written
        (
            "Defence Minister Peter Halloran visited the base. The President denied that British troops were in "
            "Ukraine.",
            "The President",
        ),
        ("The Minister denied that British troops were in Ukraine.", "The Minister"),
    ],
)
def test_a_bare_title_is_the_person_introduced_with_it(text: str, actor: str) -> None:
    (stance,) = extract_stances(read_document(text))
    assert stance.actor.name == actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause a denial calls an allegation is its reporter's assertion
        (
            "The U.S. State Department said Iranian military advisers had been deployed to Yemen, an allegation "
            "Tehran denied.",
            [
                ("US State Department", "asserts", "Iranian troops deployed to Yemen"),
                ("Iran", "denies", "Iranian troops deployed to Yemen"),
            ],
        ),
        (
            "Kyiv said Belarusian soldiers had been sent to Ukraine, a claim Minsk rejected.",
            [
                ("Ukraine", "asserts", "Belarusian troops deployed to Ukraine"),
                ("Belarus", "denies", "Belarusian troops deployed to Ukraine"),
            ],
        ),
        (
            "Seoul said North Korean troops were deployed to Russia, an accusation which Pyongyang dismissed.",
            [("South Korea", "asserts", NK), ("North Korea", "denies", NK)],
        ),
        # a count of troops is a claim, not a stance; a figure is no allegation; no reporter named
        (
            "Rwanda has 4,000 troops in Congo, UN experts said in a report, a claim Kigali has repeatedly rejected.",
            [("Kigali", "denies", "Rwandan troops deployed to Congo")],
        ),
        (
            "Ukraine said Belarus had massed troops near the Ukrainian border, a figure Minsk rejected.",
            [("Belarus", "denies", "Belarusian troops massed near the Ukrainian border")],
        ),
        (
            "Reports said Iranian troops had been sent to Syria, an accusation Tehran rejected.",
            [("Iran", "denies", "Iranian troops deployed to Syria")],
        ),
    ],
)
def test_an_alleged_deployment_is_its_reporters_assertion(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(s.actor.name, s.polarity.value, s.target) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contingent or peacekeepers are troops: confirming or denying them is a stance on a deployment.
        (
            "Kenya confirmed that a contingent of its army is present in Haiti.",
            [("Kenya", "asserts")],
        ),
        ("Chad denied that its peacekeepers had left Mali.", [("Chad", "denies")]),
        ("Ghana confirmed that its contingents arrived in Lebanon.", [("Ghana", "asserts")]),
        # ... not a confirmation about anything else.
        ("Kenya confirmed that the budget is ready.", []),
    ],
)
def test_a_contingent_is_troops_for_a_stance(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A body that took a stance is remembered: "the Government" after it is the same body.
        (
            "The Government of Kenya rejects these claims. The Government confirms that its troops are in Haiti.",
            "Government of Kenya",
        ),
        (
            "The Ministry of Defence of Chad denied the report. The Ministry confirmed that its troops left Mali.",
            "Ministry of Defence of Chad",
        ),
        (
            "The Army of Ghana rejected the story. The Army confirmed that its soldiers were in Lebanon.",
            "Army of Ghana",
        ),
        # ... not a body named anew, which speaks for itself.
        (
            "The Government of Kenya rejects these claims. Uganda confirms that its troops are in Somalia.",
            "Uganda",
        ),
    ],
)
def test_a_stance_actor_is_remembered_for_the_next(text: str, actor: str) -> None:
    assert [s.actor.name for s in extract_stances(read_document(text))][-1] == actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "There are no plans to send troops" denies a deployment, in the speaker's voice.
        (
            "There are no plans to send British troops to Ukraine, the minister said.",
            [("minister", "denies")],
        ),
        (
            "The Pentagon said there is no intention to deploy soldiers in Gaza.",
            [("US Department of Defense", "denies")],
        ),
        # ... a transcript's labelled speaker says it in her turn.
        (
            "MS. LEE: Thanks.\n\nThere are no plans to put U.S. boots on the ground in Gaza.",
            [("Lee", "denies")],
        ),
        # ... not plans about anything but troops.
        ("There are no plans to send more money to the region, the minister said.", []),
    ],
)
def test_no_plans_to_send_troops_denies(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after a speaker's clause is the speaker's: "X said on Tuesday, dismissing ...".
        (
            "About 2,000 soldiers will stay, spokesman Jean Habimana said on Tuesday, dismissing reports of a pullout.",
            [("Jean Habimana", "denies")],
        ),
        (
            "Some 900 troops remain in the north, colonel Ana Lopes told reporters, rejecting claims of a withdrawal.",
            [("Ana Lopes", "denies")],
        ),
        (
            "About 500 troops are still there, the ministry said, confirming the deployment.",
            [("ministry", "asserts")],
        ),
        # ... not a participle with no speaker before it.
        ("Dismissing reports of a pullout, about 2,000 soldiers will stay.", []),
    ],
)
def test_a_participle_after_a_speaker_is_theirs(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dismissing a worry over troops denies nothing about their being there.
        (
            "The 300 troops will stay, the minister said, dismissing concerns over the safety of the troops.",
            [],
        ),
        ("Seoul rejected criticism of the deployment of its 250 soldiers.", []),
        ("The general dismissed fears for the welfare of the soldiers in the south.", []),
        ("Officials dismissed questions about the cost of the troops.", []),
        # ... while dismissing a proposition about them (a report, a fear that ...) stays a denial.
        ("Seoul dismissed reports that its soldiers were sent to Ukraine.", [("South Korea", "denies")]),
        ("Seoul dismissed fears that troops would be sent to Ukraine.", [("South Korea", "denies")]),
    ],
)
def test_dismissing_a_worry_over_troops_is_no_denial(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A military presence is troops: confirming or denying one is a stance on a deployment.
        ("Spain confirmed that its military presence in Latvia will grow.", [("Spain", "asserts")]),
        ("Hungary denied any military presence in Ukraine.", [("Hungary", "denies")]),
        ("Canada confirmed the expansion of its presence in Latvia.", [("Canada", "asserts")]),
        # ... not a confirmation about something else.
        ("Spain confirmed that the summit will be held in Madrid.", []),
    ],
)
def test_a_presence_is_troops_for_a_stance(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A body named in full by "Ministry/Department/Government of" is remembered: "the Ministry" is it.
        (
            "The Ministry of Foreign Affairs and Cooperation issued a note. The Ministry rejects reports of troops in Congo.",
            "Ministry of Foreign Affairs and Cooperation",
        ),
        (
            "The Department of Peace Operations met. The Department denied that troops had left Mali.",
            "Department of Peace Operations",
        ),
        (
            "The Government of National Unity spoke. The Government confirmed that its troops are in the north.",
            "Government of National Unity",
        ),
        # ... not a body the text never named: the words themselves.
        ("The Ministry rejects reports of troops in Congo.", "Ministry"),
    ],
)
def test_a_body_named_with_of_is_remembered(text: str, actor: str) -> None:
    assert [s.actor.name for s in extract_stances(read_document(text))] == [actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<X> has no troops in <Y>" denies their presence, for the sentence's speaker.
        ("Turkey has no troops in Libya, the ministry said.", [("ministry", "denies")]),
        ("The minister said Belarus had no soldiers in Ukraine.", [("minister", "denies")]),
        (
            "Iran has no military personnel inside Yemen, the ministry said on Monday.",
            [("ministry", "denies")],
        ),
        # ... not having no troops for some purpose, nor no equipment.
        ("The ministry said the army has no tanks in reserve.", []),
    ],
)
def test_having_no_troops_somewhere_is_a_denial(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<X> does not have troops (stationed) in <Y>", "has not sent troops to <Y>", "no military units" deny.
        ("Turkey does not have troops stationed in Libya, the ministry said.", [("ministry", "denies")]),
        ("The minister said Belarus did not have any soldiers in Ukraine.", [("minister", "denies")]),
        ("Iran has not sent troops to Yemen, the ministry said on Monday.", [("ministry", "denies")]),
        (
            "There are no British military units operating in Niger, the ministry said.",
            [("ministry", "denies")],
        ),
        # ... not lacking equipment, nor sending aid.
        ("The ministry said the army does not have tanks in reserve.", []),
        ("The minister said France has not sent aid to the region.", []),
    ],
)
def test_not_having_or_sending_troops_is_a_denial(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # A denial that opens a quotation is said by the speaker the quotation's close names.
        (
            'The minister Jan Berg spoke on Monday. "There are no Swedish soldiers in Latvia. That is the truth,"'
            " he said.",
            "Jan Berg",
        ),
        (
            "Asked about the report, the envoy Omar Haddad spoke. "
            '"There are no Jordanian troops in Syria. We stay home," he said.',
            "Omar Haddad",
        ),
        (
            "The spokeswoman Lea Novak answered questions. "
            '"There are no Slovenian troops in Kosovo. They left years ago," she said.',
            "Lea Novak",
        ),
    ],
)
def test_a_denial_opening_a_quote_is_the_quotes_speakers(text: str, actor: str) -> None:
    assert [s.actor.name for s in extract_stances(read_document(text))] == [actor]


def test_a_quote_closing_without_a_speaker_gives_no_speaker() -> None:
    text = '"There are no Chilean troops in Bolivia. We respect our neighbours." Lea Novak left the ministry.'
    assert "Lea Novak" not in [s.actor.name for s in extract_stances(read_document(text))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "<Country>'s <organ>" speaks for its country, as "<Country>'s government" does.
        ("Mozambique's defence ministry confirmed that Rwandan troops had arrived in Palma.", "Mozambique"),
        ("Chad's foreign ministry denied that Chadian soldiers were in Sudan.", "Chad"),
        ("Serbia's defence ministry denied reports of Serbian troops massing at the border.", "Serbia"),
        # ... not a word that only ends in an apostrophe-s without being a country.
        ("The region's defence ministry confirmed that Rwandan troops had arrived.", None),
    ],
)
def test_a_countrys_organ_speaks_for_the_country(text: str, country: str | None) -> None:
    assert [s.actor.country for s in extract_stances(read_document(text))] == [country]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An acknowledging verb that confirms a refusal to send troops is a denial.
        ("The minister confirmed Canada would not send troops to Haiti.", [("minister", "denies")]),
        ("The ministry confirmed that it will not deploy soldiers to Niger.", [("ministry", "denies")]),
        ("The minister admitted the army won't be sending troops to the border.", [("minister", "denies")]),
        ("The ministry confirmed it had no plans to send troops to Gaza.", [("ministry", "denies")]),
        # ... not a confirmed deployment, nor a negation in a later clause.
        ("The minister confirmed Canada would send troops to Haiti.", [("minister", "asserts")]),
        (
            "The ministry confirmed the army had sent more troops to the north and would not send tanks.",
            [("ministry", "asserts")],
        ),
    ],
)
def test_confirming_a_refusal_to_send_troops_is_a_denial(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s.actor.name, s.polarity.value) for s in extract_stances(read_document(text))]
    assert got == expected

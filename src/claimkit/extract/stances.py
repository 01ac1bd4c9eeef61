"""Stances: actors asserting or denying a reported fact.

The rules:

* **Denials**: "denied", "dismissed", "rejected", "refuted", "disputed";
  "called / referred to / described ... as false, groundless, rumours, a hoax,
  a smear"; "maintain that the reports ... are false"; "insists there is no".
* **Doubts**: "doubted", "questioned whether / the reports", "cast doubt on",
  "raised doubts about", "sceptical of"; kept only when about troops (or
  pointing back to the reports), as an assertion is.
* **Assertions**: "confirmed", "acknowledged", "protested", "condemned", and
  statements that treat the fact as given ("... are legitimate targets").
  An assertion is kept only when it is about troops or a deployment (or
  points back to one: "the decision", "the move"); a denial always is.
  "X said <troops> were sent to Y, an allegation Z denied": X asserts what Z
  denies (when X opens the report and it counts no troops).
* **Actor**: the subject of the cue verb ("Pyongyang and the Kremlin ...
  maintain" is two stances, one per actor); for an infinitive or participle
  ("summoned the ambassador to protest"), the first actor the sentence names
  outside a prepositional phrase; for a statement, the speaker of the
  sentence's reporting cue; for a pronoun opening a reported clause ("the
  minister said he doubted"), the reporter. Names resolve through the gazetteer;
  a bare title ("the Minister") is the person introduced with it before.
* **Target**: "<whose> troops deployed to <where>" when the cue's object
  speaks of troops, soldiers or a deployment (whose and where read from the
  object, else from the document's topic); an anaphoric object ("the
  accusations", "the reports", "the decision") takes the document's topic
  proposition; otherwise a short clause of the text.
* **Span**: from the cue to the end of the sentence, in the original text.

>>> from claimkit.documents import read_document
>>> doc = read_document("Pyongyang and the Kremlin maintain that reports of North Korean troops in Russia are false.")
>>> [(s.actor.name, s.polarity.value, s.target) for s in extract_stances(doc)]
[('North Korea', 'denies', 'North Korean troops deployed to Russia'), ('Russia', 'denies', 'North Korean troops deployed to Russia')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from claimkit.extract.actors import COUNTRIES, DEMONYMS, Gazetteer, normalise_name
from claimkit.extract.attribution import Cue, CueIndex, _pronoun_before, _speaker_before, find_cues
from claimkit.extract.claims import (
    _COUNTRY_ADJECTIVE,
    _PLACE_COUNTRY,
    _default_actor,
    _memory,
    _quote_speaker,
    _take_turn,
    _topic,
    check_arguments,
)
from claimkit.model import Actor, ActorKind, Document, Polarity, Stance

__all__ = ["extract_stances"]

_CUE = re.compile(
    r"""
    (?P<deny_frame>                                             # called / referred to ... as groundless
        \b(?:called|calling|calls|referred\s+to|refers\s+to|labell?ed|labell?ing|described|describing|branded)\b
        [^.;]{0,100}?
        \b(?:false|groundless|baseless|fake|lies|lie|rumou?rs?|hoax|smear|fiction|fabricat\w{0,6}|propaganda
           |nonsense|untrue|absurd|provocation)\b
    )
  | (?P<deny_maintain>                                          # maintain that the reports ... are false
        \b(?:maintain|maintains|maintained|insist|insists|insisted|claim|claims|say|says|said)\s+
        (?:that\s+)?[^.;]{0,140}?\b(?:are|is|were|was)\s+(?:false|untrue|baseless|groundless|fabricated|fake|lies)\b
    )
  | (?P<deny_none>                                              # insists there is no deployment
        \b(?:insists?|insisted|maintains?|maintained|says|said)\s+(?:that\s+)?there\s+(?:is|are|was|were)\s+no\b
    )
  | (?P<deny_exist>                                             # there are no British combat troops in Ukraine
        \bthere\s+(?:is|are|was|were|have\s+been|has\s+been)\s+no\s+
        (?!(?:doubt|question|denying)\b)                        # "there is no doubt that troops ...": no denial
        (?:[A-Za-z-]{1,20}\s+){0,3}?
        (?:troops|soldiers|forces|personnel|servicemen|service\s+members|military\s+units)\b
      | \bthere\s+(?:is|are|were|was)\s+no\s+(?:plans?|intention|decision)\s+to\s  # there are no plans to
        (?:send|deploy|put|station|dispatch|commit)\b[^;]{0,60}?                     # send ... troops
        \b(?:troops|soldiers|forces|personnel|boots\s+on\s+the\s+ground)\b
      | \b(?:has|have|had)\s+no\s+(?:[A-Za-z-]{1,20}\s+){0,2}?                     # Egypt has no troops in Sudan
        (?:troops|soldiers|forces|personnel|servicemen)\s+(?:in|inside|on)\b
      | \b(?:does|do|did)\s+not\s+have\s+(?:any\s+)?(?:[A-Za-z-]{1,20}\s+){0,2}?  # China does not have troops
        (?:troops|soldiers|forces|personnel|servicemen)\s+(?:(?:stationed|deployed|based)\s+)?(?:in|inside|on)\b
      | \b(?:has|have)\s+not\s+sent(?:\s+and\s+will\s+not\s+send)?\s+(?:any\s+)?  # has not sent troops to
        (?:troops|soldiers|forces|personnel)\s+(?:to|into)\b
    )
  | (?P<deny>
        \b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting|refuted|refutes
           |refuting|disputed|disputes|disputing)\b
    )
  | (?P<doubt>                                               # doubted reports that ...; cast doubt on claims
        (?<!\bno\s)\b(?:doubted|doubts|doubting)\b                 # the verb (not "no doubts")
      | \bquestion(?:ed|s|ing)\b(?=\s(?:the\s|these\s|those\s)?  # questioned reports / whether ...
            (?:reports?|claims?|accounts?|allegations?|assertions?|whether)\b)
      | \bcast(?:s|ing)?\s(?:\w+\s)?doubts?\s(?:on|over|upon)\b     # cast (serious) doubt on
      | \b(?:rais|voic|express)(?:ed|es|ing)\s(?:\w+\s)?doubts?\s(?:about|over|on)\b  # raised doubts about
      | \b(?:sceptical|skeptical)\s(?:of|about)\b                 # was sceptical of
    )
  | (?P<assert>
        \b(?:confirmed|confirms|confirming|acknowledged|acknowledges|admitted|admits|protest|protested|protests
           |protesting|condemned|condemns|condemning)\b
    )
  | (?P<assert_statement>                                       # treats the troops as present
        \blegitimate\s+(?:military\s+)?targets?\b
    )
    """,
    re.X | re.I,
)
# Stems of every stance cue: one cheap scan decides whether a sentence needs the detailed patterns.
_TRIGGER = re.compile(
    r"\b(?:call|referr|refers|label|describ|brand|maintain|insist|claim|say|said|deni|deny|dismiss|reject|refut|there"
    r"|disput|confirm|acknowledg|admit|protest|condemn|legitimate|doubt|question|cast|rais|voic|express|scepti"
    r"|skepti|has\s+no|have\s+no|had\s+no|(?:does|do|did)\s+not\s+have)",
    re.I,
)
_TROOP_WORDS = re.compile(
    r"\b(?:troops?|soldiers?|forces|deploy\w{0,5}|personnel|servicemen|fighters|units|nationals|dispatch\w{0,3}"
    r"|contingents?|peacekeepers|presence)\b",
    re.I,
)
_ANAPHORIC_OBJECT = re.compile(
    r"""^\W{0,3}(?:[a-z]+\s+){0,2}?(?:the|these|those|such|this|that|it|its|their)?\s*
    (?:accusations?|reports?|claims?|allegations?|decision|deployment|move|it|them|charges?|assertions?)\b""",
    re.X | re.I,
)
# What a denial may dismiss without denying anything about troops: a worry over something ("dismissed concerns
# over the safety of the troops", "rejected criticism of the deployment"). "dismissed fears that troops would
# be sent" (a proposition, with "that") stays a denial.
_WORRY_OVER = re.compile(
    r"""^\W{0,3}(?:[a-z]+\s+){0,2}?                                   # the, growing, public ...
    (?:concerns?|worr(?:y|ies)|fears?|criticisms?|complaints?|questions?)
    \s+(?:over|about|for|regarding|of|on|around)\b                   # ... over / about / of something""",
    re.X | re.I,
)
_CAPITALISED = re.compile(
    r"""(?P<name>(?:[A-Z][\w’'.-]{0,30})                     # a capitalised word
        (?:\s(?:of\s|the\s|for\s|and\s|in\s)?[A-Z][\w’'.-]{0,30}){0,5})   # more, with small joiners""",
    re.X,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|in|into|from|against|with|of|for|near|across|on|at|by|than|according\s+to)\s+(?:the\s+)?$", re.I
)
_DESTINATION = re.compile(
    r"""\b(?:to|in|into|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)""",
    re.X,
)
_PLACE_IN: dict[str, str] = {
    "kursk": "Russia",
    "vladivostok": "Russia",
    "russian far east": "Russia",
    "far east": "Russia",
    "donbas": "Ukraine",
    "crimea": "Ukraine",
    "kaliningrad": "Russia",
    "baltic states": "the Baltic states",
    **{normalise_name(c): c for c in DEMONYMS.values()},
    **{k: v for k, v in _PLACE_COUNTRY.items() if " " in k or len(k) > 4},
}
_DEMONYM_COUNTRY: dict[str, str] = {
    **{normalise_name(adj): c for c, (adj, _) in COUNTRIES.items()},
    **{normalise_name(c): c for c in COUNTRIES},
    **{normalise_name(cap): c for c, (_, cap) in COUNTRIES.items()},
    "democratic republic of congo": "DR Congo",
    "democratic republic of the congo": "DR Congo",
    "drc": "DR Congo",
    **{k: v for k, v in DEMONYMS.items() if v not in {"the West", "Europe"}},
    **{k: v for k, v in _PLACE_COUNTRY.items() if k not in {"us", "north", "the north"}},
}
_ADJECTIVE: dict[str, str] = {**{c: adj for c, (adj, _) in COUNTRIES.items()}, **_COUNTRY_ADJECTIVE}

_SENDING = re.compile(
    r"\W{0,3}(?:sending|deploying|dispatching|having\s+sent|that\s+it\s+(?:sent|had\s+sent))\b", re.I
)
# What an acknowledging verb confirms may itself be a refusal: "confirmed Australia would not send troops",
# "admitted the government will not deploy soldiers", "confirmed that it had no plans to send troops". A
# short subject (up to four words) keeps a later clause's negation ("would send troops and will not ...") out.
_NEGATED_SENDING = re.compile(
    r"""^\W{0,3}(?:that\s)?(?:[\w'’.-]{1,25}\s){0,4}?                     # (that) Australia / the government
    (?:(?:would|will|could|shall|did|does|do)\s(?:not|never)\s|(?:won|wouldn|didn)['’]t\s  # a negated modal
      |(?:has|have|had)\sno\s(?:plans?|intention)\sto\s)                 # ... or no plans to
    (?:be\s)?(?:send|deploy|dispatch|commit|station|sent|deployed|dispatched|committed|stationed|sending
      |deploying)\b""",
    re.X | re.I,
)
_EVIDENCE_AFTER = 240  # characters of the cue's object kept as evidence
_SPLIT_ACTORS = re.compile(r"\s{0,3}(?:,\s{0,3}and\s{1,3}|,\s{0,3}|\s{1,3}and\s{1,3})")  # bounded runs
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)
# A denial that names what it denies as an allegation, after the clause that reported it: "X said troops
# were sent to Y, an allegation Z denied". The clause is the reporter's assertion.
_ALLEGATION_BACK = re.compile(
    r""",\s(?:an?|the|which|this)\s(?:[a-z]+\s)?                          # ", an (unfounded)"
    (?:allegations?|accusations?|claims?|charges?|assertions?)\s            # the allegation noun
    (?:that\s|which\s)?[^,;]{1,60}$                                        # its denier, up to the cue""",
    re.X,
)
# A pronoun subject right before a cue verb ("said he doubted", "said that it had rejected").
_PRONOUN_SUBJECT = re.compile(
    r"""\b(?P<pronoun>he|she|it|they)\s                             # the pronoun
    (?:(?:had|has|have|also|would|still|firmly|strongly)\s){0,2}$   # an auxiliary or adverb""",
    re.X,
)
_THAT_BETWEEN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:that\s{1,3})?$")  # "said that he", "said, he"


def _cue_matches(text: str) -> list[re.Match[str]]:
    """The stance cues of a sentence, tried only where a stance word starts (fast on ordinary text)."""
    found = []
    after = 0
    for t in _TRIGGER.finditer(text):
        if t.start() < after:
            continue
        m = _CUE.match(text, t.start())
        if m is not None:
            found.append(m)
            after = m.end()
    return found


def _country_in(text: str) -> str | None:
    low = normalise_name(text)
    words = low.split()
    for i in range(len(words)):
        for size in (2, 1):
            key = " ".join(words[i : i + size])
            bare = key.replace("'s", "")
            if bare in DEMONYMS:
                return DEMONYMS[bare]
            if bare in _PLACE_COUNTRY and bare not in {"us", "north"}:
                return _PLACE_COUNTRY[bare]
    for i in range(len(words)):
        for size in (5, 4, 3, 2, 1):
            key = " ".join(words[i : i + size]).replace("'s", "")
            if key in _DEMONYM_COUNTRY:
                return _DEMONYM_COUNTRY[key]
    return None


_WHOSE_TROOPS = re.compile(
    r"""(?P<who>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?)\s+     # a demonym or country, capitalised
    (?:[a-z]+\s+)?(?:troops?|soldiers?|forces|servicemen|fighters|units|personnel|deployment)\b""",
    re.X,
)


def _whose_troops(text: str) -> str | None:
    """The country of the first "<demonym> troops" (or "<country>'s deployment") in ``text``."""
    for m in _WHOSE_TROOPS.finditer(text):
        country = _country_in(m["who"])
        if country is not None:
            return country
    return None


def _destination(text: str) -> str | None:
    for m in _DESTINATION.finditer(text):
        place = normalise_name(m["place"])
        if place in _PLACE_IN:
            return _PLACE_IN[place]
        first = place.split()[0]
        if first in _PLACE_IN:
            return _PLACE_IN[first]
    return None


def _document_destination(document: Document) -> str | None:
    counts: Counter[str] = Counter()
    for m in re.finditer(
        r"\b(?:troops?|soldiers?|forces|deploy\w{0,5}|sent|sending|dispatch\w{0,3})\b[^.;]{0,60}?"
        r"\b(?:to|in|into)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)",
        document.clean,
    ):
        place = _destination(f"to {m.group(1)}")
        if place is not None:
            counts[place] += 1
    return counts.most_common(1)[0][0] if counts else None


_NON_PLACES = frozenset(  # capitalised words after "in" that are times, not places
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Where the troops are said to be: the first place phrase after the troops or the deploying verb.
_PLACE_PHRASE = re.compile(
    r"""\b(?P<prep>to|into|inside|in|near|on)\s+                   # the preposition
    (?P<the>the\s+)?
    (?P<side>(?:north|south|east|west)(?:ern|-eastern|-western)?\s+)?  # a direction: "northern Iraq"
    (?P<place>[A-Z][\w’'-]{1,30}                                     # a capitalised name ...
        (?:\s(?:of\s(?:the\s)?)?[A-Z][\w’'-]{1,30}){0,3})            # ... of up to four words
    (?:\s(?P<area>border|frontier|soil|territory)\b)?                # "near the Armenian border"
  | \b(?P<prep_country>in|to|into|inside)\s+the\s+country\b          # "in the country": the speaker's
    """,
    re.X,
)
# The end of the clause that holds the troops: a new clause or a new proposition.
_CLAUSE_END = re.compile(r"[;:]|,\s|\s(?:but|after|while|although|as|because|when)\s")
_KEPT_VERB = re.compile(r"\b(?P<mass>mass(?:ed|es|ing))\b|\b(?P<station>stationed|stationing)\b", re.I)
_VERB_BEFORE_IN = re.compile(
    r"\b(?:deployed|deploying|deploys|deploy|operating|operates|operate|based)\s+(?:[a-z]+\s+){0,2}$"
)
_OWN_TROOPS = re.compile(
    r"""\b(?:its|their|our)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:troops|soldiers|forces|servicemen|personnel)\b
    | \b(?:it|they)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+|would\s+)?(?:[a-z]+ing\s+to\s+|planning\s+to\s+)?
      (?:sent|send|sending|stationed|station|deployed|deploy|deploying|dispatched|dispatch)\b""",
    re.X,
)
_FOREIGN_TROOPS = re.compile(r"\bforeign\s+(?:[a-z]+\s+)?(?:troops|soldiers|forces|fighters|servicemen)\b")
# "<Country> (had) massed / deployed / sent ... troops": the subject's troops.
_COUNTRY_SENDS = re.compile(
    r"""(?P<who>[A-Z][\w’'.-]{1,30}(?:\s[A-Z][\w’'.-]{1,30})?)\s+     # a country named as the subject
    (?:(?:has|had|have)\s+)?(?:mass(?:ed|es)|deploy(?:ed|s)|sen(?:t|ds)|station(?:ed|s)|mov(?:ed|es)|has|had|keeps)\s
    (?:[\w,.-]+\s){0,4}?(?:troops|soldiers|forces|servicemen|personnel)\b""",
    re.X,
)


def _country_of(actor: Actor) -> str | None:
    """The country an actor speaks for: its own, or the one its name holds ("Kigali", "Mali's ministry")."""
    return actor.country or _country_in(actor.name)


def _place(scope: str, country: str | None, start: int = 0) -> tuple[str, str] | None:
    """The preposition and place of the first place phrase in ``scope`` from ``start``, as annotators write it.

    ``country`` is the speaker's, for "in the country".

    >>> _place("were operating in northern Iraq", None)
    ('in', 'northern Iraq')
    >>> _place("sending troops into Myanmar's Shan State", None)
    ('to', 'Myanmar')
    >>> _place("had massed troops near the Ukrainian border", None)
    ('near', 'the Ukrainian border')
    >>> _place("are deployed in the country", "Mali")
    ('in', 'Mali')
    """
    for m in _PLACE_PHRASE.finditer(scope, start):
        before = scope[max(0, m.start() - 40) : m.start()]
        if m["prep_country"]:
            if country is None:
                continue
            prep = "in" if m["prep_country"] == "in" and _VERB_BEFORE_IN.search(before) else "to"
            return prep, country
        prep = m["prep"]
        name = m["place"]
        first, _, rest = name.partition(" ")
        if normalise_name(first) in _NON_PLACES:
            continue
        area = m["area"]
        if area in {"soil", "territory"}:
            owner = _country_in(name)
            if owner is None:
                continue
            return "in", owner
        if area is not None:
            return prep, f"the {name} {area}"
        # "in" stays after a verb of being deployed ("operating in northern Iraq"); a bare "troops in X" and
        # "into"/"inside" read as "deployed to X", as annotators write it.
        verb_in = prep == "in" and bool(
            _VERB_BEFORE_IN.search(before) or _KEPT_VERB.search(scope[: m.start()])
        )
        if prep in {"to", "into", "inside", "in"} and not verb_in:
            prep = "to"
        if m["side"]:
            return prep, f"{m['side']}{name}"
        possessor = re.match(r"([\w-]+(?:\s[\w-]+)?)['’]s\b", name)
        if possessor is not None and _country_in(possessor.group(1)) is not None:
            return prep, _DEMONYM_COUNTRY.get(normalise_name(possessor.group(1)), possessor.group(1))
        key = normalise_name(name)
        if key in _DEMONYM_COUNTRY and key not in {normalise_name(a) for a, _ in COUNTRIES.values()}:
            return prep, _DEMONYM_COUNTRY[key]
        if key in _PLACE_IN:
            return prep, _PLACE_IN[key]
        if normalise_name(first) in _PLACE_IN and rest:
            return prep, _PLACE_IN[normalise_name(first)]
        if _country_in(name) is not None:
            continue  # a demonym or a capital is no destination ("to Kigali's troops")
        return prep, (m["the"] or "") + name
    return None


def _clause_from_troops(scope: str) -> tuple[str, int]:
    """The clause of ``scope`` that holds its first word of troops, and where those troops start in it.

    The clause opens up to 60 characters before the troops (for "Belarus had massed some 2,000 troops") and
    closes where a new clause does.
    """
    t = _TROOP_WORDS.search(scope)
    if t is None:
        return scope, 0
    start = scope.rfind(" ", 0, t.start() - 60) + 1 if t.start() > 60 else 0
    end = _CLAUSE_END.search(scope, t.end())
    return scope[start : end.start() if end else len(scope)], t.start() - start


def _whose_in(scope: str) -> str | None:
    """Whose troops ``scope`` speaks of: a demonym before them, or a country that sends them."""
    country = _whose_troops(scope)
    if country is not None:
        return country
    for m in _COUNTRY_SENDS.finditer(scope):
        country = _country_in(m["who"])
        if country is not None:
            return country
    return None


def _target(scope: str, actor: Actor, *, whose: str | None, own: bool, where: str | None) -> str:
    """The proposition "<Nationality> troops <verb> <prep> <place>" read from ``scope``.

    ``whose`` and ``where`` are the fallbacks (the sentence's or the document's); ``own`` says the actor
    speaks of its own troops ("denied sending soldiers").

    >>> from claimkit.model import Actor
    >>> kigali = Actor("Kigali")
    >>> _target("sending soldiers to Congo", kigali, whose=None, own=True, where=None)
    'Rwandan troops deployed to Congo'
    >>> _target("that any troops had been massed", Actor("Caracas"), whose=None, own=False, where=None)
    'troops massed'
    """
    clause, troops_at = _clause_from_troops(scope)
    country = _country_of(actor)
    named = _whose_in(clause)
    nationality: str | None = None
    if named is not None:
        nationality = _ADJECTIVE.get(named, named)
    elif (own or _OWN_TROOPS.search(clause)) and country is not None:
        nationality = _ADJECTIVE.get(country, country)
    elif _FOREIGN_TROOPS.search(clause):
        nationality = "foreign"
    elif whose is not None:
        nationality = _ADJECTIVE.get(whose, whose)
    kept = _KEPT_VERB.search(clause)
    verb = "deployed" if kept is None else ("massed" if kept["mass"] else "stationed")
    found = _place(clause, country, troops_at)
    if found is None and where is not None:
        found = ("to", where)
    head = f"{nationality} troops {verb}" if nationality else f"troops {verb}"
    return f"{head} {found[0]} {found[1]}" if found else head


def _proposition(whose: str | None, where: str | None) -> str:
    who = f"{_COUNTRY_ADJECTIVE.get(whose, whose)} troops" if whose else "troops"
    return f"{who} deployed to {where}" if where else f"{who} deployed"


def _actors_before(
    sentence: str, position: int, gazetteer: Gazetteer, resolve: Callable[[str], Actor | None] | None = None
) -> list[Actor]:
    """The subject of a finite cue verb: one actor per conjunct.

    ``resolve`` reads a short reference ("the ministry") against the actors named before (default: the
    gazetteer alone).
    """
    found = _speaker_before(sentence, position)
    if found is None:
        return []
    # A semicolon or a colon closes the clause before: the subject is what follows it ("... said in a report;
    # Kigali rejected").
    text = re.split(r"[;:]", found[0])[-1].strip()
    if not text:
        return []
    parts = [p for p in _SPLIT_ACTORS.split(text) if p.strip()]
    if len(parts) > 1:
        resolved = [gazetteer.lookup(p) or gazetteer.find(p) for p in parts]
        if all(r is not None for r in resolved):
            return [r for r in resolved if r is not None]
    actor = (resolve or gazetteer.resolve)(text)
    return [actor] if actor is not None else []


# The subject that opens a sentence: capitalised words, possessives and body nouns up to the verb
# ("Turkey's defence ministry does not publish ...").
_OPENING_SUBJECT = re.compile(
    r"""^(?:The\s)?[A-Z][\w’'.-]{0,30}                       # a capitalised first word
    (?:\s(?:[A-Z][\w’'.-]{0,30}|defen[cs]e|foreign|interior|ministry|government|army|military|office
       |agency|embassy|council|committee|command|spokes(?:man|woman|person)))* # its name or body nouns
    (?=\s[a-z])""",
    re.X,
)


def _pronoun_antecedent(
    sentence: str, position: int, gazetteer: Gazetteer, resolve: Callable[[str], Actor | None] | None = None
) -> list[Actor]:
    """The sentence's opening subject, for a pronoun subject of a later clause ("X does not ..., but it denied").

    >>> g = Gazetteer.default()
    >>> text = "The ministry gave no figure, but it confirmed that troops were there."
    >>> [a.name for a in _pronoun_antecedent(text, text.index("confirmed"), g)]
    ['ministry']
    >>> _pronoun_antecedent("It confirmed that troops were there.", 3, g)
    []
    """
    pronoun = _pronoun_before(sentence, position)
    if pronoun is None or pronoun[0] not in {"it", "they"} or pronoun[1] == 0:
        return []
    opening = _OPENING_SUBJECT.match(sentence, 0, pronoun[1])
    if opening is None:
        return []
    actor = (resolve or gazetteer.resolve)(opening.group())
    return [actor] if actor is not None else []


def _reporter_of_pronoun(
    sentence: str, position: int, cues: tuple[Cue, ...], resolve: Callable[[str], Actor | None]
) -> list[Actor]:
    """The speaker of a reporting cue whose clause opens with the pronoun subject of a stance verb.

    In "the minister said he doubted the reports" the doubt is the minister's, whoever the memory last
    heard of.
    """
    m = _PRONOUN_SUBJECT.search(sentence, max(0, position - 40), position)
    if m is None:
        return []
    for cue in cues:
        if cue.end <= m.start() and _THAT_BETWEEN.fullmatch(sentence, cue.end, m.start()):
            actor = resolve(cue.speaker)
            return [actor] if actor is not None else []
    return []


# A person introduced with a title: "The Minister for Defence, Niamh Carrick TD," or "Defence Minister Park
# Jae-hoon". Later, "the Minister" alone is that person.
_TITLED_NAME = re.compile(
    r"""\b(?P<title>[A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20})?)                 # "Minister", "Defence Minister"
    (?:\s(?:for|of)\s(?:the\s)?[A-Z][\w'-]{1,20}(?:\s(?:and\s)?[A-Z][\w'-]{1,20}){0,3})?  # "for Defence"
    ,?\s(?P<name>[A-Z][a-z'-]{1,20}\s(?:[A-Z]\.\s)?[A-Z][a-z'-]{1,20})\b  # the person's first and last name""",
    re.X,
)
_TITLES = frozenset(
    [
        "minister",
        "president",
        "secretary",
        "ambassador",
        "chancellor",
        "premier",
        "commander",
        "general",
        "governor",
    ]
)


def _titled_person(actor: Actor, before: str, gazetteer: Gazetteer) -> Actor:
    """The person a bare title ("the Minister") stands for: the last one ``before`` introduced with it.

    >>> _titled_person(Actor("Minister"), "The Minister for Defence, Niamh Carrick TD, said so.", Gazetteer.default()).name
    'Niamh Carrick'
    >>> _titled_person(Actor("Minister"), "The Minister spoke.", Gazetteer.default()).name
    'Minister'
    """
    title = normalise_name(actor.name).removeprefix("the ")
    if title not in _TITLES:
        return actor
    person: str | None = None
    for m in _TITLED_NAME.finditer(before):
        if normalise_name(m["title"]).split()[-1] == title and gazetteer.lookup(m["name"]) is None:
            person = m["name"]
    return Actor(person, kind=ActorKind.PERSON) if person is not None else actor


def _reporter_before(
    sentence: str, end: int, cues: tuple[Cue, ...], resolve: Callable[[str], Actor | None]
) -> tuple[int, Actor] | None:
    """The speaker who opens the report of troops ending at ``end``, with where the reporting verb starts.

    Only a speaker named before its verb, the verb before the troops, and no count of them: "X said troops
    were sent" is X's stance, where "3,000 troops were sent, X said" is a claim of a number.
    """
    for cue in reversed(cues):
        if cue.end <= end and cue.speaker_start < cue.start:
            reported = sentence[cue.end : end]
            troops = _TROOP_WORDS.search(reported)
            if troops is None or re.search(r"\d", reported):
                return None
            actor = resolve(cue.speaker)
            return (cue.start, actor) if actor is not None else None
    return None


def _first_actor(sentence: str, position: int, gazetteer: Gazetteer) -> list[Actor]:
    """The first actor the sentence names before ``position``, outside a prepositional phrase."""
    for m in _CAPITALISED.finditer(sentence, max(0, position - 300), position):  # bounded: linear overall
        if _PREPOSITION_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        actor = gazetteer.find(m["name"])
        if actor is not None:
            return [actor]
    return []


def extract_stances(document: Document, *, gazetteer: Gazetteer | None = None) -> tuple[Stance, ...]:
    """The stances actors take in a document on a reported fact.

    Args:
        document: a document as read by :func:`claimkit.read_document`.
        gazetteer: resolves actor names (default :meth:`Gazetteer.default`).

    Returns:
        The stances in text order; the denial of two actors in one sentence
        is two stances.

    >>> from claimkit.documents import read_document
    >>> doc = read_document("Seoul summoned the Russian ambassador to protest the deployment of North Korean troops.")
    >>> [(s.actor.name, s.polarity.value) for s in extract_stances(doc)]
    [('South Korea', 'asserts')]
    """
    gaz = check_arguments(document, gazetteer)
    topic_whose = _topic(document)
    topic_where = _document_destination(document)
    topic = _proposition(topic_whose, topic_where) if topic_whose else None
    stances: list[Stance] = []
    default = _default_actor(document, gaz)
    # The claim reader's memory of actors, fed every sentence: "The Minister", "the ministry" resolve to the
    # actor named before, as a claim's speaker does.
    memory = _memory(document, gaz)
    for index, sentence in enumerate(document.sentences):
        text = sentence.clean
        _take_turn(text, memory)
        found_cues = find_cues(text)
        memory.take_in(text, found_cues)
        if not _TRIGGER.search(text):
            continue  # no stance word at all: skip the detailed patterns
        seen: set[str] = set()
        cue_index: CueIndex | None = None
        # Sentence-wide facts, computed once however many cues the sentence holds (keeps the cost linear).
        sentence_troops = bool(_TROOP_WORDS.search(text))
        sentence_whose = _whose_troops(text[:600])
        text_end = len(text.rstrip())
        for m in _cue_matches(text):
            kind = m.lastgroup or ""
            polarity = (
                Polarity.DENIES
                if kind.startswith("deny")
                else Polarity.DOUBTS
                if kind == "doubt"
                else Polarity.ASSERTS
            )
            obj = (
                text[m.end() : m.end() + 200]
                if kind in {"deny", "assert", "doubt"}
                else text[m.start() : m.end() + 200]
            )
            if kind == "assert" and _NEGATED_SENDING.match(obj):
                polarity = Polarity.DENIES  # "confirmed it would not send troops": a refusal, confirmed
            if kind == "deny" and _WORRY_OVER.match(obj):
                continue  # "dismissing concerns over the safety of the troops": no denial that they are there
            about_troops = bool(_TROOP_WORDS.search(obj)) or (
                kind in {"deny_frame", "deny_maintain", "assert_statement"} and sentence_troops
            )
            anaphoric = bool(_ANAPHORIC_OBJECT.match(obj))
            reading: tuple[str, str | None, str | None, bool] | None = None  # scope, whose, where, own troops
            alleged_end = -1  # where the clause an allegation points back to ends, when there is one
            if about_troops:
                scope = (
                    text if kind == "assert_statement" else obj
                )  # a statement is about the sentence's troops
                whose = (None if kind == "assert_statement" else _whose_troops(scope)) or sentence_whose
                where = _destination(obj) or topic_where
                sender = bool(_SENDING.match(obj)) if kind in {"deny", "assert", "doubt"} else False
                target = _proposition(whose or topic_whose, where)
                if kind != "assert_statement":
                    # Read per actor: "its troops" and "in the country" are the speaker's.
                    reading = (obj, whose or topic_whose, where, sender)
            elif anaphoric and topic is not None:
                target = topic
            elif polarity is Polarity.DENIES:
                before = text[max(0, m.start() - 200) : m.start()]
                if _TROOP_WORDS.search(before):
                    # "X massed troops near Y, a figure Z rejected"; "X masses troops ...; Z denies buildup":
                    # the denial's object points back to the proposition before it.
                    target = ""
                    reading = (before, sentence_whose or topic_whose, topic_where, False)
                    back = _ALLEGATION_BACK.search(before)
                    if back is not None:
                        alleged_end = m.start() - len(before) + back.start()
                else:
                    clause = re.split(r"[,;.]", obj.strip(), maxsplit=1)[0].strip()
                    if not clause:
                        continue
                    target = clause[:100]
            else:
                continue
            if kind == "deny_exist":
                # A plain statement that no such troops exist: its speaker's, or the document's own voice
                # (a minister's written answer, a ministry's release).
                if cue_index is None:
                    cue_index = CueIndex.of(found_cues)
                cue = cue_index.governing(m.start())
                actor = memory.resolve(cue.speaker) if cue is not None else memory.turn  # a transcript's turn
                # '"There are no ... . ...," she said.': the speaker the quotation's close names
                if actor is None and cue is None:
                    actor = _quote_speaker(document, index, text, memory)
                actors = [actor if actor is not None else default]
            elif kind == "assert_statement":
                if cue_index is None:
                    cue_index = CueIndex.of(found_cues)  # once per sentence, however many statements
                cue = cue_index.governing(m.start())
                actor = memory.resolve(cue.speaker) if cue is not None else None
                actors = [actor] if actor is not None else []
            elif _INFINITIVE_BEFORE.search(
                text[max(0, m.start() - 8) : m.start()]
            ) or m.group().lower().endswith("ing"):
                actors = _first_actor(text, m.start(), gaz)
                if not actors:  # "X said on Tuesday, dismissing ...": the speaker before the participle
                    if cue_index is None:
                        cue_index = CueIndex.of(found_cues)
                    cue = cue_index.governing(m.start())
                    speaker = (
                        memory.resolve(cue.speaker) if cue is not None and cue.end <= m.start() else None
                    )
                    actors = [speaker] if speaker is not None else []
            else:
                actors = (
                    _reporter_of_pronoun(text, m.start(), found_cues, memory.resolve)
                    or _actors_before(text, m.start(), gaz, memory.resolve)
                    or _pronoun_antecedent(text, m.start(), gaz, memory.resolve)
                    or _first_actor(text, m.start(), gaz)
                )
            end = min(text_end, m.end() + _EVIDENCE_AFTER)
            span = document.clean_to_original(
                sentence.clean_span.start + m.start(), sentence.clean_span.start + end
            )
            if alleged_end > 0 and reading is not None:
                asserted = _reporter_before(text, alleged_end, found_cues, memory.resolve)
                if asserted is not None and asserted[1].name not in {a.name for a in actors} | seen:
                    cue_start, reporter = asserted
                    seen.add(reporter.name)
                    scope, whose_default, where_default, own = reading
                    alleged = document.clean_to_original(
                        sentence.clean_span.start + cue_start, sentence.clean_span.start + alleged_end
                    )
                    stances.append(
                        Stance(
                            actor=reporter,
                            polarity=Polarity.ASSERTS,
                            target=_target(
                                scope, reporter, whose=whose_default, own=own, where=where_default
                            ),
                            source=document.source,
                            span=alleged,
                            evidence=document.text[alleged.start : alleged.end],
                        )
                    )
            for actor in actors:
                if actor.name in seen:
                    continue
                own_target = target
                if reading is not None:
                    scope, whose_default, where_default, own = reading
                    own_target = _target(scope, actor, whose=whose_default, own=own, where=where_default)
                seen.add(actor.name)
                actor = _titled_person(actor, document.clean[: sentence.clean_span.start], gaz)
                memory.remember(
                    actor
                )  # "The Government ... rejects. 2. The Government confirms": the same one
                stances.append(
                    Stance(
                        actor=actor,
                        polarity=polarity,
                        target=own_target,
                        source=document.source,
                        span=span,
                        evidence=document.text[span.start : span.end],
                    )
                )
    return tuple(stances)

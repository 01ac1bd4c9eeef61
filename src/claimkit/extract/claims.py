"""Claims: what a number counts, whose, how the text qualifies it, who says so and for when.

The rules, in the order they apply to every count the number reader finds:

1. **What is counted.** The noun phrase after the number ("1,500 elite
   troops", "six North Koreans soldiers", "500 of our soldiers"), a noun
   before it ("American troops numbering 2,500", "put the number of North
   Korean soldiers ... at 10,000"), or, for a bare number, the personnel noun
   of a nearby claim it continues ("up from 80,000", "of whom about 8,000",
   "as many as 30,000 more", "the total could reach 15,000"). Only military
   personnel (troops, soldiers, forces, fighters, marines, advisers,
   peacekeepers, recruits, casualties ...) and, when soldiers are meant,
   peoples ("200 North Koreans were killed") make a claim; units ("four
   brigades"), money, percentages, dates, years, ordinals and identifiers
   never do. Civilians and citizens make a claim only as casualties; generic
   nouns ("men", "officers", "advisers") count soldiers only in a sentence
   about war or with a nationality ("200 Iranian advisers").
2. **Whose.** A demonym in the phrase ("North Korean", "U.S."), then "from X"
   or "X deployed" after the noun, then the country that sends, moves or
   loses them earlier in the sentence (for losses, the sentence's subject
   country), then the document's own topic.
3. **Measure.** A rate ("per day", "a day") is ``RATE``; killed, wounded,
   dead, losses are ``CASUALTIES``; the strength of a whole formation ("which
   consists of 200,000", "forces number 48,000", "a 200,000-strong army",
   "active-duty") is ``FORMATION``; captured, surrendered, rejected proposals
   are ``OTHER``; a projection governing the number ("will send", "expects
   ... to deploy", "set to", "plans to", "could") is ``EXPECTED_TOTAL``;
   anything else said to be sent or present is ``DEPLOYED``. A rate or a
   formation is never a deployment count.
4. **Modality.** ``PROJECTED`` for an expected total, else ``HEDGED`` when a
   hedge ("may have", "reportedly", "allegedly", "suggest", "appear",
   "believed to") qualifies the sentence, else ``REPORTED``.
5. **Attribution.** The cue that governs the number
   (:mod:`claimkit.extract.attribution`), its speaker resolved through the
   gazetteer, pronouns and definite descriptions ("the agency", "He", "the
   DIA") resolved to the actor the document named last; "citing Y" makes Y
   the origin and the speaker a link of the chain; "X told <outlet>" puts the
   outlet in the chain. Without a cue, a known actor announcing its own plan
   ("The Pentagon is preparing to send ...") is the origin. A sentence without
   a cue continues the previous
   sentence's speaker when it carries on the account (a quotation, or an
   opening pronoun); otherwise the document's outlet or author is the origin,
   marked :attr:`~claimkit.model.Attribution.DEFAULT`.
6. **When.** The date mention of the sentence nearest the cue (or the
   number), resolved by :func:`claimkit.dates.find_dates` over the whole
   document against its publication date; "since 2014" is never a reference
   date. Unresolvable stays ``None``.

A claim's span runs from the number (with its qualifier) to the end of its
noun phrase, in the original text.

>>> from claimkit.documents import read_document
>>> doc = read_document("Seoul said on Monday that North Korea had sent 1,500 troops to Russia.")
>>> [(c.quantity.value, c.measure.value, c.actor.name, c.subject) for c in extract_claims(doc)]
[(1500, 'deployed', 'South Korea', 'North Korean troops')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import operator
import re
from collections import Counter
from collections.abc import Collection, Sequence

import attrs

from claimkit.dates import (
    DateMention,
    ascii_twin,
    dates_and_spans,
    find_dates,
    finditer_twin,
    holds_digit,
    reads_as_ascii,
    spans_by_sentence,
    word_start_twin,
)
from claimkit.dates import word_trie as _trie
from claimkit.errors import ModelTypeError
from claimkit.extract.actors import COUNTRIES, DEMONYMS, Gazetteer, normalise_name
from claimkit.extract.attribution import (
    _CASED_NON_ASCII,
    _CUE_WORDS,
    Cue,
    CueIndex,
    CueKind,
    _casings,
    _find_cues,
    _speaker_before,
    ascii_words,
    find_cues,
)
from claimkit.extract.numbers import BODY_SIZE_WORDS, NumberMention, find_counts
from claimkit.model import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    Claims,
    DateProvenance,
    DateWindow,
    Document,
    Measure,
    Modality,
    Precision,
    Qualifier,
    Quantity,
    Sentence,
    Span,
)

__all__ = ["extract_claims"]


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, so long lexicons stay readable."""
    return frozenset(text.split())


# ------------------------------------------------------------------ lexicon

#: Nouns that count military personnel.
PERSONNEL = _words("""troops troop soldiers soldier servicemen servicemembers personnel forces fighters men marines
    paratroopers peacekeepers advisers advisors instructors trainers engineers mercenaries recruits conscripts
    reservists commandos infantrymen sailors airmen officers guards volunteers combatants operatives
    specialists crews crewmen gunners snipers sappers militants members contingent jawans jawan
    reinforcements troopers""")
#: Personnel nouns that name soldiers only when the sentence speaks of war ("three men were arrested" does not).
CONTEXTUAL_PERSONNEL = _words(
    """men officers guards volunteers operatives specialists crews crewmen members engineers advisers advisors
    instructors trainers recruits contractors reinforcements troopers"""
)
#: Words that make a contextual personnel noun armed by themselves: "border guards".
_ARMED_KINDS = _words("border coast military paramilitary armed")
#: Civilian services whose officers or members are no soldiers, even in a sentence of war: "3,000 police
#: officers" (unless an armed kind comes first, "military police officers", or a nation sends them as a
#: contingent, "1,000 Kenyan police officers").
_CIVIL_SERVICES = _words("police policing")
# A civilian body just before a bare contextual noun owns it: "Police deployed 1,500 officers", "the campaign
# has deployed 5,000 volunteers", "the club's 300 members" (not "the military campaign", "Police said Russia ...").
_CIVIL_OWNER = re.compile(
    r"""(?<!military\s)(?<!armed\s)                             # not "the military campaign"
    \b(?i:police|campaign|party|club|company|firm|charity|union|church|council|hospital|league|organi[sz]ers
    |salvation\sarmy|red\scross|red\screscent)                 # charities named like armies or crosses
    (?:'s|’s)?\b                                              # the owner, possessive or not
    (?:\s{1,3}[a-z0-9,’'-]{1,20}){0,6}\s{1,3}$                # a few lower-case words or counts up to the number""",
    re.X,
)
#: Youth movements whose local groups are called troops: "40 Scout troops", "Girl Guide troops".
_YOUTH_MOVEMENTS = _words("scout scouts scouting guide guides brownie brownies cub cubs")
#: Armed bodies whose name, before a contextual noun, arms it: "Revolutionary Guards advisers", "Quds Force
#: officers", "National Guard members".
_ARMED_BODIES = _words("guard guards corps force forces navy marine marines legion militia")
#: Nouns that count casualties.
CASUALTY_NOUNS = frozenset(
    ["casualties", "dead", "killed", "wounded", "losses", "fatalities", "deaths", "injured"]
)
#: Nouns for people that are personnel only when the sentence speaks of war.
_PEOPLE = frozenset(
    {
        "north koreans",
        "south koreans",
        "koreans",
        "russians",
        "ukrainians",
        "nepalis",
        "nepalese",
        "cubans",
        "americans",
        "iranians",
        "belarusians",
        "indians",
        "syrians",
        "afghans",
        "chechens",
        "serbs",
        "foreigners",
        "nationals",
    }
)
_CIVILIANS = frozenset(["citizens", "civilians", "people", "residents", "inhabitants"])
# An aircraft's type designation before "fighters" makes them aircraft: "12 more F-35A fighters", "24 Su-35
# fighters" (letters, a hyphen, a model number and its variant letters).
_AIRCRAFT_TYPE = re.compile(r"[A-Za-z]{1,4}-\d{1,3}[A-Za-z]{0,3}")
_MODIFIERS = _words("""more additional further extra elite special forces' military active-duty active combat-ready
    combat regular new fresh foreign first second third initial other armed ground light heavy infantry
    airborne naval army police trained battle-hardened experienced young reserve of our their its the
    his her these those korean north south russian ukrainian american us u.s. u.s us-led nato
    service chinese cuban french german british iranian belarusian kenyan canadian polish nepali
    wagner allied enemy own uniformed militia rebel insurgent government pro-government security""")
_UNITS_STANDING = frozenset(
    [
        "army",
        "armies",
        "military",
        "corps",
        "navy",
        "fleet",
        "division",
        "divisions",
        "armed",
        "brigade",
        "brigades",
        "regiment",
    ]
)
# A standing unit (or "forces") owning a "numbers"/"totals" verb: "the corps numbers 12,000".
_OWNER_UNIT = re.compile(rf"\b(?:{_trie([*_UNITS_STANDING, 'forces'])})\b")
# Where the owner's head noun ends and its place or part modifiers begin: "the garrison | at the base".
_OWNER_MODIFIER = re.compile(r"\s(?:at|in|on|near|along|inside|across|based)\s")
_ACTIVE = re.compile(r"\bactive(?:-duty)?\b")  # "12,000 active-duty soldiers"
# "a 3,000-man contingent": a body of people counted by its members (a troop count only
# before a unit's noun, unlike "-strong": "a 12-member delegation" is not one).
_MEMBERS = tuple(f"-{word} " for word in BODY_SIZE_WORDS if word != "strong")
#: Civilian bodies a "-strong" or "-member" compound may size: "a 1,000-strong choir", "a 300-strong crowd".
_CIVIL_BODIES = _words("""choir choirs orchestra band crowd crowds workforce staff delegation congregation
    membership union cast audience fanbase following""")
_UNITS_DEPLOYED = frozenset(
    ["contingent", "force", "group", "mission", "deployment", "unit", "units", "task", "battalion"]
)
# Words of a military context. A prefix tree of the words (not a flat alternation) keeps the scan cheap at
# each word start; a lower-case twin serves ASCII text, lowered once (see ``_has``).
_MILITARY_WORDS = _trie(
    "army troop troops soldier soldiers military combat front battlefield killed war forces strike brigade"
    " brigades battalion battalions unit units defence defense ministry drill drills exercise exercises"
    " mission base bases border stationed invasion offensive legion legions militia militias garrison"
)
_MILITARY_STEMS = _trie("fight deploy recruit enlist mercenar contract peacekeep dispatch")
_MILITARY_RE = rf"""\b(?:
    {_MILITARY_WORDS}       # whole words
  | {_MILITARY_STEMS}\w*    # stems and their forms: deployed, recruitment
  | front\s*lines?          # front line, frontlines
)\b"""
_MILITARY_CONTEXT = re.compile(_MILITARY_RE, re.X | re.I)
_MILITARY_LOWER = re.compile(_MILITARY_RE, re.X)
_MILITARY_LOWER_ASCII = ascii_twin(_MILITARY_LOWER)  # for text that ``reads_as_ascii``

# A word's letters run as a single class and each inner dot opens a new run (not a choice made at every
# character): the same maximal words, read in C's tight loop.
_WORD = re.compile(
    r"""[A-Z](?:\.[A-Z])+\.?                  # initials: U.S., U.N.
    |[A-Za-z][\w’'-]*(?:\.(?=\w)[\w’'-]*)*  # a word, dots only inside it
    |\d[\d,.]*                               # a numeral
    |[^\w\s]                                 # one punctuation mark""",
    re.X,
)

# The last clause boundary before a number: the window that may govern it starts after it.
_CLAUSE_CUT_AFTER = re.compile(r"[,;:()—–]|\s(?:and|but|while|who|which|whom|that|whereas)\s")
# ``_CLAUSE_CUT_AFTER``'s first match, found by a scan in C: ``re`` tries a pattern that opens with a choice
# of a class and ``\s`` at every position, but skips to the characters of a leading class. This one opens
# with the first characters of both alternatives and holds the pattern in a lookahead read from there, so
# it matches exactly where the pattern does (as ``claimkit.dates.word_start_twin``, without a word start).
_CLAUSE_CUT_AFTER_AT = re.compile(
    rf"[,;:()—–\s](?<=(?={_CLAUSE_CUT_AFTER.pattern})(?s:.))"
)  # "." also a newline
_SUBORDINATE = re.compile(
    r"\b(?:once|when|after|before|if|until|as\s+soon\s+as)\b[^,]{0,200},"  # "once ... is complete," asides
)
# A clause's tense: a fact, else a projection. The alternatives of each, in order; each opens with an ASCII letter.
_FACT_TENSES = (
    r"may\s+have", r"might\s+have", r"could\s+have", "had", "has", "have", "were", "was", "been", "already",
    r"so\s+far", "now",
    r"are(?!\s+(?:set|expected|due|to|scheduled|preparing|planning|planned|pledged|promised|likely))",
    r"is(?!\s+(?:set|expected|due|to|scheduled|preparing|planning|planned|pledged|promised|likely))",
    "sent", "dispatched", "deployed", "deploying", "moved", "arrived", "tracked", "stationed", "massed", "massing",
    "crossed", "reached", "joined", "remain", "remains", "based", "concentrated", "transferred", "transported",
    "committed", "present", "sending",
)  # fmt: skip
_PROJ_TENSES = (
    r"will\s+have", "will", "would", "shall", r"set\s+to", r"expected\s+to", "expects?", "expecting", "expected",
    r"plans?\s+to",
    r"p(?<!\bits\sp)(?<!\bthe\sp)(?<!\btheir\sp)(?<!\ba\sp)lanned",  # not "its planned brigade"
    "planning", r"preparing\s+to", r"prepares\s+to", "could", r"may\s+(?:send|deploy|soon|dispatch)", r"is\s+to",
    r"are\s+to", r"due\s+to", "scheduled", "eventually", "ultimately", r"in\s+the\s+coming",
    r"next\s+(?:week|month|year)", r"intends?\s+to", r"aims?\s+to", r"to\s+be\s+(?:deployed|sent|stationed|dispatched)",
    r"to\s+follow", r"to\s+come", "pledged", "pledges?", "promised", "promises?", r"vowed\s+to",
    r"offered(?:\s+to|(?!\s+(?:a|an|the|its|their|his|her|no)\b))",  # an offer of troops
    # a deployment under way
    *(rf"{verb}\s+(?:deploying|sending|dispatching)" for verb in ("begun", "began", "begins?", "started", "starts?")),
)  # fmt: skip


def _by_first_letter(alternatives: Sequence[str]) -> str:
    """The alternation of ``alternatives`` with each first letter factored out, the rest kept in order.

    Two alternatives opening with different ASCII letters never match at the same place (even under ``re.I``,
    no character folds to two of them), so only the order of those sharing a letter matters, and it is kept:
    the alternation matches what the plain one does, but tries one letter per group, not every alternative.

    >>> _by_first_letter(["had", "was", "has"])
    '(?:h(?:ad|as)|w(?:as))'
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


_TENSE = re.compile(
    rf"\b(?:(?P<fact>{_by_first_letter(_FACT_TENSES)})|(?P<proj>{_by_first_letter(_PROJ_TENSES)}))\b", re.I
)
# ``_TENSE`` found by a scan in C (see ``claimkit.dates.word_start_twin``). Exact: every alternative opens with
# an ASCII letter after ``\b``, and under ``re.I`` the class holds every character those letters fold from.
_TENSE_AT = word_start_twin(_TENSE, "a-zA-Z")
_TENSES_ASCII = (ascii_twin(_TENSE), ascii_twin(_TENSE_AT))  # for text that ``reads_as_ascii``
_HEDGE_WORDS = _trie(
    "reportedly allegedly purportedly suggest suggests suggested appear likely possibly probably unconfirmed"
)
_HEDGE_RE = rf"""\b(?:
    {_HEDGE_WORDS}                                 # hedging words
  | (?:may|might|could)\s+have | may\s+already    # "may have sent"
  | (?:appears?|believed|thought)\s+to            # "is believed to be"
)\b"""
_HEDGE = re.compile(_HEDGE_RE, re.X | re.I)
_HEDGE_LOWER = re.compile(_HEDGE_RE, re.X)
# Words one of which every hedge contains (see ``_may``): few sentences hedge, and without these the
# sentence need not be scanned.
_NEEDLES_HEDGE = (
    "reportedly", "allegedly", "purportedly", "suggest", "appear", "likely", "possibly", "probably",
    "unconfirmed", "may", "might", "could", "believed", "thought",
)  # fmt: skip
# The whole words one of which every hedge holds (each between ``\b``s: a word of ``ascii_words``), in every
# casing: ``_HEDGE`` is case-insensitive, and in a sentence that reads as ASCII no other letter folds to theirs.
# Found among a sentence's words with the others it holds (``_HELD_WORDS``), in C.
_HEDGE_CASINGS = frozenset().union(
    *map(
        _casings,
        _words("""reportedly allegedly purportedly suggest suggests suggested appear appears likely possibly probably
        unconfirmed may might could believed thought"""),
    )
)

_RATE = re.compile(
    r"""^[\s\w,'’-]{0,40}?(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bfor\s)  # "in a week" is a period
    (?<!,\sand\s)(?<!,\sbut\s)               # ", and every month the number grows": a clause of its own
    \b(?:per|a|each|every)\s+(?:day|week|month|year|hour)\b                          # "... a day", "per week"
    (?!\s+(?:earlier|ago|before|later|prior))                                        # not "a year earlier"
    |^[\s\w,'’-]{0,40}?\b(?-i:daily)\b   # lower case: "the Daily Courier reported" names an outlet
    |^\s{1,3}(?:will\s|would\s)?rotat(?:e|es|ed|ing)\b[^.;,]{0,60}?\b(?:a|each|every|per)\s(?:year|month)\b
    # a rotation's yearly flow through a place, not those there: "3,000 soldiers will rotate through ... each year"
    """,
    re.X | re.I,
)
# What every match of ``_RATE`` holds, lower-cased: searched in the lowered window before the costly pattern
# (its lazy prefix tries six lookbehinds at each of up to 40 characters).
_RATE_HINT = re.compile(r"(?:per|a|each|every)\s+(?:day|week|month|year|hour)\b|daily")
_CASUALTY_AFTER = re.compile(
    r"""^[\s\w,'’-]{0,30}?\b(?:(?:were|was|have\s+been|had\s+been|been|are|being)\s+)?
    (?:killed|wounded|injured|dead|died|perished|lost\s+their\s+lives|fell\s+in\s+battle
    |(?:gave|given|giving|laid\s+down)\s+their\s+lives                 # "have given their lives"
    |(?:remain|remains|remained|are\s+still|were\s+still|still|went|are|were|listed\s+as)\s+missing  # "remain missing"
    |missing\s+in\s+action)\b""",
    re.X | re.I,
)
_LOSSES_AT = re.compile(r"\b(?:losses|casualties|toll|dead)\s+(?:\w+\s+){0,3}?at\s+(?:\w+\s+){0,2}$", re.I)
_CASUALTY_BEFORE = re.compile(
    r"""\b(?:killed|kill|kills|killing|lost|lose|loses|losing|wounded|deaths?\s+of  # "the deaths of three soldiers"
    |neutrali[sz](?:e|ed|es|ing)|eliminat(?:e|ed|es|ing))  # the euphemisms of military statements
    ["”’']?\s+(?:\w+\s+){0,2}$                             # maybe in quotes: had "neutralised" 1,163""",
    re.I | re.X,
)
# Soldiers held, removed, judged or demobilised rather than deployed, before or after their count.
_HELD = "surrendered|detained|evacuated|arrested|jailed|expelled|sentenced|convicted|imprisoned|demobili[sz]ed|disarmed"
_OTHER_CUE = re.compile(
    rf"""\b(?:proposal|proposed|refused\s+to|will\s+not|won't|would\s+not|ruled\s+out|captured|capture|
    prisoners?|hostages?|rejected|amounts?\s+to|amounted\s+to
    |{_HELD})\b  # incl. a court's judgment on soldiers: "sentenced 49 soldiers"
    """,
    re.X | re.I,
)
# A figure a correction retracts, before the speaker's cue too: "An earlier version of this article said ... 600".
_CORRECTION_BEFORE = re.compile(
    r"\b(?:(?:earlier|previous)\s(?:version|edition)\sof\sthis|incorrectly\s(?:said|stated|reported|gave))\b",
    re.I,
)
# Troops asked for are a request, not a deployment: "asked its partners for 5,000 more instructors", "requested
# another 2,000 troops", "a request for 4,000 soldiers" (the request's object, right before its count). A
# request forecast ("could ask for as many as 30,000 more") is a projection, read as one.
_REQUEST_BEFORE = re.compile(
    r"""\b(?:ask(?:s|ed|ing)|request(?:s|ed|ing)|appeal(?:s|ed|ing)|(?:a|the|its|their|\w{1,20}['’]s)\srequest)\s  # made
    (?:[\w’'-]{1,20}\s){0,3}?for\s                                          # "its partners for"
    (?:(?:up\sto|another|an\sextra|as\smany\sas|at\sleast|about|around|some|roughly|nearly)\s)?$  # "up to"
    |\brequest(?:s|ed|ing)\s(?:(?:another|an\sextra|up\sto|about|some)\s)?$  # "requested another 2,000"
    """,
    re.X | re.I,
)
# A minimum a task needs, or a count a condition supposes, is a threshold or a hypothesis, not a count: "would
# need at least 30,000 allied troops", "requires no fewer than 5,000", "if 10,000 troops were sent" (a plan's
# own size, "would require up to 10,000", stays its expected total).
_CONDITION_BEFORE = re.compile(
    r"""(?P<need>\b(?:needs?|needed|requires?|required|would\stake)\s$)  # the requirement (a minimum: below)
    |\b(?:if|unless)\s(?:(?:even|only|just|another|about|some|up\sto|as\smany\sas)\s)?$  # "if 10,000 troops"
    """,
    re.X | re.I,
)
# A total over years counts everyone who ever served or was trained, not those there: "more than 60,000 have
# served with UNIFIL since 2006", "since 2014, 3,000 instructors have trained some 40,000 recruits" (with
# "since" in reach: the perfect alone, "1,000 have served there for a month", may be those there now).
_CUMULATIVE_AFTER = re.compile(
    r"""^\s{1,3}(?:have|had)\s{1,3}(?:now\s{1,3}|already\s{1,3})?(?:served|rotated|trained)\b  # "have served"
    """,
    re.X | re.I,
)
_CUMULATIVE_BEFORE = re.compile(
    r"\b(?:have|has|had)\s{1,3}(?:now\s{1,3}|already\s{1,3})?trained\s{1,3}$", re.I
)
_SINCE = re.compile(r"\b[Ss]ince\s{1,3}(?:(?:the\s{1,3})?(?:start|beginning|outset)|(?:19|20)\d\d)\b")
_OTHER_AFTER = re.compile(
    rf"^[\s\w,'’-]{{0,40}}?\b(?:were\s+captured|taken\s+prisoner|defected|{_HELD})\b"
    # soldiers promoted, a career step and no posting: "1,117 officers were promoted" (the count the subject)
    r"|^\s{1,3}(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3}promoted\b"
    # captives kept somewhere: "guards about 9,000 fighters in prisons", "500 soldiers in custody"
    r"|^\s{1,3}(?:held\s{1,3})?(?:in|into)\s{1,3}(?:prisons?|jails?|detention|custody|captivity)\b",
    re.I,
)
_FORMATION_BEFORE = re.compile(
    r"""(?:\b(?:consists?|consisting|comprises?|comprising|comprised)\s+of\s+(?:\w+\s+){0,2}$  # "consists of"
    |\b(?:employs|employed|employ)\s+(?:\w+\s+){0,2}$                                    # "employs 1.3 million"
    |\b(?:corps|army|brigade|division|regiment|battalion)\s+of\s+(?:\w+\s+){0,2}$         # "a corps of 200,000"
    |\b(?:corps|army|brigade|division|regiment|battalion|unit)s?,?\s+with\s+(?:\w+\s+){0,2}$  # "the brigade, with"
    |\bfull-strength\s+(?:[\w-]{1,20}\s+){1,3}(?:is|was|has|numbers)\s+(?:\w+\s+)?$  # "a full-strength brigade is"
    |\beach\s+(?:brigade|division|regiment|battalion|unit|company)\s+(?:has|had|numbers|comprises|includes)
       \s+(?:\w+\s+){0,2}$                                                           # "each brigade has 3,000"
    |\ban?\s+(?:[\w-]{1,20}\s+)?(?:brigade|division|regiment|battalion)\s+           # any one: "a Burundian battalion"
       (?:(?:on\s+paper|typically|normally|usually|nominally)\s+)?(?:has|numbers|comprises)\s+  # "on paper has"
       (?:(?:about|around|roughly|some|nearly|almost|perhaps|only|just|over|under)\s+)?$)  # no "has sent"
    """,
    re.X | re.I,
)
# The whole force's size as its subject's change or total: "Poland's army has grown to 216,000 soldiers".
_FORCE_SIZE_BEFORE = re.compile(
    r"""(?:\b(?:army|armed\s+forces|military|corps)\s{1,3}             # the whole force as the subject
    |\b(?:army|navy|air\s+force|armed\s+forces|defen[cs]e\s+forces?|military)['’]s?\s{1,3}  # "the navy's
    (?:total\s{1,3}|overall\s{1,3})?(?:strength|size|headcount|manpower)\s{1,3})           # strength has"
    (?:(?:has|have|had|now|alone)\s{1,3}){0,2}                       # "has now", "the corps alone fields"
    (?:grown|grew|expanded|swelled|shrunk|shrank|increased|risen|rose|fallen|fell|reached|numbers|numbered
    |totals|totalled|totaled|fields|fielded)\s{1,3}(?:to\s{1,3})?(?:\w{1,20}\s{1,3}){0,2}$  # the verb of its size
    |\b(?:army|armies|armed\s+forces|military|militaries)\s{1,3}(?:that|which)\s{1,3}  # "armies that could
    (?:can|could|would|might)\s{1,3}(?:together\s{1,3}|jointly\s{1,3}|only\s{1,3})?field\s{1,3}  # together field"
    (?:\w{1,20}\s{1,3})?$
    """,
    re.X | re.I,
)
# A whole army sized in apposition by "strong": "Pakistan's army, about 560,000 strong, held ..." (its size).
_ARMY_APPOSITION = re.compile(r"\b(?:army|armed\s+forces|military|navy)\s{0,3},\s{1,3}$", re.I)
# An armed group's own growth in fighters is its size, no deployment: "it has grown from a few hundred fighters
# in 2021 to perhaps 6,500 today", "the militia swelled to 3,000 fighters".
_GROUP_GROWTH = re.compile(
    r"""\b(?:it|the\s{1,3}(?:group|militia|movement|insurgency|rebellion))\s{1,3}  # the group as the subject
    (?:has\s{1,3}|had\s{1,3})?(?:grown|grew|swelled|swollen)\s{1,3}(?:from|to)\s   # the verb of its growth
    (?:[^.;!?]{0,60}?\bto\s)?(?:[\w-]{1,20}\s{1,3}){0,2}$                          # "... in 2021 to perhaps"
    """,
    re.X | re.I,
)
# An armed group's own fighters as what it has: "the Syrian Democratic Forces, which have about 100,000 fighters".
_GROUP_HAS = re.compile(
    r"\b(?:which|who|that)\s{1,3}(?:has|have|had|boasts?|claims?|counts?)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$",
    re.I,
)
# A place after the count: "grown to 5,000 troops in Iraq" sends them somewhere, no force's size.
_PLACE_AFTER_COUNT = re.compile(
    r"^[\s,]{0,3}(?:(?:stationed|deployed|based|serving)\s{1,3})?(?:in|into|to|at|across|near|along|inside|abroad"
    r"|overseas)\b(?!\s{1,3}(?:total|all)\b)",
    re.I,
)
# A whole force as those a pay or pension measure is for: "pay rises of 8 percent for its 41,000 personnel".
_PAY_FOR = re.compile(
    r"""\b(?:pay|salary|salaries|wages?|pensions?|bonus(?:es)?|allowances?)\b  # a pay measure
    [^.;]{0,50}?\bfor\s{1,3}(?:its|their|all|the)\s{1,3}(?:\w{1,20}\s{1,3})?$  # "... for its"
    """,
    re.X | re.I,
)
# A body sized by "-strong" that a whole army owns is that army: "the People's Army's 1.2 million-strong force".
_ARMY_OWNS = re.compile(r"\b(?:army|military|navy|corps)['’]s\s{1,3}$|\barmed\s{1,3}forces['’]\s{1,3}$", re.I)
_FORCE_OF = re.compile(r"\b(?:force|formation|grouping)\s+of\s+(?:\w+\s+){0,2}$", re.I)
_STANDING_UNIT = re.compile(r"\b(?:corps|army|armies|division|fleet|navy|armed\s+forces|military)\b", re.I)
# A size at a peak or at full strength is the formation's, not a deployment: "some 20,000 soldiers at full
# strength".
_PEAK_AFTER = re.compile(
    r"^[\s\w,'’-]{0,30}?\bat\s+(?:(?:its|their|the)\s+(?:peak|height)(?!\s+of\b)|full\s+strength)\b", re.I
)  # "at the height of the drills" is a time: the troops there then
_CHANGE_AFTER = re.compile(
    r"\s{1,3}(?:to\s{1,3})?(?:\w{1,20}\s{1,3})?(?:double|triple|grow|rise|increase|expand|shrink|fall|decline|drop|halve)\b",
    re.I,
)
_NUMBERS_VERB = re.compile(
    r"\b(?:numbers?|numbered|numbering|totals?|totalled|totaled)\s+(?:\w+\s+){0,2}$", re.I
)
_IN_TOTAL_AFTER = re.compile(r"^[\s\w-]{0,30}?\b(?:in\s+total|in\s+all|on\s+active\s+duty)\b", re.I)
# "with" too: "the armed forces, with some 355,000 active personnel"
_HAVE_BEFORE = re.compile(r"\b(?:has|have|had|maintains?|fields?|with)\s+(?:\w+\s+){0,2}$", re.I)
# The count after its noun, the participle set off by a comma or not: "troops, numbering about 1,300".
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z]+),?\s+(?:numbering|totalling|totaling|totaling)\s+$", re.I)
# Personnel as the subject of "number"/"total" before a bare count: "Chinese personnel at the base number 2,000".
_SUBJECT_NUMBERS = re.compile(
    r"""\b(?P<noun>[A-Za-z]{2,20})                                         # the subject's head noun
    (?:\s(?:at|in|on|from|inside)\s(?:[\w’'.-]{1,30}\s){0,4}?[\w’'.-]{1,30})?  # where they are: "at the base"
    \s(?:number|numbered|total|totalled|totaled)\s{1,3}$                      # the verb, just before the count
    """,
    re.X,
)
_NUMBER_OF = re.compile(
    r"""\b(?:number|figure|total|count|tally|estimate)\s+(?:of|for)\s+   # "the number of", "its figure for"
    (?P<phrase>(?:[\w’'.-]+\s+){0,4}?)(?P<noun>[a-z]+)\b         # "North Korean soldiers"
    [^,;]{0,80}?\b(?:at|to|as)\s+(?:\w+\s+){0,2}$                # "... at (between|about)"
    """,
    re.X,
)
# A bare number given as the size of troops named earlier in the sentence: "put their number at 9,000",
# "troop strength has risen to an estimated 50,000". Never "the number of casualties rose to 300".
_SIZE_OF = re.compile(
    r"""(?:(?:\b(?:their|its|the)\s+(?:total\s+)?(?:number|numbers|strength|size|count)(?!\s+of\b)  # "their number"
    |\b(?P<noun>troop|troops|forces?)\s+(?:strength|numbers|levels?|presence|size)\b    # "troop strength"
    |(?:\b(?:their|its|the)|\b[A-Z][\w.-]{1,20}['’]s)\s+(?:[\w-]{1,20}\s+){0,2}?        # "the US presence",
    (?P<head>presence|contingent|garrison|deployment|force)\b(?!\s+of\b))             # "Canada's contingent"
    [^.;]{0,60}?\b(?:at|to|from|reach(?:es|ed)?)\s+(?:\w+\s+){0,2}["“]?$             # "at", "rose to", "cut from"
    |(?:\b(?:their|its|the)\s+[\w-]{1,20}['’]s|\b[A-Z][\w.-]{1,20}['’]s)\s+               # "the mission's",
    (?:total\s+|authori[sz]ed\s+)?(?:strength|size)\b                                   # "SAMIM's strength"
    [^.;\d]{0,40}?\b(?:at|to|reach(?:es|ed)?|remain(?:s|ed)?)\s+(?:\w+\s+){0,2}$         # "peaked at", "remains"
    |\b(?:their|its|the)\s+(?:[\w-]{1,20}\s+){0,2}?                                 # "the force passed 5,000":
    (?P<bare>presence|contingent|garrison|deployment|force)\s+$)                       # the verb is the qualifier
    """,
    re.X | re.I,
)
# An owner's own force, the word right before it: "its force", "their force", "France's force".
_OWNED_FORCE = re.compile(r"\b(?:its|their|[A-Z][\w.-]{1,20}['’]s)\sforce$")
# Force names that are themselves a body of troops (a presence or deployment may be ships or aircraft).
_TROOP_BODIES = frozenset({"contingent", "garrison"})
_OWNER_BODY = re.compile(r"\b(?:contingent|garrison)s?\b")  # a body of troops as an owner's head
# The last personnel noun of a text (a bounded window before a size phrase).
_LAST_TROOPS = re.compile(
    r"\b(?:troops|soldiers|forces|servicemen|personnel|fighters|peacekeepers|marines)\b", re.I
)
# A bare number as the value of a label naming troops: "Russian troops in Kursk region: up to 50,000" (a
# bullet or fact box), or in parentheses right after them: "moved troops (about 3,000, according to ...)".
# Losses named in a label ("Peacekeepers killed since 2022: 130+"): its number counts no troops deployed.
_LABEL_LOSSES = re.compile(
    r"\b(?:kill|wound|injur|dead|died|death|casualt|loss|lost|missing|captur|prisoner)", re.I
)
# Troops whose number is asked or named but not given: "How many KFOR troops are there?", "sent troops ...
# but did not say how many", "misstated the number of French troops"; and a question naming troops ("Are
# there still Belarusian troops near the border?"). The bare number answering it counts them.
_ASKED = re.compile(r"\bhow\s+many\b|\b(?:the|its|their)\s+(?:number|size|strength)\s+of\b", re.I)
_OF_THEM = (" of them", " of those", " of these")
# A contributor's share of the troops named before: "India supplies about 2,400 of them" (a withdrawal of
# some of them is no level).
_CONTRIBUTES_BEFORE = re.compile(
    r"""\b(?:suppl(?:y|ies|ied)|provid(?:e|es|ed)|contribut(?:e|es|ed)|account(?:s|ed)?\s+for|ma(?:ke|kes|de)\s+up)
    \s{1,3}(?:[\w,-]{1,20}\s{1,3}){0,2}$                  # "about", "roughly"
    """,
    re.X | re.I,
)
# The word after a bare number that leaves it bare ("400 have arrived", "3,000 more", "2,000 in total").
_BARE_NEXT = frozenset(
    {
        "",
        "more",
        "others",
        "were",
        "was",
        "are",
        "is",
        "in",
        "at",
        "by",
        "before",
        "after",
        "have",
        "had",
        "has",
        "will",
        "would",
        "could",
        "last",
        "this",
        "so",
        "on",
        "since",
        "to",
        "and",
        "or",
    }
)
# A negation before a bare number denies it: "3,000 servicemen, and not one more".
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s{1,3}$", re.I)
# A share before a number: "nine in ten Africa Corps men", "one out of five soldiers" (a proportion, no count).
_SHARE_BEFORE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s(?:in|out\sof)\s$", re.I
)
# A shortage names troops missing, not troops anywhere: "the army is short of about 20,000 soldiers", "a
# shortfall of 3,000 recruits" (but "just short of 5,000 troops", without a verb to be, is nearly 5,000).
_SHORTAGE_BEFORE = re.compile(
    r"""\b(?:(?:is|are|was|were|remains?|remained|runs?|ran)\s(?:still\s)?short\s(?:of|by)  # "is short of"
    |shortage\sof|shortfall\sof)                                                               # "a shortage of"
    \s(?:(?:about|around|some|nearly|roughly|almost|approximately|more\sthan|at\sleast)\s)?$""",
    re.X | re.I,
)
# A toll's figure counts the dead of a disaster, whatever soldiers the sentence names: "the death toll has
# risen to 12,000", "a death toll of 300" (a number with a noun of its own, "toll of 40 soldiers", is read by it).
_TOLL_BEFORE = re.compile(
    r"""\btoll\s                                                  # "the death toll", "the toll"
    (?:(?:has|had|have|is|was|now)\s){0,2}                         # "has", "now"
    (?:risen|rose|climbed|reached|stands?|stood|hit|of|at|to)\s     # the verb or "of"
    (?:(?:to|at|over|about|around|some|nearly|almost|more\sthan)\s){0,2}$  # "to", "at least", "over"
    """,
    re.X | re.I,
)
# A sentence that says what its officers or members were names their service: "the 400 officers who arrived
# on Tuesday were police, not troops", "the 50 volunteers are civilians".
_SAID_CIVIL_AFTER = re.compile(
    r"""(?:\s(?:who|that|which|sent|[a-z]{2,16}ed)\s[^,;.]{1,80}?)?   # "who arrived on Tuesday", "deployed there"
    \s(?:were|are|was|is)\s(?:all\s|in\sfact\s|actually\s)?       # the copula
    (?:police|policemen|policewomen|civilians|civilian|firefighters)\b  # a civilian service
    """,
    re.X | re.I,
)
# A work of fiction's story counts characters, no soldiers: "her novel follows a band of 12 mercenaries", "the
# film imagines 300 marines" (a documentary's, or a book's "says", are reports).
_FICTION_BEFORE = re.compile(
    r"""\b(?:novel|novella|film|movie|play|musical|video\sgame|sequel|comic|fable|thriller|saga)s?\s  # the work
    (?:(?:also|now|then)\s)?                                                        # "also"
    (?:follows|tells|depicts|portrays|imagines|features|stars|chronicles|centres\son|centers\son)\b  # its story
    [^.;:]{0,60}$                                                                    # up to the number""",
    re.X | re.I,
)
# A figure named to be retracted ("the 900 figure would no longer be used", "that 5,000 estimate was wrong") is
# no count of its own; a figure named to be explained ("the 1,500 figure reflected ...") still is.
_RETRACTED_FIGURE = re.compile(
    r"""\s(?:figure|estimate|number|tally)\s                          # "the 900 figure"
    (?:(?:is|was|were|would|will|has|had|should)\s(?:now\s)?(?:be\s|been\s)?)?  # "would", "has been"
    (?:no\slonger|wrong|incorrect|inaccurate|outdated|obsolete|withdrawn|retracted|superseded|dropped)\b
    """,
    re.X | re.I,
)
_FIGURE_LABEL_BEFORE = re.compile(
    r"\b(?:the|that|this|its|their)\s(?:(?:earlier|old|official|original)\s)?$", re.I
)


# A place's capacity counts beds, not troops there: "the base could now accommodate up to 2,000 personnel",
# "barracks with room for 800 soldiers", "a capacity of 5,000 troops" (but "the base houses 2,000 troops" is a
# count of those there).
_CAPACITY_BEFORE = re.compile(
    r"""\b(?:(?:can|could|able\sto|designed\sto|built\sto)\s(?:(?:now|still|easily|eventually)\s)?  # ability
         (?:accommodate|house|hold|sleep)                                       # "could accommodate"
       | (?:room|capacity|space|beds?)\sfor                                     # "room for"
       | capacity\sof)                                                          # "a capacity of"
    \s(?:(?:up\sto|as\smany\sas|about|around|some|roughly|nearly|more\sthan|over)\s)?$  # "up to"
    """,
    re.X | re.I,
)
_NEEDLES_CAPACITY = ("accommodate", "house", "hold", "sleep", "room", "capacity", "space", "bed")
# Sympathy goes to the hurt and the bereaved: "our thoughts are with the three soldiers" names victims of an
# attack told before, never a force.
_SYMPATHY_BEFORE = re.compile(
    r"""\b(?:thoughts|prayers|condolences|sympathy|sympathies|hearts)\s  # the sympathy
    (?:(?:are|go|goes|went|remain)\s(?:out\s)?)?(?:with|to)\s               # "are with", "go out to"
    (?:the|those|all|our|their)\s$""",  # "the three soldiers"
    re.X | re.I,
)


def _may_share(text: str, start: int) -> bool:
    r"""Whether ``_SHARE_BEFORE`` may match right before ``start``: a cheap necessary test, taken first.

    Its match ends with "in" or "of" (in any case; neither "n" nor "f" folds from another character),
    whitespace and the end, where ``$`` also holds before a final newline.

    >>> _may_share("one in 500", 7), _may_share("one of \n500", 8), _may_share("sent 500", 5)
    (True, True, False)
    """
    if start >= 2 and text[start - 1].isspace() and text[start - 2] in "nNfF":
        return True
    return start >= 3 and text[start - 1] == "\n" and text[start - 2].isspace() and text[start - 3] in "nNfF"


# A time adverbial after a bare number: "down from 2,300 a year earlier", "will rise to 5,000 next year".
# "now" closing a bare number's clause: the level a change starts from, "up from 900 today,".
_NOW_AFTER = re.compile(r"\s(?:now|today|currently)\s{0,3}(?:[,.;)]|$)", re.I)
_TIME_AFTER = re.compile(
    r"\s(?:(?:a|one|the)\s+(?:year|month|week|decade)\s+(?:earlier|ago|before|later)|next\s+(?:year|month|week))\b",
    re.I,
)
# A bare number staying somewhere, or kept there by its owner: "1,500 were now stationed near", "600
# remained there", "the 1,750 it keeps in South Sudan" (troops named earlier in the sentence).
_STAY_AFTER = re.compile(
    r"""\s(?:(?:were|are|is|was)\s(?:now\s|still\s|currently\s)?(?:stationed|deployed|based|posted|serving)
    |(?:remain|remained|remains|stayed|stay|stays)\s(?:there|here|in|on|at|near|behind|stationed|deployed)
    |(?:it|they)\s(?:keeps|kept|keep|has|had|maintains|maintained|fields)\s(?:there|in|on|at|near)
    |already\s(?:there|here|in|on|at|near|stationed|deployed|based)    # "the 40,000 already in the region"
    |(?:now|still|currently)\s(?:stationed|deployed|based|posted|serving)  # "the 10,000 or so now deployed"
    |(?:are|were|is|was|will\sbe)\s(?:now\s|still\s|currently\s)?there\b  # "some 1,100 are there now"
    )\b""",
    re.X | re.I,
)
# What a pull-out leaves of the troops named before: "pulled most of its troops, leaving fewer than 800".
_LEAVING_BEFORE = re.compile(
    r""",\s{1,3}leaving\s{1,3}(?:only\s{1,3}|just\s{1,3})?  # ", leaving (only)"
    (?:(?:about|around|some|roughly|nearly|almost|approximately|fewer\sthan|less\sthan|more\sthan|under|over)\s{1,3})?$
    """,
    re.X | re.I,
)
_ANAPHORIC_TOTAL = re.compile(
    r"""\b(?:the|that|this|its)\s+(?:(?:true|real|actual|official|new|revised|latest)\s+)?  # "the true
    (?:total|number|figure|tally|count)\b                                         # figure", "that figure"
    |\b(?:a|an)\s+(?:higher|lower|larger|smaller|bigger|new|revised|different|separate|similar)\s+
    (?:total|number|figure|tally|count|range|estimate)\s+of\s+(?:between\s+)?$     # "a higher range of between"
    """,
    re.I | re.X,
)
_ELLIPSIS_LINK = re.compile(
    r"""(?:\bup\s+from|\bdown\s+from|\bof\s+whom|\bfrom|\bcompared\s+with|\bwith|\bor|\band|\bto|\bversus|\breach
    |\bbut(?:\s+only|\s+just)?|\banother|\bof\s+(?:them|those|these),?
    |\b(?:but|and)\s+(?:are|is|were|was|stand|stood)\s+(?:now|still|currently))\s+  # "but are now (fewer than) 100"
    (?:the\s+(?:current|present|existing|previous|former|original|earlier|planned)\s+)?$  # "from the current 150"
    """,
    re.I | re.X,
)
_DATE_BLOCK_BEFORE = re.compile(
    r"""\b(?:by|until|till|before|since|from|after|through|next|within|ahead\s+of|began|begun|started
    |due\s+(?:in|on)|scheduled\s+(?:for|in|on))\s+  # a later event's time: "exercises due in September"
    (?:the\s+)?                                        # "since the October 7 attack", "by the June 30 deadline"
    (?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$""",
    re.X | re.I,
)
# A perfect or a past state after "by <date>": "by March 31 ... had called up", "by May ... remained".
_PERFECT = re.compile(r"\b(?:had|has|have|was|were|remained|stood|numbered|totall?ed)\b", re.I)
# Where the date's clause ends: a semicolon, or a new clause after a comma (and a footnote mark, "Chad,[14]
# and"): joined by a conjunction or relative ("..., of whom 8,000 were in Kursk").
_CLAUSE_BREAK = re.compile(
    r";|,(?:\[\d{1,3}\])?\s{1,3}(?:and|but|while|whereas|of\s+whom|of\s+which|who|which)\b", re.I
)
_RELATIVE_DATE = re.compile(
    r"^(?:next|this|last)\s+(?:week|month|year)\b|^(?:today|yesterday|tomorrow)\b", re.I
)
_DEPLOY_VERB = re.compile(
    r"""\b(?:send|sends|sent|sending|dispatch\w*|deploy\w*|mov(?:e|ed|es|ing)|transfer\w*|station\w*
    |commit\w*|contribut\w*|provid\w*|supplied|supply|lose|loses|lost|losing|has|have|had|mass\w*|concentrat\w*
    |ship\w*|put|rotate\w*|keep|keeps|kept)\b""",
    re.X | re.I,
)
_DEMONYM_AFTER = re.compile(
    r"""^\s{0,3}(?:who\s+were\s+|that\s+were\s+|were\s+|)?(?:\w+\s+){0,2}?
    (?:from|of)\s+(?:the\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2})""",
    re.X,
)
_AGENT_AFTER = re.compile(
    r"""^\s{0,3}(?:that\s+|which\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2})\s+
    (?:has\s+|had\s+|have\s+)?(?:deployed|sent|dispatched|moved|committed)\b""",
    re.X,
)
_OPENING_CONTINUATION = re.compile(
    r"""^\s*(?:[“"‘]|(?:He|She|It|They|The\s+(?:agency|ministry|official|spokesman|spokeswoman|report)
    |Also|In\s+addition|Additionally|Moreover|Furthermore)\b)""",
    re.X,
)
# A transcript's speaker label opening a turn: "MS. WHITFIELD:", "GEN. RYDER:" (a title makes it a person, not
# a heading such as "UPDATE:"), or a question's "Q:". The speaker speaks for every turn until the next label.
_SPEAKER_LABEL = re.compile(
    r"""(?:(?:MR|MS|MRS|DR|GEN|ADM|COL|CAPT|LT|MAJ|SEC|SECRETARY|GENERAL|ADMIRAL|AMBASSADOR|MINISTER
      |SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|PRESIDENT|PRIME\ MINISTER|CHAIR|CHAIRMAN)\.?\ {1,2}    # a title
    (?P<name>[A-Z][A-Z'\-]{1,20}(?:\ [A-Z][A-Z'\-]{1,20}){0,2})                              # the name
    |(?P<asker>Q|QUESTION|MODERATOR|OPERATOR|REPORTER|JOURNALIST)                         # or no speaker's
    (?:\ \([^()\n]{1,40}\))?                                                             # "REPORTER (Reuters)"
    |(?P<role>HOST|GUEST|PRESENTER|INTERVIEWER|INTERVIEWEE))                              # or a role's
    :\s""",
    re.X,
)
# A compiled thread's post header: "@NATO_KFOR · 29 Sep 2025, 09:14", "RT @MApN_Romania · 30 Sep", "@jo (journalist)
# · 13:01". The account speaks for its post until the next header (a repost's account is the original poster).
_POST_HEADER = re.compile(
    r"""(?:RT\ )?@(?P<handle>[A-Za-z0-9_]{2,30})                                            # the account
    (?:\ \([^()\n]{1,40}\))?                                                             # maybe its role
    \ {1,2}[·•|—-]\ {1,2}\d                                                              # then its time""",
    re.X,
)
# A briefing's labels in title case: "Spokesperson Mao Ning:" opens the named speaker's answer, "Question:"
# a questioner's turn (no one's figures).
_TITLED_LABEL = re.compile(
    r"""(?:(?P<asker>Question|Q|Moderator|Reporter|Journalist)
    |(?:(?:Foreign\ Ministry\ |Chief\ |Deputy\ )?(?:Spokesperson|Spokesman|Spokeswoman|Minister|Ambassador
       |Secretary|Director|Chairman|Chairwoman|Chair|President|Governor|General|Admiral)\ )   # a role
     (?P<name>[A-Z][a-z'’-]{1,20}(?:\ [A-Z][a-z'’-]{1,20}){1,2}))                          # its full name
    :\s""",
    re.X,
)
# A transcript's header line naming who plays a role: "Guest: Dr Pascal Ndikumana, senior researcher"; the
# role's label ("GUEST:") then opens that person's turns.
_ROLE_LINE = re.compile(
    r"""(?P<role>Host|Guest|Presenter|Interviewer|Interviewee):\ {1,3}                      # the role
    (?:(?:Dr|Mr|Ms|Mrs|Prof|Professor)\.?\ {1,2})?                                         # maybe a title
    (?P<name>[A-Z][a-z'’-]{1,20}(?:\ [A-Z][a-z'’-]{1,20}){1,2})(?=,|\s*$|\ \()            # the full name
    """,
    re.X,
)
# A transcript's header list of who took part: "Witness: Lieutenant-General Andrew Halloran, Commander, ...",
# "Members present: Senator Hugh Thornbury (Chair), Senator Claire Okafor". A speaker label later gives only
# the surname ("GEN. HALLORAN:"); the list gives the full name.
_ROSTER_LINE = re.compile(
    r"""(?:Witness(?:es)?|Members?\ present|Present|Panel(?:ists)?|Participants|Speakers|Appearing
    |Attendees|Guests?)\ {0,2}:\ """,
    re.X,
)
_ROSTER_NAME = re.compile(
    r"""(?:^|(?<=[:,;(]\ )|(?<=\ and\ ))                                 # a list item starts
    (?:(?:Senator|Sen|Lieutenant-General|Lt-Gen|Major-General|Brigadier-General|General|Gen|Vice-Admiral
      |Rear-Admiral|Admiral|Adm|Colonel|Col|Dr|Mr|Ms|Mrs|Prof|Professor|Hon|Minister|Ambassador
      |Representative|Rep|Secretary)\.?\ )?                             # maybe a title
    (?P<name>[A-Z][a-z'’-]{1,20}(?:\ [A-Z]\.)?\ [A-Z][a-z'’-]{1,20})       # first name, surname
    (?=\ ?[,;()]|\.?\s*$|\ and\ )                                      # the item ends
    """,
    re.X,
)
_GENERIC_SPEAKERS = _words("""report reports the report statement analysis study data figures statistics imagery satellite imagery
    documents estimates say this information intelligence-gathering""")
_ANAPHORIC_HEADS = _words("""agency ministry service spokesman spokeswoman spokesperson official expert analyst army military
    government president minister department command council office commander fleet diplomat lawmaker
    institute group staff intelligence envoy alliance coalition bloc organisation organization union
    junta regime mission administration cabinet embassy police force""")
# A speaker for a body ("A spokesperson for US Army Europe and Africa"), later "the spokesperson".
_VOICE_FOR = re.compile(r"(?i:an?|the)\s(?:senior\s)?spokes(?:man|woman|person)\s(?:for|of|at)\s\S")
# A bare role that refers back to the last speaker of that role: "the official", "the source".
_ROLE_HEADS = frozenset({"expert", "analyst", "professor", "official", "spokesman", "source"})
_THE_SPOKESPERSON = frozenset({"the spokesperson", "the spokesman", "the spokeswoman"})
_BODY_HEADS = frozenset(["alliance", "coalition", "bloc", "organisation", "organization", "union"])
_ACRONYM = re.compile(r"^(?:[Tt]he\s+)?(?P<acr>[A-Z]{2,6})$")

# Country names and capitals (and "the North") that may send or lose troops.
_PLACE_COUNTRY: dict[str, str] = {
    **{normalise_name(c): c for c in DEMONYMS.values()},
    "north korea": "North Korea",
    "pyongyang": "North Korea",
    "the north": "North Korea",
    "north": "North Korea",
    "dprk": "North Korea",
    "south korea": "South Korea",
    "seoul": "South Korea",
    "russia": "Russia",
    "moscow": "Russia",
    "kremlin": "Russia",
    "ukraine": "Ukraine",
    "kyiv": "Ukraine",
    "washington": "United States",
    "us": "United States",
    "united states": "United States",
    "america": "United States",
    "china": "China",
    "beijing": "China",
    "belarus": "Belarus",
    "minsk": "Belarus",
    "iran": "Iran",
    "tehran": "Iran",
    "britain": "United Kingdom",
    "uk": "United Kingdom",
    "united kingdom": "United Kingdom",
}
_COUNTRY_ADJECTIVE: dict[str, str] = {
    "United States": "US",
    "United Kingdom": "British",
    "the West": "Western",
    "Korea": "Korean",
    **{country: demonym.title() for demonym, country in DEMONYMS.items() if len(demonym) > 3},
}
_COUNTRY_ADJECTIVE.update({"United States": "US", "United Kingdom": "British", "North Korea": "North Korean"})
_COUNTRY_ADJECTIVE["South Korea"] = "South Korean"
_PLACES = (
    r"North\s+Korea", r"South\s+Korea", r"United\s+States", r"United\s+Kingdom", r"the\s+North", "Pyongyang",
    "Seoul", "Russia", "Moscow", "Kremlin", "Ukraine", "Kyiv", "Washington", r"U\.?S\.?(?![\w.])", "America",
    "China", "Beijing", "Belarus", "Minsk", "Iran", "Tehran", "Britain", "UK", "France", "Germany", "Poland",
    "Turkey", "India", "Japan", "Israel", "Cuba", "Nepal",
)  # fmt: skip
_PLACE_WORD = re.compile(rf"\b(?P<place>{'|'.join(_PLACES)})\b")
# Found by a scan in C (see ``claimkit.dates.word_start_twin``). Exact: the pattern is case-sensitive and every
# match starts a word with the first letter of one of the places.
_PLACE_WORD_AT = word_start_twin(_PLACE_WORD, "".join(sorted({p[0] for p in _PLACES})))
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|in|into|from|against|with|of|for|near|across|on|at)\s+(?:the\s+)?$", re.I
)


# ------------------------------------------------------------------ noun analysis

# An armed body after a contextual noun arms it: "officers of Iran's Revolutionary Guards", "members of the
# militia", "members of the SANDF". A company's or a club's officers are not.
_ARMED_OF = re.compile(
    r"""\s{1,3}(?:of|from)\s{1,3}(?:the\s{1,3})?(?:[\w’'-]{1,30}\s{1,3}){0,3}?   # "of (the) Iran's Revolutionary"
    (?:(?i:guards?|corps|force|forces|navy|marines|legion|militias?|army|armies)\b   # the armed body's head
    |[A-Z]{1,5}(?:DF|AF)\b)                   # or its short form: a Defence Force's, an Armed Forces' (SANDF, SAF)""",
    re.X,
)
_QUOTE_MARKS = frozenset('"“”‘’')
# Alliances and blocs whose members are states: "all 32 NATO members", "27 EU member states".
_STATE_BLOCS = _words("""nato eu alliance bloc au ecowas csto sco asean osce g7 g20 brics opec un commonwealth
    sadc igad""")


# Built for every count (a few per sentence) and never changed after: a plain slotted class, as a frozen attrs
# class sets each field through ``object.__setattr__`` (about 3x the cost).
@attrs.define
class _Counted:
    kind: str  # "personnel", "casualty", "people", "civilians", "unit_standing", "unit_deployed", "states", "none"
    noun: str
    end: int  # sentence offset where the noun phrase ends
    start: int  # sentence offset where it starts (may precede the number)
    demonym: str | None = None  # country named inside the phrase


def _country_of(words: Sequence[str]) -> str | None:
    low = [normalise_name(w) for w in words]
    for i in range(len(low)):
        for size in (2, 1):
            key = " ".join(low[i : i + size])
            if key in DEMONYMS:
                return DEMONYMS[key]
            if key.endswith("s") and key[:-1] in DEMONYMS and key[:-1] != "u":
                return DEMONYMS[key[:-1]]  # "North Koreans"
    return None


def _nationals(low: str) -> bool:
    """Whether a word names the people of a nation ("Australians", "Romanians"), not of a bloc ("Europeans").

    >>> _nationals("australians"), _nationals("europeans"), _nationals("australian")
    (True, False, False)
    """
    return low.endswith("s") and low[:-1] in DEMONYMS and low[:-1] not in _BLOCS


_BLOCS = frozenset({"european", "western", "u", "us"})


class _Facts:
    """What a sentence's counts may ask of it, each scanned for once and only when asked (most never are).

    >>> f, g = _Facts("The police said 500 officers left.", None), _Facts("500 soldiers reportedly left.", None)
    >>> f.military(), g.military(), f.hedged(), g.hedged()
    (False, True, False, True)
    """

    __slots__ = ("folded", "held", "is_hedged", "is_military", "readable", "text")

    def __init__(
        self, text: str, folded: str | None, readable: bool | None = None, held: frozenset[str] | None = None
    ) -> None:
        self.text = text
        self.folded = folded  # ``_lower_twin(text)``
        self.readable = reads_as_ascii(text) if readable is None else readable
        self.held = held  # ``_HELD_WORDS.intersection(ascii_words(text))``, when the text has ASCII words
        self.is_military: bool | None = None
        self.is_hedged: bool | None = None

    def military(self) -> bool:
        """Whether the sentence speaks of armed forces."""
        if self.is_military is None:
            lower = _MILITARY_LOWER_ASCII if self.readable else _MILITARY_LOWER
            self.is_military = _has(_MILITARY_CONTEXT, lower, self.text, self.folded)
        return self.is_military

    def hedged(self) -> bool:
        """Whether the sentence hedges what it reports ("reportedly", "may have")."""
        if self.is_hedged is None:
            folded = self.folded
            held = self.held
            may = _may(folded, _NEEDLES_HEDGE) if held is None else not _HEDGE_CASINGS.isdisjoint(held)
            self.is_hedged = may and _has(_HEDGE, _HEDGE_LOWER, self.text, folded)
        return self.is_hedged


def _counted_after(text: str, end: int, facts: _Facts) -> _Counted:
    """Read the noun phrase after a number at ``end``; ``facts`` tell whether the sentence is military."""
    window = text[end : end + 160]
    strong = window.startswith(("-strong", " strong"))
    if strong or window.startswith(_MEMBERS):
        # "a 12,000-strong force", "a 3,000-man contingent": the count of a body of troops,
        # which is a deployment or a standing formation by its noun.
        skip = 7 if strong else len(next(m for m in _MEMBERS if window.startswith(m)))
        words = [(m.group(), m.start()) for m in _WORD.finditer(window, skip)][:6]
        for w, at in words:
            low = w.lower()
            if low in _CIVIL_BODIES:
                return _Counted("none", low, end + at + len(w), end)  # "a 1,000-strong choir"
            if low in _UNITS_STANDING:
                return _Counted("unit_standing", low, end + at + len(w), end)
            if low in _UNITS_DEPLOYED:
                return _Counted("unit_deployed", low, end + at + len(w), end)
        if strong:
            return _Counted("unit_deployed", "strong", end + 7, end)
    taken: list[str] = []
    for m in _WORD.finditer(window):
        if len(taken) > 6:
            break
        w = m.group()
        if w in _QUOTE_MARKS:
            continue  # a noun in scare quotes is the noun: 1,500 Russian "instructors"
        low = w.lower().replace("’", "'")
        stop = end + m.end()
        # "border guards", "military contractors", "Revolutionary Guards advisers"
        previous = taken[-1].lower() if taken else ""
        armed = bool(taken) and (previous in _ARMED_KINDS or previous in _ARMED_BODIES)
        if previous in _CIVIL_SERVICES and low in CONTEXTUAL_PERSONNEL and _country_of(taken) is None:
            # "3,000 police officers"; but "military police officers", and a nation's police sent as a
            # contingent ("1,000 Kenyan police officers" for a mission abroad) count.
            if len(taken) < 2 or taken[-2].lower() not in _ARMED_KINDS:
                return _Counted("none", low, stop, end)
            armed = True
        if low in {"troops", "troop"} and previous in _YOUTH_MOVEMENTS:
            return _Counted("none", low, stop, end)  # "40 Scout troops": a youth movement's groups
        if low in {"members", "member"} and previous in _STATE_BLOCS:
            return _Counted("states", low, stop, end)  # "32 NATO members": the member states, not people
        if not armed and low in CONTEXTUAL_PERSONNEL and not facts.military():
            armed = _ARMED_OF.match(window, m.end()) is not None  # "officers of Iran's Revolutionary Guards"
        if low == "fighters" and taken and _AIRCRAFT_TYPE.fullmatch(taken[-1]):
            return _Counted("none", low, stop, end)
        if (low in PERSONNEL or (armed and low in CONTEXTUAL_PERSONNEL)) and (
            low not in CONTEXTUAL_PERSONNEL or armed or facts.military() or _country_of(taken)
        ):
            # "special forces troops": keep reading a second personnel noun
            nxt = _WORD.match(window, m.end() + 1)
            if nxt is not None and nxt.group().lower() in PERSONNEL and low in {"forces", "special"}:
                stop = end + nxt.end()
                low = nxt.group().lower()
            return _Counted("personnel", low, stop, end, _country_of(taken))
        if low in CASUALTY_NOUNS:
            return _Counted("casualty", low, stop, end, _country_of(taken))
        pair = f"{previous} {low}" if taken else low
        if low in _PEOPLE or pair in _PEOPLE or _nationals(low):
            nxt = _WORD.match(window, m.end() + 1)
            if nxt is not None and nxt.group().lower() in PERSONNEL:
                return _Counted(
                    "personnel", nxt.group().lower(), end + nxt.end(), end, _country_of([*taken, w])
                )
            if facts.military():
                return _Counted("people", low, stop, end, _country_of([*taken, w]))
            return _Counted("none", low, stop, end)
        if low in _CIVILIANS:
            return _Counted("civilians", low, stop, end, _country_of(taken))
        if (low in _UNITS_STANDING or low in _UNITS_DEPLOYED) and low not in {"military", "armed", "force"}:
            nxt = _WORD.match(window, m.end() + 1)
            if not (
                (w[:1].isupper() or low == "army") and nxt is not None and nxt.group().lower() in PERSONNEL
            ):
                return _Counted("unit", low, stop, end)
            # A named force between the number and its members: "200 Africa Corps fighters"; the service
            # itself, in lower case, before its members: "30,000 army personnel"
        if (
            low in _MODIFIERS
            or low in _ARMED_KINDS
            or (w[:1].isupper() and low not in {"in", "on"})
            or low.endswith("-led")
            # two nations' or kinds' troops: "14,000 Philippine and U.S. troops", "Romanian and other foreign"
            or (low == "and" and bool(taken) and taken[-1][:1].isupper())
        ):
            taken.append(w)
            continue
        break
    return _Counted("none", "", end, end)


# ------------------------------------------------------------------ context


# A person introduced by rank or office with a first and last name, with or without a cue: "Brigadier General
# Heiko Brandt meets me", "Defence Minister Anna Kowal visited". Remembered, so a later "he"/"she" is them.
_TITLED_PERSON = re.compile(
    r"""\b(?:General|Brigadier|Colonel|Major|Captain|Lieutenant|Admiral|Commander|Sergeant|Minister|Secretary
    |Ambassador|Spokesman|Spokeswoman|Spokesperson|Chancellor|Governor|Senator|Professor
    |Mr\.?|Ms\.?|Mrs\.?|Dr\.?)  # the title's last word, or a courtesy title
    \s(?P<name>[A-Z][a-z'’-]{1,20}\s[A-Z][a-z'’-]{1,20})\b(?!\s[A-Z])    # a first and a last name, no more
    """,
    re.X,
)
# A body named in full by its head and "of": "the Ministry of Foreign Affairs and Development Cooperation".
# Remembered, so a later "the Ministry" is that body.
_OF_BODY = re.compile(
    r"""\b(?:Ministry|Department|Government)\sof\s(?:the\s)?[A-Z][\w’'-]{1,20}  # "Ministry of Foreign"
    (?:\s(?:and\s|for\s)?[A-Z][\w’'-]{1,20}){0,5}                           # "Affairs and Development ..."
    """,
    re.X,
)
_OF_BODY_AT = word_start_twin(_OF_BODY, "DGM")
_OF_BODY_HEADS = frozenset({"Ministry", "Department", "Government"})  # ``_OF_BODY``'s first words
# ``_TITLED_PERSON``'s titles: each a whole word of the text (a test checks them against the pattern).
_TITLE_WORDS = _words(
    """General Brigadier Colonel Major Captain Lieutenant Admiral Commander Sergeant Minister Secretary
    Ambassador Spokesman Spokeswoman Spokesperson Chancellor Governor Senator Professor Mr Ms Mrs Dr"""
)
# Exact for the reason of ``_PLACE_WORD_AT``: case-sensitive, every match starts a word with a title's first letter.
_TITLED_PERSON_AT = word_start_twin(_TITLED_PERSON, "ABCDGLMPS")
# Every word of :func:`ascii_words` the fast paths of a sentence's cues and memory read (``_find_cues`` and
# ``_Context.take_in``): a sentence's words among them are found in one pass over its words, not one a test.
# The hedges' words too (``_Facts.hedged``).
_HELD_WORDS = _CUE_WORDS | _OF_BODY_HEADS | _TITLE_WORDS | {"of"} | _HEDGE_CASINGS


_ACTOR_NAME = operator.attrgetter("name")


@attrs.define
class _Context:
    """Per-document state of one extraction pass (local to the call, never shared)."""

    gazetteer: Gazetteer
    default: Actor
    recent: list[Actor] = attrs.Factory(list)
    last_personnel: tuple[int, _Counted, str | None] | None = None  # sentence index, noun, whose
    last_speaker: tuple[int, int, Actor, tuple[Actor, ...]] | None = None  # sentence, paragraph, actor, via
    topic: str | None = None
    cache: dict[str, Actor | None] = attrs.Factory(dict)
    # Mentions whose resolution reads nothing of the memory (``recent``): a name resolved through the
    # gazetteer, or a generic speaker. The same words resolve the same way all through the document.
    settled: dict[str, Actor | None] = attrs.Factory(dict)
    # Mentions resolved since the memory (``recent``, ``voiced``) last changed: the claims of a sentence ask
    # again for the speakers its cues named. Emptied by ``remember`` and ``hear``, which change the memory.
    heard: dict[str, Actor | None] = attrs.Factory(dict)
    voiced: Actor | None = None  # the body the last "spokesperson for X" spoke for
    table: tuple[int, str, int] | None = None  # a table of troops: the counts' column, its noun, its width
    grid: tuple[str, tuple[DateWindow, ...]] | None = (
        None  # a flattened table of troops: noun, its date columns
    )
    asked: tuple[int, _Counted] | None = None  # troops whose number a sentence asked, not yet answered
    turn: Actor | None = None  # the speaker a transcript's label gave the turns since it ("MS. WHITFIELD:")
    roles: dict[str, Actor] = attrs.Factory(dict)  # a transcript's roles by label: "GUEST" from "Guest: X"
    roster: dict[str, Actor] = attrs.Factory(dict)  # a transcript's header list by surname: "HALLORAN"
    credits: dict[int, str] = attrs.Factory(dict)  # a digest's item credits by paragraph: "(AFP)"

    def take_in(
        self,
        text: str,
        cues: Sequence[Cue],
        *,
        words: list[str] | None = None,
        held: frozenset[str] | None = None,
    ) -> None:
        """Join a sentence's actors to the memory.

        Its names first (actors named without a cue: "X issued a statement"; bare acronyms wait, the
        text's own earlier names decide them), then its speakers, most salient. ``words`` is
        :func:`~claimkit.extract.attribution.ascii_words` of ``text`` when the caller has it already, and
        ``held`` ``_HELD_WORDS.intersection(words)``.
        """
        if words is None:
            words = ascii_words(text)
        for named in self.gazetteer._mentions(text, False, words):
            self.remember(named)
        read: Collection[str] | None = words if held is None else held  # the same answers below
        # In ASCII text a body's head and "of", and a title, are whole words: without them, no scan.
        if "of" in text and (read is None or ("of" in read and not _OF_BODY_HEADS.isdisjoint(read))):
            for body in finditer_twin(_OF_BODY, _OF_BODY_AT, text):
                if self.gazetteer.find(body.group()) is None:
                    self.remember(Actor(body.group(), kind=ActorKind.AGENCY))
        if read is None or not _TITLE_WORDS.isdisjoint(read):
            for titled in finditer_twin(_TITLED_PERSON, _TITLED_PERSON_AT, text):
                self.remember(Actor(titled["name"], kind=ActorKind.PERSON))
        speakers = []
        for cue in cues:
            actor = self.resolve(cue.speaker)
            if actor is not None:
                self.hear(cue.speaker, actor)
                speakers.append(actor)
        for actor in speakers:
            self.remember(actor)

    def hear(self, mention: str, actor: Actor) -> None:
        """Note a speaker: a spokesperson for a body makes the body the one "the spokesperson" speaks for."""
        if "spokes" in mention and _VOICE_FOR.match(mention.strip()):  # its word, case-sensitive
            self.voiced = actor
            self.heard.clear()

    def remember(self, actor: Actor) -> None:
        if self.heard:
            self.heard.clear()
        recent = self.recent
        if recent and recent[-1].name == actor.name:
            # Names in ``recent`` are distinct (each call drops the name before appending it), so
            # dropping the last one and appending is replacing it: no list to rebuild.
            recent[-1] = actor
            return
        # The actor named as this one (if any) is found among the names listed in C, not by a filter in Python;
        # the list is edited in place (as above), not rebuilt by slices.
        name = actor.name
        names = list(map(_ACTOR_NAME, recent))
        times = names.count(name)
        if times == 1:
            del recent[names.index(name)]
        elif times:  # a memory given with a name twice
            recent[:] = [a for a in recent if a.name != name]
        if len(recent) > 15:
            del recent[: len(recent) - 15]
        recent.append(actor)

    def resolve(self, mention: str) -> Actor | None:
        settled = self.settled
        if mention in settled:
            return settled[mention]
        heard = self.heard
        if mention in heard:
            return heard[mention]
        actor = heard[mention] = self._resolve(mention)
        return actor

    def _resolve(self, mention: str) -> Actor | None:
        key = normalise_name(mention)
        words = key.split()
        if key and words[-1] in _GENERIC_SPEAKERS and len(words) > 1:
            owner = self.gazetteer.find(mention)  # "a U.N. report said": the body behind its report
            if owner is not None:
                return owner
            # "an army statement said": the body that issued it, when the words before the report
            # end in a body's head noun or a name (not "a new report", "the latest figures").
            issuer = mention.strip().rsplit(None, 1)[0]
            head = issuer.split()[-1]
            if head.lower() in _ANAPHORIC_HEADS or (
                head[:1].isupper() and normalise_name(head) not in _GENERIC_SPEAKERS
            ):
                return self.resolve(issuer)
        if not key or key in _GENERIC_SPEAKERS or words[-1] in _GENERIC_SPEAKERS:
            self.settled[mention] = None  # decided by the words alone (the issuer above, if tried, was None)
            return None
        if key in {"he", "she", "him", "her", "witness", "deponent"}:  # "the witness stated": the one heard
            return next((a for a in reversed(self.recent) if a.kind is ActorKind.PERSON), None)
        if key in {"it", "they"}:
            return next((a for a in reversed(self.recent) if a.kind is not ActorKind.PERSON), None)
        acronym = _ACRONYM.match(mention.strip())
        if acronym is not None:
            found = self._by_initials(acronym["acr"])
            if found is not None:
                return found
        original = mention.strip().lower()
        anaphoric = (
            original.startswith(("the ", "its ")) and len(words) <= 3 and words[-1] in _ANAPHORIC_HEADS
        )
        if anaphoric:
            # "the African Union" is a name, not "the union" said again: only its own name refers back.
            proper = len(words) > 1 and all(w[:1].isupper() for w in mention.split()[1:])
            found = self._by_head(" ".join(words), proper=proper)
            if found is not None:
                return found
            if _is_body_name(self.default.name) and words[-1] in normalise_name(self.default.name).split():
                # "The Department expects": the issuing body of a release headed by its name
                return self.default
        if self.voiced is not None and original in _THE_SPOKESPERSON:
            return self.voiced  # "A spokesperson for US Army Europe said ... The spokesperson added"
        role = len(words) == 1 and words[0] in _ROLE_HEADS
        if role:
            found = self._by_head(words[0])
            if found is not None:
                return found
        tail = self._short_reference(mention)
        if tail is not None:
            found = self._by_last_words(tail)
            if found is not None:
                return found
        if mention not in self.cache:
            self.cache[mention] = self.gazetteer.resolve(mention)
        if acronym is None and not anaphoric and not role and tail is None:
            # No test above read the memory (nor did the issuer rule: it returns or falls through unread).
            self.settled[mention] = self.cache[mention]
        return self.cache[mention]

    def _short_reference(self, mention: str) -> list[str] | None:
        """The words of a possible short reference to a name given in full before, normalised.

        One or two capitalised words the gazetteer does not know in their own right: "Muyaya"
        (after "Patrick Muyaya"), "the Sentinel" (after "the Gulf Sentinel").
        """
        words = mention.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return None
        if self.gazetteer.lookup(mention) is not None:
            return None  # a name known in its own right
        return [normalise_name(w) for w in words]

    def _by_last_words(self, tail: list[str]) -> Actor | None:
        """The most recent actor whose longer name ends in ``tail`` (see :meth:`_short_reference`).

        Failing that, one word may be the family name a person's name opens with, as in Korean and Chinese
        names ("Park" after "Park Jae-hoon", "Xi" after "Xi Jinping").
        """
        words = tuple(tail)
        size = len(words)
        for actor in reversed(self.recent):
            name = _key_words(actor.name)
            if len(name) > size and name[-size:] == words:
                return actor
        if size == 1:
            for actor in reversed(self.recent):
                name = _key_words(actor.name)
                if actor.kind is ActorKind.PERSON and 2 <= len(name) <= 3 and name[0] == words[0]:
                    return actor
        return None

    def _by_initials(self, acronym: str) -> Actor | None:
        for actor in reversed(self.recent):
            for name in (actor.name, *actor.aliases):
                if _initials(name).endswith(acronym):  # an acronym has two letters or more
                    return actor
        return None

    def _by_head(self, phrase: str, *, proper: bool = False) -> Actor | None:
        head = phrase.split()[-1]
        for actor in reversed(self.recent):
            names = " ".join(normalise_name(n) for n in (actor.name, *actor.aliases))
            if phrase in names or head in names.split():
                return actor
            if (
                head in {"expert", "analyst", "professor", "official", "spokesman"}
                and actor.kind is ActorKind.PERSON
            ):
                return actor
            if head in _BODY_HEADS and actor.kind is ActorKind.ORGANISATION and not proper:
                return actor  # "the alliance" after NATO
        return None


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


@functools.lru_cache(maxsize=4096)
def _key_words(name: str) -> tuple[str, ...]:
    """The words of a name's lookup key (actors' names recur, read once per actor in memory: a bounded memo).

    >>> _key_words("The U.S. Department of Defense")
    ('us', 'department', 'of', 'defense')
    """
    return tuple(normalise_name(name).split())


@functools.lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The first letters of a name's capitalised words (actors' names recur: a bounded memo).

    >>> _initials("Defense Intelligence Agency"), _initials("South Korea's spy agency")
    ('DIA', 'SK')
    """
    return "".join(w[0] for w in _CAPITALISED.findall(name))


# Digits or number words: a sentence without any holds no count (a cheap test before the number reader).
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = _words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
    thousand thousands million millions billion billions dozen dozens several few handful couple score scores"""
)


# Bytes of lower-case ASCII letters kept, every other byte a space: in UTF-8 no byte of a character outside
# ASCII is one of them, so the words ``split`` leaves are the runs of ``_LETTERS`` in any text, found in C.
_LOWER_LETTER_BYTES = bytes(b if 0x61 <= b <= 0x7A else 0x20 for b in range(256))


def _lower_words(text: str) -> list[str]:
    """``_LETTERS.findall(text.lower())``: the runs of lower-case ASCII letters of the lowered text.

    >>> _lower_words("Twenty-ONE troops, über 5"), _LETTERS.findall("Twenty-ONE troops, über 5".lower())
    (['twenty', 'one', 'troops', 'ber'], ['twenty', 'one', 'troops', 'ber'])
    """
    try:
        return text.lower().encode().translate(_LOWER_LETTER_BYTES).decode().split()
    except UnicodeEncodeError:  # a lone surrogate has no UTF-8 form
        return _LETTERS.findall(text.lower())


# A sentence that is only a number and a stop or brackets: a numbered paragraph's number ("14.", "(3)").
_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,3}[.)]")


def _counts_in(
    text: str, dates: tuple[tuple[int, int, bool], ...] | None = None, readable: bool | None = None
) -> tuple[NumberMention, ...]:
    if not holds_digit(text) and _NUMBER_WORDS.isdisjoint(_lower_words(text)):
        return ()
    if len(text) <= 6 and _PARAGRAPH_NUMBER.fullmatch(text.strip()):
        return ()
    return tuple(
        m
        for m in find_counts(text, dates=dates, readable=readable)
        # a numeral glued to a larger token ("10^15", "a/15", a subsection's "26(1)") is not a count of its own
        if not (
            m.span.start > 0
            and (
                text[m.span.start - 1] in "^/"
                or text[m.span.start - 1].isalnum()
                or (text[m.span.start - 1] == "(" and text[m.span.start - 2 : m.span.start - 1].isalnum())
            )
        )
    )


def _lower_twin(text: str) -> str | None:
    """``text`` lowered when the lower-case twin patterns may search it (see :func:`_has`), else ``None``.

    >>> _lower_twin("Troops “Left”"), _lower_twin("Trooﬁ")
    ('troops “left”', None)
    """
    if text.isascii() or _CASED_NON_ASCII.search(text) is None:
        return text.lower()
    return None


def _has(pattern: re.Pattern[str], lower: re.Pattern[str], text: str, folded: str | None) -> bool:
    """Whether a case-insensitive word pattern occurs in ``text``.

    ``re`` scans a case-sensitive pattern much faster: ASCII text is lowered and
    searched with the pattern's lower-case twin (the same answer, since ASCII
    letters fold only to each other); other text keeps the case-insensitive
    pattern, as Unicode folding ("ſ" is "s") is more than ``str.lower``. Curly quotes
    and dashes have no case and do not count as non-ASCII here. ``folded`` is
    :func:`_lower_twin` of ``text``, computed once per sentence for several patterns.

    >>> t, u = "Troops Reportedly left.", "Troops left."
    >>> _has(_HEDGE, _HEDGE_LOWER, t, _lower_twin(t)), _has(_HEDGE, _HEDGE_LOWER, u, _lower_twin(u))
    (True, False)
    """
    if folded is not None:
        return lower.search(folded) is not None
    return pattern.search(text) is not None


# Typographic marks of news text with no case (``_CASELESS``, shared with attribution): lowering leaves them
# as they are, and neither pattern folds them, so text whose only non-ASCII characters are these may take the
# lower-case path. ``_CASED_NON_ASCII`` finds any other non-ASCII character (one scan: ``str.translate`` costs
# more than it saves).


def check_arguments(document: object, gazetteer: object) -> Gazetteer:
    """Refuse a wrong argument with a claimkit error that names it; return the gazetteer to use.

    >>> check_arguments("some text", None)
    Traceback (most recent call last):
    ...
    claimkit.errors.ModelTypeError: document: got str 'some text', expected a claimkit Document (read text with claimkit.read_document)
    """
    if not isinstance(document, Document):
        raise ModelTypeError(
            "document", document, "a claimkit Document (read text with claimkit.read_document)"
        )
    if gazetteer is None:
        return Gazetteer.default()
    if not isinstance(gazetteer, Gazetteer):
        raise ModelTypeError("gazetteer", gazetteer, "a claimkit.extract.actors.Gazetteer or None")
    return gazetteer


def _anchor_of(window: DateWindow | None) -> DateWindow | _dt.date | None:
    """An anchor the date reader can use: an open-ended window is anchored at its known end."""
    if window is None:
        return None
    if window.latest is None:
        return window.earliest
    if window.earliest is None:
        return window.latest
    return window


# How far into a document its masthead reaches: a title line, a strapline and an issue/date line.
_MASTHEAD_LINES = 4


def _masthead_date(document: Document) -> DateWindow | None:
    """A full date stated in the document's first lines ("Issue 212 | Friday, 21 March 2025").

    Newsletters, bulletins and transcripts carry their date in a masthead line beside other words
    (an issue number, a place), which the reader of publication dates does not take; when the
    publication date is unknown or only inferred, that stated day is the time of writing.
    """
    published = document.source.published
    if published is not None and published.provenance is DateProvenance.STATED:
        return None
    head = "\n".join(document.clean.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    for mention in find_dates(head):
        w = mention.window
        if (
            w is not None
            and w.precision is Precision.DAY
            and w.provenance is DateProvenance.STATED
            and w.earliest == w.latest
        ):
            return w
    return None


def _memory(document: Document, gazetteer: Gazetteer) -> _Context:
    """A fresh memory of the actors of one document, shared by the claim and the stance readers."""
    return _Context(gazetteer=gazetteer, default=_default_actor(document, gazetteer), topic=_topic(document))


# A state's letterhead: "REPUBLIC OF BURUNDI", "KINGDOM OF NORWAY" (its government issues the text).
_STATE_LETTERHEAD = re.compile(
    r"(?:THE\s)?(?:[A-Z]{4,20}\s)?(?:REPUBLIC|KINGDOM|STATE|FEDERATION)\sOF\s(?:THE\s)?(?P<country>[A-Z][A-Z ]{2,30})"
)

_STATE_NAMES = frozenset(COUNTRIES) | frozenset(DEMONYMS.values())


def _default_actor(document: Document, gazetteer: Gazetteer) -> Actor:
    source = document.source
    if source.outlet:
        return gazetteer.lookup(source.outlet) or Actor(source.outlet, kind=ActorKind.MEDIA)
    if source.authors:
        return Actor(source.authors[0], kind=ActorKind.PERSON)
    if source.title and source.title.isupper():
        # A letterhead in capitals naming a known body ("DEPARTMENT OF DEFENSE PRESS BRIEFING"): the body's voice.
        body = gazetteer.find(source.title)
        if body is not None:
            return body
        state = _STATE_LETTERHEAD.fullmatch(source.title.strip())
        if state is not None and state["country"].title() in _STATE_NAMES:
            return Actor(state["country"].title(), kind=ActorKind.GOVERNMENT)  # "REPUBLIC OF BURUNDI"
    return Actor(source.label(), kind=ActorKind.MEDIA)


_TOPIC_NOUNS = ("troops", "soldiers", "forces", "servicemen", "personnel", "fighters", "military", "units")
_TOPIC_NOUN = re.compile(rf"\b(?:{'|'.join(_TOPIC_NOUNS)})\b")
_TOPIC_DEMONYM = re.compile(
    r"""\b(North\s+Korean|South\s+Korean|Russian|Ukrainian|American|U\.?S\.?|Chinese|Belarusian|Iranian
    |British|French|German|Polish|Cuban|Turkish|Israeli)\s+(?:\w+\s+)?$""",
    re.X,
)


# ``_TOPIC_DEMONYM`` found by a scan in C (see ``claimkit.dates.word_start_twin``). Exact: the pattern is
# case-sensitive and every match starts a word (``\b`` before a capital) with the first letter of a demonym.
_TOPIC_DEMONYM_AT = word_start_twin(_TOPIC_DEMONYM, "ABCFGINPRSTU")


def _topic_nouns(text: str) -> list[int]:
    r"""Where ``_TOPIC_NOUN`` matches in ``text``, in order: each noun found by ``str.find`` (a fast search in C).

    The nouns are words of word characters between ``\b``s, so a match is an occurrence with no word
    character (``\w``: alphanumeric or "_") on either side; two such occurrences never overlap, and
    ``finditer`` finds every one.

    >>> t = "troops, subunits, units_x and 500 fighters-troops"
    >>> _topic_nouns(t) == [m.start() for m in _TOPIC_NOUN.finditer(t)]
    True
    """
    found = []
    last = len(text)
    for noun in _TOPIC_NOUNS:
        size = len(noun)
        at = text.find(noun)
        while at >= 0:
            end = at + size
            before = text[at - 1] if at > 0 else " "
            after = text[end] if end < last else " "
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                found.append(at)
            at = text.find(noun, at + 1)
    found.sort()
    return found


def _topic(document: Document) -> str | None:
    """The country whose troops the document talks about most ("North Korean troops" ...)."""
    counts: Counter[str] = Counter()
    text = document.clean
    for noun_start in _topic_nouns(text):  # troop nouns are rare: look back from each for its demonym
        start = noun_start - 32 if noun_start > 32 else 0
        # ``_TOPIC_DEMONYM.search(text, start, noun_start)``, through its twin (most nouns have no demonym)
        at = _TOPIC_DEMONYM_AT.search(text, start, noun_start)
        d = _TOPIC_DEMONYM.match(text, at.start(), noun_start) if at is not None else None
        if d is not None:
            country = DEMONYMS.get(normalise_name(d.group(1)))
            if country:
                counts[country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _subject(country: str | None, noun_kind: str) -> str:
    what = "citizens" if noun_kind == "civilians" else "troops"
    if country is None:
        return what
    return f"{_COUNTRY_ADJECTIVE.get(country, country)} {what}"


# ------------------------------------------------------------------ per mention


def _whose(
    text: str, counted: _Counted, number_start: int, clause_start: int, ctx: _Context, *, losses: bool = False
) -> str | None:
    if counted.demonym:
        return counted.demonym
    after = text[counted.end : counted.end + 120]
    m = _AGENT_AFTER.match(after) or _DEMONYM_AFTER.match(after)
    if m is not None:
        country = _PLACE_COUNTRY.get(normalise_name(m["place"]))
        if country is not None:
            return country
    before = text[max(clause_start, number_start - _WINDOW) : number_start]
    best = None
    subject = None
    for pm in finditer_twin(_PLACE_WORD, _PLACE_WORD_AT, before):
        if _PREPOSITION_BEFORE.search(before[max(0, pm.start() - 24) : pm.start()]):
            continue  # a destination ("to Russia"), not the sender
        subject = pm["place"]
        if _DEPLOY_VERB.search(before, pm.end()):
            best = pm["place"]
    if best is None and losses:
        best = subject  # "Russia ... averaging 1,500 casualties per day": the losses are the subject's
    if best is not None:
        return _PLACE_COUNTRY.get(normalise_name(best))
    return ctx.topic


def _tense(pre: str, post: str, readable: bool = False) -> str | None:
    # ``readable``: the sentence that holds ``pre`` and ``post`` reads as ASCII, and so does each part of it.
    tense, tense_at = _TENSES_ASCII if readable or reads_as_ascii(post) else (_TENSE, _TENSE_AT)
    at = tense_at.search(post)
    post_m = tense.match(post, at.start()) if at is not None else None  # ``_TENSE.search(post)``
    if post_m is not None:
        if post_m["proj"] and _CHANGE_AFTER.match(post, post_m.end()):
            return "fact"  # "900 troops ... is expected to double": the 900 are there now
        return "proj" if post_m["proj"] else "fact"
    last = None
    main = _SUBORDINATE.sub(" ", pre)
    for m in finditer_twin(
        *(_TENSES_ASCII if readable or reads_as_ascii(main) else (_TENSE, _TENSE_AT)), main
    ):
        last = m
    if last is None:
        return None
    return "proj" if last["proj"] else "fact"


# A name's bracketed short form ends no clause: "servicemen from the Singapore Armed Forces (SAF) will take part".
_SHORT_FORM_AT = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _clause_after(text: str, start: int) -> str:
    window = text[start : start + 160]
    m = _CLAUSE_CUT_AFTER_AT.search(window)
    if m is not None and window[m.start()] == "(" and (short := _SHORT_FORM_AT.match(window, m.start())):
        m = _CLAUSE_CUT_AFTER_AT.search(window, short.end())  # the clause goes on after "(SAF)"
    return window[: m.start()] if m is not None else window


# Words one of which every match of a ``_measure`` pattern contains, lower-cased: a window of lowered ASCII
# text holding none of them cannot match, so the pattern need not be searched (see ``_may``).
_NEEDLES_RATE = ("day", "week", "month", "year", "hour", "daily")
_NEEDLES_CASUALTY_AFTER = (
    "kill",
    "wound",
    "injur",
    "dead",
    "died",
    "perish",
    "lost",
    "fell",
    "missing",
    "lives",
)
_NEEDLES_CASUALTY_BEFORE = ("kill", "los", "wounded", "neutrali", "eliminat", "death")
_NEEDLES_LOSSES_AT = ("losses", "casualties", "toll", "dead")
_NEEDLES_FORMATION_BEFORE = (
    "consist", "compris", "employ", "corps", "army", "brigade", "division", "regiment", "battalion", "unit",
    "each", "full",
)  # fmt: skip
_NEEDLES_FORCE_SIZE = ("army", "armies", "forces", "military", "militaries", "corps", "navy", "air force")
_NEEDLES_GROWTH = ("grow", "grew", "swell", "swoll")
_NEEDLES_PAY_FOR = ("pay", "salar", "wage", "pension", "bonus", "allowance")
_NEEDLES_ARMY_OWNS = ("army", "military", "navy", "corps", "forces")
_NEEDLES_FORCE_OF = ("force", "formation", "grouping")
_NEEDLES_NUMBERS_VERB = ("number", "total")
_NEEDLES_HAVE_BEFORE = ("has", "have", "had", "maintain", "field", "with")
_NEEDLES_IN_TOTAL_AFTER = ("total", "all", "active")
_NEEDLES_PLANNED = ("fores", "envis", "for")
_NEEDLES_SYMPATHY = ("thoughts", "prayers", "condolences", "sympath", "hearts")
_NEEDLES_FICTION = (
    "novel",
    "film",
    "movie",
    "play",
    "musical",
    "game",
    "sequel",
    "comic",
    "fable",
    "thriller",
    "saga",
)
_NEEDLES_PEAK_AFTER = ("peak", "height", "strength")
_NEEDLES_OTHER_CUE = (
    "propos", "refused", "will", "won't", "would", "ruled", "captur", "surrender", "prisoner", "detain",
    "hostage", "evacuat", "reject", "amount", "arrest", "jail", "expel", "sentenc", "convict", "imprison",
    "demobili", "disarm",
)  # fmt: skip
_NEEDLES_CORRECTION = ("version", "edition", "incorrectly")
_NEEDLES_REQUEST = ("ask", "request", "appeal")
_NEEDLES_CONDITION = ("need", "requir", "take", "if", "unless")
_MINIMA = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_NEEDLES_OTHER_AFTER = (
    "surrender", "captured", "prisoner", "defected", "arrested", "jailed", "detained", "expelled", "evacuated",
    "sentenced", "convicted", "imprisoned", "prison", "jail", "detention", "custody", "captivity", "demobili",
    "disarmed", "promoted",
)  # fmt: skip


# The needle groups a claim's windows are tested for, each a bit of the mask :func:`_needle_bits` gives.
_BITS_OF: dict[tuple[str, ...], int] = {
    needles: 1 << k
    for k, needles in enumerate(
        (
            _NEEDLES_RATE, _NEEDLES_CASUALTY_AFTER, _NEEDLES_CASUALTY_BEFORE, _NEEDLES_LOSSES_AT,
            _NEEDLES_FORMATION_BEFORE, _NEEDLES_FORCE_SIZE, _NEEDLES_GROWTH, _NEEDLES_PAY_FOR, _NEEDLES_ARMY_OWNS,
            _NEEDLES_FORCE_OF, _NEEDLES_NUMBERS_VERB, _NEEDLES_HAVE_BEFORE, _NEEDLES_IN_TOTAL_AFTER,
            _NEEDLES_PLANNED, _NEEDLES_SYMPATHY, _NEEDLES_FICTION, _NEEDLES_PEAK_AFTER, _NEEDLES_OTHER_CUE,
            _NEEDLES_CORRECTION, _NEEDLES_REQUEST, _NEEDLES_CONDITION, _NEEDLES_OTHER_AFTER, _NEEDLES_CAPACITY,
        )
    )
}  # fmt: skip
(
    _B_RATE, _B_CASUALTY_AFTER, _B_CASUALTY_BEFORE, _B_LOSSES_AT, _B_FORMATION_BEFORE, _B_FORCE_SIZE, _B_GROWTH,
    _B_PAY_FOR, _B_ARMY_OWNS, _B_FORCE_OF, _B_NUMBERS_VERB, _B_HAVE_BEFORE, _B_IN_TOTAL_AFTER, _B_PLANNED,
    _B_SYMPATHY, _B_FICTION, _B_PEAK_AFTER, _B_OTHER_CUE, _B_CORRECTION, _B_REQUEST, _B_CONDITION, _B_OTHER_AFTER,
    _B_CAPACITY,
) = _BITS_OF.values()  # fmt: skip
# Needles of letters only lie inside one run of letters of the window, and the others without whitespace inside
# one of its words between spaces (``str.split``): both are tested against the words. A needle with whitespace
# ("air force") has its last piece inside one word: a word holding the piece sets a proxy bit, and only then is
# the window searched for the whole needle.
_LETTER_NEEDLES = tuple(
    (needle, bit)
    for needles, bit in _BITS_OF.items()
    for needle in needles
    if needle.isalpha() and needle.isascii()
)
_ODD_NEEDLES = tuple(
    (needle, bit)
    for needles, bit in _BITS_OF.items()
    for needle in needles
    if not (needle.isalpha() and needle.isascii())
)
_WORD_NEEDLES = tuple((needle, bit) for needle, bit in _ODD_NEEDLES if needle.split() == [needle])
_SPACED_NEEDLES = tuple(
    (needle, bit, needle.split()[-1], 1 << (len(_BITS_OF) + k))
    for k, (needle, bit) in enumerate(pair for pair in _ODD_NEEDLES if pair[0].split() != [pair[0]])
)
_GROUP_BITS = (1 << len(_BITS_OF)) - 1  # the groups' bits, without the proxies
_LETTER_RUN = re.compile(r"[a-z]+")
_RUN_BITS: dict[str, int] = {}  # the bits of each run of letters seen: words recur from claim to claim
# The bits of each word between spaces seen with any (``_needle_bits`` reads them), and the words seen without.
_TOKEN_BITS: dict[str, int] = {}
_PLAIN_TOKENS: set[str] = set()


def _run_bits(run: str) -> int:
    """The bits of the groups with a needle in ``run``, a run of lower-case ASCII letters (memoised)."""
    bits = 0
    for needle, bit in _LETTER_NEEDLES:
        if needle in run:
            bits |= bit
    if len(_RUN_BITS) >= 20_000:
        _RUN_BITS.clear()  # a bound on the memory, whatever the text
    _RUN_BITS[run] = bits
    return bits


def _token_bits(token: str) -> int:
    """The bits of the groups with a needle without whitespace in ``token``, a word between spaces (memoised).

    With them, the proxy bit of each needle with whitespace whose last piece ``token`` holds.

    >>> _token_bits("(thoughts,prayers") == _B_SYMPATHY, _token_bits("1,500"), _token_bits("won't") == _B_OTHER_CUE
    (True, 0, True)
    """
    bits = 0
    get = _RUN_BITS.get
    for run in _LETTER_RUN.findall(token):
        found = get(run)
        bits |= found if found is not None else _run_bits(run)
    for needle, bit in _WORD_NEEDLES:
        if needle in token:
            bits |= bit
    for _needle, _bit, piece, proxy in _SPACED_NEEDLES:
        if piece in token:
            bits |= proxy
    if len(_TOKEN_BITS) + len(_PLAIN_TOKENS) >= 20_000:
        _TOKEN_BITS.clear()  # a bound on the memory, whatever the text
        _PLAIN_TOKENS.clear()
    if bits:
        _TOKEN_BITS[token] = bits
    else:
        _PLAIN_TOKENS.add(token)
    return bits


def _needle_bits(window: str | None) -> int:
    """The needle groups with a needle in the lowered ``window``: ``_BITS_OF[g]`` is set where ``_may(window, g)``.

    One scan of the window for every group it is tested for, instead of one per group. Exact: a needle made
    of ASCII letters occurs in the window only inside a maximal run of such letters, so the groups with a
    needle in one of its runs are those with a needle in the window; each run lies inside one of the words
    the window splits into at spaces, whose bits (those of its runs) are memoised. The few other needles are
    found in those words too, but for a needle with whitespace, looked for in the window when a word holds its
    last piece. ``None`` (no lowered twin: every pattern must be searched) sets every bit.

    Most words hold no needle: the set of those seen is taken from the window's words in C, and only the
    words left (those with a needle, and any not seen yet) are read one by one.

    >>> bits = _needle_bits("thoughts and prayers for the 12")
    >>> bool(bits & _B_SYMPATHY), bool(bits & _B_FICTION), _needle_bits(None) & _B_FICTION == _B_FICTION
    (True, False, True)
    """
    if window is None:
        return -1
    bits = 0
    get = _TOKEN_BITS.get
    for token in set(window.split()) - _PLAIN_TOKENS:
        found = get(token)
        bits |= found if found is not None else _token_bits(token)
    if bits & ~_GROUP_BITS:
        for needle, bit, _piece, proxy in _SPACED_NEEDLES:
            if bits & proxy and needle in window:
                bits |= bit
        bits &= _GROUP_BITS
    return bits


def _may(window: str | None, needles: tuple[str, ...]) -> bool:
    """Whether a pattern whose every match holds one of ``needles`` may match the lowered ``window``.

    ``window`` is the lowered twin of the searched text (``None`` when there is
    none: then the pattern must be searched). Lowering ASCII is exact case
    folding, so a case-insensitive match appears lower-cased in the twin.

    >>> _may("sent 500 troops a day", _NEEDLES_RATE), _may("sent 500 troops", _NEEDLES_RATE)
    (True, False)
    >>> _may(None, _NEEDLES_RATE)
    True
    """
    if window is None:
        return True
    for needle in needles:  # noqa: SIM110 - a plain loop: a generator costs more than the tests it runs
        if needle in window:
            return True
    return False


def _measure(
    text: str,
    counted: _Counted,
    mention: NumberMention,
    pre: str,
    number_start: int,
    folded: str | None = None,
    post: str | None = None,
    *,
    readable: bool = False,
    before_bits: int | None = None,
) -> tuple[Measure, bool]:
    """The measure of a personnel count, and whether a projection governs it.

    ``folded`` is :func:`_lower_twin` of ``text`` (or ``None``): where given,
    patterns are searched only in windows holding one of their words.
    ``post`` is :func:`_clause_after` of the noun's end, when already known.
    ``readable`` says that ``text`` reads as ASCII (:func:`~claimkit.dates.reads_as_ascii`).
    ``before_bits`` is :func:`_needle_bits` of the lowered 80 characters before the number, when known.
    """
    after_noun = text[counted.end : counted.end + 80]
    before_start = max(0, number_start - 80)
    before_num = text[before_start:number_start]
    after_low = folded[counted.end : counted.end + 80] if folded is not None else None
    before_low = folded[before_start:number_start] if folded is not None else None
    # Which patterns' needles each window holds, found in one scan of it (see ``_needle_bits``).
    after_bits = _needle_bits(after_low)
    if before_bits is None:
        before_bits = _needle_bits(before_low)
    if mention.rate or (
        after_bits & _B_RATE
        and (after_low is None or _RATE_HINT.search(after_low) is not None)
        and _RATE.match(after_noun)
    ):
        return Measure.RATE, False
    if (
        counted.kind == "casualty"
        or (after_bits & _B_CASUALTY_AFTER and _CASUALTY_AFTER.match(after_noun))
        or (before_bits & _B_CASUALTY_BEFORE and _CASUALTY_BEFORE.search(before_num))
        or (before_bits & _B_LOSSES_AT and _LOSSES_AT.search(before_num))
    ):
        return Measure.CASUALTIES, False
    if counted.kind == "civilians":
        return Measure.OTHER, False
    if counted.kind == "unit_standing":
        return Measure.FORMATION, False
    if before_bits & _B_PLANNED and _PLANNED_BODY.search(before_num):
        return Measure.EXPECTED_TOTAL, True  # "the plan foresees a brigade of about 4,800 soldiers"
    if (before_bits & _B_FORMATION_BEFORE and _FORMATION_BEFORE.search(before_num)) or counted.noun in {
        "active-duty"
    }:
        return Measure.FORMATION, False
    if (
        before_bits & _B_FORCE_SIZE and _FORCE_SIZE_BEFORE.search(before_num)
    ) and not _PLACE_AFTER_COUNT.match(after_noun):
        return Measure.FORMATION, False
    if counted.noun == "fighters" and before_bits & _B_GROWTH and _GROUP_GROWTH.search(before_num):
        return Measure.FORMATION, False
    if (
        counted.noun == "fighters"
        and _GROUP_HAS.search(before_num)
        and not _PLACE_AFTER_COUNT.match(after_noun)
    ):
        return Measure.FORMATION, False
    if (before_bits & _B_PAY_FOR and _PAY_FOR.search(before_num)) and not _PLACE_AFTER_COUNT.match(
        after_noun
    ):
        return Measure.FORMATION, False
    if (
        counted.kind == "unit_deployed"
        and before_bits & _B_ARMY_OWNS
        and _ARMY_OWNS.search(before_num)
        and not _PLACE_AFTER_COUNT.match(after_noun)
    ):
        return Measure.FORMATION, False
    if counted.noun == "strong" and _ARMY_APPOSITION.search(before_num):
        return Measure.FORMATION, False  # "the army, about 560,000 strong": the whole army's size
    force_of = _FORCE_OF.search(before_num) if before_bits & _B_FORCE_OF else None
    if force_of is not None and _STANDING_UNIT.search(before_num, 0, force_of.start()):
        return Measure.FORMATION, False  # "drawn from the XI Corps, a force of some 150,000 men"
    numbers_verb = _NUMBERS_VERB.search(before_num) if before_bits & _B_NUMBERS_VERB else None
    if numbers_verb is not None:
        owner = before_num[: numbers_verb.start()].lower()[-60:]
        # The subject's head, before its modifiers: "the garrison at the military base numbers" is a garrison.
        modifier = _OWNER_MODIFIER.search(owner)
        head_end = modifier.start() if modifier is not None else len(owner)
        # "the Russian military contingent numbers": a contingent sent abroad, whatever adjective it has
        if _OWNER_UNIT.search(owner, 0, head_end) and not _OWNER_BODY.search(owner, 0, head_end):
            return Measure.FORMATION, False
    phrase = text[number_start : counted.end].lower()
    # A formation when the count is possessed ("the army has ...") and active or in total; the three pure
    # tests are taken cheapest first.
    if (
        ("active" in phrase and _ACTIVE.search(phrase))
        or (after_bits & _B_IN_TOTAL_AFTER and _IN_TOTAL_AFTER.match(after_noun))
    ) and (before_bits & _B_HAVE_BEFORE and _HAVE_BEFORE.search(before_num)):
        return Measure.FORMATION, False
    if after_bits & _B_PEAK_AFTER and _PEAK_AFTER.match(after_noun):
        return Measure.FORMATION, False
    other_window = pre[-80:]
    other_start = number_start - len(other_window)
    other_low = folded[other_start:number_start] if folded is not None else None
    other_bits = before_bits if other_start == before_start else _needle_bits(other_low)
    if (other_bits & _B_OTHER_CUE and _OTHER_CUE.search(other_window)) or (
        after_bits & _B_OTHER_AFTER and _OTHER_AFTER.match(after_noun)
    ):
        return Measure.OTHER, False
    if before_bits & _B_CORRECTION and _CORRECTION_BEFORE.search(before_num):
        return Measure.OTHER, False
    if before_bits & _B_REQUEST and _REQUEST_BEFORE.search(before_num):
        return Measure.OTHER, False  # "asked allies for 4,000 more troops": a request, no troops yet
    if (
        before_bits & _B_CONDITION
        and (condition := _CONDITION_BEFORE.search(before_num)) is not None
        and (condition["need"] is None or mention.quantity is None or mention.quantity.qualifier in _MINIMA)
    ):
        return Measure.OTHER, False  # "would need at least 30,000 troops", "if 10,000 troops were sent"
    if (
        _CUMULATIVE_AFTER.match(after_noun)
        or ("trained" in before_num and _CUMULATIVE_BEFORE.search(before_num))
    ) and _SINCE.search(text, before_start, counted.end + 80):
        return Measure.OTHER, False  # "60,000 have served there since 2006": a total over years
    # Both patterns hold "from" (no other character folds to its letters): most windows do not.
    if "from" in (before_low if before_low is not None else before_num.lower()) and (
        _EARLIER_LEVEL.search(before_num)
        or (_FROM_BEFORE.search(before_num) and _TO_NUMBER_AFTER.match(text, counted.end))
    ):
        return Measure.DEPLOYED, False  # "will call up 22,000, up from 14,000 last year": the level before
    if _tense(
        pre, post if post is not None else _clause_after(text, counted.end), readable
    ) == "proj" and not (_RELATIVE_PAST.match(text, counted.end)):
        return Measure.EXPECTED_TOTAL, True
    if "uthori" in before_num and _AUTHORISED_BEFORE.search(before_num):
        return Measure.EXPECTED_TOTAL, True  # a size allowed, not reached: "authorised ... at up to 5,000"
    if " to " in before_num and _DESIGNED_BEFORE.search(before_num):
        return Measure.EXPECTED_TOTAL, True  # a size intended, not reached: "was designed to reach 2,500"
    if before_start == 0 and _HEADLINE_TO.match(before_num):
        return Measure.EXPECTED_TOTAL, True  # a headline's future: "Indonesia to send 1,000 more"
    return Measure.DEPLOYED, False


# Troops a relative clause puts in the past are there, whatever the sentence plans: "replacing a 2,000-strong
# contingent that arrived in the spring".
_RELATIVE_PAST = re.compile(
    r"""\s{1,3}(?:that|which|who)\s{1,3}(?:already\s{1,3})?
    (?:arrived|came|landed|deployed|served|were|was|had|has\s{1,3}been|have\s{1,3}been)\b""",
    re.X | re.I,
)
# A strength authorised is a ceiling, not a presence: "has an authorised strength of 11,900", "leaders had
# authorised the mission at up to 5,000 troops", "authorized to deploy up to 3,000".
_AUTHORISED_BEFORE = re.compile(
    r"""\b[Aa]uthori[sz](?:ed|es|e|ing)\s                                    # the authorising word
    (?:(?:strength|ceiling|size|level|troop\slevel|personnel\slevel)\s  # "authorised strength of", "... remains"
       (?:of\s|remain(?:s|ed)\s|is\s|was\s|st(?:ands|ood)\sat\s)?
      |(?:[\w’'-]{1,20}\s){0,4}?(?:at|to|of|for)\s                           # "the mission at", "for", "to deploy"
       (?:(?:deploy|send|field|station)\s)?)?                                # or the count itself: "authorised 1,500"
    (?:(?:up\sto|as\smany\sas|a\smaximum\sof|no\smore\sthan)\s)?$            # "up to"
    """,
    re.X,
)
# A size a force was built or meant to reach is its target, whatever it has now: "the mission was designed to
# reach 2,500 personnel", "a force intended to number 5,000".
_DESIGNED_BEFORE = re.compile(
    r"""\b(?:designed|intended|meant|supposed|planned)\sto\s                  # the intention, in any tense
    (?:reach|number|total|grow\sto|rise\sto|expand\sto|comprise)\s           # the size to reach
    (?:(?:up\sto|about|around|some|roughly|nearly|as\smany\sas|at\sleast)\s)?$  # "up to"
    """,
    re.X | re.I,
)
# A plan's future formation: "foresees a brigade of about 4,800 soldiers", "envisages a force of 3,000 troops".
_PLANNED_BODY = re.compile(
    r"""\b(?:foresees?|foresaw|envisages?|envisaged|envisions?|calls?\sfor|called\sfor|provides?\sfor)\s
    (?:a|an)\s(?:[\w-]{1,20}\s){0,2}?(?:brigade|division|battalion|regiment|force|contingent)\sof\s$""",
    re.X,
)
# A sentence opening with a name and "to send": a headline's future ("South Korea to deploy 300 more").
_HEADLINE_TO = re.compile(
    r"""\s{0,3}(?:[A-Z][\w’'.-]{0,30}\s{1,3}){1,4}          # the subject's capitalised words
    to\s{1,3}(?:send|deploy|dispatch|station)\s{1,3}       # the infinitive of a headline
    (?:[\w-]{1,20}\s{1,3}){0,2}$                            # "up to", "another"
    """,
    re.X,
)
_WINDOW = 300  # characters around a number that its clause can reach
# The level a change starts from is a past fact, whatever the sentence projects: "up from 14,000".
_EARLIER_LEVEL = re.compile(
    r"""\b(?:up|down)\s{1,3}from\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$                  # "up from (about) 14,000"
    |\bfrom\s{1,3}the\s{1,3}(?:current|present|existing)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$  # "from the current 150"
    """,
    re.I | re.X,
)

# "from 1,000 (marines) to 300": the figure a change starts from, when the one it goes to follows.
_FROM_BEFORE = re.compile(r"\bfrom\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}$")
_TO_NUMBER_AFTER = re.compile(
    r"""\s{1,3}to\s{1,3}                                         # "to"
    (?:(?:about|around|some|roughly|nearly|almost|approximately|just|over|under|more|fewer|less|than|up)\s{1,3}){0,3}
    \d                                                          # the figure it goes to
    """,
    re.X | re.I,
)


def _pick_date(
    dates: Sequence[DateMention],
    starts: Sequence[int],
    base: int,
    text: str,
    number_start: int,
    post_end: int,
    cue: Cue | None,
    projected: bool,
) -> DateWindow | None:
    """The date the figure refers to: the event or statement date of its clause.

    Dates before the number count; after it, only the number's own clause (not
    for a projection, whose later dates are targets, not reference dates) or
    the words right after the reporting verb ("said on October 2"). Deadlines
    and spans ("by December", "since 2014", "next year") never count, nor a
    bare year unless it opens the sentence.

    ``dates`` are the document's mentions within the sentence, which starts at
    ``base`` in the document; ``starts`` are their starts in the sentence.
    """
    best: tuple[int, DateWindow] | None = None
    anchor_pos = cue.start if cue is not None else number_start
    lo = bisect.bisect_left(starts, min(anchor_pos, number_start) - _WINDOW)
    hi = bisect.bisect_right(starts, max(anchor_pos, number_start) + _WINDOW)
    for k in range(lo, hi):  # only dates near the number: the cost stays linear in a long sentence
        d = dates[k]
        window = d.window
        d_start = starts[k]
        relative = _RELATIVE_DATE.match(d.text) is not None
        earlier = relative and _EARLIER_BEFORE.search(text, max(0, d_start - 10), d_start) is not None
        if window is None or (relative and not earlier):
            continue
        d_end = d.span.end - base
        in_credit = cue is not None and number_start < cue.start < d_start < cue.end  # "(IISS, as of June)"
        if (
            number_start < d_start
            and (d_start <= post_end + 8 or in_credit)
            and _AS_OF_BEFORE.search(text, max(0, d_start - 8), d_start)
        ):
            return window  # "1,650 service members as of 31 December 2025": the figure's own date
        block = _DATE_BLOCK_BEFORE.search(text[max(0, d_start - 24) : d_start])
        if block is not None and not (
            # "By March 31, Taiwan had called up 22,000", "By January 2024 fewer than 1,000 remained": a
            # perfect or a past state in the date's own clause reports the state at that date
            not projected
            and block.group().lower().startswith("by")
            and d_end < number_start
            and _state_at(text, d_end, number_start, post_end)
        ):
            continue
        if (
            not earlier
            and window.precision is Precision.YEAR
            and not (d_start > number_start and _SEASON_DATE.match(d.text))
            and text[: min(d_start, 8)].strip(" \t(")
            not in {
                "In",
                "in",
                "",
            }
        ):
            continue
        if d_end <= number_start and _OWN_TIME.search(text, d_end, number_start):
            continue  # "In 2019, 5,200 troops were there; today the figure is 2,500": the later clause's own time
        # "said on October 2" dates the figure; "acknowledged in December" only the statement
        after_cue = (
            cue is not None
            and cue.end <= d_start <= cue.end + 24
            and not text[cue.end : d_start].strip().lower().startswith("in")
        )
        if d_start >= number_start and not after_cue and (projected or d_start > post_end):
            continue
        distance = abs(d_start - anchor_pos)
        if best is None or distance < best[0]:
            best = (distance, window)
    return best[1] if best else None


# "330 in the spring", "2,000 last autumn": a past season after its figure dates it to its year, unlike a bare
# year ("this autumn" is a span or a target)
_SEASON_DATE = re.compile(r"(?:last|the)\s{1,3}(?:spring|summer|autumn|fall|winter)$", re.I)
# "earlier this year": a past time within the period of writing, the figure's own date
_EARLIER_BEFORE = re.compile(r"\bearlier\s{1,3}$", re.I)
_AS_OF_BEFORE = re.compile(r"\bas\s(?:of|at)\s$", re.I)  # "as of 31 December": the date a count stands at
# A clause of its own time after an earlier date: "...; today", ", but now", "; a year later". Its figure
# takes no date from the clause before.
_OWN_TIME = re.compile(
    r"""[;,]\s{1,3}(?:(?:and|but|while|whereas)\s{1,3})?
    (?:today|now|currently|nowadays|at\s+present|these\s+days|(?:a|one|two|three)\s+(?:years?|months?)\s+later)\b
    |\b(?:but|and|yet)\s{1,3}(?:are|is|has|have|stands?)\s{1,3}(?:now|since|currently)\b  # "but are now fewer"
    |[;,]\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,4}?(?:has|have)\s{1,3}since\b  # "; the number has since fallen"
    |[;,]\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,4}?later\b  # ", a figure officials later revised to"
    """,
    re.X | re.I,
)


def _state_at(text: str, date_end: int, number_start: int, post_end: int) -> bool:
    """Whether the clause of a "by <date>" ending at ``date_end`` holds the number and states a past state.

    >>> t = "By May, 900 troops remained, and the army has said 600 will stay."
    >>> _state_at(t, 6, 8, 27), _state_at(t, 6, 51, 61)
    (True, False)
    """
    brk = _CLAUSE_BREAK.search(text, date_end, post_end)
    end = brk.start() if brk is not None else post_end
    return number_start < end and _PERFECT.search(text, date_end, end) is not None


# Evidence cited without an issuer ("citing intelligence", "citing a military intelligence assessment"): the
# speaker's own grounds, so the claim stays the speaker's rather than passing to the cited source.
_UNNAMED_EVIDENCE = re.compile(
    r"""(?:intelligence                                   # bare "intelligence": information, not a body
    |an?\s(?:[a-z-]{1,20}\s){0,3}(?:assessment|estimate|analysis)  # "a (military intelligence) assessment"
    )$""",
    re.X,
)


def _attribute(
    cues: CueIndex, position: int, ctx: _Context
) -> tuple[Actor | None, tuple[Actor, ...], Cue | None]:
    cue = cues.governing(position)
    if cue is None:
        return None, (), None
    speaker = ctx.resolve(cue.speaker)
    via: tuple[Actor, ...] = ()
    cited = cues.cited
    if cited is not None and not _UNNAMED_EVIDENCE.match(cited.speaker):
        origin = ctx.resolve(cited.speaker)
        if origin is not None:
            via = (speaker,) if speaker is not None and speaker.name != origin.name else ()
            return origin, via, cue
    if cue.told:
        audience = ctx.gazetteer.lookup(cue.told)
        if audience is not None and audience.kind is ActorKind.MEDIA:
            via = (audience,)
    return speaker, via, cue


def extract_claims(
    document: Document,
    *,
    gazetteer: Gazetteer | None = None,
    anchor: DateWindow | None = None,
) -> Claims:
    """The numeric claims about military personnel in a document.

    Args:
        document: a document as read by :func:`claimkit.read_document`.
        gazetteer: the actors to resolve names with (default:
            :meth:`Gazetteer.default`).
        anchor: the date partial dates resolve against when the document
            states none (default: its publication date).

    Returns:
        The claims in text order; each claim's ``evidence`` is the original
        text of its ``span``.

    >>> from claimkit.documents import read_document
    >>> doc = read_document("The Pentagon said 500 U.S. troops will be sent to Poland.")
    >>> c = extract_claims(doc)[0]
    >>> (c.quantity.value, c.measure.value, c.modality.value, c.actor.name, c.evidence)
    (500, 'expected_total', 'projected', 'US Department of Defense', '500 U.S. troops')
    """
    gaz = check_arguments(document, gazetteer)
    ctx = _memory(document, gaz)
    clean = document.clean
    all_dates, spans = dates_and_spans(
        clean, anchor=_anchor_of(_masthead_date(document) or document.source.published or anchor)
    )
    claims: list[Claim] = []
    sentences = document.sentences
    # The number reader needs each sentence's dates: read off the document's scan where that is exact.
    ranges = [
        (s.clean_span.start, s.clean_span.end)
        if clean[s.clean_span.start : s.clean_span.end] == s.clean
        else (0, -1)  # a sentence not found where it says: scanned alone
        for s in sentences
    ]
    # Whether each sentence reads as ASCII: asked by the number reader, the cue finder, the tense reader.
    readable = [reads_as_ascii(s.clean) for s in sentences]
    counts = [
        _counts_in(s.clean, dates, flag)
        for s, dates, flag in zip(sentences, spans_by_sentence(clean, spans, ranges), readable, strict=True)
    ]
    ctx.credits = _item_credits(sentences)
    di = 0
    for index, sentence in enumerate(sentences):
        _take_turn(sentence.clean, ctx)
        # Cues matter in a sentence with a count and in the two before it (speakers carried forward).
        if not any(counts[index : index + 3]):
            continue
        text = sentence.clean
        base = sentence.clean_span.start
        while di < len(all_dates) and all_dates[di].span.end <= base:
            di += 1
        words = ascii_words(text, readable[index])
        held = None if words is None else _HELD_WORDS.intersection(words)
        found_cues = _find_cues(text, held, readable[index])
        cues = CueIndex.of(found_cues)
        ctx.take_in(text, found_cues, words=words, held=held)
        # A table of troops by year: its header row opens it, any other line closes it.
        header = _table_header(text) if "|" in text else None
        if header is not None:
            ctx.table = header
        elif ctx.table is not None and _table_row(text, ctx.table) is None:
            ctx.table = None
        # A flattened table of troops by date ("Contributor Jul 2021 Jan 2025" under a title naming them).
        grid = (
            _grid_header(text, sentences[index - 1].clean if index else "") if text[-1:].isdigit() else None
        )
        if grid is not None:
            ctx.grid = grid
        elif ctx.grid is not None and _grid_row(text, len(ctx.grid[1])) is None:
            ctx.grid = None
        # A direct question asserts nothing ("Does the US really have 100,000 troops in Poland?"): its
        # numbers are no one's claim, though its names and speakers stay in memory.
        mentions = () if _is_question(text) else counts[index]
        after = sentences[index + 1].clean if len(mentions) == 1 and index + 1 < len(sentences) else ""
        if "ivilian" in after and _RETRACTED_CIVILIANS.match(after):
            mentions = ()  # "... at about 1,200 personnel. That was wrong: it included civilian staff."
        # The sentence's dates (only its counts need them): the document's own mentions, with their starts in
        # the sentence's offsets for the search by position (``_pick_date`` rebases the rest).
        dj = di
        sentence_end = base + len(text)
        while mentions and dj < len(all_dates) and all_dates[dj].span.start < sentence_end:
            dj += 1
        dates = all_dates[di:dj]
        date_starts = [d.span.start - base for d in dates]
        folded = _lower_twin(text) if mentions else None
        facts = _Facts(text, folded, readable[index], held)
        sentence_personnel: _Counted | None = None
        for mention in mentions:
            claim = _claim_for(
                document,
                sentence,
                index,
                text,
                base,
                mention,
                cues,
                dates,
                date_starts,
                facts,
                ctx,
                sentence_personnel,
                folded,
            )
            if claim is None:
                continue
            claim_obj, counted = claim
            row = _table_row(text, ctx.table) if ctx.table is not None else None
            if row is not None and row[1] == (mention.span.start, mention.span.end):
                claim_obj = attrs.evolve(claim_obj, ref_date=DateWindow.year(row[0]))  # the row's year
            dated = ctx.grid[1] if ctx.grid is not None else ()
            cells = _grid_row(text, len(dated)) if dated else None
            if cells is not None and (mention.span.start, mention.span.end) in cells:
                column = cells.index((mention.span.start, mention.span.end))
                claim_obj = attrs.evolve(claim_obj, ref_date=dated[column])  # the column's date
            claims.append(claim_obj)
            if counted.kind in {"personnel", "people", "casualty"}:
                sentence_personnel = counted
        asked = _asked_of(text) if "?" in text or _may_ask(text, folded) else None
        if asked is not None:
            ctx.asked = (index, asked)  # answered in a sentence after this one
        governing = cues.governing(len(text))
        if governing is not None:
            speaker = ctx.resolve(governing.speaker)
            if speaker is not None:
                ctx.last_speaker = (index, sentence.paragraph, speaker, ())
    return Claims(claims)


# A table's year column: the row's first cell (the header's "Year").
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,7}")  # a whole number, nothing else in its cell


def _table_header(text: str) -> tuple[int, str, int] | None:
    """A header row of a table of troops by year: "Year | Personnel | Note" gives (1, "personnel", 3).

    The first cell names the year, another cell the personnel counted; rows of the table follow it.

    >>> _table_header("Year | Personnel | Note"), _table_header("Year | Cost | Note")
    ((1, 'personnel', 3), None)
    """
    cells = [c.strip().lower() for c in text.split("|")]
    if len(cells) < 2 or len(cells) > 8 or cells[0] != "year":
        return None
    for k, cell in enumerate(cells[1:], 1):
        words = cell.split()
        noun = next((w for w in words if w in PERSONNEL), None)
        if noun is not None and len(words) <= 4:
            return k, noun, len(cells)
    return None


def _table_row(text: str, table: tuple[int, str, int]) -> tuple[int, tuple[int, int]] | None:
    """A row of a table of troops: its year and the offsets of its count ("2014 | 3,200 | -")."""
    cells = text.split("|")
    column, _noun, width = table
    if len(cells) != width or not _YEAR_CELL.fullmatch(cells[0].strip()):
        return None
    cell = cells[column]
    number = _COUNT_CELL.fullmatch(cell.strip())
    if number is None:
        return None
    at = sum(len(c) + 1 for c in cells[:column]) + len(cell) - len(cell.lstrip())
    return int(cells[0].strip()), (at, at + len(number.group()))


# A flattened table's header: a label word, then two to eight date columns ("Contributor Jul 2021 Jan 2025").
_GRID_HEADER = re.compile(
    r"""[A-Z][a-z]{1,20}(?:\x20[a-z]{1,20})?      # the label column: "Contributor", "Troop contributor"
    (?:\s{1,40}(?:[A-Z][a-z]{2,3}\.?\x20)?(?:19|20)\d\d){2,8}  # the columns: "Jul 2021" or "2021"
    """,
    re.VERBOSE,
)
# One date column of that header: its month (maybe) and year.
_GRID_COLUMN = re.compile(r"(?:(?P<month>[A-Z][a-z]{2,3})\.?\x20)?(?P<year>(?:19|20)\d\d)")
_GRID_MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6,
    "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip


def _grid_header(text: str, above: str) -> tuple[str, tuple[DateWindow, ...]] | None:
    """The header of a flattened table of troops by date: its noun and its columns' dates.

    The header names the troops or a short title line just above it does ("Table 2. Police personnel").

    >>> noun, dates = _grid_header("Contributor Jul 2021 Jan 2025", "Table 2. Foreign troops in Mali")
    >>> noun, [str(d) for d in dates], _grid_header("Contributor Jul 2021 Jan 2025", "Table 2. Aid in Mali")
    ('troops', ['July 2021', 'January 2025'], None)
    """
    if _GRID_HEADER.fullmatch(text) is None:
        return None
    words = [w.strip(".,:;").lower() for w in text.split()[:2] + above.split()[:14]]
    noun = next((w for w in words if w in PERSONNEL and w not in CONTEXTUAL_PERSONNEL), None)
    if noun is None:
        return None
    dates = []
    for column in _GRID_COLUMN.finditer(text):
        month = _GRID_MONTHS.get(column["month"][:3]) if column["month"] else None
        if column["month"] and month is None:
            return None
        year = int(column["year"])
        dates.append(DateWindow.year(year) if month is None else DateWindow.month(year, month))
    return noun, tuple(dates)


def _grid_row(text: str, width: int) -> tuple[tuple[int, int], ...] | None:
    """The offsets of a flattened table row's counts: its last ``width`` words, each a whole number.

    >>> _grid_row("Rwanda (RDF) 1,000 2,500", 2), _grid_row("Rwanda 1,000 2,500 4,000", 2)
    (((13, 18), (19, 24)), None)
    """
    words = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text)]
    if len(words) <= width or _COUNT_CELL.fullmatch(text, *words[-width - 1]) is not None:
        return None
    cells = tuple(words[-width:])
    if any(_COUNT_CELL.fullmatch(text, a, b) is None for a, b in cells):
        return None
    return cells


_WORD_SPAN = re.compile(r"\S{1,60}")  # one whitespace-separated word of a row


def _is_body_name(text: str) -> bool:
    """Whether a heading is a body's name: capitalised words and small joiners, no running prose.

    >>> _is_body_name("DEPARTMENT OF DEFENCE"), _is_body_name("The spokesperson said 900 troops left.")
    (True, False)
    """
    words = text.split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "de", "&"})


def _is_question(text: str) -> bool:
    """Whether a sentence is a direct question, its last mark (before closing quotes) a question mark.

    >>> _is_question('Does the US really have 100,000 troops in Poland?'), _is_question('"Why?" he asked.')
    (True, False)
    """
    return text.rstrip(_CLOSERS).endswith("?")


_CLOSERS = " \t\n\"'”’»)]*_"


def _claim_for(
    document: Document,
    sentence: Sentence,
    index: int,
    text: str,
    base: int,
    mention: NumberMention,
    cues: CueIndex,
    dates: Sequence[DateMention],
    date_starts: Sequence[int],
    facts: _Facts,
    ctx: _Context,
    sentence_personnel: _Counted | None,
    folded: str | None = None,
) -> tuple[Claim, _Counted] | None:
    start, end = mention.span.start, mention.span.end
    if text.startswith(" of ", end) and mention.text.lower().split()[-1] == "one":
        return None  # "one of our fighters": one person picked out of a group, not a count
    if _may_share(text, start) and _SHARE_BEFORE.search(text, max(0, start - 16), start):
        return None
    # The prefilters read only the widest window the patterns below search (100 characters before the
    # number), never the whole sentence: per number, that would grow with the sentence (quadratic in it).
    near = max(0, start - 100)
    before = folded[near:start] if folded is not None else None
    bits = _needle_bits(before)
    if "short" in text[max(0, start - 40) : start] and _SHORTAGE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return None  # the troops an army lacks
    if bits & _B_SYMPATHY and _SYMPATHY_BEFORE.search(text, max(0, start - 40), start):
        return None  # the victims of an attack
    if bits & _B_FICTION and _FICTION_BEFORE.search(text, near, start):
        return None  # "her novel follows a band of 12 mercenaries": characters of a story
    if bits & _B_CAPACITY and _CAPACITY_BEFORE.search(text, max(0, start - 60), start):
        return None  # "the base could accommodate up to 2,000 personnel": room, not troops
    if _RETRACTED_FIGURE.match(text, end) and _FIGURE_LABEL_BEFORE.search(text, max(0, start - 20), start):
        return None  # "the 900 figure would no longer be used": a figure withdrawn, no count
    counted = _counted_after(text, end, facts)
    if (
        counted.kind in {"none", "unit"}
        and "toll" in text
        and _TOLL_BEFORE.search(text, max(0, start - 40), start)
    ):
        return None  # "the death toll has risen to 12,000": the dead of a disaster, no troops
    if (
        counted.kind == "personnel"
        and counted.noun in CONTEXTUAL_PERSONNEL
        and text[end : counted.end].strip().lower() == counted.noun
        and _CIVIL_OWNER.search(text, max(0, start - 80), start)
    ):
        return None  # "Police deployed 1,500 officers": the body's own staff, no soldiers
    if (
        counted.kind == "personnel"
        and counted.noun in CONTEXTUAL_PERSONNEL
        and _SAID_CIVIL_AFTER.match(text, counted.end, counted.end + 120)
    ):
        return None  # "the 400 officers who arrived on Tuesday were police": the sentence says so
    if counted.kind in {"none", "unit"}:
        inherited = _inherit(text, start, end, counted, ctx, index, sentence_personnel, mention)
        if inherited is None:
            return None
        counted = inherited
    if counted.kind == "states":
        return None  # a bloc's member states borrow no troops named before them
    if counted.kind == "civilians" and not (
        _CASUALTY_AFTER.match(text[counted.end : counted.end + 80])
        or _CASUALTY_BEFORE.search(text[max(0, start - 80) : start])
    ):
        return None
    cue = cues.governing(start)
    clause_start = 0
    pre_start = 0
    if cue is not None and cue.end <= start:
        clause_start = cue.end
        pre_start = cue.start if cue.kind is CueKind.SPEECH else cue.end
    pre = text[max(pre_start, start - _WINDOW) : start]
    post = _clause_after(text, counted.end)
    measure, projected = _measure(
        text,
        counted,
        mention,
        pre,
        start,
        folded,
        post,
        readable=facts.readable,
        before_bits=bits if near == max(0, start - 80) else None,  # the same window: the text's first 80
    )
    whose = _whose(
        text, counted, start, clause_start, ctx, losses=measure in (Measure.RATE, Measure.CASUALTIES)
    )
    if measure is Measure.CASUALTIES and counted.kind == "civilians":
        subject = _subject(whose, "civilians")
    else:
        subject = _subject(whose, counted.kind)
    if projected:
        modality = Modality.PROJECTED
    elif facts.hedged():
        modality = Modality.HEDGED
    else:
        modality = Modality.REPORTED
    actor, via, used = _attribute(cues, start, ctx)
    attribution = Attribution.STATED
    if actor is None:
        actor = _planner(text, start, ctx)  # "The Pentagon is preparing to send ...": its own announced plan
    if actor is None:
        actor = _quote_speaker(document, index, text, ctx)  # '"... N soldiers here. ...," X said.'
    if actor is None:
        carried = ctx.last_speaker
        if (
            carried is not None
            and carried[0] == index - 1
            and carried[1] == sentence.paragraph
            and _OPENING_CONTINUATION.match(text)
        ):
            actor, via = carried[2], carried[3]
        elif ctx.turn is not None:
            actor, via = ctx.turn, ()  # a transcript's turn: its labelled speaker says it
        elif (
            text.endswith(")")
            and (box := _BOX_SOURCE.search(text)) is not None
            and _BOX_ITEM.match(text, end)
            and (boxed := ctx.resolve(box["source"])) is not None
        ):
            actor, via = boxed, ()  # a box's item names its source in brackets
        elif (credit := ctx.credits.get(sentence.paragraph)) is not None:
            actor, via = ctx.resolve(credit) or Actor(credit, kind=ActorKind.MEDIA), ()
        else:
            actor, via, attribution = ctx.default, (), Attribution.DEFAULT
    post_end = counted.end + len(post)
    ref_date = _pick_date(dates, date_starts, base, text, start, post_end, used, projected)
    span_start = min(start, counted.start)
    span_end = max(end, counted.end)
    span = _to_original(document, base + span_start, base + span_end)
    quantity = mention.quantity
    assert quantity is not None
    if quantity.unit is None or quantity.unit != counted.noun:
        q = quantity
        quantity = Quantity._trusted(q.value, q.qualifier, q.low, q.high, counted.noun or q.unit, q.text)
    # Every field is built here from checked parts (enum members, a tuple ``via``, a non-empty subject,
    # the evidence sliced by its own span): the validated constructor would only repeat the checks.
    claim = Claim._trusted(
        subject,
        measure,
        quantity,
        actor,
        document.source,
        span,
        document.text[span.start : span.end],
        modality,
        ref_date,
        via,
        attribution,
        sentence.span,
    )
    if counted.kind in {"personnel", "people", "casualty"}:
        ctx.last_personnel = (index, counted, whose)
    return claim, counted


def _take_turn(text: str, ctx: _Context) -> None:
    """Follow a transcript's turns: a speaker label opens one, a header's role line names a role's speaker.

    >>> ctx = _Context(Gazetteer(()), Actor("X"))
    >>> _take_turn("Guest: Dr Ann Lee, analyst", ctx); _take_turn("GUEST: We count 500.", ctx)
    >>> ctx.turn.name
    'Ann Lee'
    """
    label = _SPEAKER_LABEL.match(text) if text[:2].isupper() else None
    if text[:1] == "@" or text[:4] == "RT @":
        post = _POST_HEADER.match(text)
        if post is not None:
            ctx.turn = Actor("@" + post["handle"], kind=ActorKind.UNKNOWN)
    elif label is not None and label["role"]:
        ctx.turn = ctx.roles.get(label["role"])
    elif label is not None:
        ctx.turn = None if label["asker"] else _labelled_speaker(label["name"], ctx)
    elif ":" not in text[1:60]:
        return  # each line below has its colon near its start (most sentences have none there)
    elif ":" in text[4:13] and (role := _ROLE_LINE.match(text)) is not None:
        ctx.roles[role["role"].upper()] = Actor(role["name"], kind=ActorKind.PERSON)
    elif ":" in text[1:60] and (titled := _TITLED_LABEL.match(text)) is not None:
        ctx.turn = None if titled["asker"] else Actor(titled["name"], kind=ActorKind.PERSON)
    elif ":" in text[4:20] and _ROSTER_LINE.match(text) is not None:
        for listed in _ROSTER_NAME.finditer(text, text.index(":") + 1):
            ctx.roster[listed["name"].split()[-1].upper()] = Actor(listed["name"], kind=ActorKind.PERSON)


def _labelled_speaker(label: str, ctx: _Context) -> Actor:
    """The person a speaker label names: the one named before whose surname it is, else the surname.

    >>> _labelled_speaker("WHITFIELD", _Context(Gazetteer(()), Actor("X"), [Actor("Dana Whitfield")])).name
    'Dana Whitfield'
    """
    surname = label.split()[-1].title()
    for actor in reversed(ctx.recent):
        if actor.name.endswith(" " + surname):
            return actor
    listed = ctx.roster.get(label.split()[-1])
    if listed is not None:
        return listed
    return Actor(" ".join(w.title() for w in label.split()), kind=ActorKind.PERSON)


def _to_original(document: Document, start: int, end: int) -> Span:
    """:meth:`Document.clean_to_original` of a non-empty clean range at ``0 <= start < end``, unvalidated.

    The offset map is monotonic, so the span it gives is valid: built without the checks.

    >>> from claimkit.documents import read_document
    >>> doc = read_document("Some **3,000** troops.")
    >>> _to_original(doc, 5, 10) == doc.clean_to_original(5, 10)
    True
    """
    if not 0 <= start < end:
        return document.clean_to_original(start, end)
    offsets = document.offsets
    starts = offsets._starts
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0:
        c, o, n = offsets.pieces[i]
        # Both ends in the piece that holds ``start`` (the usual case: a claim's few words are kept whole):
        # ``to_original`` finds that piece for each, and maps each by the piece's own shift.
        if end <= c + n and (i + 1 == len(starts) or end <= starts[i + 1]):
            return Span._trusted(o + (start - c), o + (end - c))
    to_original = offsets.to_original
    return Span._trusted(to_original(start), to_original(end - 1) + 1)


_PLAN_VERB = re.compile(
    r"""\b(?:(?:is|are|was|were)\s+(?:preparing|planning|set|poised|about)\s+to|plans?\s+to|intends?\s+to
    |has\s+decided\s+to|decided\s+to|agreed\s+to|pledged\s+to|promised\s+to|vowed\s+to|will|would)\b""",
    re.X | re.I,
)

# A body giving or changing its own figure: "revised its figure for ... to 6,300", "raised its estimate".
_REVISER = re.compile(
    r"""\b(?:revised|updated|raised|lowered|corrected|put|gave)\s{1,3}(?:its|their)\s{1,3}
    (?:(?:own|official|earlier|latest)\s{1,3})?(?:figure|figures|estimate|count|tally|total)\b""",
    re.X | re.I,
)

# A person ordering or allowing the troops' move is the source of its size: "Governor X authorised 1,500 troops".
_ORDERER = re.compile(r"\b(?:authori[sz]ed|ordered|approved)\s", re.I)

_BODY_NAME_HEADS = _words("ministry department army command office agency military navy government police")


@functools.lru_cache(maxsize=256)  # asked once per number of the sentence: counting is linear in it
def _leaves_quote_open(text: str) -> bool:
    """Whether a sentence opens a quotation it does not close (the quote runs on into the next sentence)."""
    curly = text.count("“") - text.count("”")
    return curly > 0 or (text.count('"') % 2 == 1 and text.lstrip().startswith('"'))


_QUOTE_LOOKAHEAD = 3  # sentences a quotation may run on before its speaker is named


def _quote_speaker(document: Document, index: int, text: str, ctx: _Context) -> Actor | None:
    """The speaker named after a quotation that opens in this sentence and closes in a later one.

    '"We will have 1,000 soldiers here. That is the plan," the commander said.': the cue right
    after the closing mark, in the same paragraph, speaks for every sentence of the quotation.
    """
    if not _leaves_quote_open(text):
        return None
    sentences = document.sentences
    paragraph = sentences[index].paragraph
    for later in sentences[index + 1 : index + 1 + _QUOTE_LOOKAHEAD]:
        if later.paragraph != paragraph:
            return None
        closing = [at for at in (later.clean.find("”"), later.clean.find('"')) if at >= 0]
        if not closing:
            continue  # the quotation runs on through this sentence
        close = min(closing)
        cue = next((c for c in find_cues(later.clean) if c.start > close), None)
        if cue is None or cue.kind is not CueKind.SPEECH:
            return None
        return ctx.resolve(cue.speaker)
    return None


def _planner(text: str, start: int, ctx: _Context) -> Actor | None:
    """The known actor announcing its own plan to send the troops, when the sentence names no source."""
    window_start = max(0, start - _WINDOW)
    last = None
    for m in _PLAN_VERB.finditer(text, window_start, start):
        last = m
    revised = False
    for m in _REVISER.finditer(text, window_start, start):
        if last is None or m.start() > last.start():
            last, revised = m, True  # "The ministry revised its figure ... to 6,300": the body's own figure
    ordered = False
    for m in _ORDERER.finditer(text, window_start, start):
        if last is None or m.start() > last.start():
            last, revised, ordered = m, False, True
    if last is None:
        return None
    found = _speaker_before(text, last.start())
    if found is None:
        return None
    if ordered:
        person = ctx.resolve(found[0])  # "Governor Dana Whitfield authorised ... troops": the one who orders
        return person if person is not None and person.kind is ActorKind.PERSON else None
    # A body revising its figure speaks though unknown: "Japan's Defense Ministry revised its figure".
    body = revised and found[0].split()[-1].lower() in _BODY_NAME_HEADS
    if not body and ctx.gazetteer.find(found[0]) is None:
        return None
    return ctx.resolve(found[0])


def _inherit(
    text: str,
    start: int,
    end: int,
    counted: _Counted,
    ctx: _Context,
    index: int,
    sentence_personnel: _Counted | None,
    mention: NumberMention,
) -> _Counted | None:
    """The personnel noun a bare number borrows: from a noun before it or a nearby claim."""
    if ctx.table is not None:
        row = _table_row(text, ctx.table)
        if row is not None and row[1] == (start, end):
            return _Counted("personnel", ctx.table[1], end, start, None)  # a row's count of troops
    if ctx.grid is not None:
        cells = _grid_row(text, len(ctx.grid[1]))
        if cells is not None and (start, end) in cells and text[start:end] != "0":
            return _Counted("personnel", ctx.grid[0], end, start, None)  # a flattened row's count of troops
    box = _BOX_ITEM.match(text, end) if start <= 3 and text[:start].strip(" •*·-") == "" else None
    if box is not None and box["noun"].lower() in PERSONNEL:
        # "• 900 — British troops in Estonia today (MoD)": a box's figure, then what it counts
        return _Counted(
            "personnel", box["noun"].lower(), box.end("noun"), start, _country_of(box["words"].split())
        )
    before = text[max(0, start - 160) : start]
    if ctx.last_personnel is not None and _NAMED_FIGURE.match(text, end) and _THE_BEFORE.search(before):
        given = ctx.last_personnel  # "The 1,500 figure reflected ...": a count of the troops given before
        if "ivilian" in text and _WITH_CIVILIANS.match(text, end):
            return None  # "the 4,000 figure includes civilians": the text itself says it is no troop count
        if index - given[0] <= 5 and given[1].kind == "personnel":
            return attrs.evolve(given[1], end=end, start=start)
    lives = _LIVES_AFTER.match(text, end) if counted.kind == "none" and "lives" in text else None
    if lives is not None and _COST_BEFORE.search(before, max(0, len(before) - 30)):
        # "a mission that cost 14 South African lives": the dead of the force
        return _Counted("casualty", "lives", lives.end(), start, _country_of(lives["words"].split()))
    if counted.kind == "none" and "of" in before[-50:] and not _PLURAL_AFTER.match(text, end):
        body_of = _BODY_OF.search(before, max(0, len(before) - 50))
        if body_of is not None:  # "a residual force of fewer than 2,000": the force is troops
            return _Counted("personnel", body_of["body"].lower(), end, start, None)
    # Its verbs hold "number" or "total" (no other character folds to their letters): most windows do not.
    low = before.lower()
    noun_before = _NOUN_BEFORE.search(before) if "number" in low or "total" in low else None
    if noun_before is not None and noun_before["noun"].lower() in PERSONNEL:
        return _Counted(
            "personnel",
            noun_before["noun"].lower(),
            end,
            start - len(noun_before.group()) + 0,
            _country_of(before[noun_before.start() - 40 : noun_before.start()].split()),
        )
    subject = (
        _SUBJECT_NUMBERS.search(before, max(0, len(before) - 120))
        if "number" in before or "total" in before
        else None
    )
    if subject is not None and subject["noun"].lower() in PERSONNEL:
        noun_at = max(0, start - 160) + subject.start()
        return _Counted(
            "personnel",
            subject["noun"].lower(),
            end,
            start,
            _country_of(text[max(0, noun_at - 40) : noun_at].split()),
        )
    number_of = _NUMBER_OF.search(before)
    if number_of is not None and number_of["noun"].lower() in PERSONNEL:
        return _Counted(
            "personnel", number_of["noun"].lower(), end, start, _country_of(number_of["phrase"].split())
        )
    if (
        counted.kind == "unit"
        or mention.quantity is None
        or (mention.quantity.unit and mention.quantity.unit not in PERSONNEL)
    ):
        return None
    size_of = _SIZE_OF.search(before)
    if size_of is not None and size_of["bare"] and not mention.text[:1].isalpha():
        size_of = None  # "the force 5,000": only a verb read as the number's qualifier joins them
    if size_of is not None:
        origin = max(0, start - 160) + size_of.start()  # where the size phrase starts in the sentence
        if size_of["noun"]:  # "Chinese troop strength ... has risen to"
            noun_at, noun = origin + size_of.start("noun") - size_of.start(), size_of["noun"].lower()
        else:  # "their number at": the troops named before it in the sentence
            named = list(_LAST_TROOPS.finditer(text, max(0, origin - 200), origin))
            head = (size_of["head"] or "").lower()
            if not named and (
                head in _TROOP_BODIES
                # "France will cut its force in Chad from 1,000 to 300": an owner's force is its troops, where
                # the sentence is military (not "the force", a "police force" or "air force")
                or (
                    head == "force"
                    and _OWNED_FORCE.search(before, 0, size_of.end("head")) is not None
                    and _MILITARY_CONTEXT.search(text) is not None
                )
            ):
                # A contingent or garrison is itself a body of troops: "cut its contingent from 1,000 to 300".
                noun_at = origin + size_of.start("head") - size_of.start()
                return _Counted(
                    "personnel", head, end, start, _country_of(text[max(0, noun_at - 40) : noun_at].split())
                )
            if not named:
                last = ctx.last_personnel  # "... 2,500 personnel. One said the number could grow to 3,000"
                # A force's own name ("the US presence") keeps the link a sentence longer than "the number".
                reach = 3 if size_of["head"] or size_of["bare"] else 2
                if last is not None and index - last[0] <= reach and last[1].kind == "personnel":
                    return attrs.evolve(last[1], end=end, start=start)
                return None
            troops = named[-1]
            noun_at, noun = troops.start(), troops.group().lower()
        return _Counted(
            "personnel", noun, end, start, _country_of(text[max(0, noun_at - 40) : noun_at].split())
        )
    labelled = None if _OWN_NOUN_AFTER.match(text, end) else _labelled(text, start)
    if labelled is not None:
        return attrs.evolve(labelled, end=end, start=start)
    following = _WORD.match(text, end + 1) if end + 1 <= len(text) else None
    nxt = following.group().lower() if following is not None and text[end : end + 1] == " " else ""
    answered = _answer(text, start, end, nxt, ctx, index)
    if answered is not None:
        return answered
    # "... troops had been deployed ..., adding that 1,500 were stationed"; "... troops, leaving fewer than 800"
    if _STAY_AFTER.match(text, end) or (
        nxt in _BARE_NEXT and _LEAVING_BEFORE.search(before, max(0, len(before) - 40)) is not None
    ):
        if sentence_personnel is not None:
            return attrs.evolve(sentence_personnel, end=end, start=start)
        named = list(_LAST_TROOPS.finditer(text, max(0, start - 200), start))
        if named:
            noun = named[-1]
            country = _country_of(text[max(0, noun.start() - 40) : noun.start()].split())
            return _Counted("personnel", noun.group().lower(), end, start, country)
    if (
        sentence_personnel is not None
        and text.startswith(_OF_THEM, end)
        and _CONTRIBUTES_BEFORE.search(before, max(0, len(before) - 60))
    ):
        return attrs.evolve(sentence_personnel, end=end, start=start)  # "India supplies about 2,400 of them"
    bare = nxt in _BARE_NEXT
    if _NOT_BEFORE.search(before):
        return None  # "and not one more": a denial of any more, no count
    linked = (
        (nxt.endswith("ed") or nxt in _LINK_NEXT)  # a verb or a clause follows, never a noun of its own
        and sentence_personnel is not None
        and _STRONG_LINK.search(before, max(0, len(before) - 24))
    )
    if not bare and not linked and not _TIME_AFTER.match(text, end) and not _NOW_AFTER.match(text, end):
        return None
    if sentence_personnel is not None and (
        linked or _ELLIPSIS_LINK.search(before) or _SECOND_SUBJECT.search(before, max(0, len(before) - 90))
    ):
        return attrs.evolve(sentence_personnel, end=end, start=start)
    last = ctx.last_personnel
    if (
        last is not None
        and index - last[0] <= 3
        and (
            nxt in {"more", "others"}
            or _ANAPHORIC_TOTAL.search(before)
            or _ELLIPSIS_LINK.search(before)
            or _WE_ARE_AT.search(before, max(0, len(before) - 40))
        )
    ):
        return attrs.evolve(last[1], end=end, start=start)
    return None


# A link that makes a bare number more of the sentence's troops whatever word follows: "a further 500 arrived",
# "up from roughly 1,000 when we took command".
# A second subject's own figure for the sentence's troops, closing its clause: "while Indonesia has offered as
# many as 20,000.", "but his intelligence services count no more than 4,000."
_SECOND_SUBJECT = re.compile(
    r"""(?:,|\b(?:while|whereas|but|that))\s(?:[\w’'.-]{1,20}\s){1,5}?  # the second subject
    (?:has\s|have\s|had\s)?(?:offered|pledged|promised|sent|deployed|committed|counts?|counted|estimates?|estimated)
    \s$""",
    re.X,
)
_LINK_NEXT = frozenset({"when", "due", "now", "set", "who", "that", "arriving", "still", "then"})
_STRONG_LINK = re.compile(r"\b(?:up\s{1,3}from|down\s{1,3}from|a\s{1,3}further)\s{1,3}(?:the\s{1,3})?$", re.I)
# A body of troops sized by a bare number: "a residual force of fewer than 2,000", "a contingent of about 300".
_BODY_OF = re.compile(
    r"""\b(?:a|an)\s(?:[a-z-]{1,20}\s){0,2}?(?P<body>force|contingent|garrison|detachment)\sof\s
    (?:(?:about|around|some|roughly|nearly|almost|approximately|up\sto|more\sthan|fewer\sthan|less\sthan
       |at\sleast|at\smost|no\smore\sthan|just|over|under)\s)?$""",
    re.X | re.I,
)
# A force speaking of its own level: "In Syria, we are at about 1,000", "we expect to be below 1,000".
_WE_ARE_AT = re.compile(
    r"\b(?:[Ww]e|[Tt]hey)\s(?:are|were|will\sbe|expect\sto\sbe|plan\sto\sbe|(?:are\s)?now)\s(?:now\s|down\s|up\s)?(?:at\s)?$"
)
# Lives a war or mission cost: "cost 14 South African lives", "took some 300 lives".
_LIVES_AFTER = re.compile(r"\s(?P<words>(?:[A-Z][\w’'-]{1,20}\s){0,2})lives\b")
_COST_BEFORE = re.compile(r"\b(?:cost|costing|claimed|took)\s(?:the\s)?(?:about\s|some\s|more\sthan\s)?$")
_NAMED_FIGURE = re.compile(r"\s(?:figure|estimate|tally|count)\b")  # "the 1,500 figure": a count named again
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s$")
# The next sentence retracts a figure as holding civilians: "That was wrong: it included civilian staff".
_RETRACTED_CIVILIANS = re.compile(
    r"""(?:That|This|The\s(?:figure|number|estimate))\s(?:was|is)\s      # the figure just given
    (?:wrong|incorrect|inaccurate|mistaken|an?\s(?:error|mistake))\b     # ... taken back
    [^.;]{0,20}?\b(?:it|which)\s(?:also\s)?(?:included|includes|counted)\s # because it held
    (?:[\w-]{1,20}\s){0,3}?civilians?\b                                 # ... civilians
    """,
    re.X,
)
# A named figure that holds civilians: "the 4,000 figure includes civilians", "that estimate also counted civilian
# staff".
_WITH_CIVILIANS = re.compile(
    r"""\s(?:figure|estimate|tally|count)\s(?:also\s)?             # the figure named again
    (?:includes|included|including|counts|counted|covers|covered)\s  # what it holds
    (?:[\w-]{1,20}\s){0,3}?civilians?\b                             # ... civilians among them
    """,
    re.X,
)
# "a force of 12 warships": a noun of its own (not a verb in -s: "a contingent of 300 serves there").
_PLURAL_AFTER = re.compile(
    r"""\s{1,3}(?!(?:is|was|has|serves|remains|stays|arrives|leaves|operates|patrols|guards|joins|includes
    |comprises|works|lives|waits)\b)[a-z]{2,20}s\b""",
    re.X,
)
# A plural noun of the number's own after it (an adjective may come first): "The party's troops are restless:
# 47 backbench MPs ...". The number counts those, not the label's troops.
_OWN_NOUN_AFTER = re.compile(
    r"""\s{1,3}(?!(?:in|on|at|of|for|from|to|across|since|by|with|as|and|or)\b)  # no preposition or link
    (?:[a-z][a-z-]{1,19}\s{1,3})?                                            # an adjective: "backbench"
    (?:[a-z]{2,20}|[A-Z]{2,5})s\b                                             # the plural noun: "MPs", "seats"
    """,
    re.X,
)
# An item of a "by the numbers" box: a figure opening the line, a dash, then what it counts ("900 — British
# troops in Estonia today (MoD)"), its source in brackets at the end.
_BOX_ITEM = re.compile(
    r"""\ {1,3}[—–-]\ {1,3}                        # the dash after the figure
    (?P<words>(?:[A-Z][\w’'.-]{0,20}\ ){0,3})     # the troops' country: "British", "U.S."
    (?P<noun>[a-z]{3,20})\b                       # what the figure counts
    """,
    re.X,
)
# A digest item's credit closing its paragraph: ". (AFP)", ". (via Reuters)", "— via Reuters", "— Le Monde".
_ITEM_CREDIT = re.compile(
    r"""(?:(?:^|(?<=[.!?"”]\ ))\((?:via\ )?                               # "(AFP)" after the last sentence
        (?P<paren>[A-Z][\w’'.&-]{0,30}(?:\ [A-Z][\w’'.&-]{0,30}){0,3})\)
      |(?:^|(?<=[.!?"”]\ ))[—–]\ {1,3}(?:via\ )?                          # or a dash and the outlet
        (?P<dash>(?:The\ )?[A-Z][\w’'&-]{0,30}(?:\ [A-Z][\w’'&-]{0,30}){0,3}))
    \s{0,3}$""",
    re.X,
)


def _item_credits(sentences: Sequence[Sentence]) -> dict[int, str]:
    r"""The outlet each paragraph's closing credit names, by paragraph: a digest's item quotes its source.

    >>> from claimkit.documents import read_document
    >>> _item_credits(read_document("Some 500 troops left. (AFP)\n\nMore news.").sentences)
    {0: 'AFP'}
    """
    last: dict[int, str] = {}
    for sentence in sentences:
        last[sentence.paragraph] = sentence.clean
    credits = {}
    for paragraph, text in last.items():
        tail = max(0, len(text) - 50)
        # Every match holds its opening bracket or its dash: most paragraphs' ends hold neither.
        if "(" not in text[tail:] and "—" not in text[tail:] and "–" not in text[tail:]:
            continue
        m = _ITEM_CREDIT.search(text, tail)
        if m is not None:
            credits[paragraph] = m["paren"] or m["dash"]
    return credits


_BOX_SOURCE = re.compile(r"\((?P<source>[A-Z][\w’'.& -]{1,40})\)\s{0,3}$")  # "(MoD)" closing a box's item


def _labelled(text: str, start: int) -> _Counted | None:
    """The troops a label before a bare number names: the number is the label's value.

    >>> _labelled("Russian troops in Kursk: up to 50,000", 25).noun
    'troops'
    >>> _labelled("Peacekeepers killed since 2022: 130", 32) is None
    True
    """
    before = text[max(0, start - 120) : start].rstrip()
    if before.endswith(":"):  # the label: back to the sentence's start or the last stop before the colon
        label = before[:-1]
        label = label[max(label.rfind(stop) for stop in ".;:!?") + 1 :]
        named = list(_LAST_TROOPS.finditer(label))
    elif before.endswith("("):
        label = before[:-1].rstrip()
        named = [m for m in _LAST_TROOPS.finditer(label, max(0, len(label) - 14)) if m.end() == len(label)]
    else:
        return None
    if not named or _LABEL_LOSSES.search(label):
        return None
    noun = named[-1]
    return _Counted(
        "personnel", noun.group().lower(), start, start, _country_of(label[: noun.start()].split())
    )


def _may_ask(text: str, folded: str | None) -> bool:
    """Whether ``_ASKED`` may match ``text`` (``folded`` is its :func:`_lower_twin`, or ``None``).

    Every match holds "many", or "of" and the noun asked of; "of" alone is in most sentences. Without an
    exact lower-case twin only "many" and "of" are tested (neither holds a letter that case-insensitive
    matching folds from a non-ASCII one, as "ſ" is "s").

    >>> _may_ask("The size of the force", None), _may_ask("Most of them left", "most of them left")
    (True, False)
    """
    low = folded if folded is not None else _lower_twin(text)
    if low is None:
        low = text.lower()
        return "many" in low or "of" in low
    return "many" in low or ("of" in low and ("number" in low or "size" in low or "strength" in low))


def _asked_of(text: str) -> _Counted | None:
    """The troops a sentence asks the number of, or names in a question, giving no count of them.

    >>> _asked_of("Q: How many KFOR troops are on the ground now?").noun
    'troops'
    >>> _asked_of("How many tanks does it have?") is None
    True
    """
    asked = _ASKED.search(text)
    if asked is None and not _is_question(text):
        return None
    if asked is not None:  # the troops right after the phrase, else named before it
        named = list(_LAST_TROOPS.finditer(text, asked.end(), asked.end() + 40))[:1]
        named = named or list(_LAST_TROOPS.finditer(text, max(0, asked.start() - 200), asked.start()))[-1:]
    else:
        named = list(_LAST_TROOPS.finditer(text))[-1:]
    if not named or _LABEL_LOSSES.search(text):
        return None
    noun = named[0]
    country = _country_of(text[max(0, noun.start() - 40) : noun.start()].split())
    return _Counted("personnel", noun.group().lower(), noun.end(), noun.start(), country)


def _answer(text: str, start: int, end: int, nxt: str, ctx: _Context, index: int) -> _Counted | None:
    """The troops a bare number answers for: asked of before it in its sentence or the two before.

    Only the first bare number after the question answers it ("It is about 1,000, not 1,500").
    """
    if not (nxt in _BARE_NEXT or text.startswith(_OF_THEM, end)):
        return None
    before = text[:start]
    phrase = None
    for found in _ASKED.finditer(before):
        phrase = found  # the last phrase asking
    if phrase is not None and not _counts_in(before[phrase.end() :]):
        same = _asked_of(before)  # "sent troops to Russia but did not say how many; Seoul estimates 14,000"
        if same is not None:
            return _Counted(same.kind, same.noun, end, start, same.demonym)
    asked = ctx.asked
    if asked is None or not 0 < index - asked[0] <= 2 or _counts_in(before):
        return None
    ctx.asked = None  # only the first number answers: "It is about 1,000, not 1,500"
    return _Counted(asked[1].kind, asked[1].noun, end, start, asked[1].demonym)

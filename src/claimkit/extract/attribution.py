"""Attribution: who a figure comes from, read from the reporting cues of English news.

A *cue* is the part of a sentence that says whose account it is: "X said",
"according to X", "X, citing Y, reports", "reports from X suggest", "it was
reported by X", "..., X told reporters". :func:`find_cues` reads the cues of one
sentence; :func:`governing_cue` picks the one that governs a number at a given
position (the nearest cue before it, else the nearest after it).

Everything here works on one sentence at a time with patterns that cannot
backtrack catastrophically, so the cost is linear in the text.

>>> cues = find_cues("On October 23, spokesman John F. Kirby stated that 3,000 troops left.")
>>> [(c.kind.value, c.speaker) for c in cues]
[('speech', 'spokesman John F. Kirby')]
>>> [c.speaker for c in find_cues("Some 2,000 troops are there, according to a report by the Pentagon.")]
['the Pentagon']
"""

from __future__ import annotations

import bisect
import enum
import itertools
import re
from collections.abc import Collection, Iterable
from typing import Final

import attrs

from claimkit._validators import arguments
from claimkit.dates import ascii_twin, finditer_twin, reads_as_ascii, word_start_twin
from claimkit.dates import word_trie as _trie
from claimkit.extract.actors import DEMONYMS
from claimkit.model import _new, _slot_setters

__all__ = ["Cue", "CueIndex", "CueKind", "cited_origin", "find_cues", "governing_cue"]


def _words(text: str) -> frozenset[str]:
    """A word set written as one string, so long lexicons stay readable."""
    return frozenset(text.split())


class CueKind(str, enum.Enum):
    """The grammar a cue follows."""

    SPEECH = "speech"  # "X said", "X estimates", "..., X told reporters"
    ACCORDING = "according"  # "according to X"
    CITING = "citing"  # "citing X", "utilizing information from X": X is the origin behind the speaker
    REPORT = "report"  # "reports from X suggest", "a report by X"
    PASSIVE = "passive"  # "it was reported by X", "as reported by X"


@attrs.frozen(kw_only=True)
class Cue:
    """One reporting cue in a sentence.

    Args:
        kind: the grammar of the cue.
        speaker: the words naming who speaks (as written, may be a pronoun).
        speaker_start: offset of ``speaker`` in the sentence.
        start: where the cue begins in the sentence (its verb or preposition).
        end: where it ends.
        told: the audience of "X told Y", when named (a possible reporting link).
    """

    kind: CueKind
    speaker: str
    speaker_start: int
    start: int
    end: int
    told: str | None = None


_CUE_SETTERS = _slot_setters(Cue, "kind speaker speaker_start start end told")


def _cue(
    kind: CueKind, speaker: str, speaker_start: int, start: int, end: int, told: str | None = None
) -> Cue:
    """A cue built through its slots' setters (the frozen ``__init__`` sets each field through ``object.__setattr__``).

    >>> _cue(CueKind.SPEECH, "X", 0, 2, 6) == Cue(kind=CueKind.SPEECH, speaker="X", speaker_start=0, start=2, end=6)
    True
    """
    cue = _new(Cue)
    set_kind, set_speaker, set_speaker_start, set_start, set_end, set_told = _CUE_SETTERS
    set_kind(cue, kind)
    set_speaker(cue, speaker)
    set_speaker_start(cue, speaker_start)
    set_start(cue, start)
    set_end(cue, end)
    set_told(cue, told)
    return cue


# Verbs that introduce an account; "put" only in "put the number at", "states" only before "that". The
# words are a prefix tree: at each word start the scan follows one branch instead of trying every verb.
_SPEECH_WORD_LIST = """said says say stated revealed reveals announced announces warned warns warning told tells
    reported reports claimed claims claim alleged alleges estimated estimates estimate believes believe believed
    expects expect noted notes added adds confirmed confirms insisted insists assessed assesses judged
    judges disclosed discloses acknowledged acknowledges wrote writes tweeted posted think thinks thought
    argued argues declared declares spoke fear fears feared predicted predicts forecast forecasts briefed
    informed gave gives offered offers replied replies answered"""
_SPEECH_WORDS = _trie(_SPEECH_WORD_LIST)
_SPEECH_VERB = re.compile(
    rf"""\b(?P<verb>
        {_SPEECH_WORDS}                       # a reporting verb
      | states(?=\s+that)                     # "states that", not "United States"
      | (?:accepted|conceded|testified|deposed)(?=\s+that)  # a witness's account: "the witness accepted that"
      | (?:(?<=figures\s)|(?<=data\s)|(?<=statistics\s)|(?<=records\s)|(?<=numbers\s))  # only after a data noun:
        (?:shows?|showed|indicates?|indicated)(?=\s+that)  # "ministry figures show that": their issuer speaks
      | puts?(?=\s[^.;,]{{1,80}}?\sat\s)       # "put(s) the number at"
      | revised(?=\s(?:down|up)(?:wards?)?\sto\s)  # "X later revised down to 9,400": X's figure
    )\b""",
    re.X,  # case-sensitive: "States" in "United States" is not a verb
)
# ``_SPEECH_VERB`` found by a scan in C (see ``claimkit.dates.word_start_twin``). Exact: the pattern is
# case-sensitive and every match starts a word (``\b``) with the first letter of one of its words: a verb of
# the list, "states", "show(s/ed)", "indicate(s/d)", "put" or "revised".
_SPEECH_VERB_AT = word_start_twin(
    _SPEECH_VERB, "".join(sorted({w[0] for w in _SPEECH_WORD_LIST.split()} | set("sip")))
)
_SPEECH_VERBS_ASCII = (
    ascii_twin(_SPEECH_VERB),
    ascii_twin(_SPEECH_VERB_AT),
)  # for text that ``reads_as_ascii``
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.I)  # "according to X"
_CITING = re.compile(
    r"""\b(?:
        citing|quoting|
        (?:utili[sz]ing|using|drawing\s+on|relying\s+on)\s+(?:information|intelligence|data|figures)\s+from|
        based\s+on\s+(?:information|intelligence|data|figures)\s+from
    )\s+""",
    re.X | re.I,
)
_PASSIVE = re.compile(
    r"""(?:\b(?:was|were|been|as|had\s+been|has\s+been)\s+      # a passive auxiliary or "as reported"
    (?:reported|announced|stated|revealed|confirmed|said|estimated|disclosed)
    |\b(?:cited|given|provided|released|published|quoted))\s+by\s+   # "the figure cited by X"
    """,
    re.X | re.I,
)
_REPORT_FROM = re.compile(
    r"""\b(?:reports?|an?\s+(?:[\w-]+\s+){0,2}?(?:report|statement|assessment|estimate|briefing|analysis)|
        (?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:allegations?|accusations?|claims?|assertions?)|  # "the allegation by X"
        (?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:intelligence|data|figures?|estimates?|statistics|numbers)  # a data noun
        (?:\s+(?:released|published|compiled|issued|provided|cited|given))?))  # "figures released by X"
        \s+(?:from|by)\s+""",
    re.X | re.I,
)
# What every match of ``_REPORT_FROM`` holds, lower-cased: a report's or a data noun, maybe a participle, then
# "from" or "by". Searched in the lowered sentence before the pattern, which tries each word as the start of
# up to three words before the noun.
_REPORT_HINT = re.compile(
    r"""(?:reports?|statement|assessment|estimates?|briefing|analysis|allegations?|accusations?|claims?
    |assertions?|intelligence|data|figures?|statistics|numbers)
    (?:\s+(?:released|published|compiled|issued|provided|cited|given))?\s+(?:from|by)\s""",
    re.X,
)
# What every match of ``_PASSIVE`` and of ``_CITING`` holds, lower-cased: one search in C instead of a loop
# over their words (most sentences hold "by" or "from", and a reporting word somewhere).
_PASSIVE_HINT = re.compile(
    r"""(?:reported|announced|stated|revealed|confirmed|said|estimated|disclosed
    |cited|given|provided|released|published|quoted)\s+by\s""",
    re.X,
)
_CITING_HINT = re.compile(r"citing|quoting|(?:information|intelligence|data|figures)\s+from\s")
# A report in a publication, after "according to", is the publication's: "according to a report in the Libya
# Observer" (a generic head and its article are no speaker).
_REPORT_IN = re.compile(
    r"""(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:report|article|story|investigation)  # "a recent report"
    \s+(?:in|on)\s+""",
    re.X | re.I,
)
# A body's possessive before a data noun: "the Pentagon's latest personnel data" is the Pentagon's word.
_OWNER_OF_DATA = re.compile(
    r"""^(?P<owner>[^'’]{2,80}?)['’]s\s+                 # "the Pentagon's"
    (?:[\w-]+\s+){0,3}?                                  # "latest personnel"
    (?:data|figures|statistics|numbers|estimates?|count|tally)$  # the data noun ends the phrase
    """,
    re.X | re.I,
)
# Where a phrase after a cue ends: punctuation, a complementiser or a new clause.
# A source in parentheses after a figure, as fact boxes and bullets give it: "(African Union figure)",
# "(Ukrainian estimate)", "(South Korean intelligence)", "(source: NATO)". A bare credit ("(Reuters)") is
# the outlet's byline, no source.
_PAREN_SOURCE = re.compile(
    r"""\(\s?(?P<label>[Ss]ources?:\s?)?                                   # "(" or "(source: "
    (?P<source>[A-Z][\w’'.&-]{0,40}(?:\s[\w’'.&-]{1,40}){0,5}?)            # "African Union", "South Korean"
    (?:\s(?P<kind>figures?|estimates?|data|count|tally|assessment)|\s(?P<intel>intelligence))?  # its kind
    (?P<asof>,\sas\s(?:of|at)\s[\w\ ]{1,30})?                              # its date: ", as of June"
    \s?\)""",
    re.X,
)
# A source signing off the end of a headline or a quoted answer: "... more troops to Russia — Seoul",
# "... 20,000 of them. — Andriy Demchenko, spokesman for ...", a headline's "...: Fortify Rights". The
# name: capitalised words (initials and ranks with their dots), with joiners, no verb.
_SIGN_NAME = re.compile(
    r"""(?P<name>[^\W\d_][\w’'.&-]{0,30}(?:\s[^\W\d_][\w’'.&-]{0,30}){0,6})  # "Fortify Rights" (capitals: tested)
    (?P<tail>,\s[^—–]{1,160})?$                                                # ", KFOR commander, speaking to"
    """,
    re.X,
)
_PHRASE_END = re.compile(
    r"""[,;:!?()“”"\[\]]
    |(?<![A-Z])(?<!\b(?:Lt|Dr|Mr|Ms))(?<!\b(?:Col|Gen|Maj|Sgt|Cpl|Adm|Cdr|Mrs|Cpt))(?<!\b(?:Capt|Brig|Cmdr|Prof))\.
    # a full stop, not an initial's ("U.S.") nor a title's ("said Capt. Lauren Okafor")
    |\s(?:that|who|which|suggests?|says?|said|shows?|showed|indicates?|on|in\s+a|
    in\s+an|estimates?|believes?|told|reports?|put)\s
    |\s(?:published|released|issued|compiled|dated)\s(?![^,;:()]{0,40}?\bby\s)  # "a report by X published on Monday"
    |\s(?:quoted|cited)\s+by\s  # "a military source quoted by <outlet>": the outlet relays the source
    |\s(?:at\s+(?:the|that)\s+time|last\s+(?:week|month|year)|in\s+(?:19|20)\d\d)\b  # a time: "assessments at the time"
    |\s(?=(?:briefing|meeting|news\s+conference|press\s+conference|conference|hearing)\s  # an event the body
    (?:held|given|hosted|ahead|before|on|last)\b)                                        # held: not the speaker
    """,
    re.X,
)
# Where ``_PHRASE_END`` matches, found by a scan in C (``re`` tries a pattern that opens with a choice at every
# position, but skips to the characters of a leading class): every match opens with a mark of the first
# alternative, a full stop or whitespace, and the pattern is read in a lookahead from there. Only its start
# is used.
_PHRASE_END_AT = re.compile(rf"[,;:!?()“”\"\[\].\s](?<=(?={_PHRASE_END.pattern})(?s:.))", re.X)
_WORD = re.compile(r"[\w’'.&-]+|,")  # words (with apostrophes, dots, hyphens) and commas
_WORD_ASCII = ascii_twin(_WORD)  # for ASCII text (``\w`` read from a table, not the Unicode database)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)  # passive voice: no speaker
_TRAILING_TIME = re.compile(
    r"""\s\s{0,2}(?:on|in|last|this|earlier|late)\s{1,3}  # a time adverbial between subject and verb (a
    # class first, not a repetition: ``re`` skips to the next space in C instead of trying each position)
    (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,7}\.?
       (?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s\d{4})?   # a month or weekday, maybe a day and year
    |week|month|year)\s{0,3}$""",
    re.X,
)
# Where a match of ``_TRAILING_TIME`` can start: it is at most 38 characters long (3 + 7 + 3 + 22 + 3) and
# ends at the end (or before a final newline), so a search of the last 40 characters finds the same match.
_TRAILING_TIME_REACH = 40
_RELATIVE_END = re.compile(
    r",\s*(?:which|who)(?:\s+(?:has|have|had|also|already|then))?\s*$"
)  # ", which" before a verb
_PARTICIPLE_ASIDE = re.compile(
    r"^\s*(?:citing|quoting|\w+ing)\b", re.I
)  # ", citing X," between subject and verb
# An aside on how the subject speaks, between it and its verb: "X, speaking on condition of anonymity, said".
_MANNER_ASIDE = re.compile(
    r"^\s*(?:speaking|talking|writing|briefing|asked|who\s+(?:asked|declined|spoke|requested|was\s+not|were\s+not))\b",
    re.I,
)
# An appositive role after a person's name, opened by a determiner: "Dana Whitfield, the unit's commander,".
_APPOSITIVE_ROLE = re.compile(r"^\s*(?:the|a|an|its|his|her|their)\s", re.I)
# A subject ending in two capitalised words without an organisation's noun: a person's name.
_ENDS_IN_NAME = re.compile(
    r"""(?:^|\s)[A-Z][a-z’'.-]{0,30}\s          # a first name or a rank
    (?!(?:Ministry|Command|Forces|Army|Navy|Office|Council|Agency|Department|Institute|Group)\b)
    [A-Z][a-z’'-]{1,30}$                          # a surname, not a body's noun
    """,
    re.X,
)
_NO_SPEAKER = frozenset(
    {"the", "a", "an", "we", "i", "you", "which", "who", "that", "this", "these", "those"}
)
# A date's month or weekday alone before a verb ("the update of 30 April gives") is no speaker ("Ann March" is).
_CALENDAR_WORDS = _words("""January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""")

# Words allowed inside a speaker noun phrase besides capitalised ones.
_NP_LOWER = _words("""of the and for in at a an its their his her two three four several senior top former military
    intelligence defence defense foreign border state national security press special think tank general
    chief ministry minister spokesman spokeswoman spokesperson official officials analyst analysts expert
    experts source sources lawmaker lawmakers diplomat diplomats commander commanders president envoy
    representative representatives media government authorities department command staff council committee
    panel army navy force forces service services agency agencies leader leaders head director adviser advisers
    professor researcher researchers scholar fellow secretary guard guards office institute people
    spy officer officers observers newspaper report statement figures data statistics u.n. u.s. intelligence-gathering western
    independent ukrainian russian american korean officials' defence-ministry aide aides team group
    correspondent reporter monitors monitor unit units brigade battalion regiment division corps fleet
    command commanders headquarters alliance coalition bloc organisation organization union
    junta regime mission administration cabinet parliament embassy ambassador police armed regional local
    provincial federal interim transitional peacekeeping governor policy affairs operations
    interior home justice health emergency emergencies disaster civil protection
    rebels insurgents militants separatists news aid humanitarian relief
    prefecture prefect municipality mayor governorate witness
    """)
# Auxiliaries and adverbs that sit between a subject and its reporting verb.
_BETWEEN = _words("""has have had also already previously repeatedly both again earlier today yesterday now then recently
    subsequently separately further began begun publicly officially first later initially reportedly
    had been has been will would could may might might've still all each once not only
    consistently flatly categorically vehemently firmly strongly long always itself themselves himself herself
    """)
_OPENERS = _words("""but and so however meanwhile separately moreover furthermore still yet also now then while
    as indeed instead thus""")
_DEMONYM_COMMA = _words("""ukrainian korean russian american chinese british french german japanese polish israeli iranian
    belarusian us u.s. uk european western nato""")
_NOT_OPENING = _OPENERS | {"of", "and", "in", "at", "for"}  # words a name cannot open with
# Lower-case particles that open a capitalised surname: "Yasser al-Husseini", "Ahmed el-Sayed".
_NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "bin-", "ibn-")
_PHRASE_BREAK = re.compile(r"[:;—–•|]")  # marks between words that no speaker's name spans
_MAX_NP_WORDS = 14
_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # a unit's number inside its name: "5th Fleet"
_LOOKBACK = 300  # characters before a verb searched for its subject


def _speaker_before(
    sentence: str, end: int, depth: int = 0, *, readable: bool = False, window: str | None = None
) -> tuple[str, int] | None:
    """The noun phrase ending just before ``end`` (a subject), walking back over its words.

    ``readable``: the sentence :func:`~claimkit.dates.reads_as_ascii` (its window is tokenised in C even
    with typographic marks; an ASCII window always is). ``window``: ``sentence[end - _LOOKBACK : end]`` (from
    0 when ``end`` is nearer), when the caller has it already.

    A subject longer than the first tokenised tail is read from the whole window:

    >>> s = "Then " + "Ukrainian, " * 13 + "and American officials said"
    >>> _speaker_before(s, s.index(" said"))[1], _speaker_before(s, s.index(" said"))[0][-22:]
    (27, 'and American officials')
    """
    # Only the last _LOOKBACK characters can hold a subject: bounding the window keeps the cost linear.
    # Conditional expressions, not ``max``: a call of a builtin costs several times as much on this hot path.
    origin = end - _LOOKBACK if end > _LOOKBACK else 0
    head = sentence[origin:end] if window is None else window
    reach = len(head) - _TRAILING_TIME_REACH
    m = _TRAILING_TIME.search(head, reach if reach > 0 else 0)
    if m is not None:
        head = head[: m.start()]
    stripped = head.rstrip()
    if stripped.endswith(","):
        # Positions in ``sentence``: the window ``head`` opens at ``origin``.
        comma_at = origin + len(stripped) - 1
        opening = stripped.rfind(",", 0, len(stripped) - 1)
        if opening > 0:
            aside = stripped[opening + 1 : -1]
            opening_at = origin + opening
            if _PARTICIPLE_ASIDE.match(aside) or _MANNER_ASIDE.match(aside):
                return _speaker_before(
                    sentence, opening_at, readable=readable
                )  # skip ", citing X," to reach the subject
            name = _speaker_before(sentence, comma_at, readable=readable)
            owner = _speaker_before(sentence, opening_at, readable=readable)
            aside_at = opening_at + 1 + (len(aside) - len(aside.lstrip()))
            if name is not None and owner is not None and name[1] == aside_at:
                if _APPOSITIVE_ROLE.match(aside) and _ENDS_IN_NAME.search(owner[0]):
                    return owner  # "Name, the unit's commander,": the role describes the person named
                return sentence[owner[1] : comma_at], owner[1]  # "a spokesman for X, Name,"
            if (
                name is not None
                and owner is None
                and name[1] == aside_at
                and _ENDS_IN_NAME.search(name[0])
                and _APPOSITIVE_ROLE.match(stripped[stripped.rfind(",", 0, opening) + 1 : opening])
            ):
                return name  # "the museum's curator, Paul Durand,": a role no speaker, then the person named
            return None
    # A match opens with the head's last comma (no comma can follow it): searched from there alone.
    comma = head.rfind(",")
    rel = _RELATIVE_END.search(head, comma) if comma >= 0 else None
    if rel is not None and depth < 3:
        return _speaker_before(
            sentence, origin + rel.start(), depth + 1, readable=readable
        )  # "the Pentagon, which ... put": the antecedent speaks
    # The walk back reads only the last few dozen words: tokenise a tail first (its first token may be
    # cut; every later one is a token of the whole head) and the whole head only if the walk gets there.
    tail = len(head) - _TAIL
    if tail < 0:
        tail = 0
    stop = origin + len(head)
    fast = readable or head.isascii()
    found = _walk_back(sentence, origin + tail, stop, tail > 0, fast)
    if found != _REACHED_START:  # equality: a compiled build (mypyc) copies tuple constants
        return found
    return _walk_back(sentence, origin, stop, False, fast)


_TAIL = 64  # characters of a subject's window tokenised first (most subjects fit; longer ones retokenise)
_REACHED_START: Final = ("", -1)  # the walk read the first (maybe cut) token of a tail


def _walk_back(sentence: str, begin: int, stop: int, cut: bool, fast: bool) -> tuple[str, int] | None:
    """The noun phrase ending with the last tokens (``_WORD``) of ``sentence[begin:stop]``, the window before a verb.

    ``cut``: the first token may be cut (``_REACHED_START`` when the walk reads it). ``fast``: the window
    reads as ASCII (maybe with typographic marks): where it holds no break mark its tokens are split in C
    (see :func:`_ascii_tokens`), and only the phrase's ends are placed.
    """
    words = _ascii_tokens(sentence, begin, stop) if fast else None
    starts: list[int] | None = None  # each token's start, when tokenised by the pattern
    if words is None:
        matches = list((_WORD_ASCII if fast else _WORD).finditer(sentence, begin, stop))
        words = [m.group() for m in matches]
        starts = [m.start() for m in matches]
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _BETWEEN:
        i -= 1
    if cut and i < 2:
        return _REACHED_START
    if i >= 0 and words[i].lower() in ("and", "or"):
        return None  # "She confirmed it Wednesday and said": a second verb of the subject before, not a name
    last = i
    first = None
    taken = 0
    # No word holds a break mark: without one between the first word and the last, no gap holds one (split
    # in C, the window holds none).
    breaks = starts is not None and last > 0 and _PHRASE_BREAK.search(sentence, starts[0], starts[last])
    while i >= 0 and taken < _MAX_NP_WORDS:
        if cut and i < 2:
            return _REACHED_START  # words[i] or words[i - 1] may be the cut token
        w = words[i]
        if (
            breaks
            and i < last
            and starts is not None
            and _PHRASE_BREAK.search(sentence, starts[i] + len(w), starts[i + 1])
        ):
            break  # a colon, dash or bullet between words ends the phrase: "10:42 GMT — the minister says"
        if w == ",":
            nxt = words[i + 1].lower() if i + 1 <= last else ""
            prev = words[i - 1].lower() if i > 0 else ""
            if prev in _DEMONYM_COMMA and (nxt in _DEMONYM_COMMA or nxt == "and" or nxt == "south"):
                i -= 1
                continue
            break
        if w[0].isupper():  # a token is never empty
            first = i
            taken += 1
            i -= 1
            continue
        low = w.lower()
        if (
            low in _NP_LOWER
            or low.endswith(("'s", "’s"))
            # "the U.S. Navy's 5th Fleet", "the 3rd Brigade" (``\d`` is ``str.isdecimal``: a cheap first test)
            or (low[0].isdecimal() and _ORDINAL_WORD.fullmatch(low) is not None)
            or (low.startswith(_NAME_PARTICLES) and w[len(low.split("-")[0]) + 1 :][:1].isupper())
        ):
            first = i
            taken += 1
            i -= 1
            continue
        break
    if first is None or first > last:
        return None
    # Trim leading words that cannot open a name: openers, prepositions.
    while first <= last and (words[first].lower() in _NOT_OPENING or words[first] == ","):
        first += 1
    if first > last:
        return None
    if starts is not None:
        start = starts[first]
        end = starts[last] + len(words[last])
    else:
        # Each token is the last occurrence of its text before the next token's start (the characters
        # between two tokens are no token's): placed from the window's end back to the phrase's first.
        start = end = stop
        for k in range(len(words) - 1, first - 1, -1):
            start = sentence.rfind(words[k], begin, start)
            if k == last:
                end = start + len(words[k])
    text = sentence[start:end]
    # The text's last word is its last token, or holds a character no word of _NO_SPEAKER does (before the
    # token, a character of no token): a last token outside _NO_SPEAKER spares the test of every word.
    last_word_none = words[last].lower() in _NO_SPEAKER
    if (last_word_none and all(w.lower() in _NO_SPEAKER for w in text.split())) or text in _CALENDAR_WORDS:
        return None
    return text, start


# The tokens of ``_WORD`` in ASCII, split in C: a byte table keeps the word characters of the class (letters,
# digits, "_", "'", ".", "&", "-") and commas, every other ASCII byte becomes a space, and a space on either
# side of each comma makes it a token of its own. The UTF-8 bytes of "’" (a word character of the class) are
# kept; the other typographic marks (none of the class) are spaces first.
_TOKEN_BYTES = bytes(b if chr(b).isalnum() or chr(b) in "_'.&-," else 0x20 for b in range(128)) + bytes(
    range(128, 256)
)
_NO_TOKEN_MARKS = "“”‘–—…"


def _ascii_tokens(sentence: str, begin: int, stop: int) -> list[str] | None:
    """The tokens of ``_WORD`` in ``sentence[begin:stop]``, if it holds no break mark; else ``None``.

    The window must read as ASCII (:func:`~claimkit.dates.reads_as_ascii`): ASCII and typographic marks.

    >>> _ascii_tokens("“Kirby’s” U.S.-led staff,5 said", 0, 26), _ascii_tokens("10:42 the minister", 0, 18)
    (['Kirby’s', 'U.S.-led', 'staff', ',', '5'], None)
    """
    window = sentence[begin:stop]
    # The break marks in ASCII are ":", ";" and "|" (three searches in C, cheaper than a class scan), and the
    # apostrophe "’" (kept in tokens) is the only mark of most windows that are not ASCII.
    if window.isascii() or window.replace("’", "").isascii():
        if ":" in window or ";" in window or "|" in window:
            return None
    else:
        if _PHRASE_BREAK.search(window) is not None:
            return None
        for mark in _NO_TOKEN_MARKS:
            window = window.replace(mark, " ")
    return window.encode().translate(_TOKEN_BYTES).decode().replace(",", " , ").split()


# A pronoun subject after a clause break, the way wire copy closes a quote: "..., it added", "..., he said".
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;:“”\"]\s{0,3}(?:(?:but|and|yet)\s{1,3})?)(?P<pronoun>he|she|it|they)\s{1,3}(?:also\s{1,3})?$"
)  # "..., but it confirmed": a conjunction may open the clause


def _pronoun_before(sentence: str, end: int) -> tuple[str, int] | None:
    """A lower-case pronoun subject right before a verb at ``end``, after a clause break.

    >>> _pronoun_before("More will come next year, it added", 29)
    ('it', 26)
    >>> _pronoun_before("It gave no figure, but it confirmed", 26)
    ('it', 23)
    >>> _pronoun_before("what it said", 8) is None
    True
    """
    m = _PRONOUN_SUBJECT.search(sentence, end - 16 if end > 16 else 0, end)
    return (m["pronoun"], m.start("pronoun")) if m is not None else None


def _after_manner_aside(before: str) -> bool:
    """Whether ``before`` (stripped, ending in a comma) closes an aside on how its subject speaks.

    >>> _after_manner_aside("An official, speaking on condition of anonymity,"), _after_manner_aside("Troops left,")
    (True, False)
    """
    opening = before.rfind(",", 0, len(before) - 1)
    return before.endswith(",") and opening > 0 and _MANNER_ASIDE.match(before[opening + 1 : -1]) is not None


def _phrase_after(sentence: str, start: int) -> tuple[str, int] | None:
    """The noun phrase starting at ``start`` (an object of "according to", "by", "citing")."""
    limit = start + _LOOKBACK
    if limit > len(sentence):
        limit = len(sentence)
    m = _PHRASE_END_AT.search(sentence, start, limit)
    stop = m.start() if m is not None else limit
    text = sentence[start:stop].strip()
    if not text:
        return None
    stop = start + len(sentence[start:stop].rstrip())
    if len(text.split()) > _MAX_NP_WORDS:
        return None
    return text, start


def _speaker_after(sentence: str, start: int) -> tuple[str, int] | None:
    """An inverted speaker: ", said Kirby" or ", says the ministry"."""
    return _phrase_after(sentence, start)


def _are_cues(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(c, Cue) for c in value)


@arguments(
    ("sentence", str, "a str"),
    words=((list, None), "a list of str or None"),
    readable=((bool, None), "a bool or None"),
)
def find_cues(
    sentence: str, *, words: list[str] | None = None, readable: bool | None = None
) -> tuple[Cue, ...]:
    """Every reporting cue of one sentence, in order.

    Args:
        sentence: the text of one sentence.
        words: :func:`ascii_words` of ``sentence`` when the caller has it already.
        readable: ``claimkit.dates.reads_as_ascii(sentence)`` when the caller has it already.

    Returns:
        The cues; a cue whose speaker cannot be read (a passive "troops are
        expected", a bare "reports") is left out.

    >>> [c.speaker for c in find_cues("Reports from South Korea's spy agency suggest 3,000 more will go.")]
    ["South Korea's spy agency"]
    >>> [(c.kind.value, c.speaker) for c in find_cues("NBC News, citing South Korean intelligence, reports it.")]
    [('citing', 'South Korean intelligence'), ('speech', 'NBC News')]
    """
    return _find_cues(sentence, ascii_words(sentence, readable) if words is None else words, readable)


def _find_cues(sentence: str, words: Collection[str] | None, readable: bool | None) -> tuple[Cue, ...]:
    """:func:`find_cues` given the sentence's :func:`ascii_words`: ``None`` reads it by the plain paths alone.

    ``words`` may be any collection of the sentence's words holding those of ``_CUE_WORDS`` it holds (as
    ``_CUE_WORDS.intersection(ascii_words(sentence))``): the fast paths read no other word.

    The fast paths for ASCII words find exactly what the plain paths find (a property test checks
    ``_find_cues(s, None, False) == find_cues(s)``: ``readable=False`` takes the Unicode patterns, which the
    ASCII twins match exactly on readable text).
    """
    cues: list[Cue] = []
    spans: list[tuple[int, int]] = []  # sorted, disjoint ranges the pattern cues cover
    if words is None:
        _phrase_cues(sentence, None, cues, spans)
    elif words:  # most sentences hold none of the words the cues read (``claims`` hands over just those)
        # Every phrase cue holds one of its trigger words as a whole word: most sentences hold none, and one
        # set operation in C spares them the lowering and the substring tests.
        held = _PHRASE_TRIGGERS.intersection(words)
        if held:
            _phrase_cues(sentence, {word.lower() for word in held}, cues, spans)
    if "(" in sentence:
        for m in _PAREN_SOURCE.finditer(sentence):
            if not (m["label"] or m["kind"] or m["intel"] or m["asof"]):
                continue
            source = m["source"] + (" intelligence" if m["intel"] else "")
            # A people's estimate is its country's: "(Ukrainian estimate)" is Ukraine's.
            speaker = DEMONYMS.get(source.lower(), source) if m["kind"] else source
            cues.append(
                Cue(
                    kind=CueKind.ACCORDING,
                    speaker=speaker,
                    speaker_start=m.start("source"),
                    start=m.start(),
                    end=m.end(),
                )
            )
            _cover(spans, m.start(), m.end())
    signed = _sign_off(sentence)
    if signed is not None:
        cues.append(signed)
        _cover(spans, signed.start, signed.end)
    if words is not None and not words:
        # No word of the sentence is a verb (``_verb_matches`` would find none): no more cues to read.
        if len(cues) > 1:
            cues.sort(key=_start_of)  # a source in parentheses may follow a sign-off's start
        return tuple(cues)
    if readable is None:
        readable = reads_as_ascii(sentence)
    verbs = _SPEECH_VERBS_ASCII if readable else (_SPEECH_VERB, _SPEECH_VERB_AT)
    for m in _verb_matches(sentence, words, verbs):
        verb_at = m.start()
        if _covered(spans, verb_at):
            continue
        before = sentence[verb_at - _LOOKBACK if verb_at > _LOOKBACK else 0 : verb_at]
        stripped = before.rstrip()
        if stripped.endswith(("'s", "’s")):
            continue  # "the agency's estimate": a noun, not a verb
        # A match of ``_BE_BEFORE`` is a word of at most 5 letters and the trailing whitespace (``\s`` and
        # ``str.rstrip`` strip the same characters): it starts in the last 5 characters of ``stripped``.
        if _BE_BEFORE.search(before, len(stripped) - 5 if len(stripped) > 5 else 0):
            continue  # "troops are expected to ...": passive, nobody speaks
        verb = m["verb"].lower()
        if (
            stripped.endswith((",", "”", '"', "’"))
            and not _after_manner_aside(stripped)
            # "X, the mission's head, told Y": after a comma "told" has its subject before it and Y hears it
            and not (verb == "told" and stripped.endswith(","))
            and verb
            in {
                "said",
                "says",
                "say",
                "added",
                "told",
                "wrote",
            }
        ):
            found = _speaker_after(sentence, m.end() + 1)
            if (found is not None and found[0][:1].isupper()) or (
                found is not None and found[0].lower().startswith(("the ", "a ", "an "))
            ):
                assert found is not None
                cues.append(
                    Cue(
                        kind=CueKind.SPEECH,
                        speaker=found[0],
                        speaker_start=found[1],
                        start=m.start(),
                        end=m.end(),
                    )
                )
                continue
        found = _speaker_before(sentence, verb_at, readable=readable, window=before) or _pronoun_before(
            sentence, verb_at
        )
        if found is None:
            continue
        text, at = found
        if _covered(spans, at):
            continue  # "Estimates from X suggest": the report cue already names X
        told = None
        if verb in {"told", "tells", "briefed", "informed"}:
            audience = _phrase_after(sentence, m.end() + 1)
            if audience is not None:
                told = audience[0]
        cues.append(_cue(CueKind.SPEECH, text, at, m.start(), m.end(), told))
    if len(cues) > 1:
        cues.sort(key=_start_of)
    return tuple(cues)


def _start_of(cue: Cue) -> int:
    return cue.start


# Every word ``_SPEECH_VERB`` matches (case-sensitively, a whole word): the list's and the rest of the
# pattern's (a test checks this list against the pattern). Bytes keeping the ASCII word characters (every
# other byte a space): the words of an ASCII sentence, split in C.
_VERB_WORDS = frozenset(_SPEECH_WORD_LIST.split()) | {
    "states", "accepted", "conceded", "testified", "deposed", "show", "shows", "showed", "indicate", "indicates",
    "indicated", "put", "puts", "revised",
}  # fmt: skip
_WORD_BYTES = bytes(b if chr(b).isalnum() or b == 0x5F else 0x20 for b in range(128)) + b" " * 128


def ascii_words(sentence: str, readable: bool | None = None) -> list[str] | None:
    r"""The runs of word characters (``\w``) of a sentence that reads as ASCII, split in C; else ``None``.

    Every whole word a pattern reads (``\b`` before it, a non-word character or the end after it) is
    one of them: a cheap test that a pattern's words are absent spares its scan. The typographic marks
    :func:`~claimkit.dates.reads_as_ascii` admits are no word characters: their UTF-8 bytes part words.

    ``readable`` is :func:`~claimkit.dates.reads_as_ascii` of ``sentence`` when the caller has it already.

    >>> ascii_words("Gen. Kim's 5,000 troops_x"), ascii_words("“Kim”—said"), ascii_words("Zoé")
    (['Gen', 'Kim', 's', '5', '000', 'troops_x'], ['Kim', 'said'], None)
    """
    if sentence.isascii() or (reads_as_ascii(sentence) if readable is None else readable):
        return sentence.encode().translate(_WORD_BYTES).decode().split()
    return None


def _first_verb_at(sentence: str, words: list[str] | None = None) -> int:
    """Where the search for reporting verbs may start in ``sentence``; -1 when it holds none.

    A match of ``_SPEECH_VERB`` is one of ``_VERB_WORDS`` standing as a whole word: in a sentence that
    reads as ASCII without any of them as a word there is none, and none starts before the first
    occurrence of one of those it holds.

    ``words`` is :func:`ascii_words` of ``sentence`` when the caller has it already.

    >>> _first_verb_at("The ministry said 500 left"), _first_verb_at("“500” left"), _first_verb_at("Zoé said")
    (13, -1, 0)
    """
    if words is None:
        words = ascii_words(sentence)
        if words is None:
            return 0  # other letters are word characters too: searched from the start
    present = _VERB_WORDS.intersection(words)
    if not present:
        return -1
    return min(sentence.find(word) for word in present)


def _casings(word: str) -> frozenset[str]:
    """Every casing of an ASCII word.

    >>> sorted(_casings("by"))
    ['BY', 'By', 'bY', 'by']
    """
    return frozenset(map("".join, itertools.product(*({ch.lower(), ch.upper()} for ch in word))))


# The words one of which every match of a phrase cue holds: "by", "from", "according", "citing" or "quoting",
# each between non-word characters (``\b`` or ``\s`` on either side), so a whole word of :func:`ascii_words`.
# The patterns are case-insensitive: in a sentence that reads as ASCII, exactly these casings (no letter
# outside ASCII folds to one). A set of every casing (724 strings) finds them in C.
_PHRASE_TRIGGER_WORDS = ("by", "from", "according", "citing", "quoting")
_PHRASE_TRIGGERS = frozenset().union(*map(_casings, _PHRASE_TRIGGER_WORDS))
# Every word of :func:`ascii_words` the fast paths of ``_find_cues`` read: the words of a sentence among them,
# found once, stand for all its words there.
_CUE_WORDS = _PHRASE_TRIGGERS | _VERB_WORDS


def _verb_matches(
    sentence: str, words: Collection[str] | None, verbs: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterable[re.Match[str]]:
    """The matches of ``_SPEECH_VERB`` in ``sentence`` (``verbs``: it or its ASCII twin, and their word-start twin).

    With the sentence's :func:`ascii_words`, the pattern is tried only where a verb it can match is written:
    every match is one of ``_VERB_WORDS`` standing as a whole word, so it starts at an occurrence of one of
    the words the sentence holds. Each match is one word, so no two overlap and ``finditer`` finds a match
    at every position where one starts: the matches at those occurrences, in order, are what it finds.
    Without words, the word-start twin scans the whole sentence.

    >>> s = "He says it, she said, essays say"
    >>> [m.start() for m in _verb_matches(s, ascii_words(s), _SPEECH_VERBS_ASCII)]
    [3, 16, 29]
    """
    if words is None:
        return finditer_twin(*verbs, sentence)
    present = _VERB_WORDS.intersection(words)
    if not present:
        return ()
    match = verbs[0].match
    found: dict[int, re.Match[str]] = {}  # by start: "say" and "says" occur at the same place
    for word in present:
        at = sentence.find(word)
        while at >= 0:
            if at not in found:
                m = match(sentence, at)
                if m is not None:
                    found[at] = m
            at = sentence.find(word, at + 1)
    if len(found) < 2:
        return found.values()
    return [found[at] for at in sorted(found)]


# Each phrase cue, with substrings one of which any match must contain.
_PHRASE_CUES = (
    (_PASSIVE, CueKind.PASSIVE, ("by",)),
    (_ACCORDING, CueKind.ACCORDING, ("according",)),
    (_CITING, CueKind.CITING, ("citing", "quoting", "from")),
    (_REPORT_FROM, CueKind.REPORT, ("from", "by")),
)
# For each phrase cue but "according to", a pattern every match also holds, lower-cased: what :func:`_hinted`
# finds in the lowered sentence, searching it backwards (tests check both).
_PHRASE_HINTS = {CueKind.PASSIVE: _PASSIVE_HINT, CueKind.CITING: _CITING_HINT, CueKind.REPORT: _REPORT_HINT}
# For each phrase cue, words one of which every match also contains (lower-cased).
_PHRASE_WORDS: dict[CueKind, tuple[str, ...]] = {
    CueKind.PASSIVE: (
        "reported", "announced", "stated", "revealed", "confirmed", "said", "estimated", "disclosed", "cited",
        "given", "provided", "released", "published", "quoted",
    ),
    CueKind.ACCORDING: ("according",),
    CueKind.CITING: ("citing", "quoting", "information", "intelligence", "data", "figures"),
    CueKind.REPORT: (
        "allegation", "accusation", "claim", "assertion",
        "report", "statement", "assessment", "estimate", "briefing", "analysis", "intelligence", "data", "figures",
    ),
}  # fmt: skip


def _backward(words: str) -> str:
    """An alternation of ``words`` each written backwards, for a pattern searched in a reversed text.

    >>> _backward("said cited")
    'dias|detic'
    """
    return "|".join(word[::-1] for word in words.split())


# The hints (``_PHRASE_HINTS``) as searched in the reversed lowered sentence: a pattern made only of
# characters, classes, repetitions and alternations (no anchor, no ``\b``) matches a text exactly where its
# mirror image matches the reversed text. Reversed, each opens with "by" or "from" after a whitespace: a literal
# ``re`` skips to in C ("yb", "morf"), where the forward hint opens with one of a dozen words ``re`` tries at
# every occurrence of their first letters.
_BY_BACKWARDS = r"yb(?<=\syb)\s+"  # "\s+by\s" reversed
_FROM_BACKWARDS = r"morf(?<=\smorf)\s+"  # "\s+from\s" reversed
_PASSIVE_VERBS = """reported announced stated revealed confirmed said estimated disclosed cited given provided released
    published quoted"""
_REPORT_PARTICIPLES = "released published compiled issued provided cited given"
_REPORT_NOUNS = """report reports statement assessment estimate estimates briefing analysis allegation allegations
    accusation accusations claim claims assertion assertions intelligence data figure figures statistics numbers"""
_PASSIVE_BACKWARDS = re.compile(f"{_BY_BACKWARDS}(?:{_backward(_PASSIVE_VERBS)})")
_REPORT_BACKWARDS_TAIL = f"(?:(?:{_backward(_REPORT_PARTICIPLES)})\\s+)?(?:{_backward(_REPORT_NOUNS)})"
_REPORT_BY_BACKWARDS = re.compile(_BY_BACKWARDS + _REPORT_BACKWARDS_TAIL)
_REPORT_FROM_BACKWARDS = re.compile(_FROM_BACKWARDS + _REPORT_BACKWARDS_TAIL)
_CITING_BACKWARDS = re.compile(f"{_FROM_BACKWARDS}(?:{_backward('information intelligence data figures')})")


def _hinted(kind: CueKind, lower: str, backwards: str, held: Collection[str] | None) -> bool:
    """Whether ``lower`` (a sentence lowered exactly) holds the hint of a cue ``kind`` (``_PHRASE_HINTS``).

    ``backwards`` is ``lower`` reversed; ``held``, when known, the lowered trigger words the sentence holds
    as words (the report hint holds "by" or "from" between whitespace, a whole word: without it, no search).

    >>> low = "the toll cited by x rose by the end of the year"
    >>> [_hinted(k, low, low[::-1], None) for k in (CueKind.PASSIVE, CueKind.CITING, CueKind.REPORT)]
    [True, False, False]
    """
    if kind is CueKind.PASSIVE:
        return _PASSIVE_BACKWARDS.search(backwards) is not None
    if kind is CueKind.CITING:
        return "citing" in lower or "quoting" in lower or _CITING_BACKWARDS.search(backwards) is not None
    return ((held is None or "by" in held) and _REPORT_BY_BACKWARDS.search(backwards) is not None) or (
        (held is None or "from" in held) and _REPORT_FROM_BACKWARDS.search(backwards) is not None
    )


# Typographic marks without case, and a character outside ASCII and them (as in claim extraction): a
# sentence without such a character lowers exactly as case-insensitive patterns fold it.
_CASELESS = "“”‘’–—…\xa0"
_CASED_NON_ASCII = re.compile(f"[^\\x00-\\x7f{_CASELESS}]")


def _phrase_cues(sentence: str, held: set[str] | None, cues: list[Cue], spans: list[tuple[int, int]]) -> None:
    """Add the phrase cues of ``sentence`` ("according to X", "cited by X", ...) to ``cues``, covering ``spans``.

    ``held`` is the set of trigger words (:data:`_PHRASE_TRIGGER_WORDS`, lower-cased) that the sentence's
    :func:`ascii_words` hold, for a sentence that has them: a word test stands for the substring test of
    a needle (every needle is a trigger word that every match holds as a whole word, see
    :data:`_PHRASE_TRIGGERS`), and lowering folds such a sentence's case exactly.
    """
    lower = sentence.lower()
    # Whether lowering folds case exactly: decided when first needed (always, for ASCII words).
    exact: bool | None = None if held is None else True
    backwards: str | None = None  # ``lower`` reversed, for the hints: made when first needed
    for pattern, kind, needles in _PHRASE_CUES:
        if held is not None:
            if held.isdisjoint(needles):
                continue
        else:
            # Plain loops, not ``any`` over a generator: they run on every sentence and most tests fail.
            for needle in needles:
                if needle in lower:
                    break
            else:
                continue  # a cheap substring test spares the pattern scan on most sentences
        if exact is None:
            # Lowering is exact case folding only for ASCII letters: elsewhere only the first needles are tested.
            exact = sentence.isascii() or _CASED_NON_ASCII.search(sentence) is None
        if exact and kind is not CueKind.ACCORDING:  # "according to" holds its needle alone: tested above
            if backwards is None:
                backwards = lower[::-1]
            if not _hinted(kind, lower, backwards, held):
                continue  # "by the end of ...": no reporting word right before "by", no cue
        # "according to" (a cue of most sentences that hold the word) is tried only where it is written.
        matches = (
            _according_at(sentence, lower)
            if exact and kind is CueKind.ACCORDING
            else pattern.finditer(sentence)
        )
        for m in matches:
            if _covered(spans, m.start()):
                continue  # "according to a report by X": the report is part of the first cue
            begin = m.end()
            if kind is CueKind.ACCORDING:
                inner = _REPORT_FROM.match(sentence, begin) or _REPORT_IN.match(sentence, begin)
                if inner is not None:
                    begin = inner.end()
            found = _phrase_after(sentence, begin)
            if found is None:
                continue
            text, at = found
            end = at + len(text)
            # A possessive needs an apostrophe: most phrases hold none, and the lazy pattern tries every length.
            owner = (
                _OWNER_OF_DATA.match(text)
                if kind is CueKind.ACCORDING and ("'" in text or "’" in text)
                else None
            )
            if owner is not None:
                text = owner["owner"]
            cue = _cue(kind, text, at, m.start(), end)
            cues.append(cue)
            _cover(spans, cue.start, cue.end)


def _according_at(sentence: str, lower: str) -> list[re.Match[str]]:
    r"""The matches of ``_ACCORDING`` in ``sentence``, given its lowering ``lower`` when that folds case exactly.

    Every match opens with "according" in some casing: where lowering is exact case folding (ASCII letters,
    caseless marks) it keeps each offset and writes "according" there. A match ("according to ") holds no
    other "according", so none starts inside another: the matches at those occurrences, in order, are what
    ``finditer`` finds, without trying the pattern at every position (its ``\b`` gives it no prefix to skip to).

    >>> [m.start() for m in _according_at("ACCORDING to X, according to Y", "according to x, according to y")]
    [0, 16]
    """
    found: list[re.Match[str]] = []
    match = _ACCORDING.match
    at = lower.find("according")
    while at >= 0:
        m = match(sentence, at)
        if m is not None:
            found.append(m)
        at = lower.find("according", at + 9)
    return found


def _cover(spans: list[tuple[int, int]], start: int, end: int) -> None:
    bisect.insort(spans, (start, end))


def _covered(spans: list[tuple[int, int]], position: int) -> bool:
    i = bisect.bisect_right(spans, (position, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


@attrs.frozen
class CueIndex:
    """The cues of one sentence, indexed so that finding the governing cue of a number is logarithmic.

    >>> index = CueIndex.of(find_cues("The ministry said 3,000 troops left, officials added."))
    >>> index.governing(18).speaker
    'The ministry'
    """

    main: tuple[Cue, ...]
    by_end: tuple[Cue, ...]
    ends: tuple[int, ...]
    starts: tuple[int, ...]
    cited: Cue | None

    @classmethod
    def of(cls, cues: tuple[Cue, ...]) -> CueIndex:
        """Index the cues of a sentence (as :func:`find_cues` returns them)."""
        if not cues:
            return _NO_CUES  # most sentences: one shared empty index
        if len(cues) == 1 and cues[0].kind is not CueKind.CITING:
            only = cues[0]  # nearly all the others: one cue, sorted every way already
            main = tuple(cues)
            return cls._trusted(main, main, (only.end,), (only.start,), None)
        main = tuple(c for c in cues if c.kind is not CueKind.CITING)
        by_end = tuple(sorted(main, key=lambda c: c.end))
        return cls._trusted(
            main,
            by_end,
            tuple(c.end for c in by_end),
            tuple(c.start for c in main),
            next((c for c in cues if c.kind is CueKind.CITING), None),
        )

    @classmethod
    def _trusted(
        cls,
        main: tuple[Cue, ...],
        by_end: tuple[Cue, ...],
        ends: tuple[int, ...],
        starts: tuple[int, ...],
        cited: Cue | None,
    ) -> CueIndex:
        """An index built from its fields through their slots (one a sentence: the frozen ``__init__`` costs more).

        >>> CueIndex._trusted((), (), (), (), None) == CueIndex(main=(), by_end=(), ends=(), starts=(), cited=None)
        True
        """
        index = _new(cls)
        set_main, set_by_end, set_ends, set_starts, set_cited = _CUE_INDEX_SETTERS
        set_main(index, main)
        set_by_end(index, by_end)
        set_ends(index, ends)
        set_starts(index, starts)
        set_cited(index, cited)
        return index

    def governing(self, position: int) -> Cue | None:
        """The nearest cue ending before ``position``, else the nearest starting after it."""
        main = self.main
        if not main:
            return None  # most sentences with a number: no cue
        if len(main) == 1:
            # Nearly all the others: one cue, which the searches below return when it ends by ``position`` with
            # its speaker before it, else when it starts at or after ``position``.
            only = main[0]
            if only.end <= position and only.speaker_start < position:
                return only
            return only if only.start >= position else None
        i = bisect.bisect_right(self.ends, position) - 1
        by_end = self.by_end
        # A few steps back: past cues whose speaker follows the number.
        for k in range(i, i - 4 if i > 3 else -1, -1):
            if by_end[k].speaker_start < position:
                return by_end[k]
        j = bisect.bisect_left(self.starts, position)
        return main[j] if j < len(main) else None


_CUE_INDEX_SETTERS = _slot_setters(CueIndex, "main by_end ends starts cited")
_NO_CUES = CueIndex(main=(), by_end=(), ends=(), starts=(), cited=None)


@arguments(("cues", _are_cues, "a tuple of Cue"), ("position", int, "an int"))
def governing_cue(cues: tuple[Cue, ...], position: int) -> Cue | None:
    """The cue that governs a number at ``position``: the nearest before it, else the nearest after.

    Citing cues never govern on their own; they name the origin behind
    another cue (see :func:`cited_origin`). For many lookups in one sentence,
    build a :class:`CueIndex` once.

    >>> cues = find_cues("The ministry said 3,000 troops left, officials added.")
    >>> governing_cue(cues, 18).speaker
    'The ministry'
    """
    return CueIndex.of(cues).governing(position)


@arguments(("cues", _are_cues, "a tuple of Cue"))
def cited_origin(cues: tuple[Cue, ...]) -> Cue | None:
    """The first "citing X" cue of a sentence, if any.

    >>> cited_origin(find_cues("The report, citing U.S. intelligence, said 8,000 left.")).speaker
    'U.S. intelligence'
    """
    for c in cues:
        if c.kind is CueKind.CITING:
            return c
    return None


_ASCII_DIGIT = re.compile("[0-9]")
_SIGN_JOINERS = frozenset({"of", "for", "the", "and", "on", "de"})


_SIGN_ROLES = _words("""spokesman spokeswoman spokesperson official officials minister ministry commander
    source sources analyst analysts""")


def _sign_off(sentence: str) -> Cue | None:
    """The source signing off a sentence after a final dash, or a headline after a final colon.

    A colon signs off only a headline (no full stop) whose name has at most five words; a dash may
    add the source's title after a comma.

    >>> _sign_off("N. Korea sends 1,500 more troops to Russia — Seoul").speaker
    'Seoul'
    >>> _sign_off("Russia sent 3,000 troops — North Korea sent more.") is None
    True
    """
    plain = sentence.isascii()
    if plain:
        dash = -1  # both dashes are outside ASCII: an ASCII sentence is spared their searches
    else:
        dash = sentence.rfind(" — ")
        en_dash = sentence.rfind(" – ")
        if en_dash > dash:
            dash = en_dash
    if dash >= 0:
        begin = dash + 3
        tail = sentence[begin:].rstrip()
        m = _SIGN_NAME.match(tail)
        if m is None or (m["tail"] is None and tail.endswith(".")):
            return None
    else:
        colon = sentence.rfind(": ")
        if colon < 0:
            return None
        tail = sentence[colon + 2 :].rstrip()
        if tail.endswith((".", "?", "!", ")")):
            return None
        # A digit before the colon: in ASCII, ``str.isdigit`` holds for 0-9 alone, found by a scan in C.
        if plain:
            if _ASCII_DIGIT.search(sentence, 0, colon) is None:
                return None
        elif not any(ch.isdigit() for ch in sentence[:colon]):
            return None
        begin = colon + 2
        m = _SIGN_NAME.match(tail)
        if m is None or m["tail"] is not None or len(m["name"].split()) > 5:
            return None
    name = m["name"].rstrip(".")
    words = name.split()
    # a role in lower case signs off too when a role's noun ends it: "... to Spratly outposts — navy spokesman"
    role = words[-1] in _SIGN_ROLES
    if not all(w[0].isupper() or w in _SIGN_JOINERS or (role and w in _NP_LOWER) for w in words):
        return None
    return Cue(kind=CueKind.SPEECH, speaker=name, speaker_start=begin, start=begin - 2, end=begin + len(name))

"""The actor gazetteer: canonical names, aliases and affiliations of who speaks in the news.

A :class:`Gazetteer` is frozen data. It resolves the many ways reporting names
one body ("South Korea's intelligence agency", "the NIS", "South Korean
intelligence services") to one :class:`~claimkit.model.Actor`, and turns a
name it does not know into a new actor of a guessed kind rather than dropping
it. Users extend it with :meth:`Gazetteer.with_actors`, which returns a new
gazetteer; nothing is ever mutated in place.

>>> g = Gazetteer.default()
>>> g.resolve("South Korea’s intelligence agency").name
"South Korea's National Intelligence Service"
>>> g.resolve("the Pentagon").name
'US Department of Defense'
>>> g.resolve("U.S. National Security Council spokesman John F. Kirby").name
'John F. Kirby'
>>> g.resolve("Ukrainian, South Korean, and US officials").kind.value
'group'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Mapping

import attrs

from claimkit.dates import reads_as_ascii
from claimkit.model import Actor, ActorKind

__all__ = ["COUNTRIES", "DEMONYMS", "Gazetteer", "normalise_name"]

# Typographic apostrophes and dots in abbreviations ("U.S.") must not split a name.
_NON_WORD = re.compile(r"[^\w']+")  # anything but letters, digits and apostrophes
_LEADING_DETERMINER = re.compile(
    r"""^(?:
        the|a|an|its|their|his|her|our|some|several|two|three|four|five|many  # determiners, small numbers
    )\s+""",
    re.X,
)

#: Countries, each with the adjective reporters use for its troops and its capital (a metonym:
#: "Kigali denies ..."). The first countries of the claim reader's gazetteer are in :data:`DEMONYMS`
#: only; every adjective here is a demonym too.
COUNTRIES: Mapping[str, tuple[str, str]] = {
    "Rwanda": ("Rwandan", "Kigali"),
    "Eritrea": ("Eritrean", "Asmara"),
    "Ethiopia": ("Ethiopian", "Addis Ababa"),
    "Azerbaijan": ("Azerbaijani", "Baku"),
    "Armenia": ("Armenian", "Yerevan"),
    "Georgia": ("Georgian", "Tbilisi"),
    "Mali": ("Malian", "Bamako"),
    "Niger": ("Nigerien", "Niamey"),
    "Nigeria": ("Nigerian", "Abuja"),
    "Burkina Faso": ("Burkinabe", "Ouagadougou"),
    "Chad": ("Chadian", "N'Djamena"),
    "Sudan": ("Sudanese", "Khartoum"),
    "Somalia": ("Somali", "Mogadishu"),
    "Uganda": ("Ugandan", "Kampala"),
    "Burundi": ("Burundian", "Bujumbura"),
    "DR Congo": ("Congolese", "Kinshasa"),
    "Egypt": ("Egyptian", "Cairo"),
    "Libya": ("Libyan", "Tripoli"),
    "Iraq": ("Iraqi", "Baghdad"),
    "Lebanon": ("Lebanese", "Beirut"),
    "Jordan": ("Jordanian", "Amman"),
    "Saudi Arabia": ("Saudi", "Riyadh"),
    "Yemen": ("Yemeni", "Sanaa"),
    "Afghanistan": ("Afghan", "Kabul"),
    "Pakistan": ("Pakistani", "Islamabad"),
    "Myanmar": ("Myanmar", "Naypyidaw"),
    "Cambodia": ("Cambodian", "Phnom Penh"),
    "Vietnam": ("Vietnamese", "Hanoi"),
    "Thailand": ("Thai", "Bangkok"),
    "Philippines": ("Philippine", "Manila"),
    "Indonesia": ("Indonesian", "Jakarta"),
    "Venezuela": ("Venezuelan", "Caracas"),
    "Colombia": ("Colombian", "Bogota"),
    "Guyana": ("Guyanese", "Georgetown"),
    "Brazil": ("Brazilian", "Brasilia"),
    "Mexico": ("Mexican", "Mexico City"),
    "Serbia": ("Serbian", "Belgrade"),
    "Moldova": ("Moldovan", "Chisinau"),
    "Finland": ("Finnish", "Helsinki"),
    "Sweden": ("Swedish", "Stockholm"),
    "Norway": ("Norwegian", "Oslo"),
    "Denmark": ("Danish", "Copenhagen"),
    "Netherlands": ("Dutch", "The Hague"),
    "Belgium": ("Belgian", "Brussels"),
    "Spain": ("Spanish", "Madrid"),
    "Greece": ("Greek", "Athens"),
    "Ireland": ("Irish", "Dublin"),
    "Qatar": ("Qatari", "Doha"),
    "Kazakhstan": ("Kazakh", "Astana"),
    "Mozambique": ("Mozambican", "Maputo"),
    "Tanzania": ("Tanzanian", "Dodoma"),
}

#: Demonyms and the country each belongs to (lowercase keys; "us" is the bare abbreviation).
DEMONYMS: Mapping[str, str] = {
    "north korean": "North Korea",
    "south korean": "South Korea",
    "korean": "Korea",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "us": "United States",
    "u s": "United States",
    "chinese": "China",
    "belarusian": "Belarus",
    "iranian": "Iran",
    "japanese": "Japan",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "polish": "Poland",
    "israeli": "Israel",
    "lithuanian": "Lithuania",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "romanian": "Romania",
    "hungarian": "Hungary",
    "turkish": "Turkey",
    "indian": "India",
    "nepali": "Nepal",
    "nepalese": "Nepal",
    "cuban": "Cuba",
    "syrian": "Syria",
    "australian": "Australia",
    "canadian": "Canada",
    "taiwanese": "Taiwan",
    "italian": "Italy",
    "kenyan": "Kenya",
    "western": "the West",
    "european": "Europe",
    **{adjective.lower(): country for country, (adjective, _) in COUNTRIES.items()},
}

# Bodies a "<demonym> X" phrase speaks for on the state's behalf: these resolve to the country.
_STATE_VOICES = frozenset(
    {
        "government",
        "authorities",
        "representatives",
        "representative",
        "envoy",
        "envoys",
        "delegation",
        "leadership",
        "regime",
        "administration",
        "state media",
        "embassy",
        "mission",
    }
)
# Plural nouns that make a phrase a group of people rather than one body.
_GROUP_NOUNS = frozenset(
    {
        "officials",
        "analysts",
        "experts",
        "sources",
        "lawmakers",
        "diplomats",
        "commanders",
        "leaders",
        "officers",
        "ministers",
        "observers",
        "researchers",
        "scholars",
        "politicians",
        "media",
        "forces",
        "generals",
        "intelligence officials",
        "military sources",
        "western officials",
    }
)
_ORG_WORDS = frozenset(
    {
        "ministry",
        "agency",
        "service",
        "services",
        "department",
        "command",
        "staff",
        "council",
        "committee",
        "institute",
        "university",
        "office",
        "army",
        "navy",
        "force",
        "forces",
        "guard",
        "intelligence",
        "center",
        "centre",
        "corps",
        "panel",
        "group",
        "fleet",
        "press",
        "tank",
        "commission",
        "bureau",
    }
)
_MEDIA_WORDS = frozenset(
    {
        "news",
        "times",
        "post",
        "journal",
        "herald",
        "press",
        "media",
        "tv",
        "radio",
        "daily",
        "ilbo",
        "independent",
        "telegraph",
        "guardian",
        "review",
    }
)
# Titles and roles that may stand before a person's name ("spokesman John F. Kirby").
_ROLE_WORDS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "secretary",
        "chief",
        "president",
        "general",
        "lawmaker",
        "analyst",
        "professor",
        "prof",
        "dr",
        "director",
        "commander",
        "envoy",
        "ambassador",
        "adviser",
        "advisor",
        "leader",
        "head",
        "official",
        "officer",
        "senator",
        "representative",
        "expert",
        "researcher",
        "scholar",
        "fellow",
        "governor",
        "mayor",
        "chancellor",
        "premier",
        "colonel",
        "lieutenant",
        "major",
        "admiral",
        "captain",
        "author",
        "diplomat",
        "correspondent",
        "reporter",
    }
)
_PERSON_NAME = re.compile(
    r"""(?:^|\s)
    (?P<name>
      [A-Z][\w'’.-]{0,30}              # first name or initial
      (?:\s[A-Z][\w'’.-]{0,30}){1,3}   # one to three more capitalised words
    )$""",
    re.X,
)


def normalise_name(text: str) -> str:
    """The lookup key of a name: lowercase, apostrophes unified, punctuation and articles dropped.

    >>> normalise_name("  The U.S. Department of Defense ")
    'us department of defense'
    >>> normalise_name("South Korea’s NIS")
    "south korea's nis"
    """
    if isinstance(text, str) and len(text) <= _MEMO_LENGTH:
        return _normalised_short(text)
    return _normalise(text)


# Names recur across sentences and documents ("Pentagon", "South Korea's NIS"): a bounded memo of the
# pure normalisation for short strings; whole sentences rarely repeat and are computed directly.
_MEMO_LENGTH = 80


@functools.lru_cache(maxsize=16384)
def _normalised_short(text: str) -> str:
    return _normalise(text)


def _normalise(text: str) -> str:
    # Three replaces, not str.translate: translating non-ASCII text costs ~50 times as much.
    s = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    s = s.replace(".", "")  # "U.S." and "US" are one key
    s = _NON_WORD.sub(" ", s).strip()
    for _ in range(3):
        stripped = _LEADING_DETERMINER.sub("", s)
        if stripped == s:
            break
        s = stripped
    return s


_NAME_WORD = re.compile(r"[\w']+")  # the runs _NON_WORD separates
# A byte table keeping the characters of ``_NAME_WORD`` in ASCII (letters, digits, "_" and "'"), capitals
# lowered, "`" an apostrophe (as ``normalise_name`` reads it), every other byte a space (no ASCII character but
# these is a word character in either reading).
_NAME_BYTES = (
    bytes(
        ord(chr(b).lower()) if re.fullmatch(r"[\w']", chr(b)) else 0x27 if b == 0x60 else 0x20
        for b in range(128)
    )
    + b" " * 128
)
_LEADING_WORDS = frozenset("the a an its their his her our some several two three four five many".split())  # noqa: SIM905 - the pattern's words


def _name_words(text: str) -> list[str]:
    """``normalise_name(text).split()``, without joining and re-splitting (for whole sentences).

    The normalised key is its words joined by single spaces, so the words are
    the runs of word characters; ``_LEADING_DETERMINER`` drops up to three
    leading determiners, each only before another word.

    >>> _name_words("  The U.S. Department of Defense "), _name_words("the the")
    (['us', 'department', 'of', 'defense'], ['the'])
    """
    words = _name_runs(text)
    k = 0
    while k < 3 and len(words) - k > 1 and words[k] in _LEADING_WORDS:
        k += 1
    return words[k:] if k else words


def _name_runs(text: str) -> list[str]:
    """:func:`_name_words` before the leading determiners are dropped: the runs of word characters of the key.

    >>> _name_runs("  The U.S. Department of Defense ")
    ['the', 'us', 'department', 'of', 'defense']
    """
    if not text.isascii():
        text = text.replace("’", "'").replace("‘", "'")
    if text.isascii() or reads_as_ascii(text):
        # One pass of a byte table in C does what the replaces, the lowering and the word split do on ASCII
        # text: dots deleted ("U.S." is "us"), "`" an apostrophe, capitals lowered, every byte no word
        # character of ``_NAME_WORD`` a space. The typographic marks ``reads_as_ascii`` admits (the two
        # quotes that are apostrophes replaced first) are no word characters: their UTF-8 bytes become
        # spaces too, and lowering leaves them as they are.
        words = text.encode().translate(_NAME_BYTES, b".").decode().split()
    else:
        words = _NAME_WORD.findall(text.replace("`", "'").lower().replace(".", ""))
    return words


# The most words ``Gazetteer``'s memo of written words holds before it is emptied (~1.3 MB of words): a bound on
# the memory of a stream of documents, whatever its vocabulary.
_SEEN_WORDS = 1 << 14


def _plain_words(text: str) -> bool:
    """Whether the words of ``normalise_name(text)`` are the ASCII words of ``text``, lowered.

    The key's runs of word characters keep apostrophes ("'", "`", and the two typographic ones) and lose dots:
    without an apostrophe, and a dot only at the end (joining no two runs), they are the runs of letters, digits
    and "_" that :func:`~claimkit.extract.attribution.ascii_words` splits off (on text read as ASCII), lowered.

    >>> _plain_words("The US said so."), _plain_words("The U.S. said so"), _plain_words("Kim's aide")
    (True, False, False)
    """
    return (
        "'" not in text and "’" not in text and "‘" not in text and "`" not in text and "." not in text[:-1]
    )


def _entry(
    name: str,
    kind: ActorKind,
    aliases: Iterable[str] = (),
    affiliation: Iterable[str] = (),
    country: str | None = None,
) -> Actor:
    return Actor(name, kind=kind, aliases=tuple(aliases), affiliation=tuple(affiliation), country=country)


_A, _G, _P, _O, _M = (
    ActorKind.AGENCY,
    ActorKind.GOVERNMENT,
    ActorKind.PERSON,
    ActorKind.ORGANISATION,
    ActorKind.MEDIA,
)

_DEFAULT_ACTORS: tuple[Actor, ...] = (
    # --- governments (a capital or a seat of power speaks for the state)
    _entry("Russia", _G, ["Kremlin", "Moscow", "Russian government", "Russian Federation"], country="Russia"),
    _entry(
        "North Korea",
        _G,
        [
            "Pyongyang",
            "DPRK",
            "North Korean government",
            "Democratic People's Republic of Korea",
            "North Korean regime",
        ],
        country="North Korea",
    ),
    _entry(
        "South Korea",
        _G,
        ["Seoul", "ROK", "South Korean government", "Republic of Korea"],
        country="South Korea",
    ),
    _entry("Ukraine", _G, ["Kyiv", "Kiev", "Ukrainian government"], country="Ukraine"),
    _entry(
        "United States",
        _G,
        [
            "US",
            "USA",
            "United States of America",
            "America",
            "Washington",
            "US government",
            "US administration",
            "Biden administration",
        ],
        country="United States",
    ),
    _entry("China", _G, ["Beijing", "Chinese government", "PRC"], country="China"),
    _entry("Belarus", _G, ["Minsk", "Belarusian government"], country="Belarus"),
    _entry("Iran", _G, ["Tehran", "Iranian government"], country="Iran"),
    _entry("Japan", _G, ["Tokyo", "Japanese government"], country="Japan"),
    _entry("United Kingdom", _G, ["UK", "Britain", "London", "British government"], country="United Kingdom"),
    _entry("France", _G, ["Paris", "French government"], country="France"),
    _entry("Germany", _G, ["Berlin", "German government"], country="Germany"),
    _entry("Poland", _G, ["Warsaw", "Polish government"], country="Poland"),
    _entry("Israel", _G, ["Israeli government"], country="Israel"),
    _entry("Lithuania", _G, ["Vilnius"], country="Lithuania"),
    _entry("Estonia", _G, ["Tallinn"], country="Estonia"),
    _entry("Latvia", _G, ["Riga"], country="Latvia"),
    _entry("Romania", _G, ["Bucharest"], country="Romania"),
    _entry("Hungary", _G, ["Budapest"], country="Hungary"),
    _entry("Turkey", _G, ["Ankara", "Türkiye"], country="Turkey"),
    _entry("India", _G, ["New Delhi"], country="India"),
    _entry("Nepal", _G, ["Kathmandu"], country="Nepal"),
    _entry("Taiwan", _G, ["Taipei"], country="Taiwan"),
    _entry("Australia", _G, ["Canberra"], country="Australia"),
    _entry("Canada", _G, ["Ottawa"], country="Canada"),
    # --- South Korea
    _entry(
        "South Korea's National Intelligence Service",
        _A,
        [
            "NIS",
            "National Intelligence Service",
            "South Korea's intelligence agency",
            "South Korea's intelligence service",
            "South Korean intelligence",
            "South Korean intelligence services",
            "South Korean intelligence service",
            "South Korean intelligence agency",
            "South Korean National Intelligence Service",
            "South Korea's spy agency",
            "South Korean spy agency",
            "Seoul's spy agency",
            "Seoul's intelligence agency",
            "South Korea's National Intelligence Service",
        ],
        ["South Korea"],
        "South Korea",
    ),
    _entry(
        "South Korea's Defense Intelligence Agency",
        _A,
        ["South Korean Defense Intelligence Agency", "South Korea's Defence Intelligence Agency"],
        ["South Korea's Defense Ministry", "South Korea"],
        "South Korea",
    ),
    _entry(
        "South Korea's Defense Ministry",
        _A,
        [
            "Defense Ministry of South Korea",
            "South Korean Defense Ministry",
            "South Korean Ministry of National Defense",
            "South Korea's Ministry of National Defense",
            "South Korea's defence ministry",
            "South Korean defence ministry",
            "Defence Ministry of South Korea",
            "Seoul's defense ministry",
            "Seoul's defence ministry",
        ],
        ["South Korea"],
        "South Korea",
    ),
    _entry(
        "South Korea's Foreign Ministry",
        _A,
        [
            "South Korean Foreign Ministry",
            "Foreign Ministry of South Korea",
            "South Korean Ministry of Foreign Affairs",
            "Seoul's foreign ministry",
        ],
        ["South Korea"],
        "South Korea",
    ),
    _entry(
        "South Korea's Joint Chiefs of Staff",
        _A,
        ["JCS", "South Korean Joint Chiefs of Staff"],
        ["South Korea"],
        "South Korea",
    ),
    # --- United States
    _entry(
        "US Department of Defense",
        _A,
        [
            "Pentagon",
            "Department of Defense",
            "DoD",
            "US Defense Department",
            "Defense Department",
            "US Department of Defence",
        ],
        ["United States"],
        "United States",
    ),
    _entry(
        "US National Security Council",
        _A,
        ["National Security Council", "NSC", "White House National Security Council"],
        ["White House", "United States"],
        "United States",
    ),
    _entry("White House", _A, ["US White House"], ["United States"], "United States"),
    _entry(
        "US State Department",
        _A,
        ["State Department", "US Department of State", "Department of State"],
        ["United States"],
        "United States",
    ),
    _entry(
        "U.S. European Command",
        _A,
        ["US European Command", "EUCOM"],
        ["US Department of Defense", "United States"],
        "United States",
    ),
    _entry(
        "US Defense Intelligence Agency",
        _A,
        ["Defense Intelligence Agency", "DIA"],
        ["United States"],
        "United States",
    ),
    _entry(
        "John F. Kirby",
        _P,
        ["Kirby", "John Kirby"],
        ["US National Security Council", "United States"],
        "United States",
    ),
    _entry(
        "Lloyd Austin",
        _P,
        ["Lloyd J. Austin", "Secretary Austin"],
        ["US Department of Defense", "United States"],
        "United States",
    ),
    _entry("Antony Blinken", _P, ["Blinken"], ["US State Department", "United States"], "United States"),
    # --- Ukraine
    _entry(
        "Volodymyr Zelensky",
        _P,
        ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy"],
        ["Ukraine"],
        "Ukraine",
    ),
    _entry(
        "Ukraine's Defence Intelligence (HUR)",
        _A,
        [
            "HUR",
            "GUR",
            "Ukraine's military intelligence",
            "Ukraine's military intelligence agency",
            "Ukrainian military intelligence",
            "Ukraine's defence intelligence",
            "Ukraine's defense intelligence",
            "Ukrainian intelligence",
            "Main Directorate of Intelligence",
            "Ukraine's Defence Intelligence",
        ],
        ["Ukraine's Ministry of Defence", "Ukraine"],
        "Ukraine",
    ),
    _entry("Kyrylo Budanov", _P, ["Budanov"], ["Ukraine's Defence Intelligence (HUR)", "Ukraine"], "Ukraine"),
    _entry(
        "Ukraine's General Staff",
        _A,
        ["General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff"],
        ["Ukraine"],
        "Ukraine",
    ),
    _entry(
        "State Border Guard Service of Ukraine",
        _A,
        [
            "Ukraine's border guard service",
            "Ukraine's border service",
            "Ukrainian border guards",
            "Ukrainian border service",
        ],
        ["Ukraine"],
        "Ukraine",
    ),
    # --- Russia and others
    _entry("Vladimir Putin", _P, ["Putin"], ["Russia"], "Russia"),
    _entry("Kim Jong Un", _P, ["Kim Jong-un", "Kim Jong-Un"], ["North Korea"], "North Korea"),
    _entry(
        "Russia's Defence Ministry",
        _A,
        [
            "Russian Defence Ministry",
            "Russian Defense Ministry",
            "Russia's Defense Ministry",
            "Russian Ministry of Defence",
        ],
        ["Russia"],
        "Russia",
    ),
    _entry(
        "Russia's Foreign Ministry",
        _A,
        ["Russian Foreign Ministry", "Russian foreign ministry"],
        ["Russia"],
        "Russia",
    ),
    _entry(
        "UK Ministry of Defence",
        _A,
        ["British defence ministry", "MoD", "Britain's defence ministry", "British Ministry of Defence"],
        ["United Kingdom"],
        "United Kingdom",
    ),
    _entry("NATO", _O, ["North Atlantic Treaty Organization", "NATO officials"], country=None),
    _entry(
        "Mark Rutte",
        _P,
        ["Rutte", "NATO chief", "NATO Secretary General", "NATO Secretary-General"],
        ["NATO"],
    ),
    _entry("United Nations", _O, ["UN", "U.N.", "United Nations Security Council"]),
    _entry("Institute for the Study of War", _O, ["ISW"]),
    _entry("Royal United Services Institute", _O, ["RUSI"]),
    _entry("Brookings Institution", _O, ["Brookings"]),
    # --- media
    _entry("Associated Press", _M, ["AP", "the Associated Press"]),
    _entry("Reuters", _M),
    _entry("Agence France-Presse", _M, ["AFP"]),
    _entry("Yonhap", _M, ["Yonhap News Agency"], country="South Korea"),
    _entry("NBC News", _M, ["NBC"], country="United States"),
    _entry("CNN", _M, country="United States"),
    _entry("BBC", _M, ["BBC News"], country="United Kingdom"),
    _entry("The New York Times", _M, ["New York Times", "NYT"], country="United States"),
    _entry("The Washington Post", _M, ["Washington Post"], country="United States"),
    _entry("The Wall Street Journal", _M, ["Wall Street Journal", "WSJ"], country="United States"),
    _entry("Kyiv Independent", _M, country="Ukraine"),
    _entry("Xinhua", _M, ["Xinhua News Agency"], country="China"),
    _entry("TASS", _M, country="Russia"),
    _entry("KCNA", _M, ["Korean Central News Agency"], country="North Korea"),
    _entry("AsiaNews", _M),
    _entry("Newsweek", _M, country="United States"),
    _entry("South China Morning Post", _M, ["SCMP"], country="China"),
    _entry("The Chosun Ilbo", _M, ["Chosun Ilbo"], country="South Korea"),
    _entry("Slate", _M, country="United States"),
    _entry("Bloomberg", _M, country="United States"),
    _entry("Politico", _M),
)

# A node of the tree of names: the actor a name ending here names (and whether that name is a bare acronym of
# it), else None; and the nodes of the words that continue a name.
_NameNode = tuple["tuple[Actor, bool] | None", "dict[str, _NameNode]"]

_MAX_NGRAM = 8  # the longest alias, in words, that containment search looks for


def _name_tree(names: Mapping[str, tuple[Actor, bool]]) -> dict[str, _NameNode]:
    """The tree of the words of ``names`` (keys of words joined by single spaces), by first word.

    >>> tree = _name_tree({"nis": (_DEFAULT.lookup("NIS"), True), "north korea": (_DEFAULT.lookup("DPRK"), False)})
    >>> sorted(tree), tree["nis"][0][1], tree["north"][0], list(tree["north"][1])
    (['nis', 'north'], True, None, ['korea'])
    """
    ends: dict[str, tuple[Actor, bool]] = {}
    rests: dict[str, dict[str, tuple[Actor, bool]]] = {}
    for key, named in names.items():
        first, _, rest = key.partition(" ")
        after = rests.setdefault(first, {})
        if rest:
            after[rest] = named
        else:
            ends[first] = named
    return {first: (ends.get(first), _name_tree(after)) for first, after in rests.items()}


def _actor_tuple(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(actors)


def _build_index(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    index: dict[str, Actor] = {}
    for actor in actors:  # later entries override earlier ones: user extensions win
        for name in (actor.name, *actor.aliases):
            key = normalise_name(name)
            if key:
                index[key] = actor
    return index


@attrs.frozen
class Gazetteer:
    """Known actors, looked up by any of their names.

    Args:
        actors: the known actors; later entries win over earlier ones on a
            shared alias, so extensions override the defaults.

    >>> g = Gazetteer.default().with_actors([Actor("Jane Roe", kind="person", aliases=("Roe",))])
    >>> g.resolve("analyst Roe").name
    'Jane Roe'
    """

    actors: tuple[Actor, ...] = attrs.field(converter=_actor_tuple)
    _index: dict[str, Actor] = attrs.field(init=False, repr=False, eq=False)

    _heads: dict[str, tuple[int, ...]] = attrs.field(init=False, repr=False, eq=False)
    # A bounded memo of resolve (a pure function of the mention, for this immutable gazetteer): the same
    # speakers ("the Pentagon", "officials") recur across a collection's documents.
    _resolved: dict[str, Actor | None] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    @_index.default
    def _make_index(self) -> dict[str, Actor]:
        return _build_index(self.actors)

    @_heads.default
    def _make_heads(self) -> dict[str, tuple[int, ...]]:
        """For each first word of a name, the lengths (in words) of the names it starts, longest first."""
        sizes: dict[str, set[int]] = {}
        for key in self._index:
            words = key.split()
            sizes.setdefault(words[0], set()).add(len(words))
        return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}

    # The index keys that are a bare acronym of the actor they name (what ``mentions(acronyms=False)``
    # skips), worked out once rather than for every name found.
    _acronyms: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    @_acronyms.default
    def _make_acronyms(self) -> frozenset[str]:
        return frozenset(key for key, actor in self._index.items() if key in _acronym_keys(actor))

    # The tree of names' words (what ``mentions`` follows): the first words, each to its node.
    _names: dict[str, _NameNode] = attrs.field(init=False, repr=False, eq=False)

    @_names.default
    def _make_names(self) -> dict[str, _NameNode]:
        acronyms = self._acronyms
        return _name_tree({key: (actor, key in acronyms) for key, actor in self._index.items()})

    # The first words of names (``_names``'s keys) as a set: whether a text holds one is found in C.
    _firsts: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    @_firsts.default
    def _make_firsts(self) -> frozenset[str]:
        return frozenset(self._names)

    # Whether no name starts with a determiner ``_name_words`` may drop (see ``mentions``).
    _bare: bool = attrs.field(init=False, repr=False, eq=False)

    @_bare.default
    def _make_bare(self) -> bool:
        return self._firsts.isdisjoint(_LEADING_WORDS)

    # A bounded memo of the words as a text writes them (``mentions`` given its ASCII words): every word
    # classified, and those whose lowering is a first word of a name. Words recur in every sentence: most are
    # classified before, by their hash (cached on each word) alone.
    _seen: set[str] = attrs.field(init=False, repr=False, eq=False, factory=set)
    _cased_firsts: set[str] = attrs.field(init=False, repr=False, eq=False, factory=set)

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer: governments, agencies, spokespeople and outlets of the news.

        >>> Gazetteer.default().resolve("Kremlin").name
        'Russia'
        """
        return _DEFAULT

    def with_actors(self, actors: Iterable[Actor]) -> Gazetteer:
        """A new gazetteer with ``actors`` added (they win over existing aliases).

        >>> g = Gazetteer.default().with_actors([Actor("Example Agency", aliases=("EXA",))])
        >>> g.resolve("the EXA").name, Gazetteer.default().resolve("EXA") is None
        ('Example Agency', False)
        """
        return Gazetteer((*self.actors, *actors))

    extend = with_actors

    def lookup(self, mention: str) -> Actor | None:
        """The known actor named exactly by ``mention`` (after normalising), else ``None``.

        >>> Gazetteer.default().lookup("the NIS").name
        "South Korea's National Intelligence Service"
        """
        return self._index.get(normalise_name(mention))

    def find(self, mention: str) -> Actor | None:
        """The known actor named by the longest alias inside ``mention``, else ``None``.

        >>> Gazetteer.default().find("A US Department of Defense spokesperson").name
        'US Department of Defense'
        """
        words = normalise_name(mention).split()
        for size in range(min(len(words), _MAX_NGRAM), 0, -1):
            for i in range(len(words) - size + 1):
                actor = self._index.get(" ".join(words[i : i + size]))
                if actor is not None:
                    return actor
        return None

    def mentions(self, text: str, *, acronyms: bool = True) -> tuple[Actor, ...]:
        """Every known actor a text names, in order (longest alias first at each word).

        With ``acronyms=False`` a bare acronym ("DIA") is not taken: alone it is
        ambiguous, and the text's own earlier names should decide it.

        >>> [a.name for a in Gazetteer.default().mentions("The Kremlin and the NIS disagree.")]
        ['Russia', "South Korea's National Intelligence Service"]
        """
        return self._mentions(text, acronyms, None)

    def _mentions(self, text: str, acronyms: bool, words: list[str] | None) -> tuple[Actor, ...]:
        """``mentions``, with the ASCII words of ``text`` when the caller has them already.

        ``words`` is :func:`~claimkit.extract.attribution.ascii_words` of ``text`` (the extractor has it
        for every sentence), or ``None``.
        """
        if words is not None and self._bare and _plain_words(text):
            return self._mentions_of_words(words, acronyms)
        # Leading determiners dropped or kept, the same names are found when none starts a name (the usual
        # case): no name opens at them, and the words after them are the same.
        words = _name_runs(text) if self._bare else _name_words(text)
        # A third of the sentences hold no first word of a name: the set of them tells in C, without a loop.
        if self._firsts.isdisjoint(words):
            return ()
        return self._walk(words, self._names, acronyms)

    def _mentions_of_words(self, words: list[str], acronyms: bool) -> tuple[Actor, ...]:
        """``mentions`` of a text whose key's words are its ASCII ``words`` lowered (see :func:`_plain_words`).

        The same walk down the tree of names, on the words as written: each lowered only where it is read.
        """
        seen = self._seen
        firsts = self._cased_firsts
        names = self._names
        if not seen.issuperset(words):
            if len(seen) >= _SEEN_WORDS:
                # Emptied when full: words are classified again as they come. ``firsts`` keeps what it holds
                # (a few casings of names' first words), so a word still in ``seen`` stays rightly classified.
                seen.clear()
            for word in words:
                if word not in seen:
                    # Classified before it is seen: a word in ``seen`` (for any thread) is in ``firsts`` if it
                    # belongs there.
                    if word.lower() in names:
                        firsts.add(word)
                    seen.add(word)
        if firsts.isdisjoint(words):
            return ()
        return self._walk(words, firsts, acronyms)

    def _walk(self, words: list[str], starts: Container[str], acronyms: bool) -> tuple[Actor, ...]:
        """The names along ``words`` (keys' words, or words that lower to them), longest first at each word.

        Only positions whose word is in ``starts`` are tried: most words cannot start a name. A word is
        lowered where the tree of names reads it (lowering a key leaves it as it is), so the caller need not
        lower the words a name does not start at.
        """
        names = self._names
        found: list[Actor] = []
        n = len(words)
        i = 0  # the first word not yet consumed by a name
        for j in [j for j, w in enumerate(words) if w in starts]:
            if j < i:
                continue  # inside the name found last
            # The longest name opening here: follow the words down the tree of names while a name continues
            # with them, keeping the last node that ends a name (every prefix of a name is a path of the tree).
            node = names[words[j].lower()]
            named = node[0]
            end = j + 1
            k = j + 1
            while k < n:
                nxt = node[1].get(words[k].lower())
                if nxt is None:
                    break
                node = nxt
                k += 1
                if node[0] is not None:
                    named, end = node[0], k
            if named is not None:
                actor, acronym = named
                if acronyms or not acronym:
                    found.append(actor)
                i = end
        return tuple(found)

    def resolve(self, mention: str) -> Actor | None:
        """The actor a mention names: known, or a new actor of a guessed kind.

        Order of the rules: an exact alias; a person's name at the end of a
        titled phrase ("spokesman John F. Kirby"); a group of people
        ("Ukrainian, South Korean, and US officials"); a state's voice
        ("North Korean representatives" is North Korea); the longest known
        alias inside the phrase ("a senior NATO official" is NATO); else a
        new actor named by the phrase itself. Empty or pronoun-only
        mentions give ``None``.

        >>> g = Gazetteer.default()
        >>> g.resolve("North Korean representatives").name
        'North Korea'
        >>> a = g.resolve("lawmaker Park Sun-won")
        >>> a.name, a.kind.value
        ('Park Sun-won', 'person')
        >>> g.resolve("he") is None
        True
        """
        memo = self._resolved
        if mention in memo:
            return memo[mention]
        actor = self._resolve(mention)
        if len(memo) >= _RESOLVED_MAX:
            memo.clear()  # bounded: a long run over many sources starts afresh rather than growing
        memo[mention] = actor
        return actor

    def _resolve(self, mention: str) -> Actor | None:
        cleaned = _clean_mention(mention)
        key = normalise_name(cleaned)
        if not key or key in _PRONOUNS:
            return None
        aliased = _NAME_THEN_ACRONYM.match(cleaned)
        if aliased is not None and self._index.get(key) is None:
            # "the Defence Headquarters (DHQ)": the body is named before its bracketed short form, which is
            # only an alias (alone it may name another body: "AFP")
            body = self.resolve(aliased["body"])
            if body is None or self._index.get(normalise_name(aliased["body"])) is not None:
                return body
            return attrs.evolve(body, aliases=(*body.aliases, aliased["acronym"]))
        voice = _VOICE_OF.match(cleaned) or _STAFF_OF.match(cleaned)
        if voice is not None and "," not in cleaned:
            # "a spokesperson for the Chinese military", "analysts at the Horn Security Group": the body speaks
            return self.resolve(voice["body"])
        kind_named = _KIND_THEN_NAME.match(cleaned)
        if kind_named is not None and self._index.get(key) is None:
            # "the monitoring group Orinoco Watch", "research firm Janes": the name, not its description,
            # and never a person's, whatever its words look like
            named = self.resolve(kind_named["name"])
            if named is None or named.kind is not ActorKind.PERSON:
                return named
            media = kind_named["kind"] in {"newspaper", "broadcaster", "website", "outlet"}
            return attrs.evolve(named, kind=ActorKind.MEDIA if media else ActorKind.ORGANISATION)
        exact = self._index.get(key)
        if exact is not None:
            return exact
        words = key.split()
        person = _person_name(cleaned)
        if person is not None:
            known = self._index.get(normalise_name(person))
            if known is not None:
                return known
            head = cleaned[: len(cleaned) - len(person)]
            affiliation = self.find(head)
            if affiliation is not None:
                return Actor(
                    person,
                    kind=ActorKind.PERSON,
                    affiliation=(affiliation.name, *affiliation.affiliation),
                    country=affiliation.country,
                )
            home = _demonym_country(normalise_name(head).split())
            return Actor(person, kind=ActorKind.PERSON, affiliation=(home,) if home else (), country=home)
        country = _demonym_country(words)
        if country is None and len(words) > 1 and words[-2].endswith("'s"):
            country = _COUNTRY_NAMES.get(" ".join([*words[:-2], words[-2][:-2]]))  # "Japan's government"
        if country is None and len(words) > 2 and words[-3].endswith("'s"):
            country = _COUNTRY_NAMES.get(" ".join([*words[:-3], words[-3][:-2]]))  # "Chad's defence ministry"
        if country is not None and (" ".join(words[-2:]) in _STATE_VOICES or words[-1] in _STATE_VOICES):
            return self._index.get(normalise_name(country)) or Actor(country, kind=ActorKind.GOVERNMENT)
        if words[-1] in _GROUP_NOUNS:
            return Actor(
                _strip_determiners(cleaned),
                kind=ActorKind.GROUP,
                affiliation=(country,) if country else (),
                country=country,
            )
        found = self.find(cleaned)
        if found is not None:
            return found
        return Actor(_strip_determiners(cleaned), kind=_guess_kind(words), country=country)


_RESOLVED_MAX = 4096  # mentions a gazetteer remembers the resolution of
# A body's name followed by its short form in brackets (the closing bracket may be cut off with the
# mention): "the Ministry of Defence (Mindef)", "Defence Headquarters (DHQ".
_NAME_THEN_ACRONYM = re.compile(
    r"""^(?:[Tt]he\s)?(?P<body>[A-Z][^()]{1,120})   # the body's name, capitalised, without its article
    \s\((?P<acronym>[A-Z][A-Za-z.&]{1,11})      # its short form in brackets, one word
    \)?$                                        # the closing bracket, if the mention kept it
    """,
    re.X,
)
_VOICE_OF = re.compile(
    r"^(?:an?\s+|the\s+)?(?:senior\s+)?(?:spokes(?:man|woman|person)|representative|press\s+office)\s+(?:for|of)\s+(?P<body>.+)$",
    re.I,
)
# People who speak from inside a named body: "analysts at the Horn Security Group", "researchers from RUSI".
# The body must be a name (capitalised): "experts in the region" stay a group.
_STAFF_OF = re.compile(
    r"""^(?:(?i:an?|the|some|two|three|several|senior|independent|military|defence|defense|security)\s+){0,3}
    (?i:analysts?|researchers?|experts?|scholars?|economists?|specialists?|fellows?|officials?)\s+
    (?:at|of|from|with)\s+
    (?P<body>(?:the\s+)?[A-Z].{0,120})$""",
    re.X,
)
# A body described by its kind before its name: "the open-source research group Orinoco Watch", "think tank
# RUSI", "the newspaper Le Monde". The description is lower case, the name capitalised to the end.
_KIND_THEN_NAME = re.compile(
    r"""^(?:(?i:the|an?)\s+)?
    (?:[A-Z][\w.-]{1,30}['’]s\s+)?                   # whose body it is: "Turkey's disaster agency AFAD"
    (?:[a-z][a-z-]{1,20}\s+){0,3}                    # what kind of body, in lower case ("open-source research")
    (?P<kind>group|firm|think\stank|monitor|watchdog|organi[sz]ation|institute|newspaper|broadcaster|
       website|consultancy|outlet|charity|network|project|initiative|platform|agency)\s+
    (?P<name>[A-Z0-9][\w.&’'-]{0,30}(?:\s(?:[A-Z0-9][\w.&’'-]{0,30}|of|for|on|and|the|de)){0,6})$   # the name
    """,
    re.X,
)
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who", "one", "others"}
)
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s,;:“”\"'(\[]+|[\s,;:“”\"')\].]+$")  # quotes, brackets and commas at either end


def _clean_mention(mention: str) -> str:
    return _EDGE_PUNCT.sub("", _SPACE.sub(" ", mention))


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# Capitalised words of a title that precede a name ("Defence Secretary John Healey").
_TITLE_WORDS = frozenset(
    {
        "defence",
        "defense",
        "foreign",
        "prime",
        "deputy",
        "vice",
        "senior",
        "state",
        "interior",
        "first",
        "former",
        "us",
        "u s",
        "national",
        "security",
        "council",
        "cabinet",
        "parliamentary",
        "permanent",
        "principal",
        "assistant",
        "acting",
        "sir",
        "mr",
        "mrs",
        "ms",
        # abbreviated ranks and offices: "Lt Gen Ahmed Sharif Chaudhry" (a rank's last word is enough),
        # "Interior CS Kipchumba Murkomen"
        "gen",
        "cs",
        # Malay honorifics belong to the title, not the name: "Datuk Seri Mohamed Khaled Nordin"
        "datuk",
        "dato",
        "dato'",
        "seri",
        # "Union Home Minister Amit Shah"
        "union",
        "home",
    }
)


# Places named in lower case as a title's owner ("the state's Director General of Police"): the title alone
# names the office ("the army's Chief of Staff" keeps its army).
_PLACE_OWNERS = frozenset(
    {"state", "country", "nation", "region", "province", "city", "district", "county", "territory", "island"}
)


def _strip_determiners(text: str) -> str:
    words = text.split(" ")
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if (
        len(words) > 1
        and words[0][:-2] in _PLACE_OWNERS
        and words[0][-2:] in {"'s", "’s"}
        and words[1][:1].isupper()
    ):
        words = words[1:]  # "the state's Director General": a place named in passing is no part of the title
    return " ".join(words)


def _person_name(cleaned: str) -> str | None:
    """The name at the end of "<role> First Last", or a bare "First Last" that looks personal."""
    m = _PERSON_NAME.search(cleaned)
    if m is None:
        return None
    parts = m["name"].split(" ")
    while len(parts) > 2 and (
        normalise_name(parts[0]) in _ROLE_WORDS | _TITLE_WORDS
        # a command's area after its title: "Supreme Allied Commander Europe Christopher Cavoli"
        or normalise_name(parts[0]) in _COUNTRY_KEYS | _REGION_WORDS
    ):
        parts = parts[1:]
    name = " ".join(parts)
    if normalise_name(parts[0]) in _ROLE_WORDS | _TITLE_WORDS:
        return None
    tokens = normalise_name(name).split()
    if any(t in _ORG_WORDS or t in _MEDIA_WORDS or t in _GROUP_NOUNS or t in _STATE_VOICES for t in tokens):
        return None
    if any(t.replace("'s", "") in _DEMONYM_WORDS for t in tokens):
        return None
    if normalise_name(name) in _COUNTRY_KEYS:
        return None
    head = cleaned[: cleaned.rfind(name)]
    before = normalise_name(head).split()
    if len(before) > 1 and before[-1] in _COUNTRY_KEYS | _REGION_WORDS:
        before = before[:-1]  # the title's area: "Commander Europe"
    if head.rstrip().endswith(","):
        return name  # an appositive name: "a spokesman for the army, Andriy Kovalenko"
    if before and before[-1] not in _ROLE_WORDS | _TITLE_WORDS and before[-1] not in _DEMONYM_WORDS:
        return None
    return name


_DEMONYM_WORDS = frozenset(w for key in DEMONYMS for w in key.split())
# Areas a command or office is named for, written after its title ("Commander Pacific", "Envoy Africa").
_REGION_WORDS = frozenset(
    {"europe", "africa", "asia", "pacific", "atlantic", "americas", "mideast", "arctic"}
)
_COUNTRY_KEYS = frozenset(normalise_name(c) for c in DEMONYMS.values())
_COUNTRY_NAMES = {normalise_name(c): c for c in DEMONYMS.values()}


def _demonym_country(words: list[str]) -> str | None:
    for i in range(len(words)):
        for size in (2, 1):
            country = DEMONYMS.get(" ".join(words[i : i + size]))
            if country is not None:
                return country
    return None


def _guess_kind(words: list[str]) -> ActorKind:
    if any(w in _MEDIA_WORDS for w in words[-2:]):
        return ActorKind.MEDIA
    if any(w in _ORG_WORDS for w in words):
        return ActorKind.AGENCY
    if words and words[-1] in _ROLE_WORDS:
        return ActorKind.PERSON
    return ActorKind.ORGANISATION


def _acronym_keys(actor: Actor) -> frozenset[str]:
    return frozenset(normalise_name(a) for a in actor.aliases if a.replace(".", "").isupper() and len(a) <= 6)


_DEFAULT = Gazetteer(_DEFAULT_ACTORS)

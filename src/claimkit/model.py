"""The claimkit data model: frozen, validated, I/O-free classes.

Everything the pipeline produces is built from these classes: a
:class:`Document` (read from text) carries a :class:`Source`; extraction finds
:class:`Claim` and :class:`Stance` objects in it, each naming an :class:`Actor`,
a :class:`Quantity` and the :class:`Span` of the original text that says so.

This module imports nothing of the pipeline, so other tools can build claims
by hand or load them from JSON and hand them straight to reconciliation.

>>> q = Quantity.more_than(12000, unit="soldiers")
>>> (q.low, q.high, q.qualifier.value)
(12000, None, 'more_than')
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import enum
import functools
import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from claimkit._validators import check_count as _check_count
from claimkit._validators import check_nonempty_str as _check_nonempty_str
from claimkit._validators import check_optional_str as _check_optional_str
from claimkit._validators import check_str as _check_str
from claimkit._validators import check_str_tuple as _check_str_tuple
from claimkit._validators import coerce as _coerce
from claimkit._validators import instance_of as _instance_of
from claimkit._validators import name as _name
from claimkit._validators import one_of as _enum
from claimkit._validators import to_tuple as _to_tuple
from claimkit._validators import tuple_of as _tuple_of
from claimkit.errors import ModelTypeError, ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Attribution",
    "Claim",
    "Claims",
    "DateProvenance",
    "DateWindow",
    "Document",
    "Measure",
    "Modality",
    "Number",
    "OffsetMap",
    "Polarity",
    "Precision",
    "Qualifier",
    "Quantity",
    "Sentence",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
]

#: A count or amount as claimkit stores it: an ``int`` where the text gives a
#: whole number, a ``float`` otherwise ("1.5 million" is the int 1500000).
Number = int | float

# Trusted construction (the ``_trusted`` classmethods below): the extractors build many objects from values
# they have already checked; these skip the validators and converters of the public constructors. Each
# sets its fields one statement a field, on purpose: a shared helper looping over names and values would
# cost about as much as the validation it skips. Each field is set through its slot's own ``__set__``
# (``_slot_setters``): ``object.__setattr__`` looks the name up on the type first, ~25 % more a field.
_new = object.__new__


def _slot_setters(cls: type, names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of each named slot of ``cls``, which sets that field of an instance in C."""
    return tuple(cls.__dict__[name].__set__ for name in names.split())


# --------------------------------------------------------------------------- enums


class Qualifier(str, enum.Enum):
    """How the text qualifies a number ("some 10,000", "more than 12,000" ...)."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


class Modality(str, enum.Enum):
    """Whether a figure is reported as fact, projected, or hedged."""

    REPORTED = "reported"
    PROJECTED = "projected"
    HEDGED = "hedged"


class Polarity(str, enum.Enum):
    """The position an actor takes on a proposition."""

    ASSERTS = "asserts"
    DENIES = "denies"
    DOUBTS = "doubts"
    REPORTS = "reports"


class Measure(str, enum.Enum):
    """What a number measures.

    ``DEPLOYED`` counts what has been sent or is present so far,
    ``EXPECTED_TOTAL`` an announced or projected total, ``CASUALTIES`` the
    killed and wounded, ``RATE`` anything per unit of time, ``FORMATION`` the
    strength of a whole unit ("a corps of 200,000"), ``MONEY`` amounts of money,
    ``OTHER`` anything else.
    """

    DEPLOYED = "deployed"
    EXPECTED_TOTAL = "expected_total"
    CASUALTIES = "casualties"
    RATE = "rate"
    FORMATION = "formation"
    MONEY = "money"
    OTHER = "other"


class Precision(str, enum.Enum):
    """The precision a date was given at."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateProvenance(str, enum.Enum):
    """How a date was known: stated in the text, or inferred from it."""

    STATED = "stated"
    INFERRED = "inferred"


class SourceKind(str, enum.Enum):
    """The genre of a document."""

    NEWS = "news"
    COMMENTARY = "commentary"
    OPINION = "opinion"
    ANALYSIS = "analysis"
    BLOG = "blog"
    INTERVIEW = "interview"
    UNKNOWN = "unknown"


class ActorKind(str, enum.Enum):
    """What sort of actor a figure comes from."""

    PERSON = "person"
    AGENCY = "agency"
    GOVERNMENT = "government"
    ORGANISATION = "organisation"
    MEDIA = "media"
    GROUP = "group"
    UNKNOWN = "unknown"


class Attribution(str, enum.Enum):
    """How a claim's origin actor was found.

    ``STATED``: the text names who the figure comes from. ``DEFAULT``: the text
    names no one, so the document's own author or outlet is the origin.
    """

    STATED = "stated"
    DEFAULT = "default"


# ---------------------------------------------------------------- validators


# Named converters (mypy's attrs plugin needs named functions, not closures).
def _to_qualifier(value: Any) -> Any:
    return _coerce(Qualifier, value)


def _to_modality(value: Any) -> Any:
    return _coerce(Modality, value)


def _to_polarity(value: Any) -> Any:
    return _coerce(Polarity, value)


def _to_measure(value: Any) -> Any:
    return _coerce(Measure, value)


def _to_precision(value: Any) -> Any:
    return _coerce(Precision, value)


def _to_provenance(value: Any) -> Any:
    return _coerce(DateProvenance, value)


def _to_source_kind(value: Any) -> Any:
    return _coerce(SourceKind, value)


def _to_actor_kind(value: Any) -> Any:
    return _coerce(ActorKind, value)


def _to_attribution(value: Any) -> Any:
    return _coerce(Attribution, value)


def _fmt_number(value: Number | None) -> str:
    """Canonical text of a number for hashing: 1500.0 and 1500 read the same."""
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


# ---------------------------------------------------------------------- Span


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a text.

    >>> text = "some 10,000 troops"
    >>> span = Span(5, 11)
    >>> span.slice(text)
    '10,000'
    """

    start: int = attrs.field(validator=_instance_of(int))
    end: int = attrs.field(validator=_instance_of(int))

    def __attrs_post_init__(self) -> None:
        if isinstance(self.start, bool) or self.start < 0:
            raise ValidationError("Span.start", self.start, "an int >= 0")
        if isinstance(self.end, bool) or self.end < self.start:
            raise ValidationError("Span.end", self.end, f"an int >= start ({self.start})")

    @classmethod
    def _trusted(cls, start: int, end: int) -> Span:
        """A span from offsets the caller has checked (ints, ``0 <= start <= end``), without validation.

        For the extractors' inner loops; ``Span(start, end)`` validates.

        >>> Span._trusted(2, 5) == Span(2, 5), Span._trusted(2, 5)
        (True, Span(start=2, end=5))
        """
        span = _new(cls)
        set_start, set_end = _SPAN_SETTERS
        set_start(span, start)
        set_end(span, end)
        return span

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


_SPAN_SETTERS = _slot_setters(Span, "start end")


# ----------------------------------------------------------------- DateWindow


def _check_date(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise ModelTypeError(_name(inst, attr), value, "a datetime.date or None")


@attrs.frozen(kw_only=True)
class DateWindow:
    """A date known only to lie within ``[earliest, latest]`` (both inclusive).

    A day is a window of one day; "October 2024" is the whole month at month
    precision. Either end may be ``None`` (unbounded on that side), not both.

    >>> w = DateWindow.month(2024, 10)
    >>> (w.earliest, w.latest, w.precision.value)
    (datetime.date(2024, 10, 1), datetime.date(2024, 10, 31), 'month')
    >>> str(DateWindow.on(_dt.date(2024, 10, 21)))
    '2024-10-21'
    """

    earliest: _dt.date | None = attrs.field(validator=_check_date)
    latest: _dt.date | None = attrs.field(validator=_check_date)
    precision: Precision = attrs.field(
        default=Precision.DAY, converter=_to_precision, validator=_enum(Precision)
    )
    provenance: DateProvenance = attrs.field(
        default=DateProvenance.STATED,
        converter=_to_provenance,
        validator=_enum(DateProvenance),
    )

    def __attrs_post_init__(self) -> None:
        if self.earliest is None and self.latest is None:
            raise ValidationError(
                "DateWindow.earliest", None, "a date on at least one side (use None for an unknown date)"
            )
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValidationError(
                "DateWindow.earliest",
                self.earliest.isoformat(),
                f"a date on or before latest ({self.latest.isoformat()})",
            )

    @classmethod
    def on(cls, day: _dt.date, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
        """A single known day."""
        return cls(earliest=day, latest=day, precision=Precision.DAY, provenance=provenance)

    @classmethod
    def month(
        cls, year: int, month: int, *, provenance: DateProvenance = DateProvenance.STATED
    ) -> DateWindow:
        """A whole calendar month."""
        try:
            last = calendar.monthrange(year, month)[1]
            first_day, last_day = _dt.date(year, month, 1), _dt.date(year, month, last)
        except (ValueError, calendar.IllegalMonthError) as err:
            raise ValidationError("DateWindow.month", (year, month), "a real year and month") from err
        return cls(earliest=first_day, latest=last_day, precision=Precision.MONTH, provenance=provenance)

    @classmethod
    def year(cls, year: int, *, provenance: DateProvenance = DateProvenance.STATED) -> DateWindow:
        """A whole calendar year."""
        try:
            first_day, last_day = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        except ValueError as err:
            raise ValidationError("DateWindow.year", year, "a year between 1 and 9999") from err
        return cls(earliest=first_day, latest=last_day, precision=Precision.YEAR, provenance=provenance)

    @classmethod
    def between(
        cls,
        earliest: _dt.date | None,
        latest: _dt.date | None,
        *,
        precision: Precision = Precision.DAY,
        provenance: DateProvenance = DateProvenance.STATED,
    ) -> DateWindow:
        """Any window; either end may be open (``None``)."""
        return cls(earliest=earliest, latest=latest, precision=precision, provenance=provenance)

    def contains(self, day: _dt.date) -> bool:
        """Whether ``day`` lies inside the window."""
        return (self.earliest is None or self.earliest <= day) and (self.latest is None or day <= self.latest)

    def could_be_before(self, day: _dt.date) -> bool:
        """Whether some date of the window is on or before ``day``."""
        return self.earliest is None or self.earliest <= day

    @property
    def sort_key(self) -> tuple[_dt.date, _dt.date]:
        """A key that orders windows by their start, then their end."""
        return (self.earliest or _dt.date.min, self.latest or _dt.date.max)

    def __str__(self) -> str:
        e, l_ = self.earliest, self.latest
        if e is not None and l_ is not None:
            if self.precision is Precision.YEAR and e.year == l_.year:
                return f"{e.year}"
            if self.precision is Precision.MONTH and (e.year, e.month) == (l_.year, l_.month):
                return e.strftime("%B %Y")
            if e == l_:
                return e.isoformat()
            return f"{e.isoformat()} – {l_.isoformat()}"
        if e is not None:
            return f"after {e.isoformat()}"
        assert l_ is not None
        return f"by {l_.isoformat()}"


# --------------------------------------------------------------------- Actor


@attrs.frozen
class Actor:
    """Who a figure or a stance comes from.

    Args:
        name: canonical name ("South Korea's National Intelligence Service").
        kind: person, agency, government, organisation, media, group.
        aliases: other names the text may use ("NIS", "South Korean intelligence").
        affiliation: the bodies the actor speaks for, nearest first
            (``("US National Security Council", "United States")`` for a spokesman).
        country: the country the actor belongs to, when known.

    >>> Actor("John F. Kirby", kind=ActorKind.PERSON,
    ...       affiliation=("US National Security Council", "United States")).root
    'United States'
    """

    name: str = attrs.field(validator=_check_nonempty_str)
    kind: ActorKind = attrs.field(
        default=ActorKind.UNKNOWN, kw_only=True, converter=_to_actor_kind, validator=_enum(ActorKind)
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_tuple, validator=_check_str_tuple
    )
    affiliation: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_to_tuple, validator=_check_str_tuple
    )
    country: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional_str)

    @property
    def root(self) -> str:
        """The outermost body the actor speaks for (itself when unaffiliated)."""
        return self.affiliation[-1] if self.affiliation else self.name

    def __str__(self) -> str:
        return self.name


# -------------------------------------------------------------------- Source


@attrs.frozen(kw_only=True)
class Source:
    """The document that carries claims, and what is known of where it came from.

    Every field but ``id`` may stay unknown (``None`` or empty): claimkit never
    invents a title, an author or a date.

    >>> Source(id="doc-1", title="Troops sent", outlet="AsiaNews").outlet
    'AsiaNews'
    """

    id: str = attrs.field(validator=_check_nonempty_str)
    title: str | None = attrs.field(default=None, validator=_check_optional_str)
    outlet: str | None = attrs.field(default=None, validator=_check_optional_str)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_check_str_tuple)
    kind: SourceKind = attrs.field(
        default=SourceKind.UNKNOWN, converter=_to_source_kind, validator=_enum(SourceKind)
    )
    url: str | None = attrs.field(default=None, validator=_check_optional_str)
    series: str | None = attrs.field(default=None, validator=_check_optional_str)
    identifier: str | None = attrs.field(default=None, validator=_check_optional_str)
    published: DateWindow | None = attrs.field(
        default=None, validator=_instance_of(DateWindow, optional=True)
    )

    def label(self) -> str:
        """A short human label: the title, else the outlet, else the id."""
        return self.title or self.outlet or self.id

    def _repr_html_(self) -> str:
        """What is known of the source as a compact HTML table, for notebooks."""
        from claimkit.render import source_html

        return source_html(self)


# ------------------------------------------------------------------ Quantity

_OPEN_LOW = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.APPROXIMATE})
_OPEN_HIGH = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.APPROXIMATE})


@attrs.frozen
class Quantity:
    """A number as the text states it.

    ``low`` and ``high`` are the bounds the wording itself allows, ``None``
    where it leaves a side open: "more than 12,000" is ``(12000, None)``,
    "some 10,000" is approximate with both sides open, "10,000 to 12,000" is a
    range. Turning "approximately" into an interval is a reconciliation policy,
    not the parser's business.

    Args:
        value: the headline number (the midpoint of a range).
        qualifier: how the text qualifies it.
        low: lower bound as stated, ``None`` if open.
        high: upper bound as stated, ``None`` if open.
        unit: what is counted ("troops", "soldiers", "US$").
        text: the surface string, as written ("more than 12,000").

    >>> Quantity.between(10000, 12000).value
    11000
    """

    value: Number = attrs.field(validator=_check_count)
    qualifier: Qualifier = attrs.field(
        default=Qualifier.EXACT, kw_only=True, converter=_to_qualifier, validator=_enum(Qualifier)
    )
    low: Number | None = attrs.field(default=None, kw_only=True, validator=_check_count)
    high: Number | None = attrs.field(default=None, kw_only=True, validator=_check_count)
    unit: str | None = attrs.field(default=None, kw_only=True, validator=_check_optional_str)
    text: str = attrs.field(default="", kw_only=True, validator=_check_str)

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValidationError("Quantity.low", self.low, f"a number <= high ({self.high})")
        if self.low is not None and self.value < self.low:
            raise ValidationError("Quantity.value", self.value, f"a number >= low ({self.low})")
        if self.high is not None and self.value > self.high:
            raise ValidationError("Quantity.value", self.value, f"a number <= high ({self.high})")

    @classmethod
    def of(
        cls, value: Number, qualifier: Qualifier = Qualifier.EXACT, *, unit: str | None = None, text: str = ""
    ) -> Quantity:
        """A quantity whose stated bounds follow from its qualifier alone.

        >>> Quantity.of(3000, Qualifier.APPROXIMATE).low is None
        True
        """
        qualifier = Qualifier(qualifier)
        if qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            raise ValidationError("Quantity.qualifier", qualifier.value, "a single-number qualifier")
        low = None if qualifier in _OPEN_LOW else value
        high = None if qualifier in _OPEN_HIGH else value
        return cls(value, qualifier=qualifier, low=low, high=high, unit=unit, text=text)

    @classmethod
    def _trusted(
        cls,
        value: Number,
        qualifier: Qualifier,
        low: Number | None,
        high: Number | None,
        unit: str | None,
        text: str,
    ) -> Quantity:
        """A quantity from fields the caller has checked, without validation or conversion.

        The caller guarantees what the public constructor checks: finite
        non-negative numbers, ``low <= value <= high`` where given, a
        :class:`Qualifier` member, ``str`` (or ``None``) unit and ``str`` text.

        >>> Quantity._trusted(3000, Qualifier.APPROXIMATE, None, None, "troops", "some 3,000") == Quantity.of(
        ...     3000, Qualifier.APPROXIMATE, unit="troops", text="some 3,000")
        True
        """
        quantity = _new(cls)
        set_value, set_qualifier, set_low, set_high, set_unit, set_text = _QUANTITY_SETTERS
        set_value(quantity, value)
        set_qualifier(quantity, qualifier)
        set_low(quantity, low)
        set_high(quantity, high)
        set_unit(quantity, unit)
        set_text(quantity, text)
        return quantity

    @classmethod
    def _trusted_of(cls, value: Number, qualifier: Qualifier, unit: str | None, text: str) -> Quantity:
        """:meth:`of` for a checked value and a single-number :class:`Qualifier` member, without validation.

        >>> Quantity._trusted_of(500, Qualifier.MORE_THAN, None, "") == Quantity.of(500, Qualifier.MORE_THAN)
        True
        """
        low = None if qualifier in _OPEN_LOW else value
        high = None if qualifier in _OPEN_HIGH else value
        return cls._trusted(value, qualifier, low, high, unit, text)

    @classmethod
    def exact(cls, value: Number, *, unit: str | None = None, text: str = "") -> Quantity:
        """An exact number: both bounds are the value."""
        return cls.of(value, Qualifier.EXACT, unit=unit, text=text)

    @classmethod
    def approximately(cls, value: Number, *, unit: str | None = None, text: str = "") -> Quantity:
        """A point marked approximate ("about N"): both bounds open."""
        return cls.of(value, Qualifier.APPROXIMATE, unit=unit, text=text)

    @classmethod
    def more_than(cls, value: Number, *, unit: str | None = None, text: str = "") -> Quantity:
        """Bounded below by N, open above ("more than N")."""
        return cls.of(value, Qualifier.MORE_THAN, unit=unit, text=text)

    @classmethod
    def between(cls, low: Number, high: Number, *, unit: str | None = None, text: str = "") -> Quantity:
        """A stated range; the value is its midpoint."""
        mid = (low + high) / 2
        value: Number = int(mid) if float(mid).is_integer() else mid
        return cls(value, qualifier=Qualifier.RANGE, low=low, high=high, unit=unit, text=text)

    @property
    def open_low(self) -> bool:
        """Whether the text leaves the lower side open."""
        return self.low is None

    @property
    def open_high(self) -> bool:
        """Whether the text leaves the upper side open."""
        return self.high is None

    def __str__(self) -> str:
        return self.text or _fmt_number(self.value)


_QUANTITY_SETTERS = _slot_setters(Quantity, "value qualifier low high unit text")


# ---------------------------------------------------------------- Claim, Stance


def _content_id(prefix: str, parts: Iterable[str]) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


def _check_evidence(inst: Any, attr: attrs.Attribute[Any], value: object) -> None:
    _check_str(inst, attr, value)
    assert isinstance(value, str)
    if len(value) != len(inst.span):
        raise ValidationError(
            _name(inst, attr),
            value,
            f"the text of span {inst.span.start}:{inst.span.end} ({len(inst.span)} chars)",
        )


@attrs.frozen(kw_only=True)
class Claim:
    """One actor's numeric assertion, carried by one source.

    ``evidence`` is always ``document.text[span.start:span.end]``. The ``id`` is
    derived from content, so the same claim has the same id in every process.

    Args:
        subject: what is counted, and whose ("North Korean troops").
        measure: what the number measures (deployed, expected total, ...).
        quantity: the number as stated.
        actor: the origin: who the figure comes from.
        source: the document that carries the claim.
        span: where the evidence is in the document's original text.
        evidence: the original characters of ``span``.
        modality: reported, projected or hedged.
        ref_date: the date the figure refers to, when the text says.
        via: the reporting chain between the document and the origin, nearest
            first (``(Actor("NBC News"),)``).
        attribution: whether the origin is stated or defaulted to the document.
        sentence: span of the whole sentence holding the evidence.
    """

    subject: str = attrs.field(validator=_check_nonempty_str)
    measure: Measure = attrs.field(converter=_to_measure, validator=_enum(Measure))
    quantity: Quantity = attrs.field(validator=_instance_of(Quantity))
    actor: Actor = attrs.field(validator=_instance_of(Actor))
    source: Source = attrs.field(validator=_instance_of(Source))
    span: Span = attrs.field(validator=_instance_of(Span))
    evidence: str = attrs.field(validator=_check_evidence)
    modality: Modality = attrs.field(
        default=Modality.REPORTED, converter=_to_modality, validator=_enum(Modality)
    )
    ref_date: DateWindow | None = attrs.field(default=None, validator=_instance_of(DateWindow, optional=True))
    via: tuple[Actor, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Actor))
    attribution: Attribution = attrs.field(
        default=Attribution.STATED, converter=_to_attribution, validator=_enum(Attribution)
    )
    sentence: Span | None = attrs.field(default=None, validator=_instance_of(Span, optional=True))

    @classmethod
    def _trusted(
        cls,
        subject: str,
        measure: Measure,
        quantity: Quantity,
        actor: Actor,
        source: Source,
        span: Span,
        evidence: str,
        modality: Modality,
        ref_date: DateWindow | None,
        via: tuple[Actor, ...],
        attribution: Attribution,
        sentence: Span | None,
    ) -> Claim:
        """A claim from fields the caller has checked, without validation or conversion.

        The caller guarantees what the public constructor checks: members of
        the enums, a tuple ``via``, a non-empty subject and an evidence string
        of the span's length.

        >>> args = ("troops", Measure.DEPLOYED, Quantity.exact(5), Actor("X"), Source(id="s"), Span(0, 1), "5")
        >>> fixed = (Modality.REPORTED, None, (), Attribution.STATED, None)
        >>> Claim._trusted(*args, *fixed) == Claim(**dict(zip(
        ...     ("subject", "measure", "quantity", "actor", "source", "span", "evidence"), args)))
        True
        """
        claim = _new(cls)
        (
            set_subject,
            set_measure,
            set_quantity,
            set_actor,
            set_source,
            set_span,
            set_evidence,
            set_modality,
            set_ref_date,
            set_via,
            set_attribution,
            set_sentence,
        ) = _CLAIM_SETTERS
        set_subject(claim, subject)
        set_measure(claim, measure)
        set_quantity(claim, quantity)
        set_actor(claim, actor)
        set_source(claim, source)
        set_span(claim, span)
        set_evidence(claim, evidence)
        set_modality(claim, modality)
        set_ref_date(claim, ref_date)
        set_via(claim, via)
        set_attribution(claim, attribution)
        set_sentence(claim, sentence)
        return claim

    @functools.cached_property
    def id(self) -> str:
        """A stable content-derived identifier, e.g. ``'c-1f3a...'``."""
        q = self.quantity
        return _content_id(
            "c-",
            (
                self.source.id,
                str(self.span.start),
                str(self.span.end),
                self.subject,
                self.measure.value,
                q.qualifier.value,
                _fmt_number(q.value),
                _fmt_number(q.low),
                _fmt_number(q.high),
                q.unit or "",
                self.actor.name,
                self.modality.value,
                str(self.ref_date) if self.ref_date else "",
                "/".join(a.name for a in self.via),
                self.evidence,
            ),
        )

    @property
    def origin(self) -> str:
        """The name of the independent origin of the figure (the actor)."""
        return self.actor.name

    def __str__(self) -> str:
        return (
            f"{self.actor.name}: {self.quantity} {self.subject} ({self.measure.value}, {self.modality.value})"
        )

    def _repr_html_(self) -> str:
        """A compact table with the evidence highlighted, for notebooks."""
        from claimkit.render import claim_html

        return claim_html(self)


_CLAIM_SETTERS = _slot_setters(
    Claim, "subject measure quantity actor source span evidence modality ref_date via attribution sentence"
)


@attrs.frozen(kw_only=True)
class Stance:
    """An actor's position on a proposition: asserting, denying, doubting it.

    Args:
        actor: who takes the position.
        polarity: asserts, denies, doubts or reports.
        target: the proposition ("North Korean troops deployed to Russia").
        source: the document that reports the stance.
        span: where the evidence is in the original text.
        evidence: the original characters of ``span``.
        via: the reporting chain, nearest first.
    """

    actor: Actor = attrs.field(validator=_instance_of(Actor))
    polarity: Polarity = attrs.field(converter=_to_polarity, validator=_enum(Polarity))
    target: str = attrs.field(validator=_check_nonempty_str)
    source: Source = attrs.field(validator=_instance_of(Source))
    span: Span = attrs.field(validator=_instance_of(Span))
    evidence: str = attrs.field(validator=_check_evidence)
    via: tuple[Actor, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Actor))

    @functools.cached_property
    def id(self) -> str:
        """A stable content-derived identifier, e.g. ``'s-9b0c...'``."""
        return _content_id(
            "s-",
            (
                self.source.id,
                str(self.span.start),
                str(self.span.end),
                self.actor.name,
                self.polarity.value,
                self.target,
                "/".join(a.name for a in self.via),
                self.evidence,
            ),
        )

    def __str__(self) -> str:
        return f"{self.actor.name} {self.polarity.value}: {self.target}"

    def _repr_html_(self) -> str:
        """The stance and its evidence as HTML, for notebooks."""
        from claimkit.render import stance_html

        return stance_html(self)


class Claims(tuple[Claim, ...]):
    """An ordered, immutable collection of claims (what ``extract_claims`` returns).

    It is a tuple, so everything that takes a sequence of claims takes it; it
    adds table views for notebooks and other tools.

    >>> Claims([]) == ()
    True
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Claims({len(self)} claims)"

    # The views below live in other modules (render, tables, jsonld), imported
    # on call so that the model imports nothing of the pipeline.

    def __str__(self) -> str:
        from claimkit.render import claims_table_text

        return claims_table_text(self)

    def _repr_html_(self) -> str:
        """One HTML table, a row per claim, for notebooks."""
        from claimkit.render import claims_html

        return claims_html(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per claim (see :func:`claimkit.tables.claim_records`).

        >>> Claims([]).to_records()
        []
        """
        from claimkit.tables import claim_records

        return claim_records(self)

    def to_frame(self) -> Any:
        """A pandas ``DataFrame``, one row per claim (needs ``claimkit[pandas]``)."""
        from claimkit.tables import claims_frame

        return claims_frame(self)

    def to_csv(self, file: Any) -> int:
        """Write flat CSV to a path or text file; return the rows written (see :func:`claimkit.tables.to_csv`)."""
        from claimkit.tables import to_csv

        return to_csv(self, file)

    def to_jsonld(self, stances: Iterable[Stance] = ()) -> dict[str, Any]:
        """The claims with their provenance as JSON-LD (see :func:`claimkit.jsonld.to_jsonld`)."""
        from claimkit.jsonld import to_jsonld

        return to_jsonld(self, stances)


# ------------------------------------------------------------------ Document


def _check_pieces(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(p, tuple) and len(p) == 3 and all(isinstance(n, int) and n >= 0 for n in p) for p in value
    ):
        raise ModelTypeError(
            _name(inst, attr), value, "a tuple of (clean_start, original_start, length) int triples"
        )


@attrs.frozen
class OffsetMap:
    """Maps positions in a document's clean view back to its original text.

    Cleaning only ever *removes* characters, so the clean view is a sequence of
    kept pieces of the original. ``pieces`` holds ``(clean_start, original_start,
    length)`` for each kept piece, in order.

    >>> m = OffsetMap.from_kept([(0, 3), (5, 9)])  # keep "abc" and "fghi" of "abc--fghi"
    >>> m.to_original(3), m.span_to_original(1, 5)
    (5, Span(start=1, end=7))
    """

    pieces: tuple[tuple[int, int, int], ...] = attrs.field(converter=_to_tuple, validator=_check_pieces)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    @_starts.default
    def _compute_starts(self) -> tuple[int, ...]:
        return tuple(p[0] for p in self.pieces)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text kept whole."""
        return cls(((0, 0, length),) if length else ())

    @classmethod
    def from_kept(cls, kept: Sequence[tuple[int, int]]) -> OffsetMap:
        """Build from the original ``(start, end)`` ranges kept, in order."""
        pieces: list[tuple[int, int, int]] = []
        clean = 0
        for start, end in kept:
            if end <= start:
                continue
            if pieces and pieces[-1][1] + pieces[-1][2] == start:
                c, o, n = pieces[-1]
                pieces[-1] = (c, o, n + end - start)
            else:
                pieces.append((clean, start, end - start))
            clean += end - start
        return cls(tuple(pieces))

    @property
    def clean_length(self) -> int:
        """Length of the clean view."""
        if not self.pieces:
            return 0
        c, _, n = self.pieces[-1]
        return c + n

    def to_original(self, position: int) -> int:
        """Original offset of the clean-view character at ``position``.

        ``position == clean_length`` maps just past the last kept character.
        """
        if not self.pieces:
            return 0
        if position >= self.clean_length:
            _, o, n = self.pieces[-1]
            return o + n + (position - self.clean_length)
        i = bisect.bisect_right(self._starts, position) - 1
        c, o, _ = self.pieces[max(i, 0)]
        return o + (position - c)

    def span_to_original(self, start: int, end: int) -> Span:
        """Original span covering the clean-view range ``[start, end)``."""
        if end <= start:
            at = self.to_original(start)
            return Span(at, at)
        return Span(self.to_original(start), self.to_original(end - 1) + 1)


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence (or heading line) of a document.

    ``text`` is the original text of ``span``; ``clean`` is the same sentence
    in the clean view (markup residue removed), found at ``clean_span`` there.
    """

    span: Span = attrs.field(validator=_instance_of(Span))
    text: str = attrs.field(validator=_check_str)
    clean: str = attrs.field(validator=_check_str)
    clean_span: Span = attrs.field(validator=_instance_of(Span))
    paragraph: int = attrs.field(default=0, validator=_instance_of(int))
    heading: bool = attrs.field(default=False, validator=_instance_of(bool))

    @classmethod
    def _trusted(
        cls, span: Span, text: str, clean: str, clean_span: Span, paragraph: int, heading: bool
    ) -> Sentence:
        """A sentence from fields the caller has checked, without validation.

        >>> s = Sentence._trusted(Span(0, 2), "Hi", "Hi", Span(0, 2), 0, False)
        >>> s == Sentence(span=Span(0, 2), text="Hi", clean="Hi", clean_span=Span(0, 2))
        True
        """
        sentence = _new(cls)
        set_span, set_text, set_clean, set_clean_span, set_paragraph, set_heading = _SENTENCE_SETTERS
        set_span(sentence, span)
        set_text(sentence, text)
        set_clean(sentence, clean)
        set_clean_span(sentence, clean_span)
        set_paragraph(sentence, paragraph)
        set_heading(sentence, heading)
        return sentence


_SENTENCE_SETTERS = _slot_setters(Sentence, "span text clean clean_span paragraph heading")


@attrs.frozen(kw_only=True)
class Document:
    """A text as read: the original, a clean view and its sentences.

    ``text`` is the input unchanged; ``clean`` is the reading view with page
    furniture and markup residue set aside; ``offsets`` maps clean positions
    back to ``text``. ``furniture`` lists the original spans set aside as page
    furniture (address blocks, download stamps, disclaimers ...).
    """

    text: str = attrs.field(validator=_check_str)
    source: Source = attrs.field(validator=_instance_of(Source))
    clean: str = attrs.field(validator=_check_str)
    offsets: OffsetMap = attrs.field(validator=_instance_of(OffsetMap))
    sentences: tuple[Sentence, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Sentence)
    )
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    furniture: tuple[Span, ...] = attrs.field(default=(), converter=_to_tuple, validator=_tuple_of(Span))
    path: str | None = attrs.field(default=None, validator=_check_optional_str)

    def clean_to_original(self, start: int, end: int) -> Span:
        """Original span of the clean-view range ``[start, end)``."""
        return self.offsets.span_to_original(start, end)

    def evidence(self, span: Span) -> str:
        """The original characters of ``span``."""
        return self.text[span.start : span.end]

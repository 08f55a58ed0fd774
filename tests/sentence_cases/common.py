"""The data shapes of the sentence cases.

A Case is one real sentence, copied verbatim from a paper abstract, with the claims a
correct extractor must find in it (per /work/shared/spec/CLAIMS.md) and, optionally, the
mentions its other numbers must be filed under. Expectations are written from reading
the sentence, never from the extractor's output."""
from __future__ import annotations

from dataclasses import dataclass, field


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()  # "not checked"; None means "must be null"


@dataclass(frozen=True)
class C:
    """One expected claim.

    bench: canonical benchmark name; aliases: other accepted names.
    model: expected model name, or a tuple of alternative correct attributions (the
    method's name beside the base model's, as the gold's model_aliases).
    text: the expected matched span, i.e. sentence[char_start:char_end] (the raw text of
    the number with its unit as written: "61.82%", "+4.6", "9.8\\%", "5.2%-21.8%",
    "6.4 points")."""
    bench: str
    value: float
    text: str
    kind: str = "score"
    high: float | None = None
    aliases: tuple[str, ...] = ()
    model: object = UNSET
    params: object = UNSET
    metric: object = UNSET
    qual: object = UNSET
    unit: object = UNSET


@dataclass(frozen=True)
class M:
    """One expected mention: the number's raw text and the accepted mention class(es)."""
    text: str
    cls: str | tuple[str, ...]

    @property
    def classes(self) -> tuple[str, ...]:
        return (self.cls,) if isinstance(self.cls, str) else self.cls


@dataclass(frozen=True)
class Case:
    sentence: str
    claims: list[C] = field(default_factory=list)
    title: str = ""
    context: str = ""          # preceding abstract text; joined to the sentence with one space
    mentions: list[M] = field(default_factory=list)
    source: str = ""           # where the sentence comes from (arXiv id, dev fixture, seed)
    seed: bool = False         # True when copied from /work/shared/seeds/000_9932df2cf9322f32.txt
    xfail: str | None = None   # reason, when the extractor currently gets this case wrong

    @property
    def abstract(self) -> str:
        return f"{self.context} {self.sentence}" if self.context else self.sentence

    @property
    def offset(self) -> int:
        return len(self.context) + 1 if self.context else 0

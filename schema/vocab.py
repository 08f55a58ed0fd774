"""Loaders for the reviewed vocabularies in schema/vocab/ (benchmarks, models).

The CSV files are the data; this module only parses and indexes them. See
schema/vocab/README.md for the curation rules.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parent / "vocab"


@dataclass(frozen=True)
class Benchmark:
    name: str
    aliases: tuple[str, ...]
    category: str
    metric: str
    scale: float | None
    higher_is_better: bool
    case_sensitive: bool
    source: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Model:
    name: str
    aliases: tuple[str, ...]
    family: str
    params_b: float | None
    active_params_b: float | None
    source: str

    @cached_property
    def spellings(self) -> tuple[str, ...]:
        """The name, its aliases, and each with a tier word after a hyphen also written after a
        space ('o3-mini' -> 'o3 mini', 'Gemini-1.5-Pro' -> 'Gemini-1.5 Pro'), as papers write them."""
        names = (self.name, *self.aliases)
        spaced = tuple(v for n in names if (v := _TIER_AFTER_HYPHEN.sub(r" \1", n)) != n)
        return tuple(dict.fromkeys((*names, *spaced)))


# a model's tier word glued by a hyphen: "o3-mini", "Gemini-1.5-Pro"
_TIER_AFTER_HYPHEN = re.compile(r"(?<=[0-9a-z])-(mini|Mini|pro|Pro|turbo|Turbo|flash|Flash|lite|Lite|nano|Nano|plus|Plus)$")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split("|") if a.strip())


def _float(cell: str) -> float | None:
    cell = (cell or "").strip()
    return float(cell) if cell else None


def _rows(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


@lru_cache(maxsize=None)
def load_benchmarks(path: Path | None = None) -> tuple[Benchmark, ...]:
    path = path or VOCAB_DIR / "benchmarks.csv"
    return tuple(
        Benchmark(
            name=r["name"].strip(),
            aliases=_split(r["aliases"]),
            category=r["category"].strip(),
            metric=r["metric"].strip() or "score",
            scale=_float(r["scale"]),
            higher_is_better=r["higher_is_better"].strip().lower() == "true",
            case_sensitive=r["case_sensitive"].strip().lower() == "true",
            source=r["source"].strip(),
        )
        for r in _rows(path)
        if r.get("name", "").strip()
    )


@lru_cache(maxsize=None)
def load_models(path: Path | None = None) -> tuple[Model, ...]:
    path = path or VOCAB_DIR / "models.csv"
    return tuple(
        Model(
            name=r["name"].strip(),
            aliases=_split(r["aliases"]),
            family=r["family"].strip(),
            params_b=_float(r["params_b"]),
            active_params_b=_float(r["active_params_b"]),
            source=r["source"].strip(),
        )
        for r in _rows(path)
        if r.get("name", "").strip()
    )


@lru_cache(maxsize=None)
def benchmark_index() -> dict[str, Benchmark]:
    """Canonical name (lower case) -> Benchmark."""
    return {b.name.lower(): b for b in load_benchmarks()}


# ---------------------------------------------------------------- metrics (one registry)

@dataclass(frozen=True)
class Metric:
    """One metric: its canonical name (a `{0}` slot takes a number: pass@{0}), the pattern
    that finds it in lowered text, and its direction. The extractor, the schema and the
    dashboard all read it from here."""
    name: str
    pattern: str
    higher_is_better: bool


@lru_cache(maxsize=None)
def load_metrics(path: Path | None = None) -> tuple[Metric, ...]:
    """The metric registry, in priority order (longer spellings before shorter ones)."""
    path = path or VOCAB_DIR / "metrics.csv"
    return tuple(
        Metric(name=r["name"].strip(), pattern=r["pattern"].strip(),
               higher_is_better=r["higher_is_better"].strip().lower() == "true")
        for r in _rows(path)
        if r.get("name", "").strip()
    )


@lru_cache(maxsize=None)
def _metric_patterns():
    import re

    return [(re.compile(m.pattern, re.IGNORECASE), m) for m in load_metrics()]


@lru_cache(maxsize=4096)
def canonical_metric(written: str | None) -> Metric | None:
    """The registry entry of a metric as written in a claims file ('bits per character',
    'top-1 error', 'pass@1'), or None when the registry does not know it."""
    if not written or not str(written).strip():
        return None
    text = str(written).strip()
    for pat, metric in _metric_patterns():
        if pat.search(text):
            return metric
    return None


def metric_higher_is_better(written: str | None) -> bool | None:
    """The direction of a metric from the registry; None when unknown."""
    m = canonical_metric(written)
    return None if m is None else m.higher_is_better


@dataclass(frozen=True)
class Cue:
    group: str
    label: str
    form: str


@lru_cache(maxsize=None)
def load_cues(path: Path | None = None) -> tuple[Cue, ...]:
    """The rules' cue words (schema/vocab/cues.csv), in file order: each row a group, an
    optional label (the value a qualifier or setting writes) and a form (a regular
    expression fragment; order matters where forms share a prefix)."""
    path = path or VOCAB_DIR / "cues.csv"
    return tuple(Cue(r["group"].strip(), (r["label"] or "").strip(), r["form"]) for r in _rows(path) if r.get("group", "").strip())

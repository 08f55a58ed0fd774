"""The model registry: which model a written name means, its size, maker, date and openness.

Two reviewed data files in schema/vocab/ make it (nothing is read from outside the repository):

* ``models.csv`` -- hand-curated (name, aliases, family, params_b, active_params_b, source);
* ``models_epoch.csv`` -- imported once from Epoch AI's "Data on AI Models" (CC BY 4.0) by
  ``schema/import_epoch.py``; see ``schema/vocab/EPOCH.md``.

Curated rows are kept apart and win: an imported row that shares a spelling with a curated
row is merged into it, adding only what the curated list lacks (organisation, release date,
open weights, domain and its spellings); the curated name, family, sizes and source stay.

``resolve(name)`` is the one name-resolution function.  A written name is normalised
(see ``parse``) and looked up in an index from normalised spelling to entry, most specific
first; nothing is fuzzy-matched, and a name that does not resolve is reported, never guessed.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parent / "vocab"
CURATED_CSV = VOCAB_DIR / "models.csv"
IMPORTED_CSV = VOCAB_DIR / "models_epoch.csv"


class RegistryError(ValueError):
    """The data files contradict themselves (a spelling that names two models)."""


@dataclass(frozen=True)
class RegistryEntry:
    model_id: str                  # canonical name
    family: str                    # curated: the list's family; imported: the name's model line
    organisation: str | None
    release_date: str | None       # YYYY-MM-DD
    params_b: float | None         # total parameters, billions (mixture-of-experts: total)
    active_params_b: float | None  # active parameters per token, mixtures only
    open_weights: bool | None      # None: unknown
    source: str                    # where the name and the sizes come from
    curated: bool
    aliases: tuple[str, ...] = ()
    lineage: str = ""              # the curated (coarse) family: "LLaMA" for Llama 2-70B
    domain: str | None = None
    epoch_name: str | None = None  # the Epoch row merged into a curated entry (metadata from Epoch)


@dataclass(frozen=True)
class Resolution:
    entry: RegistryEntry
    params_b: float | None         # the registry's count, else the size written in the name
    active_params_b: float | None
    size_source: str | None        # 'registry', 'name' or None (no size known)
    variant: str | None            # role/format suffix not part of the entry's name: 'instruct', 'chat-hf'
    via: str                       # 'exact': a spelling of the entry; 'family': the entry is the
                                   # unsized model and the size comes from the name (Llama-2-13B)
    experts: tuple[int, float] | None = None  # '8x7B' as written when the registry has no total

    @property
    def model_id(self) -> str:
        return self.entry.model_id


# ----------------------------------------------------------------------------- normalisation

_CHARS = str.maketrans({"·": "-", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " "})
_DATE = re.compile(r"(?<!\d)(20\d\d)[-_.](\d\d)[-_.](\d\d)(?!\d)")        # 2024-05-13 -> 20240513
_SPLIT = re.compile(r"[\s\-_/,:;()\[\]{}\"'“”‘’]+|(?<!\d)\.|\.(?!\d)")   # '.' between digits stays
_SIZE = re.compile(r"^(?:(?P<experts>\d+)x|(?P<active>a))?(?P<n>\d+(?:\.\d+)?)(?P<unit>[bmt])$")
_GLUED_SIZE = re.compile(r"^(?P<word>[a-z]{3,})(?P<size>\d+(?:\.\d+)?b)$")  # llama7b, chatglm6b
# role and format suffixes: -hf, -Instruct, -chat, -it, -base, revisions (-v0.1, -v1.0, -002),
# context lengths (-4k, -128k), snapshot dates (-20240229), -preview, -exp, -latest
# (a reasoning mode or effort, a number format and a release month are suffixes too: 'Qwen3-4B-Thinking-2507',
# 'GPT-5.2-high', 'Qwen3.6-27B-FP8')
_VARIANT = re.compile(r"^(?:hf|instruct|chat|it|base|sft|dpo|rlhf|gguf|gptq|awq|preview|exp|latest|thinking|high|medium|low|xhigh|minimal"
                      r"|fp8|bf16|fp16|int4|int8|2[3-6](?:0[1-9]|1[0-2])"
                      r"|v0(?:\.\d+)*|v1\.0|00\d|\d+k|20\d{6})$")
_UNIT = {"b": 1.0, "m": 1e-3, "t": 1e3}
_HUB = re.compile(r"^\s*[A-Za-z0-9][\w.\-]*/(?=[A-Za-z])")                # meta-llama/Llama-2-7b-hf
_ORGS = (("meta", "ai"), ("google", "deepmind"), ("mistral", "ai"), ("stability", "ai"),
         ("openai",), ("anthropic",), ("google",), ("deepmind",), ("meta",), ("facebook",),
         ("microsoft",), ("mistralai",), ("alibaba",), ("nvidia",), ("ibm",), ("apple",),
         ("amazon",), ("baidu",), ("tencent",), ("xai",), ("ai21",), ("tiiuae",),
         ("eleutherai",), ("bigscience",), ("allenai",), ("stabilityai",))


def tokens(name: str) -> list[str]:
    """Case-folded pieces of a name: accents dropped, '-', '_', ' ', '/', parentheses and '.'
    (except between two digits: 'Qwen2.5', '1.5B') split pieces, dates become one piece."""
    text = unicodedata.normalize("NFKD", name.translate(_CHARS))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    out: list[str] = []
    for tok in _SPLIT.split(_DATE.sub(r" \1\2\3 ", text)):
        glued = _GLUED_SIZE.match(tok)
        out.extend((glued["word"], glued["size"]) if glued else (tok,) if tok else ())
    return out


def size_token(tok: str) -> str | None:
    """A size piece in canonical form ('125m' -> '0.125b', '8x7b', 'a2.7b'), else None."""
    m = _SIZE.match(tok)
    if not m:
        return None
    value = float(m["n"]) * _UNIT[m["unit"]]
    return f"{m['experts'] + 'x' if m['experts'] else 'a' if m['active'] else ''}{value:g}b"


def parse(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(core pieces, size pieces) of a name: 'Llama-2-7b-hf' -> (('llama', '2', 'hf'), ('7b',))."""
    core: list[str] = []
    sizes: list[str] = []
    for tok in tokens(name):
        size = size_token(tok)
        (sizes if size else core).append(size or tok)
    for i in range(len(core) - _trailing_variants(core), len(core)):
        core[i] = "instruct" if core[i] == "it" else core[i]   # Gemma's '-it' is '-instruct'
    return tuple(core), tuple(sizes)


def key(core: Iterable[str], sizes: Iterable[str] = ()) -> str:
    """The index key: pieces joined without separators, a '.' between two numbers
    ('claude-3-5-sonnet' = 'Claude 3.5 Sonnet' -> 'claude3.5sonnet'), then '|' and the sizes."""
    out = ""
    for tok in core:
        out += ("." if out[-1:].isdigit() and tok[:1].isdigit() else "") + tok
    sizes = " ".join(sizes)
    return f"{out}|{sizes}" if sizes else out


def normalise(name: str) -> str:
    """The index key of a spelling as written ('meta-llama/Llama-2-7b-hf' keeps its prefix
    here; `resolve` also tries it without)."""
    return key(*parse(name))


def _forms(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Core pieces of the name as written, without a hub prefix, and without an organisation."""
    forms: list[tuple[tuple[str, ...], tuple[str, ...]]] = [parse(name)]
    if _HUB.match(name):
        forms.append(parse(_HUB.sub("", name)))
    for core, sizes in list(forms):
        for org in _ORGS:
            if len(core) > len(org) and core[:len(org)] == org:
                forms.append((core[len(org):], sizes))
                break
    return list(dict.fromkeys(forms))


def _trailing_variants(core) -> int:
    """How many pieces at the end are role or format suffixes (never the whole name)."""
    n = 0
    while n < len(core) - 1 and _VARIANT.match(core[-1 - n]):
        n += 1
    return n


# ----------------------------------------------------------------------------- loading

def _cell(row: dict, col: str) -> str | None:
    value = (row.get(col) or "").strip()
    return value or None


def _float(row: dict, col: str) -> float | None:
    value = _cell(row, col)
    return float(value) if value else None


def _bool(row: dict, col: str) -> bool | None:
    value = (_cell(row, col) or "").lower()
    return {"true": True, "false": False}.get(value)


def _aliases(row: dict) -> tuple[str, ...]:
    return tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _spellings(entry: RegistryEntry) -> tuple[str, ...]:
    return (entry.model_id, *entry.aliases)


def build_index(entries: Iterable[RegistryEntry]) -> dict[str, RegistryEntry]:
    """Normalised spelling -> entry. Raises RegistryError when a spelling names two models."""
    index: dict[str, RegistryEntry] = {}
    for entry in entries:
        for spelling in _spellings(entry):
            k = normalise(spelling)
            if not k:
                continue
            other = index.setdefault(k, entry)
            if other.model_id != entry.model_id:
                raise RegistryError(f"{spelling!r} ({k!r}) names both {other.model_id!r} and {entry.model_id!r}")
    return index


@cache
def load_registry(curated: Path = CURATED_CSV, imported: Path | None = IMPORTED_CSV) -> tuple[RegistryEntry, ...]:
    """Curated entries (first, curated=True), then the imported ones not merged into them."""
    entries = [
        RegistryEntry(model_id=r["name"].strip(), family=r["family"].strip(), organisation=None,
                      release_date=None, params_b=_float(r, "params_b"),
                      active_params_b=_float(r, "active_params_b"), open_weights=None,
                      source=r["source"].strip(), curated=True, aliases=_aliases(r),
                      lineage=r["family"].strip())
        for r in _rows(curated) if (r.get("name") or "").strip()
    ]
    curated_index = build_index(entries)
    position = {e.model_id: i for i, e in enumerate(entries)}
    imported_entries = []
    for r in _rows(imported) if imported and imported.exists() else ():
        entry = RegistryEntry(
            model_id=r["model_id"].strip(), family=r["family"].strip(), organisation=_cell(r, "organisation"),
            release_date=_cell(r, "release_date"), params_b=_float(r, "params_b"),
            active_params_b=_float(r, "active_params_b"), open_weights=_bool(r, "open_weights"),
            source=r["source"].strip(), curated=False, aliases=_aliases(r), domain=_cell(r, "domain"))
        hits = {curated_index[k].model_id for k in map(normalise, _spellings(entry)) if k in curated_index}
        if len(hits) > 1:
            raise RegistryError(f"imported {entry.model_id!r} matches curated {sorted(hits)}")
        if not hits:
            imported_entries.append(entry)
            continue
        i = position[hits.pop()]   # merge: the curated entry wins, Epoch fills what it lacks
        cur = entries[i]
        known = {normalise(s) for s in _spellings(cur)}
        extra = tuple(s for s in _spellings(entry) if normalise(s) not in known)
        entries[i] = replace(
            cur, aliases=cur.aliases + tuple(dict.fromkeys(extra)),
            organisation=cur.organisation or entry.organisation,
            release_date=cur.release_date or entry.release_date,
            open_weights=cur.open_weights if cur.open_weights is not None else entry.open_weights,
            domain=cur.domain or entry.domain, epoch_name=cur.epoch_name or entry.model_id)
    # the coarse family of an imported entry: that of the curated entry its family names
    imported_entries = [
        replace(e, lineage=curated_index[k].family if (k := normalise(e.family)) in curated_index else e.family)
        for e in imported_entries
    ]
    result = tuple(entries + imported_entries)
    build_index(result)   # raises on a spelling that names two models
    return result


@cache
def index() -> dict[str, RegistryEntry]:
    """The registry's index, built once: normalised spelling -> entry."""
    return build_index(load_registry())


# ----------------------------------------------------------------------------- resolution

def _plain(sizes: Iterable[str]) -> list[float]:
    return [float(s[:-1]) for s in sizes if s[0].isdigit() and "x" not in s]


def _resolution(entry: RegistryEntry, sizes: tuple[str, ...], via: str, variant: str | None) -> Resolution:
    plain = _plain(sizes)
    active = [float(s[1:-1]) for s in sizes if s[0] == "a"]
    experts = [(int(s.split("x")[0]), float(s.split("x")[1][:-1])) for s in sizes if "x" in s]
    params, act, source, moe = None, None, None, None
    if via == "exact" and entry.params_b is not None:
        params, act, source = entry.params_b, entry.active_params_b, "registry"
    elif len(plain) == 1:             # two plain sizes (OLMoE-1B-7B) say nothing certain
        params, act, source = plain[0], (active[0] if active else None), "name"
    elif experts and not plain:       # '8x7B' is not 56B: shared layers; keep it as written
        moe, source = experts[0], "name"
    if via == "exact" and act is None:
        act = entry.active_params_b if entry.active_params_b is not None else (active[0] if active else None)
    return Resolution(entry, params, act, source, variant, via, moe)


def candidates(name: str) -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...], int, bool]]:
    """The index keys `resolve` tries for a name, most specific first, with what each drops:
    (key, core pieces, written sizes, trailing suffixes, whether the key keeps the sizes).

    The name as written, then with fewer trailing role or format suffixes (-hf, -Instruct,
    -chat, -it, -base, -v0.1, -4k, a date); for each, first with the sizes written in the name
    ('Llama 2-7B') and then without them ('Llama 2', with the size from the name); each of these
    with and without a hub or organisation prefix."""
    forms = [(core, sizes, _trailing_variants(core)) for core, sizes in _forms(name) if core]
    for step in range(max((n for _, _, n in forms), default=-1) + 1):
        for with_sizes in (True, False):
            for core, sizes, n in forms:
                if step <= n and (with_sizes or sizes):
                    kept = core[:len(core) - step]
                    yield key(kept, sizes if with_sizes else ()), core, sizes, n, with_sizes


@lru_cache(maxsize=65536)
def resolve(name: str) -> Resolution | None:
    """The registry entry a written model name means, or None (never a guess); see `candidates`."""
    if not name or not name.strip():
        return None
    idx = index()
    # a hub prefix that names a model must be the model's own line: 'Qwen/Qwen2-7B',
    # 'TinyLlama/TinyLlama-1.1B'; 'GPT-4/GPT-4o' and 'LLaMA/Vicuna' name two models
    hub = _HUB.match(name)
    prefix = normalise(hub.group().strip(" /")) if hub else ""
    owner = idx.get(prefix) if prefix else None
    for k, core, sizes, n, with_sizes in candidates(name):
        entry = idx.get(k)
        if entry is not None:
            if owner is not None and (owner.model_id not in (entry.model_id, entry.family, entry.lineage)
                                      or hub is None or not normalise(name[hub.end():]).startswith(prefix)):
                return None
            own = set(tokens(entry.model_id))
            suffix = [t for t in core[len(core) - n:] if t not in own]
            return _resolution(entry, sizes, "exact" if with_sizes or not sizes else "family",
                               "-".join(suffix) or None)
    return None


# a model the paper describes rather than names ('ensemble method', 'compressed pipeline', '12-encoder
# system'): more than one word, the first in lower case or led by a digit
_DESCRIBED = re.compile(r"[a-z0-9][^\s]*\s+\S.*", re.DOTALL)


def described(model: object) -> bool:
    """Whether a model string is a description, not a name: 'ensemble method' (two papers'
    'ensemble method' are two systems; no registry entry is ever made of one), not 'GPT-4o',
    'DocTrace' or 'Reflexion-style memory'."""
    text = model.strip() if isinstance(model, str) else ""
    return _DESCRIBED.fullmatch(text) is not None


def unresolved(names: Iterable[str]) -> Counter:
    """How often each name that does not resolve occurs (for reporting)."""
    return Counter(n.strip() for n in names if n and n.strip() and resolve(n.strip()) is None)


def counts() -> dict[str, int]:
    """Registry size by origin, and how many entries have a size or open weights."""
    entries = load_registry()
    return {
        "total": len(entries),
        "curated": sum(e.curated for e in entries),
        "imported": sum(not e.curated for e in entries),
        "curated_with_epoch_metadata": sum(e.epoch_name is not None for e in entries),
        "with_params": sum(e.params_b is not None for e in entries),
        "with_active_params": sum(e.active_params_b is not None for e in entries),
        "open_weights": sum(e.open_weights is True for e in entries),
        "closed_weights": sum(e.open_weights is False for e in entries),
    }

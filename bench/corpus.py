"""A deterministic synthetic corpus of paper abstracts for benchmarking the extractor.

    .venv/bin/python bench/corpus.py --papers N --format txt|jsonl --out FILE [--seed S] [--pool llm|random]

Each abstract is recombined from real sentences: a real abstract is taken as a template and
about half of its sentences are replaced by sentences of the same kind (opening sentence or
not, with or without numbers) from the whole pool. The pool (`--pool`):

* `llm` (the default): the seed listing and tests/fixtures/dev/abstracts_*.jsonl, well-known
  LLM papers, dense with results (the corpus the performance targets were set on);
* `random`: tests/fixtures/random/abstracts_*.jsonl, abstracts drawn at random from real
  listings of every field (what a month of arXiv looks like: most numbers are not results).

Then

* every free-standing number is re-drawn keeping its format: as many integer digits
  (a leading "0." stays), as many decimals, thousands separators, the text around it
  (%, x, "points" ...) untouched; percents stay within 0..100 and years stay years;
* every benchmark or model written exactly as one of its spellings in
  schema/vocab/benchmarks.csv / models.csv is replaced by another name of the same
  category and scale (benchmarks) or family (models; any model for a family of one).

Titles are real titles with the same substitutions. The same N and seed give
byte-identical files (one seeded random.Random; no set or hash order is ever used), and
papers are written one by one, so 1,000,000 abstracts never sit in memory.

Formats: the listing text (.txt: title line, blank line, abstract line, blank line) and
JSON Lines (.jsonl: {"id", "title", "abstract"}). Both formats of one (N, seed) hold the
same titles and abstracts."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from claimboard.extract.lexicon import Lexicon  # noqa: E402
from claimboard.extract.readers import read_papers, read_text  # noqa: E402
from claimboard.extract.text import clean, sentences  # noqa: E402
from claimboard.schema.vocab import VOCAB_DIR, load_benchmarks, load_models  # noqa: E402

GENERATOR_VERSION = 1
DEFAULT_SEED = 1
SOURCES = {
    "llm": [ROOT / "seeds" / "000_9932df2cf9322f32.txt", *sorted((ROOT / "tests" / "fixtures" / "dev").glob("abstracts_*.jsonl"))],
    "random": sorted((ROOT / "tests" / "fixtures" / "random").glob("abstracts_*.jsonl")),
}
DEFAULT_POOL = "llm"
KEEP_SENTENCE = 0.5       # share of a template's sentences kept in place
MIN_WORDS = 20            # extract.readers takes a line of >= 20 words for an abstract

# A free-standing number: not inside a name (GSM8K, GPT-4, v1.5, 2403.04706) and not
# glued to letters (7B, 8x7B, 32k). Thousands separators or plain digits, optional decimals.
_NUMBER = re.compile(r"(?<![\w.\-/,])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?(?![\w]|[.,]\d)")
_PERCENT_AFTER = re.compile(r"\s?(?:%|\\%|percent\b)")


# ---------------------------------------------------------------- templates

@dataclass(frozen=True)
class NumSlot:
    int_digits: int
    zero_int: bool        # "0.53": the integer part stays 0
    commas: bool          # "12,317"
    decimals: int
    percent: bool         # followed by %: stays within 0..100
    year: bool            # 1900..2100 integer: stays a plausible year
    original: str


@dataclass(frozen=True)
class NameSlot:
    choices: tuple[str, ...]   # names of the same category/family (including the original)
    original: str


Part = str | NumSlot | NameSlot


@dataclass(frozen=True)
class Sentence:
    parts: tuple[Part, ...]
    numeric: bool


@dataclass(frozen=True)
class Pools:
    papers: tuple[tuple[tuple[Part, ...], tuple[Sentence, ...]], ...]   # (title parts, sentences)
    openers: tuple[Sentence, ...]
    by_kind: dict                                                        # numeric (bool) -> sentences


def _source_papers(pool: str) -> list[tuple[str, str]]:
    out = []
    for path in SOURCES[pool]:
        text, _ = read_text(path, str(path))
        papers, _ = read_papers(path, str(path), text)
        out.extend((p.title, p.abstract) for p in papers)
    return out


def _name_tables():
    """(lexicon over exact spellings, spelling -> replacement choices)."""
    # benchmarks: same category and same scale (a 0-10 score stays on a 0-10 benchmark)
    bench_by_cat: dict[tuple, list[str]] = {}
    for b in load_benchmarks():
        bench_by_cat.setdefault((b.category, b.scale), []).append(b.name)
    model_by_family: dict[str, list[str]] = {}
    all_models = [m.name for m in load_models()]
    for m in load_models():
        model_by_family.setdefault(m.family, []).append(m.name)
    choices: dict[str, tuple[str, ...]] = {}
    for b in load_benchmarks():
        for s in b.spellings:
            choices.setdefault(s, tuple(bench_by_cat[(b.category, b.scale)]))
    for m in load_models():
        fam = model_by_family[m.family]
        for s in m.spellings:
            choices.setdefault(s, tuple(fam if len(fam) > 1 else all_models))
    # case-sensitive matching of every spelling: "Multiple" (a word) is not "MultiPLE"
    return Lexicon(choices, case_sensitive=set(choices)), choices


def _template(text: str, lexicon: Lexicon, choices: dict[str, tuple[str, ...]]) -> tuple[Part, ...]:
    """Split text into literal pieces, number slots and name slots."""
    spans: list[tuple[int, int, Part]] = []
    for h in lexicon.find(text):
        if not re.search(r"[A-Z0-9]", h.text):
            continue
        spans.append((h.start, h.end, NameSlot(choices[h.text], h.text)))
    taken = [(s, e) for s, e, _ in spans]
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if any(s < b and e > a for a, b in taken):
            continue
        int_text, dec = m.group("int"), m.group("dec") or ""
        digits = int_text.replace(",", "")
        value = float(digits + ("." + dec if dec else ""))
        spans.append((s, e, NumSlot(
            int_digits=len(digits), zero_int=digits == "0", commas="," in int_text, decimals=len(dec),
            percent=bool(_PERCENT_AFTER.match(text, e)),
            year=not dec and "," not in int_text and len(digits) == 4 and 1900 <= value <= 2100,
            original=m.group(0))))
    spans.sort(key=lambda x: x[0])
    parts: list[Part] = []
    pos = 0
    for s, e, slot in spans:
        if s > pos:
            parts.append(text[pos:s])
        parts.append(slot)
        pos = e
    if pos < len(text):
        parts.append(text[pos:])
    return tuple(parts)


@lru_cache(maxsize=2)
def pools(pool: str = DEFAULT_POOL) -> Pools:
    lexicon, choices = _name_tables()
    papers = []
    openers: list[Sentence] = []
    by_kind: dict[bool, list[Sentence]] = {False: [], True: []}
    for title, abstract in _source_papers(pool):
        sents = []
        for i, (s0, s1) in enumerate(sentences(clean(abstract))):
            text = " ".join(abstract[s0:s1].split())
            if not text:
                continue
            parts = _template(text, lexicon, choices)
            sent = Sentence(parts, any(isinstance(p, NumSlot) for p in parts))
            sents.append(sent)
            (openers if i == 0 else by_kind[sent.numeric]).append(sent)
        if sents:
            papers.append((_template(" ".join(title.split()), lexicon, choices), tuple(sents)))
    return Pools(tuple(papers), tuple(openers), {k: tuple(v) for k, v in by_kind.items()})


def source_fingerprint(pool: str = DEFAULT_POOL) -> str:
    """Digest of everything the corpus depends on (for caching generated files)."""
    h = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    for path in [Path(__file__).resolve(), *SOURCES[pool], VOCAB_DIR / "benchmarks.csv", VOCAB_DIR / "models.csv"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


# ---------------------------------------------------------------- generation

def _draw_number(slot: NumSlot, rng: random.Random) -> str:
    if slot.year:
        return str(rng.randint(1995, 2025))
    if slot.zero_int:
        ip = "0"
    elif slot.int_digits == 1:
        ip = str(rng.randint(1, 9))
    else:
        ip = str(rng.randint(10 ** (slot.int_digits - 1), 10 ** slot.int_digits - 1))
    dec = "".join(str(rng.randint(0, 9)) for _ in range(slot.decimals))
    if slot.percent and slot.int_digits >= 3:
        ip, dec = "100", "0" * len(dec)   # a percent stays within 0..100
    if slot.commas:
        ip = f"{int(ip):,}"
    return ip + ("." + dec if dec else "")


def _render(parts: tuple[Part, ...], rng: random.Random) -> str:
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, NumSlot):
            out.append(_draw_number(p, rng))
        else:
            out.append(p.choices[int(rng.random() * len(p.choices))])
    return "".join(out)


def iter_papers(n: int, seed: int = DEFAULT_SEED, source: str = DEFAULT_POOL) -> Iterator[tuple[str, str, str]]:
    """(id, title, abstract) for n synthetic papers; deterministic in (n, seed, source)."""
    pool = pools(source)
    rng = random.Random(seed)
    openers, by_kind = pool.openers, pool.by_kind
    for i in range(n):
        title_parts, sents = pool.papers[int(rng.random() * len(pool.papers))]
        title = _render(title_parts, rng)
        chosen = []
        for k, s in enumerate(sents):
            if rng.random() >= KEEP_SENTENCE:
                src = openers if k == 0 else by_kind[s.numeric]
                s = src[int(rng.random() * len(src))]
            chosen.append(_render(s.parts, rng))
        abstract = " ".join(chosen)
        # the listing reader needs an abstract of >= 20 words that is longer than the title
        while len(abstract.split()) < MIN_WORDS or len(abstract) <= len(title):
            src = by_kind[True]
            abstract += " " + _render(src[int(rng.random() * len(src))].parts, rng)
        yield f"synth-{seed}-{i:07d}", title, abstract


def format_paper(pid: str, title: str, abstract: str, fmt: str) -> str:
    if fmt == "txt":
        return f"{title}\n\n{abstract}\n\n"
    return json.dumps({"id": pid, "title": title, "abstract": abstract}, ensure_ascii=False) + "\n"


def write_corpus(n: int, fmt: str, out: str | Path, seed: int = DEFAULT_SEED, pool: str = DEFAULT_POOL) -> Path:
    """Stream n papers to out (written to a temporary file, renamed into place)."""
    if fmt not in ("txt", "jsonl"):
        raise ValueError(f"unknown format {fmt!r} (txt or jsonl)")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:
            for pid, title, abstract in iter_papers(n, seed, pool):
                fh.write(format_paper(pid, title, abstract, fmt))
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers", type=int, required=True, help="number of abstracts")
    ap.add_argument("--format", choices=["txt", "jsonl"], help="default: from the suffix of --out")
    ap.add_argument("--out", required=True, help="output file")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--pool", choices=sorted(SOURCES), default=DEFAULT_POOL,
                    help="the real abstracts recombined: llm (seed + dev, well-known LLM papers) or random (the random sets)")
    args = ap.parse_args(argv)
    fmt = args.format or ("jsonl" if args.out.endswith((".jsonl", ".ndjson")) else "txt")
    if args.papers < 1:
        ap.error("--papers must be at least 1")
    t = time.perf_counter()
    path = write_corpus(args.papers, fmt, args.out, args.seed, args.pool)
    size = path.stat().st_size
    print(f"wrote {args.papers:,} abstracts ({size / 1e6:,.1f} MB, {fmt}) to {path} in {time.perf_counter() - t:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Finding benchmarks and models in an abstract.

Benchmarks come from the reviewed vocabulary (schema/vocab/benchmarks.csv), from
phrasing ("on the X benchmark", "X test set") and from the paper introducing its own
benchmark. Models come from the registry (schema/vocab/models.csv), from sized or
versioned names (LLaMA2-7B, Qwen/Qwen2-7B-Instruct), from the system the paper
introduces, from generic phrases ("the best LMM") and from "human" performance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimboard.extract.cues import words
from claimboard.extract.events import _EVENT_RANK_BEFORE, _EVENT_SOURCE_BEFORE, event_names
from claimboard.extract.lexicon import Lexicon, finditer_near
from claimboard.extract.name_basics import (
    _METRIC_WORD,
    _NAME_SIZE,
    _SYSTEM_NOUNS,
    _TASK_ACRONYM,
    EVALUATION_HEAD,
    TRAINING_WORDS,
    _looks_like_name,
    find_word,
    registry_family,
)
from claimboard.extract.spans import SpanSet
from claimboard.schema.registry import resolve
from claimboard.schema.vocab import Benchmark, benchmark_index, load_benchmarks


@dataclass(frozen=True)
class BenchHit:
    start: int
    end: int
    name: str            # canonical
    known: bool
    category: str | None
    metric: str | None
    subset: str | None = None
    members: tuple = ()   # a pooled list's benchmarks (rule pooled), in text order


@dataclass(frozen=True)
class ModelHit:
    start: int
    end: int
    name: str            # as written
    params_b: float | None = None
    active_params_b: float | None = None
    params_source: str | None = None
    generic: bool = False  # "the best LMM", "human": no size, never a registry entry
    own: bool = False      # a description of the paper's own system ("our 12-encoder system"): role proposed


# ---------------------------------------------------------------- benchmarks

# Generic words that phrasing rules must not take for a benchmark's name.
_LANGUAGES = ("english", "chinese", "mandarin", "cantonese", "spanish", "french", "german", "italian", "portuguese", "russian",
              "japanese", "korean", "arabic", "hindi", "bengali", "urdu", "persian", "turkish", "vietnamese", "thai",
              "indonesian", "dutch", "polish", "croatian", "swahili")
_STOP_NAMES = {
    "the", "this", "that", "these", "our", "a", "an", "new", "novel", "existing", "public", "standard",
    "several", "various", "multiple", "different", "popular", "challenging", "comprehensive", "large",
    "same", "each", "all", "other", "previous", "both", "many", "most", "we", "its", "their", "which",
    "in", "on", "of", "for", "and", "or", "with", "to", "by", "from", "at", "as", "is", "are", "llm",
    "llms", "mllm", "mllms", "lmm", "lmms", "nlp", "ai", "test", "evaluation", "human", "real", "world",
    "using", "based", "following", "given", "via", "after", "before", "during", "unlike", "compared", "when",
    "while", "on", "across", "with", "without", "through", "finally", "first", "second", "moreover", "however",
    "benchmark", "dataset", "corpus", "challenge", "stem", "sota",
    # a task or a method written as an acronym says what is done, not where ("improves OCR accuracy")
    "ocr", "asr", "tts", "slam",
    # a language names a split or a track ("the English validation set"), not a benchmark
    *_LANGUAGES, "multilingual", "bilingual", "monolingual",
    # an imaging or signal modality says what kind of data ("the IQ-OTH/NCCD lung cancer CT dataset")
    "ct", "mri", "fmri", "eeg", "ecg", "x-ray", "pet", "rgb", "rgb-d", "lidar",
    # a programming or data language says what is written ("select the right SQL query"), not who or where
    "sql", "python", "json", "html", "xml",
    # a kind of evaluation data, not its name ("On ImageNet and OOD datasets")
    "ood", "iid",
}

# words that may open a phrase before the name: "The MMLU benchmark", "On GSM8K"
_LEADING_WORDS = {"the", "this", "that", "these", "our", "a", "an", "in", "on", "of", "for", "and", "or", "with",
                  "to", "by", "from", "at", "as", "using", "across", "via", "both", "all", "each"}
# an acronym in capitals ("MRI", "CT"), as a word among those between a name and its head word
_ACRONYM_IN_PHRASE = r"[A-Z]{2,5}s?(?![\w\-])"
# the head words a benchmark's name found from phrasing ends with (searched for first: _PHRASE_HEAD)
_PHRASE_HEADS = r"benchmark|dataset|data\ set|database|leaderboard|leader-board|test\ set|testset|evaluation\ suite|suite|challenge|development\ set|dev\ set|validation\ set|evaluation\ set|(?:validation|test|dev)\ split|corpus|cohort"
# "on the X benchmark", "X test set", "the X dataset" (X has a capital letter or digit).
_PHRASE_BENCH = re.compile(
    r"""
    (?<![\w\-\.'’])                                    # the name starts a word (not "arXiv.org", not "What'sUp")
    (?P<name>
        (?:[A-Z0-9][\w\-\+\.]*(?:['’][a-z]?[A-Z][\w\-]*)?[A-Za-z0-9\+](?:[\\\ ]?&[A-Z][\w\-]+)?|[A-Z]|[a-z]{1,3}(?=[A-Z])[\w\-\+\.]*[A-Z][\w\-\+\.]*[A-Za-z0-9])   # first word: capitalised or with digits ("Who&When"; "Drive\&Act", cleaned to "Drive &Act"; not "Q&A", "R&D"; camel case from a lower-case start: "the iMiGUE dataset")
        (?:\s+(?:&\s+)?(?:[A-Z0-9][\w\-\+\.]*[A-Za-z0-9\+]|[0-9](?![\w.])))*     # further capitalised words ("Speak & Improve 2025"; "NSC Part 2")
    )
    (?:\s+(?!(?:over|the|on|in|of|for|with|using|to|by|from|at|and|or|a|an)\b)(?:[a-z][\w\-]*|{ACRONYM})){0,3}?   # up to three lower-case words: "in-context learning" (not "GoogleNet over the ... dataset"); an acronym among them: "NOVA brain MRI benchmark"
    \s+(?P<head>(?i:{PHRASE_HEADS}))\b(?!-\w)(?!\s{1,3}(?:quer|system|manag|engine|schema|technolog|server|access|operation|design))  # singular: "VQA benchmarks" is a kind, not a name; "the MICHE-I Dataset" too
    """.replace("{PHRASE_HEADS}", _PHRASE_HEADS).replace("{ACRONYM}", _ACRONYM_IN_PHRASE),
    re.VERBOSE,
)

# the capital comes first and the lookbehind after it, so that the scan skips to capitals fast
_COINED_BENCH = re.compile(r"[A-Z](?<![\w\-][A-Z])(?:[A-Za-z0-9]{2,}(?:QA|Bench|bench|Eval|Arena|GLUE)|[a-z]+(?:QA|Bench|Eval|Arena)"
                           r"|[A-Za-z0-9]*\d[A-Za-z0-9]*-(?:Benchmark|Bench)|[a-z]{3,}(?:-[A-Za-z0-9]+)*-(?:Eval|Bench)(?![a-z])|[A-Z0-9]{1,5}-(?:Bench|Eval|Arena)(?![a-z])|[a-z]+[A-Z]+[a-z]*-(?:Bench|Eval|Arena)(?![a-z]))(?:[\-\.]?[A-Za-z0-9]+)*(?![\w\-])")   # ... or "Union14M-Benchmark", "Deepfake-Eval-2024", "AIR-Bench", "DynaCU-Bench"
# an acronym among the words between a name and its head word ("NOVA brain MRI benchmark")
_ACRONYM_WORD = re.compile(r"\b" + _ACRONYM_IN_PHRASE)
# every _PHRASE_BENCH match ends with one of these head words: it is searched only before them
_PHRASE_HEAD = re.compile(_PHRASE_HEADS)
# "the (compositional generalization) benchmark SCAN": a determiner, the head word, then a
# coined name (all capitals, or capitals inside); "we benchmark GPT-4" (a verb) has no determiner
_HEAD_WORD = re.compile(r"benchmark |dataset |corpus |database | set ")   # searched only around these
# ("on the public citrus image set CDD", "the Chinese corpus CCPM")
_HEAD_THEN_NAME = re.compile(r"\b(?:the|a|an|new|our)\s+(?:[\w\-]+\s+){0,3}?(?:benchmark|dataset|corpus|database|(?:image|data)\s+set)\s+(?P<name>[A-Z][A-Z0-9][\w\-]*|[A-Z][a-z]+[A-Z][\w\-]*)(?![\w\-])")
def sentence_initial(text: str, s: int) -> bool:
    """True when position s opens the text, a sentence or a clause after a colon."""
    before = text[max(0, s - 4):s].rstrip()
    return not before or before[-1] in ".!?:;"


def strong_name(name: str, text: str = "", start: int = -1) -> bool:
    """The higher bar a benchmark name found from phrasing alone must meet: a coined name
    (a digit, capitals inside, all capitals: MathBench, SCAN, Flores-101), or several
    capitalised words (Natural Questions); a single ordinary capitalised word only where
    it does not open a sentence ('Accordingly, the ... dataset', 'Evaluated on ...
    benchmark' are not names). Lower-case function words inside ('Less is More') fail."""
    words = name.split()
    if not words:
        return False
    if any(_looks_like_name(w) for w in words):
        return True
    if not all(w[0].isupper() or 0 < i < len(words) - 1 and w in ("of", "de") for i, w in enumerate(words)):
        return False   # ("University of Houston": "of" inside a name of capitalised words)
    if len(words) >= 2:
        return True
    return start < 0 or not sentence_initial(text, start)


_SUBSET_AFTER = re.compile(
    r"""^(?:
        -(?P<split>dev|devtest|test|val|valid|validation|train|hard|easy|lite|verified|diamond|main|extended)\b   # flores200-dev, GPQA-diamond
      | \s?\((?P<paren>[a-z][a-z \-]{2,30})\)                                                                  # IN22 (conversational)
      | \s(?P<word>Diamond|Verified|Lite|dev|devtest|test|validation)\b                                        # GPQA Diamond, SWE-bench Verified
    )""",
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def benchmark_lexicon() -> Lexicon[Benchmark]:
    spellings: dict[str, Benchmark] = {}
    exact: set[str] = set()
    for b in load_benchmarks():
        for s in b.spellings:
            spellings.setdefault(s, b)
            if b.case_sensitive:
                exact.add(s)
    return Lexicon(spellings, exact)


def is_benchmark_name(name: str) -> bool:
    """Whether the whole of name is a spelling of a vocabulary benchmark."""
    found = benchmark_lexicon().find(name)
    return bool(found) and found[0].start == 0 and found[0].end == len(name)


_CODED_VARIANT = re.compile(r"(?<![\w\-.])(?P<base>[A-Za-z][A-Za-z0-9]*[A-Za-z0-9])-(?P<code>(?!XXL|XL)[A-Z]{2,3})(?![\w\-])")   # (not a size: "MIND-XL")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# (not data or an evaluation: "breast ultrasound images (BUSI)", "speaker recognition evaluation (SRE)" name them)
# words for data or an evaluation: a term in brackets after them names a dataset, not a coined term
_DATA_WORDS = (r"images?|data|datasets?|databases?|benchmarks?|corpus|corpora|scans|videos?|recordings|sets?|collection|evaluations?"
               r"|challenges?|competitions?|tasks?|suite|archive|bank|cohort|study|leaderboard|shared")
_TERM_BEFORE_BRACKET = re.compile(r"\b[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,3}\s+(?!(?:" + _DATA_WORDS + r")\b)[a-z][a-z\-]+\s*\(\s*$")


def _defined_as_term(text: str, acr: str, entry=None) -> bool:
    """'synthetic image detection (SID)': the abstract defines the acronym as a term of its own (lower-case
    words before it in brackets), so the benchmark of the vocabulary with that short name is not meant."""
    for written in ("(" + acr + ")", "(" + acr + "s)"):   # ("synthetic image detectors (SIDs)")
        at = text.find(written)
        if at > 0 and _TERM_BEFORE_BRACKET.search(text, max(0, at - 60), at + 1) is not None:
            return True
        if at > 0 and entry is not None and _spelled_term(text[max(0, at - 80):at], acr, entry):
            return True
    return False


# the parts of a method: "a novel LAMA loss", "the MathSpeech model" (a name before one names that part)
METHOD_PART_WORDS = (r"loss(?:es)?|module|block|layer|mechanism|regulari[sz]er|head|branch|encoder|decoder|objective|model"
                     r"|normali[sz]ation|initiali[sz]ation|weights|checkpoints?|statistics")
_EXPANSION_WORD = re.compile(r"[A-Za-z][\w\-]*")
# the last word of a coined term for a part of a method ("Spatial Difference Discriminator")
_PART_WORD = re.compile(r"(?i:" + _SYSTEM_NOUNS + r"|(?:" + METHOD_PART_WORDS + r")s?"
                        r"|discriminators?|nets?|attention|fusion|units?|adapters?|transformers?|extractors?|aggregators?|strateg(?:y|ies))$")
_DATA_WORD = re.compile(r"(?i:" + _DATA_WORDS + r")$")


def _spelled_term(before: str, acr: str, entry) -> bool:
    """'a prior-driven Spatial Difference Discriminator (SDD)': capitalised words right before the
    bracket spell the acronym's letters, the last a part of a method and none a word for data, so the
    abstract coins a term (a module, a method); the benchmark of the vocabulary with that short name is not meant (unless
    the words are one of that benchmark's own spellings)."""
    words = _EXPANSION_WORD.findall(before)[-len(acr):]
    if len(words) != len(acr) or not all(w[0].isupper() for w in words) \
            or "".join(w[0] for w in words).upper() != acr.upper() or any(_DATA_WORD.match(w) for w in words) \
            or not _PART_WORD.match(words[-1]):
        return False
    spelled = " ".join(words).lower()
    return spelled not in {a.lower() for a in (entry.name, *entry.aliases)}


_SPLIT_OF = re.compile(r"(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])\s+(?:split|subset)\s+of\s+(?:the\s+)?(?P<parent>[A-Z][\w\-\.]*[A-Za-z0-9])")
_STEM_SCORE = re.compile(r"(?<![\w\-])(?P<stem>[A-Z][A-Za-z0-9]{1,12})\s+scores?\b")


@lru_cache(maxsize=1024)
def _bench_of_stem(stem: str) -> Benchmark | None:
    """The known benchmark a stem abbreviates: 'DPG' -> DPG-Bench (also 'DPGBench', 'DPG Bench')."""
    index = benchmark_index()
    return next((index[k] for k in (stem.lower() + "-bench", stem.lower() + "bench", stem.lower() + " bench") if k in index), None)


def _bench_from_entry(start: int, end: int, b: Benchmark, text: str) -> BenchHit:
    subset = None
    m = _SUBSET_AFTER.match(text[end:end + 40])
    if m:
        subset = (m.group("split") or m.group("paren") or m.group("word")).strip().lower()
        end += m.end() if m.group("split") else 0
    name = b.name
    version = _WRITTEN_VERSION.search(text, start, end)
    if version is not None and version.end() == end and not _HAS_VERSION.search(b.name):
        name = f"{b.name}-v{version.group(1)}"   # "DOTA-v1.5" written for the vocabulary's DOTA: that version
    return BenchHit(start, end, name, True, b.category, b.metric, subset)


_WRITTEN_VERSION = re.compile(r"[\s\-]?v(\d+(?:\.\d+)?)")
_HAS_VERSION = re.compile(r"\d")   # (a name with its own number, "SQuAD 2.0", keeps it)


# a version after a benchmark: "AlpacaEval_{2.0}" (LaTeX), "SQuAD 1.1 and 2.0" (a second version)
_VERSION_AFTER = re.compile(r"(?P<sep>\s*(?:and|or|,|/)\s*|\s*_\{|\s+)(?P<ver>v?\d+(?:\.\d+)?)(?!\w|\.\d)")


# (one lower-case word may come between: "on paraphrased Spider queries")
_BENCH_SLOT_BEFORE = re.compile(r"(?:\b(?:on|in|across|over|and|of|for)|[,(/])\s*(?:the\s+)?(?:[a-z][a-z\-]+\s+)?$")
_BENCH_HEAD_AFTER = re.compile(r"^\s*(?:dataset|benchmark|test\s+set|corpus|leaderboard|challenge|task|quer(?:y|ies)|questions?|problems?|split|subset)s?\b|^\s*[,)/]|^\s+and\b", re.IGNORECASE)


_CAPS_RUN = re.compile(r"[A-Z]{3,}")


def miscased_name(written: str, entry) -> bool:
    """A vocabulary name matched case-insensitively but written in a case none of its spellings
    has, so another word or name: an acronym (LSUN, MMLU, COCO) written as an ordinary word, one
    capital at most ('Lsun', a unit of solar luminosity; 'Pascal VOC', 'BraTS' keep capitals of
    their own); or a name with an acronym glued inside (SuperGLUE, MultiWOZ) written with capitals
    of its own but that acronym recased ('SuperGlue', a feature matcher)."""
    low = written.lower()
    same = [sp for sp in (entry.name, *entry.aliases) if sp.lower() == low]
    if not same or written in same:
        return False
    letters = [c for c in written if c.isalpha()]
    if len(letters) >= 2 and sum(c.isupper() for c in letters) <= 1:
        # rejected only when every spelling it folds onto is written in capitals (BraTS/BRATS: kept)
        return all(all(c.isupper() for c in sp if c.isalpha()) for sp in same)
    if sum(c.isupper() for c in written) < 2 or not any(c.islower() for c in written) or " " in written:
        return False
    # the acronym glued to another piece of one word ("Super" + "GLUE"), recased in the written word
    return all(any(written[m.start():m.end()] != m.group() and (m.start() > 0 and sp[m.start() - 1].isalpha() or m.end() < len(sp) and sp[m.end()].isalpha())
                   for m in _CAPS_RUN.finditer(sp)) for sp in same)


_TITLED_WORD_AFTER = re.compile(r" [A-Z][a-z]{2,}\b")


def _weak_name_out_of_context(text: str, h) -> bool:
    """A benchmark named by an ordinary capitalised word (Traffic, Weather, Reddit, PubMed)
    counts only where a benchmark can stand: after on/in/across or in a list, or before
    'dataset'/'benchmark'. 'Reddit posts' or a sentence opening with 'Weather' is not one."""
    word = h.text
    if not (h.entry.case_sensitive and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False  # only names that are ordinary words (case-sensitive entries) need the context
    before = text[max(0, h.start - 20):h.start]
    after = text[h.end:h.end + 20]
    if _TITLED_WORD_AFTER.match(after) and not _BENCH_HEAD_AFTER.match(after):
        return True   # "in Traffic Accidents tasks": the first word of a longer title, not the benchmark
    return not (_BENCH_SLOT_BEFORE.search(before) or _BENCH_HEAD_AFTER.match(after))


def _version_after(text: str, h: BenchHit) -> BenchHit | None:
    """A hit for the version written after a benchmark name, when that versioned name
    is in the vocabulary, or when the benchmark is one the vocabulary lists in versions."""
    m = _VERSION_AFTER.match(text, h.end)
    if not m:
        return None
    base = re.sub(r"[\s\-_]*v?\d+(?:\.\d+)?$", "", text[h.start:h.end])
    spellings = benchmark_lexicon()
    found = spellings.find(f"{base} {m.group('ver')}")
    if not found or found[0].start != 0 or found[0].end != len(base) + 1 + len(m.group("ver")):
        # a version the vocabulary does not list, of a benchmark it lists in several versions
        # ("MultiWOZ 2.4", "BraTS 2024"): the same benchmark, and the number is no result
        own = spellings.find(base)
        if not (own and own[0].start == 0 and own[0].end == len(base)) or m.group("sep").strip():
            return None
        e = own[0].entry
        if _SMALL_VERSION.fullmatch(m.group("ver")) and any(
                _HEAD_SOON.match(text, o.end()) for o in re.finditer(re.escape(text[h.start:m.end("ver")]) + r"(?!\w|\.\d)", text)):
            # "the MVTec AD 2 benchmark" (anywhere in the abstract), "the SLAKE 1.0 medical VQA
            # (MedVQA) dataset": a later version of a listed benchmark, named as a dataset; another
            # benchmark than the listed one
            return BenchHit(h.start, m.end("ver"), f"{e.name} {m.group('ver')}", False, e.category, e.metric)
        if not (e.name in versioned_benchmarks() and _NEW_VERSION.fullmatch(m.group("ver"))):
            return None
        found = own
    b = found[0].entry
    if m.group("sep").strip() in ("and", "or", ",", "/"):
        return BenchHit(m.start("ver"), m.end("ver"), b.name, True, b.category, b.metric)
    return BenchHit(h.start, m.end("ver"), b.name, True, b.category, b.metric)


# "another MedVQA dataset": a kind of dataset; "X medical VQA (MedVQA)": X's short name
_A_KIND_OF = re.compile(r"\b(?:another|other|an?|the\s+(?:first|largest|only))\s+(?!(?:sub-?set|subset|portion|part|split)\s+of\b)(?:[a-z][\w\-]*\s+){0,2}$", re.IGNORECASE)   # "a multiclass MRI dataset", "the first comprehensive RGBA benchmark"
_BRACKETED_AFTER = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?\(\s*")
# a small version number (2, 1.0, v3) ... followed soon by the head word of a dataset's name
_SMALL_VERSION = re.compile(r"v?\d(?:\.\d)?")
_HEAD_SOON = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[A-Za-z][\w\-]*\s+){0,3}?(?:\([^()]{0,40}\)\s*)?"
                        r"(?:benchmark|dataset|data\s+set|challenge|leaderboard|test\s+set)s?\b")
# a version-like number: one digit, a dot and one digit (2.4), or a year (2024); not a score
_NEW_VERSION = re.compile(r"v?\d\.\d|(?:19|20)\d\d")
_YEAR_ALIAS = re.compile(r"[\s\-_]?(?:" + _NEW_VERSION.pattern + ")$")   # a spelling that ends with one
# a name with a year glued to it: "BraTS2024", "DCASE2023"
_GLUED_YEAR = re.compile(r"(?<![\w\-])(?P<base>[A-Za-z][A-Za-z\-]*[A-Za-z])(?P<year>(?:19|20)\d\d)(?![\w\-])")


@lru_cache(maxsize=1)
def versioned_benchmarks() -> frozenset[str]:
    """Benchmarks the vocabulary lists in more than one version or year (MultiWOZ 2.0/2.1/2.2,
    BraTS 2018-2023): a version it does not list yet still names the same benchmark."""
    out = set()
    for b in load_benchmarks():
        # not one whose canonical name holds its version: AIME 2024 and AIME 2025 are two tests
        if not _YEAR_ALIAS.search(b.name) and not re.search(r"\d$", b.name) \
                and sum(1 for s in b.spellings if _YEAR_ALIAS.search(s)) >= 2:
            out.add(b.name)
    return frozenset(out)


_DIGIT = re.compile(r"\d")


def _glued_years(text: str) -> list[BenchHit]:
    """'BraTS2024': a versioned benchmark with a year glued to its name."""
    if _DIGIT.search(text) is None:
        return []
    hits = []
    spellings = benchmark_lexicon()
    for m in _GLUED_YEAR.finditer(text):
        found = spellings.find(m.group("base"))
        if found and found[0].start == 0 and found[0].end == len(m.group("base")) and found[0].entry.name in versioned_benchmarks():
            b = found[0].entry
            hits.append(BenchHit(m.start(), m.end(), b.name, True, b.category, b.metric))
    return hits


@lru_cache(maxsize=1)
def _mined_names() -> frozenset[str]:
    """The vocabulary's names mined from listings (schema/mine_benchmarks.py), not written by hand."""
    return frozenset(b.name for b in load_benchmarks() if b.source.startswith("mined from"))


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,10})\)")


_SPLIT_WORD_AFTER = re.compile(r"\s+splits?\b")   # (not "subset": "a 130-task UltraDomain subset" is one of UltraDomain)


def find_benchmarks(text: str, lowered: str, own: list[str]) -> list[BenchHit]:
    """Benchmarks named in text: vocabulary, the paper's own, then phrasing."""
    # a name written all in lower-case letters is an ordinary word ("multiple"), not a benchmark,
    # unless the vocabulary lists that spelling as case-sensitive ("xbench")
    vocab = [_bench_from_entry(h.start, h.end, h.entry, text) for h in benchmark_lexicon().find(text, lowered)
             if not (h.text.isalpha() and h.text.islower() and not h.entry.case_sensitive) and not _weak_name_out_of_context(text, h)
             and not miscased_name(h.text, h.entry) and (not _LONGER_TOKEN.match(text, h.end) or _VERSION_GLUED.match(text, h.end))
             and not _GLUED_PREFIX.search(text, max(0, h.start - 8), h.start)
             # "a novel LAMA loss": a name followed by a part of a method names that part, not the benchmark
             and not _METHOD_PART_AFTER.match(text, h.end)
             # "SenseNova-MARS-32B": a piece glued inside a longer hyphenated name on both sides
             and not (h.start > 0 and text[h.start - 1] == "-" and text[h.end:h.end + 1] == "-" and text[h.start - 2:h.start - 1].isalnum())]
    # "DFDC-Preview", "MMLongBench-Doc", "BraTS-Africa": a capitalised word glued after a name of the
    # vocabulary makes another benchmark, named in full (not the vocabulary's)
    # ("DOTA-v1.0", "DOTA-v1.5": a version glued to a name of the vocabulary names that version)
    vocab = [BenchHit(h.start, x.end(), text[h.start:x.end()], False, None, None)
             if (x := _CAPITAL_WORD_AFTER.match(text, h.end) or _VERSION_GLUED.match(text, h.end)) else h
             for h in vocab]
    # "a DPG score of 86.7": the stem of a known "<stem>-Bench" names it before "score"
    for m in (_STEM_SCORE.finditer(text) if " score" in lowered else ()):
        if m.group("stem").lower() not in _STOP_NAMES and (b := _bench_of_stem(m.group("stem"))) and not any(v.start < m.end("stem") and m.start() < v.end for v in vocab):
            vocab.append(BenchHit(m.start("stem"), m.end("stem"), b.name, True, b.category, b.metric))
    vocab = sorted(vocab + [h for h in _glued_years(text) if not any(v.start < h.end and h.start < v.end for v in vocab)],
                   key=lambda h: h.start)
    known = {h.name.lower() for h in vocab}
    hits: list[BenchHit] = []
    taken = SpanSet()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    # one name of several words before a plural head word: "on the Southeast University datasets"
    for m in finditer_near(_ONE_NAME_DATASETS, text, _PLURAL_HEAD, before=80, after=2):
        s, e = m.start("name"), m.end("name")
        if not any(v.start < e and s < v.end for v in vocab) and not registry_family(m.group("name").split()[0]):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    for m in finditer_near(_NAME_THEN_DATA_SIZE, text, _DATA_SIZE_ANCHOR, before=80, after=2):
        s, e, name = m.start("name"), m.end("name"), m.group("name")
        words = name.split()
        if any(v.start < e and s < v.end for v in vocab) or registry_family(words[0]) or name.lower() in _STOP_NAMES \
                or words[0].lower() in _STOP_NAMES or _is_metric_name(name) or not (len(words) > 1 or _looks_like_name(name)) \
                or _NAME_GOES_BACK.search(text, max(0, s - 30), s):
            continue   # (not the tail of a longer name: "the RSNA 2023 Breast Cancer Detection Challenge (11,913 patients)")
        hits.append(BenchHit(s, e, name, False, None, None))
        taken.add(s, e)
    # names of several words that a plural head word lists ("datasets: UCI Seizure EEG, MIT-BIH
    # Arrhythmia, and PTB Diagnostic ECG", "on CASIA-B, SZU RGB-D, OU-MVLP, and Gait3D datasets")
    # before the vocabulary: "PTB Diagnostic ECG" is not "PTB"
    heads_then_list = list(finditer_near(_HEADS_THEN_LIST, text, _PLURAL_HEAD, before=2, after=200))
    for m in [*heads_then_list, *finditer_near(_MULTI_LIST_THEN_HEADS, text, _PLURAL_HEAD, before=200, after=2)]:
        for item in _LIST_ITEM_MULTI.finditer(m.group("list")):
            name = item.group(0)
            s, e = m.start("list") + item.start(), m.start("list") + item.end()
            if " " in name and not any(v.start == s and v.end == e for v in vocab) and strong_name(name, text, s) \
                    and not registry_family(name.split()[0]) and not any(_is_metric_name(w) for w in name.split()):
                hits.append(BenchHit(s, e, name, False, None, None))
                taken.add(s, e)
    # a title-cased name with its head word inside, then its acronym: "the Large-Scale Cloud Images
    # Dataset for Meteorology Research (LSCIDMR)": the acronym names it, wherever it is written
    titled = []
    for m in [*finditer_near(_TITLED_DATASET, text, _TITLED_HEAD, before=120, after=80),
              *finditer_near(_ACRONYM_THEN_TITLED, text, _TITLED_HEAD, before=40, after=80),
              *(_TITLED_ACRONYM_HEAD.finditer(text) if ") " in text else ())]:
        acr = m.group("acr")
        titled.append((m.start(), m.end(), acr))
        if acr.lower() in known or acr.lower() in _STOP_NAMES:
            continue
        for s, e in find_word(text, acr):
            if free(s, e):
                hits.append(BenchHit(s, e, acr, False, None, None))
                taken.add(s, e)
    # a benchmark of the vocabulary with a language or variant code glued on: "SQuAD-BR" (the Brazilian
    # Portuguese translation of SQuAD), "COCO-CN": a benchmark of its own, not the original
    for m in (_CODED_VARIANT.finditer(text) if "-" in text else ()):
        if free(m.start(), m.end()) and is_benchmark_name(m.group("base")) and not is_benchmark_name(m.group(0)):
            hits.append(BenchHit(m.start(), m.end(), m.group(0), False, None, None))
            taken.add(m.start(), m.end())
    # the paper's own benchmarks first: "HumanEval Pro" is not "HumanEval"
    for name in sorted(own, key=len, reverse=True):
        if name.lower() in known:
            continue
        # (with a variant's capitalised suffix: "WorldPrediction-WM" and "WorldPrediction-PP")
        for s, e in find_word(text, name, _VARIANT_SUFFIX):
            if free(s, e):
                hits.append(BenchHit(s, e, text[s:e], False, None, None))
                taken.add(s, e)
    for h in vocab:
        if h.name in _mined_names() and any(a <= h.start and h.end <= b and text[h.start:h.end] != acr for a, b, acr in titled):
            # "the WikiArt Influence Benchmark-100 (WIB-100)": the titled name's acronym names it (a
            # mined name only: those of the hand-written vocabulary are known to stand on their own)
            continue
        if free(h.start, h.end):
            ver = _version_after(text, h)
            if ver is not None and ver.start == h.start:
                h = ver  # "AlpacaEval_{2.0}": one longer name
            hits.append(h)
            taken.add(h.start, h.end)
            if ver is not None and ver.start > h.start and free(ver.start, ver.end):
                hits.append(ver)  # "SQuAD 1.1 and 2.0": a second benchmark
                taken.add(ver.start, ver.end)
    # an acronym the abstract gives a benchmark of the vocabulary names it wherever it is written:
    # "Using the nuScenes and Argoverse 2 (AV2) datasets ... In AV2, ..."
    for h in [v for v in hits if v.known]:
        given = _ACRONYM_AFTER.match(text, h.end)
        if given is None or given.group("acr").lower() in known or given.group("acr").lower() in _STOP_NAMES:
            continue
        for s, e in find_word(text, given.group("acr")):
            if free(s, e):
                hits.append(BenchHit(s, e, h.name, True, h.category, h.metric))
                taken.add(s, e)
    # coined names listed with a benchmark of the vocabulary where results are reported: "on
    # ScanRefer and Nr3D", "CUHK-PEDES, RSTPReid and ICFG-PEDES" (a list closed by "and")
    if vocab:
        for m in _COINED_LIST.finditer(text):
            items = [(m.start() + i.start(), m.start() + i.end()) for i in _COINED_ITEM.finditer(m.group(0))]
            if not any(any(v.start == a and v.end == b for v in vocab) for a, b in items):
                continue
            if not (_LIST_OPENER.search(text, max(0, m.start() - 12), m.start()) or _LIST_HEAD_AFTER.match(text, m.end())):
                continue
            for a, b in items:
                if free(a, b) and _coined_place(text[a:b]):
                    hits.append(BenchHit(a, b, text[a:b], False, None, None))
                    taken.add(a, b)
    for m in (_EVALUATED_ON_COINED.finditer(text) if " on " in text else ()):
        for i in _COINED_ITEM.finditer(m.group("list")):
            a, b = m.start("list") + i.start(), m.start("list") + i.end()
            if free(a, b) and _coined_place(text[a:b]):
                hits.append(BenchHit(a, b, text[a:b], False, None, None))
                taken.add(a, b)
    # coined names listed right after a plural head word: "on two popular benchmarks NPLIB1 and MassSpecGym"
    for m in finditer_near(_HEAD_THEN_COINED, text, _PLURAL_HEAD, before=2, after=120):
        for i in _COINED_ITEM.finditer(m.group("list")):
            a, b = m.start("list") + i.start(), m.start("list") + i.end()
            if free(a, b) and _looks_like_name(text[a:b]) and _coined_place(text[a:b]) and not registry_family(text[a:b]):
                hits.append(BenchHit(a, b, text[a:b], False, None, None))
                taken.add(a, b)
    for m in finditer_near(_HEAD_THEN_BRACKET_LIST, text, _PLURAL_HEAD, before=2, after=160):
        for i in _BRACKET_LIST_NAME.finditer(m.group("list")):
            a, b = m.start("list") + i.start("name"), m.start("list") + i.end("name")
            name = text[a:b]
            if free(a, b) and not registry_family(name) and name.lower() not in _STOP_NAMES and not _is_metric_name(name) \
                    and not _HARDWARE_OR_UNIT.search(name):
                hits.append(BenchHit(a, b, name, False, None, None))
                taken.add(a, b)
    # coined names that say what they are: JDocQA, MathBench, CodeEval, WildArena
    for m in _COINED_BENCH.finditer(text):
        if free(m.start(), m.end()) and not registry_family(m.group(0)):
            hits.append(BenchHit(m.start(), m.end(), m.group(0), False, None, None))
            taken.add(m.start(), m.end())
    # "Pencil Puzzle Bench", "DeepResearch Bench": capitalised words, then the word "Bench" (a name's own word)
    for m in (_TITLED_BENCH.finditer(text) if " Bench" in text else ()):
        words = m.group("name").split()
        while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
            words.pop(0)
        s = m.end("name") - len(" ".join(words)) if len(words) > 1 else -1
        if s >= 0 and text[s:m.end("name")] == " ".join(words) and free(s, m.end("name")) and not registry_family(words[0]) \
                and words[0].lower() not in _STOP_NAMES and not (len(words) == 2 and sentence_initial(text, s) and not _looks_like_name(words[0])):
            hits.append(BenchHit(s, m.end("name"), " ".join(words), False, None, None))
            taken.add(s, m.end("name"))
    # (after=16: the pattern looks up to 3 spaces and a word's first 9 letters past its head word)
    for m in finditer_near(_PHRASE_BENCH, text, _PHRASE_HEAD, before=240, after=16, anchor_text=lowered):
        name = _GLUED_AMPERSAND.sub("&", m.group("name").strip(" .-"))
        if name.lower() in _STOP_NAMES and not (name.isupper() and len(name) >= 4) or not re.search(r"[A-Za-z]", name) or len(name) < 2:
            continue   # ("the SECOND benchmark": a name in capitals is no ordinary word)
        words = name.split()
        while words and (words[0].lower() in _LEADING_WORDS or len(words) > 1 and _COUNT_COMPOUND.fullmatch(words[0])
                         and _COINED_WORD.search(words[1])):
            # ("a curated 51-instance Seed2Frontier evaluation set": a count of items before a coined name; not "a
            # 1526-hour AVSR dataset", "a 120-query Wikipedia-passage benchmark": what the data is for or made of)
            words.pop(0)
        if not words or all(w.lower() in _STOP_NAMES and not (w.isupper() and len(w) >= 4) for w in words):
            continue
        name = " ".join(words)
        if m.start("name") > 0 and text[m.start("name") - 1] == "/" and _ACRONYM_WORD.search(text, m.end("name"), m.start("head")):
            continue   # ("the IQ-OTH/NCCD lung cancer CT dataset": the end of a name joined by a slash, before an acronym among the words)
        if re.fullmatch(r"\d+(?:\.\d+)?[KkMBT]?|\d[Dd]", name):
            continue   # "Field Boundary Instance Segmentation - 22M dataset (FBIS-22M)": a size, not a name; "the 3D ... cohort": a dimension;
            # "Across 13 benchmark scenes": a count left when the opening word goes, not a name
        if _ADJECTIVE_WORD.fullmatch(name) or _COUNT_COMPOUND.fullmatch(name):
            # ("the official 630-image test set": a count of items, not a name)
            continue  # "The Large-scale dataset", "a Fine-grained benchmark": an adjective, not a name
        if registry_family(words[0]) and (resolve(name) is not None or not re.fullmatch(r"\s+", text[m.end("name"):m.start("head")])):
            continue  # "Gemini Ultra ... benchmark": a model, not a benchmark (but "the OPT-RSVG testset" names the testset)
        # (where the name is written: "Drive&Act" stands for "Drive &Act" in the cleaned text)
        # (words joined by one space here may stand apart by several in the text, where LaTeX was)
        at = re.search(re.escape(name).replace("\\ ", "\\s+").replace("\\&", "[\\\\ ]?&"), m.group("name"))
        if at is None:
            continue
        s, e = m.start("name") + at.start(), m.start("name") + at.end()
        if _UNNAMED_OWN_DATA.search(text, max(0, s - 30), s):
            continue   # "a home-made FB dataset", "our in-house X dataset": not a public evaluation
        if m.group("head").islower() and _describes_named(text, m.start("head") - 1):
            continue   # "the SAR VQA benchmark SARLANG-Bench": the words before the head word say what the named one is
        if m.group("head")[0].isupper() and (re.match(r"\s?\(", text[m.end():m.end() + 2])
                                             or any(a <= m.start("head") < b for a, b, _ in titled)):
            continue   # "the Brain Tumor Segmentation Challenge (BraTS)": the short name in brackets names it
        if _A_KIND_OF.search(text, max(0, s - 40), s) and not (len(words) >= 2 and any(re.fullmatch(r"[A-Z][A-Za-z\-]*\d+[A-Za-z0-9\-]*", w) for w in words)):
            continue   # "another MedVQA dataset", "a VQA benchmark": a kind of dataset, not one's name
            # (a name of several words, one a capitalised word with a digit, is one: "a spatially-augmented Galaxy10 DECals dataset")
        if m.group("head") == "corpus" and len(words) == 1 and not _looks_like_name(name):
            continue   # "the same mixed-language Twitter corpus", "a Department of Transportation corpus": a source, not a named corpus
            # (a capitalised head is part of the name: "the Androids Corpus")
        # the higher bar of a name known from phrasing alone; an ordinary word needs its head
        # word right after it ("the Pile dataset"), not a few words on ("Named Entities in a dataset")
        if not strong_name(name, text, s) or not any(_looks_like_name(w) for w in words) \
                and not re.match(r"\s+" + re.escape(m.group("head")), text[e:m.end()]):
            continue
        if free(s, e):
            hits.append(BenchHit(s, e, name, False, None, None))
            taken.add(s, e)
    # an event named by a series and its year: "the NLPAI4Health 2025 shared task", "DCASE 2023 Task 4"
    # (after the phrase names: "the MaCVi 2026 Vision-to-Chart data association challenge" keeps its longer name)
    for s, e, name in event_names(text):
        # (not the event a rank was won in, nor the one a dataset came from: "0.8616 on the MOSE test set
        # ... securing the 2nd place in the LSVOS 2025 VOS Track", "the Word Presence Prediction dataset
        # from the WSLP 2025 shared task")
        if not free(s, e):
            continue
        if not _EVENT_RANK_BEFORE.search(text, max(0, s - 60), s) \
                and not any(0 <= s - h.end <= 30 and _EVENT_SOURCE_BEFORE.match(text, h.end, s) for h in hits + vocab):
            hits.append(BenchHit(s, e, name, False, None, None))
        taken.add(s, e)   # (a rejected place is no benchmark either when the name is found again elsewhere)
    # a coined name right after a result: "60.0% on HM3D-OVON, 54.7% on MP3D-EQA"
    for m in finditer_near(_VALUE_ON_NAME, text, _DIGIT_ON, before=40, after=40):
        name = m.group("name")
        s, e = m.start("name"), m.end("name")
        if free(s, e) and (strong_name(name, text, s) and (any(_looks_like_name(w) for w in name.split()) or " " in name
                                                             or _listed_value_on(text, m))) and not registry_family(name.split()[0]) \
                and name.lower() not in _STOP_NAMES and not _is_metric_name(name) and not _HARDWARE_OR_UNIT.search(name) \
                and not _SIZE_VARIANT_END.search(name) and not _SPEED_BEFORE.search(m.group(0)) and not _ITEMS_ON.search(m.group(0)) \
                and not _describes_named(text, e):
            hits.append(BenchHit(s, e, name, False, None, None))
            taken.add(s, e)
    # "20% absolute trajectory error reduction on ICL-NUIM", "0.910 and 0.946 macro Pearson correlation
    # with dense cosine scores on STS17 and STS22": a coined name after a longer run of words that
    # names the metric (a metric's name among them; _NOT_THE_PLACE_BETWEEN: not where a model was trained or run)
    for m in _VALUE_METRIC_ON_NAME.finditer(text):
        between = m.group("between")
        if _NOT_THE_PLACE_BETWEEN.search(between) or not any(_is_metric_name(w) for w in _metric_spans(between)):
            continue
        for key in ("name", "name2"):
            s, e = m.span(key)
            if s >= 0 and free(s, e) and _coined_place(m.group(key)) and not _MODEL_KIND.search(m.group(key)):
                hits.append(BenchHit(s, e, m.group(key), False, None, None))
                taken.add(s, e)
    for m in finditer_near(_ON_NAME_VALUE, text, _ON_NAME_ANCHOR, before=0, after=120):
        key = "name" if m.group("name") else "name2" if m.group("name2") else "name3"
        name, metric = m.group(key), (m.group("metric") or m.group("metric2") or "").strip()
        s, e = m.start(key), m.end(key)
        if free(s, e) and _coined_place(name) and not _MODEL_KIND.search(name) \
                and (key != "name2" and not metric or any(_is_metric_name(w) for w in _metric_spans(metric))):
            hits.append(BenchHit(s, e, name, False, None, None))
            taken.add(s, e)
    # "on the public LIDC-IDRI dataset and a self-collected clinical dataset (USTC-FHLN)": a coined name in
    # brackets right after data the text describes names that data
    for m in (finditer_near(_DESCRIBED_DATA_NAMED, text, _DATA_HEAD_BRACKET, before=120, after=40) if "(" in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _coined_place(m.group("name")) and not _MODEL_KIND.search(m.group("name")) \
                and not _TRAINING_NEAR.search(text, max(0, m.start() - 60), min(len(text), e + 20)):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "Zero-shot experiments on THINGS-EEG achieve 66.0%": a coined name the experiments ran on
    for m in (_EXPERIMENTS_ON_NAME.finditer(text) if _FINDINGS_OR_RESULT_VERB.search(text) else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _looks_like_name(m.group("name")) and strong_name(m.group("name"), text, s) \
                and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "In a zero-shot evaluation on T-IC13, it surpasses ...": a coined name an evaluation ran on, then a comma
    for m in (_EVALUATION_ON_NAME_COMMA.finditer(text) if " on " in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _coined_place(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "In Abdomen1K, RAMP improved mean corrupted Dice from 0.633 to 0.789": a name with digits
    # after a sentence-opening "In", then a comma, in a sentence with a value
    for m in (_IN_DIGIT_NAME_COMMA.finditer(text) if "In " in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and sentence_initial(text, m.start()) and _coined_place(m.group("name")) \
                and re.search(r"\d", text[m.end():m.end() + 160]) and not _SIZE_FIRST_NAME.match(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "On TransCoder, it achieves >= 90%": a coined name after a sentence-opening "On", then a comma
    for m in _ON_NAME_COMMA.finditer(text):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and (sentence_initial(text, m.start()) or text[m.start()] == "o") and _looks_like_name(m.group("name")) \
                and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")) \
                and not _HARDWARE_OR_UNIT.search(m.group("name")):   # ("On H200, our recursive FP64 SYRK achieves")
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "on Reasoning-Gym, a suite of reasoning-intensive language tasks": a name set in apposition with a benchmark word
    for m in (_NAME_APPOSITION_BENCH.finditer(text) if ", a" in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _coined_place(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "On the more complex Leduc Poker domain, ...": a sentence opening on a named domain, environment or game
    for m in (_ON_NAMED_DOMAIN.finditer(text) if "On " in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and sentence_initial(text, m.start()) and strong_name(m.group("name"), text, s) \
                and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")) \
                and m.group("name").split()[0].lower() not in _STOP_NAMES:
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    for m in (_IN_NAMED_SCENARIO.finditer(text) if "In the " in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and sentence_initial(text, m.start()) and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "strong results on WISE-V (0.907) and MindBench (0.61)": a coined name, then its value in brackets
    for m in (_ON_NAME_BRACKETED_VALUE.finditer(text) if " (" in text else ()):
        s, e = m.start("name"), m.end("name")
        if not m.group(0).startswith("on") and _COMPARISON_OPENS_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue   # "higher than that of human experts (48%) and B-SOiD (58.43%)": compared systems
        if m.group(0)[0] in "is" and not _DATASETS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue   # "across benchmarks, including Sudoku-Extreme (87.4% to 98.75%)", not "models, such as KD-Light (25 KB, ...)"
        if free(s, e) and _looks_like_name(m.group("name")) and strong_name(m.group("name"), text, s) \
                and not _TASK_ACRONYM.fullmatch(m.group("name")) \
                and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "45.96% on DOTA-v1.0/DOTA-v1.5/DIOR/STAR/RSAR": a slash list of names with one of the
    # vocabulary; and "SYSU-CD (IoU 73.81%), WHUCD (92.05%), MSRSCD (64.07%)": names, each with
    # its value in brackets, listed with one of the vocabulary
    for pattern, sep in ((_SLASH_NAMES, "/"), (_BRACKETED_VALUE_NAMES, "(")):
        for m in (pattern.finditer(text) if sep in text else ()):
            if sep == "(" and not _DATASETS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue   # ("CNN, LSTM, and Bi-LSTM (F1-scores: 0.94)": models with their values)
            items = [(m.start("list") + i.start(), m.start("list") + i.end()) for i in _LIST_ITEM.finditer(m.group("list"))
                     if sep == "/" or _VALUE_IN_BRACKETS.match(m.group("list"), i.end())]
            if not any(v.start <= a and b <= v.end or a <= v.start < b for v in vocab for a, b in items):
                continue
            for a, b in items:
                name = text[a:b]
                if free(a, b) and not any(v.start < b and a < v.end for v in vocab) and _looks_like_name(name) \
                        and not registry_family(name) and not _is_metric_name(name) and name.lower() not in _STOP_NAMES:
                    hits.append(BenchHit(a, b, name, False, None, None))
                    taken.add(a, b)
    # "by 3.6% in GSM8K, 2.6% in MATH500, 18.4% in Countdown and 27.0% in Sudoku": names after
    # '% in' in a list where one of them is of the vocabulary
    in_hits = list(_VALUE_IN_NAME.finditer(text)) if "% in " in text else []
    for m in in_hits:
        s, e = m.start("name"), m.end("name")
        near_known = any(abs(o.start() - m.start()) < 150 and any(v.start == o.start("name") for v in vocab) for o in in_hits if o is not m)
        if near_known and free(s, e) and not any(v.start < e and s < v.end for v in vocab) and strong_name(m.group("name"), text, s) \
                and not registry_family(m.group("name")) and not _is_metric_name(m.group("name")) and m.group("name").lower() not in _STOP_NAMES:
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "improving SynLogic by +5.2, BBEH by +1.4, AIME25 by +3.0, and Brumo25 by +3.7": names, each before its change
    for m in (_BY_LIST.finditer(text) if " by " in text else ()):
        for item in _BY_ITEM.finditer(m.group("list")):
            s, e = m.start("list") + item.start("name"), m.start("list") + item.end("name")
            name = item.group("name")
            if free(s, e) and _looks_like_name(name) and not registry_family(name) and not _is_metric_name(name) \
                    and not _EFFICIENCY_NAME.fullmatch(name) and not _HARDWARE_OR_UNIT.fullmatch(name):
                hits.append(BenchHit(s, e, name, False, None, None))
                taken.add(s, e)
    # a coined name as the place of an evaluation: "On eight AID classes (...), DViT achieves",
    # "evaluation on a three-class SIRI-WHU subset"
    for m in finditer_near(_EVAL_ON_NAME, text, _EVAL_ON_ANCHOR, before=60, after=0):
        name = m.group("name")
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _coined_place(name):
            hits.append(BenchHit(s, e, name, False, None, None))
            taken.add(s, e)
    # a list of names before a plural head word: "on CUB, AwA2, and SUN datasets"
    # (the head word decides: "CoDEx-S and CoDEx-M datasets" are datasets, whatever else they spell);
    # and a list a plural head word introduces: "standard datasets, including FB15k-237, WN18RR and CoDEx-S"
    for matches, item_re in ((finditer_near(_LIST_THEN_HEADS, text, _PLURAL_HEAD, before=200, after=2), _LIST_ITEM),
                             (heads_then_list, _LIST_ITEM_MULTI)):
        for m in matches:
            for item in item_re.finditer(m.group("list")):
                name = item.group(0)
                s, e = m.start("list") + item.start(), m.start("list") + item.end()
                if free(s, e) and strong_name(name, text, s) and name.lower() not in _STOP_NAMES \
                        and not _is_metric_name(name) and (m.groupdict().get("head") in (None, "datasets", "benchmarks", "databases") or _looks_like_name(name)):
                    # ("the SWE-Bench Verified and Lite test sets": before 'test sets', only coined names)
                    hits.append(BenchHit(s, e, name, False, None, None))
                    taken.add(s, e)
    # a coined name in a list with benchmarks of the vocabulary: "on CIFAR-10, CIFAR-100, and
    # ImageNet16-120"
    if vocab or _FINDINGS_OR_RESULT_VERB.search(text):
        for m in finditer_near(_NAME_LIST, text, _AND_ANCHOR, before=160, after=40):
            items = [(m.start("list") + i.start(), m.start("list") + i.end()) for i in _LIST_ITEM.finditer(m.group("list"))]
            # "Extensive experiments on GazeFollow, VideoAttentionTarget, ChildPlay, and GOO-Real
            # demonstrate": a list the experiments ran on, named before their findings
            evaluated = _EXPERIMENTS_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None \
                and FINDINGS_AFTER.match(text, m.end()) is not None
            # "by 14%, 23%, 9%, and 2% in success rate on HM3D-OVON, GOAT-Bench, SG3D, and A-EQA, respectively":
            # a list the values before it run over, one of them of the vocabulary
            evaluated = evaluated or _RESPECTIVELY_AFTER.match(text, m.end()) is not None \
                and any(any(v.start == a and v.end == b for v in vocab) for a, b in items)
            if not evaluated and (sum(any(v.start == a and v.end == b for v in vocab) for a, b in items) < 2 or len(items) < 3):
                continue   # (two names, "A and B", only where experiments ran on them: "results on Endo and MuReD show")
            if sum(bool(registry_family(text[a:b]) or registry_model(text[a:b])) for a, b in items) * 2 >= len(items):
                continue   # "Experiments on Mixtral-8x22B, DeepSeek-MoE, Qwen-MoE, and GPT-OSS show": a list of models
            for a, b in items:
                name = text[a:b]
                if free(a, b) and (_looks_like_name(name) or evaluated and strong_name(name, text, a)) and not registry_family(name) \
                        and not _is_metric_name(name) and name.lower() not in _STOP_NAMES and not _GERUND_GLUED.search(name):
                    hits.append(BenchHit(a, b, name, False, None, None))
                    taken.add(a, b)
    for m in _BRACKETED_ACRONYM.finditer(text):
        rest = _REST_OF_BRACKETED_LIST.match(text, m.end())
        if rest is None or "(" not in rest.group() and not re.search(r"\)\s*,?\s*(?:and\s+)?[\w\- ]{0,30}?$", text[max(0, m.start() - 80):m.start()]):
            continue   # at least two bracketed names in the list
        s, e = m.start("acr"), m.end("acr")
        if free(s, e) and _coined_place(m.group("acr")):
            hits.append(BenchHit(s, e, m.group("acr"), False, None, None))
            taken.add(s, e)
    # "on in-domain data (FakeOrReal)", "an out-of-distribution test set (AVSpoof2021 + CodecFake)":
    # coined names in brackets right after a word for data
    for m in _DATA_THEN_BRACKETED.finditer(text):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and all(_coined_place(p.strip()) for p in m.group("name").split("+")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "We evaluate GRaSp on financial named entity recognition (FiNER-139)": a task in plain words
    # the evaluation ran on, its benchmark's coined name in brackets
    for m in (_EVALUATED_ON_TASK_NAME.finditer(text) if " on " in text else ()):
        s, e = m.start("name"), m.end("name")
        if free(s, e) and _coined_place(m.group("name")):
            hits.append(BenchHit(s, e, m.group("name"), False, None, None))
            taken.add(s, e)
    # "Extensive experiments on Gen1 (+0.8 mAP ...), 1Mpx/Gen4 (+0.5 mAP ...), and eTraM (+3.0 mAP ...)":
    # coined names the experiments ran on, listed each with its results in brackets
    for m in (_EXPERIMENTS_ON_BRACKETED_LIST.finditer(text) if " on " in text else ()):
        items = [(m.start("list") + i.start("name"), m.start("list") + i.end("name")) for i in _BRACKETED_ITEM.finditer(m.group("list"))]
        if sum(registry_model(text[a:b]) or registry_family(text[a:b]) for a, b in items) * 2 >= len(items):
            continue   # ("experiments on Llama-3-8B (+3.2%) and Qwen2.5-7B (+2.1%)": models, each with its gain)
        # (in a list of three or more, each with its result, mostly coined names, a capitalised word is a name
        # too: "EMEA (+6.2), Patent (+5.4), and WikiMed-DE (+12.8)"; not in a list of ordinary words, subsets
        # or languages of a benchmark: "gains on Java (+4.1), Rust (+3.2), and Go (+2.7)")
        coined = [_coined_place(text[a:b]) for a, b in items]
        plain_too = len(items) >= 3 and sum(coined) * 2 >= len(items)
        for (a, b), is_coined in zip(items, coined):
            if free(a, b) and (is_coined or plain_too and text[a].isupper() and text[a:b].lower() not in _STOP_NAMES
                               and not _is_metric_name(text[a:b]) and not registry_family(text[a:b]) and not _HARDWARE_OR_UNIT.search(text[a:b])):
                hits.append(BenchHit(a, b, text[a:b], False, None, None))
                taken.add(a, b)
    # "the compositional generalization benchmark SCAN": the head word first, then a coined name
    for m in finditer_near(_HEAD_THEN_NAME, text, _HEAD_WORD, before=80, after=40):
        name = m.group("name")
        s, e = m.start("name"), m.end("name")
        if free(s, e) and name.lower() not in _STOP_NAMES and not registry_family(name) \
                and not _MODEL_KIND.search(name):
            hits.append(BenchHit(s, e, name, False, None, None))
            taken.add(s, e)
    # "on the RUOD and DUO benchmark datasets": names coordinated before a plural head word
    for m in (_LIST_THEN_PLURAL_HEAD.finditer(text) if "datasets" in text or "benchmarks" in text else ()):
        for i in _LIST_ITEM.finditer(m.group("list")):
            a, b = m.start("list") + i.start(), m.start("list") + i.end()
            name = text[a:b]
            if free(a, b) and strong_name(name, text, a) and _coined_place(name) and name.lower() not in _LEADING_WORDS:
                hits.append(BenchHit(a, b, name, False, None, None))
                taken.add(a, b)
    # "On the Lite-100 split of StarDojo": the name a split belongs to is a benchmark
    for m in (_SPLIT_OF.finditer(text) if " split of " in text or " subset of " in text else ()):
        s, e = m.start("parent"), m.end("parent")
        if free(s, e) and strong_name(m.group("parent"), text, s) and _coined_place(m.group("parent")):
            hits.append(BenchHit(s, e, m.group("parent"), False, None, None))
            taken.add(s, e)
    # a name found as a benchmark from its phrasing is that benchmark wherever else it is
    # written: "the CWRU bearing dataset ... 99.8% accuracy on Case Western Reserve University (CWRU)"
    for name in {h.name for h in hits if not h.known and len(h.name) >= 3}:
        for s, e in find_word(text, name):
            if free(s, e) and not _METHOD_PART_AFTER.match(text, e):   # (not "outperform the MathSpeech model")
                hits.append(BenchHit(s, e, name, False, None, None))
                taken.add(s, e)
    hits.sort(key=lambda h: h.start)
    # "the SLAKE 1.0 medical VQA (MedVQA) dataset": an unknown name in brackets a few words
    # after another benchmark is that one's short name (or its task's), not a second benchmark
    # ... and a name the model registry knows ("On TinyLLaMA-1.1B, the resulting X") is a model
    # ... and a numbered label ("Level-3 tasks", "Stage 2", "Track-1") is a part of an evaluation, not one
    # ... and in a paper with its own benchmark, an ordinary capitalised word ("5% on Detect",
    # "higher Patch scores") names a part of that benchmark, a task or a split, not another one
    own_low = {o.lower() for o in own}
    # "On the Lite-100 split of StarDojo": a name the text calls a split of another is a subset, not a benchmark
    splits = {m.group("name") for m in _SPLIT_OF.finditer(text)} if " split of " in text or " subset of " in text else set()
    # ... and so is a name the text calls a split ("77.9% on the Hand-Crafted split and 86.5% on the
    # Algorithm-Generated split" of a benchmark named before)
    named_splits = {h.name for h in hits if not h.known and _SPLIT_WORD_AFTER.match(text, h.end)}
    if any(h.name not in named_splits for h in hits):   # (the benchmark they split is named too)
        splits |= named_splits
    terms = {h.name for h in hits if h.known and _ACRONYM.fullmatch(text[h.start:h.end])
             and _defined_as_term(text, text[h.start:h.end], benchmark_index().get(h.name.lower()))}
    return [h for i, h in enumerate(hits) if (h.known or h.name not in splits) and h.name not in terms and (h.known or not any(
        g.end <= h.start and _BRACKETED_AFTER.fullmatch(text, g.end, h.start) for g in hits[:i])
        # (a name the registry knows is a model's, unless a head word names it data and the registry
        # resolves no model from it: "the OPT-RSVG testset" is not OPT)
        and (not registry_model(h.name) or _DATA_HEAD_AFTER.match(text, h.end) is not None and resolve(h.name) is None)
        and not _NUMBERED_LABEL.fullmatch(h.name) and not _VARIABLE_NAME.fullmatch(h.name) and not _METHOD_ACRONYM.fullmatch(h.name)
        # "the LongBench-v2 long-document QA benchmark": a task's acronym before a head word describes, it names nothing
        and not (_TASK_ACRONYM.fullmatch(h.name) and _DESCRIBED_HEAD_AFTER.match(text, h.end))
        and not _sized_in_billions(h.name)   # "improves LLaDA-8B-Instruct accuracy": a name sized in billions is a model
        # ... and so is a name found from phrasing that the abstract writes elsewhere with such a size
        # ("Experiments on LLaDA-8B and LLaDA 1.5": LLaDA is the model's family, its 1.5 a version)
        and (h.known or not _written_sized(text, h.name))
        # (unless a head word says it is one: "on the challenging Chameleon dataset")
        and not (own and h.name.lower() not in own_low and h.name.isalpha() and h.name[:1].isupper() and h.name[1:].islower()
                 and not _DATA_HEAD_AFTER.match(text, h.end)))]


_DATA_HEAD_AFTER = re.compile(r"\s+" + EVALUATION_HEAD)


_BENCH_SUFFIX = re.compile(r"[a-z0-9\-](?:Bench|Benchmark|Eval|Arena)$")
_COUNT_COMPOUND = re.compile(r"\d[\d,.]*[kKM]?-[a-z]+")
# a digit or a capital after a lower-case letter inside a word: "Seed2Frontier", "iMiGUE" (name_basics._COINED
# also takes an all-capital acronym, "AVSR", which a count before it describes: "a 1526-hour AVSR dataset")
_COINED_WORD = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]")
_ADJECTIVE_WORD = re.compile(r"(?:Large|Small|Real|Fine|Coarse|Multi|Cross|Open|High|Low|Long|Short|Full|Self|Semi|Well|Wide|Mid|Medium|Middle|Fully|Weakly)(?:-[a-z]+)+")
# "on skin lesion (Derm7pt), ocular disease (ODIR), and meningioma (MEN) datasets": the acronyms
# in brackets name a list of datasets
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][\w\-]{1,15})\)")
_REST_OF_BRACKETED_LIST = re.compile(r"(?:\s*,?\s*(?:and\s+)?[\w\- ]{0,30}?\([A-Z][\w\-]{1,15}\))*\s+(?:datasets|benchmarks)\b")
_DATA_THEN_BRACKETED = re.compile(r"\b(?:on|in|across)\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,4}?(?:data|dataset|datasets|test\s+sets?|benchmarks?|corpus|split)\s*\((?P<name>[A-Z][\w\-\.]*[A-Za-z0-9](?:\s*\+\s*[A-Z][\w\-\.]*[A-Za-z0-9])*)\)")
# "the extensive SFT dataset": a training method's acronym says what the data is for, it names no benchmark
_METHOD_ACRONYM = re.compile(r"(?:" + words("method_acronym") + r")s?")
# a variable of a formula ("H_0", "\\Omega_m", "f_{NL}"): never a benchmark found from phrasing
_VARIABLE_NAME = re.compile(r"\\?[A-Za-zΩΛσ]{1,5}_\{?[\w,\\]{1,8}\}?")
# words a number labels a part of an evaluation or of a paper with ("Level-3", "Stage 2", "Split 0")
NUMBERED_LABEL_WORDS = (r"Level|Stage|Phase|Task|Subtask|Track|Split|Part|Round|Tier|Grade|Type|Setting|Scenario|Subset|Step|Group|Fold"
                        r"|Case|Class|Category|Protocol|Experiment|Table|Figure|Section|Day|Week|Year|Epoch|Layer|Block")
_NUMBERED_LABEL = re.compile(r"(?:" + NUMBERED_LABEL_WORDS + r")[\s\-_]?(?:\d+|[IVX]+|[A-D])", re.IGNORECASE)


_GLUED_BILLIONS = re.compile(r"[\-_](?P<size>\d+(?:\.\d+)?)[Bb](?!\w)")


def glued_sizes(text: str, name: str) -> set[float]:
    """The sizes in billions the abstract glues to the name ('LLaDA-8B' -> {8.0}); one fixed
    pattern tried after each occurrence (no pattern is built per name)."""
    sizes = set()
    i = text.find(name)
    while i >= 0:
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) and (m := _GLUED_BILLIONS.match(text, i + len(name))):
            sizes.add(float(m.group("size")))
        i = text.find(name, i + 1)
    return sizes


def _written_sized(text: str, name: str) -> bool:
    """The name is written somewhere with a parameter size in billions glued on ('LLaDA-8B')."""
    return bool(glued_sizes(text, name))


def _sized_in_billions(name: str) -> bool:
    """A name with a size in billions after a hyphen or underscore ('LLaDA-8B-Instruct'): a model's."""
    m = _NAME_SIZE.search(name)
    return m is not None and m.group("m") in "BbT" and m.start() > 0 and name[m.start()] in "-_" and name[0].isalpha()


def registry_model(name: str) -> bool:
    """Whether the model registry (curated families, or any imported or curated name) knows name."""
    return registry_family(name) or resolve(name) is not None


def _listed_value_on(text: str, m: re.Match) -> bool:
    """'4.6% on IMDb, 6.5% on Yelp, 30.3% on Twitter': a list of results, each on its own
    evaluation (an ordinary capitalised word counts there)."""
    near = text[max(0, m.start() - 40):m.end() + 40]
    return len(_VALUE_ON_NAME.findall(near)) >= 2


# "LLMs", "VLM", "LMMs": a kind of model, not a benchmark's name
_MODEL_KIND = re.compile(r"L+Ms?$|LMMs?$")


# "95.8% of baseline performance on BERTimbau-Large": a model's size variant, not a dataset
# "ShapeNet, and ABO-reducing Chamfer Distance": a verb glued to a name by a missing space
_GERUND_GLUED = re.compile(r"-[a-z]{3,}ing$")
_SIZE_VARIANT_END = re.compile(r"[\-_](?:[Bb]ase|[Ll]arge|[Ss]mall|[Tt]iny|[Hh]uge|[Gg]iant|[Mm]edium|XXL|XL)$")


def _coined_place(name: str) -> bool:
    """A coined name (capitals inside, digits) found from phrasing as the place of a result
    that is none of the other things such a name can be: a model family or size variant, a
    stop word, a metric, hardware or a unit."""
    return _looks_like_name(name) and not registry_family(name) and name.lower() not in _STOP_NAMES \
        and not _is_metric_name(name) and not _HARDWARE_OR_UNIT.search(name) and not _SIZE_VARIANT_END.search(name) \
        and not _GERUND_GLUED.search(name)


def _metric_spans(words: str) -> list[str]:
    """Every run of consecutive words of a short phrase ('attack success rate' -> 'attack',
    'attack success', ..., 'rate'): one of them must be a metric's name."""
    ws = words.split()
    return [" ".join(ws[i:j]) for i in range(len(ws)) for j in range(i + 1, len(ws) + 1)]


@lru_cache(maxsize=4096)
def _is_metric_name(name: str) -> bool:
    """A metric's name (F1, I-AUROC, mAP@50): the registry or the metric words know it."""
    from claimboard.schema.vocab import canonical_metric

    return bool(_METRIC_WORD.match(name)) or canonical_metric(name) is not None


_UNNAMED_OWN_DATA = re.compile(r"\b(?:home-?made|self-?(?:collected|built|constructed|made)|in-?house|private|proprietary|internal|custom)\s+(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
# what follows "on" after a number but is not an evaluation: hardware and units
_HARDWARE_OR_UNIT = re.compile(r"\b(?:[A-Z]?\d*\s?GPUs?|CPUs?|TPU\w*|NPUs?|Tesla|V100|A100|A800|H100|H200|H800|H20|B200|GB200|L40S?|A6000|T4|RTX\w*|GTX\w*|Jetson\w*|"
                               r"iPhone\w*|Pixel\s?\d*|Snapdragon\w*|Xeon\w*|Core\s?i\d|Android|Linux|Windows|FPS|ms|GFLOPs?|FLOPs?|MACs?|GB|MB|Hz|kHz)\b")
_SPEED_BEFORE = re.compile(r"\b(?:FPS|fps|ms|s|tokens?/s|img/s|images/s|Hz)\b")
_PLURAL_HEAD = re.compile(r"datasets|benchmarks|databases|test sets|corpora")
# a name as the patterns below write it (a capital, then letters, digits, - . _, ending in a letter or digit)
_NAME_RE = r"[A-Z][\w\-\.]*[A-Za-z0-9]"
# a coined name written with capitals inside ("LangGraph", "KcBERT"), and the wider shape that also
# takes a digit or an all-capitals run ("AraGPT2-Medium", "LDA"): shared by the name rules of
# extract/model_strategies.py and extract/model_names.py
CAPS_INSIDE_NAME = r"[A-Z][a-z]*[A-Z][\w\-.]*[A-Za-z0-9]"
COINED_NAME = CAPS_INSIDE_NAME + r"|[A-Z][A-Za-z\-]*\d[\w\-.]*|[A-Z]{2,}[\w\-]*"
# a value in brackets, with a metric's name before it or not: "(92.05%)", "(IoU 73.81%)", "(F1: 0.9)"
_BRACKET_VALUE = r"\s*\(\s*(?:[A-Za-z@\-]+\s*[:=]?\s*)?[0-9][\d.]*\s*(?:%\s*)?\)"
# a name, then "by" and its change: "BBEH by +1.4" ("HMMT'25": a year glued with an apostrophe)
_NAME_BY_VALUE = _NAME_RE + r"(?:'\d\d)?\s+by\s+[+\-]?[0-9][\d.]*\s*(?:%|pp|points?)?"
_EFFICIENCY_NAME = re.compile(r"(?:" + words("efficiency_word") + r")", re.IGNORECASE)   # "TTFT by 33%" names no benchmark
_DATASETS_BEFORE = re.compile(r"\b(?:datasets|benchmarks|test\s+sets|corpora)\b[^.;()]{0,40}$")
_VALUE_IN_NAME = re.compile(r"\d\s?%\s+in\s+(?P<name>" + _NAME_RE + r")(?=\s*(?:,|and\b|\.|;|$))")
_SLASH_NAMES = re.compile(r"\bon\s+(?:the\s+)?(?P<list>" + _NAME_RE + r"(?:\s*/\s*" + _NAME_RE + r")+)")
_VALUE_IN_BRACKETS = re.compile(_BRACKET_VALUE)
_BRACKETED_VALUE_NAMES = re.compile(r"(?P<list>" + _NAME_RE + _BRACKET_VALUE
                                    + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAME_RE + _BRACKET_VALUE + r")+)")
_ON_NAME_BRACKETED_VALUE = re.compile(r"(?:\bon\s+|\b(?:including|such\s+as)\s+|\d\s*(?:%\s*)?\)\s*,?\s*and\s+)(?:the\s+)?(?P<name>" + _NAME_RE + r")\s+\(\s*(?:[A-Za-z@\-]+\s*)?[0-9]")
# the opening of a comparison with other systems, in the same clause
_COMPARISON_OPENS_BEFORE = re.compile(r"\b(?:than|" + words("beat_verb") + r"|compared\s+(?:to|with)|versus|vs\.?)\b"
                                      r"(?!(?:[^.;]|(?<=\d)\.(?!\s))*\bon\s)(?:[^.;]|(?<=\d)\.(?!\s))*$", re.IGNORECASE)   # (past decimal points)
_BY_ITEM = re.compile(r"(?P<name>" + _NAME_RE + r"(?:'\d\d)?)\s+by\s+[+\-]?[0-9]")
_BY_LIST = re.compile(r"\b(?:improv|boost|rais|increas|lift|enhanc)\w*\s+(?P<list>" + _NAME_BY_VALUE + r"(?:\s*,\s*(?:and\s+)?" + _NAME_BY_VALUE + r")+)")
# ("On Sudoku-Extreme it lifts exact-solve accuracy ...": or the subject right after the name)
# ("Evaluated on HSCodeComp at the six-digit level, the workflow reaches 75.0%": a sentence opening on where it was evaluated)
_IN_DIGIT_NAME_COMMA = re.compile(r"\bIn\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z\-]*\d[\w\-.]*[A-Za-z0-9])\s*,")
_SIZE_FIRST_NAME = re.compile(r"\d+(?:\.\d+)?[BMK]\b")
_ON_NAME_COMMA = re.compile(r"(?:\bOn|(?<=[;:]\s)on|\b(?:Evaluated|Tested|Validated|Benchmarked)\s+on)\s+(?:the\s+)?(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])\s*(?:,|\s(?=(?:it|we|our|this)\s)|\s(?=at\s[^,.;]{1,40},)|\((?=[^()]{0,80}\b(?:frames|images|videos|samples|patients|subjects|cases|scans|slides|clips|utterances|sentences|documents|questions|split)\b))")
# ("We evaluate on PhyX, a 3,000-problem benchmark": a count with its separator among the words)
_NAME_APPOSITION_BENCH = re.compile(r"(?<![\w\-])(?P<name>" + _NAME_RE + r")\s*,\s*(?:a|an)\s+(?:[\w\-][\w\-,.]*\s+){0,4}?(?:benchmark|suite|dataset|corpus|testbed|test\s+set|leaderboard|subset|split)s?\b")
# ("a novel LAMA loss", "outperform the MathSpeech model": a part of a method, or a model the name stands for)
# ("ImageNet normalization", "ImageNet weights": a setting taken from the dataset, not an evaluation on it)
_METHOD_PART_AFTER = re.compile(r"\s+(?:" + METHOD_PART_WORDS + r")\b")
_DESCRIBED_HEAD_AFTER = re.compile(r"\s+(?:benchmarks?|datasets?|tasks?|test\s+sets?|corpora|corpus)\b")
_ON_NAMED_DOMAIN = re.compile(r"\bOn\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?P<name>[A-Z][\w\-]*[A-Za-z0-9](?:\s+[A-Z][\w\-]*[A-Za-z0-9]){0,2})\s+"
                              r"(?:domain|environment|game|benchmark|dataset|corpus|suite|testbed|simulator|(?:[a-z][\w\-]*\s+){1,3}task)\s*,")   # one, named (not "On four OOD benchmarks,")
# "In the challenging out-of-distribution scenario Cat1B, our method achieves ...": a sentence opening on a named scenario
_IN_NAMED_SCENARIO = re.compile(r"\bIn\s+the\s+(?:[a-z][\w\-]*\s+){0,3}?(?:scenario|setting|split|subset|domain|benchmark|dataset)\s+(?P<name>" + COINED_NAME + r")\s*,")
_EVAL_ON_ANCHOR = re.compile(r"\b(?:[Ss]ubsets?|[Cc]lasses|[Ss]plits?|[Tt]est\s+sets?|[Ss]amples?|[Ss]lices?)\b")
_EVAL_ON_NAME = re.compile(
    r"(?:\bOn|\b(?:evaluation|evaluated|experiments?|results?|tested|testing)\s+on)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[a-z0-9][\w\-]*\s+|[A-Z][\w]*-[a-z]+\s+){0,2}?(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])\s+(?:subsets?|classes|splits?|test\s+sets?|samples?|slices?)\b")
_DIGIT_ON = re.compile(r"[0-9]\s?(?:%|pp|pts|points?)?\)?\s*(?:[A-Za-z@\-]+\s+|\([^()]{1,30}\)\s+){0,3}?on\s")
# ("+21.4 (1m, 10°) on InLoc": a setting in brackets may stand between; "on IMC 2022": a year after the name)
# a value with its unit, and what may follow a name that is the place of a result
_VALUE_WITH_UNIT = r"[0-9](?:\s?%|\s?points?|\s?pp|\s?pts)?"
_PLACE_END = (r"(?![\w\-])(?=\s*(?:[,;.)(]|and\b|or\b|$|(?:benchmark|dataset|test|split|subset|val|validation|leaderboard|data|tasks|assays"
              r"|for|with|under|using|when|while|respectively)\b))")
_VALUE_ON_NAME = re.compile(
    _VALUE_WITH_UNIT + r"\)?\s+(?:[A-Za-z@\-]+\s+|\([^()]{1,30}\)\s+){0,3}?on\s+(?:the\s+)?"   # ("79.1% step success rate on AndroidControl")
    # (a second word: a capitalised one, or one with a digit: "Maze2D umaze-v1"; a year: "HMMT'25")
    # (or digits first, then capitals: "+5.6 on 360VOTS", "compared to G-PCC on 8iVFB")
    r"(?P<name>(?:[A-Z]|\d+(?=[a-z]?[A-Z]{2}))[\w\-\.]*[A-Za-z0-9](?:'\d\d)?(?:\s+(?:of\s+)?[A-Z][\w\-]*[A-Za-z0-9]|\s+[a-z][\w\-]*\d[\w\-]*|\s+(?:19|20)\d\d)?)"
    # (a whole word: not "the Whole Tum" of "the Whole Tumor region", cut before its "or")
    + _PLACE_END)
# (four to eight words, with no comma or bracket, between the value and 'on'; a second name after 'and')
_VALUE_METRIC_ON_NAME = re.compile(
    _VALUE_WITH_UNIT + r"\s+(?P<between>(?:[A-Za-z@\-]+\s+){4,8}?)on\s+(?:the\s+)?"
    r"(?P<name>" + COINED_NAME + r")(?:\s+and\s+(?:the\s+)?(?P<name2>" + COINED_NAME + r"))?" + _PLACE_END)
# words between the value and 'on' that make the name no place of the result: where the model was trained
# or what it is compared with ("after pre-training on", "than on"), or where something is posted or run
# ("hate speech posted on TikTok", "when executed on M1 and M2")
_NOT_THE_PLACE_BETWEEN = re.compile(r"\b(?:" + TRAINING_WORDS + r"|learn\w*|than|over|compared|versus|vs"
                                    r"|posted|shared|uploaded|published|deployed|executed|running|run|runs|hosted|written|collected|crawled|scraped|sourced)\b",
                                    re.IGNORECASE)
# "a self-collected clinical dataset (USTC-FHLN)": the name in brackets after described data
# (searched near its head word only)
_DESCRIBED_DATA_NAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:[\w\-]+\s+){0,4}?(?:dataset|benchmark|corpus|test\s+set|cohort)\s*\(\s*(?P<name>" + COINED_NAME + r")\s*\)")
_DATA_HEAD_BRACKET = re.compile(r"(?:dataset|benchmark|corpus|set|cohort)\s*\(")
# ("a public dataset (IN-21K) pretraining", "pre-trained on a large corpus (LAION-5B)": data a model was trained on)
_TRAINING_NEAR = re.compile(r"\b(?:" + TRAINING_WORDS + r"|initiali[sz]\w*)\b", re.IGNORECASE)
# a coined name right before its result: "reduces EER on POB-Spark from 64.4% to 29.3%",
# "a strong baseline on CNText2Sign with a BLEU-4 of 50.41"; and a coined name before the
# metric a result changes: "reduces the JBB attack success rate from 0.293 to 0.100"
# "8,349 papers on IEEE Xplore", "12,000 images on Flickr": items counted on a source, not a result
_ITEMS_ON = re.compile(rf"\b(?:{words('data_noun')})\s+on\s", re.IGNORECASE)
_ON_NAME_ANCHOR = re.compile(r"\bon\s+(?:the\s+)?[A-Z]|\b(?:reduc|improv|increas|rais|boost|lower|decreas|cut)\w*\s+(?:the\s+)?[A-Z]|\band\s+the\s+[A-Z]")
_ON_NAME_VALUE = re.compile(
    r"\bon\s+(?:the\s+)?(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])\s*,?\s+(?:from|with|of|reaching|achieving)\s+"
    r"(?:(?:an?|the)\s+)?(?P<metric>(?:[\w\-@]+\s+){0,3}?)(?:of\s+|is\s+|=\s*|:\s*)?~?[0-9]"
    r"|(?:\b(?:reduc|improv|increas|rais|boost|lower|decreas|cut)\w*\s+(?:the\s+)?|\band\s+the\s+)(?P<name2>[A-Z][\w\-\.]*[A-Za-z0-9])\s+"
    r"(?P<metric2>(?:(?!(?:on|in|of|for|to|by|at|with)\b)[\w\-@]+\s+){1,3}?)from\s+~?[0-9]"
    # ("improves average Recall@1 on XL-BEL by +19.2": a coined name, then the difference made on it)
    # (a difference or a range of them, signed or with its unit; not a year: "preprints on COVID-19 by 2021")
    r"|\bon\s+(?:the\s+)?(?P<name3>" + COINED_NAME + r")\s+by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|roughly\s+)?"
    r"(?:\+\s?[0-9]|~?[0-9][\d.]*(?:\s?(?:-|--|–|to)\s?[0-9][\d.]*)?\s?(?:%|\\%|points?|pp))")
_LIST_THEN_HEADS = re.compile(
    rf"(?P<list>{_NAME_RE}(?:\s*,\s*{_NAME_RE})*,?\s+(?:and|&)\s+{_NAME_RE})"
    # one domain word may stand before the head: "MIT-BIH and SPH arrhythmia databases"
    rf"(?:\s+(?!(?:training|pre-?training|instruction|synthetic|generated|private|in-house|internal|proprietary)\b)[a-z][a-z\-]+(?=\s+databases))?"
    rf"\s+(?P<head>datasets|benchmarks|databases|test\s+sets|corpora)\b")
_LIST_ITEM = re.compile(_NAME_RE)
_EVALUATED_ON_TASK_NAME = re.compile(r"\b(?:[Ee]valuat\w*|[Tt]est\w*|[Ee]xperiments?|[Bb]enchmark\w*)\b[^.;()]{0,60}?\bon\s+(?:[a-z][\w\-]*\s+){1,5}\((?P<name>" + COINED_NAME + r")\)")
# what ran on an evaluation: "Extensive experiments on", "Validation on", "evaluated on"
EXPERIMENT_WORDS = r"[Ee]xperiments?|[Ee]valuations?|[Rr]esults|[Vv]alidation|[Tt]esting|[Tt]ests?|evaluated|tested|validated"
_KIND_THEN_COINED = re.compile(r"\s+(?:benchmark|dataset|corpus|suite|test\s+set)\s+(?P<name>[A-Z][A-Za-z0-9]*[A-Z0-9][\w\-]*)(?![\w\-])")


def _describes_named(text: str, end: int) -> bool:
    """Words ending at end, then a lower-case head word, then a coined name: 'the SAR VQA benchmark
    SARLANG-Bench' (the words say what kind of evaluation the name after them is)."""
    after = _KIND_THEN_COINED.match(text, end)
    return after is not None and _coined_place(after.group("name")) and not registry_family(after.group("name"))


_TITLED_BENCH = re.compile(r"(?<![\w\-])(?P<name>(?:[A-Z][\w\-]*[A-Za-z0-9]\s){1,3}Bench)(?![\w\-])")
_BRACKETED_RESULT = r"\s*\([^()]{0,60}?\d[^()]{0,60}\)"
_ITEM_NAME = r"[A-Za-z0-9][\w\-/.]*[A-Za-z0-9]"
_EXPERIMENTS_ON_BRACKETED_LIST = re.compile(
    # ("delivers consistent improvements on EMEA (+6.2), Patent (+5.4), and WikiMed-DE (+12.8)")
    r"\b(?:" + EXPERIMENT_WORDS + r"|(?i:" + words("delta_noun") + r"))\s+on\s+(?:the\s+)?(?P<list>" + _ITEM_NAME + _BRACKETED_RESULT
    + r"(?:\s*,\s*(?:and\s+)?" + _ITEM_NAME + _BRACKETED_RESULT + r"|\s+and\s+" + _ITEM_NAME + _BRACKETED_RESULT + r")+)")
_BRACKETED_ITEM = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?P<name>" + _ITEM_NAME + r")(?=" + _BRACKETED_RESULT + r")")
_EVALUATION_ON_NAME_COMMA = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r"|evaluate)\s+on\s+(?:the\s+)?(?P<name>(?:" + COINED_NAME + r")(?:\s+(?:" + COINED_NAME + r"))?)\s*,\s+(?![A-Z]|and\b)")   # ("We evaluate on CybORG CAGE-2, a stochastic ... POMDP")   # (not the first of a list: "Evaluations on TibetanMNIST, Shui, ...")
_EXPERIMENTS_BEFORE = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r")\s*$")
# what experiments report, right after the evaluations they ran on: "... and GOO-Real demonstrate that"
FINDING_VERBS = r"demonstrate|show|reveal|confirm|indicate|verify|validate"
FINDINGS_AFTER = re.compile(r"\s*(?:datasets|benchmarks)?\s*,?\s*(?:" + FINDING_VERBS + r")s?\b")
_FINDINGS_OR_RESULT_VERB = re.compile(r"\b(?:" + FINDING_VERBS + r"|achieve|yield)s?\b")   # a cheap test before the patterns that need one
_EXPERIMENTS_ON_NAME = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r")\s+on\s+(?:the\s+)?(?P<name>" + _NAME_RE + r")"
                                  r"\s+(?:" + FINDING_VERBS + r"|achieve|yield)s?\b")
# (an item may carry its setting in brackets: "Experiments on CS-FLEURS (cmn-eng) and ViMedCSS (vie-eng) show")
_ITEM_SETTING = r"(?:\s*\([a-z][a-z0-9\-]{1,15}\))?"
_NAME_LIST = re.compile(rf"\b(?:on|in|across|over)\s+(?:the\s+)?(?P<list>{_NAME_RE}{_ITEM_SETTING}(?:\s*,\s*{_NAME_RE}{_ITEM_SETTING})*,?\s+(?:and|&)\s+{_NAME_RE}{_ITEM_SETTING})(?![\w\-])")
# "on the RUOD and DUO benchmark datasets": coordinated names before a plural head word
_LIST_THEN_PLURAL_HEAD = re.compile(rf"(?P<list>{_NAME_RE}(?:\s*,\s*{_NAME_RE})*,?\s+(?:and|&)\s+{_NAME_RE})\s+(?:benchmark\s+|evaluation\s+)?(?:datasets|benchmarks|corpora)\b")
_AND_ANCHOR = re.compile(r" and | & ")
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")
# after the head word, an item may have several capitalised words: "three benchmark datasets:
# UCI Seizure EEG, MIT-BIH Arrhythmia, and PTB Diagnostic ECG"
_MULTI_NAME_RE = rf"{_NAME_RE}(?:[ ]{_NAME_RE}){{0,3}}"
_HEADS_THEN_LIST = re.compile(
    rf"(?:datasets|benchmarks)\s*(?:,\s*)?(?:including|such\s+as|namely|i\.e\.,?|e\.g\.,?|:)\s+"
    rf"(?P<list>{_MULTI_NAME_RE}(?:\s*,\s*{_MULTI_NAME_RE})*,?\s+(?:and|&)\s+{_MULTI_NAME_RE})(?![\w\-])")
_LIST_ITEM_MULTI = re.compile(_MULTI_NAME_RE)
_MULTI_LIST_THEN_HEADS = re.compile(
    rf"\b(?:on|in|across|over)\s+(?:the\s+)?(?P<list>{_MULTI_NAME_RE}(?:\s*,\s*{_MULTI_NAME_RE})*,?\s+(?:and|&)\s+{_MULTI_NAME_RE})\s+(?:datasets|benchmarks)\b")
# a name, then the size of its data in brackets: "Construction PPE (1K images)", "Tunnel Segment Crack
# detection (648 images)": a dataset named by what it holds (a task word between is not the name's)
_DATA_SIZE = (r"\d\s*[KkM]?\+?\s+(?:images|samples|videos|clips|patients|scans|slides|sentences|documents|utterances|"
              r"frames|examples|instances|cases|subjects|records|questions|dialogues|recordings|"
              r"problems|tasks|queries|prompts|pairs|puzzles|programs|repositories|conversations)\s*\)")   # "(1K images)", "RTLLM (50 problems)"
_NAME_THEN_DATA_SIZE = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w\-]*(?:[ ][A-Z0-9][\w\-]*){0,3})(?:\s+(?:detection|segmentation|classification|recognition|dataset|data))?"
                                  r"\s*\(\s*[\d.,]*" + _DATA_SIZE)
_DATA_SIZE_ANCHOR = re.compile(_DATA_SIZE)
_NAME_GOES_BACK = re.compile(r"[A-Z0-9][\w\-]*\s$")
_ONE_NAME_DATASETS = re.compile(r"\b(?:on|in|across|from)\s+the\s+(?P<name>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){1,3})\s+(?:datasets|benchmarks)\b")
_GLUED_AMPERSAND = re.compile(r"[\\ ]&(?=[A-Z])")   # "Drive\&Act" (LaTeX), cleaned to "Drive &Act": "Drive&Act"
# a name of the vocabulary that goes on as a longer coined token is another name: "HM3D-OVON",
# "MP3D-EQA", "HM3D-v2" are not HM3D / Matterport3D ("CIFAR-10" is one name of the vocabulary)
# a capitalised piece glued before it: "V-COCO", "Tiny-ImageNet", "Global-MMLU" name other benchmarks
_GLUED_PREFIX = re.compile(r"(?<![\w\-])[A-Z][A-Za-z0-9]{0,11}-$")   # "V-COCO", "Persona-MME": another name
_VERSION_GLUED = re.compile(r"-v\d+(?:\.\d+)?(?![\w\-])")
_CAPITAL_WORD_AFTER = re.compile(r"-(?:[A-Z][a-z]{2,}|[A-Z])(?![\w\-])")   # ("-Preview", "WISE-V")
_LONGER_TOKEN = re.compile(r"-(?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|v\d+(?:\.\d+)?|Benchmark|Bench)(?![\w\-])")
# the head words that end a titled dataset name ("the Sokoto Coventry Fingerprint Dataset"):
# one alternation, also read by extract/rules.py and extract/mentions.py
TITLED_HEADS = "Dataset|Database|Benchmark|Corpus"
_TITLED_HEAD = re.compile(TITLED_HEADS)
# "the SADA (Saudi Audio Dataset for Arabic)": the acronym first, its titled name in brackets
_ACRONYM_THEN_TITLED = re.compile(
    r"(?<![\w\-])(?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\s*\((?:[A-Z][\w\-]*\s+){1,6}(?:" + TITLED_HEADS + r")\b[^()]{0,60}\)")
# "the Drone Depth and Obstacle Segmentation (DDOS) dataset", "the 1st MultiModal Deception Detection (MMDD)
# Challenge": a titled name, its acronym in brackets, then the head word
_TITLED_ACRONYM_HEAD = re.compile(
    r"(?<![\w\-])[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|and|of|for|&)){1,7}\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)\s+"
    r"(?:" + TITLED_HEADS + r"|Challenge|Competition|" + TITLED_HEADS.lower() + r"|challenge|competition)\b")   # (one: "Temporal Action Localization (TAL) datasets" is a kind)
_TITLED_DATASET = re.compile(
    r"(?<![\w\-])[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}\s+(?:" + TITLED_HEADS + r")(?:-?\d+[KkM]?)?"   # "... Benchmark-100 (WIB-100)"
    r"(?:\s+(?:for|of|on|in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)")

_PHRASE_WORD = re.compile(r"\s(?:vs\.?|versus|for|of|the|in|on|with|to|from|by|via|a|an|is|are)\s", re.IGNORECASE)
_SYSTEM_SUFFIX = re.compile(r"s?(?:-[A-Za-z0-9]+)*")


# a list of coined names closed by "and"/"or" ("ScanRefer and Nr3D", "A, B, and C"), where
# results are reported: after "on", "across", ... or before "datasets"
_COINED_ITEM = re.compile(r"(?<![\w\-])(?:" + COINED_NAME + r")(?![\w\-])")
_COINED_LIST_BODY = r"(?:(?:" + COINED_NAME + r")\s*,\s*){0,6}(?:" + COINED_NAME + r"),?\s+(?:and|or|&)\s+(?:" + COINED_NAME + r")"
_COINED_LIST = re.compile(r"(?<![\w\-])" + _COINED_LIST_BODY + r"(?![\w\-])")
# ("on two standard VLN benchmarks, R2R and RxR": a comma or a colon may stand after the head word)
_HEAD_THEN_COINED = re.compile(r"\b(?:datasets|benchmarks)\s*[,:]?\s+(?P<list>" + _COINED_LIST_BODY + r")(?![\w\-])")
# a list in brackets right after a plural head word: "three legal datasets (ECtHR-A, ECtHR-B, and Eurlex
# with 100 labels)": every item is a name, a capitalised word too (each may be described after it)
_BRACKET_ITEM = r"[A-Z][\w\-\.]*[A-Za-z0-9](?:\s+[a-z0-9][\w\-]*){0,4}?"
_HEAD_THEN_BRACKET_LIST = re.compile(r"\b(?:datasets|benchmarks|corpora)\s*\((?P<list>" + _BRACKET_ITEM + r"(?:\s*,\s*" + _BRACKET_ITEM
                                     + r"){0,6},?\s+(?:and|&)\s+" + _BRACKET_ITEM + r")\s*\)")
_BRACKET_LIST_NAME = re.compile(r"(?:^|(?<=,)|(?<=\band)|(?<=&))\s*(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])")
# coined names the experiments are said to be run on: "The method is evaluated on CSI300 and CSI800"
# (its own word list, without case: EXPERIMENT_WORDS does not read a sentence-initial 'Evaluated on')
_EVALUATED_ON_COINED = re.compile(r"\b(?i:evaluated|tested|validated|benchmarked|experiments|evaluations?|results)\s+(?:\w+\s+){0,2}?(?i:on)\s+(?:the\s+)?(?P<list>"
                                  + _COINED_LIST_BODY + r")(?![\w\-])(?!\s+(?:model|models|backbones?|architectures?)\b)")
_LIST_OPENER = re.compile(r"\b(?:on|across|over|in|including|e\.g\.?,?)\s+(?:the\s+)?$")
_LIST_HEAD_AFTER = re.compile(r"\s+(?:datasets|benchmarks|test\s+sets|corpora)\b")
_VARIANT_SUFFIX = re.compile(r"(?:-[A-Z0-9][A-Za-z0-9]*)*")

"""The claim rules: from one abstract to claim rows and mention rows.

Every number of the abstract is read once (extract.numbers), classified (a size, a
cost, a speed-up, a count, a year ... is a mention with its reason), and the rest are
claim candidates. A candidate becomes a claim when a named evaluation can be attached
to it; each row records the rule that attached it (see RULES)."""
from __future__ import annotations

import dataclasses
import gc
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from claimboard.extract.bench_strategies import (
    _BY,
    _LIST_JOIN,
    _NEXT_PREDICATE,
    BENCH_STRATEGIES,
    BenchmarkStrategies,
    BenchQuery,
    pooled_hit,
)
from claimboard.extract.cache import extractor_digest
from claimboard.extract.cues import labelled, words
from claimboard.extract.events import event_names, own_events
from claimboard.extract.kinds import _TO, Info, KindStrategies
from claimboard.extract.limits import MAX_MENTIONS_PER_PAPER, MAX_SENTENCE_CHARS, evidence_text
from claimboard.extract.list_strategies import _COORD_GAP, ListStrategies
from claimboard.extract.mentions import _MODEL_EVIDENCE, _RESULT_CONTEXT, _RESULT_VERB, classify
from claimboard.extract.metric_text import _metrics_in
from claimboard.extract.model_names import NOT_A_MODEL, find_models
from claimboard.extract.model_ranker import _ON_BEFORE
from claimboard.extract.model_strategies import (
    _SCORED_THING,
    _TASK_THEN_ACRONYM,
    _VS_BRACKET,
    MODEL_STRATEGIES,
    ModelQuery,
    ModelStrategies,
)
from claimboard.extract.name_basics import (
    _EVALUATED_ON_BEFORE,
    _RESULT_ADVERB,
    _SYSTEM_NOUNS,
    TRAINED_ON_GAP,
    TRAINING_WORDS,
    find_word,
    lowered,
    registry_entry,
)
from claimboard.extract.names import (
    FINDINGS_AFTER,
    TITLED_HEADS,
    BenchHit,
    ModelHit,
    find_benchmarks,
    registry_model,
)
from claimboard.extract.numbers import Num, find_numbers, parse_size
from claimboard.extract.own_names import own_benchmarks, training_sets
from claimboard.extract.rows import Claim, Mention
from claimboard.extract.scorer import score_rows
from claimboard.extract.size_strategies import _LIST_GAP_FORM, SIZE_STRATEGIES, SizeStrategies, appositive_sizes
from claimboard.extract.systems import BENCH_NAMED, own_systems
from claimboard.extract.text import clean, sentences
from claimboard.schema.registry import resolve

# The version written after each rule's name in the `extractor` column. It changes when the
# rules' behaviour changes (2: the rules of the random-sample truth work; 3: subjects and
# objects of comparisons, systems named in apposition, coordinated subjects, versioned
# benchmarks, operating points, metric lists, the broadened vocabularies; their full digest,
# code and vocabularies, is extract.cache.extractor_digest and keys the --update cache).
RULE_VERSION = 3
# ... and, after it, the digest of the rules' code and data (extract.cache.extractor_digest):
# 'on-benchmark@3.1a2b3c4d'. Any change of a rule module or a vocabulary changes it, so rows
# of two extractor versions are never mistaken for one another.
RULES_DIGEST = extractor_digest()[:8]
# The names a row's `decided_by` column may give besides those of BENCH_STRATEGIES and
# MODEL_STRATEGIES: the list rules of _sentence_claims, which decide a whole list of values at
# once (the benchmark, the model or both), and "undecided" (no model strategy decided).
LIST_STRATEGIES = (
    "respectively-over-benchmarks", "coordinated-subjects", "list-over-models-shared-benchmark",
    "list-respectively-benchmarks-after", "list-coordinated-benchmarks", "list-shared-benchmark",
    "list-benchmarks-after", "list-respectively-models", "list-names-then-bracket", "list-parallel-earlier", "list-previous-sentence", "as-value-before", "coordinated",
    "list-respectively-benchmarks-before", "list-parallel-benchmarks-before", "list-respectively-items",
)
# rule name -> base confidence (data/README.md explains confidence)
RULES = {
    "on-benchmark": 0.9,        # the benchmark is named in the number's clause
    "respectively": 0.85,       # values aligned with a list of benchmarks (or models)
    "own-benchmark": 0.75,      # the paper's own benchmark, named earlier in the abstract
    "previous-sentence": 0.6,   # a benchmark named in the sentence before, referred back to
    "phrase-benchmark": 0.7,    # the benchmark is unknown, recognised from phrasing only
    "coordinated": 0.8,         # one value stated for a list of benchmarks ("on A and B benchmarks"): each
    "pooled": 0.6,              # one value (an average, a maximum) across a list of benchmarks: on the list as a whole
}


# a name inside the brackets after "metrics" is one of them ("acoustic-based metrics (up to +16% on RTE)")
_METRICS_BRACKET_BEFORE = re.compile(r"\bmetrics?\s*\([^()]{0,40}$")
# after a name: the rest of a list of names that ends with "metrics" ("CheXpert) and Radiology Graph (RadGraph) metrics")
_METRIC_LIST_AFTER = re.compile(r"\)?(?:\s*(?:,|and|&)?\s*(?:[A-Z][\w\-]*\s+){0,4}\([A-Z][\w\-]*\))*\s+metrics?\b")
_SAYS_SCORE = re.compile(r"\bscor(?:e|es|ed|ing)\b", re.IGNORECASE)   # "a score of", "scores 85.2 on"


# ---- mention classes: words after (or around) a number
# "impacting 40.9% of SWE-Bench Lite ... entries": a share, unless the verb is a result verb
_SHARE = re.compile(r"^\s*(?:%\s*)?of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:entries|submissions|papers|data|parameters|tokens|cases\s+where)\b", re.IGNORECASE)
_SHARE_OF_BENCH = re.compile(r"^\s*(?:%\s*)?of\s+(?:the\s+)?[A-Z]")
# a name used as where data comes from, not as an evaluation: "PubMed abstracts", "papers in PubMed"
_SOURCE_AFTER = re.compile(r"\s+(?:" + words("source_noun") + r")\b")
_SOURCE_BEFORE = re.compile(r"\b(?:(?:abstracts|articles|papers|posts|comments|documents|records)\s+(?:from|in)|(?:collected|crawled|scraped|sourced|derived)\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
_USED_AS_DATA_AFTER = re.compile(r"\s+as\s+(?:\w[\w\-]*\s+){0,4}?(?:\([^()]{1,12}\)\s+)?(?:training|pre-?training|fine-?tuning)?\s*(?:data|corpus|source)\b", re.IGNORECASE)
_COMPARED_ON = re.compile(r"compared\s+(?:to|with)\s+(?:the\s+)?[^\d;,()]{1,50}?(?<!ing)\s+on\s", re.IGNORECASE)   # (not "compared to relying on")
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although)\b|\bwhereas\b|\bwhile\b|\bcompared\s+(?:to|with)\b|\bvs\b\.?|\bversus\b|\(|\)", re.IGNORECASE)
_LIST_GAP = re.compile(_LIST_GAP_FORM.format(""), re.IGNORECASE)
_ONE_SUBJECT_GAP = re.compile(r"\)?\s*(?:[a-z]+\s+){1,3}", re.IGNORECASE)   # "(LLaMA-Large) achieving only "
# "X, a 0.4B-parameter encoder"
# "SQuAD 1.1 and 2.0": a second version of a name
_VERSION_LIST_BEFORE = re.compile(r"[A-Z][\w\-.]*\s+v?\d+(?:\.\d+)?\s*(?:,|and|or|/)\s*$")


def _squash(name: str) -> str:
    """A name without case, spaces and hyphens: 'INDIC-DIALECT' and 'INDIC DIALECT' are one."""
    return re.sub(r"[\s\-_]", "", name.lower())


def word_before(text: str, q: int) -> str | None:
    """The word (from its first ASCII letter, within 40 characters) that ends at most three
    spaces, '_', '{' or '(' before q: what a regex tried at each of those 40 positions would
    give (tests/test_fast_paths.py holds it and compares the two) at several times the cost."""
    lo = max(0, q - 40)
    k = 0
    while k < 3 and q - k - 1 >= lo and (text[q - k - 1] in "_{(" or text[q - k - 1].isspace()):
        k += 1
    end = q - k
    i = end
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_-."):
        i -= 1
    for p in range(i, end):
        if "a" <= text[p] <= "z" or "A" <= text[p] <= "Z":
            return text[p:end]
    return None
# ---- small patterns of classify(), compiled once
# the benchmarks' list, its findings (or the result verb: "OK-VQA and A-OKVQA, achieving accuracies of"), then the values
# ("on R2R and REVERIE benchmarks with +3.0% and +1.71% SPL improvements": the values right after 'with')
_FINDINGS_BETWEEN = re.compile(r"(?:" + FINDINGS_AFTER.pattern + r"|\)?\s*(?:datasets|benchmarks)?\s*,?\s*(?:achiev|yield|obtain|reach|attain)\w*\b)[^;.]*$"
                               r"|\s*(?:datasets|benchmarks|test\s+sets)\s+with\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:of\s+)?[+\-−]?$")
# qualifiers of a bound: stated once for a list of benchmarks, it holds for each of them
_BOUNDS = frozenset({"at least", "below", "within"})
_HUMAN_NAME = re.compile(r"^(?:an?\s+|the\s+)?(?:average\s+|expert\s+|non-expert\s+)?(?:humans?|human\s+\w+|people|annotators|experts|crowd\s*workers)\b")
# The evaluation setting as the text states it, in the number's clause (SETTINGS: label, pattern)
SETTINGS = list(labelled("setting"))
_SETTING_RE = [(label, re.compile(p, re.IGNORECASE)) for label, p in SETTINGS]


def _identity(name: str | None, base: str | None) -> tuple[str | None, str | None, str | None]:
    """(model_id, model_family, base_model_id): the first two from the registry
    (schema/registry.py), the third for a method applied to a base model; null where the
    registry does not know the name."""
    res = resolve(name) if name else None
    base_res = resolve(base) if base else None
    return (res.entry.model_id if res else None, res.entry.family if res else None,
            base_res.entry.model_id if base_res else None)


def _setting(clause: str) -> str | None:
    """'5-shot', 'zero-shot; CoT', 'maj@32' ... from the number's clause; None when unstated."""
    found = []
    for label, pat in _SETTING_RE:
        m = pat.search(clause)
        if m:
            found.append(label.format(*m.groups()) if m.groups() else label)
    return "; ".join(dict.fromkeys(found)) or None


_FOR_TASKS = re.compile(r"^\s*(?:%|points?)?\s*(?:on|for|in)\s+(?:the\s+)?(?P<sub>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:tasks?|subsets?|splits?|settings?|categor\w+)\b", re.IGNORECASE)
_DIRECTION = re.compile(r"\b(?P<a>[A-Z][a-z]+(?:\s+languages)?)\s*(?:to|→|->|-to-|into)\s*(?P<b>[A-Z][a-z]+(?:\s+languages)?)\b")
_DATASET_HEAD_AFTER = re.compile(r"\s+(?:" + TITLED_HEADS + r")\b", re.IGNORECASE)
# a training set the abstract also evaluates on (AbstractExtractor._evaluated_too), each pattern
# matched at an occurrence of the name: "the SADA test set", "78.8 % on CIFAR10-DVS", "The OREBA
# dataset, which consists of ..., achieved F1-scores of 86.18%"
_EVALUATED_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:test|dev|validation|eval|evaluation)(?:\s+\w+)?\s+(?:sets?|splits?|subsets?)\b")
_RESULT_ON_BEFORE = re.compile(r"\d\s*%?\s+(?:[\w\-]+\s+){0,4}?on\s+(?:the\s+)?$")
_NAME_GOES_ON = re.compile(r"[\w\-]")
_BY_VALUE_AFTER = re.compile(_BY + r"[+\-]?\d")   # "on X by 7 points": a result's place
_OPENS_ON_BEFORE = re.compile(r"(?:^|(?<=[.;]\s))(?:(?:On|For|In)\s+)?(?:[Tt]he\s+)?$")
# a result reported in the same clause right after the data a model was trained on: measured on
# its held-out part ("trained on the BraTS 2021 dataset, achieving 91.24% accuracy")
_RESULT_RIGHT_AFTER = re.compile(r"(?:\s+(?:dataset|benchmark|corpus|data))?\s*,?\s*(?:achieving|attaining|reaching|obtaining|yielding|scoring)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:of\s+)?[+~≈]?\d")
# ... unless a model noun is what was trained there ("evaluated with the model trained on OREBA,
# yielding F1-scores of 85.40%": a reduced relative clause; the result is the main clause's)
_TRAINED_OPENER = re.compile(r"(?:^|[.;]\s+)(?:Trained|Fine-?tuned|Developed)\s+(?:and\s+\w+\s+)?on\s+(?:the\s+)?$")
_OPENER_THEN_RESULT = re.compile(r"[^.;]{0,80}?,\s+(?:our\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:achiev|attain|obtain|reach|yield|scor)\w*\b[^.;]{0,80}?\d")
_MODEL_TRAINED_BEFORE = re.compile(r"\b(?:model|models|network|networks|classifier|classifiers|detector|detectors)\s+(?:(?:pre-?)?trained|fine-?tuned)\s+(?:\w+\s+)?on\s+(?:the\s+)?$", re.IGNORECASE)
_SIDE_BRACKET_LEAD = re.compile(r"\(\s*(?:approximately|about|around|roughly|only|~|≈)?\s*$", re.IGNORECASE)
_COMPARISON_VERB = re.compile(r"\b(?:exceed\w*|outperform\w*|surpass\w*|beat\w*|compared\s+(?:to|with)|versus|than)\b", re.IGNORECASE)
_DATA_APPOSITION_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:a|an|the)\s+(?:[\w\-]+,?\s+){0,6}?(?:corpus|dataset|benchmark|test\s+set|suite)\b")
_MODEL_NOUN_AFTER = re.compile(r"\s+(?:model|models|agent|agents|auditor|detector|classifier)\b(?!\s+(?:of|for|on)\b)")
_LABEL_SHAPE = re.compile(r"[A-Z]{1,2}\d{1,2}")   # "M1", "M3", "B2": a label, not a coined name
_MODELS_LABELLED_BEFORE = re.compile(r"\b(?:baselines?|" + _SYSTEM_NOUNS + r"|mechanisms?|transformers?|variants?|CNNs?|LLMs?)\s*\($", re.IGNORECASE)
_REPORTS_RESULT_AFTER = re.compile(r"(?:\s+(?:dataset|benchmark|corpus|test\s+set))?(?![\w\-])[^.;]*?\b(?:achiev|attain|obtain|reach|yield|scor)\w*\b[^.;]*\d")
# a generic phrase for a model or a group of them ("the best general-purpose model", "top MLLMs",
# "leading LLMs", "top-performing LVLMs"): the text names no model
# ("the best LMM" is one model, unnamed, and stays as written; a plural acronym is a group)
_GENERIC_GROUP_END = re.compile(r"\b(?:(?i:models?|systems?|methods?|approaches|baselines?)|[A-Za-z\-]*(?:LM+s|VLMs))$")
# a list of examples: "platforms such as X (formerly Twitter), Facebook, Instagram, Reddit"
_EXAMPLE_LIST_BEFORE = re.compile(r"\b(?:such\s+as|e\.g\.,?|including|like)\s+(?:[A-Z][\w\-\.]*(?:\s+[A-Za-z][\w\-]*)?\s*(?:\([^()]{0,30}\))?\s*,\s*(?:and\s+)?){1,8}$")
# "F1 0.88 and F1 0.90": a value list whose head word is written again before each value
_REPEATED_HEAD_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s+(?P<w>[A-Za-z][\w\-@]*)\s+$")


_NAME_CHARS = 200  # no model or benchmark name is longer (the longest in the vocabularies is under 80)


@lru_cache(maxsize=None)
def _category_evidence() -> dict[str, re.Pattern]:
    """category -> the words that show an abstract is about that kind of task (cues.csv group
    category_evidence, each row labelled with the categories it is evidence for, space-separated;
    a category without a row needs none)."""
    forms: dict[str, list[str]] = {}
    for label, form in labelled("category_evidence"):
        for category in label.split():
            forms.setdefault(category, []).append(form)
    return {c: re.compile(r"\b(?:" + "|".join(fs) + r")\b") for c, fs in forms.items()}


def _in_benchmark_slot(text: str, b: BenchHit) -> bool:
    return bool(_SLOT_BEFORE.search(text, max(0, b.start - 20), b.start) or _SLOT_AFTER.match(text, b.end))


_SLOT_BEFORE = re.compile(r"\b(?:on|across|over)\s+(?:the\s+)?(?:(?:\d+|zero|one|few)-shot\s+)?$", re.IGNORECASE)
_SLOT_AFTER = re.compile(r"\s*(?:benchmark|dataset|test\s+set|leaderboard)s?\b", re.IGNORECASE)


def _category_evident(category: str | None, low: str, title: str) -> bool:
    pattern = _category_evidence().get(category or "")
    return pattern is None or bool(pattern.search(low)) or bool(pattern.search(title.lower()))


# a comparison with a model, then the evaluation: "compared to the baseline model on the PIE dataset"
_COMPARED_MODEL_THEN_ON = re.compile(r"\b(?:than|compared\s+(?:to|with))\s+(?:the\s+|a\s+|an\s+|all\s+|other\s+|existing\s+|previous\s+|prior\s+|strong\s+)*"
                                     r"(?:[\w\-]+\s+){0,2}?(?:baselines?|models?|methods?|approaches|systems?)\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)



# a coined name that outperforms or surpasses another is a system ("On Middlebury, RAFT-Stereo outperforms
# semi-global block matching"); not one written after where a model was trained or evaluated ("fine-tuned on
# MathInstruct and GSM-Aug outperforms", "fine-tuning on When2Speak significantly outperforms")
_BEATS_AFTER = re.compile(_RESULT_ADVERB + r"(?:outperforms|surpasses)\b")
# the label of a variant of a system after its name and a hyphen: "MIND-B", "MIND-XL", "X-7B", "X-Base", "X-v2"
_SYSTEM_VARIANT_LABEL = re.compile(r"(?:[A-Z]{1,2}|XXL|(?i:base|large|small|tiny|mini|nano)|\d+(?:\.\d+)?[BMK]?|v\d+(?:\.\d+)?)")
_TRAINED_ON_BEFORE = re.compile(r"\b(?:" + TRAINING_WORDS + r"|learned)\s+on\s+[^.;,]{0,60}$", re.IGNORECASE)
# a model named by its size only ("3B model", "7B parameter model") and the word before it ("the", "our")
_SIZE_ONLY_MODEL = re.compile(r"\d+(?:\.\d+)?[BM](?:[\s\-]parameters?)?\s+(?:[\w\-]+\s+){0,2}?model", re.IGNORECASE)
_OWN_SIZE_BEFORE = re.compile(r"\b(?:the|our|this)\s+$", re.IGNORECASE)


class AbstractExtractor(SizeStrategies, ListStrategies, BenchmarkStrategies, ModelStrategies, KindStrategies):
    """Extraction state for one abstract."""

    def __init__(self, title: str, abstract: str, max_mentions: int = MAX_MENTIONS_PER_PAPER):
        self.title = title
        self.max_mentions = max_mentions   # 0: no cap
        self.mentions: list[Mention] = []
        self.mentions_dropped = 0
        self._gate: bool | None = None   # the domain gate, decided at the first candidate
        self._gate_weak = False          # opened by a name of the vocabularies only, not by a word of a learned model
        self.system_base: str | None = None   # the base model the paper's method is applied to, when one
        self.raw = abstract
        self.text = clean(abstract)
        self.low = lowered(self.text)   # same length: spans are shared
        self.numbers = find_numbers(self.text)
        self.sents = sentences(self.text) if self.numbers else []
        self._sent_starts = [s0 for s0, _ in self.sents]
        self._named = False  # names are found lazily: most numbers are settled without them

    def _find_names(self) -> None:
        """Benchmarks, systems and models of the abstract (once, when first needed)."""
        if self._named:
            return
        self._named = True
        title = self.title
        self.own_bench = own_benchmarks(self.text, title)
        self.events = own_events(self.text, title)
        self.events_named = {name for _, _, name in event_names(self.text)}
        self.benches = find_benchmarks(self.text, self.low, self.own_bench)
        self.systems = [n for n in own_systems(self.text, title, [b.name for b in self.benches if b.known] + self.own_bench, self.low, tuple(self.own_bench))
                        if not NOT_A_MODEL.fullmatch(n)]   # "fine-tuning OpenAI's Whisper": an organisation is no system
        self._drop_task_acronyms(title)
        self._drop_places_as_systems()
        self._name_events_in_full()
        # a coined name the paper introduces as its system is not a benchmark (AdaDocVQA)
        # names the abstract uses as metrics ("using Chest Radiograph Expert (CheXpert) and Radiology
        # Graph (RadGraph) metrics"): not where a result was measured, anywhere in it
        # ("... metrics (up to +16% on RTE)": a name inside the brackets after 'metrics' is one of them)
        # (not a benchmark of the vocabulary whose kind of task the abstract shows: "improvements in spatial
        # metrics (e.g., +5.41% on T2I-CompBench)" in a text-to-image paper)
        as_metrics = {b.name for b in self.benches if _METRIC_LIST_AFTER.match(self.text, b.end)
                      or b.start > 0 and _METRICS_BRACKET_BEFORE.search(self.text, max(0, b.start - 50), b.start)
                      and not (b.known and _category_evident(b.category, self.low, self.title))}
        # a name given in brackets to models the paper compares ("improved CNN baselines (M3)",
        # "baseline transformers (M1)"): a label of those models, not the benchmark of that name
        as_labels = {b.name for b in self.benches if b.start > 0 and self.text[b.start - 1] == "(" and self.text[b.end:b.end + 1] == ")"
                     and _LABEL_SHAPE.fullmatch(self.text, b.start, b.end)
                     and _MODELS_LABELLED_BEFORE.search(self.text, max(0, b.start - 40), b.start)}
        # a coined name written as a model's ("GuardTrace-VL model achieves an F1 score of 93.1%"),
        # never as data ("the GuardTrace dataset"), is the system, not a benchmark
        as_models = {b.name for b in self.benches if not b.known and _MODEL_NOUN_AFTER.match(self.text, b.end)}
        # (or as the one that outperforms another: _BEATS_AFTER; not the paper's own benchmark, not a name
        # that says it is one: "WorldBench achieves higher visual diversity")
        as_models |= {b.name for b in self.benches if not b.known and _BEATS_AFTER.match(self.text, b.end)
                      and not _EVALUATED_ON_BEFORE.search(self.text, max(0, b.start - 12), b.start)
                      and not _TRAINED_ON_BEFORE.search(self.text, max(0, b.start - 80), b.start)
                      and b.name not in self.own_bench and not BENCH_NAMED.search(b.name)}
        as_models -= {b.name for b in self.benches if _DATASET_HEAD_AFTER.match(self.text, b.end)}
        if as_models:
            self.own_bench = [o for o in self.own_bench if o not in as_models]
        if as_metrics or as_labels or as_models:
            self.benches = [b for b in self.benches if b.name not in as_metrics | as_labels | as_models]
        sys_low = {s.lower() for s in self.systems}
        # (a known benchmark's name too, when the paper introduces its system under it: DART, MARS)
        self.benches = [b for b in self.benches if b.name.lower() not in sys_low and self.text[b.start:b.end].lower() not in sys_low]
        # (nor a variant of the system named after it: "the proposed MIND-B with only 130M parameters achieves" after
        # introducing MIND; not "VFIG-BENCH", "VFIG-DATA")
        if sys_low:
            self.benches = [b for b in self.benches if b.known or not any(
                len(s) >= 3 and b.name.lower().startswith(s + "-") and _SYSTEM_VARIANT_LABEL.fullmatch(b.name, len(s) + 1) for s in sys_low)]
        # a benchmark of the vocabulary whose kind of task the abstract never mentions is another
        # thing of the same name: BBH in a gravitational-wave abstract is binary black holes
        # (unless the name stands where a benchmark stands: "by 6.4 points on AlpacaEval 2")
        # or in a list with other benchmarks: "on the Delta-SN6, BRIGHT and Wuhan-Het datasets")
        evident = {b.name for i, b in enumerate(self.benches) if b.known and (
            _category_evident(b.category, self.low, self.title) or _in_benchmark_slot(self.text, b)
            # (a bracket may close each item: "On VerilogEval (156 problems), RTLLM (50 problems), and ResBench")
            or i > 0 and _LIST_JOIN.fullmatch(self.text, self.benches[i - 1].end, b.start)
            or i + 1 < len(self.benches) and _LIST_JOIN.fullmatch(self.text, b.end, self.benches[i + 1].start))}
        self.benches = [b for b in self.benches if not b.known or b.name in evident]
        self.models = find_models(self.text, self.low, self.systems, [(b.start, b.end) for b in self.benches])
        self.named_sizes = appositive_sizes(self.text)
        self.system_size = self._system_size()
        # a training set that is also evaluated ("finetuned on SADA ... on the SADA test set") stays a benchmark
        self.training = {t for t in training_sets(self.text) if not self._evaluated_too(t)}
        if self.training:
            self.benches = [b for b in self.benches if b.known or b.name not in self.training]
            self.systems = [s for s in self.systems if s not in self.training]
            self.models = [m for m in self.models if m.name not in self.training]
        self.models = self._own_sized_models(self.models)
        self._sys_low = {s.lower() for s in self.systems}
        self.benches.sort(key=lambda b: b.start)
        self._bench_starts = [b.start for b in self.benches]
        self._model_starts = [m.start for m in self.models]   # find_models returns them sorted

    # ------------------------------------------------------------ helpers
    def _evaluated_too(self, name: str) -> bool:
        """A training set the abstract also evaluates on: 'the SADA test set', '78.8 % on
        CIFAR10-DVS', 'The OREBA dataset, which consists of ..., achieved F1-scores of 86.18%'
        (a sentence opening on it reports its results). Checked at each occurrence of the name
        with fixed patterns (no pattern is built per name)."""
        text, i = self.text, self.text.find(name)
        while i >= 0:
            e = i + len(name)
            if _EVALUATED_AFTER.match(text, e) or self._result_where_trained(i, e) \
                    or not _NAME_GOES_ON.match(text, e) and _RESULT_ON_BEFORE.search(text, max(0, i - 120), i) \
                    or _OPENS_ON_BEFORE.search(text, max(0, i - 12), i) and _REPORTS_RESULT_AFTER.match(text, e) \
                    or _ON_BEFORE.search(text, max(0, i - 8), i) and _BY_VALUE_AFTER.match(text, e):
                # ("Trained on ScienceWorld trajectories alone, X outperforms ... baselines on ScienceWorld by 7 points")
                return True
            i = text.find(name, i + 1)
        return False

    def _drop_task_acronyms(self, title: str) -> None:
        """'Table Question Answering (TQA) ... a cell extraction method for TQA': a task's acronym is
        no system (unless the title opens on it: 'ARCS: Agentic Retrieval-Augmented Code Synthesis'),
        nor the benchmark of the vocabulary it also abbreviates (TQA: TriviaQA)."""
        self.benches = [b for b in self.benches if not (b.known and b.start >= 0 and self.text[b.start:b.end] != b.name
                        and self._task_acronym(self.text[b.start:b.end]))]
        self.systems = [n for n in self.systems if title.startswith(n + ":") or not self._task_acronym(n)]

    def _drop_places_as_systems(self) -> None:
        """The event the paper was written for, or a prefix of its name ('our submission to
        SemEval-2026 Task 9'), and the paper's own benchmark however spelled, when the abstract gives
        the name to data ('We introduce INDIC-DIALECT, a ... corpus' of the title's 'INDIC DIALECT'),
        are no systems."""
        events = {_squash(x) for x in [*self.events, *self.events_named]}
        own = {_squash(x) for x in self.own_bench}
        kept = []
        for n in self.systems:
            sq = _squash(n)
            if sq in events or len(sq) >= 4 and any(e.startswith(sq) for e in events) or sq in own and self._introduced_as_data(n):
                continue
            kept.append(n)
        self.systems = kept

    def _name_events_in_full(self) -> None:
        """A benchmark hit that starts the longer name of an event the abstract names is that event
        ('our submission to SemEval-2026 Task 9': the hit 'SemEval-2026' is 'SemEval-2026 Task 9')."""
        if not self.events_named:
            return
        out = []
        for b in self.benches:
            ev = None if b.known else next((e for e in self.events_named if len(e) > len(b.name) and self.text.startswith(e, b.start)), None)
            out.append(dataclasses.replace(b, name=ev) if ev else b)
        self.benches = out

    def _compared_side_value(self, n: Num, s0: int, lead_own: str) -> bool:
        """'The ViT achieved 90% accuracy, significantly exceeding convolutional networks
        (approximately 35%) and CLIP-based models (approximately 62-64%)': the values in brackets
        of the sides a result is compared with, on the same evaluation as the result."""
        return bool(_SIDE_BRACKET_LEAD.search(lead_own)) and _COMPARISON_VERB.search(self.text, s0, n.start) is not None

    def _task_acronym(self, acr: str) -> bool:
        """'Table Question Answering (TQA)', 'Audio-Visual Speech Recognition (AVSR)': the name is the
        acronym of a task's name (the initials of the words before the bracket), not of a dataset
        ('Skin Lesion Segmentation (ISIC2017)')."""
        if not (acr.isalpha() and acr.isupper()):
            return False   # ("Vision-aligned Latent Reasoning (VaLR)": a coined, mixed-case name is the system's)
        for m in re.finditer(_TASK_THEN_ACRONYM.format(re.escape(acr)), self.text):
            words = re.split(r"[\s\-]+", self.text[max(0, m.start() - 80):m.start()] + self.text[m.start():m.end()].split("(")[0])
            initials = "".join(w[0] for w in words if w[:1].isalpha()).upper()
            if initials.endswith(acr.upper()):
                return True
        return False

    def _introduced_as_data(self, name: str) -> bool:
        """'We introduce INDIC-DIALECT, a human-curated parallel corpus': the name is given to data."""
        return any(_DATA_APPOSITION_AFTER.match(self.text, e) for _, e in find_word(self.text, name))

    def _result_where_trained(self, start: int, end: int) -> bool:
        """'trained on the BraTS 2021 dataset, achieving 91.24% accuracy': the result that follows
        the data at once was measured there (its held-out part), not on other data; so is the
        result of a sentence that opens on the training ('Trained on the Aariz Cephalometric
        dataset of 1,000 radiographs, CephRes-MHNet achieved a mean radial error of 1.23 mm')."""
        if _RESULT_RIGHT_AFTER.match(self.text, end):
            return not _MODEL_TRAINED_BEFORE.search(self.text, max(0, start - 60), start)
        return bool(_TRAINED_OPENER.search(self.text, max(0, start - 40), start)) \
            and _OPENER_THEN_RESULT.match(self.text, end) is not None

    def _inside_name(self, n: Num) -> bool:
        # only a number right after a word can belong to a name ("Gemini 1.5", "AIME 2024")
        # ... and only after a word with a capital: "Gemini 1.5", "AIME 2024", "GPT-Neo (125M)"
        word = word_before(self.text, n.start)
        if word is None or not (any(c.isupper() or c.isdigit() for c in word)
                                or _VERSION_LIST_BEFORE.search(self.text, max(0, n.start - 30), n.start)):
            return False
        self._find_names()
        # a name holding the number starts at most _NAME_CHARS before it: look only there
        lo = n.start - _NAME_CHARS
        models = self.models[bisect_left(self._model_starts, lo):bisect_right(self._model_starts, n.start)]
        benches = self.benches[bisect_left(self._bench_starts, lo):bisect_right(self._bench_starts, n.start)]
        return any(h.start <= n.start and n.end <= h.end for h in models if h.start >= 0) or any(
            b.start <= n.start and n.end <= b.end for b in benches)

    # ------------------------------------------------------------ classification
    # ------------------------------------------------------------ main
    def run(self) -> tuple[list[Claim], list[Mention]]:
        claims: list[Claim] = []
        starts = [n.start for n in self.numbers]
        for s0, s1 in self.sents:
            nums = self.numbers[bisect_left(starts, s0):bisect_left(starts, s1)]
            if not nums:
                continue
            if s1 - s0 > MAX_SENTENCE_CHARS:
                # a table, a list of numbers or repeated text, not prose: kept, not read for claims
                reason = f"sentence over {MAX_SENTENCE_CHARS:,} characters (not prose): not read for claims"
                for n in nums:
                    self._mention(n, s0, s1, "other", reason, "not-prose")
                continue
            cands = []
            for n in nums:
                if self._inside_name(n):
                    if n.is_magnitude or n.compound and n.compound.startswith("param"):
                        self._mention(n, s0, s1, "model size", "parameter count in a model's name", "inside-name")
                    else:
                        self._mention(n, s0, s1, "other", "part of a model or benchmark name", "inside-name")
                    continue
                found = classify(n, self.text, self.low, s0, s1)
                if found:
                    self._mention(n, s0, s1, found[1], found[2], found[0])
                else:
                    cands.append(n)
            if cands and not self._evaluates_a_model():
                cls = "unnamed evaluation" if _RESULT_CONTEXT.search(self.low[s0:s1]) else "other"
                for n in cands:
                    self._mention(n, s0, s1, cls, "no learned model or evaluation in the abstract (domain gate)", "domain-gate")
                cands = []
            if cands:
                self._find_names()
                b0, b1 = bisect_left(self._bench_starts, s0), bisect_left(self._bench_starts, s1)
                benches = self.benches[b0:b1]
                models = self.models[bisect_left(self._model_starts, s0):bisect_left(self._model_starts, s1)]
                c = self._sentence_claims(cands, s0, s1, benches, models, self.benches[b0 - 1] if b0 else None)
                if self._gate_weak and c:
                    c = self._written_metric_only(c, s0, s1)
                claims.extend(c)
        claims.sort(key=lambda r: r.char_start)   # stable: rows of one number keep their order
        return claims, self.mentions

    def _written_metric_only(self, claims: list[Claim], s0: int, s1: int) -> list[Claim]:
        """Behind a weak gate (no word of a learned model in the abstract, only a benchmark of the
        vocabulary), a result needs its metric written in its sentence or its benchmark named
        after 'on': 'a precision of 1.6% on H_0' in a cosmology abstract that names BBH (binary
        black holes) is not a result on BIG-Bench Hard."""
        written = {name for _, name in _metrics_in(self.text[s0:s1])}
        kept = []
        for cl in claims:
            if cl.metric != "score" and cl.metric in written or cl.benchmark_known and self._on_named(cl.benchmark, s0, s1):
                kept.append(cl)
            else:
                self._keep_mention(Mention(
                    value=cl.value, value_text=cl.value_text, unit=cl.unit, mention_class="unnamed evaluation",
                    reason="no word of a learned model in the abstract and no metric written with the number (weak domain gate)",
                    rule="weak-gate", evidence=cl.evidence, char_start=cl.char_start, char_end=cl.char_end))
        return kept

    def _on_named(self, bench: str, s0: int, s1: int) -> bool:
        """Whether the sentence evaluates on that benchmark by name: 'by 6.4 points on AlpacaEval 2'."""
        return any(b.name == bench and b.known and re.search(r"\b(?:on|in|across)\s+(?:the\s+)?$", self.text[max(s0, b.start - 12):b.start])
                   for b in self.benches if s0 <= b.start < s1)

    def _evaluates_a_model(self) -> bool:
        """The domain gate: claims only come from text that shows a learned model or its
        evaluation (learning, training, networks, classifiers, LLMs, agents, detection,
        retrieval ... in the title or the abstract; else a benchmark or a model of the
        vocabularies). Physics, mathematics and the humanities report numbers too; they
        are not results of models on benchmarks."""
        if self._gate is None:
            self._gate = bool(_MODEL_EVIDENCE.search(self.low) or _MODEL_EVIDENCE.search(lowered(self.title)))
            if not self._gate:   # a single sentence can lack the words: a model of the registry will do ...
                self._find_names()
                self._gate = any(m.start >= 0 and not m.generic and (registry_entry(m.name) is not None or registry_model(m.name))
                                 for m in self.models)
                if not self._gate and any(b.known for b in self.benches):
                    # ... or a benchmark of the vocabulary, with a metric written by each result
                    # (_written_metric_only): many of its short names are terms of other sciences
                    self._gate = self._gate_weak = True
        return self._gate

    def _mention(self, n: Num, s0: int, s1: int, cls: str, reason: str, rule: str) -> None:
        """Record a number that is not a claim (up to max_mentions; the rest are counted); rule:
        the named strategy that decided (extract/mentions.py STRATEGIES, or a step of run())."""
        self._keep_mention(Mention(
            value=n.value, value_text=self.raw[n.start:n.end], unit=n.unit, mention_class=cls, reason=reason, rule=rule,
            evidence=evidence_text(self.raw, s0, s1, n.start, n.end), char_start=n.start, char_end=n.end,
        ))

    def _keep_mention(self, m: Mention) -> None:
        """The mentions ledger's cap: keep up to max_mentions, count the rest."""
        if self.max_mentions and len(self.mentions) >= self.max_mentions:
            self.mentions_dropped += 1
        else:
            self.mentions.append(m)

    def _groups(self, cands: list[Num]) -> list[list[Num]]:
        """Pure value lists: '13.42, 15.93, and 12.07', '51.6 and 57.0'."""
        groups: list[list[Num]] = []
        for n in cands:
            gap = self.text[groups[-1][-1].end:n.start] if groups else ""
            if groups and (_LIST_GAP.match(gap) or (w := _REPEATED_HEAD_GAP.match(gap)) is not None
                           and self.text[max(0, groups[-1][0].start - 30):groups[-1][0].start].rstrip().endswith(" " + w.group("w"))):
                # "F1 0.88 and F1 0.90": the list's head word written again before each value
                groups[-1].append(n)
            else:
                groups.append([n])
        return groups

    def _sentence_claims(self, cands, s0, s1, benches, models, prev_bench):
        t = self.text
        claims = []
        groups = self._groups(cands)
        sentence = t[s0:s1]
        respectively = re.search(r"\brespectively\b", sentence, re.IGNORECASE)
        # per group: the text after it up to the next group, and that text cut at a clause break
        tails = []
        for gi, g in enumerate(groups):
            next_start = groups[gi + 1][0].start if gi + 1 < len(groups) else s1
            tail_g = t[g[-1].end:next_start]
            cut = _CLAUSE_BREAK.search(tail_g)
            if cut and (compared := _COMPARED_ON.match(tail_g, cut.start())):
                # "a Bpp reduction of 20.43% compared to G-PCC on 8iVFB": a comparison with no value of
                # its own, on the same evaluation: the clause goes on to it
                cut = _CLAUSE_BREAK.search(tail_g, compared.end())
            tails.append((tail_g, tail_g[:cut.start()] if cut else tail_g))
        assigned: dict[int, tuple] = {}  # id(num) -> (bench, rule, model)
        if respectively:
            for n, b in self._respectively_over_benchmarks(cands, benches, s0 + respectively.start()):
                assigned[id(n)] = (b, "respectively", None, "respectively-over-benchmarks")

        # 1. value lists aligned with a list of benchmarks or models
        paired: list[ModelHit] = []   # the model list the last value list was paired with
        paired_benches: list[BenchHit] = []   # the benchmark list a value list was last paired with, in order
        for gi, g in enumerate(groups):
            if len(g) < 2 or all(id(n) in assigned for n in g):
                continue
            subjects = self._coordinated_subjects(models, g, s0, paired)
            if subjects:
                # "GPT-4V and Gemini achieve accuracies of 51.26% and 45.72%, only 13.17% and
                # 7.63% higher than random": the values follow the models' order
                paired = subjects
                for n, m in zip(g, subjects):
                    assigned[id(n)] = (None, None, self._with_size(m), "coordinated-subjects")
                continue
            # (not past the next predicate: "by 21.4 and 13.4 points on the seen and unseen splits ...,
            # and improves Search-QA exact match by 3.0 points")
            own = [b for b in benches if g[-1].end <= b.start < g[-1].end + len(tails[gi][1])
                   and not _NEXT_PREDICATE.search(t, g[-1].end, b.start)]
            # "75%, 78% on MMLU": a benchmark right after the list is shared by it
            # (not "83.28% and 98.25% F1-Score and on Web Queries ...": 'and' opens the next result)
            near = own[:1] if own and not (respectively and len({b.name for b in own}) > 1) and re.match(r"^[\s%]*(?:(?!and\b)[\w\-@]+\s+){0,3}?(?:on|in|for|at)\s+(?:the\s+)?$",
                                               t[g[-1].end:own[0].start], re.IGNORECASE) else []
            after = [b for b in benches if b.start > g[-1].end]
            # "+1.5 and +1.3 points on average across nine image-to-text benchmarks ..., with gains ... on
            # tasks such as DocVQA and InfoVQA": the values are on a counted group, the names after are examples
            examples = bool(after) and self.example_after_group(g[-1].end, after[0])
            # a benchmark that opens this list's own clause ("... and on Web Queries dataset produced
            # 76.23% and 84.42%"), not one the values before end with ("19.4% on MATH, exceeding ... by")
            prev_end = groups[gi - 1][-1].end if gi > 0 else s0
            opening = [b for b in benches if prev_end <= b.start and b.end <= g[0].start
                       and not re.fullmatch(r"[\s%]*(?:on|in|for|at)\s+(?:the\s+)?", t[prev_end:b.start], re.IGNORECASE)]
            opens = bool(opening)
            if examples:
                after = own = near = []
            elif not after:
                after = [] if opens else benches   # no benchmark after the list: the sentence's
            objects = self._objects(models, s0)
            # ("mean absolute errors of 1.35 and 2.28 for CDR-SB and MMSE scores, respectively": what is scored, not who)
            named = [m for m in models if not m.generic and id(m) not in objects and not _SCORED_THING.match(t, m.end)]
            if near and respectively and len(named) >= len(g):
                # "respectively 75%, 78% on MMLU": the list runs over models, the benchmark is shared
                closest = sorted(named, key=lambda m: abs(m.start - g[0].start))[:len(g)]
                for n, m in zip(g, sorted(closest, key=lambda m: m.start)):
                    assigned[id(n)] = (near[0], "respectively", self._with_size(m), "list-over-models-shared-benchmark")
            elif respectively and len(after) == len(g) and len(after) > 1:
                for n, b in zip(g, after):
                    assigned[id(n)] = (b, "respectively", None, "list-respectively-benchmarks-after")
                paired_benches = after
            elif respectively and len(g) > 1 and len(after) != len(g) and len(items := self._list_items(own or opening, s1)) == len(g):
                # "86.49%, 92.56%, 93.37%, and 92.98% on the Synapse, ACDC, Kvasir, and Skin Lesion Segmentation
                # (ISIC2017) datasets, respectively": the list's items, one the vocabulary does not know
                for n, b in zip(g, items):
                    assigned[id(n)] = (b, "respectively", None, "list-respectively-items")
                paired_benches = items
            elif respectively and not after and len(opening) == len(g) > 1 and len({b.name for b in opening}) == len(g) \
                    and all(_COORD_GAP.fullmatch(t[a.end:b.start]) for a, b in zip(opening, opening[1:])):
                # "while LARa and PKU-MMD achieved lower accuracies of 64.31% and 69%, respectively"
                for n, b in zip(g, opening):
                    assigned[id(n)] = (b, "respectively", None, "list-respectively-benchmarks-before")
            elif not respectively and not after and len(opening) == len(g) > 1 and len({b.name for b in opening}) == len(g) \
                    and all(_COORD_GAP.fullmatch(t[a.end:b.start]) for a, b in zip(opening, opening[1:])) \
                    and _FINDINGS_BETWEEN.match(t, opening[-1].end, g[0].start) and all(_COORD_GAP.fullmatch(t[a.end:b.start].strip("%").rstrip()) or
                                                                                      _COORD_GAP.fullmatch(t[a.end:b.start]) for a, b in zip(g, g[1:])):
                # "evaluations on StructT2IBench, OneIG-Bench, and LongText-Bench show that CoCo achieves
                # improvements of +68.83%, +54.8%, and +41.23%": as many values as benchmarks, in order
                for n, b in zip(g, opening):
                    assigned[id(n)] = (b, "respectively", None, "list-parallel-benchmarks-before")
            elif len(run := self._coordinated_run_before_bracket(g, benches)) == len(g) > 1:
                # "outperforms baselines on GSM8K, MATH500, Countdown, and HumanEval (3.1%, 3.8%, 7.9%,
                # and 6.8% absolute over backbone)": a list of names, then as many values in brackets
                for n, b in zip(g, run):
                    assigned[id(n)] = (b, "respectively", None, "list-names-then-bracket")
                paired_benches = run
            elif len(own) == len(g) and all(_COORD_GAP.fullmatch(t[a.end:b.start]) for a, b in zip(own, own[1:])):
                # "false positive rates of 0.022 and 0.016 on AlpacaEval and OR-Bench": values and
                # a coordinated list of as many benchmarks right after them go in order
                for n, b in zip(g, own):
                    assigned[id(n)] = (b, "respectively", None, "list-coordinated-benchmarks")
                paired_benches = own
            elif near or len(own) == 1 and not respectively:
                # "1.8%/3.6% WER on LibriSpeech": the list shares the benchmark named right after it
                for n in g:
                    assigned[id(n)] = ((near or own)[0], "on-benchmark", None, "list-shared-benchmark")
            elif len(after) == len(g) and len(after) > 1:
                for n, b in zip(g, after):
                    assigned[id(n)] = (b, "respectively" if respectively else "on-benchmark", None, "list-benchmarks-after")
            elif not after and len(g) > 1 and len(earlier := self._parallel_earlier(g, benches, s0, paired_benches, bool(respectively))) == len(g):
                # "0.531 and 0.679 on HiXray and PIDray, demonstrating 2.4% and 1.8% improvements", "MAE of
                # 0.77 bpm on PURE and 0.66 bpm on UBFC-rPPG, and accuracy of 97.3% and 97.5% respectively":
                # a later list of as many values runs over the benchmarks named before it, in order
                for n, b in zip(g, earlier):
                    assigned[id(n)] = (b, "respectively", None, "list-parallel-earlier")
            elif respectively and len(named) == len(g):
                # "GPT-4V and Gemini Ultra ... accuracies of 56% and 59% respectively"
                for n, m in zip(g, named):
                    assigned[id(n)] = (None, "respectively", self._with_size(m), "list-respectively-models")
            elif respectively and len(g) > 1 and len(named_after := [m for m in named if m.start > g[-1].end]) == len(g) \
                    and all(_COORD_GAP.fullmatch(t, a.end, b.start) for a, b in zip(named_after, named_after[1:])):
                # "outperforms ... by 15%, 17%, 10%, 9%, and 6% on average restriction rates for Gemma2-2B,
                # Mistral-7B, Vicuna-7B, Llama3-8B, and Llama3.1-8B, respectively": a list of models after the values
                for n, m in zip(g, named_after):
                    assigned[id(n)] = (None, "respectively", self._with_size(m), "list-respectively-models")
            elif respectively and not after and not opens and len(listed_before := self._listed_before(s0)) == len(g):
                # "... on three datasets: UCI Seizure EEG, MIT-BIH Arrhythmia, and PTB Diagnostic ECG.
                # It achieved accuracies of 99.96%, 99.78%, and 100%, respectively": the list is the
                # sentence before's
                for n, b in zip(g, listed_before):
                    assigned[id(n)] = (b, "respectively", None, "list-previous-sentence")
            elif respectively and len(own) != 1 and (len(after) > 1 or len(named) > 1) and not (
                    len(after) <= 1 and any(0 <= g[0].start - m.end <= 40 and _ONE_SUBJECT_GAP.fullmatch(t, m.end, g[0].start) for m in named)):
                # (not "the best baseline model (LLaMA-Large) achieving only 67% and 79% respectively": one
                # model's values, the list runs over the settings named before)
                for n in g:
                    self._mention(n, s0, s1, "unnamed evaluation",
                                  f"'respectively' list does not align ({len(g)} values, {len(after)} benchmarks)", "respectively-misaligned")
                    assigned[id(n)] = (None, "skip", None, None)
        # 2. one value at a time
        prev_info = None
        outer_info, prev_bracketed = None, False   # the last value outside brackets ("66% on X (+313% ...) and 26%")
        for gi, g in enumerate(groups):
            tail_g, tail_clause = tails[gi]
            next_start = groups[gi + 1][0].start if gi + 1 < len(groups) else s1
            prev_end = groups[gi - 1][-1].end if gi > 0 else s0
            lead_own = t[prev_end:g[0].start]
            for k, n in enumerate(g):
                bench, rule, model, listed = assigned.get(id(n), (None, None, None, None))
                decided = listed if bench is not None else None
                if rule == "skip":
                    continue
                # list items share the words after the list: "19% and 13% relative WER reduction"
                tail = t[n.end:next_start] if k == len(g) - 1 else tail_g
                if bench is None:
                    bench, found, decided = self._bench_for(n, gi, groups, tails, lead_own, benches, prev_bench, sentence)
                    rule = rule or found
                if bench is None and rule != "unnamed" and claims and (not _CLAUSE_BREAK.search(lead_own) or _TO.match(lead_own)
                                                                       or _VS_BRACKET.search(lead_own)
                                                                       or self._compared_side_value(n, s0, lead_own)):
                    # "4% on test-clean and 14% on test-other": the same evaluation as the value before
                    bench, rule, decided = self._last_bench, self._last_rule, "as-value-before"
                if bench is None:
                    if rule == "unnamed":
                        # what it says still carries to the next value: "a gain of 19.2% on existing
                        # datasets and 30.0% on the ChangeVPR dataset"
                        prev_info = self._kind(n, g, k, lead_own, tail, prev_info)[0]
                    share = _SHARE.match(tail)
                    self._mention(
                        n, s0, s1, "unnamed evaluation" if _RESULT_CONTEXT.search(sentence.lower()) else "other",
                        "share of entries, not a score" if share else "no named benchmark", "share-of-entries" if share else "no-benchmark")
                    continue
                if _SHARE_OF_BENCH.match(tail) and not _RESULT_VERB.search(lead_own[-80:].lower()) \
                        and self.value_of_name(n.end) is None:   # (not one of a list 'a% of A, b% of B')
                    self._mention(n, s0, s1, "other", "share of the benchmark's entries, not a score", "share-of-benchmark")
                    continue
                bracketed = t.count("(", s0, n.start) > t.count(")", s0, n.start)
                # a value after a bracketed one takes after the value before the bracket: "66% on SimpleQA
                # (+313% relative ...) and 26% on FinanceBench" (a score), "by 9.8 (+29.4%) and 5.9 (+15.8%)" (deltas)
                info, kind_decided = self._kind(n, g, k, lead_own, tail, outer_info if prev_bracketed and not bracketed else prev_info, bench)
                paired_metric = self._slash_metric(n, s0)
                if paired_metric is not None:
                    info = dataclasses.replace(info, metric=paired_metric)
                prev_info, prev_bracketed = info, bracketed
                if not bracketed:
                    outer_info = info
                model_decided = listed if model is not None else None   # a list rule decided it
                if model is None:
                    model, model_decided = self._model_for(n, g, tail_clause, lead_own, models, s0, info.kind, sentence)
                subject_run = self._subject_run(models, n, s0) if len(g) == 1 and model_decided != listed and not respectively else []
                if subject_run:
                    # one value, a coordinated subject of named models: each model's ("A and B remain below 40%")
                    model, model_decided = self._with_size(subject_run[0]), "coordinated-subjects"
                others = self._coordinated(bench, benches) if len(g) == 1 and not respectively and rule == "on-benchmark" else []
                if rule == "pooled" and bench.members and info.qualifier in _BOUNDS \
                        and "average" not in tail_clause.lower() and "average" not in lead_own[-60:].lower():   # (not "over 90% ... on average")
                    # "Experiments on CS-FLEURS (cmn-eng) and ViMedCSS (vie-eng) show consistent reductions of
                    # over 2%": a bound over the list holds for each member
                    bench, rule, decided, others = bench.members[0], "coordinated", "pooled-bound-each", list(bench.members[1:])
                if others and info.qualifier not in _BOUNDS:
                    # "Evaluated on VITON-HD and DressCode datasets, our framework achieves ... a drop of 9.5%
                    # on the primary metric DISTS": one value stated once for a list is on the list as a whole
                    # (docs/CLAIMS.md, "Values over several benchmarks"), not on each member
                    bench, rule, decided = pooled_hit(sorted([bench, *others], key=lambda b: b.start)), "pooled", "coordinated-pooled"
                    others = []
                claims.append(self._claim(n, s0, s1, bench, rule, model, info, lead_own, tail_clause,
                                          (decided or rule, model_decided, kind_decided)))
                for m in subject_run[1:]:
                    claims.append(self._claim(n, s0, s1, bench, rule, self._with_size(m), info, lead_own, tail_clause,
                                              (decided or rule, "coordinated-subjects", kind_decided)))
                for other in others:
                    # "exceeding 99% on FF++, Celeb-DF, and VDFD benchmarks", "on the miniImageNet and
                    # tieredImageNet benchmarks, TAFSSL can improve ... by more than 5%": a bound holds for each
                    claims.append(self._claim(n, s0, s1, other, "coordinated", model, info, lead_own, tail_clause,
                                              ("coordinated", model_decided, kind_decided)))
                self._last_bench, self._last_rule = bench, rule
        return claims

    def _bench_for(self, n, gi, groups, tails, lead_own, benches, prev_bench, sentence):
        """(benchmark, rule, strategy name) for a number; (None, None, None) when no named
        evaluation applies: the strategies of BENCH_STRATEGIES tried in order, the first that
        decides wins ((None, "unnamed") decides too: the number is on an unnamed evaluation)."""
        q = BenchQuery(n, gi, groups, tails, lead_own, benches, prev_bench, sentence)
        for name, strategy in BENCH_STRATEGIES:
            found = strategy(self, q)
            if found is not None:
                return found[0], found[1], name
        return None, None, None

    def _measured_before(self, metric: str, pos: int) -> BenchHit | None:
        """The benchmark of one of the two sentences before pos that writes the metric (the
        nearest sentence first, its last benchmark that is not training data or an object)."""
        before = [(s0, s1) for s0, s1 in self.sents if s1 <= pos][-2:]
        for s0, s1 in reversed(before):
            cands = [b for b in self.benches if s0 <= b.start < s1 and not self._bench_is_object(b)]
            if not cands:
                continue
            if any(name == metric for _, name in _metrics_in(self.text[s0:s1])):
                return cands[-1]
        return None

    def _bench_is_object(self, b: BenchHit) -> bool:
        """'tighter than MT-Bench', 'compared to MMLU': a benchmark compared against; also a
        name used as a source of data ('PubMed abstracts', 'papers in PubMed')."""
        if b.start >= 0 and (_SOURCE_AFTER.match(self.text, b.end) or _SOURCE_BEFORE.search(self.text, max(0, b.start - 30), b.start)) \
                and not _DATASET_HEAD_AFTER.match(self.text, b.end):
            return True   # ("sourced from the Sokoto Coventry Fingerprint Dataset": a dataset all the same)
        if _USED_AS_DATA_AFTER.match(self.text, b.end):
            return True   # "using AfriSocial as domain adaptive pretraining (DAPT) data": data to train on
        if b.start >= 0 and self._result_where_trained(b.start, b.end):
            return False   # "trained on the BraTS 2021 dataset, achieving 91.24% accuracy": measured there
        if b.name in self.training or re.search(r"\b(?:trained|pre-?trained|training|pre-?training)\s+" + TRAINED_ON_GAP + r"on\s+(?:the\s+)?$", self.text[max(0, b.start - 30):b.start], re.IGNORECASE):
            return True  # "after finetuning on TinyGSM", "trained on MS MARCO": training data, not the evaluation
        return bool(re.search(r"\b(?:than|compared\s+(?:to|with)|unlike|versus|vs\.?|upon|over)\s+(?:on\s+|in\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$",
                              self.text[max(0, b.start - 24):b.start], re.IGNORECASE))

    def _example(self, b: BenchHit) -> bool:
        """A name in a list of examples ('such as X (formerly Twitter), Facebook, Reddit')."""
        return b.start >= 0 and _EXAMPLE_LIST_BEFORE.search(self.text, max(0, b.start - 200), b.start) is not None

    def _later_is_object(self, b: BenchHit, pos: int) -> bool:
        between = self.text[pos:b.start]
        if _COMPARED_MODEL_THEN_ON.search(between):
            return False   # "4.75% higher accuracy compared to the baseline model on the PIE dataset": where both were measured
        return bool(re.search(r"\b(?:than|compared|including|such\s+as|e\.g\.)\b", between, re.IGNORECASE))

    def _model_for(self, n, g, tail_clause, lead_own, models, s0, kind, sentence):
        """(model, strategy name) for a number: the strategies of MODEL_STRATEGIES tried in
        order; the first that decides wins (it may decide that no model is named). A strategy
        may add a note for decided_by: 'learned-candidate (p 0.71: ...)'."""
        q = ModelQuery(n, g, tail_clause, lead_own, models, s0, kind, sentence)
        for name, strategy in MODEL_STRATEGIES:
            found = strategy(self, q)
            if found is not None:
                return found[0], (name if len(found) == 1 else f"{name} ({found[1]})")
        return None, None

    def _own_sized_models(self, models: list[ModelHit]) -> list[ModelHit]:
        """Models named by their size only after 'the', 'our' or 'this' ('The 3B model achieves ...'):
        in a paper with one system, that system at that size; in a paper with none, after 'the', no
        model of its own (the models named elsewhere decide: 'The 2B model achieves ...' of fine-tuned
        Qwen-2-VL models)."""
        one = self._one_system()
        out = []
        for m in models:
            if _SIZE_ONLY_MODEL.fullmatch(m.name) and (own := _OWN_SIZE_BEFORE.search(self.text, max(0, m.start - 6), m.start)):
                if one is not None:
                    m = ModelHit(m.start, m.end, one, m.params_b, m.active_params_b, m.params_source)
                elif not self.systems and own.group(0).strip().lower() == "the":
                    continue
            out.append(m)
        return out

    def _role(self, model: ModelHit | None) -> str:
        """proposed (the paper's own system), baseline (another named model), human, or
        unnamed (no model, or an aggregate: 'the best open model', 'prior state of the art')."""
        if model is None:
            return "unnamed"
        low = model.name.lower()
        if _HUMAN_NAME.match(low):
            return "human"
        if model.generic:
            return "unnamed"
        if model.own or any(x in low for x in self._sys_low):
            return "proposed"
        return "baseline"

    # ------------------------------------------------------------ size strategies
    # Each takes (number, model, sentence span) and returns (params_b, params_source); the first
    # that finds a size decides.

    def _claim(self, n: Num, s0, s1, bench: BenchHit, rule, model, info: Info, lead, tail,
               decided: tuple[str, str | None, str]):
        """The row; decided: the names of the benchmark, model and kind strategies that decided
        (the model's None: no strategy decided), the size strategy is found here."""
        kind, negative, qualifier, metric = info.kind, info.negative, info.qualifier, info.metric
        value, high = n.value, n.value_high
        if kind == "delta":
            value = -abs(value) if negative else abs(value)
            if high is not None:
                high = -abs(high) if negative else abs(high)
        active = model.active_params_b if model else None
        # "with merely 31 billion average active parameters on Arena-Hard"
        act = re.search(r"(\d+(?:\.\d+)?)\s*(billion|B|million|M)\s+(?:average\s+)?(?:active|activated)\s+param", tail)
        if act:
            active = parse_size(act.group(1) + act.group(2)[0].upper())
            res = resolve(model.name) if model is not None else None
            if model is None or res is not None and res.active_params_b is None and res.params_b is not None and res.experts is None \
                    or model.params_b is not None and active is not None and active > model.params_b:
                # a dense model (the registry's) or one smaller than the count has no such active
                # share: the count belongs to a system the sentence does not name as a model
                active = model.active_params_b if model else None
        subset = bench.subset
        split = re.match(r"^[\s%]*(?:on|in)\s+(?:the\s+)?(test[\-\s]?clean|test[\-\s]?other|dev|devtest|test|validation|val)\b", tail, re.IGNORECASE)
        if split and not subset:
            subset = split.group(1).lower()
        sub = _FOR_TASKS.match(tail)
        if sub and not subset:
            subset = sub.group("sub").lower()
        d = _DIRECTION.search(tail[:80]) or _DIRECTION.search(lead[-120:])
        if d and (bench.category in (None, "translation")) and re.search(r"translat|language", self.text[s0:s1], re.IGNORECASE):
            direction = re.sub(r"\s+languages\b", "", f"{d.group('a')}->{d.group('b')}")  # "English to Indian languages" -> English->Indian
            subset = f"{subset}, {direction}" if subset else direction
        conf = RULES.get(rule, 0.6)
        if model is None:
            conf -= 0.1
        if kind == "score" and n.unit == "%" and not 0 <= value <= 100:
            conf -= 0.2
        if metric is None:
            conf -= 0.05
        unit = "%" if n.unit == "%" else ("pp" if n.unit == "pp" else None)
        if model is not None and model.generic and _GENERIC_GROUP_END.search(model.name) and not re.match(r"\d", model.name):
            if self.systems and model.start >= 0 and re.search(r"\bour\s+$", self.text[max(0, model.start - 5):model.start], re.IGNORECASE):
                model = ModelHit(-1, -1, self.systems[0], *self.system_size[:1], None, self.system_size[1])  # "our best model"
            else:
                model = None  # "the best general-purpose model": the text names no model
        params, source, size_decided = None, None, "none"
        if model is not None:
            for name, strategy in SIZE_STRATEGIES:
                params, source = strategy(self, n, model, s0, s1)
                if params is not None:
                    size_decided = name
                    break
        else:
            params, source = self.unnamed_own_size(n, s0, s1)
            size_decided = "unnamed-own" if params is not None else "none"
        role = self._role(model)
        model_id, family, base_id = _identity(model.name if model is not None and role in ("proposed", "baseline") else None,
                                              self.system_base if role == "proposed" else None)
        return Claim(
            model=model.name if model else None,
            model_id=model_id,
            model_family=family,
            model_role=role,
            base_model_id=base_id,
            params_b=params,
            active_params_b=active,
            params_source=source,
            benchmark=bench.name,
            benchmark_known=bench.known,
            category=bench.category,
            subset=subset,
            setting=None if role == "human" else _setting(self.text[max(s0, n.start - 200):n.start] + " " + tail[:80]),
            # unstated: "score" where the text says score, else the benchmark's own metric (GSM8K: accuracy)
            metric=metric or ("score" if _SAYS_SCORE.search(lead[-40:]) else bench.metric) or "score",
            value=value,
            value_high=high,
            value_text=self.raw[n.start:n.end],
            unit=unit,
            kind=kind,
            qualifier=qualifier,
            evidence=evidence_text(self.raw, s0, s1, n.start, n.end),
            char_start=n.start,
            char_end=n.end,
            extractor=f"{rule}@{RULE_VERSION}.{RULES_DIGEST}",
            confidence=round(max(0.05, min(1.0, conf)), 2),
            decided_by=f"benchmark: {decided[0]}; model: {decided[1] or 'undecided'}; kind: {decided[2]}; size: {size_decided}",
        )


def extract_abstract(title: str, abstract: str) -> tuple[list[dict], list[dict]]:
    """Claim rows and mention rows (without paper columns) for one abstract, as column
    dicts (the tables' form; extract_paper gives the typed rows)."""
    claims, mentions, _ = extract_paper(title, abstract)
    return [c.as_row() for c in claims], [m.as_row() for m in mentions]




def extract_paper(title: str, abstract: str, max_mentions: int = MAX_MENTIONS_PER_PAPER) -> tuple[list[Claim], list[Mention], int]:
    """(claims, mentions, mentions not kept): mentions beyond max_mentions (0: no cap) are
    counted, not built, so that memory per paper stays bounded.

    The cyclic garbage collector is paused meanwhile: the rows hold no reference cycles,
    and its full collections, which walk every live row, made time per KB grow with the
    abstract's length (about 1.7x from 100 KB to 1 MB of numbers; bench/hostile.py --scaling)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        ex = AbstractExtractor(title, abstract, max_mentions)
        claims, mentions = ex.run()
        score_rows(claims)   # confidence: extract/scorer.py
        return claims, mentions, ex.mentions_dropped
    finally:
        if paused:
            gc.enable()

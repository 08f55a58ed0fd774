"""The extractor's fast paths against the plain scans they replace.

Speed work (issue 5) replaced whole-text regex scans by cheaper searches that must find
exactly the same matches: numbers found from digit runs, patterns tried only near their
anchor words, word alternations compiled for lowered text instead of re.IGNORECASE, a
backward scan for the word before a number, sentence joins found in one scan; issue 11 the
names of the benchmark and model vocabularies found with an Aho-Corasick automaton instead
of a trie regex, and anchor words that are plain alternations found the same way. Each test
here states the plain form as the specification and compares on generated text (hypothesis)
made of the characters and words those patterns care about, plus real sentences."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimboard.extract import (
    bench_strategies,
    kinds,
    mentions,
    metric_text,
    model_names,
    model_strategies,
    name_basics,
    names,
    numbers,
    own_names,
    rules,
    systems,
)
from claimboard.extract import text as text_mod
from claimboard.extract.lexicon import (
    Lexicon,
    _anchor_automaton,
    anchor_spans,
    finditer_near,
    finditer_near_reference,
    lower_same_length,
    match_near,
    match_near_reference,
    word_alternatives,
)
from claimboard.schema.vocab import load_benchmarks, load_models

PROPS = settings(max_examples=300, deadline=None)

# pieces that exercise numbers, names and the anchor words; joined with random separators
WORDS = [
    "GPT-4", "Llama-2-7B", "7B", "1.3b", "a", "A", "an", "the", "The", "best", "strongest", "top", "leading",
    "most advanced", "human", "humans", "performance", "experts", "who", "model", "models", "LLM", "LMMs",
    "open-source", "performing", "-performing", "system", "MMLU", "GSM8K", "benchmark", "dataset", "test set",
    "suite", "we", "We", "introduce", "present", "propose", "called", "namely", "X-Bench", "FooQA", "is", "as",
    "new", ",", ".", ";", "(", ")", "[", "]", "$", "+", "-", "±", "%", "x", "×", "@", "/", "'", "_", "{",
    "12", "3.5", ".53", "1,000", "4.6%", "2-4x", "5.2%-21.8%", "2.3e21", "pp", "points", "B", "M", "K",
    "tasks.This", "abc.Def", "e.g.", "Fig.", "i.e.", "about", "up to", "at least", "nearly", "accuracy",
    "speed-up", "faster", "GPU", "hours", "Jan", "rank", "p <", "gap", "closed", "score", "achieves",
    "improves", "Improvement", "by", "of", "Lower", "than", "None", "reach", "average", "mean", "On average",
    "outperforms", "ranging from", "lags", "Behind", "increases", "drops to", "while", "vs", "(", "with",
    "Throughput", "latency", "tokens/s", "KV cache", "FPS", "costs", "cheaper", "compression", "fewer tokens",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "  ", "\n", "-", ", ", ". "])


@st.composite
def texts(draw):
    pieces = draw(st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=40))
    noise = draw(st.text(alphabet="aZ09 .,-$+%x@/'_({", max_size=12))
    return "".join(w + s for w, s in pieces) + noise


REAL = [
    "We introduce MathBench, a new benchmark of 3,709 problems; GPT-4 reaches 86.4% (+4.6) on it.",
    "The best open-source model, Llama-2-70B, lags behind human experts (92.1%) by 20 points.",
    "a 7B model trained for 2.3e21 FLOPs runs 2-4x faster on 8 GPUs, costing $1,200 ± 30.",
    "Results range from 5.2%-21.8% on SQuAD 1.1 and 2.0.This capability matters (see Fig. 3).",
]


# ---------------------------------------------------------------- numbers from digit runs

@PROPS
@given(texts())
@example("costs $ 1,200 or $+.5, a change of -.53 and ±3")
def test_number_matches_are_the_finditer_matches(t):
    got = [(m.span(), m.group(0)) for m in numbers.number_matches(t)]
    want = [(m.span(), m.group(0)) for m in numbers.NUMBER.finditer(t)]
    assert got == want


@pytest.mark.parametrize("t", REAL)
def test_number_matches_real_sentences(t):
    assert [m.span() for m in numbers.number_matches(t)] == [m.span() for m in numbers.NUMBER.finditer(t)]
    assert len(list(numbers.number_matches(t))) >= 2


# ---------------------------------------------------------------- the word before a number

# the regex that word_before's backward scan replaced (\Z, not $: $ also matches before a final newline,
# which the scan counts as one of the three spaces; hypothesis found "GPT-4  _\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w\-.]*?)[\s_{(]{0,3}\Z")


@PROPS
@given(texts(), st.integers(min_value=0, max_value=400))
@example("Gemini 1.5", 7)
@example("GPT-Neo (125M)", 8)
@example("Foo_ 1", 5)
@example("Foo    1", 7)
@example("GPT-4  _\n", 9)
def test_word_before_is_the_regex(t, q):
    q = min(q, len(t))
    m = _WORD_BEFORE.search(t, max(0, q - 40), q)
    assert rules.word_before(t, q) == (m.group(1) if m else None)


# ---------------------------------------------------------------- anchored searches

@PROPS
@given(texts())
@example("the best-performing open-source LLMs and a 1.3B generation model beat humans.")
def test_generic_models_near_their_words_are_the_full_scan(t):
    low = lower_same_length(t)
    got = [m.span() for m in match_near(model_names._GENERIC_MODEL, low, model_names._GENERIC_ANCHOR, before=16)]
    assert got == [m.span() for m in model_names._GENERIC_MODEL.finditer(low)]


@PROPS
@given(texts())
@example("On the MMLU Pro in-context learning benchmark and the X-Bench test set, ...")
@example("GPT-4 benchmark system ")   # (the head word's look-ahead reaches past the anchor)
@example("the X dataset   technology")
def test_phrase_benchmarks_near_head_words_are_the_full_scan(t):
    got = [m.span() for m in finditer_near(names._PHRASE_BENCH, t, names._PHRASE_HEAD, before=240, after=16)]
    assert got == [m.span() for m in names._PHRASE_BENCH.finditer(t)]


@PROPS
@given(texts())
@example("In this paper we present a simple method called FooNet (FN), and we introduce X.")
@example("We propose a simple yet effective training method called FooNet.")
def test_system_introductions_near_verbs_are_the_full_scan(t):
    got = [m.span() for m in finditer_near(systems._INTRO_SYSTEM, t, systems._INTRO_VERB, before=60, after=260,
                                            anchor_text=lower_same_length(t))]
    assert got == [m.span() for m in systems._INTRO_SYSTEM.finditer(t)]


@PROPS
@given(texts())
@example("it can solve the compositional generalization benchmark SCAN in any split; a new dataset FooQA")
def test_head_then_name_near_head_words_is_the_full_scan(t):
    got = [m.span() for m in finditer_near(names._HEAD_THEN_NAME, t, names._HEAD_WORD, before=80, after=40)]
    assert got == [m.span() for m in names._HEAD_THEN_NAME.finditer(t)]


# the one-pass pattern that _INTRO_BENCH (name first) and _INTRO_BENCH_LEAD replaced
_INTRO_BENCH_ONE_PASS = re.compile(
    r"""
    (?:(?i:introduc\w*|present\w*|propos\w*|releas\w*|construct\w*|build\w*|buil[dt]|creat\w*|develop\w*|curat\w*|design\w*|call\w*|nam\w*)\s+(?:\w+\s+){0,2}?|^|(?<=[.;]\s))
    (?P<name>[A-Z][\w\-\+\.]*[A-Za-z0-9\+](?:\s+[A-Z][\w\-\+]*)*)
    \s*(?:\((?P<alias>[^()]{2,80})\))?
    \s*(?:,\s*(?:a|an|the)|\s+(?:is|as)\s+(?:a|an|the))\s+
    (?:[\w\-]+\s+){0,8}?
    (?:benchmark|dataset|test\s+set|evaluation\s+suite|evaluation\s+framework|leaderboard|testbed)s?\b
    """,
    re.VERBOSE,
)


@PROPS
@given(texts())
@example("We introduce MathBench, a new benchmark. FooQA is a dataset; Bar Baz (BB), a test set")
def test_benchmark_introductions_name_first_are_the_one_pass_scan(t):
    got = [(m.group("name"), m.group("alias")) for m in own_names._intro_bench_matches(t)]
    assert got == [(m.group("name"), m.group("alias")) for m in _INTRO_BENCH_ONE_PASS.finditer(t)]


# ---------------------------------------------------------------- lowered text, no IGNORECASE

LOWERED = ["_COMPUTE_AROUND", "_RESULT_CONTEXT", "_RESULT_VERB", "_MONTH_BEFORE", "_GAP_CLOSED", "_INHERIT_BLOCK",
           "_NEW_VALUE", "_OBJECT_BEFORE", "_P_VALUE", "_RANK_BEFORE", "_AVERAGE", "_NONE_REACH",
           "_DELTA_LEAD", "_COMPARATIVE", "_BY_END", "_VERB_CUE"]


@pytest.mark.parametrize("name", LOWERED)
@settings(max_examples=100, deadline=None)
@given(t=texts())
def test_lowered_patterns_find_what_ignorecase_finds(name, t):
    rx = next(getattr(m, name) for m in (rules, kinds, mentions, model_strategies, bench_strategies) if hasattr(m, name))
    assert not rx.flags & re.IGNORECASE
    ignorecase = re.compile(rx.pattern, re.IGNORECASE)
    for window in (t, t[-90:], t[-40:]):
        got, want = rx.search(lower_same_length(window)), ignorecase.search(window)
        assert (got and got.span()) == (want and want.span())


@PROPS
@given(texts())
@example("F1 score of 45; BLEU; chrF++; pass@1; nDCG@10; top-1 accuracy; WER")
def test_any_metric_gate_is_the_union_of_the_metrics(t):
    union = any(rx.search(t) for rx, _ in metric_text._METRIC_RE)
    assert metric_text._ANY_METRIC.found(t.lower()) == union


@PROPS
@given(texts())
@example("improves by up to")
@example("reaches approximately ")
def test_any_qualifier_gate_is_the_union_of_the_qualifiers(t):
    lead = t[-30:]
    union = any(rx.search(lead) for rx, _ in kinds._QUALIFIERS)
    low = lead.lower()
    assert kinds._ANY_QUALIFIER.found(low) == union


# the efficiency words as one re.IGNORECASE pattern, as they were before _AnyOf split them
_EFFICIENCY_ONE_PATTERN = re.compile(
    r"speed[\s\-]?ups?|faster|slower|throughput|latency|memory|token/s|tokens?\s*/\s*s|tokens?\s+per\s+second|per\s+second|\bfps\b|"
    r"inference\s+(?:cost|time|computation)|training\s+(?:cost|time|tokens)|computation(?:al)?|\bcompute\b|\bcosts?\b|cheaper|energy|"
    r"\bmfu\b|utili[sz]ation|compression|compress\w*|fewer\s+(?:training\s+)?(?:tokens|parameters|[gtmp]?flops|macs|steps)|\b[gtmp]flops\b|less\s+(?:memory|compute|parameters|data|time)|"
    r"kv[\s\-]cache|bandwidth|storage|model\s+size|parameter\s+count|footprint|sparsity|pruning\s+ratio|overhead",
    re.IGNORECASE)


@PROPS
@given(texts())
@example("a 2x speed-up in KV-cache memory at lower compute cost")
@example("uses fewer training tokens and less memory")
def test_efficiency_words_test_is_the_one_pattern(t):
    low = lower_same_length(t)
    got = mentions._EFFICIENCY_AROUND.found(low)
    assert got == bool(_EFFICIENCY_ONE_PATTERN.search(t))


def test_lowered_refuses_an_upper_case_letter():
    with pytest.raises(AssertionError):
        kinds._lowered(r"\bGPU\b")


# ---------------------------------------------------------------- sentences

def _sentences_per_sentence_join(t: str) -> list[tuple[int, int]]:
    """The former form: each sentence searched for joins on its own."""
    spans = [(s, e) for s, e in text_mod.sentences(t)]
    merged: list[tuple[int, int]] = []
    for s, e in spans:  # undo the splits, then redo them per sentence
        if merged and merged[-1][1] == s and t[s - 1] == ".":
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    out = []
    for s, e in merged:
        prev = s
        for m in re.finditer(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z])", t[s:e]):
            out.append((prev, s + m.end()))
            prev = s + m.end()
        out.append((prev, e))
    return out


@PROPS
@given(texts())
@example("We test tasks.This capability works. Second sentence here.Third one")
def test_sentence_joins_found_in_one_scan(t):
    assert text_mod.sentences(t) == _sentences_per_sentence_join(t)


def _metric_near_plain(lead: str, tail: str):
    """The former _metric_near: all 37 patterns searched in both windows (a model's name such as
    'Point-MAE' is no metric in either: metric_text.glued_to_name)."""
    tail_part = tail[:30]
    best = None
    for rx, canon in metric_text._METRIC_RE:
        m = next((x for x in rx.finditer(tail_part) if not metric_text.glued_to_name(tail_part, x, canon)), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon.format(*m.groups()) if m.groups() else canon)
    if best and metric_text._ADJACENT.match(tail_part[:best[0]]):
        return best[1]
    best_lead = None
    for rx, canon in metric_text._METRIC_RE:
        for m in rx.finditer(lead[-60:]):
            if metric_text.glued_to_name(lead[-60:], m, canon):
                continue
            if best_lead is None or m.end() > best_lead[0]:
                best_lead = (m.end(), canon.format(*m.groups()) if m.groups() else canon)
    if best_lead:
        return best_lead[1]
    return best[1] if best else None


METRIC_WORDS = ["accuracy", "Acc", "EM", "exact match", "F1 score", "F-measure", "BLEU", "chrF++", "chrF", "COMET",
                "ROUGE-L", "Rouge-2", "pass@1", "pass@ 10", "win rate", "success rate", "resolve rate", "resolves",
                "Elo", "WER", "word error rate", "CER", "perplexity", "PPL", "AUROC", "AUC", "mAP", "box AP", "AP",
                "mIoU", "nDCG@10", "nDCG", "MRR", "recall@5", "Spearman", "Pearson", "hallucination", "top-1 accuracy",
                "of", "on", "in", "the", "%", "points", "average", "Act.EM", "map", "apple", "eminent", "wonder",
                "AP50", "AP 75", "PQ", "Dice", "lesion-wise Dice", "MRR@10", "CMOS", "MOS", "mosaic", "dicey"]


@PROPS
@given(st.lists(st.tuples(st.sampled_from(METRIC_WORDS), SEPARATORS), max_size=12).map(lambda ps: "".join(w + s for w, s in ps)),
       st.lists(st.tuples(st.sampled_from(METRIC_WORDS), SEPARATORS), max_size=8).map(lambda ps: "".join(w + s for w, s in ps)))
@example("BLEU scores of ", "% in F1 score")
@example("the accuracy and pass@1 of ", " points on AP")
def test_metric_near_is_the_plain_search_of_all_patterns(lead, tail):
    assert metric_text._metric_near(lead, tail) == _metric_near_plain(lead, tail)


def _candidate_patterns_plain(low: str) -> list[int]:
    """The specification: a metric pattern is tried when one of its leading words occurs."""
    return [i for i, (_, _, words) in enumerate(metric_text._METRIC_CHECKS) if any(w in low for w in words)]


@PROPS
@given(st.lists(st.tuples(st.sampled_from(METRIC_WORDS), SEPARATORS), max_size=16).map(lambda ps: "".join(w + s for w, s in ps).lower()))
@example("mean average precision and the map of f1, mota and idf1")
def test_metric_candidates_are_the_patterns_whose_words_occur(low):
    assert metric_text._candidate_patterns(low) == _candidate_patterns_plain(low)


def test_metric_candidates_on_real_abstracts():
    for rec in REAL_ABSTRACTS[:400]:
        low = (rec.get("abstract") or "").lower()
        assert metric_text._candidate_patterns(low) == _candidate_patterns_plain(low)


# ---------------------------------------------------------------- names: automaton against the trie regex

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_ABSTRACTS = [json.loads(line) for path in sorted((FIXTURES / "random").glob("abstracts_*.jsonl"))
                  for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same_hits(lex: Lexicon, t: str) -> None:
    want = lex.find_reference(t)
    assert lex.find(t) == want
    assert lex.find(t, lower_same_length(t)) == want


# names with prefixes of each other, names inside names, separators and letters that lower to
# another length (İ) or to ASCII (the Kelvin sign), and a lone surrogate (the automaton reads
# UTF-8: find falls back to the regex)
_CHARS = "aaabbb---  AB1.İKß"   # mostly a, b and -: names overlap and nest often
_CASES = [str, str.lower, str.upper, str.title, str.swapcase]
_NAME_CASES = [str, str, str, *_CASES[1:]]   # names cut from the text: mostly as written
_GLUE = ["", "", "", "", " ", " ", "-", "-", ", ", ".", "(", ")", "/", "_", "\n", "a", "B", "1", "x", "İ", "K", "\ud800"]


@st.composite
def lexicon_and_text(draw):
    """A text of a few characters, and names cut from it (overlapping, nested, in another case)
    or drawn on their own, some of them case-sensitive."""
    pieces = draw(st.lists(st.tuples(st.lists(st.sampled_from(_CHARS), min_size=1, max_size=4).map("".join),
                                     st.sampled_from(_GLUE)), max_size=10))
    text = "".join(w + glue for w, glue in pieces)
    # cut mostly where a name may start and end (not inside a run of letters and digits)
    starts = [i for i in range(len(text)) if i == 0 or not text[i - 1].isascii() or not text[i - 1].isalnum()]
    ends = [j for j in range(1, len(text) + 1) if j == len(text) or not text[j].isascii() or not text[j].isalnum()]
    cuts = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(1, 8), st.booleans(), st.sampled_from(_NAME_CASES)),
                         max_size=10))
    names_ = []
    for i, k, anywhere, case in cuts:
        if not anywhere and starts:
            i = starts[i % len(starts)]
            k = next((j for j in ends if j >= i + k), len(text)) - i
        if text[i:i + k]:
            names_.append(case(text[i:i + k]))
    names_ += draw(st.lists(st.lists(st.sampled_from(_CHARS), min_size=1, max_size=5).map("".join), min_size=1, max_size=3))
    exact = {n for n in names_ if draw(st.booleans())}
    return Lexicon({n: i for i, n in enumerate(names_)}, exact), text


@PROPS
@given(lexicon_and_text())
def test_lexicon_find_is_the_trie_regex_on_generated_vocabularies(lex_text):
    lex, t = lex_text
    _same_hits(lex, t)


@pytest.mark.parametrize("spellings, exact, t", [
    # a case-sensitive hit that hides a lowered one which would have hidden a third: the two scans
    # are resolved each on its own, then merged
    ({"ab-cd": 1, "cd-ef": 2, "ef-gh": 3}, {"ab-cd"}, "ab-cd-ef-gh"),
    ({"a-b": 1, "b-a": 2, "a-a": 3}, {"a-b"}, "a-b-a-a"),
    ({"ab": 1, "abc": 2, "b c": 3}, set(), "xab c ab-c abc"),
    ({"ab": 1, "AB": 2}, {"AB"}, "AB ab Ab"),   # equal spans: the lowered name first
    ({"": 1, "a": 2}, set(), "a b"),            # an empty name: the regex's empty hits
    ({"x\ud800": 1}, set(), "x\ud800 y"),       # a name the automaton cannot take
    ({"KB": 1}, set(), "\u212aB kb"),           # the Kelvin sign lowers to k
])
def test_lexicon_find_is_the_trie_regex_on_corner_cases(spellings, exact, t):
    lex = Lexicon(spellings, exact)
    _same_hits(lex, t)
    _same_hits(lex, t + " " + t.upper())


@st.composite
def vocabulary_text(draw, spellings: list[str]):
    pieces = draw(st.lists(st.tuples(st.sampled_from(spellings), st.sampled_from(_CASES), st.sampled_from(_GLUE)),
                           max_size=10))
    return "".join(case(n) + glue for n, case, glue in pieces)


_BENCH_SPELLINGS = sorted({s for b in load_benchmarks() for s in b.spellings})
_MODEL_SPELLINGS = sorted({s for m in load_models() for s in m.spellings})


@PROPS
@given(vocabulary_text(_BENCH_SPELLINGS + _MODEL_SPELLINGS))
@example("MMLU-Pro, GSM8K and gsm8k-hard; Llama-2-7B vs LLaMA 2 (7B); T5 t5-base")
def test_real_lexicons_find_is_the_trie_regex_on_their_names(t):
    _same_hits(names.benchmark_lexicon(), t)
    _same_hits(name_basics.model_lexicon(), t)


@pytest.mark.parametrize("lexicon", [names.benchmark_lexicon, name_basics.model_lexicon])
def test_real_lexicons_find_is_the_trie_regex_on_real_abstracts(lexicon):
    lex = lexicon()
    hits = 0
    for r in REAL_ABSTRACTS:
        for t in (r["title"], r["abstract"]):
            _same_hits(lex, t)
            hits += len(lex.find(t))
    assert len(REAL_ABSTRACTS) > 1000 and hits > 100


# ---------------------------------------------------------------- anchors found by an automaton

# every anchor finditer_near and match_near are given in names.py
ANCHORS = [names._PHRASE_HEAD, names._DIGIT_ON, names._EVAL_ON_ANCHOR, names._PLURAL_HEAD, names._HEAD_WORD,
           systems._INTRO_VERB, model_names._GENERIC_ANCHOR]


def test_some_anchors_are_alternations_of_fixed_strings():
    assert any(_anchor_automaton(a) is not None for a in ANCHORS)


@pytest.mark.parametrize("pattern", [r"\w[bm]", r"a\b", r"(?i)x", "a|", "|a", "", "[^ab]", "[a-]", "[z-a]", "[]",
                                     "a.b", "a+", "ab?", r"a\nb", "a\\", "(a)", "a{2}", "[\\d]", "[a-z][a-z][a-z]"])
def test_word_alternatives_refuse_other_syntax(pattern):
    assert word_alternatives(pattern) is None


def test_word_alternatives_write_out_classes():
    assert word_alternatives(r"best|most\ advanced|\d[bm]") == (
        ["best", "most advanced"] + [d + c for d in "0123456789" for c in "bm"], True)
    assert word_alternatives("[a-c]x|é") == (["ax", "bx", "cx", "é"], False)


# pieces of fixed-string patterns: characters re.escape writes, \d and classes
_ATOMS = [re.escape(c) for c in "ab -.|\\(é"] + [r"\d", "[ab]", "[0-9b]", "[a-c1]"]


@PROPS
@given(st.lists(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=4).map("".join), min_size=1, max_size=5),
       st.text(alphabet="ab c-.|\\(é12١\ud800", max_size=40))
@example(["ab", "abc", "b"], "abc ab b")      # the first alternative that matches, not the longest
@example(["abc", "ab"], "abc ab b")
@example([r"\d[ab]"], "1a ١b")               # a digit that is not ASCII: the regex
def test_fixed_string_anchor_hits_are_the_finditer_hits(alternatives, t):
    rx = re.compile("|".join(alternatives))
    assert word_alternatives(rx.pattern) is not None or rx.pattern.count("\\d") + rx.pattern.count("[") >= 3  # > 1,000 words
    assert anchor_spans(rx, t) == [m.span() for m in rx.finditer(t)]


@pytest.mark.parametrize("anchor", ANCHORS, ids=lambda a: a.pattern[:30])
@settings(max_examples=100, deadline=None)
@given(t=texts())
def test_anchor_hits_are_the_finditer_hits(anchor, t):
    for hay in (t, lower_same_length(t), t + "\ud800"):
        assert anchor_spans(anchor, hay) == [m.span() for m in anchor.finditer(hay)]


def test_anchor_hits_on_real_abstracts():
    for r in REAL_ABSTRACTS:
        t = r["abstract"]
        for anchor in ANCHORS:
            for hay in (t, lower_same_length(t)):
                assert anchor_spans(anchor, hay) == [m.span() for m in anchor.finditer(hay)]
        low = lower_same_length(t)
        got = [m.span() for m in finditer_near(systems._INTRO_SYSTEM, t, systems._INTRO_VERB, 60, 260, anchor_text=low)]
        assert got == [m.span() for m in finditer_near_reference(systems._INTRO_SYSTEM, t, systems._INTRO_VERB, 60, 260,
                                                                 anchor_text=low)]
        got = [m.span() for m in finditer_near(names._PHRASE_BENCH, t, names._PHRASE_HEAD, 240, 2)]
        assert got == [m.span() for m in finditer_near_reference(names._PHRASE_BENCH, t, names._PHRASE_HEAD, 240, 2)]
        got = [m.span() for m in match_near(model_names._GENERIC_MODEL, low, model_names._GENERIC_ANCHOR, 16)]
        assert got == [m.span() for m in match_near_reference(model_names._GENERIC_MODEL, low, model_names._GENERIC_ANCHOR, 16)]

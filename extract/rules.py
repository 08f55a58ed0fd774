"""The claim rules: from one abstract to claim rows and mention rows.

Every number of the abstract is read once (extract.numbers), classified (a size, a
cost, a speed-up, a count, a year ... is a mention with its reason), and the rest are
claim candidates. A candidate becomes a claim when a named evaluation can be attached
to it; each row records the rule that attached it (see RULES)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.names import (BenchHit, ModelHit, find_benchmarks, find_models, lowered, own_benchmarks,
                           own_systems)
from extract.numbers import Num, find_numbers, parse_size
from extract.text import clean, sentences

RULE_VERSION = 1
# rule name -> base confidence (data/README.md explains confidence)
RULES = {
    "on-benchmark": 0.9,        # the benchmark is named in the number's clause
    "respectively": 0.85,       # values aligned with a list of benchmarks (or models)
    "own-benchmark": 0.75,      # the paper's own benchmark, named earlier in the abstract
    "previous-sentence": 0.6,   # a benchmark named in the sentence before, referred back to
    "phrase-benchmark": 0.7,    # the benchmark is unknown, recognised from phrasing only
}

METRICS = [
    # (pattern, canonical) — longer spellings first where they share a prefix
    (r"top-?1\s+accuracy", "top-1 accuracy"), (r"top-?5\s+accuracy", "top-5 accuracy"),
    (r"exact[\s\-]match", "exact match"), (r"act\.\s?em", "Act.EM"), (r"\bem\b", "EM"),
    (r"accurac(?:y|ies)", "accuracy"), (r"\bacc\b", "accuracy"),
    (r"\bf1(?:\s+scores?)?\b", "F1"), (r"\bf-?measure", "F1"),
    (r"\bbleu\b", "BLEU"), (r"\bchrf\+\+", "chrF++"), (r"\bchrf\b", "chrF"), (r"\bcomet\b", "COMET"),
    (r"\brouge-?l\b", "ROUGE-L"), (r"\brouge-?1\b", "ROUGE-1"), (r"\brouge-?2\b", "Rouge-2"), (r"\brouge\b", "ROUGE"),
    (r"\bmeteor\b", "METEOR"), (r"\bcider\b", "CIDEr"), (r"\bbertscore\b", "BERTScore"),
    (r"pass@\s?(\d+)", "pass@{0}"), (r"win[\s\-]rates?", "win rate"), (r"success\s+rates?", "success rate"),
    (r"resolve(?:d)?\s+rate|\bresolves?\b", "resolve rate"),
    (r"\belo\b", "Elo"), (r"\bwer\b|word\s+error\s+rate", "WER"), (r"\bcer\b", "CER"),
    (r"perplexity|\bppl\b", "perplexity"), (r"\bauroc\b|\bauc\b", "AUC"), (r"\bmap\b", "mAP"),
    (r"\bbox\s+ap\b|\bap\b", "AP"), (r"\bmiou\b", "mIoU"), (r"ndcg@?\s?(\d+)", "nDCG@{0}"), (r"\bndcg\b", "nDCG"),
    (r"\bmrr\b", "MRR"), (r"recall@\s?(\d+)", "recall@{0}"), (r"spearman", "Spearman"), (r"pearson", "Pearson"),
    (r"hallucination", "hallucination"), (r"\bmfu\b", "MFU"),
]
_METRIC_RE = [(re.compile(p, re.IGNORECASE), c) for p, c in METRICS]

# Words around a number that make it a difference between two results.
_DELTA_WORDS = r"improv\w*|gain\w*|boost\w*|increas\w*|outperform\w*|surpass\w*|exceed\w*|advantage|margin|ahead|beat\w*|lead\w*|lag\w*|trail\w*|behind|drop\w*|declin\w*|decreas\w*|reduc\w*|degrad\w*|gap|loss|underperform\w*|short\s+of|higher|better|lower|worse"
_NEG_WORDS = re.compile(r"lag|trail|behind|drop|declin|decreas|reduc|degrad|underperform|short\s+of|lower|worse|loss|fall|fell", re.IGNORECASE)
_DELTA_LEAD = re.compile(rf"\b(?P<cue>{_DELTA_WORDS})\b(?:(?!\b(?:achiev\w*|scor\w*|reach\w*|obtain\w*|attain\w*)\b)[^;()])*?\b(?:by|of|to)?\s*(?:up\s+to|about|approximately|around|roughly|nearly|almost|over|more\s+than|at\s+least|an\s+average\s+of|on\s+average|as\s+much\s+as|a|an|the|absolute|relative|average|\s)*$", re.IGNORECASE)
_DELTA_TAIL = re.compile(rf"^\s*(?:absolute\s+|relative\s+|average\s+|overall\s+|performance\s+|accuracy\s+)?(?P<cue>improvement|gain|boost|increase|higher|better|lower|worse|drop|decrease|reduction|decline|degradation|advantage|margin|lead|gap|points?\s+(?:higher|lower|better|worse|improvement|gain|increase|drop))\b", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r"^\s*of\s+(?:the\s+)?(?:[\w\-.]+(?:'s|’s)\s+|\w+\s+)?(?:\w+\s+)?(?:performance|accuracy|score|capabilit\w*|results?|quality)\b", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*%?\s*to\s*$", re.IGNORECASE)
_WITHIN = re.compile(r"\bwithin\s*$", re.IGNORECASE)

_QUALIFIERS = [
    (re.compile(r"\bup\s+to\s*$|\bas\s+(?:much|high)\s+as\s*$", re.IGNORECASE), "up to"),
    (re.compile(r"(?:\babout|\bapproximately|\baround|\broughly|\bnearly|\balmost|~|≈|\bapprox\.)\s*$", re.IGNORECASE), "about"),
    (re.compile(r"(?:\bat\s+least|\bmore\s+than|\bover|\babove|\bexceeding|>|≥)\s*$", re.IGNORECASE), "at least"),
    (re.compile(r"(?:\bbelow|\bunder|\bless\s+than|\bfewer\s+than|<|≤|\bleq)\s*$", re.IGNORECASE), "below"),
    (re.compile(r"\bwithin\s*$", re.IGNORECASE), "within"),
]
_ADJACENT = re.compile(r"^[\s%\\]*(?:percent|points?|pp)?\s*(?:in\s+|of\s+|on\s+)?(?:the\s+)?(?:average\s+|mean\s+|absolute\s+|relative\s+|overall\s+)?$", re.IGNORECASE)
_AVERAGE = re.compile(r"\baverag\w*|\bmean\b|\bon\s+average\b", re.IGNORECASE)
_NONE_REACH = re.compile(r"\bnone\s+of\s+\w+\s+(?:reach|exceed|achieve|surpass)\w*\s*$", re.IGNORECASE)

# ---- mention classes: words after (or around) a number
_MODEL_SIZE_AFTER = re.compile(r"^\s*(?:total\s+|active\s+|average\s+active\s+|activated\s+|trainable\s+|non-embedding\s+)*(?:parameters?|params?)\b|^-?param", re.IGNORECASE)
_DATA_AFTER = re.compile(r"^\s*(?:[\w\-]+\s+){0,3}?(?:tokens?|words?|characters?|images?|videos?|examples?|samples?|instances?|pairs?|questions?|problems?|instructions?|documents?|sentences?|hours?\s+of|conversations?|dialogues?|prompts?|queries|annotations?|clips?|frames?|triplets?|trajectories|demonstrations?|records?|rows?|entries|files?|repositories|papers?|articles?|subjects?|disciplines?|vocabular\w+|speakers?|pages?|utterances?)\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"^\s*(?:[\w\-]+\s+){0,3}?(?:tasks?|datasets?|benchmarks?|languages?|models?|LLMs|MLLMs|LMMs|VLMs|systems?|methods?|baselines?|domains?|categories|types?|scenarios?|subtasks?|experts?|annotators?|layers?|heads?|agents?|steps?|stages?|rounds?|iterations?|epochs?|runs?|seeds?|classes|labels?|skills?|dimensions?|aspects?|metrics?|settings?|families|sizes?|scales?|variants?|environments?|games?|tools?|apis?|levels?|turns?|modalities|countries|fields?|areas?|topics?|points?\s+of|times?|participants?|users?|people|workers?|authors?|teams?|months?|years?|days?|weeks?|minutes?|seconds?)\b", re.IGNORECASE)
_COMPUTE_AROUND = re.compile(r"\bgpus?\b|\btpus?\b|\bgpu[\s\-]hours?\b|\bflops?\b|\bpetaflop|\bh100s?\b|\ba100s?\b|\bv100s?\b|\bnodes?\b|\baccelerators?\b|\bchips?\b|\bcores?\b|\brdus?\b", re.IGNORECASE)
_EFFICIENCY_AROUND = re.compile(
    r"speed[\s\-]?ups?|faster|slower|throughput|latency|memory|token/s|tokens?\s*/\s*s|tokens?\s+per\s+second|per\s+second|\bfps\b|"
    r"inference\s+(?:cost|time|computation)|training\s+(?:cost|time|tokens)|computation(?:al)?|\bcompute\b|\bcosts?\b|cheaper|energy|"
    r"\bmfu\b|utili[sz]ation|compression|compress\w*|fewer\s+(?:training\s+)?(?:tokens|parameters|flops|steps)|less\s+(?:memory|compute|parameters|data|time)|"
    r"kv[\s\-]cache|bandwidth|storage|model\s+size|parameter\s+count|footprint|sparsity|pruning\s+ratio|overhead",
    re.IGNORECASE,
)
_COST_AROUND = re.compile(r"^\s*(?:dollars?|usd|us\$|euros?|\$)\b|^\s*(?:million|billion|thousand)?\s*(?:dollars?|usd)\b", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"^\s*(?:[\w\-]+\s+)?(?:context|contexts|context\s+length|context\s+window|sequence|tokens?\s+context|length)\b", re.IGNORECASE)
_RESULT_CONTEXT = re.compile(r"accura|score|f1\b|bleu|chrf|rouge|pass@|win\s+rate|success|perform|achiev|improv|outperform|surpass|gain|boost|reach|obtain|attain|state-of-the-art|sota|results?\b|exact\s+match|error|lag|trail|gap", re.IGNORECASE)
# the number is compared against unnamed evaluations: "in previous benchmarks", "across 18 tasks"
_UNNAMED_AFTER = re.compile(r"^[^;,()]{0,30}?\b(?:previous|existing|other|prior|several|various|multiple|diverse|downstream|all|\d+)\s+(?:\w+\s+)?(?:benchmarks|datasets|tasks|evaluations)\b", re.IGNORECASE)
_UNNAMED_LEAD = re.compile(r"\b(?:previous|existing|other|prior)\s+(?:\w+\s+)?(?:benchmarks|datasets|tasks)\b[^()]{0,40}$", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+(?:benchmark|dataset|test\s+set|evaluation|leaderboard)\b|^\s*(?:specifically|in\s+particular|concretely|notably|moreover|furthermore|overall)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|whereas|but|although)\b|\bwhereas\b|\bwhile\b|\bcompared\s+(?:to|with)\b|\bvs\.?|\bversus\b|\(|\)", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:%|\\%|pp|points?)?\s*(?:,\s*(?:and|or)?|and|or|/)\s*$", re.IGNORECASE)
_INHERIT_BLOCK = re.compile(r"achiev|obtain|reach|attain|scor|improv|outperform|surpass|lag|trail|drop|reduc|compared|while|whereas|\bvs\b|versus|\bfrom\b|\bto\s*$|[()]", re.IGNORECASE)
_FOR_TASKS = re.compile(r"^\s*(?:%|points?)?\s*(?:on|for|in)\s+(?:the\s+)?(?P<sub>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:tasks?|subsets?|splits?|settings?|categor\w+)\b", re.IGNORECASE)
_DIRECTION = re.compile(r"\b(?P<a>[A-Z][a-z]+(?:\s+languages)?)\s*(?:to|→|->|-to-|into)\s*(?P<b>[A-Z][a-z]+(?:\s+languages)?)\b")
_USING_MODEL = re.compile(r"\b(?:using|with|for|by|of|on)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"(?:behind|than|over|to|vs\.?|versus|trails?|trailing|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared\s+(?:to|with)|against|of|like|as|such\s+as|e\.g\.,?|including|from|than\s+that\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_OUR = re.compile(r"\b(?:our|the\s+proposed)\s+(?:\w+\s+)?(?:method|approach|model|framework|system|technique|pipeline|agent|algorithm)s?\b|\bwe\s+(?:achieve|obtain|attain|reach|report|observe|see|get)\b|\b(?:it|this)\s+(?:achieves|obtains|attains|reaches|improves|outperforms|surpasses)\b", re.IGNORECASE)


@dataclass
class Info:
    """What the words around a number say about it."""
    kind: str
    negative: bool
    qualifier: str | None
    metric: str | None
    from_start: bool = False   # the X of "from X to Y"


def _metric_near(lead: str, tail: str) -> str | None:
    """A metric written right after the number ('44.7 chrF', '% in F1 score') or in the lead
    ('accuracy of', 'BLEU scores of')."""
    tail_part = tail[:30]
    best = None
    for rx, canon in _METRIC_RE:
        m = rx.search(tail_part)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), canon.format(*m.groups()) if m.groups() else canon)
    if best and _ADJACENT.match(tail_part[:best[0]]):  # written right after the number: "44.7 chrF", "42% accuracy"
        return best[1]
    lead_part = lead[-60:]
    best_lead = None
    for rx, canon in _METRIC_RE:
        for m in rx.finditer(lead_part):
            if best_lead is None or m.end() > best_lead[0]:
                best_lead = (m.end(), canon.format(*m.groups()) if m.groups() else canon)
    if best_lead:
        return best_lead[1]
    return best[1] if best else None


def _qualifier(lead: str, tail: str) -> str | None:
    for rx, q in _QUALIFIERS:
        if rx.search(lead[-30:]):
            return q
    if _NONE_REACH.search(lead[-60:]):
        return "below"
    if _AVERAGE.search(lead[-60:]) or re.match(r"^\s*%?\s*(?:\w+\s+){0,3}?on\s+average\b", tail, re.IGNORECASE):
        return "average"
    return None


class AbstractExtractor:
    """Extraction state for one abstract."""

    def __init__(self, title: str, abstract: str):
        self.title = title
        self.raw = abstract
        self.text = clean(abstract)
        self.low = lowered(self.text)
        self.sents = sentences(self.text)
        self.own_bench = own_benchmarks(self.text, title)
        self.benches = find_benchmarks(self.text, self.low, self.own_bench)
        self.systems = own_systems(self.text, title, [b.name for b in self.benches] + self.own_bench)
        self.models = find_models(self.text, self.low, self.systems, [(b.start, b.end) for b in self.benches])
        self.numbers = find_numbers(self.text)
        self.system_size = self._system_size()

    # ------------------------------------------------------------ helpers
    def _system_size(self) -> tuple[float | None, str | None]:
        """A size stated for the paper's own system: 'X, a 0.4B-parameter encoder'."""
        for name in self.systems:
            for m in re.finditer(re.escape(name) + r"\s*,?\s*(?:a|an)\s+(?P<size>\d+(?:\.\d+)?\s?[BM])-?param", self.text):
                return parse_size(m.group("size")), "text"
        # "We apply X to two pretrained LMs (Mistral-7B-Instruct and Llama2-7B-Chat)": all one size
        for s0, s1 in self.sents:
            sent = self.text[s0:s1]
            if any(re.search(r"\b(?:apply|applies|applied|applying)\s+" + re.escape(x) + r"\s+to\b", sent) for x in self.systems):
                sizes = {m.params_b for m in self.models if s0 <= m.start < s1 and m.params_b is not None}
                if len(sizes) == 1:
                    return sizes.pop(), "text"
        return None, None

    def _system_name(self) -> str | None:
        return self.systems[0] if self.systems else None

    def _inside_name(self, n: Num) -> bool:
        return any(h.start <= n.start and n.end <= h.end for h in self.models if h.start >= 0) or any(
            b.start <= n.start and n.end <= b.end for b in self.benches)

    # ------------------------------------------------------------ classification
    def classify(self, n: Num, s0: int, s1: int) -> tuple[str, str] | None:
        """(mention class, reason) for a number that is not a claim candidate, else None."""
        t = self.text
        after = t[n.end:min(s1, n.end + 60)]
        before = t[max(s0, n.start - 50):n.start]
        if n.money or _COST_AROUND.match(after):
            return "cost", "money amount"
        if n.is_multiplier:
            return "efficiency", "multiplier (speed-up or ratio): never a score"
        if n.compound in ("shot", "shots", "bit", "bits", "way", "layer", "layers", "stage", "step", "hop", "turn", "dimensional", "head", "gram", "grams", "year", "day", "hour", "minute", "second", "times"):
            return "other", f"setting or count ({n.compound})"
        if n.compound and n.compound.startswith("param") or n.is_magnitude and _MODEL_SIZE_AFTER.match(after):
            return "model size", "parameter count"
        if n.is_magnitude:
            if _COMPUTE_AROUND.search(after[:25]):
                return "compute", "compute budget"
            if _DATA_AFTER.match(after) or _LENGTH_AFTER.match(after):
                return "data size", "size of data or context"
            if n.unit == "B" and not n.is_percent:
                return "model size", "parameter count (size suffix)"
            return "data size", "magnitude (K/M/T) without an evaluation"
        if _COMPUTE_AROUND.search(after[:20]) and not n.is_percent:
            return "compute", "compute budget"
        if n.is_integer and n.unit is None and 1900 <= n.value <= 2100 and n.value_high is None:
            return "other", "year"
        if re.search(r"(?:^|[\s(])\(?$", before[-2:] or "^") and re.match(r"^\)", after) and n.is_integer and n.value < 20:
            return "other", "list marker"
        if n.unit is None and re.match(r"^\s*(?:st|nd|rd|th)\b", after):
            return "other", "rank"
        if re.search(r"\b(?:rank\w*|place[sd]?|position)\s*(?:#|no\.?)?\s*$", before, re.IGNORECASE):
            return "other", "rank"
        if re.match(r"^[\s%]*(?:of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:data|training\s+data|parameters|tokens|compute|cost|questions|samples|examples)\b)", after, re.IGNORECASE):
            return "data size", "share of data or parameters"
        near = before[-45:] + " " + after[:40]
        if _EFFICIENCY_AROUND.search(near) and not _metric_near(before, after):
            return "efficiency", "efficiency or systems figure"
        if n.unit is None and n.value_high is None and _COUNT_AFTER.match(after) and n.is_integer:
            return ("data size", "count of data items") if _DATA_AFTER.match(after) else ("other", "count")
        if n.unit is None and n.is_integer and _DATA_AFTER.match(after):
            return "data size", "count of data items"
        if n.unit is None and _LENGTH_AFTER.match(after):
            return "data size", "context length"
        if n.unit is None and n.is_integer and not _RESULT_CONTEXT.search(before[-40:] + after[:30]):
            return "other", "number without an evaluation context"
        return None

    # ------------------------------------------------------------ main
    def run(self) -> tuple[list[dict], list[dict]]:
        claims: list[dict] = []
        mentions: list[dict] = []
        prev_bench: BenchHit | None = None
        for s0, s1 in self.sents:
            nums = [n for n in self.numbers if s0 <= n.start < s1]
            benches = [b for b in self.benches if s0 <= b.start < s1]
            models = [m for m in self.models if s0 <= m.start < s1]
            cands = []
            for n in nums:
                if self._inside_name(n):
                    mentions.append(self._mention(n, s0, s1, "other", "part of a model or benchmark name"))
                    continue
                cls = self.classify(n, s0, s1)
                if cls:
                    mentions.append(self._mention(n, s0, s1, *cls))
                else:
                    cands.append(n)
            if cands:
                c, m = self._sentence_claims(cands, s0, s1, benches, models, prev_bench)
                claims.extend(c)
                mentions.extend(m)
            if benches:
                prev_bench = benches[-1]
        claims.sort(key=lambda r: (r["char_start"], r["_order"]))
        for c in claims:
            c.pop("_order", None)
        return claims, mentions

    def _mention(self, n: Num, s0: int, s1: int, cls: str, reason: str) -> dict:
        return {
            "value": n.value, "value_text": self.raw[n.start:n.end], "unit": n.unit,
            "mention_class": cls, "reason": reason, "evidence": self.raw[s0:s1],
            "char_start": n.start, "char_end": n.end,
        }

    def _groups(self, cands: list[Num]) -> list[list[Num]]:
        """Pure value lists: '13.42, 15.93, and 12.07', '51.6 and 57.0'."""
        groups: list[list[Num]] = []
        for n in cands:
            if groups and _LIST_GAP.match(self.text[groups[-1][-1].end:n.start]):
                groups[-1].append(n)
            else:
                groups.append([n])
        return groups

    def _sentence_claims(self, cands, s0, s1, benches, models, prev_bench):
        t = self.text
        claims, mentions = [], []
        groups = self._groups(cands)
        sentence = t[s0:s1]
        respectively = re.search(r"\brespectively\b", sentence, re.IGNORECASE)
        assigned: dict[int, tuple[BenchHit | None, str | None, ModelHit | None]] = {}  # id(num) -> (bench, rule, model)

        # 1. value lists aligned with a list of benchmarks or models
        multi = [g for g in groups if len(g) >= 2]
        if multi:
            after_last = [b for b in benches if b.start > multi[-1][-1].end] or benches
            for g in multi:
                if len(after_last) == len(g):
                    for n, b in zip(g, after_last):
                        assigned[id(n)] = (b, "respectively" if respectively else "on-benchmark", None)
                elif respectively:
                    named = [m for m in models if m.start > g[-1].end and not m.generic]
                    if len(named) == len(g):
                        for n, m in zip(g, named):
                            assigned[id(n)] = (None, "respectively-models", m)
                    elif len(after_last) > 1 or len(named) > 1:
                        for n in g:
                            mentions.append(self._mention(n, s0, s1, "unnamed evaluation",
                                                          f"'respectively' list does not align ({len(g)} values, {len(after_last)} benchmarks)"))
                            assigned[id(n)] = (None, "skip", None)
        # 2. one value at a time
        prev_info = None
        for gi, g in enumerate(groups):
            g_end = g[-1].end
            next_start = groups[gi + 1][0].start if gi + 1 < len(groups) else s1
            tail_g = t[g_end:next_start]
            cut = _CLAUSE_BREAK.search(tail_g)
            tail_clause = tail_g[:cut.start()] if cut else tail_g
            for k, n in enumerate(g):
                if assigned.get(id(n), (None, None, None))[1] == "skip":
                    continue
                prev_end = groups[gi - 1][-1].end if gi > 0 else s0
                lead_own = t[prev_end:g[0].start]
                lead_sent = t[s0:n.start]
                tail = t[n.end:next_start] if k == len(g) - 1 else t[n.end:g[k + 1].start] + tail_g
                bench, rule, model = assigned.get(id(n), (None, None, None))
                if bench is None and rule != "respectively-models":
                    bench, rule = self._bench_for(n, g, tail_clause, lead_sent, benches, prev_bench, sentence, tail_g, lead_own)
                elif rule == "respectively-models":
                    bench, rule = self._bench_for(n, g, "", lead_sent, benches, prev_bench, sentence, tail_g)
                    rule = "respectively" if bench else None
                if bench is None:
                    reason = "no named benchmark"
                    mentions.append(self._mention(n, s0, s1, "unnamed evaluation" if _RESULT_CONTEXT.search(sentence) else "other", reason))
                    continue
                info = self._kind(n, g, k, lead_own, tail, prev_info)
                prev_info = info
                kind, negative, qualifier, metric = info.kind, info.negative, info.qualifier, info.metric
                if model is None:
                    model = self._model_for(n, g, tail_clause, lead_own, models, s0, kind, sentence)
                claims.append(self._claim(n, s0, s1, bench, rule, model, kind, negative, qualifier, metric, lead_own, tail_clause))
        return claims, mentions

    def _bench_for(self, n, g, tail_clause, lead_sent, benches, prev_bench, sentence, tail_g, lead_own=""):
        """(benchmark, rule) for a number; (None, None) when no named evaluation applies."""
        after = [b for b in benches if g[-1].end <= b.start < g[-1].end + len(tail_clause)]
        if after:
            return after[0], ("on-benchmark" if after[0].known else "phrase-benchmark")
        before = [b for b in benches if b.end <= n.start]
        if _UNNAMED_AFTER.match(tail_clause) and not (before and re.search(r"\b(?:in|on)\s+(?:the\s+)?$", self.text[max(0, before[-1].start - 8):before[-1].start], re.IGNORECASE)):
            return None, None
        if _UNNAMED_LEAD.search(lead_own):
            return None, None
        if before:
            b = before[-1]
            return b, ("on-benchmark" if b.known else "phrase-benchmark")
        later = [b for b in benches if b.start >= g[-1].end]
        if later and not self._later_is_object(later[0], g[-1].end):
            return later[0], ("on-benchmark" if later[0].known else "phrase-benchmark")
        if self.own_bench and not re.search(r"\b(?:previous|existing|other|prior)\s+benchmarks\b", tail_clause, re.IGNORECASE):
            own = self.own_bench[0]
            known = [b for b in self.benches if b.name.lower() == own.lower() or b.start == 0]
            hit = next((b for b in self.benches if b.name.lower() in {o.lower() for o in self.own_bench}), None)
            if hit is not None:
                return hit, "own-benchmark"
        if prev_bench is not None and _BACK_REFERENCE.search(sentence):
            return prev_bench, "previous-sentence"
        return None, None

    def _later_is_object(self, b: BenchHit, pos: int) -> bool:
        between = self.text[pos:b.start]
        return bool(re.search(r"\b(?:than|compared|including|such\s+as|e\.g\.)\b", between, re.IGNORECASE))

    def _kind(self, n: Num, g, k, lead_own: str, tail: str, prev: Info | None) -> Info:
        lead = lead_own
        metric = _metric_near(lead, tail)
        # "from X to Y": two scores, Y measured like X
        if _FROM_TO.search(lead[-8:]):
            return Info("score", False, None, metric, from_start=True)
        if _TO.match(lead) and prev is not None and prev.from_start:
            return Info("score", False, None, metric or prev.metric)
        if _RELATIVE_TAIL.match(re.sub(r"^\s*(?:%|percent)", "", tail)):
            return Info("relative", False, _qualifier(lead, tail), metric)
        if _WITHIN.search(lead[-10:]):
            return Info("delta", True, "within", metric)
        qualifier = _qualifier(lead, tail)
        tail_m = _DELTA_TAIL.match(re.sub(r"^\s*(?:%|\\%|pp|points?|percentage\s+points?)", "", tail))
        lead_m = _DELTA_LEAD.search(lead[-90:])
        # a list item inherits what its list head said: "up to 24.2% on A, 32.6% on B"
        if prev is not None and (k > 0 or not _INHERIT_BLOCK.search(lead) and not tail_m and not lead_m and not n.sign):
            return Info(prev.kind, prev.negative, qualifier or prev.qualifier, metric or prev.metric)
        if n.sign in ("+", "-"):
            return Info("delta", n.sign == "-", qualifier, metric)
        if tail_m:
            return Info("delta", bool(_NEG_WORDS.match(tail_m.group("cue"))), qualifier, metric)
        if lead_m:
            cue = lead_m.group("cue")
            if re.fullmatch(r"higher|better|lower|worse", cue, re.IGNORECASE) and not re.search(r"\bby\s*$", lead, re.IGNORECASE):
                return Info("score", False, qualifier, metric)
            negative = bool(_NEG_WORDS.match(cue))
            if cue.lower() == "gap":
                negative = bool(re.search(r"\b(?:lag|trail|behind|short)", self.text[:n.start][-300:], re.IGNORECASE))
            return Info("delta", negative, qualifier, metric)
        return Info("score", False, qualifier, metric)

    def _objects(self, models: list[ModelHit], s0: int) -> set[int]:
        """Models that are objects of a comparison or members of an example list
        ("outperforms A, B and C", "using X, Y and Z", "such as ..."): never the subject."""
        objects: set[int] = set()
        prev = None
        for m in models:
            before = self.text[max(s0, m.start - 30):m.start]
            if _OBJECT_BEFORE.search(before) or re.search(r"\b(?:using|with|on|from)\s+(?:[\w\-]+\s+){0,3}?$", before, re.IGNORECASE):
                objects.add(id(m))
            elif prev is not None and id(prev) in objects and re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*", self.text[prev.end:m.start]):
                objects.add(id(m))
            prev = m
        return objects

    def _model_for(self, n, g, tail_clause, lead_own, models, s0, kind, sentence):
        objects = self._objects(models, s0)
        # "51.6 and 57.0 chrF by a human", "107% for LLaMA-2 7B"
        for m in models:
            if g[-1].end <= m.start <= g[-1].end + len(tail_clause):
                between = self.text[g[-1].end:m.start]
                if kind == "relative" and re.search(r"\bof\s+(?:the\s+)?$", between):
                    continue  # "93% of Llama3-1B's performance": the reference, not the subject
                if re.search(r"\b(?:by|for|from|of|with|using)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?$", between, re.IGNORECASE) and not re.search(r"\bover\b|\bthan\b", between):
                    return self._with_size(m)
        # "(34.8% vs 60.3%)": the second value belongs to the reference named before
        if re.search(r"\b(?:vs\.?|versus)\s*$", lead_own, re.IGNORECASE):
            refs = [m for m in models if m.end <= n.start and id(m) in objects]
            if refs:
                return self._with_size(refs[-1])
        # "GPT-4 (86.4)": a number in brackets right after a model
        for m in models:
            if 0 <= n.start - m.end <= 3 and self.text[m.end:n.start].strip() in ("(", ":"):
                return self._with_size(m)
        # the subject: the nearest model before the number that is not an object
        for m in reversed([m for m in models if m.end <= n.start]):
            if id(m) in objects or ";" in self.text[m.end:n.start]:
                continue
            return self._with_size(m)
        # "... using a LLaMA2-7B student model"
        for m in models:
            if m.start > n.end and re.search(r"\busing\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?$", self.text[max(s0, m.start - 40):m.start], re.IGNORECASE):
                return self._with_size(m)
        if self.systems and (_OUR.search(sentence) or re.search(r"\bwe\b", sentence[: max(0, n.start - s0)], re.IGNORECASE)):
            size, src = self.system_size
            return ModelHit(-1, -1, self.systems[0], size, None, src)
        return None

    def _with_size(self, m: ModelHit) -> ModelHit:
        """The paper's own system takes the size the abstract states for it."""
        size, src = self.system_size
        if size is not None and m.name.lower().rstrip("s") in {x.lower() for x in self.systems}:
            return ModelHit(m.start, m.end, m.name, size, m.active_params_b, src)
        return m

    def _claim(self, n: Num, s0, s1, bench: BenchHit, rule, model, kind, negative, qualifier, metric, lead, tail):
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
        subset = bench.subset
        sub = _FOR_TASKS.match(tail)
        if sub and not subset:
            subset = sub.group("sub").lower()
        d = _DIRECTION.search(tail[:80]) or _DIRECTION.search(lead[-120:])
        if d and (bench.category in (None, "translation")) and re.search(r"translat|language", self.text[s0:s1], re.IGNORECASE):
            direction = f"{d.group('a')}->{d.group('b')}".replace("Indian languages", "Indic")
            subset = f"{subset}, {direction}" if subset else direction
        conf = RULES.get(rule, 0.6)
        if model is None:
            conf -= 0.1
        if kind == "score" and n.unit == "%" and not 0 <= value <= 100:
            conf -= 0.2
        if metric is None:
            conf -= 0.05
        unit = "%" if n.unit == "%" else ("pp" if n.unit == "pp" else None)
        params = model.params_b if model else None
        return {
            "_order": 0,
            "model": model.name if model else None,
            "params_b": params,
            "active_params_b": active,
            "params_source": model.params_source if (model and params is not None) else None,
            "benchmark": bench.name,
            "benchmark_known": bench.known,
            "category": bench.category,
            "subset": subset,
            "metric": metric or "score",
            "value": value,
            "value_high": high,
            "value_text": self.raw[n.start:n.end],
            "unit": unit,
            "kind": kind,
            "qualifier": qualifier,
            "evidence": self.raw[s0:s1],
            "char_start": n.start,
            "char_end": n.end,
            "extractor": f"{rule}@{RULE_VERSION}",
            "confidence": round(max(0.05, min(1.0, conf)), 2),
        }


def extract_abstract(title: str, abstract: str) -> tuple[list[dict], list[dict]]:
    """Claim rows and mention rows (without paper columns) for one abstract."""
    return AbstractExtractor(title, abstract).run()

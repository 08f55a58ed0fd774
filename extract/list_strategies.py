"""Values in lists: the helpers of extract/rules.py's list rules (LIST_STRATEGIES) that pair a list of
values with a list of benchmarks or models ('respectively', lists named before or after the values,
coordinated benchmarks). A mixin of AbstractExtractor: the helpers read the abstract through it."""
from __future__ import annotations

import re
from bisect import bisect_left

from claimboard.extract.metric_text import _metric_near
from claimboard.extract.model_strategies import (
    _COMPARED_BEFORE,
    _SUBJECT_VERBS,
)
from claimboard.extract.names import (
    BenchHit,
    ModelHit,
    benchmark_lexicon,
)
from claimboard.extract.numbers import Num

_BRACKETED_VALUES_AFTER = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?[^()\d;]{1,40}?\(\s*|\s*\(\s*")
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*)")
_PLURAL_HEAD_AFTER = re.compile(r"\s+(?:benchmarks|datasets|test\s+sets)\b")
# metrics joined by '/': "AUROC/AURC", "PSNR/SSIM", "mAP/Rank-1"
_METRIC_LIST = re.compile(r"(?<![\w/])[A-Za-z][\w\-@+]*(?:\s*/\s*[A-Za-z][\w\-@+]*)+(?![\w/])")
# a coordinated subject and the verb that joins it to a value list
_MODEL_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*&)\s*")
_CLAUSE_THEN_BRACKET = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,8}\(\s*")   # words, then the values in brackets
_SUBJECT_LIST_VERB = re.compile(r"\b(?:" + _SUBJECT_VERBS + r"|have|had)\b", re.IGNORECASE)
# right after a coordinated subject, its verb of result ("... and GPT-4o mini remain below 40%")
_SUBJECT_RUN_VERB = re.compile(r"\s*(?:both\s+|all\s+|each\s+|also\s+|only\s+|still\s+)?(?:" + _SUBJECT_VERBS
                               + r"|remain|remained|stay|stayed|exceed|exceeded|surpass|surpassed)\b", re.IGNORECASE)
_SUBJECT_RUN_LEAD = re.compile(r"\s*(?:(?:the|both|all|only|and|models?|systems?|top|best|strongest|leading|frontier|open|proprietary|[a-z]+-(?:source|weight)|LLMs?|VLMs?)\s+)*\(?\s*", re.IGNORECASE)


# one item of a coordinated list of names: capitalised words (or digits), a bracket among them
# ("SemEval-2014 Task 4", "Skin Lesion Segmentation (ISIC2017)"), and the gap to the next item
_LIST_ITEM = re.compile(r"[A-Z0-9][\w\-./+&']*(?:\s+(?:[A-Z0-9][\w\-./+&']*|\([^()]{1,40}\)))*")
_LIST_ITEM_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*")
_OPENS_ON_LIST = re.compile(r"(?:^|[.;]\s+)(?:On|Across|For)\s+(?:the\s+)?$")
_ON_BEFORE_LIST = re.compile(r"\b(?:on|in|across)\s+(?:the\s+)?$")
_DASH_WORD_END = re.compile(r"-[a-z]{4,}$")   # "MAMS-demonstrate": a dash used as a break, not a name's part


class ListStrategies:
    """The list helpers (a mixin: `self` is the AbstractExtractor of one abstract)."""
    text: str
    low: str
    benches: list[BenchHit]
    sents: list[tuple[int, int]]
    numbers: list[Num]
    _sent_starts: list[int]
    _bench_starts: list[int]

    def _bench_is_object(self, b: BenchHit) -> bool:   # extract/rules.py
        raise NotImplementedError

    def _list_items(self, run: list[BenchHit], s1: int) -> list[BenchHit]:
        """The items of the coordinated list that opens at the first benchmark of run, each the
        benchmark found in it or, for an item the vocabulary does not know, the item as a name
        ("on the Synapse, ACDC, Kvasir, and Skin Lesion Segmentation (ISIC2017) datasets": four
        items, Kvasir unknown); [] unless two or more items are benchmarks found, or one where the
        list is what the experiments ran on ('on the IEMOCAP and Music-video')."""
        if not run:
            return []
        t, pos = self.text, run[0].start
        items: list[BenchHit] = []
        while pos < s1:
            m = _LIST_ITEM.match(t, pos, s1)
            if m is None:
                break
            a, b = m.span()
            inside = [h for h in self.benches if a <= h.start and h.end <= b]
            if re.fullmatch(r"\d[\d.]*", m.group(0)):
                # "on QHack 2022, 2023, and 2024": a bare version or year continues the name before it
                prev = re.fullmatch(r"(?P<stem>.+?)\s+\d[\d.]*", items[-1].name) if items else None
                if prev is None:
                    return []
                items.append(BenchHit(a, b, f"{prev.group('stem')} {m.group(0)}", False, None, None))
            elif inside:
                items.append(inside[-1] if t[b - 1:b] == ")" else inside[0])
            else:
                # (stripped only where the clause goes on after it: "MAMS-demonstrate that", not "Music-video,")
                name = m.group(0) if re.match(r"\s*[,.;)]", t[b:b + 2]) else _DASH_WORD_END.sub("", m.group(0))
                if len(name.split()) > 5 or _metric_near("", name + " "):
                    return []
                # "on SWE-Bench Verified and Lite": a variant word after a name of two words names the variant
                stem = t[items[-1].start:items[-1].end].rsplit(" ", 1)[0] if items and items[-1].known and " " in t[items[-1].start:items[-1].end] else None
                known = benchmark_lexicon().find(f"{stem} {name}") if stem and " " not in name else []
                if stem and known and known[0].start == 0 and known[0].end == len(stem) + 1 + len(name):
                    e = known[0].entry
                    items.append(BenchHit(a, a + len(name), e.name, True, e.category, e.metric))
                else:
                    items.append(BenchHit(a, a + len(name), name, False, None, None))
            gap = _LIST_ITEM_GAP.match(t, b, s1)
            if gap is None:
                break
            pos = gap.end()
        found = sum(1 for h in items if h.start >= 0 and any(h is x for x in self.benches))
        # (one found is enough where the list is where the experiments ran: "on the IEMOCAP and Music-video, achieving ...")
        return items if found >= 2 or found == 1 and len(items) > 1 and _ON_BEFORE_LIST.search(t, max(0, run[0].start - 12), run[0].start) else []

    def _listed_before(self, s0: int) -> list[BenchHit]:
        """The benchmarks the sentence before lists (two or more, each once, none an object of
        comparison), in order; [] otherwise."""
        i = bisect_left(self._sent_starts, s0)
        if i == 0:
            return []
        p0 = self.sents[i - 1][0]
        listed = [b for b in self.benches[bisect_left(self._bench_starts, p0):bisect_left(self._bench_starts, s0)]
                  if not self._bench_is_object(b)]
        names = [b.name for b in listed]
        return listed if len(listed) > 1 and len(set(names)) == len(names) else []

    def _slash_metric(self, n: Num, s0: int) -> str | None:
        """'AUROC/AURC of 0.9838/2.4885, 0.9946/0.2660', 'PSNR/SSIM of 32.1/0.91': in a chunk of
        values joined by '/', the k-th value is measured by the k-th of the metrics joined by
        '/' before them (None when the sentence names no such list)."""
        i = next((j for j, x in enumerate(self.numbers) if x is n), None)
        if i is None:
            return None
        k = 0
        while i - k > 0 and self.text[self.numbers[i - k - 1].end:self.numbers[i - k].start].strip(" $%") == "/":
            k += 1
        nxt = i + 1 < len(self.numbers) and self.text[n.end:self.numbers[i + 1].start].strip(" $%") == "/"
        if k == 0 and not nxt:
            return None
        first = self.numbers[i - k]
        for m in reversed(list(_METRIC_LIST.finditer(self.text, s0, first.start))):
            names = [_metric_near("", " " + piece) for piece in re.split(r"\s*/\s*", m.group(0))]
            if all(names) and len(names) > k:
                return names[k]
            break
        return None

    def _coordinated_run_before_bracket(self, g: list[Num], benches: list[BenchHit]) -> list[BenchHit]:
        """The coordinated benchmarks ('A, B, C, and D') that end right before the bracket g opens in."""
        before = [b for b in benches if b.end <= g[0].start]
        if not before or not re.fullmatch(r"\s*(?:benchmarks?|datasets?)?\s*\(\s*", self.text[before[-1].end:g[0].start]):
            return []
        run = [before[-1]]
        for b in reversed(before[:-1]):
            if not _COORD_GAP.fullmatch(self.text, b.end, run[0].start):
                break
            run.insert(0, b)
        return run

    def _parallel_earlier(self, g: list[Num], benches: list[BenchHit], s0: int, paired: list[BenchHit],
                          respectively: bool) -> list[BenchHit]:
        """The benchmarks a later value list runs over: the list the sentence's previous value list
        was paired with (no other benchmark named since), or with 'respectively', the distinct
        benchmarks named before it in the sentence. [] otherwise."""
        before = [b for b in benches if s0 <= b.start and b.end <= g[0].start and not self._bench_is_object(b)]
        names: list[BenchHit] = []
        for b in before:
            if b.name not in {x.name for x in names}:
                names.append(b)
        if paired and len(paired) == len(g) and {b.name for b in names} == {b.name for b in paired}:
            return paired
        # (not "... and on Web Queries dataset produced 76.23% and 84.42%, respectively": a benchmark
        # that opens the list's own clause, no comma between, is the list's own)
        if respectively and len(names) == len(g) and re.search(r"[,;]", self.text[names[-1].end:g[0].start]):
            return names
        return []

    def _coordinated_subjects(self, models: list[ModelHit], g: list[Num], s0: int,
                              paired: list[ModelHit]) -> list[ModelHit]:
        """The named models of a coordinated subject ('A and B', 'A, B and C') that a result
        verb joins to a value list of as many values; or the list the sentence's previous
        value list was paired with, when no other model comes between. [] otherwise."""
        before = [m for m in models if s0 <= m.start and m.end <= g[0].start]
        named_before = [m for m in before if not m.generic]   # ("..., trailing human performance by 40% and 50%": no other named model)
        if paired and named_before and named_before[-1] is paired[-1] and len(paired) == len(g) \
                and not re.search(r"[;:]|\bwhile\b|\bwhereas\b", self.text[paired[-1].end:g[0].start]):
            return paired
        run = self._named_run(before)
        if len(run) != len(g):
            return []
        between = self.text[run[-1].end:g[0].start]
        if between.startswith(")") and not re.search(r"\d", self.text[s0:run[0].start][-40:]):
            between = between[1:]   # "Top closed- and open-source models (e.g., GPT-5 and Qwen3-VL) achieve only ~46% and 36%"
        if _BRACKETED_VALUES_AFTER.fullmatch(between) or _CLAUSE_THEN_BRACKET.fullmatch(between):
            return run   # "comparable to Mistral-7B-v0.3 and Llama 3 8B on MMLU (63% & 66%)", "A and B tie for the
            # best composite score (0.728 and 0.727)": one value each
        if len(between) > 80 or not _SUBJECT_LIST_VERB.search(between) or re.search(r"[;:()]|\d", between):
            return []
        if run[0].start > s0 and _COMPARED_BEFORE.search(self.low[max(s0, run[0].start - 80):run[0].start]):
            return []   # "outperforms A and B, with 3% and 4%": objects
        return run

    def _named_run(self, before: list[ModelHit]) -> list[ModelHit]:
        """The coordinated run of named models ('A and B', 'A, B and C') that ends the models before
        a value, each named once; [] when the last one is generic or a name repeats."""
        if not before or before[-1].generic:
            return []
        run = [before[-1]]
        for m in reversed(before[:-1]):
            if m.generic or not _MODEL_LIST_GAP.fullmatch(self.text, m.end, run[0].start):
                break
            run.insert(0, m)
        return run if len({m.name for m in run}) == len(run) else []

    def _subject_run(self, models: list[ModelHit], n: Num, s0: int) -> list[ModelHit]:
        """The named models (two or more) of a coordinated subject that a result verb joins to one
        value: 'The top models (o3 mini, DeepSeek R1 685B, DeepSeek V3 685B) achieve over 70%
        accuracy, whereas LLaMA 3.3 70B and GPT-4o mini remain below 40%': the value is each
        model's. [] otherwise."""
        run = self._named_run([m for m in models if s0 <= m.start and m.end <= n.start])
        if len(run) < 2:
            return []
        between = self.text[run[-1].end:n.start]
        if between.startswith(")"):
            between = between[1:]   # "(o3 mini, ..., DeepSeek V3 685B) achieve"
        if len(between) > 60 or not _SUBJECT_RUN_VERB.match(between) or re.search(r"[;:()]|\d|\b(?:than|vs\.?|versus|compared|average|averaged|mean|overall|combined|together|jointly)\b", between):
            return []
        if run[0].start > s0 and _COMPARED_BEFORE.search(self.low[max(s0, run[0].start - 80):run[0].start]):
            return []   # "outperforms A and B by 3%": objects, not subjects
        # the run opens its clause ("The top models (A, B, C) achieve", "whereas A and B remain"), not the
        # object of a word before it ("CoEs obtained using open weight LLMs A, B and C achieve")
        lead = self.text[s0:run[0].start]
        clause = re.split(r"[,;:]\s|\b(?:whereas|while|but)\b", lead)[-1]
        if not _SUBJECT_RUN_LEAD.fullmatch(clause):
            return []
        return run

    def _coordinated(self, bench: BenchHit, benches: list[BenchHit]) -> list[BenchHit]:
        """The other benchmarks joined to bench by 'and' or commas into one list that a plural
        head word closes ('the miniImageNet and tieredImageNet benchmarks'): one value stated
        for the list holds for each of them."""
        if bench.start < 0:
            return []
        i = next((k for k, b in enumerate(benches) if b is bench), None)
        if i is None:
            return []
        lo = i
        while lo > 0 and _COORD_GAP.fullmatch(self.text[benches[lo - 1].end:benches[lo].start]):
            lo -= 1
        hi = i
        while hi + 1 < len(benches) and _COORD_GAP.fullmatch(self.text[benches[hi].end:benches[hi + 1].start]):
            hi += 1
        if hi == lo or not (_PLURAL_HEAD_AFTER.match(self.text, benches[hi].end)
                            # ("On WebArena and ToolBench, ADARUBRIC achieves Pearson r=0.79": a list the sentence opens on)
                            or _OPENS_ON_LIST.search(self.text, max(0, benches[lo].start - 14), benches[lo].start)
                            and self.text.startswith(",", benches[hi].end)):
            return []
        return [b for b in benches[lo:hi + 1] if b is not bench and b.name != bench.name]

    def _respectively_over_benchmarks(self, cands: list[Num], benches: list[BenchHit], at: int) -> list[tuple[Num, BenchHit]]:
        """A 'respectively' sentence whose values line up with its list of benchmarks, as a
        whole: 'on WikiText-103 and Enwik8, achieving 17.1 ppl and 0.97 bpc respectively'
        (benchmarks first), '82.8%/75.5%, 97.1%/82.5%, and 73.2%/52.1% ... for CUB, AwA2,
        and SUN, respectively' (k values per benchmark, joined by '/'). Nothing when the
        counts do not divide or the benchmarks sit on both sides of the values."""
        listed = [b for b in benches if not self._bench_is_object(b)]
        names = [self.text[b.start:b.end].lower() for b in listed]   # (as written: "DOTA-v1.0, DOTA-v1.5" are two)
        if len(listed) < 2 or len(set(names)) != len(names) or not cands:
            return []
        pre = [n for n in cands if n.end <= at]
        if len(pre) == len(listed) < len(cands) and all(b.end <= pre[0].start for b in listed) \
                and not any("/" in self.text[x.end:y.start] for x, y in zip(cands, cands[1:])):
            # 'on the VOC and DUO datasets; X achieved 66.0 mAP and 52.6 mAP, respectively,
            # outperforming YOLOX by 1.7 and 1.6': the values right before 'respectively'
            return list(zip(pre, listed))
        if len(cands) % len(listed):
            return []
        first, last = cands[0].start, cands[-1].end
        if not (all(b.end <= first for b in listed) or all(b.start >= last for b in listed)):
            return []
        k = len(cands) // len(listed)
        if k == 1:
            return list(zip(cands, listed))
        # 'SR and SPL scores of 81.1% and 68.3%, and 67.5% and 52.0%, respectively': chunks of k
        # joined by 'and', the chunks by ', and': a chunk per benchmark
        gaps = [re.sub(r"(?:\\?%|\s)+", " ", self.text[a.end:b.start]).strip() for a, b in zip(cands, cands[1:])]
        inner = [g for i, g in enumerate(gaps) if (i + 1) % k]
        outer = [g for i, g in enumerate(gaps) if not (i + 1) % k]
        if all(g == "and" for g in inner) and all(g in (",", ", and", ";", "; and") for g in outer):
            return [(n, listed[i // k]) for i, n in enumerate(cands)]
        # the values come in chunks of k joined by '/'; between chunks, a comma, 'and' or words
        for i in range(len(cands) - 1):
            gap = self.text[cands[i].end:cands[i + 1].start]
            if ((i + 1) % k != 0) != (gap.strip() == "/"):
                return []
        sentence = self.text[listed[0].start if listed[0].start < first else first:max(last, listed[-1].end)]
        if re.search(r"\b[A-Za-z][\w\-]*(?:/[A-Za-z][\w\-]*){%d}\b(?!/)" % (k - 1), sentence):
            # 'Conventional/Generalized ZSL settings': the '/' runs over settings, a chunk per benchmark
            return [(n, listed[i // k]) for i, n in enumerate(cands)]
        if k == len(listed):
            # 'image-level 77.1/88.0 and pixel-level 68.0/76.6 AU-ROCs on MVTec AD and VisA': the
            # '/' runs over the benchmarks, a chunk per setting
            return [(n, listed[i % k]) for i, n in enumerate(cands)]
        return []

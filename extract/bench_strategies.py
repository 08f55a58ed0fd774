"""Where a number was measured: the benchmark strategies, tried in order (BENCH_STRATEGIES);
the first that decides gives the row its benchmark and its rule (`on-benchmark` /
`phrase-benchmark` for a benchmark of the vocabulary / found from phrasing, `own-benchmark`,
`previous-sentence`, `later-sentence`), or (None, "unnamed") for a result on an unnamed
evaluation. The strategies are methods of a mixin of extract/rules.py's AbstractExtractor:
they read the abstract's text and names through it."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from claimboard.extract.cues import words
from claimboard.extract.mentions import _RESULT_VERB
from claimboard.extract.metric_text import _metric_near
from claimboard.extract.name_basics import _TASK_ACRONYM, _looks_like_name
from claimboard.extract.names import _STOP_NAMES, EXPERIMENT_WORDS, BenchHit, _coined_place, benchmark_lexicon
from claimboard.extract.numbers import ARROW, Num

# "Lifelong AgentBench from 90%": a name that opens the next change
# ("ImgEdit 3.38 → 3.75, GEdit 6.94 → 7.25": the name opens the next change written with an arrow)
_OPENS_CHANGE = re.compile(r"\s+from\s+[\d(+\-~≈$]|\s*:?\s*[+\-]?\d[\d.,]*\s*(?:(?:%|\\%)\s*)?" + ARROW + r"\s*[+\-]?\d")

# "73.0 (+1.1) mIoU on PASCAL-5i" (from the value) or ") mIoU on PASCAL-5i" (from the gain in the bracket)
_PAST_BRACKETED_GAIN = re.compile(r"\s*(?:%|points?)?\s*(?:\(\s*[+\-±]\s*[0-9][\d.]*\s*(?:%\s*)?)?(?:[a-z]+\s*){0,2}\)\s*(?:[A-Za-z@\-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?")   # ("61.52% (+6.19% improvement) on WeMath")
_BY = r"\s+by\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+)?"   # "X by (up to) ..."
_BY_GAP = re.compile(_BY)
_METRIC_BY_GAP = re.compile(r"\s+(?P<metric>[a-z][\w\-@]*(?:\s+[a-z][\w\-@]*)?)" + _BY)   # "ALFWorld success by 21.4"
# a count of evaluations, in digits or words ("18 benchmarks", "four datasets")
_COUNT_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten"
# the number is compared against unnamed evaluations: "in previous benchmarks", "across 18 tasks",
# "on more specialized gene and clinical cell line corpora"
_UNNAMED_AFTER = re.compile(r"^[^;,()]{0,30}?(?<![/\-])\b(?:previous|existing|other|prior|several|various|multiple|diverse|downstream|all|real-world|private|in-house|proprietary|internal|unseen|external|" + _COUNT_WORDS + r"|twelve|dozens\s+of|more)\s+(?:[\w\-]+\s+){0,6}?(?:benchmarks|datasets|corpora|tasks|evaluations|test\s+sets)\b", re.IGNORECASE)
# the number's own slot: "0.99 on Otter and ...", "Wordcraft (55% to": a capitalised name right after it or before its bracket


def _value_prep(prep: str) -> str:
    """The words from a value to its place: '% F1 on (the) '."""
    return r"\s*(?:%|\\%|points?)?\s*(?:[A-Za-z][\w@\-]*\s+){0,2}?" + prep + r"\s+(?:the\s+)?"


_NAME_END = r"(?=\s*(?:,|and\b|\)|;|\.|over\b|compared\b|relative\b|versus\b|vs\b|while\b|whereas\b))"
_VALUE_ON = _value_prep("on")
_ON_NAME_AFTER = re.compile(r"^" + _VALUE_ON + r"(?P<name>[A-Z][\w\-]*"
                            # or a task written in lower case: "56.6% on LawBench, ..., and 502% on denoising"
                            r"|(?!(?:average|both|all|each|every|top|par|it|them|this|these|those|which|one|two|three|most|many|several|others?)\b)[a-z][a-z\-]{3,})"
                            + _NAME_END)
_NAME_BRACKET_BEFORE = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?P<name>[A-Z][\w\-]*)\s*\(\s*(?:from\s+)?$")
# the list items between a sibling 'Known (...)' and the number's own 'Name (': "(89.38%), ISIC 2017 (88.40%), "
_ITEM = r"[A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*)?\s*\([^()]*\)"
_LIST_SEP = r"\s*(?:,\s*(?:and\s+)?|;\s*|and\s+)"
_ITEMS_BETWEEN_BEFORE = re.compile(r"\s*\([^()]*\)(?:" + _LIST_SEP + _ITEM + r")*" + _LIST_SEP)
_ITEMS_BETWEEN_AFTER = re.compile(r"[^()]*\)(?:" + _LIST_SEP + _ITEM + r")*" + _LIST_SEP)
_SIBLING_ON_BEFORE = re.compile(r"\d" + _VALUE_ON + r"$")
# the same slots with 'in', which mostly names a metric: a capitalised place only, beside a sibling slot
# 'in Known' ("by 0.1 in VBench Total, 0.3 in VBench Quality, and 0.335 in VisionReward"; not "in particular")
_VALUE_IN = _value_prep("in")
_IN_NAME_AFTER = re.compile(r"^" + _VALUE_IN + r"(?P<name>[A-Z][\w\-]*)" + _NAME_END)
_SIBLING_IN_BEFORE = re.compile(r"\d" + _VALUE_IN + r"$")
_PAIR_THEN_ON = re.compile(r"\s*(?:(?:%|\\%)\s*)?(?:versus|vs\.?)\s*[\d.]+\s*(?:%|\\%)?\s+(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)
# the number's own place, a coined name the vocabulary does not know: "AUC of 1.00 [1.00-1.00] in UKB
# (internal test set)", "In AV2, 4.1-8.6% of labels are removed, and mAP stays near the 0.64 baseline"
# ("in X" after a value mostly names a metric, "+4.4 in OLS": a place only with its kind of data after it)
_OWN_PLACE_AFTER = re.compile(r"^\s*(?:%|\\%|points?|pp)?\s*(?:\[[^\]]{0,30}\]\s*|\([^()]{0,30}\)\s*)?(?:[A-Za-z][\w@\-]*\s+){0,2}?"
                              r"(?:on\s+(?:the\s+)?(?P<name>[A-Za-z][\w\-]*)(?=\s*(?:[,;.)(]|and\b|$))"
                              r"|in\s+(?:the\s+)?(?P<name2>[A-Za-z][\w\-]*)(?=\s*\(?\s*(?:internal|external|held-out|hold-out|independent)?\s*(?:test\s+set|dataset|cohort|split)))")
_OWN_PLACE_LEAD = re.compile(r"(?:^|[;:]\s*)\s*(?:In|On)\s+(?P<name>[A-Za-z][\w\-]*)\s*,[^;]*$")
# "on the collected dataset", "(0.9380 vs. less than 0.07) on our internal telecom-specific triplet
# evaluation benchmark": the paper's own data, not named
# (unnamed: the words before the head are lower case; "on our curated Domain-Spreadsheet dataset" names it)
# the paper's own data, described, not named: "the collected dataset", "our in-house cohort"
_OWN_DATA = r"(?:new\s+|newly\s+)?(?i:collected|self-collected|curated|constructed|in-house|private|internal|proprietary)\s+(?:[a-z][\w\-]*\s+){0,3}?(?i:dataset|data|test\s+set|benchmark|cohort)\b"
_OWN_DATA_AFTER = re.compile(r"[^;,(]{0,30}?\b(?i:on|in)\s+(?i:the|our)\s+" + _OWN_DATA)
# a sentence whose subject is the paper's own unnamed data
_OWN_DATA_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+)?(?:[Aa]n?|[Oo]ur|[Tt]he)\s+" + _OWN_DATA)
_OUR_SPLIT_AFTER = re.compile(r"[^;,(]{0,30}?\b(?:on|in)\s+our\s+(?:own\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:validation|test|held-out|hold-out|evaluation)\s+(?:set|split|data)\b")
_ON_DESCRIBED_UNNAMED_AFTER = re.compile(
    r"^\s*(?:(?:%|\\%)\s*)?(?:[A-Za-z@\-]+\s+){0,3}?on\s+(?:the|a|an)\s+"
    r"(?:(?!(?:test|validation|val|dev|held-out|evaluation|training|same|whole|full|entire|original|public|above|latter|former|first|second|last)\b)[a-z][a-z\-]*\s+){1,3}"
    r"(?:dataset|data|corpus|benchmark)\b(?!\s*\()")
_ON_X_TO_Y_AFTER = re.compile(r"^\s*(?:[\w/%@\-]+\s+){0,2}?on\s+(?:the\s+)?[a-z]+(?:-[a-z]+)*-to-[a-z]+(?:-[a-z]+)*(?![\w\-])")
_ON_A_TASK_AFTER = re.compile(r"^\s*(?:[\w/%@\-]+\s+){0,2}?on\s+(?:[a-z][a-z\-]*\s+){0,2}[a-z\-]*(?i:" + words("task_head") + r")\b"
                             r"(?=\s*(?:[,;.]|with\b|and\b|while\b|using\b))")
_UNNAMED_LEAD = re.compile(r"\b(?:previous|existing|other|prior|across\s+(?:" + _COUNT_WORDS + r"|several|multiple|various|many|all)|on\s+(?:\d+|several|multiple|various))\s+(?:[\w\-]+\s+){0,2}?(?:benchmarks|datasets|tasks|evaluations)\b[^()]{0,40}$", re.IGNORECASE)
# "For real-world evaluation with a Franka robot, ReBot increased the success rates of Octo by 17%": a
# physical run, not the simulated benchmark named before
_REAL_WORLD_LEAD = re.compile(r"\b(?:real[\s\-]world|real[\s\-]robot|physical[\s\-]robot|on-robot)\s+(?:[\w\-]+\s+){0,2}?"
                              r"(?:evaluations?|experiments?|tests?|trials?|deployments?|settings?|scenarios?|environments?|tasks)\b"
                              r"|\bin\s+the\s+real\s+world\b|\bon\s+(?:a\s+|the\s+)?(?:real|physical)\s+(?:[\w\-]+\s+)?robots?\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+(?:benchmark|dataset|test\s+set|evaluation|leaderboard)\b|\b(?:these|those)\s+results\b|\b(?:evaluation\s+|test\s+)?(?:subsets|splits)\b|^\s*(?:specifically|in\s+particular|concretely)\b", re.IGNORECASE)
# ", and on the EUVP dataset, it yields": a new clause opening on the next benchmark
_NEXT_CLAUSE_ON = re.compile(r"[,;]\s*(?:and|while|whereas|but)\s+(?:on|in|for|across)\s+(?:the\s+)?\Z")
# "..., the ISPRS Vaihingen dataset with 96.56% F1 score": the next item of a list, with its own values
_NEXT_ITEM_BEFORE = re.compile(r",\s*(?:and\s+)?(?:on\s+)?(?:the\s+)?\Z")
_ITEM_VALUES_AFTER = re.compile(r"\s*(?:dataset|benchmark|data\s*set|test\s+set)?\s*(?:with|:)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?[\d.]")
# "... and demonstrates", "..., achieving": a new predicate after a value
_NEXT_PREDICATE = re.compile(r"\b(?:and|while|whereas|but)\s+(?:also\s+|further\s+)?(?:demonstrat|achiev|show|obtain|reach|attain|perform|yield|outperform|surpass|improv|establish|set|leads\b|leading\b)\w*", re.IGNORECASE)
# a break into another clause with its own subject matter: a benchmark after it is not the
# earlier number's ("reduces EER from 64.4% to 29.3%, while maintaining performance on X")
# what joins the values that share a benchmark named after the last: "a to b", "58.7 box AP and 51.1",
# "reducing Abs Rel to 0.088 ($-$7.4\\%) and RMSE to 0.316 ($-$5.4\\%) on NYU Depth v2" (a value's
# bracketed change, then the next value of the list)
# ("77.52 MOTA, 80.90 IDF1, and 65.67 HOTA on the MOT20 test set": a metric's name may touch the comma)
_VALUES_CHAINED = re.compile(r"[\s%]*to\s*|[\s%]*(?:[\w@\-./]+(?=,)|(?:[\w@\-./]+\s+){0,5}?)(?:and|,|,\s*and|along\s+with|as\s+well\s+as|with)\s*"
                             r"|\s*\(\s*(?:\$?[-−+]?\$?)?\s*"
                             r"|[\s%\\]*\)\s*(?:and|,|,\s*and)\s+(?:[\w@\-./]+\s+){0,4}?(?:to|of|at|is)\s+"
                             # "an mIoU of 86.86% and OA of 94.58% on the PIE-RGB-SAR dataset": the next value's metric between
                             r"|[\s%\\]*(?:and|,\s*and)\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w@\-./]*\s+){0,3}?(?:\([\w@\-./ ]+\)\s+)?(?:of|=|:)\s*")
# ("from 8.4% to 17.2% on our curated Domain-Spreadsheet dataset": lower-case words may describe the name)
_ON_AT_ONCE = re.compile(r"[\s%\\)]*(?:[\w\-]+\s+){0,2}?(?:on|in)\s+(?:(?:the|our|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:subset\s+of\s+(?:the\s+)?)?")   # ("to 0.74 on a subset of WebShop")
_CLOSE_THEN_ON = re.compile(r"[\s%\\]*\)\s*(?:on|in)\s+(?:the\s+)?")
# "... on a challenging out-of-distribution test set (": described data whose name follows in brackets
# (lower-case words only: "and on the Describable Textures Dataset (DTD) by" opens another result)
_ON_DESCRIBED_DATA = re.compile(r"(?:[^.;()]|\.(?=\d)){0,100}?(?<!\band\s)(?<!,\s)\bon\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,4}?(?:data|dataset|test\s+set|benchmark|split|set)\s*\($")
# "Extensive experiments on", "Evaluated on the": a list named right after it is what the sentence's results were measured on
_EVALUATED_ON_BEFORE = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r"|Evaluated|Tested|[Ee]mpirical\s+studies)\s+(?:\w+\s+){0,2}?(?:on|across|using)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?$")
_OPENS_ON_LIST = re.compile(r"\s*(?:On|Across|Over)\s+(?:the\s+)?")
_EXPERIMENTS_ON_HEAD_BEFORE = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r")\s+(?:on|across|over|using)\s+(?:[\w\-]+\s+){0,6}?(?:datasets|benchmarks)\s*[,:]?\s*$")
_CONTRAST_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)
_AVERAGE_LEAD = re.compile(r"\baverage(?!\s+precision)\b|\baveraged\b", re.IGNORECASE)   # (not "mean IoU", "average precision": metrics)
# ("Further evaluation on six representative tasks" of a benchmark named before is not: 'across' only)
_EVALUATED_ON_COUNT = re.compile(r"\b(?:[Ee]valuated|[Tt]ested|[Ee]xperiments|[Ee]valuations?|[Rr]esults)\s+(?:across|over)\s+(?:" + _COUNT_WORDS + r"|eleven|twelve|\w+teen|twenty|dozens\s+of)\s+"
                                 r"(?:[\w\-]+\s+){0,3}?(?:tasks|benchmarks|datasets|test\s+sets)\b")
_BRACKET_THEN_ON = re.compile(r"\s*(?:\\?%|[A-Za-z@]{1,6})?\s*\([^()]{1,30}\)\s+(?:on|in)\s+(?:the\s+)?")
_CLOSING_FOR = re.compile(r"\s(?:for|on)\s+(?:the\s+)?$")
_NOT_A_RUN = re.compile(r"[;:()]|\b(?:by|over|than|vs|versus|compared|while|whereas|but)\b", re.IGNORECASE)
_RUN_TOKEN = re.compile(r"[A-Za-z][\w@\-\.]*|\d[\d.]*")
# a value across a list of benchmarks: "by up to 8.76%", "consistent gains", "across"
_POOL_CUE = re.compile(r"\b(?:on\s+average|avg\.?|across|up\s*to|upto|consistent(?:ly)?|at\s*least|atleast)\b", re.IGNORECASE)
# between two names of one list: "A, B, and C", "A (87.1%) and B (82%)", "A/B"
_LIST_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)(?:the\s+)?")
_COUNTED_GROUP_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:across|over|on|in)\s+(?:all\s+)?(?:" + _COUNT_WORDS + r"|\w+teen|twenty)\s+(?:[\w\-]+\s+){0,3}?(?:datasets|benchmarks|tasks|test\s+sets)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_AVERAGE_TAIL = re.compile(r"^\s*(?:%\s*)?(?:[\w\-]+\s+){0,3}?on\s+average\b", re.IGNORECASE)
_UNNAMED_IN_SENTENCE = re.compile(r"(?:^|[.;]\s|\b(?:on|across|over|in)\s)(?:the\s+)?(?:" + _COUNT_WORDS + r"|several|multiple|various|many|other)\s+(?:[\w\-]+\s+){0,4}?(?:datasets|benchmarks|tasks|test\s+sets)\b(?:[^.;]|\.\d)*$", re.IGNORECASE)   # (a decimal point is no sentence's end)
# "We experiment on 4 datasets ...", "on multi-view and two-view benchmarks": other evaluations
# than the paper's own benchmark (plural, described in lower-case words or counted)
_PLATFORM_BEFORE = re.compile(r"\s*(?:benchmark|dataset|suite|leaderboard|tasks?)\s+(?:in|within|built\s+on|based\s+on|on\s+top\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_HUMAN_STUDY = re.compile(r"\b(?:[Hh]uman\s+(?:evaluations?|studies|study|raters|judges|annotators|preference\s+studies)|[Uu]ser\s+stud(?:y|ies)|[Ee]xpert\s+(?:evaluations?|raters|reviews?))\b")
_OTHER_EVALUATIONS_BEFORE = re.compile(r"\b(?:on|across|over)\s+(?:the\s+)?(?:\d+\s+|(?:[a-z][\w\-]*\s+(?:and\s+|or\s+)?){1,4})(?:datasets|benchmarks|test\s+sets)\b[^.;]*$")
# "On a LANL scientific corpus, it improves CodeBLEU by +0.115", "excels in a real-world MFC anode
# structure problem with 97% accuracy": an unnamed evaluation, introduced with "a"
_AN_EVALUATION_LEAD = re.compile(r"\b(?:on|in|across)\s+an?\s+(?:[\w\-]+\s+){0,4}?(?:corpus|dataset|benchmark|test\s+set|collection|problem|case\s+study|use\s+case)\b[^.;]{0,80}$", re.IGNORECASE)
# (its data's size in brackets between: "Construction PPE (1K images) gains 13.7%")
_SUBJECT_OF_RESULT = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:achieved|achieves|obtained|obtains|reached|reaches|attained|attains|yielded|yields|recorded|scored|gains|gained|shows|showed)\b")
# the last items of a list of examples: "including multilingual OCR, chart understanding, document VQA, and scene text VQA"
_LIKE_LIST_BEFORE = re.compile(r"\b(?:such\s+as|including|e\.g\.,?)\s+[^;:.()]{0,140}?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE)
# a value over a group of evaluations the sentence does not name, said before it: "Across a suite of multimodal benchmarks,"
_UNNAMED_GROUP_BEFORE = re.compile(r"\b(?:across|on|over)\s+(?:a\s+(?:suite|range|variety|set|number|collection)\s+of|several|various|multiple|diverse|" + _COUNT_WORDS + r")"
                                   r"\s+(?:[\w\-]+\s+){0,3}?(?:benchmarks|datasets|tasks|evaluations)\b", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r",\s+(?:with|while|where|whereas)\b|;|\s--?\s")
# "similar to X", "such as X": a name given as an example or a model, not the evaluation
_LIKE_BEFORE = re.compile(r"\b(?:similar\s+to|such\s+as|like|e\.g\.,?|including|inspired\s+by|follows?|unlike)\s+(?:\w+\s+){0,4}?$", re.IGNORECASE)
# a dataset named as the data the experiments used or were evaluated on
# the data the experiments used, said after its name ("(MICHE-I Dataset was used)") or before it
# ("Experiments conducted using the Alzheimer's Disease Neuroimaging Initiative (ADNI) data set")
_OWN_WORK_OPENS = re.compile(r"\b(?:In\s+this\s+(?:work|paper|study|letter|article)|[Ww]e\s+(?:propose|introduce|present))\b")
_USED_DATA_AFTER = re.compile(r"\b(?:was|were)\s+used\b", re.IGNORECASE)
_USED_DATA_BEFORE = re.compile(r"(?:\b(?:experiments?|evaluat\w+|tested|results?)\s+(?:\w+\s+){0,6}?(?:on|using|with)|\busing)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'\-]*\s+){0,6}?\(?$", re.IGNORECASE)


# "23.77% of FormalMath500": a value, then 'of' and a benchmark
_OF_GAP = re.compile(r"\s*(?:(?:%|\\%)\s*)?of\s+(?:the\s+)?")
_ENTRIES_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:entries|submissions|papers|instances|samples|tasks|problems|questions|images|items|data)\b")
_VALUE_OF_BEFORE = re.compile(r"\d\s*(?:(?:%|\\%)\s*)?of\s+(?:the\s+)?$")


# one name alone in brackets after a value ("(City-Scale)", "(GTEx)")
_BRACKETED_NAME = re.compile(r"\s*([A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*)\s*")
# short capitalised words in brackets that are no evaluation
# (hardware and units are _coined_place's to refuse)
_NOT_EVALUATIONS = {"sota", "ours", "ci", "sd", "se", "std", "avg", "rel", "abs", "iid", "ood"}


def pooled_hit(run: list[BenchHit]) -> BenchHit:
    """The benchmark of a value stated once for a list of benchmarks (in text order): the list as
    written, 'A and B' or 'A, B and C' (rule `pooled`)."""
    names = list(dict.fromkeys(b.name for b in run))
    name = names[0] if len(names) == 1 else " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + " and " + names[-1]
    return BenchHit(run[0].start, run[-1].end, name, False, None, None, members=tuple(run))


def _rule_of(b: BenchHit) -> str:
    return "on-benchmark" if b.known else "phrase-benchmark"


_ORIGIN_BEFORE = re.compile(r"\b(?:translation|translated\s+version|adaptation|re-?annotation|subset|extension)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_VS_PAIR_LEAD = re.compile(r"(?:\bvs\.?|\bversus)\s*$", re.IGNORECASE)
_VS_PAIR_TAIL = re.compile(r"\s*(?:%\s*)?(?:vs\.?|versus)\s*\d", re.IGNORECASE)


@dataclasses.dataclass
class BenchQuery:
    """What the benchmark strategies look at for one number."""
    n: Num
    gi: int
    groups: list
    tails: list
    lead_own: str
    benches: list
    prev_bench: BenchHit | None
    sentence: str
    _before: list[BenchHit] | None = dataclasses.field(default=None, repr=False)

    @property
    def tail_g(self) -> str:
        return self.tails[self.gi][0]

    @property
    def tail_clause(self) -> str:
        return self.tails[self.gi][1]

    @property
    def end(self) -> int:
        return self.groups[self.gi][-1].end

    def before(self, ex) -> list[BenchHit]:
        """The sentence's benchmarks before the number that are not compared against (once per query)."""
        if self._before is None:
            self._before = [b for b in self.benches if b.end <= self.n.start and not ex._bench_is_object(b)]
        return self._before


# a difference announced right before the number: "with an average gain of about"
_GAIN_RIGHT_BEFORE = re.compile(r"\b(?i:" + words("delta_noun") + r")\s+(?:of\s+)?(?:(?:about|around|approximately|nearly|over|up\s+to|roughly)\s+)?[+~≈]?\s*$")


def _one_name(names: set[str]):
    """name -> the name it is a variant of among names, written with a resolution or size after it
    ('ImageNet-256' of 'ImageNet'); other names unchanged."""
    parent = {n: m for n in names for m in names if n != m and re.fullmatch(re.escape(m) + r"[\-\s]?\d{2,4}[Kk]?", n)}
    return lambda name: parent.get(name, name)


class BenchmarkStrategies:
    """The benchmark strategies (a mixin: `self` is the AbstractExtractor of one abstract).
    Each takes the query and returns (benchmark, rule), (None, "unnamed"), or None (undecided)."""
    text: str
    benches: list[BenchHit]
    models: list
    own_bench: list[str]
    events: list[str]
    events_named: set[str]
    _sys_low: set[str]
    _sent_starts: list[int]
    sents: list[tuple[int, int]]
    numbers: list[Num]

    # what the extractor provides (extract/rules.py)
    def _bench_is_object(self, b: BenchHit) -> bool:
        raise NotImplementedError

    def _later_is_object(self, b: BenchHit, pos: int) -> bool:
        raise NotImplementedError

    def _measured_before(self, metric: str, pos: int) -> BenchHit | None:
        raise NotImplementedError

    def _example(self, b: BenchHit) -> bool:
        raise NotImplementedError

    # Each takes the query and returns (benchmark, rule), (None, "unnamed"), or None (undecided).
    def _b_bracket_after_benchmark(self, q: BenchQuery):
        """'CIFAR-100 (91.7%)': a number in brackets right after a benchmark."""
        for b in q.benches:
            if 0 <= q.n.start - b.end <= 3 and self.text[b.end:q.n.start].strip() == "(":
                return b, _rule_of(b)
        return None

    def _b_benchmarks_in_brackets(self, q: BenchQuery):
        """'by up to 27% (MATH and AIME24)': benchmarks in brackets right after the number."""
        paren = re.match(r"^[\s%]*\(([^()]*)\)", q.tail_g)
        if paren:
            inside = [b for b in q.benches if q.end + paren.start(1) <= b.start < q.end + paren.end(1)]
            if inside:
                return inside[0], _rule_of(inside[0])
            # "improving APLS by 1.9% (City-Scale) and 0.67% (SpaceNet3)": one coined name in
            # brackets right after a value, not a model, a metric or a task: where it was measured
            name = _BRACKETED_NAME.fullmatch(paren.group(1))
            # not after a benchmark of the sentence: "on BEIR from 43.42 (BM25)" is a baseline's value
            if name and q.n is q.groups[q.gi][-1] and all(self.text[b.start - 1:b.start] == "(" for b in q.before(self)):
                start = q.end + paren.start(1) + name.start(1)
                word = name.group(1)
                # ("matter 2.5 (PM2.5)": the bracket names the number itself)
                if _coined_place(word) and self.text[q.n.start:q.n.end] not in word and not _TASK_ACRONYM.fullmatch(word) \
                        and word.lower() not in _NOT_EVALUATIONS and not any(m.start <= start < m.end for m in self.models):
                    return BenchHit(start, start + len(word), word, False, None, None), "phrase-benchmark"
        return None

    def _b_name_by_value(self, q: BenchQuery):
        """'improving SynLogic by +5.2, BBEH by +1.4': the name right before 'by' is the number's."""
        before = q.before(self)
        if before and _BY_GAP.fullmatch(self.text, before[-1].end, q.n.start):
            return before[-1], _rule_of(before[-1])
        # "improves ALFWorld success by 21.4": a metric's name between the name and 'by'
        m = _METRIC_BY_GAP.fullmatch(self.text, before[-1].end, q.n.start) if before else None
        if m is not None and _metric_near("", m.group("metric")):
            return before[-1], _rule_of(before[-1])
        return None

    def _b_past_bracketed_gain(self, q: BenchQuery):
        """'73.0 (+1.1) mIoU on PASCAL-5i': the benchmark after a bracketed gain, for the value and
        for its gain (the clause is cut at the bracket)."""
        m = _PAST_BRACKETED_GAIN.match(self.text, q.n.end, q.n.end + 80)
        if m is None:
            return None
        b = next((b for b in q.benches if b.start == m.end()), None)
        return (b, _rule_of(b)) if b is not None else None

    def _b_pair_then_on(self, q: BenchQuery):
        """'0.897 versus 0.880 on MERLIN, 0.877 versus 0.857 on the Duke-Abdomen dataset': the first
        value of a pair is measured where the pair is, named after its second value."""
        m = _PAIR_THEN_ON.match(self.text, q.n.end)
        if m is None:
            return None
        hit = next((b for b in q.benches if b.start == m.end()), None)
        return (hit, _rule_of(hit)) if hit is not None else None

    def _b_bracket_then_on(self, q: BenchQuery):
        """'+21.4 (1m, 10°) on InLoc': a setting in brackets between the value and 'on <name>'."""
        m = _BRACKET_THEN_ON.match(self.text, q.end)
        if m is None:
            return None
        b = next((b for b in q.benches if b.start == m.end()), None)
        return (b, _rule_of(b)) if b is not None else None

    def _b_benchmark_after(self, q: BenchQuery):
        """'... on X': the benchmark after the number in its clause, unless it opens the next
        value's phrase ('and the mIoU on ADE20K from 42.1%') or the next predicate's."""
        end, groups, gi = q.end, q.groups, q.gi
        after = [b for b in q.benches if end <= b.start < end + len(q.tail_clause)]
        if after and self.example_after_group(end, after[0]):
            return None, "unnamed"
        if after and _NEXT_PREDICATE.search(self.text, end, after[0].start) and q.before(self):
            # "performance on the SLAKE 1.0 dataset with an accuracy of 87.5% and demonstrates strong
            # performance on VQA-RAD", "improves F1 on A by 73% over X and by 36% over Y, and leads F1 on B":
            # the benchmark after belongs to the next predicate
            return None
        if after and _SUBJECT_OF_RESULT.match(self.text, after[0].end) and q.before(self):
            # "HuGaDB achieved ... f1-score of 95.2%, TUG achieved an accuracy of 93.2%": the name
            # after opens the next result; the benchmark before is this one's
            return None
        if after and q.before(self) and (
                _NEXT_CLAUSE_ON.search(self.text, end, after[0].start)
                and any(after[0].end <= x.start < self._sentence_end(end) for x in self.numbers)
                or _NEXT_ITEM_BEFORE.search(self.text, end, after[0].start) and _ITEM_VALUES_AFTER.match(self.text, after[0].end)):
            # "an SSIM of 0.8795, and on the EUVP dataset, it yields a PSNR of 23.46 dB", "95.42% IoU, the ISPRS
            # Vaihingen dataset with 96.56% F1 score": the name after opens the next clause or list item, with
            # its own values; the benchmark before is this one's
            return None
        if after and _OPENS_CHANGE.match(self.text, after[0].end) and q.before(self):
            # "improves SOP-Bench from 80% to 95%, Lifelong AgentBench from 90% to 100%": the name after
            # opens the next change; the benchmark before is this one's
            return None
        if after and not (gi + 1 < len(groups) and re.match(r"^[^,;]{0,40}$", self.text[after[0].end:groups[gi + 1][0].start])
                          and re.search(r"\band\b", self.text[end:after[0].start])):
            return after[0], _rule_of(after[0])
        return None

    def example_after_group(self, end: int, b: BenchHit) -> bool:
        """'a 44.13 average score across 18 benchmarks, ..., with strong gains on knowledge-intensive
        tasks such as MMLU': the value is on a counted group the text does not name; the benchmark
        after it is an example of the group, not where the value was measured."""
        if b.start < 0 or not (_LIKE_BEFORE.search(self.text, max(0, b.start - 40), b.start)
                               or _LIKE_LIST_BEFORE.search(self.text, max(0, b.start - 160), b.start)):
            return False
        if _UNNAMED_AFTER.match(self.text[end:b.start]) is not None:
            return True
        # "Across a suite of multimodal benchmarks, RAVE improves ... by an average of 3 points, with the largest
        # gains on ... tasks -- including ..., and scene text VQA": the group is named before the value
        # (only across a later clause: "by +1.5 and +1.3 points on average across nine ... benchmarks ..., with
        # gains reaching up to 6 points on tasks such as DocVQA" puts the 6 on its examples)
        s0 = self.sents[bisect_right(self._sent_starts, end) - 1][0]
        return _UNNAMED_GROUP_BEFORE.search(self.text, s0, end) is not None and _LATER_CLAUSE.search(self.text, end, b.start) is not None

    def _b_value_of_name(self, q: BenchQuery):
        """'solving at most 23.77% of FormalMath500, 27.47% of MiniF2F-Solving, and 0.31% of
        PutnamBench-Solving': a list of values, each 'of' its own benchmark (two such pairs or more
        in the sentence; one alone is mostly a share of the benchmark's entries)."""
        b = self.value_of_name(q.n.end)
        if b is None:
            return None
        return b, _rule_of(b)

    def value_of_name(self, end: int) -> BenchHit | None:
        """The benchmark named right after a value and 'of', when the value's sentence lists two such pairs or more."""
        after = next((b for b in self.benches if end <= b.start <= end + 16), None)
        if after is None or not _OF_GAP.fullmatch(self.text, end, after.start):
            return None
        s0, s1 = self.sents[bisect_right(self._sent_starts, end) - 1]
        if not _RESULT_VERB.search(self.text[s0:end].lower()) or _ENTRIES_AFTER.match(self.text, after.end):
            return None   # ("impacting 40.9% of SWE-Bench Lite and 24.4% of SWE-Bench Verified leaderboard entries": shares)
        pairs = sum(1 for b in self.benches if s0 <= b.start < s1 and _VALUE_OF_BEFORE.search(self.text, max(s0, b.start - 20), b.start))
        return after if pairs >= 2 else None

    def _b_closing_name(self, q: BenchQuery):
        """'IBCA achieves improvements of 6.35% in CR, ... for MuReD, 1.47% in CR, and 1.65% in CF1, and
        1.42% in mAP for Endo': a run of values with their metrics, closed by 'for <name>' (or 'on'),
        is on that name, not on the one before the run."""
        later = [b for b in q.benches if b.start >= q.end]
        if not later:
            return None
        b = later[0]
        gap = self.text[q.end:b.start]
        closing = _CLOSING_FOR.search(gap)
        if len(gap) > 140 or closing is None or _NOT_A_RUN.search(gap):
            return None
        tokens = _RUN_TOKEN.findall(gap[:closing.start()])
        nums = sum(t[0].isdigit() for t in tokens)
        # (only values and their metrics in the run: "in CR", "and 1.65% in CF1"; no other word)
        if nums < 1 or any(t[0].isalpha() and t.lower() not in ("and", "in", "of", "on", "terms") and not _metric_near("", t + " ")
                           and not re.search(r"[A-Z0-9]", t[1:]) for t in tokens):
            return None
        return b, _rule_of(b)

    def _b_average_over_many(self, q: BenchQuery):
        """'Experimental results on seven multi-image benchmarks demonstrate ... average performance
        gains of 3.16%', 'Experiments on 5 safety benchmarks show ...': an average over a counted
        group of evaluations is on none of them by name (unnamed)."""
        s0 = self._sent_starts[bisect_right(self._sent_starts, q.n.start) - 1]
        if not q.benches and _EVALUATED_ON_COUNT.search(self.text, s0, q.n.start):
            return None, "unnamed"   # "Evaluated across 12 diverse tasks, we achieve improvements of 3.2%": no name in the sentence
        if not (_AVERAGE_LEAD.search(self.text, max(s0, q.n.start - 60), q.n.start) or _AVERAGE_TAIL.match(q.tail_g)) or q.before(self):
            return None   # (a group named before it, "on two EHR benchmarks (MIMIC-III and MIMIC-IV)", "on six BEIR benchmarks", is named)
        return (None, "unnamed") if _UNNAMED_IN_SENTENCE.search(self.text, s0, q.n.start) else None

    def _b_pooled_over_named(self, q: BenchQuery):
        """'Evaluated on three medical benchmarks (BUSI, GlaS, and CVC), GroupKAN achieves an average
        IoU of 79.80 percent', 'Evaluation on BFCL and API-Bank shows ... by up to 8.76%': one value
        (an average, a maximum, a result across them) stated once after a list of benchmarks, with
        no benchmark after it, is on the list as a whole: its benchmark is the list."""
        if len(q.groups[q.gi]) > 1:
            return None
        s0 = self._sent_starts[bisect_right(self._sent_starts, q.n.start) - 1]
        before = q.before(self)
        if len(before) < 2 or any(b.start >= q.end for b in q.benches) or len(before) != len([b for b in q.benches if b.end <= q.n.start]):
            return None
        run = [before[-1]]
        for b in reversed(before[:-1]):
            if not _LIST_JOIN.fullmatch(self.text, b.end, run[0].start):
                return None   # benchmarks in two places of the sentence: not one list
            run.insert(0, b)
        lead = self.text[max(s0, q.n.start - 90):q.n.start]
        # (or the list is what the sentence's experiments ran on: "Extensive experiments on Waymo Open
        # Dataset (WOD) and KITTI demonstrate that OWL outperforms ... by over 15.0% mAP")
        # ("On VerilogEval (156 problems), RTLLM (50 problems), and ResBench (56 problems), CktFormalizer
        # achieves ... 95-100%": the list the sentence opens on; "Experiments on two newly curated ...
        # datasets, MM-ConvMarket and AffectPromo, show that ... by +19%": the datasets the experiments ran on)
        if not (_AVERAGE_LEAD.search(lead) or _AVERAGE_TAIL.match(q.tail_g) or _POOL_CUE.search(lead)
                or _EVALUATED_ON_BEFORE.search(self.text, max(s0, run[0].start - 40), run[0].start)
                or _OPENS_ON_LIST.fullmatch(self.text, s0, run[0].start)
                or _EXPERIMENTS_ON_HEAD_BEFORE.search(self.text, max(s0, run[0].start - 100), run[0].start)):
            return None
        if len({b.name for b in run}) < 2 or _RESPECTIVELY.search(self.text, s0, q.end + 40):
            return None
        if _COUNTED_GROUP_AFTER.match(q.tail_g):
            return None, "unnamed"   # "with an average DSC of 89.77% across 20 diverse datasets": more than the list
        return pooled_hit(run), "pooled"

    def _b_unknown_sibling(self, q: BenchQuery):
        """'F1 of 0.99 on Otter and 0.97 on Favorite', 'ALFWorld (73% to 89%), Wordcraft (55% to
        64%), and InterCode-SQL (75% to 79%)': the number has its own slot, a name the vocabulary
        does not know (not a model), while a sibling slot of the same shape holds a benchmark it
        knows: the number was measured on its own name, not on the sibling's (unnamed here)."""
        on = _ON_NAME_AFTER.match(q.tail_g)
        sibling = _SIBLING_ON_BEFORE
        if on is None and (on := _IN_NAME_AFTER.match(q.tail_g)) is not None:
            sibling = _SIBLING_IN_BEFORE
        if on and _metric_near("", on.group("name") + " "):
            return None   # "a 1% drop on F1": the metric it was measured in, not a place
        if on:
            start = q.end + on.start("name")
        else:
            br = _NAME_BRACKET_BEFORE.search(self.text, max(0, q.n.start - 60), q.n.start)
            if not br:
                return None
            start = br.start("name")
        if self._known_name_at(start, start + 1):
            return None
        for b in q.benches:
            if on is None and self.text[b.end:b.end + 2].strip() == "(" and (
                    b.end <= start and _ITEMS_BETWEEN_BEFORE.fullmatch(self.text, b.end, start)
                    or b.start >= q.end and _ITEMS_BETWEEN_AFTER.fullmatch(self.text, q.end, b.start)):
                return None, "unnamed"   # a sibling 'Known (' in the same list
            if on is not None and sibling.search(self.text, max(q.end if b.start > q.end else 0, b.start - 40), b.start):
                return None, "unnamed"   # another value 'on Known' of the same shape (after it, or before it)
        return None

    def _known_name_at(self, start: int, end: int) -> bool:
        """Whether a benchmark or a model the abstract names overlaps text[start:end]."""
        return any(b.start < end and start < b.end for b in self.benches) or any(m.start < end and start < m.end for m in self.models)

    def _b_unknown_place(self, q: BenchQuery):
        """'AUC of 1.00 in UKB (internal test set)', 'In AV2, ... mAP stays near the 0.64 baseline':
        the number names its own place, a coined name that is neither a benchmark the vocabulary
        knows nor a model nor a metric: measured there, not on a benchmark named elsewhere (unnamed)."""
        if any(b.end <= q.n.start for b in q.benches):
            return None   # a benchmark named before it in the sentence decides (the name may be a backbone: "6.0% on OpenAICLIP")
        m = _OWN_PLACE_AFTER.match(q.tail_g)
        group = "name" if m is not None and m.group("name") else "name2"
        start = q.end + m.start(group) if m else -1
        if m is None:
            s0 = self._sent_starts[bisect_right(self._sent_starts, q.n.start) - 1]   # the sentence's start
            m = _OWN_PLACE_LEAD.search(self.text[s0:q.n.start])
            if m is None:
                return None
            start, group = s0 + m.start("name"), "name"
        name = m.group(group)
        if not _looks_like_name(name) or re.fullmatch(r"v\d+(?:\.\d+)?", name) or name.lower() in _STOP_NAMES or _TASK_ACRONYM.fullmatch(name) or _metric_near("", name + " ") \
                or self._known_name_at(start, start + len(name)) \
                or name.lower() in {o.lower() for o in self.own_bench} or name.lower() in self._sys_low:
            return None
        return None, "unnamed"

    def _b_shared_with_next(self, q: BenchQuery):
        """'58.7 box AP and 51.1 mask AP on COCO', 'from 77.08% to 70.37% on WMT15': a
        benchmark shared with the next values."""
        groups, tails, j = q.groups, q.tails, q.gi
        if _UNNAMED_AFTER.match(q.tail_clause):
            return None   # "19.2% on existing SCD datasets and 30.0% on the ChangeVPR dataset"
        while j + 1 < len(groups) and _VALUES_CHAINED.fullmatch(self.text, groups[j][-1].end, groups[j + 1][0].start):
            j += 1
            end = groups[j][-1].end
            if _OWN_DATA_AFTER.match(tails[j][1]) or _ON_DESCRIBED_UNNAMED_AFTER.match(tails[j][1]) or _ON_A_TASK_AFTER.match(tails[j][1]) and not self.own_bench:
                # "8.97% ACER and 9.76% EER on the collected dataset", "... on the fabric dataset", "from 48.6 to 61.8 on code
                # retrieval" (a task in plain words; in a paper with its own benchmark, mostly one of that benchmark's tasks)
                return None, "unnamed"
            ahead = [b for b in q.benches if end <= b.start < end + len(tails[j][1])] or [
                b for b in q.benches if end <= b.start < end + len(tails[j][0]) and _CLOSE_THEN_ON.fullmatch(self.text, end, b.start)]
            if ahead and not _ON_AT_ONCE.fullmatch(self.text, end, ahead[0].start):
                ahead = []   # the benchmark only when it follows the last value at once: "from a to b on X", "5.4%) on X"
            if ahead:
                return ahead[0], _rule_of(ahead[0])
        return None

    def _b_unnamed_here(self, q: BenchQuery):
        """'on three datasets', 'in our experiments' right after or before the number: unnamed;
        '1.182 bits/byte on language modeling': a task, written in plain words, is no benchmark."""
        if _ON_A_TASK_AFTER.match(q.tail_clause) and not (self.own_bench and not q.benches):
            return None, "unnamed"   # (a task of the paper's own benchmark: "Models achieve 83-88% accuracy on next-post prediction")
        if _OWN_DATA_AFTER.match(self.text, q.end, q.end + 160):
            return None, "unnamed"   # "8.97% ACER and 9.76% EER on the collected dataset": the paper's own, unnamed
        if _OWN_DATA_SUBJECT.match(q.sentence) and not q.before(self):
            return None, "unnamed"   # "a self-collected dataset ... was evaluated with the model trained on OREBA, yielding F1-scores of 85.40%"
        if _OUR_SPLIT_AFTER.match(self.text, q.end, q.end + 100) and not self.own_bench:
            return None, "unnamed"   # "a 95.5% accuracy on our validation set": a split of the paper's own data
        if _ON_DESCRIBED_UNNAMED_AFTER.match(q.tail_clause):
            return None, "unnamed"   # "0.98 AUROC and 0.67 AUPRC on the fabric dataset": data described, not named
        if _ON_X_TO_Y_AFTER.match(q.tail_clause):
            return None, "unnamed"   # "by +8.4 on chart-to-code": a task, in lower case
        before = q.before(self)
        if _UNNAMED_AFTER.match(q.tail_clause) and not (
                before and re.search(r"\b(?:in|on)\s+(?:the\s+)?$", self.text[max(0, before[-1].start - 8):before[-1].start], re.IGNORECASE)
                # (unless that benchmark is the previous value's: "9.4% on LIBERO-Long and 17.5% in real-world tasks")
                and not (_SIBLING_ON_BEFORE.search(self.text, max(0, before[-1].start - 40), before[-1].start)
                         and re.fullmatch(r"\s*,?\s*(?:and\s+)?", self.text[before[-1].end:q.n.start]))):
            return None, "unnamed"
        if (ul := _UNNAMED_LEAD.search(q.lead_own)) is not None:
            # (not when one of them is named after the group: "Across two interactive benchmarks, UCE raises ALFWorld
            # success from 75.4%"; unless as an example: "Unlike existing benchmarks such as MMLU, our model scores")
            g0 = q.groups[q.gi][0].start   # (lead_own ends at the group's first value)
            u0 = g0 - len(q.lead_own) + ul.start()
            if not any(u0 <= b.start < g0 and not _LIKE_BEFORE.search(self.text, max(0, b.start - 40), b.start) for b in q.benches):
                return None, "unnamed"
        rw = _REAL_WORLD_LEAD.search(q.lead_own)
        if rw is not None:
            r0 = q.n.start - len(q.lead_own) + rw.start()
            if not any(r0 <= b.start < q.n.start for b in q.benches):
                return None, "unnamed"   # ("In real-world experiments on the LIBERO benchmark": that one's)
        an = _AN_EVALUATION_LEAD.search(q.lead_own)
        if an is not None:
            a0 = q.n.start - len(q.lead_own) + an.start()
            if not any(a0 <= b.start < a0 + (an.end() - an.start()) for b in q.benches):
                return None, "unnamed"   # ("on a Libriphrase hard dataset" names one)
        return None

    def _b_described_data_after(self, q: BenchQuery):
        """'up to 83.4% F1 with 16.4% EER on a challenging out-of-distribution test set
        (AVSpoof2021 + CodecFake)': data described after the values, its name in brackets."""
        for b in q.benches:
            if q.end <= b.start <= q.end + 120 and _ON_DESCRIBED_DATA.match(self.text, q.end, b.start) \
                    and not _CONTRAST_BREAK.search(self.text, q.end, b.start):
                return b, _rule_of(b)
        return None

    def _b_benchmark_before(self, q: BenchQuery):
        """The nearest benchmark before the number in its sentence (not an object of comparison);
        not past a semicolon when the number's own part of the sentence names one after it ('... on
        ChestXray-14; 99.20% (20-way 1-shot) and 98.86% (100-way 3-shot) on BraTS-2021')."""
        before = q.before(self)
        if before and ";" in self.text[before[-1].end:q.n.start]:
            semi = self.text.find(";", q.end)
            stop = semi if semi >= 0 else len(self.text)
            own = [b for b in q.benches if q.end <= b.start < stop and not self._bench_is_object(b)]
            if own:
                return own[0], _rule_of(own[0])
        return (before[-1], _rule_of(before[-1])) if before else None

    def _b_benchmark_later(self, q: BenchQuery):
        """The first benchmark later in the sentence, unless compared against or past a contrast."""
        later = [b for b in q.benches if b.start >= q.end]
        # (not past the next predicate: "sets a benchmark in visual reconstruction (rFID 0.08) and
        # achieves top-tier generation performance on GenEval (0.86)")
        if later and not self._later_is_object(later[0], q.end) and not _CONTRAST_BREAK.search(self.text, q.end, later[0].start) \
                and not _NEXT_PREDICATE.search(self.text, q.end, later[0].start):
            return later[0], _rule_of(later[0])
        if re.search(r"\b(?:previous|existing|other|prior)\s+benchmarks\b", q.tail_clause, re.IGNORECASE):
            return None, "unnamed"
        return None

    def _b_own_benchmark(self, q: BenchQuery):
        """The paper's own benchmark, also when named only in the title ('TruthfulQA: Measuring ...'),
        unless the sentence says the result is on other, unnamed evaluations."""
        s0 = q.n.start - len(q.lead_own)
        if self.own_bench and _OTHER_EVALUATIONS_BEFORE.search(self.text, max(0, s0 - 200, q.n.start - len(q.sentence)), q.n.start) \
                and not any(b.name.lower() in {o.lower() for o in self.own_bench} for b in q.benches):
            return None, "unnamed"
        own = {o.lower() for o in self.own_bench}
        if self.own_bench and _HUMAN_STUDY.search(q.sentence[:40]) and not any(b.name.lower() in own for b in q.benches):
            return None, "unnamed"   # "Human evaluation with 9 experienced writers confirms ... 66%": a study, not the benchmark
        hit = next((b for b in self.benches if b.name.lower() in own), None)
        if hit is not None and hit.start > q.n.end and any(b.end <= q.n.start and b.name.lower() not in own for b in self.benches):
            return None   # ("at full CLEVRER validation scale ... by 9.89 ... We also introduce twin-EventLog": introduced after, another named before)
        if hit is None and self.own_bench:
            hit = self._named_elsewhere(self.own_bench[0])
        return (hit, "own-benchmark") if hit is not None else None

    def _named_elsewhere(self, name: str) -> BenchHit:
        """The hit of a name the paper evaluates on but may not write where the result is (its own
        benchmark, its event): the abstract's hit of it, else the vocabulary's entry, else the name."""
        hit = next((b for b in self.benches if b.name.lower() == name.lower()), None)
        if hit is not None:
            return hit
        known = benchmark_lexicon().find(name)
        if known and known[0].text == name:
            e = known[0].entry
            return BenchHit(-1, -1, e.name, True, e.category, e.metric)
        return BenchHit(-1, -1, name, False, None, None)

    def _b_back_reference(self, q: BenchQuery):
        """'On four NLP datasets, X outperforms Y by 1.8%': unnamed, not the earlier benchmark;
        'on this benchmark': the sentence before's."""
        if _UNNAMED_IN_SENTENCE.search(self.text, max(0, q.n.start - 200), q.n.start) and not _BACK_REFERENCE.search(q.sentence):
            return None, "unnamed"
        if q.prev_bench is not None and _BACK_REFERENCE.search(q.sentence):
            return q.prev_bench, "previous-sentence"
        return None

    def _b_measured_before(self, q: BenchQuery):
        """The metric the sentence before measured on its benchmark: '... a length-controlled win
        rate of 28.53% ... on AlpacaEval 2.0. Starting from a stronger base model, we achieve a
        length-controlled win rate of 38.77%.'"""
        if q.prev_bench is None:
            return None
        metric = _metric_near(q.lead_own, q.tail_g)
        b = self._measured_before(metric, q.n.start) if metric else None
        return (b, "previous-sentence") if b is not None else None

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding text[pos] ends."""
        return self.sents[bisect_right(self._sent_starts, pos) - 1][1]

    def _sentences_between(self, a: int, b: int) -> int:
        """How many sentence starts lie in (a, b]: 0 when a and b are in one sentence."""
        return bisect_right(self._sent_starts, b) - bisect_right(self._sent_starts, a)

    def _b_one_benchmark(self, q: BenchQuery):
        """An abstract about one benchmark: a result with a metric refers to it; named before the
        number, or only later as the data the experiments used ('(MICHE-I Dataset was used)')."""
        n = q.n
        if _HUMAN_STUDY.search(q.sentence[:40]) and not q.benches:
            return None, "unnamed"   # "In expert evaluations, it attains an 86% win rate against physicians": a study, not the benchmark
        evaluated = [b for b in self.benches if not self._bench_is_object(b) and not self._example(b)]
        # an event named beside a dataset is where the dataset came from or a rank was won, not a second
        # evaluation: "a medical dataset proposed in the AraHealthQA challenge in MedArabiQ2025 track"
        evaluated = [b for b in evaluated if b.name not in self.events_named] or evaluated
        # the platform a benchmark runs in is no second evaluation: "on the LangAuto benchmark in CARLA"
        evaluated = [b for b in evaluated if not self._platform_of(b)] or evaluated
        # the original a benchmark was made from is no second evaluation: "on SQuAD-BR, the Brazilian
        # Portuguese translation of SQuAD v1"
        evaluated = [b for b in evaluated if not _ORIGIN_BEFORE.search(self.text, max(0, b.start - 40), b.start)] or evaluated
        # (one benchmark written with and without its resolution or size: "ImageNet 256x256" ... "ImageNet-256")
        base = _one_name({b.name for b in evaluated})
        named = {base(b.name) for b in evaluated}
        named_before = {base(b.name) for b in evaluated if b.end <= n.start and not _LIKE_BEFORE.search(self.text[max(0, b.start - 40):b.start])}
        if len(named_before) == 1 and len(named) == 1 and (
                _metric_near(q.lead_own, q.tail_g) or _RESULT_VERB.search(q.lead_own[-60:].lower())
                # "improves performance on almost all the dimensions with an average gain of about 4%"
                or _GAIN_RIGHT_BEFORE.search(q.lead_own[-60:])
                # "Qwen2.5-Coder dominates the older CodeLlama at matched size (39.1 vs 20.9 at 7B)": two
                # models' values set side by side
                # (the benchmark named at most two sentences before)
                or (_VS_PAIR_LEAD.search(q.lead_own[-12:]) or _VS_PAIR_TAIL.match(self.text, n.end, n.end + 16))
                and any(m.start >= 0 and q.n.start - len(q.sentence) <= m.start < q.n.start for m in self.models)
                and any(base(b.name) in named_before and self._sentences_between(b.end, n.start) <= 2 for b in evaluated)):
            return next(b for b in self.benches if b.end <= n.start and base(b.name) in named_before), "previous-sentence"
        if not named_before and len(named) == 1 and _metric_near(q.lead_own, q.tail_g):
            b = next(b for b in self.benches if base(b.name) in named)
            if (_USED_DATA_AFTER.search(self.text, b.end, min(len(self.text), b.end + 40))
                    or _USED_DATA_BEFORE.search(self.text, max(0, b.start - 120), b.start)) \
                    and not _OWN_WORK_OPENS.search(self.text, n.end, b.start):   # (not a value of prior work, before 'In this work')
                return b, "later-sentence"
        return None


    def _platform_of(self, b: BenchHit) -> bool:
        m = _PLATFORM_BEFORE.search(self.text, max(0, b.start - 60), b.start) if b.start > 0 else None
        return m is not None and any(o is not b and m.start() - 3 <= o.end <= m.start() + 1 for o in self.benches)

    def _b_own_event(self, q: BenchQuery):
        """A paper about its entry to a challenge or shared task ('Mitosis in the MIDOG 2025
        Challenge', 'our system developed for the NLPAI4Health 2025 shared task'): a result with a
        metric or a result verb, on no benchmark named, is on that event."""
        if not self.events or not (_metric_near(q.lead_own, q.tail_g) or _RESULT_VERB.search(q.lead_own[-60:].lower())):
            return None
        return self._named_elsewhere(self.events[0]), "own-benchmark"


BENCH_STRATEGIES = (
    ("bracket-after-benchmark", BenchmarkStrategies._b_bracket_after_benchmark),
    ("benchmarks-in-brackets", BenchmarkStrategies._b_benchmarks_in_brackets),
    ("name-by-value", BenchmarkStrategies._b_name_by_value),
    ("value-of-name", BenchmarkStrategies._b_value_of_name),
    ("past-bracketed-gain", BenchmarkStrategies._b_past_bracketed_gain),
    ("pair-then-on", BenchmarkStrategies._b_pair_then_on),
    ("bracket-then-on", BenchmarkStrategies._b_bracket_then_on),
    ("benchmark-after", BenchmarkStrategies._b_benchmark_after),
    ("closing-name", BenchmarkStrategies._b_closing_name),
    ("average-over-many", BenchmarkStrategies._b_average_over_many),
    ("pooled-over-named", BenchmarkStrategies._b_pooled_over_named),
    ("unknown-sibling", BenchmarkStrategies._b_unknown_sibling),
    ("unknown-place", BenchmarkStrategies._b_unknown_place),
    ("shared-with-next", BenchmarkStrategies._b_shared_with_next),
    ("unnamed-here", BenchmarkStrategies._b_unnamed_here),
    ("described-data-after", BenchmarkStrategies._b_described_data_after),
    ("benchmark-before", BenchmarkStrategies._b_benchmark_before),
    ("benchmark-later", BenchmarkStrategies._b_benchmark_later),
    ("own-benchmark", BenchmarkStrategies._b_own_benchmark),
    ("back-reference", BenchmarkStrategies._b_back_reference),
    ("measured-before", BenchmarkStrategies._b_measured_before),
    ("one-benchmark", BenchmarkStrategies._b_one_benchmark),
    ("own-event", BenchmarkStrategies._b_own_event),
)

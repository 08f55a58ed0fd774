"""Numbers that are not claims: the mention classes, decided by ordered, named strategies.

Each strategy is a small function of one number in its context (`Around`) that returns
(mention class, reason) when it decides, else None; `classify` tries them in the order of
STRATEGIES and the first that decides names the row (`rule` in the mentions ledger). The
word lists they look for are data (schema/vocab/cues.csv, through extract/cues.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from claimboard.extract.cues import words
from claimboard.extract.metric_text import LOWER_IS_BETTER, _metric_last, _metric_near
from claimboard.extract.name_basics import _looks_like_name, find_word, registry_family
from claimboard.extract.names import _COINED_BENCH, NUMBERED_LABEL_WORDS, TITLED_HEADS, _is_metric_name, is_benchmark_name
from claimboard.extract.numbers import LENGTH_UNITS, Num
from claimboard.extract.patterns import _AnyOf, _lowered

# The windows a number is classified on (characters before and after it, inside its sentence)
BEFORE_CHARS = 50
AFTER_CHARS = 60

_CONCESSIVE = re.compile(r"\b(?:despite|while|whereas|although|though)\b")   # (lowered text)

_MODEL_SIZE_AFTER = re.compile(r"^\s*(?:total\s+|active\s+|average\s+active\s+|activated\s+|trainable\s+|non-embedding\s+)*(?:parameters?|params?)\b|^-?param", re.IGNORECASE)

# ("60 Gaofen-1 multispectral (GF1-MS) images": a bracketed short name may stand among the words)
_DATA_AFTER = re.compile(r"^\s*(?:(?:[\w\-&]+|\([\w\-]+\))\s+){0,3}?(?:" + words("data_noun") + r")\b", re.IGNORECASE)

_COUNT_RIGHT_AFTER = re.compile(r"^\s*(?:" + words("count_noun") + r")\b", re.IGNORECASE)   # (not "2.7 nDCG on TREC datasets")
# ("over 15 state-of-the-art (SOTA) models": a bracketed short name may stand among the words)
_COUNT_AFTER = re.compile(r"^\s*(?:(?:[\w\-&]+|\([\w\-]+\))\s+){0,3}?(?:" + words("count_noun") + r")\b", re.IGNORECASE)
# "12 state-of-the-art open- and closed-source LMMs", "26 state-of-the-art proprietary and open-weight VLMs":
# a count whose noun follows a coordination of modifiers
_COUNT_COORDINATED_AFTER = re.compile(r"^\s*(?:[\w\-]+\s+){0,2}?[\w\-]+(?:-|\s)\s*(?:and|or)\s+(?:[\w\-]+\s+){0,2}?(?:" + words("count_noun") + r")\b", re.IGNORECASE)

# "13,302 local valence units": an integer with thousands separators before plain words
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_PLAIN_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w\-/]*\s+){0,2}[a-z][\w\-/]*s\b")
_COMPUTE_AROUND = _lowered(words("compute_word"))

_EFFICIENCY_AROUND = _AnyOf([words("efficiency_word")])  # (lowered text; a test, never a match)

_COST_AROUND = re.compile(r"^\s*(?:dollars?|usd|us\$|euros?|cents?|\$)\b|^\s*(?:million|billion|thousand)?\s*(?:dollars?|usd)\b", re.IGNORECASE)

_AVERAGING_BEFORE = _lowered(r"\b(?:averag\w*|mean\s+length\s+of|on\s+average)\s+(?:of\s+)?$")
_TEXT_UNIT_AFTER = re.compile(r"^\s*(?:words?|tokens?|sentences?|characters?|utterances?|turns?|frames?)\b", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"^\s*(?:[\w\-]+\s+)?(?:context|contexts|context\s+length|context\s+window|sequence|tokens?\s+context|length)\b", re.IGNORECASE)

_RESULT_CONTEXT = _lowered(words("result_context"))

_RESULT_VERB = _lowered(r"\b(?:" + words("result_verb") + r")\b")

_MONTH_BEFORE = _lowered(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$")

_CLOSING_THE_GAP = _lowered(r"\b(?:clos|bridg|recover|narrow)\w*\s+(?:over\s+|about\s+|nearly\s+|more\s+than\s+|up\s+to\s+|~\s*)?$")
_OF_THE_GAP_AFTER = _lowered(r"^\s*(?:%\s*)?of\s+(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:gap|difference|drop|loss)\b")
_GAP_CLOSED = _lowered(r"\bclos\w*\s+(?:\w+\s+){0,2}?gap\b[^.;]*$|\bgap\s+(?:is\s+)?closed\b[^.;]*$")

# "108 FPS", "35 ms", "24.4 token/s": speed and latency units right after the number
_SPEED_WORDS = words("speed_unit")

_SPEED_UNIT = re.compile(rf"^\s*(?:{_SPEED_WORDS})\b", re.IGNORECASE)   # a speed, whatever hardware follows

# ... and times and FLOPs, which come after the compute words ("2.3e21 FLOPs" of training is compute)
_RATE_UNIT = re.compile(rf"^\s*(?:{_SPEED_WORDS}|ms|milliseconds?|seconds?|secs?|s\b|[tgmp]?flops?\b|tflops|gflops)", re.IGNORECASE)

_CITE_OPEN = re.compile(r"\[\s*(?:cite:\s*)?(?:\d+\s*[,\-–]\s*)*$")   # citation markers: "[12]", "[3, 4-6]"

_CITE_CLOSE = re.compile(r"^\s*(?:[,\-–]\s*\d+\s*)*\]")

_P_VALUE = _lowered(r"\bp(?:[\s\-]?values?)?\s*(?:[<>=≤≥~≈]+|>>|<<|\\sim|(?:less|greater|lower|smaller)\s+than|below|under)\s*$")   # ("paired McNemar p ~ 1.0e-14")

# "achieved 29/53 correct answers", "solves 12/12 problems": counts of items, not scores
_COUNTED = r"(?:[a-z\-]+\s+)?(?:correct|solved|passed|answers?|cases?|items?|puzzles?|episodes?|games?|" + words("count_noun") + "|" + words("data_noun") + r")\b"
_SLASH_COUNT_AFTER = re.compile(r"^/\d+\s+" + _COUNTED, re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"^\s+" + _COUNTED, re.IGNORECASE)
_INT_SLASH_BEFORE = re.compile(r"(?<![\d.])(?P<part>\d+)/$")
# what was counted: a plural noun, up to two words on (not a scale's points)
_PLURAL_NOUN = r"\s+(?:[a-z][a-z\-]*\s+){0,2}?(?!(?:points|marks|stars)\b)[a-z][a-z\-]*(?:ies|[^s\W]s)\b"
# "achieves 5/18 target rediscoveries": whole numbers over a total, then what was counted
_SLASH_PLURAL_AFTER = re.compile(r"^/(?P<total>\d+)" + _PLURAL_NOUN)
_PLURAL_AFTER = re.compile(r"^" + _PLURAL_NOUN)
_OUT_OF = re.compile(r"^\s*out\s+of\s+(?:of\s+)?(?:the\s+|all\s+)?\d", re.IGNORECASE)   # ("7 out of (of) the 13 languages")
_INTERVAL_OF_VARIABLE_BEFORE = re.compile(r"\b(?:at|within|in|for|over|between)\s+(?:[\d.\-]+\s*[a-z%]*\s*,\s*)*(?:and\s+)?$")
_SCALE_WORD_AFTER = re.compile(r"^\s*(?:[\"'“”\w\-]+\s+){0,2}?(?:scores?|scales?|ratings?|points?|range)\b", re.IGNORECASE)
_SCORE_SLASH_BEFORE = re.compile(r"\d\.\d+\s*/\s*$")
_VALUE_SLASH_BEFORE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*/\s*$")
_SCORE_WORD_NEAR = _lowered(r"\b(?:scores?|ratings?|rated|likert|scale)\b")
_SCALE_TOP = re.compile(r"^\s*out\s+of\s+(?:1|5|10|100|1000)(?!\d|[.,]\d)", re.IGNORECASE)   # "66.4 out of 100": a score on a scale
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s*$")   # (lowered text) the M of "25 out of 32 cases", the top of a scale "98 (out of 100)"

_NAME_AFTER_SIZE = re.compile(r"^\s+(?:[A-Z][\w\-.]*\d|[A-Z]{2,})")   # "770M T5"

_LIST_MARK_OPEN = re.compile(r"(?:^|[\s(])\(?$")   # "(1)", "(2)": list markers

_ORDINAL_AFTER = re.compile(r"^\s*(?:\^\s*\{?\s*(?:\\(?:text|mathrm|rm|textrm)\s*\{\s*)?)?(?:st|nd|rd|th)\b")   # ("$1^{\\text{st}}$")

_RANK_BEFORE = _lowered(r"\b(?:rank\w*|place[sd]?|position)\s*(?:#|no\.?)?\s*$|\bin\s+the\s+top\s+$")

_CONTAMINATED_BEFORE = re.compile(r"\bcontaminat\w*\b[^.;%]{0,60}$", re.IGNORECASE)
_DETECTION_METRIC = re.compile(r"\b(?:accuracy|f1|auc|auroc|precision|recall|detect\w*)\b", re.IGNORECASE)
_IOU_AFTER = re.compile(r"^\s*(?:iou|overlap)\b")
# a value inside a set literal after "in": "$N \in \{2, 4, 8\}$", "k ∈ {1, 5}"
_SET_LITERAL_BEFORE = re.compile(r"(?:∈|\\in)\s*\\?\{[\s\d.,]*$")
_SET_CLOSE_AFTER = re.compile(r"[\s\d.,]*\\?\}")
# a ratio of a split written with slashes or colons: "70/15/15 splitting", "80:20 train/test split"
_RATIO_PART_BEFORE = re.compile(r"\d\s*[/:]\s*$")
_RATIO_PART_AFTER = re.compile(r"^\s*(?:%\s*)?[/:]\s*\d")
_RATIO_SPLIT_AFTER = re.compile(r"^(?:\s*(?:%\s*)?[/:]\s*\d+(?:\.\d+)?)*\s*%?\s+(?:[a-z\-/]+\s+){0,2}?(?:splits?|splitting|partitions?|partitioning|ratio)\b", re.IGNORECASE)
# the share of the data a split gives training, validation or test
_SPLIT_SHARE = re.compile(r"^[\s%)]*(?:(?:of\s+(?:the\s+)?(?:data|samples|images|dataset)\s+)?(?:for|as)\s+(?:training|testing|test|validation)\b"
                          r"|(?:training|train|testing|test|validation)\b[^.;]{0,40}?\bsplits?\b)", re.IGNORECASE)
# "split per class into 80 percent training and 20 percent testing"
_SPLIT_INTO_BEFORE = re.compile(r"\bsplit\w*\b[^.;]{0,40}?\binto\b[^.;]{0,40}$", re.IGNORECASE)
_SPLIT_PART_AFTER = re.compile(r"^[\s%)]*(?:training|train|testing|test|validation)\b", re.IGNORECASE)
_SHARE_OF_DATA = re.compile(r"^[\s%)]*(?:of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:data|datasets?|training\s+data|parameters|tokens|compute|cost|image\s+area|area|pixels|weights?|budget)\b"
                            r"|training\s+(?:subsets?|splits?)\b"
                            # "just 0.5% the size of ImageNet", "0.78% of the original length", "with only 10% fine-tuning"
                            r"|(?:of\s+)?the\s+(?:original\s+)?(?:size|length)\s+of\b|of\s+the\s+original\s+(?:length|size|sequence|tokens)\b"
                            r"|(?:fine-?tuning|training)(?:\s+data)?\s*(?:,|\.|$|surpass|outperform|match))", re.IGNORECASE)

_SHARE_OF_ITEMS = re.compile(r"^[\s%]*of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:questions|samples|examples|problems|instances|tasks|data|images|items)\s+(?:require|need|involve|contain|are|were|have|had|come|include|consist)", re.IGNORECASE)
# ... of any plural noun, with a verb only a share of a whole takes ("50% of reported incidents involve");
# and "accounting for 47% of bankruptcies", "attributes 64% of incidents to"
_SHARE_OF_MANY = re.compile(r"^[\s%]*of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*s\s+(?:involve|involved|concern|contain|come|originate|stem|occur|arise|arose|fall|belong|exhibit|exhibited|display|displayed|account|accounted|reference|referenced|mention|mentioned|include|included|fail|failed|lack|lacked|receive|received)\b", re.IGNORECASE)   # ("8.56% of hospital visits include progress notes")
# the rest of a list of percents: "(10%), 25%, and 50%" or "1% / 10%" before the words they share
_LIST_REST = r"^(?:\s*(?:%\s*)?(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*)[\d.]+)+"
_VALUE_LIST_REST = re.compile(_LIST_REST + r"(?=\s*%)")
# "It contains 600 questions; 77% require multi-table reasoning": a share of a population, with a
# verb in the plural right after the number (a model's result never 'require's)
_SHARE_THEN_VERB = re.compile(r"^\s*(?:%\s*)?(?:of\s+(?:them|these|those|which)\s+)?(?:require|involve|contain|span|touch|need|lack|feature|rely)\b")
_BRACKETED_SHARE_BEFORE = _lowered(r"\(\s*[\d.]+\s*%\s+of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+)?(?:dataset|data|corpus|samples|posts|responses|comments|tweets|documents|reviews|records|papers|images|cases|patients|participants|respondents)\s*\)(?:[^.;]|\.\d)*$")
_FROM_AFTER = re.compile(r"^\s*(?:%\s*)?from\b")
_SHARES_FROM_BEFORE = _lowered(r"%\s+of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*s\s+(?:arise|arose|come|came|stem|originate)s?\s+from\b")
# "achieves 90% accuracy with just 0.7% KV storage", "using only 3% of the KV cache": a share of a resource
_WITH_SHARE_BEFORE = _lowered(r"\b(?:with|using|at|under)\s+(?:just\s+|only\s+|merely\s+|a\s+mere\s+|less\s+than\s+|fewer\s+than\s+)?(?:~\s*)?$")
_RESOURCE_AFTER = _lowered(r"^\s*(?:%\s*)?(?:of\s+(?:the\s+|its\s+)?)?(?:[\w\-]+\s+){0,2}?(?:" + words("resource") + r")s?\b")
_ACCOUNTING_FOR_BEFORE = _lowered(r"\b(?:accounting|accounts?|responsible)\s+for\s+(?:about\s+|around\s+|nearly\s+|over\s+|roughly\s+)?$|\battribut\w*\s+$")

# what a dataset is made of: "(17% from news articles and 83% from user comments)",
# "56.2% of the posts in CREHate"
_DATA_COMPOSITION = re.compile(
    r"^[\s%]*(?:of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?(?:posts|comments|tweets|sentences|documents|articles|images|"
    r"videos|texts|utterances|users|records|entries|items|labels|annotations|pairs|dialogues|conversations)\b"
    r"(?!\s+(?:correctly|accurately|right|solved))|(?:including|containing|involving)\s|"
    r"of\s+(?:which|them|these|those)\s+(?:require|need|involve|contain|are|were|have|had|come|include|consist)|(?:are\s+|were\s+)?from\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:news|articles|comments|posts|tweets|users|sources|websites|books|wikipedia|forums?|social\s+media)\b)", re.IGNORECASE)

# "average length (2,105.3 words) is four times longer than other datasets (463.7 for OntoNotes)"
# "the highest pairwise label difference rate of 26%", "inter-annotator agreement of (over) 0.82"
_ANNOTATION_STATISTIC_BEFORE = _lowered(r"\b(?:labels?|annotations?|annotators?|inter-?annotator|inter-?rater|raters?)\s+(?:[\w\-]+\s+){0,2}?"
                                        r"(?:difference|disagreement|agreement|consistency|consensus|(?:fleiss'?s?\s+|cohen'?s?\s+)?kappa|κ)(?:\s+rates?)?\s+(?:of|was|is|=|:|<=|≤|>=|≥|<|>)?\s*"
                                        r"(?:(?:over|above|about|around|approximately|nearly|more\s+than)\s+)?$"
                                        # "revealing high labeling error rates: 14% in RefCOCO": the data's quality
                                        r"|\b(?:label(?:l?ing)?|annotation)\s+(?:error|noise)\s+rates?\b[^.;]{0,60}$")

# "yielded a 96.10% inter-annotator agreement"
_ANNOTATOR_AGREEMENT_AFTER = _lowered(r"^\s*(?:%\s*)?(?:inter-?annotator|inter-?rater|annotator|rater)\s+(?:agreement|consistency|reliability|kappa)\b")
_DATA_STATISTIC_BEFORE = _lowered(r"\b(?:average|mean|median)\s+(?:[\w\-]+\s+)?(?:length|size|duration)\b[^.;]*$|\b(?:longer|shorter)\s+than\b[^.;]*$")

# Evidence of a learned model or its evaluation (the domain gate), searched in lowered text.
_MODEL_EVIDENCE = _lowered(r"\b(?:" + words("model_evidence") + r")\b")

_CORRELATION_BETWEEN = _lowered(r"\b(?:correlat\w*|coefficients?)\s+(?:[\w\-]+\s+){0,4}?(?:between|with)\b")

_CORRELATION_NEAR = _lowered(r"correlat|coefficient|pearson|spearman|kendall")

# "a 68% reduction in model size", "75% reduction in key-value cache accesses"; "at a 90% token reduction"
_RESOURCE_CHANGE = _lowered(r"^\s*(?:%\s*)?(?:reduction|decrease|drop|cut|saving|increase)s?\s+(?:in|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:" + words("resource") + r")s?\b"
                            r"|^\s*(?:%\s*)?(?:[\w\-]+\s+)?(?:" + words("resource") + r")s?\s+(?:reductions?|savings?|compression|pruning)\b")

# "saving about 80% images in pre-training": a saving of a resource named after the number
_SAVING_BEFORE = _lowered(r"\bsav(?:e|es|ed|ing)\s+(?:about\s+|around\s+|up\s+to\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$")
_SAVED_RESOURCE_AFTER = _lowered(r"^\s*(?:%\s*)?(?:of\s+)?(?:the\s+)?(?:[\w\-]+\s+)?(?:images|data|tokens|samples|compute|memory|parameters|time|energy|cost|flops|gpu)\b")
# "while reducing computation by 22.5%", "cutting memory use by half": the resource comes before
# ("reducing average token consumption by 64.5%", "cut time to first token (TTFT) by 53%", "reducing API costs by 60%",
# "cut the data requirements for underrepresented languages by around 40%")
_RESOURCE_CHANGE_BEFORE = _lowered(r"\b(?:reduc|cut|lower|sav|decreas|shrink)\w*\s+(?:the\s+|its\s+)?(?:[\w\-'’]+\s+)?(?:"
                                   + words("resource") + r"|computation(?:al\s+(?:cost|overhead|burden|load|complexity))?|parameters?|flops)s?(?:\s+(?:use|usage|costs?|consumption|footprint|overhead|counts?|requirements?|needs))?"
                                   r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:of|for)\s+[^.;,]{0,40}?)?\s+by\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|up\s+to\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|~\s*|≈\s*|an\s+average\s+of\s+){0,2}$")

_LESS_OF_RESOURCE = _lowered(r"^\s*(?:%\s*)?(?:less|fewer|additional|extra|more)\s+(?:[\w\-]+\s+){0,2}?(?:tokens?|parameters?|memory|compute|flops|data|samples|images|time|energy|storage|labels?|annotations?)\b")

# the bounds of a confidence interval: "AUC 0.91 (95% CI: 0.90-0.92)", "[95% CI, 0.83 to 0.87]"
_INTERVAL_BEFORE = _lowered(r"\b(?:\d+(?:\.\d+)?\s*%\s*)?(?:ci|confidence\s+intervals?|credible\s+intervals?)\s*(?:[:=,]|of|was|is|from|between|ranging\s+from)?\s*[\[(]?\s*(?:[+\-−]?\d+(?:\.\d+)?\s*(?:%\s*)?(?:percentage\s+points?\s*|points?\s*|pp\s*)?(?:to|-|–|,|and)\s*)?$")

# an agreement statistic written with its symbol: "Krippendorff's alpha = 0.817", "label $\alpha = 0.307$"
_AGREEMENT_SYMBOL_BEFORE = _lowered(r"(?:\b(?:alpha|krippendorff'?s?|cronbach'?s?|(?:cohen'?s\s+|fleiss'?\s+)?kappa)|α|κ|\\alpha|\\kappa)\s*\$?\s*(?:[:=≈]|\\approx)\s*\$?\s*$"
                                    # "the final Krippendorff's \(α\) reached 0.743, 0.723, and 0.722": an inter-rater measure, then a verb
                                    r"|\b(?:krippendorff'?s?|cronbach'?s?|fleiss'?)\s*(?:\\\(\s*)?(?:α|κ|alpha|kappa|\\alpha|\\kappa)?\s*(?:\\\)\s*)?"
                                    r"(?:reached|was|were|of|[:=≈])\s*\$?\s*(?:\d+(?:\.\d+)?\s*,\s*(?:and\s+)?|\d+(?:\.\d+)?\s+and\s+)*$")
# an effect size: "d in [0.18, 0.52]", "Cohen's d = 0.8"
_EFFECT_SIZE_BEFORE = _lowered(r"(?:\bcohen'?s\s+\$?d\$?|(?<![\w@])d|\$?\\eta\^\{?2\}?\$?|η(?:\^?2|²)|\beta[\s\-]?squared)\s*(?:=|in|∈|\\in|ranging\s+from|of|between)\s*\[?\s*(?:-?\d+(?:\.\d+)?\s*(?:,|to|and)\s*)?$")
# a correlation coefficient written with its symbol: "mean cross-model correlation $r$=0.85"
_R_IN_MATH_BEFORE = re.compile(r"(?:\$|\(|,|;)\s*r\s*(?:=|\\approx|≈)\s*\$?\s*$")   # "($r = 0.87$)": a correlation
_CORRELATION_SYMBOL_BEFORE = _lowered(r"correlat\w*[^.;]{0,20}?(?:\$?\b[rρτ]\$?|\\rho|\\tau)\s*\$?\s*(?:=|≈|~|of)?\s*\$?\s*$")
# an exponent ("1.25^3") and the bar a variable is compared with ("δ < 1.25"): parts of a metric's definition
_EXPONENT_BEFORE = re.compile(r"[\^_]\{?(?:\\mathrm\{|\\text\{|\\rm\s*)?[+\-]?$|[A-Za-z][$\s]?\{$")   # also a subscript: "H_0 = 67.88_{-0.53}^{+0.52}"
_VARIABLE_BAR_AFTER = re.compile(r"^\s*(?:<|>|≤|≥|\\leq?|\\geq?|\\lt|\\gt)\s*(?:[a-zA-Zδτθεσ]|\\delta|\\tau)(?![\w])")
# a quantity of a formula written as a function: "σ(w_{0}) = 0.028", "σ(M_ν) = 0.1"
_FUNCTION_OF_BEFORE = re.compile(r"(?<![\w\\])(?:[A-Za-z]|\\[A-Za-z]+|[ΩΛσωλμ])\s*\([^()]{1,16}\)\s*\$?\s*(?:=|\\approx|≈|\\simeq|\\sim|~)\s*\$?\s*$")
_VARIABLE_BAR_BEFORE = re.compile(r"(?:[a-zA-Zδτθεσ]|\\delta|\\tau)\s*(?:<|>|≤|≥|\\leq?|\\geq?|\\lt|\\gt)\s*$")
# ... unless the variable is a metric's name: "reaches AUROC>0.95 on POPE" is a bound on a result
_METRIC_BAR_BEFORE = re.compile(r"(?<![\w\-])(?P<name>[A-Za-z][\w\-@]*)\s*(?:>|≥|\\geq?|\\gt)\s*$")
# ... or the lower bound of a change or a result: "exceeding the next-best entry by >7.0 points"
_BOUND_BAR_BEFORE = re.compile(r"(?<![\w\-])(?:by|of|at|to|than|reach(?:es|ed)?|achiev(?:es|ed)?)\s*(?:>|≥|\\geq?|\\gt)\s*$")
# "35.83 at lag 1", "at depth 3", "at step 500": an integer right after 'at' and one lower-case noun indexes a setting
# (not a quantity word: "at least 5", "at most 3", "at top 1")
_AT_INDEX_BEFORE = _lowered(r"\bat\s+(?!(?:least|most|about|around|approximately|nearly|roughly|only|just|over|under|above|below|up|best|worst|top|rank|position|place|a|an|the|all|any|each|every|which|what|this|that|their|its|our)\s)[a-z]{1,12}\s*(?:=\s*)?$")
# "at a low code rate of 2.146 Bpp", "at a temperature of 0.7": the condition a result is measured at
_AT_CONDITION_BEFORE = _lowered(r"\bat\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:rate|ratio|level|budget|resolution|temperature|threshold|bitrate|bit-rate|frequency|noise\s+level|snr)\s+(?:of\s+)?$")
# the budget a result is reached under, given in brackets: "under extremely low annotation budgets (e.g., 0.02%)"
_BUDGET_BRACKET_BEFORE = _lowered(r"\b(?:budgets?|label(?:ing|led|ed)?\s+(?:ratios?|rates?)|sampling\s+rates?)\s*\(\s*(?:(?:e\.g\.|i\.e\.|as\s+low\s+as|only|just)\s*,?\s*)?$")
# a share of labeled data: "with just 1% COCO labeled data", "10% labelled images"
_REFERENCE_RESULT_AFTER = _lowered(r"^[\s%\\)$]*of\s+(?:the\s+)?(?:full|whole|complete|entire)?\s*(?:[\w\-]+\s+){0,3}?(?:performance|accuracy|results?|scores?)\b")
_SHARE_OF_LABELED = re.compile(r"^\s*(?:%\s*)?(?:of\s+(?:the\s+)?)?(?:[A-Z][\w\-]*\s+)?(?:(?:labeled|labelled|unlabeled|unlabelled|annotated|training)\s+(?:data|images|samples|examples|set|settings?|regimes?|splits?)\b"
                               # "under a fixed 5% annotation budget", "with only 10% annotation instances", "with 1% labels"
                               r"|annotations?(?:\s+(?:budgets?|instances|rates?|ratios?))?\b|labels\b|(?:audit|labell?ing|query|review)\s+budgets?\b)", re.IGNORECASE)
# "1% procedurally generated data is thus equivalent to 28% of ...": a share of data made or added
_SHARE_OF_MADE_DATA = re.compile(r"^\s*(?:%\s*)?(?:of\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:generated|synthetic|synthesi[sz]ed|augmented|additional|extra)\s+(?:data|images|samples|examples)\b", re.IGNORECASE)

_PLUS_MINUS_BEFORE = re.compile(r"(?:\u00b1|\+/-|\+-|\\pm|\bplus\s+or\s+minus)\s*\$?\s*\{?\s*$")   # ("Dice 78.36 (plus or minus 1.44)")

# a setting, not a result: "at an IoU of 0.5", "IoU threshold of 0.75", "a learning rate of 0.001"
_SETTING_BEFORE = _lowered(
    r"(?:\b(?:at|with|under|using|for)\s+(?:an?\s+|the\s+)?(?:iou|overlap|confidence|distance)\s+(?:threshold\s+)?(?:of|=|:|at)?\s*"
    # "R@1 (IoU = 0.3)", "AP (IoU=0.5)": the threshold of the metric before, in its brackets
    r"|\(\s*(?:iou|overlap|confidence|distance)\s*(?:threshold\s*)?(?:=|:|@|>=|≥|>)\s*"
    r"|\b(?:" + words("hyperparameter") + r")(?:\s+(?:setting|value))?\s*(?:of|=|:|at|to|is|was|set\s+to|equal\s+to|equals|(?:of\s+)?up\s+to)?\s*"   # ("learning-rate setting of 0.1")
    # "robust to temperature (0.7 vs. 1.0)": the values of a hyper-parameter in brackets after it
    r"|\b(?:" + words("hyperparameter") + r")\s*\(\s*(?:[\d.]+\s*(?:vs\.?|versus|and|or|,)\\?\s*)*)$")

# "over random guessing (AUC = 0.5)", "chance level of 25%": what guessing gets, not a model's result
# "far below the 50% baseline": the level of a coin flip
_THE_BEFORE = _lowered(r"\bthe\s*$")
_CHANCE_BRACKET_AFTER = _lowered(r"^\s*(?:%\s*)?\(\s*(?:random\s+chance|chance(?:\s+level|-level)?|random\s+guess(?:ing)?)\s*\)")
_BASELINE_AFTER = _lowered(r"^\s*(?:%\s*)?(?:random\s+|chance\s+)?baseline\b")
_RANDOM_BASELINE_AFTER = _lowered(r"^\s*(?:%\s*)?(?:random|chance)(?:[\s\-]level)?\s+(?:baseline|guess\w*)\b")   # "near the 25% random baseline"
_VALUE_THEN_BRACKET = re.compile(r"\d\.\d+\($")
_CHANCE_BEFORE = _lowered(r"\b(?:random(?:ly)?\s+(?:guess\w*|chance|baseline)|chance(?:\s+level|-level)?)\s*[(,]?\s*(?:(?!by\b|than\b|over\b|to\b)[\w\-@]+\s*){0,2}(?:of|=|:|is|at)?\s*~?$")
# "nine of them have a cosine similarity of more than 70%": how many items pass a bar, not a result
_COUNT_ABOVE = _lowered(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|half)\s+of\s+(?:them|these|those|the)\b[^.;]{0,60}?"
                        r"\b(?:more\s+than|over|above|at\s+least|greater\s+than|exceeding|below|under|less\s+than)\s*$")
# "the post-processing salience threshold β varies from 0.05 to 0.43 across folds"
_SETTING_VARIES = _lowered(r"\b(?:" + words("hyperparameter") + r")\b(?:\s+\S+){0,2}?\s+(?:varies|varied|ranges|ranged|ranging|is\s+set|was\s+set|set)\s+(?:from|to|between|at)\s*$")
# ("four teams surpassed the 80% mark")
_THRESHOLD_AFTER = _lowered(r"^\s*(?:%\s*)?(?:(?:[\w\-]+\s+){1,3}(?:quality\s+)?gate\b|threshold|cut-?off|mark\b|bar\b|barrier\b|iou\s+threshold|confidence(?!\s+(?:scores?|estimat\w*|calibration))\b|cis?\b|significance)")

# an operating point, not a result: "FPR at 95% true positives", "precision at 90% recall"
_AT_BEFORE = re.compile(r"\bat\s+(?:an?\s+)?(?:fixed\s+)?(?:\$?\s*[≤<≥>~≈]\s*\$?\s*)?$|\bat$|\bfixed\s+$")   # ("at $\\leq$20\\% sparsity", "at a fixed 95% recall")

# "0% ASR at 99% control allow", "+18 pp at a 50% drop rate", "0.9 recall at 95% precision": a result,
# then "at" and the point it is measured at
# (a unit or a word between the result and "at": not "Claude Sonnet 4.5 at 68.43", "OmniZip at 41.0")
_RESULT_THEN_AT_BEFORE = re.compile(r"(?<![\w.\-])[+\-]?\d+(?:\.\d+)?\s*(?:(?:%|\\%|pp)\s*(?:(?!(?:and|or|vs|versus|than|while)\b)[A-Za-z][\w@\-]*\s+){0,2}"
                                   r"|\s(?:(?!(?:and|or|vs|versus|than|while)\b)[A-Za-z][\w@\-]*\s+){1,2})at\s+(?:an?\s+|the\s+)?(?:\$?\s*[≤<≥>~≈]\s*\$?\s*)?$")
# "pruning 20% of heads", "masking 30% of the tokens": the share of something a method acts on
_SHARE_ACTED_ON_BEFORE = _lowered(r"\b(?:prun|remov|dropp|mask|discard|sparsif|replac|freez|skipp|corrupt|perturb|poison)\w*\s+(?:only\s+|just\s+|up\s+to\s+|about\s+|over\s+)?$")
_SHARE_OF_PLURAL_AFTER = _lowered(r"^\s*(?:%\s*)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*s\b")
# "across the 30-90% load range": the range of a variable
_RANGE_WORD_AFTER = _lowered(r"^\s*(?:%\s*)?(?:[a-z][\w\-]*\s+)?range\b")
# "We then benchmark 20 target adjudicators": how many systems are evaluated
_EVALUATE_COUNT_BEFORE = _lowered(r"\b(?:benchmark|evaluat|test|compar|assess|stud)(?:e|es|ed|ing|s|ies|y)?\s+(?:on\s+)?$")
# "Between 50% and 35%, methods diverge", "at 35%, X, Y and Z achieve ...", "At retained-context budgets
# from 25% to 10%, ...": a clause that opens on the condition its results are measured at
_OPENING_CONDITION = re.compile(r"(?:^|[;:]\s*)(?:at|between|from|under|with)\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:from\s+)?"
                                r"(?:[\d.]+\s*(?:(?:%|\\%)\s*)?(?:and|to|-|–)\s*)?$")
_CONDITION_OPENERS = ("at ", "between ", "from ", "under ", "with ")
_CONDITION_CLOSES = re.compile(r"^\s*(?:(?:%|\\%)\s*)?(?:(?:and|to|-|–)\s*[\d.]+\s*(?:(?:%|\\%)\s*)?)?(?:\s*[a-z][\w\-]*){0,2}\s*,")
# "the steps required to reach perplexity below 50": a target, not a result
_REACH_TARGET_BEFORE = _lowered(r"\b(?:required|needed|necessary|it\s+takes|takes|steps|epochs|iterations)\s+to\s+reach\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:below|above|under|over|of|=)?\s*$")
# "achieving a 95% Hausdorff Distance of 56.13 mm": the percentile in a metric's name
_PERCENTILE_METRIC_AFTER = re.compile(r"^\s*(?:%|\\%|th)?\s*(?:percentile\s+)?(?:Hausdorff|HD\b)", re.IGNORECASE)
# "At matched average bits/weight of 3.0/3.5/4.0, X improves ...": a matched setting opening the clause
_MATCHED_SETTING_BEFORE = re.compile(r"(?:^|[;:]\s*)(?:at|under|with)\s+(?:an?\s+|the\s+)?(?:matched|equal|equivalent|the\s+same|same|fixed|comparable)\s+(?:[\w\-/]+\s+){0,3}?(?:of\s+)?(?:[\d.]+\s*(?:(?:%|\\%)\s*)?[/,]\s*)*$", re.IGNORECASE)
# "(100 in total)": the top of a scale
_IN_TOTAL_AFTER = re.compile(r"^\s*(?:points?\s+)?in\s+total\s*\)")
_OPERATING_POINT_AFTER = _lowered(r"^\s*(?:%\s*)?(?:" + words("operating_point") + r")\b")

_COLON_PAIR_AFTER = re.compile(r":[0-9]")

_COLON_PAIR_BEFORE = re.compile(r"[0-9]:$")

_PER_ITEM = re.compile(r"^\s*(?:\w+\s+)?per\s+(?:" + words("per_item") + r")\b", re.IGNORECASE)

_COMPOUND_COUNTS = frozenset(("shot", "shots", "bit", "bits", "way", "layer", "layers", "stage", "step", "hop", "turn", "dimensional",
                              "head", "gram", "grams", "year", "day", "hour", "minute", "second", "times", "modal", "channel",
                              "view", "frame", "fold", "round", "node", "core", "gpu", "class", "degree", "dof",
                              # a count of data items glued to its noun: "the official 630-image test set"
                              "image", "sample", "question", "example", "video", "patient", "case", "item", "problem",
                              "prompt", "query", "document", "sentence", "utterance", "circuit", "task", "scene", "record",
                              "participant", "subject", "hour", "token",
                              # a length written as a compound: "within a 30-meter range"
                              "meter", "metre", "km", "mile"))


_LATEX_GAP = re.compile(r"(?:\$|\\[,;: !]|~)+(?=\s*[A-Za-zµμ%])")


@dataclass(frozen=True)
class Around:
    """One number and the windows of its sentence around it, raw and lowered (the
    _lowered patterns search the lowered ones), plus the whole lowered text."""
    n: Num
    before: str
    after: str
    lbefore: str
    lafter: str
    low: str
    s0: int

    @classmethod
    def of(cls, n: Num, text: str, low: str, s0: int, s1: int) -> Around:
        a, b = max(s0, n.start - BEFORE_CHARS), min(s1, n.end + AFTER_CHARS)
        after, lafter = text[n.end:b], low[n.end:b]
        gap = _LATEX_GAP.match(after)
        if gap:   # "5.81\\,MB", "$22.5$ TB": LaTeX spacing and a closing dollar before the unit
            after, lafter = " " + after[gap.end():], " " + lafter[gap.end():]
        return cls(n, text[a:n.start], after, low[a:n.start], lafter, low, s0)


_ARXIV_BEFORE = re.compile(r"(?i:arxiv)\s*:?\s*$")
# "83.8 Top 1 accuracy", "Top 5 error": the k of a top-k metric written with a space
_TOP_K_BEFORE = re.compile(r"(?<![\w\-])top[\s\-]?$", re.IGNORECASE)


def citation(a: Around):
    if _CITE_OPEN.search(a.before[-12:]) and _CITE_CLOSE.match(a.after):
        return "other", "citation marker"
    if _ARXIV_BEFORE.search(a.before[-10:]):
        return "other", "an arXiv identifier ('arXiv:2506.07982')"
    if a.n.is_integer and a.n.unit is None and a.n.value_high is None and 1 <= a.n.value <= 100 and _TOP_K_BEFORE.search(a.before[-5:]):
        return "other", "the k of a top-k metric's name ('83.8 Top 1 accuracy')"


# "on the iPhone 8", "under Protocol 1", "Task 2", "Table 3": a number that completes a name or a label
_LABEL_BEFORE = re.compile(r"(?<![\w\-])(?:iPhone|iPad|Pixel|Galaxy|Snapdragon|Jetson|Raspberry\s+Pi|Xeon|Core\s+i[3579]|Ryzen|"
                           r"Protocol|Setting|Track|Phase|Stage|Task|Subtask|Part|Table|Figure|Fig\.|Section|Experiment|Scenario|Split|Fold|Round|Level|Case|Study|Season|Version"
                           r"|(?i:sub-?tasks?|tracks?|tasks|stages?|phases?|rounds|levels|settings|experiments?|stud(?:y|ies)|sessions?)"   # ("for subtask 2 -- generating ...", "for tasks 1, 2, and 3", "on competition stage 2")
                           r"|Layers?|Blocks?)\s+(?:\d+\s*(?:,\s*and|,|and|or|&)\s*)*$")
_DOTTED_LABEL_BEFORE = re.compile(r"(?<![\w\-])(?:Task|Subtask|Track|Section|Table|Figure|Fig\.)\s+$")
_UNIT_RIGHT_AFTER = re.compile(r"^\s*(?:%|\\%|x\b|×|points?\b|pp\b)")
_TITLED_HEAD_BEFORE = re.compile(r"\b(?:" + TITLED_HEADS + r"|Challenge|Suite)\s+v?$")
# "(0.1–200 lux)", "3.5 kg", "at 25 °C": a physical quantity ("dB" is not here: "+2.45 dB PSNR" is a result)
_PHYSICAL_AFTER = re.compile(r"^\s*(?:kpc|Mpc|Gpc|pc|Gyr|Myr|kyr|dex|mag|mJy|μJy|Jy|keV|MeV|GeV|TeV|eV|erg|arcsec|arcmin|M_?\\?(?:odot|sun|⊙)|M⊙|R⊙|L⊙"
                            r"|[KMGTP]i?B|bytes|px|pixels?|MP|megapixels?|bpw|bits\s+per\s+weight|bits(?!\s+per\s+(?:char|byte|dim|pixel|token|sub|sample|word))|lux|lx|°\s?[CF]|c?Gy|m?Sv|kg|mg|kWh|kW|MW|mW|[µμu]W|nW|W|[µμnmk]J|mV|V|mA|kPa|Pa|ppm|nm|[µμ]m|km/h|m/s|km|cm|mm|m|meters?|metres?|kilomet(?:er|re)s?|miles?)(?![\w/])")
# (one word of how the time was counted may come between: "232.4 cumulative hours", "3 wall-clock days"; GPU
# hours are compute, the cue group compute_word)
_DURATION_AFTER = re.compile(r"^\s*(?:(?:cumulative|total|additional|extra|wall-?clock|person)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![\w\-.])(?P<name>[A-Z][\w\-.]*)\s+(?:v?\d(?:\.\d)?\s*/\s*)?$")


# a benchmark-shaped coined name, then a one-digit integer, then the list or the sentence goes on
_NAME_THEN_SPACE = re.compile(r"(?<![\w\-.])(?P<name>[A-Z][\w\-]*)\s$")
_NAMING_WORD_BEFORE = re.compile(r"\b(?:termed|named|called|dubbed|version|release[sd]?|introduc\w*|present\w*|propos\w*)\s+(?:the\s+)?$", re.IGNORECASE)
_NAMED_THING_AFTER = re.compile(r"\s*(?:,\s*(?:which|a|an|the)\b|(?:dataset|benchmark|corpus|suite|model|framework)s?\b)", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"^\s*(?:,|and\b|or\b|\)|show|demonstrat|reveal|indicat|confirm|benchmarks?\b|suites?\b)")
# "with DINOv2 and V-JEPA 2 improves", "(SAM 2)": a coined name joined to a list or bracket, then its version
_CODED_NAME_BEFORE = re.compile(r"(?:\b(?:with|and|or|using|from|of|as)\s+|[,(]\s*)(?P<name>[A-Z][A-Za-z]*-?[A-Z][\w\-]*|[A-Z]{2,}[\w\-]*)\s+$")
_MODEL_USE_AFTER = re.compile(r"^\s*(?:\)|\(|,|and\b|or\b|improv\w*|achiev\w*|outperform\w*|yield\w*|models?\b|features?\b|backbones?\b|encoders?\b|embeddings?\b)")
_FAMILY_TIER_BEFORE = re.compile(r"(?<![\w\-.])(?P<name>[A-Z][\w\-.]*)\s+[A-Z][a-z]+\s+$")   # "Claude Haiku 4.5"
# "Opus 4.7 drops from 96.2% to 91.0%": a version after a model family's name or a tier's
_FAMILY_WORD_BEFORE = re.compile(r"(?<![\w\-.])(?P<w>[A-Z][A-Za-z]+)\s+$")
_MODEL_TIER = re.compile(r"(?:" + words("model_tier") + r")")
_TIER_AFTER = re.compile(r"^\s+(?:Lite|Pro|Flash|Mini|Max|Plus|Turbo|Ultra|Nano|Instruct|Chat|Base|Thinking|Omni|Air|Small|Medium|Large)\b")
_RESULT_BRACKET_AFTER = re.compile(r"^\s*\(\s*[+\-]?\d+(?:\.\d+)?\s*(?:(?:%|\\%)\s*)?\)")   # "Seedream 3.0 (0.530)": the name's result after its version
_SIZE_BRACKET_AFTER = re.compile(r"^\s*\(\s*\d+(?:\.\d+)?\s?[BM]\s*\)")   # "Granite Vision 3.3 (2B)": a model's size after its version
_ACRONYM_BEFORE_VERSION = re.compile(r"(?<![\w\-.])[A-Z]{2,4}\s+$")   # "SD 3.5 Large"
_TWO_TITLED_BEFORE = re.compile(r"(?<![\w\-.])[A-Z][a-z]+\s+[A-Z][a-z]+\s+$")   # "Nano Banana 2"
_NAME_GOES_ON_AFTER = re.compile(r"^(?:\s+(?:on|and|or|in|with|to|as|model|models|is|was|achieves|reaches|scores)\b|\s*[,;.)])")
_NUMBERED_LABEL_WORD = r"(?!(?:" + NUMBERED_LABEL_WORDS + r")\b)"   # ("by 3.23 on Split 0 and 3.7 on Split 1": a numbered part, not a product's version)
_WORD_BEFORE_VERSION = re.compile(r"(?<![\w\-.])" + _NUMBERED_LABEL_WORD + r"[A-Z][a-z]+\s+$")
_VERSION_AFTER_LIST = re.compile(r"^\s*(?:and|or|,|/)\s*(?:[A-Z][a-z]+\s+)?\d(?:\.\d)?(?![\d.%]|\s*(?:%|percent|points?))")
_VERSION_BEFORE_LIST = re.compile(r"(?<![\w\-.])" + _NUMBERED_LABEL_WORD + r"[A-Z][a-z]+\s+\d(?:\.\d)?\s*(?:and|or|,|/)\s*(?:[A-Z][a-z]+\s+)?$")


# "released under a CC BY-NC-SA 4.0 license", "Apache 2.0"
# ("CC~BY~4.0": LaTeX's non-breaking spaces count as spaces)
_LICENCE_BEFORE = re.compile(r"(?<![\w\-])(?:CC[\s\-~]BY(?:[\s\-~](?:NC|SA|ND))*|CC0|Apache(?:\s+License)?|(?:A|L)?GPL|MPL|ODC-BY|CDLA-[A-Za-z]+|OpenRAIL(?:-M)?)[\s\-~]?v?$")


def _numbered_elsewhere(low: str, name: str, n) -> bool:
    """The lowered text writes name followed by another integer elsewhere ('corpipe 25' beside 'corpipe 26')."""
    key = name + " "
    at = low.find(key)
    while at >= 0:
        digits = re.match(r"\d+(?![\d.%])", low[at + len(key):at + len(key) + 6])
        if digits and at + len(key) != n.start and float(digits.group()) != n.value:
            return True
        at = low.find(key, at + 1)
    return False


def version_of_name(a: Around):
    """'Claude 3.5/3.7', 'Llama 3 models': a version written after a model family's name;
    'the Stanford Question Answering Dataset 2.0': after a titled dataset's head word;
    'Sonnet 3.5 and 3.7': a list of one-decimal versions after a capitalised name."""
    n = a.n
    if n.unit is None and n.value_high is None and _LICENCE_BEFORE.search(a.before[-30:]):
        return "other", "a licence's version ('CC BY-NC-SA 4.0', 'Apache 2.0')"
    if n.unit is None and n.value_high is None and n.is_integer and (nb := _NAME_BEFORE.search(a.before[-30:])) is not None \
            and _numbered_elsewhere(a.low, nb.group("name").lower(), n) and not _metric_near("", nb.group("name") + " "):
        return "other", "a version number after a name the text numbers twice ('CorPipe 26 is an improved version of CorPipe 25')"
    if n.unit is None and n.value_high is None and re.fullmatch(r"\d(?:\.\d)?", n.text) and (
            _WORD_BEFORE_VERSION.search(a.before[-15:]) and _VERSION_AFTER_LIST.match(a.after)
            or _VERSION_BEFORE_LIST.search(a.before[-25:])):
        return "other", "a list of versions after a name ('Sonnet 3.5 and 3.7')"
    if (m := _NAME_THEN_SPACE.search(a.before[-30:])) and _COINED_BENCH.fullmatch(m.group("name")) and n.unit is None and n.value_high is None and re.fullmatch(r"[1-9]", n.text) \
            and _LISTED_AFTER.match(a.after):
        return "other", "version after a benchmark's name in a list ('Terminal-Bench 2 show')"
    if n.unit is None and n.value_high is None and re.fullmatch(r"\d+\.\d", n.text) and (_TIER_AFTER.match(a.after) or _SIZE_BRACKET_AFTER.match(a.after)) \
            and (_WORD_BEFORE_VERSION.search(a.before[-15:]) or _ACRONYM_BEFORE_VERSION.search(a.before[-10:])):
        return "other", "version in a model's name ('Seed 2.0 Lite', 'SD 3.5 Large', 'IBM Granite Vision 3.3 (2B)')"
    if n.unit is None and n.value_high is None and re.fullmatch(r"[1-9](?:\.\d)?", n.text) and (m := _TWO_TITLED_BEFORE.search(a.before[-30:])) \
            and _NAME_GOES_ON_AFTER.match(a.after) and not _metric_near(m.group(0), "") and not _TITLED_HEAD_BEFORE.search(a.before[-12:]):
        return "other", "version in a product's name of two titled words ('the state-of-the-art Nano Banana 2 on GenEval2')"
    if (m := _CODED_NAME_BEFORE.search(a.before[-30:])) and n.unit is None and n.value_high is None and 0 < n.value < 10 \
            and round(n.value, 1) == n.value and _MODEL_USE_AFTER.match(a.after) and not _metric_near(m.group("name"), "") \
            and not is_benchmark_name(m.group("name")):
        return "other", "version in a coined model's name, the model then used ('fusing with DINOv2 and V-JEPA 2 improves')"
    if (m := _FAMILY_WORD_BEFORE.search(a.before[-16:])) and n.unit is None and n.value_high is None and re.fullmatch(r"\d{1,2}\.\d", n.text) \
            and (_MODEL_TIER.fullmatch(m.group("w")) or registry_family(m.group("w"))):
        return "other", "version after a model family or tier ('Opus 4.7 drops', 'Gemini 2.5 reaches')"
    if (m := _FAMILY_WORD_BEFORE.search(a.before[-20:])) and n.unit is None and n.value_high is None and re.fullmatch(r"\d{1,2}\.\d", n.text) \
            and _RESULT_BRACKET_AFTER.match(a.after) and not _metric_near(m.group("w"), "") and not is_benchmark_name(m.group("w")):
        return "other", "version in a compared system's name, its result in brackets after it ('Imagen4 (0.515) and Seedream 3.0 (0.530)')"
    if n.unit is None and n.value_high is None and re.fullmatch(r"\d\.\d", n.text) and (m := _NAME_THEN_SPACE.search(a.before[-30:])) \
            and (_looks_like_name(m.group("name")) or m.group("name").isupper() and len(m.group("name")) >= 3) \
            and (_NAMING_WORD_BEFORE.search(a.before[:len(a.before) - len(m.group(0))][-20:]) or _NAMED_THING_AFTER.match(a.after)):
        return "other", "version of a name the paper gives ('termed HARDVS 2.0, which', 'the CoT-Bench 1.0 dataset')"
    if _version_of_lone_name(a):
        return "other", "version in a name the text also writes alone ('SAM and SAM 2', 'TB 1.0 and TB 2.0')"
    if _TITLED_HEAD_BEFORE.search(a.before[-12:]) and n.unit is None and n.value_high is None and 0 <= n.value < 10 \
            and not a.after.startswith(("%", "x")):
        return "other", "version in a dataset's name ('Dataset 2.0')"
    names = [m.group("name") for m in (_NAME_BEFORE.search(a.before[-40:]), _FAMILY_TIER_BEFORE.search(a.before[-40:])) if m]
    if (two := _FAMILY_TIER_BEFORE.search(a.before[-40:])) is not None:
        names.append(two.group(0).strip())   # "Stable Diffusion 3.5": a family of two words
    if names and n.unit is None and n.value_high is None and 0 <= n.value < 10 and round(n.value, 1) == n.value \
            and not a.after.startswith(("%", "x")) and any(registry_family(x) for x in names):
        return "other", "version in a model's name ('Claude 3.5')"


_CAP_NAME_BEFORE = re.compile(r"(?<![\w\-.])(?P<name>[A-Z][A-Za-z]*[A-Z][\w\-]*|[A-Z]{2,})\s+$")
_NOT_A_VERSION_AFTER = re.compile(r"^\s*(?:points?|pp|%|x\b|times\b|[-–/]\s*\d)")


def _version_of_lone_name(a: Around) -> bool:
    """'SAM and SAM 2 achieving', 'TB 1.0 and TB 2.0': a small number after a coined name, when
    the text also writes the name alone or with another number: the name's version (not after a
    metric's name: 'FID 5.6')."""
    m = _CAP_NAME_BEFORE.search(a.before[-20:])
    n = a.n
    if not m or n.unit is not None or n.value_high is not None or not 0 < n.value < 10 or round(n.value, 1) != n.value \
            or _NOT_A_VERSION_AFTER.match(a.after) or _metric_near("", a.after[:14]) or _metric_near(m.group("name"), ""):
        return False
    after_each = [a.low[e:e + 6] for _, e in find_word(a.low, m.group("name").lower())]
    return len(after_each) >= 2 and (any(not re.match(r"\s*\d", t) for t in after_each) or all(re.match(r"\s*\d", t) for t in after_each))


_GLUED_NAME = re.compile(r"-[A-Z]{2,}[A-Za-z]*$")   # "1-NNA", "5-NN": a number inside a metric's or method's name


def device_or_label(a: Around):
    if _GLUED_NAME.search(a.n.text):
        return "other", "part of a name written with the number ('1-NNA')"
    m = _LABEL_BEFORE.search(a.before[-24:])
    # ("in Task 3.2, ranking 1st": a numbered part of a task or a section is a label too)
    if m and a.n.unit is None and a.n.value_high is None and (float(a.n.value).is_integer() or _DOTTED_LABEL_BEFORE.search(a.before[-12:])) \
            and 0 <= a.n.value < 100 \
            and not _UNIT_RIGHT_AFTER.match(a.after):
        return "other", "part of a name: a device, protocol, task or table number ('iPhone 8', 'Protocol 1')"


_FRACTION_AFTER = re.compile(r"^/\d+(?:st|nd|rd|th)\b")


# "a 30 x 30 maze", "256 × 256 images": a size in two dimensions
_BY_AFTER = re.compile(r"^\s*(?:[×x]|\\times)\s*\d")
_BY_BEFORE = re.compile(r"\d\s*(?:[×x]|\\times)\s*$")


def colon_pair(a: Around):
    if _COLON_PAIR_AFTER.match(a.after) or _COLON_PAIR_BEFORE.search(a.before[-3:]):
        return "other", "ratio or time written with a colon (a:b)"
    if _BY_AFTER.match(a.after) or _BY_BEFORE.search(a.before[-10:]):
        return "other", "a size in two dimensions ('30 x 30')"
    if _FRACTION_AFTER.match(a.after):
        return "other", "a fraction written with an ordinal ('1/106th the budget')"


_SD_BEFORE = re.compile(r"(?<![\w.])(?:SD|s\.d\.|std|SE|s\.e\.)\s*[=:]\s*$", re.IGNORECASE)
# "dropping the final standard deviation from 0.0008 to 0.0002"
_SPREAD_BEFORE = _lowered(r"\b(?:standard\s+deviations?|std|variances?)\s+(?:\w+\s+){0,2}?(?:from|to|of|is|was|at)\s*(?:[\d.]+\s*(?:to\s*)?)?$")


def error_bar(a: Around):
    if a.n.sign == "\u00b1" or _PLUS_MINUS_BEFORE.search(a.before[-16:]) or a.n.sign == "-" and a.before.endswith("+/"):
        # "98.7%+/-0.6": the '-' read as the number's sign
        return "other", "error bar (\u00b1)"
    if _SD_BEFORE.search(a.before[-12:]) or _SPREAD_BEFORE.search(a.lbefore[-40:]):
        return "other", "a standard deviation or variance ('(SD=2.41)', 'the standard deviation from 0.0008 to 0.0002')"
    if _VALUE_THEN_BRACKET.search(a.before[-12:]) and a.after.lstrip().startswith(")"):
        return "other", "a spread in brackets glued to a value ('mIoU: 0.72(0.04)')"



# a test statistic: "t(227) = 5.42", "F(2, 117) = 3.1", "χ2(3) = 12.4"
_TEST_STATISTIC_BEFORE = re.compile(r"(?:\b[tFUHWZz]|χ2|χ²|\\chi\^?2)\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\)\s*=\s*$")
# an estimate named as one, set to the value: "K-S statistic = 0.12", "$\beta = -0.003$", "odds ratio 1.8"
_ESTIMATE_BEFORE = re.compile(r"(?:\\beta|β|\\gamma|γ|\bslope|\bcoefficient|\bstatistic|\bodds\s+ratio|\bhazard\s+ratio|\b(?:OR|HR|RR|aOR|aHR)|\bCohen'?s\s+d|η²|\\eta\^?2?)\s*\$?\s*(?:[=:]|of)?\s*\$?\s*$")
# ... with a p-value after it in the same bracket: ", p < 0.001)"
_P_VALUE_IN_BRACKET_AFTER = re.compile(r"^[^()]{0,40}?[,;]\s*\$?\s*[pP]\s*(?:[<>=≤≥]|\\[lg]eq?|\\sim)")
# a share of a sample with its count: "(72.8 percent, n=166)"
_SAMPLE_COUNT_AFTER = re.compile(r"^\s*(?:%|percent)?\s*[,;]?\s*\(?\s*[nN]\s*=")
# a variable set to a value: "K=4", "$K{=}4$", "n = 50", "T = 100" (the letters of settings and
# sizes only: F, P, R, J ... may be a metric's, "J=0.545")
# (any one letter but those of precision, recall and F: "G=128", "$τ$=10" are settings too; not the end
# of a hyphenated name: "delta-c = +0.029" is a change of the C-index)
_ASSIGNED_BEFORE = re.compile(r"(?<![\w\\@\-])(?:(?![FPRr])[A-Za-z]|[α-ωΑ-ΓΕ-Ω]|\\lambda|\\tau|tau|delta|gamma|lambda|epsilon|eta|beta|alpha|temperature|top-?[kp]|seeds?|lr|rank)\$?\s*(?:_\{?\w+\}?)?\s*(?:=|\{=\})\s*\$?\s*$")


# "at $r=0.75$": a condition the result is measured at, whatever the letter
_AT_VARIABLE_BEFORE = re.compile(r"\bat\s+\$?[A-Za-zα-ωΑ-Ω]\$?\s*=\s*\$?\s*$")
# "three-judge mean J=0.545": a letter named as a mean is a score, not a setting
_STATISTIC_LETTER_BEFORE = re.compile(r"\b(?:mean|average|median|overall)\s+\$?[A-Za-z]\$?\s*=\s*\$?\s*$", re.IGNORECASE)


# a quantity with a subscript set to a value: "$H_0 = 67.88$", "$q_0 = -0.29$", "\\Omega_m = 0.3"
# (one letter or a Greek one: not F_1, the F1 score written in LaTeX, nor a metric's name with a
# subscript: "ACC_P = 0.32")
_SUBSCRIPTED_BEFORE = re.compile(r"(?<![\w\\])(?!F_)(?:[A-Za-z]|\\[A-Za-z]+|[ΩΛσωλμ]|alpha|beta|gamma|delta|sigma|tau|theta|lambda|mu|rho|phi|epsilon|omega)_\{?[\w,]{1,4}\}?\s*\$?\s*(?:=|\\approx|≈|\\simeq|\\sim|~)\s*\$?\s*[+\-]?$")


def test_statistic(a: Around):
    if _TEST_STATISTIC_BEFORE.search(a.before[-20:]):
        return "other", "a test statistic (t, F, chi-squared) of an analysis"
    if _ESTIMATE_BEFORE.search(a.before[-30:]) and _P_VALUE_IN_BRACKET_AFTER.match(a.after):
        return "other", "an estimate of an analysis with its p-value ('K-S statistic = 0.12, p < 0.001', 'β = -0.003 per % load, p < 0.001')"


def sample_share(a: Around):
    if a.n.is_percent and _SAMPLE_COUNT_AFTER.match(a.after):
        return "data size", "a share of a sample given with its count ('72.8 percent, n=166')"


def formula_quantity(a: Around):
    if (_SUBSCRIPTED_BEFORE.search(a.before[-24:]) or _FUNCTION_OF_BEFORE.search(a.before[-24:])) \
            and not _metric_near(a.before[-24:], ""):   # ("ACC_P = 0.32", "AP_{50}": a metric)
        return "other", "a quantity of a formula set to a value ('$q_0 = -0.29$'): a measurement, not a model's result"


def assignment(a: Around):
    # (the metric asked of is the variable's own name, "F1 = 0.9", not one before it: "89.35% accuracy under σ=0.1 noise")
    if (_ASSIGNED_BEFORE.search(a.before[-12:]) and a.n.unit is None and not _metric_near(a.before[-10:], "")
            and not _STATISTIC_LETTER_BEFORE.search(a.before[-24:])) or _AT_VARIABLE_BEFORE.search(a.before[-14:]):
        return "other", "a variable set to a value ('K=4', 'n = 50', 'at $r=0.75$'): a setting"


def interval(a: Around):
    if _INTERVAL_BEFORE.search(a.lbefore[-40:]):
        return "other", "bound of a confidence interval, not a result of its own"
    if _IN_SET_BEFORE.search(a.before[-30:]):
        return "other", "bound of a range a statistic lies in ('r ∈ [-0.79, 0.98]')"


# "humans ($r \in [-0.79, 0.98]$)": the bounds of the set a statistic lies in
_IN_SET_BEFORE = re.compile(r"(?:∈|\\in\b)\s*\$?\s*[\[(]\s*(?:[+\-]?\d+(?:\.\d+)?\s*,\s*)?\$?\s*[+\-]?$")


_DISPARITY_BEFORE = _lowered(r"\bdisparit(?:y|ies)\b(?:[^.;]|\.\d){0,70}$")
_PSEUDO_R2_BEFORE = _lowered(r"\bpseudo[\s\-]?(?:r\^?\{?2\}?|r²|r-squared)\s*(?:[:=≈]|of|was|is)?\s*$")
# "81.8% case-level residual", "42% of the variance", "12% of variance explained"
_VARIANCE_AFTER = _lowered(r"^\s*(?:%\s*)?(?:of\s+(?:the\s+)?(?:total\s+|observed\s+|explained\s+)?variance\b|(?:[\w\-]+\s+){0,2}?(?:residuals?|variance\s+explained|explained\s+variance)\b)")


# "raising three-judge agreement from 65.8% to 92.1%"
_JUDGE_AGREEMENT_BEFORE = _lowered(r"\b(?:judges?|annotators?|raters?|inter-?\w+)\s+agreement\s+(?:from\s+|of\s+|to\s+|reaches\s+|is\s+|was\s+)?(?:[\d.]+\s*%?\s+to\s+)?$")
# "we analyze 1,411 execution failures ... and identify two main categories of errors: ... (11.43%)"
_FAILURE_ANALYSIS_BEFORE = _lowered(r"\b(?:analy[sz]\w*|categori[sz]\w*|taxonomy|breakdown)\s+(?:of\s+)?(?:[\w\-,]+\s+){0,3}?(?:failures|errors|failure\s+cases|error\s+cases|mistakes)\b(?:[^.;]|\.\d)*$")
# "99.55% in training time", "on the training set"
_TRAINING_SET_AFTER = _lowered(r"^\s*(?:%\s*)?(?:accuracy\s+)?(?:in|on|during|at)\s+(?:the\s+)?training(?:\s+(?:time|set|data|phase|stage))?\b")
_AGREE_ON_BEFORE = _lowered(r"\b(?:agree|agreed|agrees|align|aligned|aligns|concur|concurred)\s+(?:on|in)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$")
_FOR_SHARE_BEFORE = _lowered(r"(?P<verb>\b(?:fail(?:s|ed)?|wrong|correct|succeed(?:s|ed)?)\s+)?\b(?:for|in)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$")
# "... 47.4% to 66.7% of queries, generators ...": of a plural noun, then the clause about them
_SHARE_OF_MANY_CLAUSE = re.compile(r"^[\s%]*(?:to\s+[\d.]+\s*%\s*)?of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*s\s*,\s+(?!respectively)", re.IGNORECASE)

# "Depth contributes 84% of normalised Hausdorff distance", "accounts for 60% of the errors": a
# share of a whole that an analysis breaks down
_SHARE_OF_WHOLE_BEFORE = _lowered(r"\b(?:contribut(?:es|ed|ing)|accounts?\s+for|accounted\s+for|accounting\s+for|makes?\s+up|made\s+up|"
                                  r"responsible\s+for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|only\s+|just\s+|approximately\s+|"
                                  r"more\s+than\s+|less\s+than\s+|~\s*)?$")
# "stems from logical rather than syntactic errors (61% vs. 8%)": the shares of kinds of errors
_ERROR_BREAKDOWN_BEFORE = _lowered(r"\b(?:errors|failures|mistakes|error\s+types)\s*\(\s*(?:[\d.]+\s*(?:%\s*)?(?:vs\.?|versus|,|/|and)\s*)?$")
_OF_AFTER = re.compile(r"^\s*(?:%\s*)?of\b")


def analysis_statistic(a: Around):
    if _AGREEMENT_SYMBOL_BEFORE.search(a.lbefore[-60:]):
        return "other", "agreement statistic (Krippendorff's or Cronbach's alpha)"
    if _EFFECT_SIZE_BEFORE.search(a.lbefore[-40:]):
        return "other", "effect size (Cohen's d): a statistic of a comparison"
    if _CORRELATION_SYMBOL_BEFORE.search(a.lbefore[-50:]) or _R_IN_MATH_BEFORE.search(a.before[-10:]):
        return "other", "a correlation coefficient (r, rho, tau) of an analysis"
    if _DISPARITY_BEFORE.search(a.low, max(a.s0, a.n.start - 90), a.n.start):
        return "other", "a disparity between groups (an analysis of fairness, not a result)"
    if _PSEUDO_R2_BEFORE.search(a.lbefore[-30:]):
        return "other", "a pseudo R-squared (a statistic of a regression analysis)"
    if _JUDGE_AGREEMENT_BEFORE.search(a.low, max(a.s0, a.n.start - 60), a.n.start):
        # (not a judge's agreement with humans: "JADES achieves 98.5% agreement with human evaluators" is the
        # result of a judge the paper evaluates, and the gold sets count it)
        return "other", "agreement between judges or annotators ('raising three-judge agreement from 65.8% to 92.1%')"
    if a.n.is_percent and _FAILURE_ANALYSIS_BEFORE.search(a.low, max(a.s0, a.n.start - 500), a.n.start):
        return "other", "a share in an analysis of failures ('we analyze 1,411 execution failures ... (11.43%)')"
    if a.n.is_percent and _TRAINING_SET_AFTER.match(a.lafter):
        return "other", "a result on the training data ('99.55% in training'), not an evaluation"
    if a.n.is_percent and _AGREE_ON_BEFORE.search(a.lbefore[-30:]):
        return "other", "agreement between judges ('preferences align on about 80 percent of comparisons')"
    share = _FOR_SHARE_BEFORE.search(a.lbefore[-30:]) if a.n.is_percent and _SHARE_OF_MANY_CLAUSE.match(a.after) else None
    if share and not share.group("verb"):   # (not a model's own rate: "fail in 26.84% of cases")
        return "other", "a share of a population an analysis counts ('for 47.4% of queries, generators ignore ...')"
    if a.n.is_percent and _ERROR_BREAKDOWN_BEFORE.search(a.lbefore[-40:]):
        return "other", "a breakdown of errors by kind ('logical rather than syntactic errors (61% vs. 8%)')"
    if a.n.is_percent and _SHARE_OF_WHOLE_BEFORE.search(a.lbefore[-40:]) and _OF_AFTER.match(a.lafter):
        return "other", "a share of a whole an analysis breaks down ('depth contributes 84% of the error')"
    if a.n.is_percent and _VARIANCE_AFTER.match(a.lafter):
        return "other", "a share of variance or a residual (an analysis, not a result: 'the dominant 81.8% case-level residual')"


# "Hausdorff Distance 95% (HD95)": the number is in the acronym that follows
_NAME_ACRONYM_AFTER = re.compile(r"\s*(?:\\?%)?\s*\(\s*[A-Za-z]+(?P<digits>\d+)\s*\)")
# "sigma(alpha * (H_norm - 0.5))": a constant in a formula, after a subscripted variable and an operator
_VARIABLE_OP_BEFORE = re.compile(r"(?<![\w\\])[A-Za-z]+_\{?\w+\}?\s*[-+*/]\s*$")


def formula_part(a: Around):
    acr = _NAME_ACRONYM_AFTER.match(a.after)
    if acr is not None and acr.group("digits") == a.n.text.rstrip("%\\").lstrip("+"):
        return "other", "part of a metric's name, its acronym after it ('Hausdorff Distance 95% (HD95)')"
    if _VARIABLE_OP_BEFORE.search(a.before[-16:]):
        return "other", "a constant in a formula ('(H_norm - 0.5)')"
    bar = _METRIC_BAR_BEFORE.search(a.before[-16:])
    if bar is not None and _is_metric_name(bar.group("name")) or _BOUND_BAR_BEFORE.search(a.before[-16:]):
        return None
    if _EXPONENT_BEFORE.search(a.before[-12:]) or (_VARIABLE_BAR_BEFORE.search(a.before[-8:]) or _VARIABLE_BAR_AFTER.match(a.after)) and a.n.unit is None:
        return "other", "part of a metric's definition (an exponent, or the bar a variable is compared with: 'δ < 1.25^3')"


# a compound after a percentage that still reads as a result ("a 5%-point gain")
_RESULT_COMPOUNDS = frozenset(("point", "points", "pt", "pp", "improvement", "gain", "increase", "reduction", "drop", "relative", "absolute"))


# "under black masking at 10%, 30%, and 50%", "each applied at severity levels of 10%, 30%, and 50%":
# the level of a corruption or compression a result is measured under (a list shares it)
# the corruptions and compressions a result is measured under (one list for the words before and after the level)
_CORRUPTION = r"mask\w*|occlu\w*|nois\w*|corrupt\w*|perturb\w*|missing(?:ness)?|sparsit\w*|prun\w*|dropout|dropped|packet\s+loss"
_CORRUPTION_AFTER = _lowered(r"^\s*(?:%\s*)?(?:" + _CORRUPTION + r"|label\s+noise|(?:[\w\-]+\s+)?(?:variation|perturbation)s?)\b")
_CORRUPTION_AT_BEFORE = _lowered(r"\b(?:severit\w*|" + _CORRUPTION + r"|compress\w*|quantiz\w*)\s+"
                                 r"(?:[\w\-]+\s+)?(?:at|of)\s+(?:[\d.]+\s*(?:%\s*)?,\s*(?:and\s+)?)*(?:and\s+)?$")


_RATING_SCALE_AFTER = _lowered(r"^\s*(?:-?\s*point\s+)?(?:likert\s+|rating\s+)?scale\b")


_BUDGET_AFTER = _lowered(r"^\s*(?:%\s*)?(?:[a-z][\w\-]*\s+){0,2}?budgets?\b")


# "over the first 30% of trajectory steps": the share of something a result is read over
_PORTION_BEFORE = _lowered(r"\b(?:first|last|initial|final|earliest|latest)\s+$")
_PORTION_AFTER = _lowered(r"^\s*(?:(?:%|\\%)\s*)?of\b")
# "mean average precision from 0.50 to 0.95", "AP at IoU 0.5:0.95": the IoU thresholds a COCO-style AP averages over
_AP_THRESHOLDS_BEFORE = _lowered(r"\b(?:ap|map|average\s+precision)\s*(?:@|at)?\s*(?:iou\s*=?\s*(?:(?:from|between)\s+)?|(?:from|between)\s+)(?:0?\.5\d?\s*(?:to|-|–|:|and)\s*)?$")


# "(mAP at 0.50 of 0.95 versus 0.908)": the IoU threshold of an average precision
_AP_AT_BEFORE = _lowered(r"\b(?:m?ap|average\s+precision)\s*(?:@|at)\s*$")


def setting(a: Around):
    if a.n.unit is None and 0 < a.n.value < 1 and _AP_AT_BEFORE.search(a.lbefore[-25:]):
        return "other", "the IoU threshold of an average precision ('mAP at 0.50 of 0.95')"
    if a.n.unit is None and 0 < a.n.value < 1 and _AT_BEFORE.search(a.lbefore[-6:]) and _IOU_AFTER.match(a.lafter):
        return "other", "an IoU threshold ('0.95 mAP at 0.50 IoU')"
    if _SET_LITERAL_BEFORE.search(a.before[-40:]) and _SET_CLOSE_AFTER.match(a.after):
        return "other", "a member of a set of settings ('with $N \\in \\{2, 4, 8\\}$ addends')"
    if a.n.is_percent and _PORTION_BEFORE.search(a.lbefore[-12:]) and _PORTION_AFTER.match(a.lafter):
        return "other", "the share of something a result is read over ('over the first 30% of trajectory steps')"
    if a.n.unit is None and 0.5 <= a.n.value <= 0.95 and _AP_THRESHOLDS_BEFORE.search(a.lbefore[-45:]):
        return "other", "the IoU thresholds of an average precision ('mean average precision from 0.50 to 0.95')"
    if _RATING_SCALE_AFTER.match(a.lafter) and re.search(r"\b(?:on|in|using)\s+an?\s*$", a.lbefore[-12:]):
        return "other", "the range of a rating scale ('scores on a 1-9 scale')"
    if a.n.is_percent and _CORRUPTION_AFTER.match(a.lafter):
        return "other", "the level of a corruption a result is measured under ('under extreme 80% missing scenarios')"
    if _CORRUPTION_AT_BEFORE.search(a.lbefore[-70:]):
        return "other", "the level of a corruption or compression a result is measured under ('masking at 10%, 30%')"
    if a.n.value == 0 and a.n.value_high is not None and _INTERVAL_OF_VARIABLE_BEFORE.search(a.lbefore[-25:]):
        return "other", "an interval of a variable the results are split by ('at 0--50, 0--70, and 0--80m')"
    if a.n.unit is None and a.n.is_integer and a.n.value_high is None and _AT_INDEX_BEFORE.search(a.lbefore[-24:]):
        return "other", "the index of a setting a result is read at ('reaching 35.83 at lag 1', 'at depth 3')"
    if _AT_CONDITION_BEFORE.search(a.lbefore[-60:]):
        return "other", "the condition a result is measured at ('at a code rate of 2.146 Bpp')"
    if _BUDGET_BRACKET_BEFORE.search(a.lbefore[-40:]):
        return "other", "the budget a result is reached under ('low annotation budgets (e.g., 0.02%)')"
    if _BUDGET_AFTER.match(a.lafter):
        return "data size", "a budget a result is reached under ('with a minimal 5% poisoning budget')"
    if a.n.is_percent and _SHARE_ACTED_ON_BEFORE.search(a.lbefore[-30:]) and _SHARE_OF_PLURAL_AFTER.match(a.lafter):
        return "other", "the share of something a method acts on ('pruning 20% of heads')"
    if a.n.value_high is not None and _RANGE_WORD_AFTER.match(a.lafter):
        return "other", "the range of a variable ('across the 30-90% load range')"
    if a.n.is_integer and a.n.unit is None and _EVALUATE_COUNT_BEFORE.search(a.lbefore[-20:]) and _PLURAL_AFTER.match(a.after):
        return "other", "count of what is evaluated ('we benchmark 20 target adjudicators')"
    if _PERCENTILE_METRIC_AFTER.match(a.after):
        return "other", "the percentile in a metric's name ('a 95% Hausdorff Distance of 56.13 mm')"
    opening = a.low[a.s0:a.s0 + 8].lstrip().startswith(_CONDITION_OPENERS) or ";" in a.lbefore or ":" in a.lbefore
    if opening and _MATCHED_SETTING_BEFORE.search(a.low[a.s0:a.n.start]):
        return "other", "a matched setting the results are compared at ('At matched average bits/weight of 3.0/3.5/4.0,')"
    if opening and a.n.is_percent and _OPENING_CONDITION.search(a.low[a.s0:a.n.start]) and _CONDITION_CLOSES.match(a.lafter):
        return "other", "the condition a clause's results are measured at ('at 35%, A and B achieve ...')"
    if _REACH_TARGET_BEFORE.search(a.lbefore[-70:]):
        return "other", "a target to reach, not a result ('steps required to reach perplexity below 50')"
    if _RESULT_THEN_AT_BEFORE.search(a.before[-40:]) and not _EFFICIENCY_RIGHT_AFTER.match(a.lafter) and not _RESOURCE_CHANGE.match(a.lafter):
        return "other", "the point a result is measured at ('0% ASR at 99% control allow')"
    # "using 15%-count images as input", "a 50%-dose scan": a percentage glued into a compound word
    if a.n.is_percent and a.n.compound and not _metric_near("", a.n.compound) and a.n.compound not in _RESULT_COMPOUNDS:
        return "other", "setting written as a compound ('15%-count images')"
    if _SETTING_BEFORE.search(a.lbefore[-60:]) or _THRESHOLD_AFTER.match(a.lafter) or _SETTING_VARIES.search(a.lbefore) \
            or _AT_BEFORE.search(a.lbefore[-16:]) and _OPERATING_POINT_AFTER.match(a.lafter):
        return "other", "setting or threshold (a hyper-parameter, an IoU or confidence threshold)"


# "our model does not achieve a 100% accuracy rate": a perfect score the text says is not reached
_NOT_REACHED_BEFORE = _lowered(r"\b(?:not|never|fails?\s+to|failed\s+to|unable\s+to|cannot)\s+(?:\w+\s+)?(?:achiev\w*|reach\w*|attain\w*|get)\s+(?:an?\s+|the\s+)?$")


def unreached(a: Around):
    if a.n.value == 100 and a.n.value_high is None and _NOT_REACHED_BEFORE.search(a.lbefore[-40:]):
        return "other", "a perfect score the text says is not reached ('does not achieve a 100% accuracy')"


# "brings the average Disparate Impact score 63% closer to the ideal of 1.0": a reference value
_IDEAL_BEFORE = _lowered(r"\b(?:the\s+)?(?:ideal|optimal|perfect|theoretical(?:\s+(?:maximum|optimum))?)\s+(?:value\s+|score\s+)?(?:of|at|=|is)\s*$")


def chance_level(a: Around):
    if _CHANCE_BEFORE.search(a.lbefore[-40:]) or a.n.value == 50 and _THE_BEFORE.search(a.lbefore[-5:]) and _BASELINE_AFTER.match(a.lafter) \
            or _RANDOM_BASELINE_AFTER.match(a.lafter) \
            or _CHANCE_BRACKET_AFTER.match(a.lafter):   # "collapses accuracy to 7.3% (random chance)"
        return "other", "chance level (a reference point, not a result)"
    if _IDEAL_BEFORE.search(a.lbefore[-30:]):
        return "other", "an ideal or optimal value (a reference point, not a result)"


_ALL_BEFORE = _lowered(r"\b(?:all|across)\s+(?:the\s+)?$")   # ("across 300 patent-grounded product ideas")
_PLURAL_NOUNS_AFTER = _lowered(r"^\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*[a-z]s\b")


def count_above(a: Around):
    if _COUNT_ABOVE.search(a.low, max(a.s0, a.n.start - 120), a.n.start):
        return "other", "threshold of a count ('nine of them have more than 70%')"


def p_value(a: Around):
    if _P_VALUE.search(a.lbefore[-15:]):
        return "other", "p-value"


def out_of(a: Around):
    if a.n.value == 0 and a.n.value_high in (1, 5, 10, 100) and _SCALE_WORD_AFTER.match(a.after):
        return "other", "the range of a scale ('a normalized 0-10 score')"
    if (a.n.text in ("5", "10", "100") and _SCORE_SLASH_BEFORE.search(a.before[-12:])
            or a.n.is_integer and 2 <= a.n.value <= 100 and _VALUE_SLASH_BEFORE.search(a.before[-12:])
            and _SCORE_WORD_NEAR.search(a.lbefore[-60:])) and not re.match(r"\s*%", a.after):   # "Mean safety score was 5.50/15"
        return "other", "the top of a scale ('4.43-4.99/5')"
    if re.search(r"\(\s*$", a.before[-3:]) and _IN_TOTAL_AFTER.match(a.after):
        return "other", "the top of a scale ('score below 50 (100 in total)')"
    if _OUT_OF_BEFORE.search(a.lbefore[-20:]):
        return "other", "the top of a scale or a count's total ('98 (out of 100)', '25 out of 32')"
    if _OUT_OF.match(a.after) and not (not a.n.is_integer and _SCALE_TOP.match(a.after)):
        return "other", "count ('N out of M')"
    if a.n.is_integer and a.n.unit is None and (_SLASH_COUNT_AFTER.match(a.after) or _INT_SLASH_BEFORE.search(a.before[-8:]) and _COUNTED_AFTER.match(a.after)):
        return "other", "count ('29/53 correct answers': solved items of a total)"
    if a.n.is_integer and a.n.unit is None and (
            (m := _SLASH_PLURAL_AFTER.match(a.after)) is not None and a.n.value <= int(m.group("total"))
            or (b := _INT_SLASH_BEFORE.search(a.before[-8:])) is not None and int(b.group("part")) <= a.n.value and _PLURAL_AFTER.match(a.after)):
        return "other", "count ('5/18 target rediscoveries': found items of a total)"


def gap_closed(a: Around):
    if _GAP_CLOSED.search(a.lbefore[-50:]) or a.n.is_percent and _CLOSING_THE_GAP.search(a.lbefore[-30:]) and _OF_THE_GAP_AFTER.match(a.lafter):
        return "other", "share of a gap closed, not a score ('closing over 90% of the gap to fine-tuned SOTA')"


_CURRENCY_BEFORE = re.compile(r"(?:\b(?:USD|US\$|EUR|GBP|CNY|RMB|JPY)|[€£¥])\s?$")


def money(a: Around):
    if a.n.money or _COST_AROUND.match(a.after) or _CURRENCY_BEFORE.search(a.before[-5:]):
        return "cost", "money amount ('at under USD 200')"


_UNIT_CLASSES = {
    "dim": ("other", "dimensions (N x M)"),
    "ordinal": ("other", "rank"),
    "bytes": ("efficiency", "memory or storage size"),
    "time": ("efficiency", "a latency or a frequency (ms, Hz)"),
}


# "80.85% Top-1 accuracy on ImageNet-1K at $224px$": the resolution a result was measured at
_AT_SIZE_BEFORE = re.compile(r"(?:\bat|@|\bresolutions?(?:\s+of)?)\s*\$?\s*$", re.IGNORECASE)


def unit(a: Around):
    if a.n.unit == "px" and (not _metric_near(a.before[-30:], "") or _AT_SIZE_BEFORE.search(a.before[-20:])):
        return "other", "a size in pixels ('512px generation', '6--28px fonts'): a setting, unless an error metric measures it"
    return _UNIT_CLASSES.get(a.n.unit or "")


# a length written after an error metric that measures it ("an MPJPE of 45.2 mm", "an RMSE of 631.94 mm",
# "trajectory error from 0.72 cm to 0.08 cm", "positional error from 9.89m to 2.62m", "the 95th-percentile
# Hausdorff distance (HD95) decreasing from 2.95 mm", "orientation errors of 0.21 meters"): the metric's value,
# not a condition. The metric is one of the registry's lower-is-better metrics or a word of the cue group
# length_error; up to four words may stand between it and the value, but no threshold or condition ('within
# 50 km', 'the localization error at 50 m', 'at distances beyond 50 m').
# (the length units here are those numbers.py reads as a length: LENGTH_UNITS, and "m" written apart)
_DISTANCE_AFTER = re.compile(r"^\s*(?:nm|µm|mm|cm|m|meters?|metres?|px|pixels?|voxels?)(?![\w/])")   # ("HD95 of 2.78 px": an error in pixels)
_LENGTH_ERROR_WORD = re.compile(r"\b(?:" + words("length_error") + r")\b", re.IGNORECASE)
_METRIC_TO_VALUE = re.compile(r"^\s*\)?\s*(?:\([^()]{0,30}\)\s*)?(?:[a-z][\w\-]*\s+){0,4}?"
                              r"(?:of|to|is|was|were|=|:|from|by)?\s*"
                              r"(?:(?:only|just|about|around|approximately|roughly|~|≈)\s*)?"
                              r"(?:\$?[\d.]+\$?\s*(?:nm|µm|mm|cm|m|px)?\s+(?:to|compared\s+(?:to|with)|versus|vs\.?)\s+)?\$?$", re.IGNORECASE)
_LENGTH_THRESHOLD = re.compile(r"\b(?:within|under|below|less\s+than|threshold|at|beyond|above|over)\b|[<≤@]|\\leq?\b", re.IGNORECASE)


def _metres_glued(n: Num) -> bool:
    """'9.89m', '1.09 m': a lower-case m that the number parser read as 'million' (Num.unit 'M')."""
    return n.unit == "M" and n.text.rstrip().endswith("m")


_GLUED_PHYSICAL = {"mm", "cm", "km", "px", "Hz", "kHz", "MHz", "GHz"}
_AREA_UNITS = set(LENGTH_UNITS) - {"px"}   # ("870km^2")
_SQUARED_AFTER = re.compile(r"^(?:\^\{?2\}?|²|2\b)")
_SETTING_BRACKET_BEFORE = _lowered(r"\b(?:lengths?|distances?|resolutions?|sizes?|ranges?|heights?|widths?|frequenc\w*|rates?|apertures?|altitudes?)\s*\(\s*$")


def _error_metric_length(a: Around) -> bool:
    if not (_DISTANCE_AFTER.match(a.after) or a.n.unit in LENGTH_UNITS or _metres_glued(a.n)):
        return False
    lead = a.before[-60:]
    metric = _metric_last(lead)
    ends = [metric[0].end()] if metric is not None and metric[1] in LOWER_IS_BETTER else []
    ends += [m.end() for m in _LENGTH_ERROR_WORD.finditer(lead)]
    if not ends:
        return False
    gap = lead[max(ends):]
    return _METRIC_TO_VALUE.match(gap) is not None and not _LENGTH_THRESHOLD.search(gap)


def physical_unit(a: Around):
    # (a percent is never a length: "70.24% pixel-level accuracy")
    if not a.n.is_percent and _PHYSICAL_AFTER.match(a.after) and not _error_metric_length(a):
        return "other", "a physical quantity (lux, kg, m, V, ...): a condition or a measurement, not a score"
    if a.n.unit in _GLUED_PHYSICAL and _SETTING_BRACKET_BEFORE.search(a.lbefore[-40:]):
        # "at 10 focal lengths (28-70mm)": a unit glued to the number, in brackets after what it measures
        return "other", "a physical quantity in brackets after the setting it measures ('10 focal lengths (28-70mm)')"
    if a.n.unit in _AREA_UNITS and _SQUARED_AFTER.match(a.after):
        return "other", "an area ('870km^2 annotated area'): a physical quantity, not a score"


def duration(a: Around):
    if _DURATION_AFTER.match(a.after):
        return "other", "a duration (minutes, hours, days, years): a condition or a statistic, not a score"


_FACTOR_OF_BEFORE = _lowered(r"\bby\s+(?:a\s+)?factor\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|up\s+to\s+)?~?\s*$")


def multiplier(a: Around):
    if a.n.is_multiplier:
        return "efficiency", "multiplier (speed-up or ratio): never a score"
    if a.n.unit is None and _FACTOR_OF_BEFORE.search(a.lbefore[-40:]):
        return "efficiency", "a factor ('enhancing model quality by a factor of ~1.35'): a ratio, never a score"


# the rest of a list of integers whose last one is glued to a count's noun: "5, 10, and 20-shot"
_COUNT_LIST_REST = re.compile(r"^(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\d+)+\s*-\s*(?P<noun>[a-z]+)\b")


# compounds of an integer whose noun carries a result's size ("a 7-percentage-point gain", "an 18-point
# improvement", "the 94-th percentile"), or a size (extract/size_strategies.py reads "7-billion")
_VALUE_COMPOUNDS = frozenset(("point", "points", "percentage-point", "percentage-points", "percent", "percentile", "th",
                              "parameter", "parameters", "param", "params", "billion", "million", "pp", "pt", "pts"))


def compound_count(a: Around):
    if a.n.compound in _COMPOUND_COUNTS:
        return "other", f"setting or count ({a.n.compound})"
    # "a 15-game suite", "5-level CIFAR-100", "a 3-member ensemble": an integer glued to a lower-case
    # noun counts or sets something; only a few such nouns carry a result (_VALUE_COMPOUNDS)
    if a.n.is_integer and a.n.unit is None and a.n.value_high is None and a.n.compound and len(a.n.compound) >= 3 \
            and a.n.compound not in _VALUE_COMPOUNDS and a.n.text.rsplit("-", 1)[-1].islower() and not _metric_near("", a.n.compound + " "):
        return "other", f"setting or count written as a compound ('a 15-game suite': {a.n.compound})"
    rest = _COUNT_LIST_REST.match(a.after) if a.n.is_integer and a.n.unit is None else None
    if rest and rest.group("noun").lower() in _COMPOUND_COUNTS:
        return "other", f"setting or count, listed before its noun ('5, 10, and 20-{rest.group('noun')}')"


def parameter_count(a: Around):
    if a.n.compound and a.n.compound.startswith("param") or a.n.is_magnitude and _MODEL_SIZE_AFTER.match(a.after):
        return "model size", "parameter count"


def magnitude(a: Around):
    """A number with K/M/B/T: a size of something, never a score."""
    n = a.n
    if not n.is_magnitude or (_metres_glued(n) and _error_metric_length(a)):
        return None
    if _NAME_AFTER_SIZE.match(a.after):
        return "model size", "parameter count before a model name ('770M T5')"
    if _COMPUTE_AROUND.search(a.lafter[:25]):
        return "compute", "compute budget"
    if _DATA_AFTER.match(a.after) or _LENGTH_AFTER.match(a.after):
        return "data size", "size of data or context"
    if n.unit == "B" and not n.is_percent:
        return "model size", "parameter count (size suffix)"
    return "data size", "magnitude (K/M/T) without an evaluation"


# the rest of a list of numbers before the words they share: "1.67 and 1.74 effective NFEs"
_NUMBER_LIST_REST = re.compile(_LIST_REST)


def speed_unit(a: Around):
    # a speed unit right after the number (or the list it opens) decides ("65 FPS on Tesla V100" is a speed, not compute)
    if _SPEED_UNIT.match(_NUMBER_LIST_REST.sub("", a.after, count=1)):
        return "efficiency", "speed or latency (a unit of time or rate)"


def compute(a: Around):
    if _COMPUTE_AROUND.search(a.lafter[:20]) and not a.n.is_percent:
        return "compute", "compute budget"


# "EU Regulation 1169/2011", "ISO 9001", "Article 5": the number of a document, a standard or a law
_DOCUMENT_BEFORE = re.compile(r"\b(?:Regulation|Directive|Decision|Article|Act|Standard|ISO|IEC|IEEE|RFC|No\.)\s*$")
_DOCUMENT_YEAR_AFTER = re.compile(r"^/(?:19|20)\d\d(?!\d)")
_DOI_PREFIX = re.compile(r"10\.\d{4,9}")   # a DOI's registrant prefix, then "/" and the suffix
_DOI_SUFFIX = re.compile(r"/[A-Za-z]")        # ("PSNR/SSIM of 10.2345/0.8123" is two values)
_DOI_BEFORE = re.compile(r"(?i:\bdoi\s*:?\s*|doi\.org/)$")




def document_number(a: Around):
    if a.n.unit is None and (_DOCUMENT_BEFORE.search(a.before[-14:]) or _DOCUMENT_YEAR_AFTER.match(a.after)):
        return "other", "the number of a document, a standard or a law ('EU Regulation 1169/2011')"
    if a.n.unit is None and _DOI_PREFIX.fullmatch(a.n.text) and (_DOI_SUFFIX.match(a.after) or _DOI_BEFORE.search(a.before[-12:])):
        return "other", "a DOI ('DOI: 10.5281/zenodo.19239154')"


# "93.4 on AIME-2025, 86.72 on HMMT-2025, 2088 on CodeForces": a value in a list of results on
# benchmarks; "a Codeforces rating of 2029", "an Elo of 1962": a rating, not a year
_RESULT_LIST_BEFORE = re.compile(r"\d(?:\.\d+)?%?\s+on\s+[A-Z][\w\-.]*(?:\s[\w\-.]+)?,\s*(?:and\s+)?$")
_ON_NAME_AFTER = re.compile(r"^\s+on\s+(?:the\s+)?[A-Z]")
_RATING_BEFORE = re.compile(r"\b(?:rating|[Ee]lo(?:\s+score)?)\s+(?:of\s+)?$")


def _a_listed_result_or_rating(a: Around) -> bool:
    return _RATING_BEFORE.search(a.before[-20:]) is not None or _ON_NAME_AFTER.match(a.after) is not None \
        and _RESULT_LIST_BEFORE.search(a.before) is not None


def year(a: Around):
    n = a.n
    if _a_listed_result_or_rating(a):
        return None
    if n.is_integer and "," not in n.text and n.unit is None and 1900 <= n.value <= 2100 and (
            n.value_high is None or n.value_high == int(n.value_high) and n.value < n.value_high <= 2100):
        return "other", "year"   # (or a span of years: "between 2024 and 2025", "2019-2023")


def date(a: Around):
    n = a.n
    if n.is_integer and n.unit is None and n.value <= 31 and _MONTH_BEFORE.search(a.lbefore):
        return "other", "date"


def list_marker(a: Around):
    n = a.n
    if _LIST_MARK_OPEN.search(a.before[-2:] or "^") and a.after.startswith(")") and n.is_integer and n.value < 20 and n.unit is None:
        return "other", "list marker"


def rank(a: Around):
    if a.n.unit is None and _ORDINAL_AFTER.match(a.after) or _RANK_BEFORE.search(a.lbefore):
        return "other", "rank"




_SUBSET_OF_BEFORE = _lowered(r"\b(?:subsets?|portion|fraction|sample)\s+of\s+(?:about\s+|around\s+|roughly\s+|only\s+|approximately\s+|~\s*)?$")


_OF_RESOURCE_AFTER = _lowered(r"^\s*(?:%\s*)?of\s+(?:the\s+|its\s+)?(?:" + words("resource") + r"|parameters?|flops|gpu\s+memory|training\s+data|data)\b")
_USING_SHARES_BEFORE = _lowered(r"\b(?:using|with|requir\w*|consum\w*|needs?|needing)\s+(?:only\s+|just\s+|merely\s+|about\s+)?[\d.]+\s*%\s+of\s+[^.;]{1,40}?\s+and\s+$")


def share_of_data(a: Around):
    if a.n.is_percent and (_ACCOUNTING_FOR_BEFORE.search(a.lbefore[-30:]) or _SHARE_OF_MANY.match(a.after)):
        return "data size", "a share of a whole ('accounting for 47% of bankruptcies', '50% of reported incidents involve')"
    if a.n.is_percent and a.lbefore.endswith("(") and _BRACKETED_SHARE_BEFORE.search(a.low, max(a.s0, a.n.start - 250), a.n.start):
        return "data size", "a share in a list of shares ('workforce (25.29% of the dataset), regulation (24.64%)')"
    if a.n.is_percent and _FROM_AFTER.match(a.after) and _SHARES_FROM_BEFORE.search(a.low, max(a.s0, a.n.start - 160), a.n.start):
        return "data size", "a share in a list of shares ('56% of failures arise from X, 43% from Y')"
    if a.n.is_percent and _SHARE_THEN_VERB.match(a.after):
        return "data size", "a share of a population, with its verb ('77% require multi-table reasoning')"
    if a.n.is_percent and _SUBSET_OF_BEFORE.search(a.lbefore[-40:]):
        return "data size", "the share of data a subset holds ('we select a subset of about 10% from ... FineWeb')"
    if a.n.is_percent and _USING_COUNT_THEN_SHARE.search(a.lbefore[-80:]):
        return "efficiency", "the share a count of what is used amounts to ('using only 32 superquadrics, 2.7% of the prior SoTA')"
    if a.n.is_percent and _OF_RESOURCE_AFTER.match(a.lafter) and _USING_SHARES_BEFORE.search(a.lbefore[-60:]):
        return "efficiency", "a share of a resource used, in a list ('using only 10.7% of the parameters and 70% of the memory')"
    if a.n.is_percent and _WITH_SHARE_BEFORE.search(a.lbefore[-20:]) and _RESOURCE_AFTER.match(a.lafter):
        return "efficiency", "a share of a resource used ('with just 0.7% KV storage')"
    # (a list shares the words after its last value: "(using 5%, 10%, and 40% labeled data)")
    if a.n.is_percent and (_SHARE_OF_LABELED.match(_VALUE_LIST_REST.sub("", a.after, count=1)) or _SHARE_OF_MADE_DATA.match(a.after)) \
            and not _REFERENCE_RESULT_AFTER.match(a.lafter):   # (not "85% of the full training set performance": a relative result)
        return "data size", "share of labeled data used ('with just 1% COCO labeled data')"
    if _SHARE_OF_DATA.match(_VALUE_LIST_REST.sub("", a.after, count=1)):   # "under 10%, 25%, and 50% training subsets"
        return "data size", "share of data or parameters"
    if _SHARE_OF_ITEMS.match(a.after):
        return "data size", "share of the data"
    if (_RATIO_PART_BEFORE.search(a.before[-20:]) or _RATIO_PART_AFTER.match(a.after)) and _RATIO_SPLIT_AFTER.match(a.after):
        return "data size", "a part of a split ratio ('chronological 70/15/15 splitting', 'an 80/20 train-test split')"
    if a.n.is_percent and (m := _CONTAMINATED_BEFORE.search(a.lbefore[-80:])) and not _DETECTION_METRIC.search(m.group()):
        return "data size", "a contamination rate: the share of a benchmark found in other data ('contaminated in Internet crawls (up to 40% in SQuAD)')"
    if a.n.is_percent and (
            _SPLIT_SHARE.match(a.after) or _SPLIT_PART_AFTER.match(a.after) and _SPLIT_INTO_BEFORE.search(a.lbefore[-80:])):
        return "data size", "a share of the data in a split ('a 70 percent training and 30 percent test split', '80% for training')"


# ("ArTVideo, a new benchmark featuring over 30% curved text")
# (a benchmark "featuring" it only in apposition: not "On the MMLU benchmark, our model features a 5.2% gain")
_DATA_CONTAINS = _lowered(r"\b(?:(?:dataset|corpus|data|collection|benchmark)\b[^.;]{0,60}?\b(?:contains|contained|comprises|comprised|consists\s+of|is\s+composed\s+of)"
                          r"|(?:dataset|corpus|collection|benchmark)\s+(?:featuring|features|that\s+features))\b(?P<rest>[^.;]*)$")


# "FinanceReasoning covers 67.8% of financial concepts and formulas": what a collection covers
_COVERS_BEFORE = _lowered(r"\b(?:covers|covering|spans|spanning|encompasses|encompassing)\s+(?:about\s+|over\s+|nearly\s+|approximately\s+|roughly\s+|~\s*)?$")
_COVERED_CONTENT_AFTER = _lowered(r"^\s*(?:%\s*)?of\s+(?:the\s+|all\s+)?(?:[\w\-]+\s+){0,3}?(?:concepts|topics|categories|types|classes|domains|languages|formulas|skills|"
                                  r"scenarios|vocabulary|words|species|diseases|conditions|entities|regions|countries|genres)\b")


def data_composition(a: Around):
    if _DATA_COMPOSITION.match(a.after) and not _RESULT_VERB.search(a.lbefore[-60:]):
        return "data size", "composition of the data ('17% from news', '56% of the posts in X')"
    if a.n.is_percent and _COVERS_BEFORE.search(a.lbefore[-20:]) and _COVERED_CONTENT_AFTER.match(a.lafter):
        return "data size", "what a collection covers ('covers 67.8% of financial concepts')"
    if a.n.is_percent and (m := _DATA_CONTAINS.search(a.low, max(a.s0, a.n.start - 160), a.n.start)) is not None \
            and not _RESULT_VERB.search(a.low, m.start("rest"), a.n.start):
        return "data size", "what a dataset contains ('the ISIC dataset ... contains over 70% light skin images while dark skins fewer than 8%')"


def correlation(a: Around):
    if _CORRELATION_BETWEEN.search(a.low, max(a.s0, a.n.start - 240), a.n.start) \
            and _CORRELATION_NEAR.search(a.lbefore + " " + a.lafter[:30]):
        return "other", "a correlation between two quantities (an analysis, not a model's result)"


def resource_change(a: Around):
    if _SAVING_BEFORE.search(a.lbefore[-30:]) and _SAVED_RESOURCE_AFTER.match(a.lafter):
        return "efficiency", "a saving of a resource ('saving about 80% images')"
    if _RESOURCE_CHANGE.match(a.lafter) or _RESOURCE_CHANGE_BEFORE.search(a.low, max(a.s0, a.n.start - 90), a.n.start):
        return "efficiency", "a change in a resource ('a 68% reduction in model size')"
    if _LESS_OF_RESOURCE.match(a.lafter):
        return "efficiency", "less or fewer of a resource ('80% less image tokens')"


def data_statistic(a: Around):
    if _DATA_STATISTIC_BEFORE.search(a.lbefore[-70:]) and not _metric_near(a.before, a.after):
        return "data size", "statistic of the data (a length or size)"
    if _ANNOTATION_STATISTIC_BEFORE.search(a.low, max(a.s0, a.n.start - 120), a.n.start) or _ANNOTATOR_AGREEMENT_AFTER.match(a.lafter):
        return "data size", "agreement or error rate of the data's labels or annotators, not a model's result"
    if _PER_ITEM.match(a.after):
        return "data size", "average per item"
    if _SPREAD_AFTER.match(a.lafter):
        return "other", "the spread of several systems' scores ('GEMBA scores fall in a 7.87-point range'), no one's result"
    if _DATA_COVERS_BEFORE.search(a.low, max(a.s0, a.n.start - 140), a.n.start):
        return "data size", "a share the data covers or holds ('The dataset covers over 91% of expected physiology windows')"


# "fall in a 7.87-point range", "a 12-point spread": the spread of several scores
_SPREAD_AFTER = re.compile(r"^\s*(?:%|-?\s*(?:percentage[\s\-])?points?|pp)?[\s\-]+(?:range|spread)\b")
# "The dataset covers over 91% of expected physiology windows", "the corpus contains 12% code"
_DATA_COVERS_BEFORE = _lowered(r"\b(?:the|this|our)\s+(?:[\w\-]+\s+)?(?:dataset|corpus|data|benchmark|collection)\s+(?:covers|contains|includes|comprises|spans)\s+"
                               r"(?:over\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|roughly\s+|approximately\s+)?"
                               r"(?:\d+(?:\.\d+)?\s*%\s+of\s+[^,;.\d]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+))?$")   # (and the next item: "... and 98% of eye-tracking windows")


# "4.45/5.01/6.68 ms": a slash list shares the unit written after its last value
_SLASH_CHAIN = re.compile(r"^(?:\s*/\s*\d+(?:\.\d+)?)+")


def rate_unit(a: Around):
    chain = _SLASH_CHAIN.match(a.after)
    # (the unit after the chain: the patterns open with "^", which a match at a position would not pass)
    if _RATE_UNIT.match(a.after) or chain and (_RATE_UNIT.match(a.after[chain.end():]) or _SPEED_UNIT.match(a.after[chain.end():])):
        return "efficiency", "speed or latency (a unit of time or rate)"


# "~9% faster inference", "30% less memory": an efficiency word right after the number decides,
# whatever metric the sentence names elsewhere
# ("72.2% lower skill-token overhead", "40% fewer prefill tokens": a change of a resource)
_EFFICIENCY_RIGHT_AFTER = _lowered(r"^\s*(?:%\s*)?(?:faster|slower|speed-?ups?|cheaper|(?:more\s+|extra\s+|additional\s+)?run[\s\-]?times?\b|less\s+(?:memory|compute|time|energy)|lower\s+(?:latency|cost|memory)"
                                   r"|(?:lower|less|fewer|reduced|smaller)\s+(?:[\w\-]+\s+){0,2}?(?:overheads?|latency|costs?|memory|tokens|flops|parameters)"
                                   # "using 45% fewer neurons" (not fewer errors, mistakes, failures: a result)
                                   r"|fewer\s+(?!(?:[\w\-]+\s+){0,2}?(?:errors|mistakes|failures|hallucinations|false|incorrect|wrong|violations|collisions)\b)(?:[\w\-]+\s+){0,2}?[a-z]+s\b"
                                   # "cutting over 50% decoding token cost"
                                   r"|(?:(?!(?:for|of|at|with|in|on|under)\b)[\w\-]+\s+)?(?:token|compute|inference|decoding|training|gpu)\s+(?:costs?|usage|overheads?))\b")
# "boosting ... execution efficiency by 52.7%": an efficiency named right before its change
_EFFICIENCY_BY_BEFORE = _lowered(r"\b(?:efficiency|latency|throughput|speed|memory\s+usage|runtime|inference\s+time)\s+by\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+|more\s+than\s+)?$")
# "token reductions vary from 32.6% to 33.9%": the resource named before its change
_RESOURCE_NOUN_CHANGE_BEFORE = _lowered(r"\b(?:token|memory|latency|cost|compute|parameter|flop|energy|storage|runtime|time)s?\s+(?:reductions?|savings?|overheads?|usage)\b"
                                           # (past a comma only in a list of values: "At 63% FLOPs reduction, CATIS retains 96.9%",
                                           # "46.7% FLOPs reduction on ImageNet classification, 81.3% higher mAP on COCO" are not)
                                           r"(?:[^.;,]{0,30}|[^.;,]{0,30}?\d\s*%?(?:\s*,\s*(?:and\s+|or\s+)?[\d.]+\s*%?)*\s*,\s*(?:and\s+|or\s+)?)$")


# "94% of the baseline performance", "97% of the full model's accuracy": a result relative to another
_SHARE_OF_PERFORMANCE_AFTER = _lowered(r"^\s*(?:%\s*)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+(?:'s|’s)?\s+){0,3}?(?:performance|accuracy|quality|scores?)\b")
_NEXT_CLAUSE_VERB = re.compile(r",\s+(?:and\s+|while\s+)?(?:reduc|improv|increas|lower|cut|achiev|boost|decreas|sav|speed|accelerat|maintain|preserv)\w*\b")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s*")
_AT_COST = re.compile(r"\bat\s+(?:an?\s+|the\s+)?(?:[\w.\-]+\s+){0,3}?(?:cost|budget|overhead|price)s?\b(?!\s+of\b)")


# (one way only to read each space: no nested choice between two \s* for the regex engine to try)
_VALUES_LISTED_BEFORE = re.compile(r"(?:[+\-]?\d[\d.]*(?:\s*(?:%|x|×))?\s*(?:,\s*(?:and\s+)?|and\s+))+$")


def efficiency_words(a: Around):
    if _EFFICIENCY_RIGHT_AFTER.match(a.lafter) or _RESOURCE_NOUN_CHANGE_BEFORE.search(a.lbefore) or _EFFICIENCY_BY_BEFORE.search(a.lbefore[-40:]):
        return "efficiency", "efficiency figure (an efficiency word right after it, or a resource's change before it)"
    if _SHARE_OF_PERFORMANCE_AFTER.match(a.lafter):
        return None   # "retains 6% of the KV cache while maintaining 94% of the baseline performance": a result
    # after the number, up to a concessive clause: "by 3% despite having 50x fewer parameters"
    # ("79.2% at 1.2x baseline cost", "+3.0pp at negligible cost": the result reached at that cost)
    # (before it, its own clause only: "... at 1.2x baseline cost, and GPT-5.4 nano reaches 71.4%")
    after = a.lafter[:40]
    if a.lbefore.rfind("(") > a.lbefore.rfind(")"):
        after = after.split(")", 1)[0]   # "(+5.6 pp), with less than 6% speed overhead": a bracketed value ends at its bracket
    after = _NEXT_CLAUSE_VERB.split(after, 1)[0]   # ("by up to 17.1%, reduces latency by 41.6%": the next clause's resource)
    # (a later item of a list of values looks past the values before it to the list's head:
    # "speedups of 23.3%, 24.3%, and 25.3%")
    before = a.lbefore
    if (listed := _VALUES_LISTED_BEFORE.search(before, max(0, len(before) - 60))) is not None:
        before = before[:listed.start()]
    near = _CLAUSE_JOIN.split(_AT_COST.sub(" ", before[-45:]))[-1] + " " + _AT_COST.sub(" ", _CONCESSIVE.split(after, 1)[0])
    if _EFFICIENCY_AROUND.found(near) and not _metric_near(a.before, a.after):
        return "efficiency", "efficiency or systems figure"


_AVERAGE_OF_LIST_BEFORE = _lowered(r"\b(?:an?\s+)?(?:average|mean|median)\s+of\s+(?:only\s+|about\s+|around\s+)?[~≈]?\s*[\d.,]+\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\s*(?:,\s*(?:and\s+)?|and\s+)$")
_AVERAGE_OF_BEFORE = _lowered(r"\b(?:an?\s+)?(?:average|mean|median)\s+of\s+(?:only\s+|just\s+|about\s+|around\s+)?[~≈]?\s*$")
_NUMBER_OF_FROM_BEFORE = _lowered(r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,3}?from\s+(?:[\d.,]+\s+to\s+)?$")
# "1700 paired examples, 200 held out": a count of items set aside
_HELD_OUT_AFTER = re.compile(r"\s+(?:held[\s\-]out|withheld|reserved)\b", re.IGNORECASE)
# "using only 32 superquadrics": how many of a resource are used; "..., 2.7% of the prior SoTA": that count's share
_USING_ONLY = r"\b(?:using|with|requiring|needing)\s+(?:only|just|merely|as\s+few\s+as)\s+"
_USING_ONLY_BEFORE = _lowered(_USING_ONLY + r"$")
_USING_COUNT_THEN_SHARE = _lowered(_USING_ONLY + r"[\d,.]+\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\s*,\s*$")


# "reduces features to as few as 7": a small count of something used
_AS_FEW_AS_BEFORE = _lowered(r"\bas\s+few\s+as\s*$")


def count(a: Around):
    n = a.n
    if n.unit is None and n.is_integer and _AS_FEW_AS_BEFORE.search(a.lbefore[-12:]):
        return "other", "a count ('reduces features to as few as 7')"
    if n.unit is None and n.is_integer and _NUMBER_OF_FROM_BEFORE.search(a.lbefore[-80:]):
        return "other", "a count changed ('reduces the number of planning inferences from 500 to 282')"
    if n.unit is None and n.value_high is None and n.is_integer and _HELD_OUT_AFTER.match(a.after):
        return "other", "count of held-out items ('1700 paired examples, 200 held out')"
    if n.unit is None and n.value_high is None and n.is_integer and _USING_ONLY_BEFORE.search(a.lbefore[-30:]) and _PLAIN_NOUN_AFTER.match(a.after):
        return "other", "a count of what is used ('using only 32 superquadrics')"
    if n.unit is None and n.value_high is None and n.is_integer and _ALL_BEFORE.search(a.lbefore[-12:]) and _PLURAL_NOUNS_AFTER.match(a.lafter):
        return "other", "count ('across all 14 disease classifications')"
    if n.unit is None and n.value_high is None and n.is_integer and (_COUNT_AFTER.match(a.after) or _COUNT_COORDINATED_AFTER.match(a.after)):
        return ("data size", "count of data items") if _DATA_AFTER.match(a.after) else ("other", "count")
    if n.unit is None and n.is_integer and _DATA_AFTER.match(a.after):
        return "data size", "count of data items"
    if n.unit is None and n.value_high is None and _AVERAGE_OF_LIST_BEFORE.search(a.lbefore[-60:]) and _PLURAL_AFTER.match(a.after):
        return "data size", "an average count ('an average of 6.5 images and 31.2 questions')"
    if n.unit is None and n.value_high is None and _AVERAGE_OF_BEFORE.search(a.lbefore[-30:]) \
            and (_COUNT_RIGHT_AFTER.match(a.after) or _DATA_AFTER.match(a.after)):
        return "data size", "an average count ('with an average of only ~6.4 queries')"
    if n.unit is None and _LENGTH_AFTER.match(a.after):
        return "data size", "context length"
    if n.unit is None and _AVERAGING_BEFORE.search(a.lbefore) and (_TEXT_UNIT_AFTER.match(a.after) or _DATA_AFTER.match(a.after)
                                                                   or _COUNT_RIGHT_AFTER.match(a.after)):   # "an average of 4.10 tasks"
        return "data size", "average size of the data ('expressions averaging 24.2 words', 'an average of 26.29 Q&A pairs')"
    if n.unit is None and n.is_integer and _THOUSANDS.fullmatch(n.text) and _PLAIN_NOUN_AFTER.match(a.after) \
            and not _metric_near("", a.after):
        return "other", "count ('165,726 ring/cage topologies': thousands of something, not a score)"
    if n.unit is None and n.value_high is None and n.is_integer and _THOUSANDS.fullmatch(n.text) and not _metric_near(a.before, a.after) \
            and not _a_listed_result_or_rating(a):
        return "other", "count ('with over 60,000 successfully eliciting violations': thousands, no metric named)"


def no_evaluation_context(a: Around):
    n = a.n
    if n.unit is None and n.is_integer and not _RESULT_CONTEXT.search(a.lbefore[-40:] + a.lafter[:30]) \
            and not _a_listed_result_or_rating(a):
        return "other", "number without an evaluation context"


# The order matters: the first strategy that decides names the mention.
STRATEGIES: tuple[tuple[str, Callable[[Around], "tuple[str, str] | None"]], ...] = (
    ("citation", citation), ("document-number", document_number), ("version-of-name", version_of_name), ("device-or-label", device_or_label), ("colon-pair", colon_pair), ("error-bar", error_bar),
    ("test-statistic", test_statistic), ("sample-share", sample_share), ("formula-quantity", formula_quantity), ("assignment", assignment),
    ("interval", interval), ("analysis-statistic", analysis_statistic), ("formula-part", formula_part), ("setting", setting),
    ("chance-level", chance_level), ("unreached", unreached), ("count-above", count_above), ("p-value", p_value), ("out-of", out_of), ("gap-closed", gap_closed), ("money", money), ("unit", unit), ("physical-unit", physical_unit),
    ("multiplier", multiplier), ("compound-count", compound_count), ("parameter-count", parameter_count),
    ("magnitude", magnitude), ("speed-unit", speed_unit), ("compute", compute), ("year", year), ("date", date),
    ("list-marker", list_marker), ("rank", rank), ("share-of-data", share_of_data), ("data-composition", data_composition),
    ("correlation", correlation), ("resource-change", resource_change), ("data-statistic", data_statistic),
    ("rate-unit", rate_unit), ("efficiency-words", efficiency_words), ("count", count), ("duration", duration),
    ("no-evaluation-context", no_evaluation_context),
)


def classify(n: Num, text: str, low: str, s0: int, s1: int) -> tuple[str, str, str] | None:
    """(strategy, mention class, reason) for a number that is not a claim candidate, else None."""
    around = Around.of(n, text, low, s0, s1)
    for name, strategy in STRATEGIES:
        found = strategy(around)
        if found is not None:
            return name, found[0], found[1]
    return None

"""Who a number belongs to: the model strategies, tried in order (MODEL_STRATEGIES); the
first that decides gives the row its model (it may decide that none is named). The
strategies are methods of a mixin of extract/rules.py's AbstractExtractor: they read the
abstract's text, models and systems through it."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from claimboard.extract.cues import words
from claimboard.extract.metric_text import LOWER_IS_BETTER, _metric_near
from claimboard.extract.model_names import NOT_A_MODEL
from claimboard.extract.model_ranker import choose
from claimboard.extract.name_basics import _TASK_ACRONYM, COINED_TOKEN, _looks_like_name, find_word
from claimboard.extract.names import _HARDWARE_OR_UNIT, _STOP_NAMES, COINED_NAME, BenchHit, ModelHit
from claimboard.extract.numbers import _FROM_END, ARROW_AFTER, Num, parse_size
from claimboard.extract.patterns import _lowered

# "30.8% for LangGraph and", "(61.6% for Flock)": a coined name after the value, then the list or the sentence goes on
_FOR_NAME_AFTER = re.compile(r"\s*(?:%|points?|pp)?\s*for\s+(?P<name>" + COINED_NAME + r")"
                             r"(?=\s*(?:[,;)]|\.(?:\s|$)|\s+(?:and|or|vs\.?|versus|while|whereas|respectively)\b|$))")
_FOR_WORD_AFTER = re.compile(_FOR_NAME_AFTER.pattern.replace("(?P<name>", "(?P<name>[A-Z][a-z]{2,}|", 1))
_FOR_NAME_BEFORE = re.compile(_FOR_NAME_AFTER.pattern.removeprefix(r"\s*") + r"\s*(?:,\s*)?(?:and\s+)?$")
# "surpassing SFT's 21.01%", "GPT-4's score of 67%"
_NAME_POSSESSIVE_BEFORE = re.compile(r"(?<![\w\-])(?P<name>" + COINED_NAME + r")(?:'s|’s)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:of\s+)?$")
_TASK_THEN_ACRONYM = r"\b(?:" + words("task_head").replace("{", "{{").replace("}", "}}") + r")\s*\(\s*{}\s*\)"
# "20.8% in multi-turn pattern versus 37.8% in single-turn pattern": each value in its setting
_SETTING_AFTER = re.compile(r"\s*(?:%|points?)?\s*(?:in|on|under|with|using|at|when)\s")
_SETTING_THEN_VS = re.compile(r"[0-9]\s*(?:%|points?)?\s*(?:in|on|under|with|using|at|when)\s[^()]{1,60}?\b(?:vs\.?|versus)\s*$", re.IGNORECASE)
_LOWER_OR_DIGIT = re.compile(r"[a-z0-9]")
_COMPARISON_BEFORE = re.compile(r"\b(?:compared|vs\.?|versus|than|against|whereas|while|out[\s\-]?perform\w*|surpass\w*|beat\w*|exceed\w*)", re.IGNORECASE)
# a bracket opened right after a value: what it names is that value's
_VALUE_BRACKET_OPEN = re.compile(r"\d\s*(?:%|\\%|points?|pp)?\s*\(\s*$")
# a sentence about someone else's results: not the one model of the abstract
_OTHER_PARTY = re.compile(r"\b(?:previous|prior|existing|other(?!\s+hand)|baselines?|humans?|experts?|annotators|state[\s\-]of[\s\-]the[\s\-]art|sota|best(?!\s+(?:results?|performances?|scores?|accuracy)\b)|leading|proprietary|open[\s\-]source|commercial|models|methods|systems|approaches|agents|we|our)\b", re.IGNORECASE)
# a comparison between a name and a number: the number may be the other side's
_VS_BETWEEN = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:to|with)|than|over|against|baseline|whereas|while)\b", re.IGNORECASE)
_DONE_BY = r"(?:achieved|obtained|reported|attained|reached|scored|set|held)\s+by"   # a result someone else got
_ACHIEVED_BY = re.compile(r"[^.;()]{0,80}?\b" + _DONE_BY + r"\s+(?:the\s+|a\s+)?(?:(?!human)[a-z]+\s+){0,2}?", re.IGNORECASE)
# "(e.g., 81.67 from NanoBanana; 82.64 from GPT-Image)": a value, then the model it comes from
_FROM_MODEL = re.compile(r"\s*(?:%|\\%|points?)?\s*from\s+(?:the\s+)?(?:vanilla|original|base|baseline|plain|standard)?\s*")
_COINED_AFTER_FROM = re.compile(r"(?P<name>[A-Z][\w\-.]*[A-Za-z0-9])(?=\s*[;,)])")
# the second value of a change, right after the first: "2.07 to 1.93", "33.0% to 52.9%"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?!(?:while|and|but|whereas|with|by|over|than|to|in|on|for|when|improv\w*|increas\w*|reduc\w*|gain\w*)\b)[\w\-@]+\s+){0,2}?"
                             r"(?:of\s+|at\s+|=\s*|:\s*)?(?:only\s+|just\s+)?(?:[~≈]\s*)?")
_CHANGE_TO_AFTER = re.compile(r"\s*(?:%|\\%|pp|points?)?\s*(?:(?:±|\+?/-|\\pm)\s*\d[\d.]*\s*(?:(?:%|\\%)\s*)?)?(?:\((?:the\s+)?(?:baseline|base|before|original|vanilla)\)\s*)?to\s+(?:below\s+|about\s+|around\s+|~\s*|≈\s*)?\$?[+\-−]?\d")
_BY_OTHER_AFTER = re.compile(r"\s*(?:%\s*)?(?:[\w\-]+\s+){0,3}?" + _DONE_BY + r"\b", re.IGNORECASE)
# verbs of doing better than something: what follows them is the object of a comparison
_BEATS = words("beat_verb")
# "outperforms ... EurusPRM (31.3%)": a coined name right before a bracketed value, in a comparison
_COINED_BRACKET_BEFORE = re.compile(r"(?<![\w\-])(?P<name>" + COINED_NAME + r")\s*\(\s*$")
_COMPARISON_IN = re.compile(r"\b(?:" + _BEATS + r"|compared\s+(?:to|with)|than|versus|vs\.?)\b", re.IGNORECASE)
_OBJECT_BEFORE = _lowered(r"(?:behind|than|over|to|vs\.?|versus|trails?|trailing|lags?|lagged|lagging|approach(?:es|ing)|rival(?:s|ling|ing)|matching|" + _BEATS + r"|compared\s+(?:to|with)|against|like|as|such\s+as|e\.g\.,?|including|from|than\s+that\s+of|based\s+on|built\s+(?:up)?on|on\s+top\s+of|initiali[sz]ed\s+from|fine-?tuned\s+from|distilled\s+from)\s+(?:(?:the|these|those|its|their|all|other|existing|previous|prior|strong|many)\s+)*(?:\w[\w\-]*\s+){0,2}?$")
# "GPT-4o which scored 71.0", "the CoAtNet, which achieved an area under the ... curve (AUROC) of 84.2%"
_RELATIVE_CLAUSE = re.compile(r"\s*,?\s*(?:which|that|who)\s+(?:\w+\s+){0,4}?"
                              r"|\s*,\s*(?:which|who)\s+(?:achieved|achieves|obtained|obtains|reached|reaches|scored|scores|attained|attains|yielded|yields|recorded|records)\s+"
                              r"(?:[\w\-]+\s+|\([^()]{0,30}\)\s+){0,10}?", re.IGNORECASE)
# ("The AM-based model consistently achieves", "the merged model reaches", "The final 12-layer architecture
# achieves": a described model of the paper's own, not a baseline, a teacher or the original one)
# an opening phrase before the subject: "For instance, ", "On PAPILA, ", "Compared to the current methods in the literature, "
_OPENER = (r"(?:(?:for\s+(?:instance|example)|e\.g\.|notably|specifically|in\s+particular|furthermore|moreover|in\s+addition|additionally)\s*,\s*)?"
           r"(?:(?:for|in|on|across|under|with)\s+(?:[^,;.]|\.(?=\d)){1,60},\s*|compared\s+(?:to|with)\s+[^,;.]{1,80},\s*)?")
_THE_SYSTEM_SUBJECT = re.compile(r"\b(?:the|this)\s+(?:proposed\s+|presented\s+|resulting\s+|final\s+|full\s+|merged\s+|hybrid\s+|new\s+|trained\s+)?"
                                 r"(?:(?!(?:baseline|base|original|teacher|reference|pre-?trained|vanilla|standard|previous|prior|best|other|existing|same|larger|smaller|student)\b)[\w\-]+\s+)?"
                                 r"(?:model|method|approach|framework|system|network|pipeline|architecture)\s+(?:also\s+|further\s+|substantially\s+|significantly\s+|consistently\s+)?"
                                 r"(?:" + words("result_verb") + r"|confirm\w*|show\w*|demonstrat\w*|deliver\w*)\b", re.IGNORECASE)
_THE_MODEL_OPENS = re.compile(r"\s*" + _OPENER + r"(?:(?:the|this)\s+(?!(?:baseline|base|original|vanilla|standard|reference|teacher|existing|previous|prior|best|strongest|competing|other)\b)"
                              r"(?:[\w\-]+\s+){0,2}?(?:model|method|network|framework|approach|system|architecture|classifier|detector|policy|pipeline|workflow)\b(?![\w\-])"
                              # "The fine-tuned models achieve ...": the paper's models, trained by its method
                              r"|the\s+(?:fine[\s\-]?tuned|trained|resulting|merged|distilled)\s+(?:[\w\-]+\s+)?models\b)", re.IGNORECASE)
_PRONOUN_OPENS = re.compile(r"\s*(?P<opener>" + _OPENER + r")(?:it|this\s+(?:model|method|network|architecture|approach|framework|system))\b(?!\s+(?:is|was)\s+(?:worth|clear|important|shown|found|notable))", re.IGNORECASE)
_EFFECTIVENESS_OF_BEFORE = re.compile(r"\b(?:validat|demonstrat|confirm|show|highlight|prov|verif|underscor|illustrat)\w*\s+the\s+(?:[\w\-]+\s+)?"
                                      r"(?:effectiveness|superiority|efficacy|benefits?|advantages?|strengths?)\s+of\s+(?:the\s+proposed\s+|our\s+|the\s+)?$", re.IGNORECASE)
# the verbs of raising a model's result: "increases its pass@1", "lifts MapTRv2 from 61.5 to 67.4"
_RAISES = r"(?:increas|improv|rais|boost|lift|enhanc|push|bring|take)\w*"
_ITS_METRIC = re.compile(r"\b" + _RAISES + r"\s+its\b", re.IGNORECASE)
# "Baikal performs strongly ...; its best configuration improves report scores ... by 28%": the model named before 'its'
_ITS_VARIANT_SUBJECT = re.compile(r"(?:^|[;,]\s*|\band\s+)its\s+(?:best|full|default|largest|final|strongest|top)?\s*(?:configuration|variant|version|model|setting)s?\s+(?:\w+\s+)?(?:" + words("result_verb") + r"|rais\w*|boost\w*)\b", re.IGNORECASE)
_WITH_OPENS = re.compile(r"\s*(?:With|Using)\s+(?:the\s+)?(?:\\texttt\{)?")
_VERB_NAME_FROM = re.compile(r"\b" + _RAISES + r"\s+(?P<name>[A-Z][\w\-.]*[A-Za-z0-9])\s+from\s*$")
_VERB_NAME_FROM_ANY = re.compile(r"\b" + _RAISES + r"\s+[A-Z][\w\-.]*[A-Za-z0-9]\s+from\b")
_EARLIER_CHANGE = re.compile(r"\bfrom\s*[+\-−]?\d[\d.,]*\s*(?:%|\\%|pp|points?)?\s*(?:to|→)\s*[+\-−]?\d[\d.,]*\s*(?:%|\\%|pp|points?)?\s*,")
_AND_NAME_FROM = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?P<name>[A-Z][\w\-.]*[A-Za-z0-9])\s+from\s*$")
# "from 55.8 to ": the start of a change right before its end value
_FROM_VALUE_TO_BEFORE = re.compile(r"from\s*(?:about\s+|around\s+|~\s*)?[+\-−]?\d[\d.,]*\s*(?:%|\\%|pp|points?)?\s*to\s+(?:below\s+|about\s+|around\s+|~\s*|≈\s*)?\$?$")
# what a system is compared with: "over X-JEPA", "against the strongest baseline, LaMMA-P", "compared with OpenHands"
_IMPROVES_BEFORE = re.compile(r"\b(?:improv(?:es|ed|ing)|gains?|outperform(?:s|ed|ing)?)\s+$")
_CHANGE_END_BEFORE = re.compile(r"(?:\bto|->|→|\\rightarrow)\s*\$?\s*$")
_COMPARED_WITH_NAME = re.compile(r"\b(?:over|against|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+|a\s+)?"
                                 r"(?:(?:strongest|best|prior|previous|original|vanilla|standard)\s+)?(?:baselines?,?\s+)?"
                                 r"(?P<name>[A-Z][\w\-.+]*[A-Za-z0-9+])")
_NAME_THEN_FROM = re.compile(r"(?:'s)?\s+(?:[a-z][\w\-]*\s+){0,2}?from\s*(?:about\s+|around\s+|~\s*)?")
_COMPONENT_AFTER = re.compile(r"\s+(?i:detector|backbone|encoder|decoder|architecture|framework|setting|protocol)s?\b")
# ("For GUI grounding applications, it sets a new standard with 56.1": an opening phrase, then "it")
# the compared side's values in brackets after it ("surpassing X and Y (26.6% and 26.9%)")
# ("outperforms ClinicalBERT (F1=0.887)": a metric's name inside the bracket; "(~1.11 bpb)")
_COMPARED_BRACKET_BEFORE = re.compile(r"\b(?:" + _BEATS + r"|than|versus|vs\.?|compared\s+(?:to|with)|over)\s+(?:[^.;()]|\(\s*(?:[~≈]\s*|(?:approximately|about|around|roughly)\s+)?[\d.]+(?:\s*[-–]\s*[\d.]+)?\s*(?:%\s*)?\)){1,120}?\(\s*(?:[~≈]\s*|(?:approximately|about|around|roughly)\s+)?"
                                      r"(?:[A-Za-z][\w@\-]*\s*[=:]\s*)?(?:[\d.]+\s*(?:%\s*)?(?:and|,|/)\s*)*$", re.IGNORECASE)
# a new predicate of the subject between a comparison and the bracket: the value is the subject's again
_OWN_RESULT_PREDICATE = re.compile(r"(?:,\s*|\b(?:and|while)\s+)(?:achiev|attain|reach|obtain|sets?\b|setting|establish|record)\w*", re.IGNORECASE)
_LEVEL_BEFORE_BRACKET = re.compile(r"(?:performance|level|results?|scores?|accuracy|record|bar|threshold)\s*\(\s*[\d.%\s,/and]*$", re.IGNORECASE)
# the compared side's name before its bracket: "over a vanilla ViT (", "than the DINOv2 baseline ("
# ("outperforming Memento (15.1%) and Training-Free GRPO (22.1)": a capitalised word, a name of two words)
_SIDE_NAME = re.compile(r"\s(?:the\s+|an?\s+|[\w\-]+'s\s+)?(?P<name>(?:(?:vanilla|original|standard|base|plain|naive)\s+|[A-Z][\w\-]*\s+(?=\S*[A-Z0-9]))?"
                        r"(?:[A-Za-z][\w\-.+]*[A-Z0-9][\w\-.+]*|(?<=\s)[A-Z][a-z][\w\-.+]*))\s*(?:baselines?|models?)?\s*\(\s*(?:approximately\s+|about\s+|around\s+|roughly\s+|[~≈]\s*)?$")
_SIDE_GAP = re.compile(r"\s*(?:baseline|model)?\s*")
_VS_AFTER = re.compile(r"\s*(?:%\s*)?(?:vs\.?|versus)\s", re.IGNORECASE)
# "versus 0.413 for a strong 2D baseline": a value given to an unnamed baseline
_BASELINE_AFTER = re.compile(r"\s*(?:%\s*)?(?:(?:±|\+?/-|\\pm)\s*\d[\d.]*\s*(?:%\s*)?)?(?:[A-Za-z][\w\-@]*\s+)?(?:for|by|from)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:baselines?|backbones?|prior\s+(?:method|model|work)s?|previous\s+(?:method|model|work)s?|competitors?"
                             r"|(?:original|vanilla|unmodified|untuned)\s+(?:models?|versions?|networks?))\b", re.IGNORECASE)
_NAMED_BASELINE_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?(?:for|by|from)\s+(?:a|an|the)\s+(?:(?:reported|strongest|best|prior|previous)\s+)?"
                                   r"(?P<name>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,2})\s+baselines?\b")
_REPORTED_BY_NAME_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?(?:reported|achieved|obtained|attained)\s+by\s+(?P<name>[A-Z][\w\-.]*[A-Za-z0-9])\b(?!\s+(?:et\s+al|and)\b)")
_OPENER_ON = re.compile(r"\s*(?:On|For|With|Using|Applied\s+to)\s+(?:the\s+|a\s+)?", re.IGNORECASE)
# "compared to the strongest baseline's 1.51 F1": the value of a compared side the text does not name
_GENERIC_POSSESSIVE_BEFORE = re.compile(r"\b(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}?(?:baselines?|competitors?|(?:prior|previous|existing)\s+(?:methods?|models?|works?|systems?)|state[\s\-]of[\s\-]the[\s\-]art|sota)['’]s?\s+(?:[\w\-@]+\s+){0,2}?(?:of\s+)?$", re.IGNORECASE)
_SOTA_OF_BEFORE = re.compile(r"\b(?:surpass\w*|outperform\w*|exceed\w*|beat\w*|over|than|above|below|versus|vs\.?)\s+(?:the\s+)?(?:previous\s+|prior\s+|existing\s+|current\s+)?(?:state[\s\-]of[\s\-]the[\s\-]art|sota|best|baseline)s?\b[^.;,()]{0,40}?\b(?:of|at)\s*$", re.IGNORECASE)
_IMPROVES = re.compile(r"\b(?:improv\w*|better|gains?|superior|" + _BEATS + r")\b", re.IGNORECASE)
_FALLS_SHORT = re.compile(r"\b(?:short|behind|lag\w*|trail\w*|below|worse|underperform\w*|only)\b", re.IGNORECASE)
_OVER_PRIOR = re.compile(r"\b(?:surpass|outperform|exceed|beat)\w*\s+(?:(?:the\s+|all\s+)?(?:previous|prior|existing|state-of-the-art|sota|baselines?|other|competing)\b"
                         r"|an?\s+(?:[\w\-]+\s+){0,2}?baseline\b)", re.IGNORECASE)   # ("beats a flat single-layer baseline by 20.7%")
# a value in brackets after "vs.": the compared side's, "a DSC of 75.44 (vs. 69.83)"
_VS_BRACKET = re.compile(r"\(\s*(?:vs\.?|versus)\s*$", re.IGNORECASE)
# a member of a combination: "A combination of AraT5, ByT5, mT5, ...", "an ensemble of X and Y"
_MEMBER_OF_BEFORE = _lowered(r"\b(?:combination|ensemble|fusion|mixture|committee|pool)\s+of\s+(?:the\s+)?(?:[\w\-+.]+(?:\s*,)?\s+(?:and\s+)?){0,8}$")
# inside a bracket of examples: "(e.g., AlexNet, VGG-19, and EfficientNet)"
_EXAMPLE_BRACKET = re.compile(r"\(\s*(?:e\.g\.|such\s+as|including|like)[^()]*$", re.IGNORECASE)
# a name right before a result verb is its subject: "64 samples from DeepSeekMath 7B achieves 60.9%"
# ("with the best model (Claude-3.7-Sonnet) achieving a mere 54%": a name in brackets before its verb)
# the verbs of a result after its subject: of one model ("X scored", "X achieves") and, with the
# plural forms, of a coordinated subject ("A and B achieve"; list rules). A plural verb after one name
# of a list ("using A, B and C achieve") has the whole list for its subject, not that name.
_SUBJECT_VERBS_ONE = ("achieves|achieved|achieving|obtains|obtained|obtaining|reaches|reached|reaching|scores|scored|scoring|"
                      "attains|attained|attaining|gets|got|yields|yielded|yielding|records|recorded|recording")
_SUBJECT_VERBS = _SUBJECT_VERBS_ONE + "|achieve|obtain|reach|score|attain|get|yield|record"
_SUBJECT_VERB = re.compile(r"(?:\s+(?i:model|variant|version|system|agent))?(?:\s*\))?\s+(?:" + _SUBJECT_VERBS_ONE
                           + r"|shows|showed|delivers|delivered|" + _BEATS + r")\b")   # ("with RoBERTa-large, EFlat-LoRA outperforms")
# a comparison's object further back: "surpasses open-source previous state-of-the-art
# Text-centric MLLMs" (plain words only between the verb and the name: no number, no comma)
_COMPARED_BEFORE = _lowered(r"\b(?:" + _BEATS + r"|than|compared\s+(?:to|with)|versus|vs\.?|improv(?:es|ed|ing)\s+(?:up)?on)\s+(?:[a-z0-9\u00d7][\w\-\u00d7]*\s+){0,6}(?:\(\s*)?$")   # ("exceeds the best open-source 7B model (WizardMath)")
# "surpassing ... SSAN by 16.31% and the top-performing VLM Gemini2.5-flash by 24.42%": the next
# object of the same verb, after the first one's margin
_MARGIN_THEN_NEXT = r"\bby\s+[^,;()]{1,24}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w\-]+\s+){0,3}?"   # "by 16.31% and the top-performing VLM "
_BEAT_THEN_MARGIN_BEFORE = _lowered(r"\b(?:" + _BEATS + r")\s[^.;]{0,80}?" + _MARGIN_THEN_NEXT + "$")
_NEXT_OBJECT_AFTER_MARGIN = re.compile(r"\s+" + _MARGIN_THEN_NEXT)
_OUR = re.compile(r"^\s*(?:extensive\s+|comprehensive\s+|our\s+|these\s+)?(?:[\w\-]+\s+)?(?:experiments|experimental\s+results|results|evaluations?)\b|\b(?:our|the\s+(?:proposed|developed|presented|introduced))\s+(?:[\w\-]+\s+){0,3}?(?:method|approach|model|framework|system|technique|pipeline|agent|algorithm|policy|network|architecture|detector|classifier|strategy)s?\b|\bwe\s+(?:achieve|obtain|attain|reach|report|observe|see|get)\b|\b(?:it|this)\s+(?:(?:could|can|further|also|consistently|substantially|significantly)\s+)?(?:achieves?|obtains?|attains?|reach(?:es)?|improves?|outperforms?|surpass(?:es)?|raises?|boosts?|lifts?|yields?|delivers?)\b", re.IGNORECASE)


@dataclass
class ModelQuery:
    """What the model strategies look at for one number."""
    n: Num
    g: list
    tail_clause: str
    lead_own: str
    models: list[ModelHit]
    s0: int
    kind: str
    sentence: str
    _objects: set[int] | None = field(default=None, repr=False)

    def objects(self, ex: ModelStrategies) -> set[int]:
        """ex._objects of the sentence's models, found once per query."""
        if self._objects is None:
            self._objects = ex._objects(self.models, self.s0)
        return self._objects


class ModelStrategies:
    """The model strategies (a mixin: `self` is the AbstractExtractor of one abstract). Each
    takes the query and returns (model,) to decide (model may be None: no model), or None."""
    text: str
    low: str
    title: str
    models: list[ModelHit]
    benches: list[BenchHit]
    systems: list[str]
    system_size: tuple[float | None, str | None]
    system_base: str | None
    _sys_low: set[str]
    sents: list[tuple[int, int]]
    numbers: list[Num]
    _sent_starts: list[int]

    def _with_size(self, m: ModelHit) -> ModelHit:   # extract/rules.py
        raise NotImplementedError

    def _objects(self, models: list[ModelHit], s0: int) -> set[int]:
        """Models that are objects of a comparison or members of an example list
        ("outperforms A, B and C", "using X, Y and Z", "such as ..."): never the subject."""
        objects: set[int] = set()
        prev = None
        for m in models:
            before = self.text[max(s0, m.start - 30):m.start]
            verb = _SUBJECT_VERB.match(self.text, m.end, m.end + 20) if m.start >= 0 else None
            if verb is not None and re.search(r"\b(?:via|through|by)\s+(?:the\s+)?$", before, re.IGNORECASE):
                verb = None   # ("Fine-tuning Qwen2.5-7B on CrossTrace via QLoRA yields": the means, not the subject)
            if verb is not None and (")" not in verb.group(0) or prev is not None and prev.generic
                                     and re.fullmatch(r"\s*\(\s*", self.text[prev.end:m.start])):
                # "64 samples from DeepSeekMath 7B achieves 60.9%": the verb's subject; "with the best model
                # (Claude-3.7-Sonnet) achieving": a name in brackets after a generic phrase (not "RLSR (SB) on
                # Qwen-7B (INFINITY) achieved": a bracket after a name is that name's setting)
                pass
            elif _COMPARED_BEFORE.search(self.low[max(s0, m.start - 80):m.start]):
                objects.add(id(m))
            elif _OBJECT_BEFORE.search(self.low[max(s0, m.start - 30):m.start]) or re.search(r"\b(?:using|with|on|from)\s+(?:\w[\w\-]*\s+){0,3}?$", before, re.IGNORECASE) \
                    or re.search(r"\bunder\s+(?:the\s+|an?\s+)?$", before, re.IGNORECASE) and _COMPONENT_AFTER.match(self.text, m.end):
                # ("84.2 mAP@0.5 under the YOLOv5 detector": a part the system runs with, not the subject)
                objects.add(id(m))
            elif re.search(r"\bof\s+(?:the\s+)?$", before) and re.match(r"(?:'s|’s)?\s+(?:performance|accuracy|scores?|level|results?)\b", self.text[m.end:m.end + 20]):
                objects.add(id(m))  # "58% of human performance": the reference
            elif _EXAMPLE_BRACKET.search(self.text, max(s0, m.start - 120), m.start):
                objects.add(id(m))  # "(e.g., AlexNet, VGG-19, ResNet101, and EfficientNet)": examples
            elif _MEMBER_OF_BEFORE.search(self.low, max(s0, m.start - 40), m.start):
                objects.add(id(m))  # "A combination of AraT5, ByT5, mT5 ... gave": members, not the subject
            elif prev is not None and id(prev) in objects and _NEXT_OBJECT_AFTER_MARGIN.fullmatch(self.text, prev.end, m.start) \
                    or _BEAT_THEN_MARGIN_BEFORE.search(self.low, max(s0, m.start - 160), m.start):
                objects.add(id(m))
            elif prev is not None and id(prev) in objects and re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|and|,\s*and|or)\s*|\s*\(\s*", self.text[prev.end:m.start]) \
                    and not (re.fullmatch(r"\s*,\s*", self.text[prev.end:m.start]) and _OPENER_ON.fullmatch(self.text, s0, prev.start)):
                # ("On LLaMA-2-7B, GRASPrune removes ...": the comma closes an opening phrase, it joins no list)
                # a list of objects, or an object's name in brackets: "multilingual BERT (mBERT)"
                objects.add(id(m))
            prev = m
        return objects

    def _unknown_name_in(self, s0: int, s1: int) -> bool:
        """A coined name (ConvNeXts, SWIFT, Qwen2) in the sentence that is not a benchmark:
        maybe an unrecognised model, so the result is not given to the abstract's one model."""
        return any(not any(b.start <= m.start() < b.end for b in self.benches) and not _metric_near("", m.group(0))
                   for m in COINED_TOKEN.finditer(self.text, s0, s1))   # a metric (F1-score, mAP@50) is no name

    def _coined_hit(self, m: re.Match, group: str = "name") -> ModelHit | None:
        """A coined name a pattern found as a model ('DeSTA-2.5 from', 'from UniWorld-V1;'): a name,
        not a stop word, a metric or a benchmark of the abstract; None otherwise."""
        name, start = m.group(group), m.start(group)
        if not _looks_like_name(name) or name.lower() in _STOP_NAMES or _metric_near("", name + " ") \
                or any(b.start == start for b in self.benches):
            return None
        return ModelHit(start, m.end(group), name, None, None, None)

    def _subject(self, before: list[ModelHit], objects: set[int], n: Num) -> ModelHit | None:
        """The nearest model before the number that is not an object of comparison; a
        specific name wins over a generic phrase it is equated with ("X is the best model")."""
        for i in range(len(before) - 1, -1, -1):
            m = before[i]
            if id(m) in objects or ";" in self.text[m.end:n.start]:
                continue
            if _VALUE_BRACKET_OPEN.search(self.text, max(0, m.start - 16), m.start) and ")" in self.text[m.end:n.start]:
                continue   # "from 40.41 (GPT-5.2, zero-shot) to 49.12": the bracket names the earlier value's model only
            return self._specific(m, before)
        return None

    def _specific(self, m: ModelHit, before: list[ModelHit]) -> ModelHit:
        """'Claude 3.5 Sonnet is the best model': the name, not the description."""
        if m.generic and not m.name.startswith(("human", "a human")):
            for p in reversed([b for b in before if b.end <= m.start]):
                if not p.generic and re.fullmatch(r"\s*(?:is|was|remains|becomes|being|as|,)\s+(?:the\s+|a\s+)?", self.text[p.end:m.start], re.IGNORECASE):
                    # ("XGBoost, the best performing model, achieves": a name in apposition)
                    return p
        return m

    # ------------------------------------------------------------ the strategies
    def _m_possessive(self, q: ModelQuery):
        """'surpassing pi0-FAST's 85.5%', 'GPT-4o's score of 61.2': a value right after a model's
        possessive is that model's."""
        for m in q.models:
            if not m.generic and m.end < q.n.start and _POSSESSIVE_GAP.fullmatch(self.text, m.end, q.n.start):
                return (self._with_size(m),)
        return None

    def _m_achieved_by(self, q: ModelQuery):
        """'outperforming the 43.5 box AP and 38.1 mask AP achieved by Mask R-CNN': the baseline's numbers."""
        for m in q.models:
            if q.n.end <= m.start <= q.n.end + 90 and _ACHIEVED_BY.fullmatch(self.text, q.n.end, m.start):
                return (self._with_size(m),)
            if q.n.end < m.start <= q.n.end + 30 and _FROM_MODEL.fullmatch(self.text, q.n.end, m.start) and not m.generic:
                return (self._with_size(m),)   # "(i.e., 7.78 from vanilla LightFusion; 1.94 from UniWorld-V1)"
        # ... a coined name the registry does not know, inside a bracket of examples
        f = _FROM_MODEL.match(self.text, q.n.end)
        if f is not None and (c := _COINED_AFTER_FROM.match(self.text, f.end())) is not None \
                and self.text.count("(", q.s0, q.n.start) > self.text.count(")", q.s0, q.n.start) \
                and (hit := self._coined_hit(c)) is not None:
            return (hit,)
        return None

    def _m_model_after(self, q: ModelQuery):
        """'51.6 and 57.0 chrF by a human', '107% for LLaMA-2 7B': a model right after the values."""
        end = q.g[-1].end
        if q.n is not q.g[-1] and re.search(r"\b(?:vs\.?|versus)\s", self.text[q.n.end:end], re.IGNORECASE):
            return None   # "0.843 vs. 0.807 for MIL": the model after is the second side's only
        if q.n is q.g[-1] and ARROW_AFTER.match(self.text, q.n.end):
            # "(e.g., 83.2% $\rightarrow$ 91.6% for GPT-4o)": the start of a change is the same model's
            nxt = next((x for x in self.numbers if x.start > q.n.end), None)
            if nxt is not None:
                end = nxt.end
        for m in q.models:
            if end <= m.start <= end + min(len(q.tail_clause), 40):
                between = self.text[end:m.start]
                if q.kind == "relative" and re.search(r"\bof\s+(?:the\s+)?$", between):
                    continue  # "93% of Llama3-1B's performance": the reference, not the subject
                if re.search(r"\b(?:by|for|from|using)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?$", between, re.IGNORECASE) \
                        and not re.search(r"\bover\b|\bthan\b|\bgap\b", between) and not _SCORED_THING.match(self.text, m.end):
                    return (self._with_size(m),)
        return None

    def _m_name_after_for(self, q: ModelQuery):
        """'compared with 30.8% for LangGraph and 61.6% for Flock', "surpassing SFT's 21.01%": a
        coined name the registry does not know, right after the value with 'for' or right before
        it with "'s", is the one the value belongs to (not a benchmark, a metric or a task)."""
        after = _FOR_NAME_AFTER.match(self.text, q.n.end, q.n.end + 50)
        if after is None and _FOR_NAME_BEFORE.search(self.text, max(q.s0, q.n.start - 60), q.n.start):
            after = _FOR_WORD_AFTER.match(self.text, q.n.end, q.n.end + 50)   # "..., 30.8% for LangGraph and 61.6% for Flock"
        before = _NAME_POSSESSIVE_BEFORE.search(self.text, max(q.s0, q.n.start - 40), q.n.start)
        for m, group in ((after, "name"), (before, "name")):
            if m is None:
                continue
            s, e = m.start(group), m.end(group)
            name = m.group(group)
            if any(b.start < e and s < b.end for b in self.benches) or _metric_near("", name) \
                    or _TASK_ACRONYM.fullmatch(name) or NOT_A_MODEL.fullmatch(name) or name.lower() in _STOP_NAMES:
                continue
            if not _LOWER_OR_DIGIT.search(name) and (not _COMPARISON_BEFORE.search(self.text, q.s0, q.n.start)
                                                     or re.search(_TASK_THEN_ACRONYM.format(re.escape(name)), self.text)):
                continue   # "92.59 for WT, 86.81 for TC": capitals alone, in a list of one system's values, are its parts;
                # "Spanish Medications Recognition (SMR)": a task's acronym
            hit = next((h for h in q.models if h.start == s), None)
            return (self._with_size(hit) if hit is not None else ModelHit(-1, -1, name, None, None, None),)
        return None

    def _m_performance_of(self, q: ModelQuery):
        """'the human performance of 78.24%': a model's own result, even after 'than'."""
        before = [m for m in q.models if m.end <= q.n.start]
        if before and re.fullmatch(r"(?:'s|’s)?\s*(?:[\w\-]+\s+){0,2}?(?:performance|accuracy|score|results?|rate)\s+(?:of|is|was|at|reaches|stands\s+at)\s+(?:only\s+|just\s+|about\s+|around\s+)?",
                                   self.text[before[-1].end:q.n.start], re.IGNORECASE):
            return (self._with_size(self._specific(before[-1], before)),)
        # "demonstrate the superior FSAD performance of PCSNet, with 94.9% and 80.2% image-level AUROC"
        first = q.g[0] if q.g else q.n
        if before and _PERFORMANCE_OF_BEFORE.search(self.text, max(q.s0, before[-1].start - 40), before[-1].start) \
                and _COMMA_WITH.fullmatch(self.text, before[-1].end, first.start):
            return (self._with_size(before[-1]),)
        return None

    def _m_relative_clause(self, q: ModelQuery):
        """'GPT-4o which scored 71.0', 'the CoAtNet, which achieved ... of 84.2%'."""
        for m in reversed([m for m in q.models if m.end <= q.n.start]):
            if _RELATIVE_CLAUSE.fullmatch(self.text, m.end, q.n.start):
                return (self._with_size(m),)
        return None

    def _m_vs_bracket(self, q: ModelQuery):
        """'Medal S outperforms SAT with a DSC of 75.44 (vs. 69.83)': the compared model's value."""
        if not _VS_BRACKET.search(q.lead_own):
            return None
        objects = q.objects(self)
        refs = {m.name: m for m in q.models if id(m) in objects and m.start < q.n.start}
        return (self._with_size(next(iter(refs.values()))) if len(refs) == 1 else None,)

    def _m_two_sides(self, q: ModelQuery):
        """'(34.8% vs 60.3%)': two sides, in the order the two models were named; when the subject
        improves on the other, the better value is the subject's."""
        pair = re.search(r"\(\s*$", q.lead_own) and re.match(r"^[\s%]*(?:vs\.?|versus)\s", self.text[q.n.end:q.n.end + 12], re.IGNORECASE)
        second = re.search(r"\b(?:vs\.?|versus)\s*$", q.lead_own, re.IGNORECASE)
        if not (pair or second):
            return None
        objects = q.objects(self)
        before = [m for m in q.models if m.end <= q.n.start]
        subject = self._subject(before, objects, q.n)
        refs = [m for m in before if id(m) in objects]
        ref = refs[-1] if refs else None
        if subject is not None and ref is not None and _IMPROVES.search(self.text, subject.end, q.n.start) \
                and not _FALLS_SHORT.search(self.text, min(subject.end, ref.start), q.n.start):
            # the subject improves on the compared model: the better of the pair is the subject's
            # ("Compared to the Qwen3-32B base model, IntelliAsk shows gains ... (8.31 vs 8.07)",
            # "Compared to RoBERTa-Large, a DeBERTa model ... improving MNLI by +0.9% (90.2% vs. 91.1%)")
            other = self._pair_other(q.n, after=bool(pair))
            if other is not None and other.value != q.n.value:
                lower_better = _metric_near(self.text[max(q.s0, q.n.start - 60):q.n.start], self.text[q.n.end:q.n.end + 40]) in LOWER_IS_BETTER
                return (self._with_size(subject if (q.n.value > other.value) != lower_better else ref),)
        sides = sorted([m for m in (subject, ref) if m is not None], key=lambda m: m.start)
        if pair and subject is None and len(sides) == 1 and sides[0] is ref:
            # "our 7B agent outperforms the larger Qwen2.5-VL-72B (50.5% vs. 47.3%)": the first side is
            # the unnamed subject's (the paper's system when the sentence says 'our'), not the compared model's
            return self._m_own_system(q) or (None,)
        if second and len(sides) == 1 and sides[0] is subject and not (
                _SETTING_AFTER.match(self.text, q.n.end) and _SETTING_THEN_VS.search(self.text, max(q.s0, q.n.start - 120), q.n.start)):
            return (None,)   # "outperforms much larger VLMs (0.592 vs. 0.294 PageIoU)": the unnamed other side's
            # (not "o1-mini achieves 20.8% in multi-turn pattern versus 37.8% in single-turn": one model, two settings)
        if second and len(sides) == 1 and sides[0] is not subject:
            return (self._with_size(sides[0]),)   # "approaching Claude 3.5 Haiku on HumanEval+ (67.1% vs 68.3%)": the compared one's
        return (self._with_size(sides[1] if second else sides[0]),) if len(sides) == 2 else None

    def _pair_other(self, n: Num, after: bool) -> Num | None:
        """The other value of 'a vs b': the number after n (after=True) or before it."""
        nums = self.numbers
        i = next((k for k, x in enumerate(nums) if x.start == n.start), None)
        if i is None:
            return None
        j = i + 1 if after else i - 1
        return nums[j] if 0 <= j < len(nums) and abs(nums[j].start - n.start) < 40 else None

    def _m_bracketed_model_after(self, q: ModelQuery):
        """'drops as high as 32.67% (Llama3-70B)': a model in brackets right after the number."""
        for m in q.models:
            if 0 < m.start - q.n.end <= 4 and self.text[q.n.end:m.start].strip() == "(" and not m.generic:
                return (self._with_size(m),)
        return None

    def _m_bracket_after_model(self, q: ModelQuery):
        """'GPT-4 (86.4)', 'from-scratch DeiT training (81.8%)': a number in brackets right after a model;
        in a comparison, 'outperforms ... EurusPRM (31.3%)': right after a coined name the registry does not know."""
        for m in q.models:
            if 0 <= q.n.start - m.end <= 30 and re.fullmatch(r"(?:\s+[a-z][\w\-]*){0,2}\s*[(:]\s*", self.text[m.end:q.n.start]):
                return (self._with_size(m),)
        if q.n.sign in ("+", "-"):
            return None
        c = _COINED_BRACKET_BEFORE.search(self.text, max(q.s0, q.n.start - 40), q.n.start)
        if c is not None and _COMPARISON_IN.search(self.text, q.s0, c.start()):
            s, e, name = c.start("name"), c.end("name"), c.group("name")
            if not any(b.start < e and s < b.end for b in self.benches) and not _metric_near("", name + " ") \
                    and not _TASK_ACRONYM.fullmatch(name) and not NOT_A_MODEL.fullmatch(name) and name.lower() not in _STOP_NAMES \
                    and not _HARDWARE_OR_UNIT.search(name):
                return (ModelHit(s, e, name, None, None, None),)
        return None

    def _m_other_party(self, q: ModelQuery):
        """'..., surpassing OpenAI's and Google's Deep Research (26.6% and 26.9%)', '0.951 versus
        0.413 for a strong 2D baseline': a value of the compared side that names no model of
        the registry or of the paper: no model (not the sentence's subject)."""
        if q.n.sign in ("+", "-") or q.kind != "score" or _VS_AFTER.match(self.text, q.n.end):
            return None   # "(+12% on X)": the subject's gain over the side; "(33.44% vs. 17.83%)": a pair in order
        m = _COMPARED_BRACKET_BEFORE.search(self.text, max(q.s0, q.n.start - 200), q.n.start)
        if m is not None and _OWN_RESULT_PREDICATE.search(m.group()):
            m = None   # "surpasses ... (95.2%) on MiniWoB, and achieves the best zero-shot performance on CompWoB (61.5%)": the subject's
        if m is not None and not _LEVEL_BEFORE_BRACKET.search(m.group()):
            # ("surpasses human-level performance (95.2%)": the subject's own value, not the side's)
            side = [h for h in q.models if m.start() <= h.start and h.end <= q.n.start]
            if ")" in m.group():
                # past another side's value ("Random Forest (46%), fastprop (39%), and Chemprop (36%)"): only
                # the side named right before this bracket
                side = [h for h in side if _SIDE_GAP.fullmatch(self.text, h.end, self.text.rindex("(", 0, q.n.start))]
            if side:
                return (self._with_size(side[-1]),)
            named = _SIDE_NAME.search(m.group())
            if named and not re.search(r"\b(?:and|or)\b|,", named.group("name")):
                # "improving over a vanilla ViT (0.9274 OA": the side as the text names it
                return (ModelHit(-1, -1, named.group("name"), None, None, None),)
            # "significantly outperforming direct tool matching (20%)": the side as the text describes it
            # (one side, right before the bracket: not "smaller multimodal models (21%-58%)", a group)
            word = _COMPARISON_WORD.match(self.text, m.start())
            bracket = self.text.rindex("(", 0, q.n.start)
            if word is not None and not re.search(r"[,;()]", self.text[word.end():bracket]):
                described = self._described(word.end(), bracket, own_possible=False)
                if described is not None:
                    return (described,)
            return (None,)
        if _BASELINE_AFTER.match(self.text, q.n.end, q.n.end + 60):
            # "compared with 37.5% for the reported Policy-Only TTA baseline": a baseline the text names
            named = _NAMED_BASELINE_AFTER.match(self.text, q.n.end, q.n.end + 60)
            return (hit,) if named is not None and (hit := self._coined_hit(named)) is not None else (None,)
        if _GENERIC_POSSESSIVE_BEFORE.search(self.text, max(q.s0, q.n.start - 60), q.n.start):
            return (None,)
        if _SOTA_OF_BEFORE.search(self.text, max(q.s0, q.n.start - 90), q.n.start):
            return (None,)   # "surpassing the state-of-the-art dice score of 91.8 percent": the prior best's
        if (named := _REPORTED_BY_NAME_AFTER.match(self.text, q.n.end)) is not None and (hit := self._coined_hit(named)) is not None \
                and not self._own_or_variant(hit.name):
            return (hit,)    # "compared with the 0.2% reported by ExploreToM": the one that reported it
        if _BY_OTHER_AFTER.match(self.text, q.n.end):
            return (None,)   # "surpassing the 48% benchmark set by a specialized ... system": no model it names
        return None

    def _m_change_start(self, q: ModelQuery):
        """'DiffKT3D ... reducing voxel-level MAE from 2.07 to 1.93': the first value of a change the
        paper's own system makes is what it improved on, not its own result (no model). Not when
        the system or a model of the sentence has a size: the baseline is then mostly that same
        model ('we improve ... from 29.1 to 32.0', 'on Qwen2.5-72B, it reduces ... from 0.293 to 0.100')."""
        n = q.n
        # "UMPE lifts MapTRv2 from 61.5 to 67.4 mAP": the model named right before 'from' is what was improved
        named = [m for m in q.models if not m.generic and m.end <= n.start and _NAME_THEN_FROM.fullmatch(self.text, m.end, n.start)]
        if named and n.value_high is None and _CHANGE_TO_AFTER.match(self.text, n.end) is not None \
                and not self._own_or_variant(named[-1].name):
            return (self._with_size(named[-1]),)
        coined = _VERB_NAME_FROM.search(self.text, max(q.s0, n.start - 60), n.start) if n.value_high is None else None
        if coined is None and n.value_high is None and (to := _FROM_VALUE_TO_BEFORE.search(self.text, max(q.s0, n.start - 40), n.start)) is not None \
                and _EARLIER_CHANGE.search(self.text, q.s0, to.start()) \
                and (item := _AND_NAME_FROM.search(self.text, max(q.s0, to.start() - 40), to.start() + 4)) is not None \
                and (hit := self._coined_hit(item)) is not None and not any(m.start == hit.start for m in q.models):
            # "... rises from 67.4% to 72.1%, DeSTA-2.5 from 58.3% to 62.8%": the end of a listed change is its item's
            return (hit,)
        if coined is None and n.value_high is None and (_VERB_NAME_FROM_ANY.search(self.text, q.s0, n.start)
                                                        or _EARLIER_CHANGE.search(self.text, q.s0, n.start)):
            # "... and MapQR from 66.4 to 71.7"; "X's accuracy rises from 67.4% to 72.1%, DeSTA-2.5 from 58.3%
            # to 62.8%": a name opening the next item of a list of changes
            coined = _AND_NAME_FROM.search(self.text, max(q.s0, n.start - 40), n.start)
        if coined is not None and _CHANGE_TO_AFTER.match(self.text, n.end) is not None \
                and coined.group("name").lower() not in self._sys_low and (hit := self._coined_hit(coined)) is not None:
            return (hit,)
        # the start of "from a to b", or of "a → b" ("improves ... on GenEval (0.73 → 0.90)")
        starts = _FROM_END.search(self.text, max(0, n.start - 24), n.start) is not None and _CHANGE_TO_AFTER.match(self.text, n.end) is not None \
            or ARROW_AFTER.match(self.text, n.end) is not None
        if n.value_high is not None or not self.systems or self.system_base is not None or not starts \
                or any(m.params_b is not None for m in q.models):
            return None
        for strategy in _CHANGE_SUBJECT_STRATEGIES:
            found = strategy(self, q)
            if found is not None:
                model = found[0]
                if model is not None and model.params_b is None and self._own_or_variant(model.name):
                    compared = self._compared_with(q)
                    return (self._with_size(compared),) if compared is not None else (None,)
                return None
        return None

    def _compared_with(self, q: ModelQuery) -> ModelHit | None:
        """'CR-JEPA improves ... from 61.23% to 75.82% ... over X-JEPA': the one model the sentence names as
        what the system is compared with (the model found there, else the coined name); None when none or
        several. Only a name after the end of a change (not the comparison of another value: "from 59 to 94,
        yielding an overall improvement of roughly 10 points over vanilla GRPO"), or, before any value, after
        'improves'/'outperforms' ("SaluNet-T improves over LayerNorm-GELU from 90.92% to 91.01%", not "a
        benchmark over U.S. Treasury data")."""
        found = []
        for c in _COMPARED_WITH_NAME.finditer(self.text, q.s0, q.s0 + len(q.sentence)):
            hit = self._coined_hit(c)
            if hit is None or self._own_or_variant(hit.name):
                continue
            before = [x for x in self.numbers if q.s0 <= x.start and x.end <= hit.start]
            if before and _CHANGE_END_BEFORE.search(self.text, max(q.s0, before[-1].start - 12), before[-1].start) \
                    or not before and _IMPROVES_BEFORE.search(self.text, max(q.s0, c.start() - 30), c.start()):
                found.append(hit)
        if len({h.name for h in found}) != 1:
            return None
        return next((m for m in q.models if m.start == found[0].start), found[0])

    def _own_or_variant(self, name: str) -> bool:
        """The paper's own system, or a variant of it named with a suffix ('Prologue-Base', 'OQC-LR')."""
        low = name.lower()
        return low in self._sys_low or any(low.startswith(s) and low[len(s):len(s) + 1] in ("-", " ") for s in self._sys_low)

    def _m_change_end(self, q: ModelQuery):
        """'improving Jina-ColBERT-V2 from 55.8 to 63.3 on VDR': the value a change ends at belongs
        to the model named right before 'from', as the value it started at does (change-start),
        unless that model is the paper's own system (its own result); tried after `subject`: 'E-PMQ
        improves GPTQ from 34.8% to 76.7%' ends at E-PMQ's result."""
        n = q.n
        pair = _FROM_VALUE_TO_BEFORE.search(self.text, max(q.s0, n.start - 40), n.start)
        if pair is None:
            return None
        i = bisect_left([x.start for x in self.numbers], pair.start())
        start = self.numbers[i] if i < len(self.numbers) and self.numbers[i].end <= n.start else None
        if start is None:
            return None
        found = self._m_change_start(dataclasses.replace(q, n=start))
        if found is not None and found[0] is not None and found[0].name.lower() not in self._sys_low:
            return found
        return None

    def _m_clause_subject(self, q: ModelQuery):
        """'StateLM achieves up to 52%, whereas standard LLM counterparts struggle around 5%', 'while
        DivPO changes diversity by 0%', 'with specialized models only reaching 42%', 'A clinical
        Cox model ... reaches 0.687': the clause of the number has its own subject: the number is
        that subject's (a name, or no model when it is a description; the paper's own model
        again, 'with the 3B model achieving', leaves it to the later strategies)."""
        found = _CLAUSE_SUBJECT.match(self.text, q.s0, q.n.start)
        for opener in _CLAUSE_OPENER.finditer(self.text, q.s0, q.n.start):
            found = _CLAUSE_SUBJECT.match(self.text, opener.start(), q.n.start) or found
        if found is None:
            return None
        group = next(g for g in ("subj", "subj2", "subj3", "subj4", "subj5") if found.group(g) is not None)
        subj, (s, e) = found.group(group), found.span(group)
        if any(not m.generic and e <= m.start and m.end <= q.n.start for m in q.models):
            return None   # "... that current models remain far from solving X: the best model, SenseNova-MARS-32B, achieves"
        if _PLAIN_OWN_SUBJECT.fullmatch(subj) or _MEASURE_SUBJECT.search(subj) \
                or any(s <= b.start < e for b in self.benches):
            return None   # "with the model achieving", "while LARa and PKU-MMD achieved": not another model's clause
        inside = [m for m in q.models if s <= m.start and m.end <= e]
        if inside:
            return (self._with_size(inside[-1]),)
        if self.system_base and re.search(r"\b(?:base|backbone|original|vanilla|underlying)\s+model\b", subj, re.IGNORECASE):
            base = next((m for m in self.models if m.name == self.system_base), None)   # "the base model, which scores 80.53%"
            if base is not None:
                return (self._with_size(base),)
        coined = COINED_TOKEN.search(subj)
        if coined and coined.group() in subj.split() and not _metric_near("", coined.group() + " ") and coined.group().lower() not in _STOP_NAMES:
            return (ModelHit(s + coined.start(), s + coined.end(), coined.group(), None, None, None),)
        # "A provider-level logistic regression classifier achieves": the description, when it names something
        return (self._described(s, e, context=self.text[max(q.s0, s - 12):s]),)

    def _m_subject(self, q: ModelQuery):
        """The nearest model before the number that is not an object of comparison."""
        subject = self._subject([m for m in q.models if m.end <= q.n.start], q.objects(self), q.n)
        return (self._with_size(subject),) if subject is not None else None

    def _m_effectiveness_of(self, q: ModelQuery):
        """'Notable FG-ARI gains of +6.8 on YouTube-VIS and +8.3 on MOVi-C validate the effectiveness of
        SlotCurri': results the sentence credits to a model named after them ('the superiority of X')."""
        if any(not m.generic and m.end <= q.n.start for m in q.models):
            return None
        for m in q.models:
            if m.start > q.n.end and not m.generic and _EFFECTIVENESS_OF_BEFORE.search(self.text, max(q.s0, m.start - 70), m.start):
                return (self._with_size(m),)
        return None

    def _m_its_owner(self, q: ModelQuery):
        """'providing our tools to GPT-4.1 increases its pass@1 performance ... from 26.7% to 43.3%':
        a change of 'its' metric belongs to the model named last before 'its'."""
        its = _ITS_METRIC.search(self.text, q.s0, q.n.start) or _ITS_VARIANT_SUBJECT.search(self.text, q.s0, q.n.start)
        if its is None:
            return None
        before = [m for m in q.models if not m.generic and m.end <= its.start()]
        return (self._with_size(before[-1]),) if before and not any(its.end() <= m.start < q.n.start and not m.generic for m in q.models) else None

    def _m_using_model(self, q: ModelQuery):
        """'... using a LLaMA2-7B student model' (before or after the number); 'With deepseek-v4-flash,
        incremental repair improves ...': a model the sentence opens with."""
        for m in q.models:
            if not m.generic and 0 <= m.start - q.s0 <= 24 and _WITH_OPENS.fullmatch(self.text, q.s0, m.start) \
                    and re.match(r"\}?\s*,", self.text[m.end:m.end + 3]):
                return (self._with_size(m),)
        for m in q.models:
            if re.search(r"\busing\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?$", self.text[max(q.s0, m.start - 40):m.start], re.IGNORECASE):
                return (self._with_size(m),)
        return None

    def _m_previous_subject(self, q: ModelQuery):
        """'AXUNet outperformed all models with 93.73. It demonstrated ..., achieving 92.59 for WT':
        a sentence opening with 'It' (or 'This model') and naming no model before the number
        refers to the model the sentence before opens with."""
        if not _PRONOUN_OPENS.match(q.sentence) or any(not m.generic and m.end <= q.n.start for m in q.models):
            return None
        i = bisect_left(self._sent_starts, q.s0)
        if i == 0:
            return None
        p0, p1 = self.sents[i - 1]
        first = next((m for m in self.models if p0 <= m.start < p1), None)
        if first is not None and not first.generic and re.fullmatch(r"\s*(?:the\s+|our\s+)?", self.text[p0:first.start], re.IGNORECASE):
            return (self._with_size(first),)
        return None

    def _m_own_system(self, q: ModelQuery):
        """'our method', 'we achieve', 'The model demonstrated ...', 'surpasses previous methods
        by 1.1%' with no model named: the paper's own system."""
        sentence = q.sentence
        if self.systems and (_OUR.search(sentence) or re.search(r"\bwe\b", sentence[: max(0, q.n.start - q.s0)], re.IGNORECASE)
                             or _THE_MODEL_OPENS.match(sentence)
                             # "It sets a benchmark in visual reconstruction (rFID 0.08)": no model named before the number
                             or (po := _PRONOUN_OPENS.match(sentence)) is not None
                             and not any(not m.generic and q.s0 + po.end("opener") <= m.start and m.end <= q.n.start for m in q.models)
                             or q.kind == "delta" and not any(not m.generic for m in q.models) and _OVER_PRIOR.search(sentence)
                             # "..., the model confirms its robust potential", "the hybrid system substantially improves":
                             # the paper's system as a clause's subject, no other model named in the sentence
                             or not any(not m.generic for m in q.models) and _THE_SYSTEM_SUBJECT.search(sentence)):
            size, src = self.system_size
            return (ModelHit(-1, -1, self.systems[0], size, None, src),)
        return None

    def _m_opener_base(self, q: ModelQuery):
        """'For instance, on Qwen3-0.6B, it surpasses GPTQ by 44.53%' in a paper that names no system
        of its own: the method applied to the model the opening phrase names, known by that model."""
        po = _PRONOUN_OPENS.match(q.sentence)
        if po is None or self.systems:
            return None
        inside = [m for m in q.models if not m.generic and q.s0 <= m.start and m.end <= q.s0 + po.end("opener")]
        return (self._with_size(inside[0]),) if len(inside) == 1 else None

    def _m_one_model(self, q: ModelQuery):
        """An abstract about one model: 'the model', 'it', or a result with no one else named
        ('Notably, the accuracy for the first answer drops to 49.5%') refer to it."""
        sentence, s0 = q.sentence, q.s0
        if not q.models and (re.search(r"\b(?:the|this|our)\s+(?:\w+\s+)?model\b|^\s*(?:it|its)\b", sentence, re.IGNORECASE)
                             or not _OTHER_PARTY.search(sentence) and not self._unknown_name_in(s0, s0 + len(sentence))):
            named = {m.name for m in self.models if m.end <= s0 and not m.generic}
            # "the thumbnail model generalized best (0.843 vs. 0.807 for MIL)": the one name is
            # in the sentence, on the other side: not the model of this number
            if len(named) == 1 and not find_word(sentence, next(iter(named))):
                return (self._with_size(next(m for m in self.models if m.end <= s0 and not m.generic)),)
        return None


    def _m_system_named_before(self, q: ModelQuery):
        """'On the nuScenes validation set, AutoAWG significantly outperforms prior state-of-the-art
        methods: without first-frame conditioning, FID and FVD are relatively reduced by 50.0%': the
        paper's own system, named earlier in the sentence, with no other model and no comparison
        between its name and the number (tried last: no other strategy decided)."""
        if not self.systems:
            return None
        s0, end = q.s0, q.n.start
        for name in self.systems:
            spans = find_word(self.text[s0:end], name)
            if not spans:
                continue
            a, b = s0 + spans[-1][0], s0 + spans[-1][1]
            if any(not m.generic and b <= m.start < end for m in q.models):
                continue
            if _VS_BETWEEN.search(self.text, b, end):
                continue
            size, src = self.system_size
            return (ModelHit(a, b, name, size, None, src),)
        return None

    def _m_sole_system(self, q: ModelQuery):
        """A result sentence that names no model, no other party and no unknown name, in a paper
        with one system of its own ('Experimental validation demonstrates substantial improvements:
        Tunnel Segment Crack detection (648 images) achieves 12.4% improvement' of DINO-YOLO):
        that system's (tried last)."""
        one = self._one_system()
        if one is None or q.models or " " in one and not re.search(r"\d", one):
            return None   # (a coined name: not a title's phrase such as "Below-Chance Blindness")
        sentence = q.sentence
        if _INDEFINITE_SYSTEM.search(sentence):
            return None   # "a zero-call rule-only extractor reaches 1.0000": another system, unnamed
        unknown = [m for m in COINED_TOKEN.finditer(self.text, q.s0, q.s0 + len(sentence))
                   if not any(b.start <= m.start() < b.end for b in self.benches) and not _metric_near("", m.group(0))
                   and not _HARDWARE_OR_UNIT.fullmatch(m.group(0))]   # ("30-47 FPS", "on NVIDIA RTX 5090": no model)
        if _OTHER_PARTY.search(sentence) or unknown or not (_RESULT_WORD.search(sentence) or q.kind == "delta"):
            return None
        size, src = self.system_size
        return (ModelHit(-1, -1, one, size, None, src),)

    def _m_learned_candidate(self, q: ModelQuery):
        """No hand-written strategy decided: the candidate the learned ranker scores highest
        (extract/model_ranker.py: the sentence's models and coined names, the paper's systems,
        the models of the sentence before), when its probability reaches the ranker's threshold.
        Returns (model, note): the note (its probability and the features that moved it) goes
        to the row's decided_by."""
        found = choose(self, q.s0, q.s0 + len(q.sentence), q.n.start, q.n.end)
        if found is None:
            return None
        cand, note = found
        if cand.hit is not None:
            return (self._with_size(cand.hit), note)
        if cand.source == "system0":
            size, src = self.system_size
            return (ModelHit(-1, -1, cand.name, size, None, src), note)
        return (self._with_size(ModelHit(cand.start, cand.end, cand.name, None, None, None)), note)

    def _m_subject_phrase(self, q: ModelQuery):
        """'the compressed pipeline reaches 92.29% MOTA', 'A provider-level logistic regression
        classifier achieves a precision of 0.80', 'our 12-encoder system achieves Score = 0.279': no
        strategy found a name, and the number's clause opens with a description of what got it,
        right before a result's verb: that description, as written, is the number's model (no
        registry name; 'our' makes it the paper's own). A description of general words only ('the
        proposed method', 'the final system'), an aggregate ('the strongest model', 'even the
        best-performing model'), a result, data or people ('the performance', 'the team') or a
        name the abstract already reads as a benchmark, a metric or another model decides nothing."""
        verb = None
        for verb in _PHRASE_VERB.finditer(self.text, q.s0, q.n.start):
            pass
        if verb is None or q.n.start - verb.end() > _PHRASE_GAP or ";" in self.text[verb.end():q.n.start] \
                or _FOR_WORD_AFTER.match(self.text, q.n.end) or q.kind != "delta" and _VS_BETWEEN.search(self.text, verb.end(), q.n.start):
            return None   # ("above the prior result of 73.9% for Hindsight", "reaches 100% vs. 93.3%": another party's value; a difference after "over" is the subject's)
        start, bound, before = q.s0, None, None
        for found in _PHRASE_BOUNDARY.finditer(self.text, q.s0, verb.start()):
            start, bound, before = found.end(), found, bound
        if bound is not None and (bound.group("prep") or bound.group("clause") and bound.group(0).lower() == "and"
                                  and before is not None and before.group("prep")):
            return None   # "a baseline detector trained on FENCE achieves", "the combination of A and B produced": inside a longer subject
        described = self._described(start, verb.start())
        return (described,) if described is not None else None

    def _described(self, s: int, e: int, context: str = "", own_possible: bool = True) -> ModelHit | None:
        """The description text[s:e], without its determiners ('the', 'our') and the adverbs after
        it, as the model of a number; None when it names nothing: general words only, an aggregate,
        a result, data or people, a benchmark, a metric or a model of the abstract, markup or a bare
        number. context: the words right before text[s:e] that are not part of it ('the' before a
        clause's subject); own_possible=False: an 'our' in it does not make it the paper's own (a
        compared side)."""
        bare = _PHRASE_LEAD.match(self.text, s, e)
        if bare is None:
            return None
        lead = context + (bare.group("lead") or "")
        s, e = bare.span("np")
        np_ = bare.group("np")
        tokens = np_.split()
        if not 1 <= len(tokens) <= _PHRASE_WORDS or all(_PHRASE_GENERIC.fullmatch(t) for t in tokens) or tokens[0].lower().endswith("ing") \
                or _PHRASE_AGGREGATE.search(lead + " " + np_) or _PHRASE_NOT_A_MODEL.search(np_) \
                or not re.search(r"[A-Za-z]{3}", np_) or re.search(r"[\\=$×{}]", np_) or any(t[0].isdigit() and not re.search(r"[A-Za-z]", t) for t in tokens) \
                or _metric_near("", np_ + " ") \
                or any(b.start < e and s < b.end for b in self.benches) or any(m.start < e and s < m.end for m in self.models):
            return None
        if tokens[-1].lower().endswith("s") and _PHRASE_GENERIC.fullmatch(tokens[-1][:-1]):
            return None   # "with specialized models only reaching 42%": a group of models, not one
        if self.systems and _PHRASE_GENERIC.fullmatch(tokens[-1]):
            return None   # "the merged model reaches": in a paper that names its system, that system (the ranker's)
        own = own_possible and (re.search(r"\bour\b", lead, re.IGNORECASE) is not None or bool(find_word(self.title, np_)))   # ('Point Transformer' in its own paper)
        hit = self._with_size(ModelHit(s, e, np_, None, None, None, own=own))
        if hit.params_b is None and (sized := _DESCRIBED_SIZE.match(np_)):   # "Our 12B curriculum judge achieves"
            hit = dataclasses.replace(hit, params_b=parse_size(sized.group("size")), params_source="text")
        return hit

    def _one_system(self) -> str | None:
        """The paper's system when it introduces one (under one name, in any case), else None."""
        return self.systems[0] if self.systems and len({s.lower() for s in self.systems}) == 1 else None


_INDEFINITE_SYSTEM = re.compile(r"\b(?:an?|one)\s+(?:[\w\-]+\s+){0,3}?(?:extractor|model|baseline|method|system|classifier|variant|approach|pipeline|agent|detector)s?\b", re.IGNORECASE)
# a sentence that reports a result ("achieves", "improvement", "outperforms")
_RESULT_WORD = re.compile(r"\b(?:achiev\w*|attain\w*|reach\w*|obtain\w*|yield\w*|improv\w*|gain\w*|boost\w*|outperform\w*|surpass\w*|exceed\w*|results?|performance)\b", re.IGNORECASE)

# subject-phrase: the clause's subject before a result's verb, written as a description
_PHRASE_VERB = re.compile(r"\b(?:" + words("subject_verb") + r")\b", re.IGNORECASE)
_PHRASE_BOUNDARY = re.compile(r"[,;:()\[\]]|(?<![\w\-])(?:(?P<clause>" + words("subject_boundary") + r")|(?P<prep>" + words("subject_preposition") + r"))(?![\w\-])",
                              re.IGNORECASE)
_PHRASE_LEAD = re.compile(r"\s*(?P<lead>(?:[A-Za-z]+ly,?\s+)?(?:(?:the|a|an|this|these|those|our|its|their|each|such)\s+)*)"
                          r"(?P<np>[^\s].*?)\s*(?:\s(?:also|further|still|even|only|now|alone|then|again|indeed|have|has|had|(?-i:[a-z]+ly)))*\s*$",
                          re.IGNORECASE | re.DOTALL)
_PHRASE_GENERIC = re.compile(r"(?:" + words("subject_generic") + r")s?", re.IGNORECASE)
_PHRASE_AGGREGATE = re.compile(r"(?<![\w\-])(?:" + words("subject_aggregate") + r")(?![\w\-])", re.IGNORECASE)
_PHRASE_NOT_A_MODEL = re.compile(r"(?<![\w\-])(?:" + words("subject_not_a_model") + r")(?![\w\-])", re.IGNORECASE)
_PHRASE_GAP = 80     # characters at most between the verb and the number
# the comparison word before a compared side: "outperforming ", "compared to "
_COMPARISON_WORD = re.compile(r"\S+(?:\s+(?:to|with))?\s+", re.IGNORECASE)
_DESCRIBED_SIZE = re.compile(r"(?P<size>\d+(?:\.\d+)?\s?[BM])(?:[\s\-]+param(?:eter)?s?)?\s+\w")   # "12B curriculum judge", "7B-parameter model"
_PHRASE_WORDS = 5    # words at most in the description

# the strategies after change-start that give a number to the sentence's subject or the paper's system
# (named earlier in the sentence too: "post-training with RecA improves ..."), asked by change-start
_CHANGE_SUBJECT_STRATEGIES = (ModelStrategies._m_subject, ModelStrategies._m_using_model, ModelStrategies._m_previous_subject,
                              ModelStrategies._m_own_system, ModelStrategies._m_one_model, ModelStrategies._m_system_named_before)

# a clause with its own subject and finite verb, up to the number: ", whereas standard LLM counterparts
# struggle around", "while DivPO changes diversity by", ", with specialized models only reaching"
# (a result's verbs in the third person or the past, shared by the alternatives below)
_RESULT_VERB_FINITE = "achieves|achieved|reaches|reached|obtains|obtained|attains|attained|scores|scored|gets|got|yields|yielded"
_CLAUSE_SUBJECT = re.compile(
    r"(?:\b(?:while|whereas)\s+|,\s*but\s+)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<subj>(?:[\w\-+.]+\s+|\([\w\-+.]+\)\s+){0,4}?[\w\-+.]+)\s+(?:only\s+|still\s+|merely\s+|just\s+|also\s+)?"
    r"(?:" + _RESULT_VERB_FINITE + r"|struggles?|struggled|changes|changed|remains|remained|stays|stayed|"
    r"drops|dropped|falls|fell|hovers|hovered|lags|lagged|trails|trailed|manages|managed)\b(?:[^.;]|(?<=\d)\.(?=\d))*$"
    # "We find that all three systems achieve 0% accuracy": a plural subject of its own after "that"
    r"|\bthat\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?P<subj5>(?:[\w\-]+\s+){0,3}?(?:models|systems|methods|baselines|LLMs|agents|approaches))\s+(?:only\s+|still\s+|also\s+)?"
    r"(?:achieve|reach|score|obtain|attain|get|struggle|remain|fall|drop|lag|trail|perform|fail)\b(?:[^.;]|(?<=\d)\.(?=\d))*$"
    # "outperforming the base model, which scores 80.53%": a described model's own relative clause
    r"|,\s*(?:the\s+|a\s+|an\s+|its\s+)?(?P<subj4>(?:[\w\-]+\s+){0,3}?(?:model|baseline|method|system|approach|counterpart|version|variant))\s*,\s*(?:which|that|who)\s+(?:only\s+)?"
    r"(?:" + _RESULT_VERB_FINITE + r")\b(?:[^.;]|(?<=\d)\.(?=\d))*$"
    r"|(?:,\s*|\s+)with\s+(?:the\s+)?(?P<subj2>(?:[\w\-+.]+\s+){0,3}?[\w\-+.]+)\s+(?:only\s+|still\s+|merely\s+|just\s+)?(?:reaching|achieving|scoring|obtaining|attaining|exhibiting|showing|recording|(?:dropping|falling|rising|declining|climbing)\s+to)\b(?:[^.;]|(?<=\d)\.(?=\d))*$"
    # a sentence opening with an indefinite model of no name: "A clinical Cox model on grade, stage, and age reaches 0.687"
    r"|\s*(?:an?)\s+(?P<subj3>(?:[\w\-+.]+\s+){0,4}?(?:model|baseline|classifier|regressor|predictor)(?:\s+(?:on|with|using|trained\s+on|of|from)\s+[^.;()]{1,60}?)?)\s+(?:only\s+|still\s+|also\s+)?"
    r"(?:" + _RESULT_VERB_FINITE + r")\b(?:[^.;]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)


# "with the maximum drop reaching 49.89%", "with automated testing achieving a 82.2%": a measure or an
# activity as the clause's subject names no model of its own
_MEASURE_SUBJECT = re.compile(r"\b(?:drops?|gains?|improvements?|increases?|decreases?|reductions?|accuracy|performance|scores?|rates?|margins?|boosts?|"
                              r"testing|evaluation|results?)$", re.IGNORECASE)
_PERFORMANCE_OF_BEFORE = re.compile(r"\b(?:performance|accuracy|results?|effectiveness|superiority)\s+of\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_COMMA_WITH = re.compile(r"\s*,\s*with\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:of\s+)?", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"\b(?:while|whereas|that)\b|,\s*but\b|(?:,\s*|\s+)with\b|,", re.IGNORECASE)
# the paper's own model again, or one of its sizes or versions: "with the 3B model achieving", "with the
# fine tuned version reaching", "with the best single fold reaching", "while it reaches"
_PLAIN_OWN_SUBJECT = re.compile(r"(?:(?:our|this|its)\s+)?(?:(?:proposed|final|resulting|same|full|fine[\s\-]?tuned|best|larger|smaller|largest|smallest|base|distilled|single|\d+(?:\.\d+)?\s*[BMK])\s+){0,2}"
                                r"(?:model|method|approach|system|framework|network|agent|pipeline|version|variant|fold)s?|it|they|we|this|ours", re.IGNORECASE)


# names followed by "scores" (after a list of them): what is scored, "for CDR-SB and MMSE scores"
_SCORED_THING = re.compile(r"(?:\s*(?:,|and|or)\s+[\w\-]+)*\s+scores\b")


MODEL_STRATEGIES = (
    ("possessive", ModelStrategies._m_possessive),
    ("achieved-by", ModelStrategies._m_achieved_by),
    ("model-after", ModelStrategies._m_model_after),
    ("name-after-for", ModelStrategies._m_name_after_for),
    ("performance-of", ModelStrategies._m_performance_of),
    ("relative-clause", ModelStrategies._m_relative_clause),
    ("vs-bracket", ModelStrategies._m_vs_bracket),
    ("two-sides", ModelStrategies._m_two_sides),
    ("bracketed-model-after", ModelStrategies._m_bracketed_model_after),
    ("bracket-after-model", ModelStrategies._m_bracket_after_model),
    ("other-party", ModelStrategies._m_other_party),
    ("change-start", ModelStrategies._m_change_start),
    ("clause-subject", ModelStrategies._m_clause_subject),
    ("its-owner", ModelStrategies._m_its_owner),
    ("subject", ModelStrategies._m_subject),
    ("change-end", ModelStrategies._m_change_end),
    ("effectiveness-of", ModelStrategies._m_effectiveness_of),
    ("using-model", ModelStrategies._m_using_model),
    ("previous-subject", ModelStrategies._m_previous_subject),
    ("own-system", ModelStrategies._m_own_system),
    ("opener-base", ModelStrategies._m_opener_base),
    ("one-model", ModelStrategies._m_one_model),
    ("system-named-before", ModelStrategies._m_system_named_before),
    ("sole-system", ModelStrategies._m_sole_system),
    ("subject-phrase", ModelStrategies._m_subject_phrase),
    ("learned-candidate", ModelStrategies._m_learned_candidate),   # last: a learned ranker (extract/model_ranker.py)
)

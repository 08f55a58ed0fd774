"""What kind of result a number is: the kind strategies, tried in order (KIND_STRATEGIES); the
first that decides gives the number its Info (score, delta or relative; the sign of a delta;
the qualifier; the metric the words around it name), and its name goes into the row's
`decided_by` ("kind: delta-lead"). The strategies are methods of a mixin of extract/rules.py's
AbstractExtractor (they read the abstract's text through it); the cue words are data
(schema/vocab/cues.csv, through extract/cues.py)."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from claimboard.extract.cues import labelled, words
from claimboard.extract.metric_text import LOWER_IS_BETTER, _metric_near, _metrics_in
from claimboard.extract.model_strategies import _VS_AFTER, _VS_BRACKET
from claimboard.extract.numbers import ARROW, ARROW_AFTER, Num
from claimboard.extract.patterns import _AnyOf, _lowered

# Words around a number that make it a difference between two results.
_DELTA_WORDS = words("delta_verb")
_NEG_WORDS = re.compile(words("delta_negative"), re.IGNORECASE)
_DELTA_WORD_RE = re.compile(rf"\b(?P<cue>{_DELTA_WORDS})\b", re.IGNORECASE)
_FILL = r"(?:up\s+to|as\s+(?:high|much|large)\s+as|~|≈|about|approximately|around|roughly|nearly|almost|over|above|more\s+than|at\s+least|≥|>=|>|an\s+average\s+of|on\s+average|as\s+much\s+as|a|an|the|absolute|relative|average|overall|\s)*"
# A difference is announced right before the number: a verb cue then "by" ("outperforms X by",
# the cue nearest to "by": "raises the challenge, causing a drop in accuracy by 16%" is a drop;
# "lags behind human performance by"), or a noun cue then "of"/"by"/a qualifier
# ("an improvement of", "improvements up to", "a reduction in hallucination by", "a gap of").
_DELTA_LEAD = _lowered(
    rf"\b(?P<cue>{_DELTA_WORDS})\b(?:(?!\b(?:achiev\w*|scor\w*|reach\w*|obtain\w*|attain\w*|with|{_DELTA_WORDS})\b)(?:\([^()]*\)|[^;()]))*?\bby(?!\s*(?:achiev|reach|obtain|attain|scor))\s*{_FILL}(?:(?:[\w\-]+\s+){{1,3}}of\s*{_FILL})?$"
    # "improves the baseline with 5.8% in terms of AO", "outperforms ..., on average 9%"
    rf"|\b(?P<wcue>improve[sd]?|improving|boost(?:s|ed|ing)?|increase[sd]?|increasing)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?with\s*{_FILL}$"
    rf"|\b(?P<acue>outperform\w*|surpass\w*|exceed\w*)\b[^;()]{{0,80}}?,\s*on\s+average\s*{_FILL}$"
    rf"|\b(?P<ncue>{words('delta_noun')})\b(?:\s+rates?)?"
    rf"(?:\s+(?:in|on|of|for)\s+(?:(?!(?:{_DELTA_WORDS})\b)[\w\-.]+\s+){{0,4}}?(?:(?:in\s+terms\s+of|in|on|of|for)\s+(?:(?!(?:{_DELTA_WORDS})\b)[\w\-.]+\s+){{0,3}}?)?)?\s*(?:of|by|at|rang\w*\s+from|between|is|was|are|were|reach(?:es|ed)?(?:\s+(?:a\s+)?(?:maximum|peak)\s+of)?)?\s*{_FILL}$"
    # "a significant improvement in local modeling capability (8.7% in MAE ...": in brackets, or after a colon
    # ("notable improvements in segmentation: 11.5% on VisA and 8.1% on MVTec")
    rf"|\b(?P<pcue>improvements?|gains?|reductions?|drops?|decreases?|declines?|increases?)\s+(?:in|on|of|for)\s+(?:[\w\-.]+\s+){{0,4}}?[\w\-.]+\s*[(:]\s*$")
# "19% relative WER reduction", "8-9% mean nDCG@10 drop": up to three words (a metric's name,
# not a function word) between the number and the cue
def _cue_negative(cue: str) -> bool:
    """A tail cue meaning a fall: its word ('drop', 'lower'), or the word after 'points' ('points below')."""
    return bool(_NEG_WORDS.match(_POINTS_WORD.sub("", cue)))


_POINTS_WORD = re.compile(r"^(?:points?|pp)\s+", re.IGNORECASE)
_GAP_NARROWED_TO = re.compile(r"\b(?:narrow\w*|clos\w*|reduc\w*|shrink\w*|shrunk)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?gaps?\s+(?:(?:to|with|from)\s+(?:the\s+)?(?:[\w\-.]+\s+){1,4}?)?(?:to|at)\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|under\s+|below\s+|less\s+than\s+)?[~≈]?\s*$", re.IGNORECASE)
# a suspended hyphen: the unit after the next number is this number's too ("1.68- and 0.84-percentage-point losses")
_SUSPENDED_HYPHEN = re.compile(r"-\s*(?:and|or|to|,)\s+[+\-]?\d[\d.]*-(?P<word>[a-z][\w\-]*)(?P<rest>[^.;]*)")
_DELTA_TAIL = re.compile(r"^\s*(?:more\s+)?(?:absolute\s+|relative\s+|average\s+|mean\s+|overall\s+|performance\s+|accuracy\s+)?(?:(?!(?:of|the|than|to|in|on|for|and|or|with|from|by|at|as|over)\b)[\w@\-.+]+\s+){0,3}?(?:relative\s+)?(?P<cue>" + words("delta_tail") + r")\b", re.IGNORECASE)
# "up to 6.2 mAP and 8.0 AP75 gains": two values, each with its metric's name, before one gain noun
_PAIRED_DELTA_TAIL = re.compile(r"^\s*(?!(?:points?|pp|pts?)\b)[A-Za-z][\w@\-.]*\s+and\s+\+?\d[\d.]*\s*(?:%\s*)?(?!(?:points?|pp|pts?)\b)[A-Za-z][\w@\-.]*\s+(?P<cue>" + words("delta_tail") + r")\b", re.IGNORECASE)
# "preserves 99.2% full-KV accuracy", "retains 97% full-precision performance": a share of the reference's result
_KEEPS_LEAD = re.compile(r"\b(?:preserv|retain|maintain|recover|keep)\w*\s+(?:over\s+|about\s+|around\s+|nearly\s+|up\s+to\s+)?$", re.IGNORECASE)
_REFERENCE_ACCURACY_TAIL = re.compile(r"^\s*(?:of\s+)?(?:the\s+)?(?:original|oracle|teacher|full|baseline|uncompressed|dense|unpruned|fp16|bf16|fp32)[\w\-]*\s+(?:model\S*\s+)?(?:accuracy|performance|quality|scores?)\b", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r"^\s*of\s+(?!(?:accuracy|scores?)\b)(?!(?:F1|F-1|F1-|BLEU|ROUGE[\w\-]*|Dice|IoU|mIoU|AUC|mAP|METEOR|CIDEr)[\s\-]*(?:scores?|accuracy)\b)(?:the\s+)?(?:[\w\-.]+(?:'s|’s)\s+|[\w\-]+\s+)?(?:[\w\-]+\s+)?(?:performance|accuracy|score|capabilit\w*|results?|quality)\b"
                            r"|^\s*of\s+(?:the\s+)?(?:error|loss|errors|perplexity|cost)\s+of\b"
                            # "retaining 84% of the original success rate", "91.3% of oracle accuracy", "71% of its average mAP"
                            r"|^\s*of\s+(?:(?:the|its|their)\s+)?(?:original|oracle|teacher|full|baseline|base|uncompressed|full-precision|dense|unpruned|reference|upper[\s\-]bound"
                            r"|pooled\s+(?:[\w\-]+\s+){0,2}?(?:success|exact\s+match|accuracy|performance|reward))\b"   # ("96.5% of pooled GSM8K exact match")
                            # "(89% of a fully supervised baseline)"
                            r"|^\s*of\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:baseline|oracle|teacher|upper[\s\-]bound|model|counterpart)\b"
                            r"|^\s*of\s+(?:its|their)\s+(?:[\w\-@.]+\s+){0,2}?(?:performance|accuracy|scores?|map|f1|auc|success\s+rate|quality)\b"
                            # "about 78%, 90%, and 96% performance compared to the fully supervised detector"
                            r"|^(?:\s*(?:%\s*)?,\s*(?:and\s+)?[\d.]+)*\s*(?:%\s*)?,?\s*(?:and\s+)?(?:[\d.]+\s*(?:%\s*)?)?(?:of\s+(?:the\s+)?)?performance\s+(?:compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:fully[\s\-]supervised|supervised|oracle|teacher|upper[\s\-]bound|full|dense)\b", re.IGNORECASE)
# ("a 98% of accuracy", bare, is a score)
_POINTS = re.compile(r"points?|pp\b|\bpts?\b", re.IGNORECASE)
_PERCENT_LEAD = re.compile(r"^\s*(?:\\?%|percent)?\s*(?:\\\)|\$)?")   # stripped before _RELATIVE_TAIL (LaTeX too: "\\(85\\%\\) of")
_UNIT_LEAD = re.compile(r"^\s*(?:%|\\%|pp|points?|percentage\s+points?)")  # stripped before _DELTA_TAIL
# "show drastic performance (>25%) drops": a value alone in brackets, then the change it is
_BRACKET_AFTER_VALUE = re.compile(r"^\s*(?:%|\\%|[a-zA-Z]{1,3})?\s*(?:on\s+(?:the\s+)?[^()]{1,40}?)?\(\s*(?:an?\s+)?$")   # ("to 0.32m (a 22% improvement)")
_RESTATED_CHANGE = re.compile(r"^\s*(?:%|\\%|pp|points?)?\s*\)?\s*(?:,?\s*(?:representing|which\s+(?:is|represents|corresponds\s+to)|i\.e\.,?|that\s+is,?|or)\s+|\(\s*)(?:an?\s+)?"
                              r"(?:absolute\s+|relative\s+|overall\s+|total\s+)?(?:improvement|reduction|gain|decrease|drop|increase)\s+of\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_CLAUSE_COMMA_END = re.compile(r"[,:;]\s*$")   # a comma, colon or semicolon right before the value
_BRACKET_CLOSE_LEAD = re.compile(r"^\s*(?:%|\\%|pp|points?)?\s*\)(?=\s+[a-z])")
_LONE_BRACKET_OPEN = re.compile(r"\(\s*[>~≈<≥]?\s*$")
_BRACKETED_CHANGE = re.compile(r"\s+(?P<cue>drops?|gains?|improvements?|increases?|decreases?|reductions?|declines?)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)")
_GAP_REDUCED = re.compile(r"\b(?:reduc|narrow|clos|shrink|cut|halv)\w*\s+(?:the\s+|this\s+|its\s+)?(?:[\w\-]+\s+){0,3}?gaps?\b", re.IGNORECASE)
# "reduces the MAE 4.7%", "improves mIoU 3.1 points": a change verb, its metric, then the value
# (no "by"); the metric's name must be one the registry knows
_VERB_METRIC_LEAD = re.compile(r"\b(?P<vcue>reduc(?:es|ed|ing)|lower(?:s|ed|ing)|decreas(?:es|ed|ing)|cut(?:s|ting)?|improv(?:es|ed|ing)|increas(?:es|ed|ing)|boost(?:s|ed|ing))\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?P<metric>(?:(?!(?:to|from|of|at|in|on|for|with|than|and|or)\b)[\w@\-]+\s+)?(?!(?:to|from|of|at|in|on|for|with|than|and|or)\b)[\w@\-]+)\s*"
                               r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|by\s+)?$", re.IGNORECASE)
_FROM_TO = re.compile(r"(?<!ranging\s)(?<!varying\s)\bfrom\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:%\s*)?(?:\([^()]{0,60}\)\s*)?(?:to|" + ARROW + r")\s*$", re.IGNORECASE)   # "from 78% (standard prompting) to 83%", "17 → 30"
_EXAMPLE_OPENS = re.compile(r"(?:\(|\be\.g\.,?|\bi\.e\.,?)\s*$", re.IGNORECASE)
_PAIR_TO_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?to\s+\d")
_WITHIN = re.compile(r"\bwithin\s*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s*(?:%|\\%|points?|pp)?\s+of\b")

_QUALIFIERS = [(re.compile(p, re.IGNORECASE), label) for label, p in labelled("qualifier")]
# any qualifier at all (one search instead of six in most leads)
_ANY_QUALIFIER = _AnyOf([rx.pattern for rx, _ in _QUALIFIERS])
_AVERAGE = _lowered(r"\baverag\w*|\bmean\b|\bon\s+average\b")
_AVERAGE_AFTER = re.compile(r"^\s*(?:%\s*)?(?:\w+\s+){0,3}?on\s+average\b", re.IGNORECASE)
_NONE_REACH = _lowered(r"\bnone\s+of\s+\w+\s+(?:reach|exceed|achieve|surpass)\w*\s*$")
_INHERIT_BLOCK = _lowered(r"achiev|obtain|reach|attain|complet|solv|(?<![\w\-])scor|improv|outperform|surpass|lag|trail|drop|reduc|compared|while|whereas|\bvs\b|versus|\bfrom\b|(?<!up )\bto\s*$|\(\s*$|;\s+(?:at|in|on|for|under|with|when|and|but|it|we|this|they|our)\b|\bretain\w*|\bkeep\w*|\bmaintain\w*")
# "drops to 49.5%", "increases to 80%", "reaching 90%": the new value, a score
_NEW_VALUE = _lowered(r"\b(?:drop\w*|fall\w*|fell|declin\w*|decreas\w*|degrad\w*|increas\w*|improv\w*|ris\w*|rose|boost\w*|jump\w*|climb\w*|go\w*|went)\s+(?:\w+\s+){0,2}?(?<!up\s)to\s*$|\breach\w*\s*$")
# "by up to 7.5 points": a difference even when the cue word is further back
_CLAUSE_OPENS = re.compile(r"(?:,|;|\band|\bwhile|\bthereby|\bthus)\s+$")
_GAP_FROM = _lowered(r"\b(?:narrow\w*|clos\w*|reduc\w*|shrink\w*|cut\w*)\s+(?:the\s+|this\s+|its\s+)?(?:performance\s+)?gap\b[^.;()]{0,60}?\bfrom\s*$")
_GAIN_COLON = _lowered(r"\b(?P<cue>improvements?|gains?|increases?|reductions?|drops?|decreases?)\b[^.;:()]{0,80}:\s*(?:[+\-]?\d[\d.]*\s*(?:%\s*)?(?:in|on|for)\s+[^,;:]{1,40},\s*(?:and\s+)?)*$")
_REACH_END = _lowered(r"\breach\w*\s*$")
_CHANGE_AS_MUCH_AS = _lowered(r"\b(?P<cue>drop\w*|fall\w*|fell|declin\w*|degrad\w*|decreas\w*|improv\w*|increas\w*|ris\w*|rose|gain\w*)\s+(?:by\s+)?as\s+much\s+as\s*$")
# "the relative performance gain over conventional fine-tuning is of 62%"
_GAIN_IS = _lowered(r"\b(?P<cue>gains?|improvements?|increases?|boosts?)\b(?:[^.;:()]{0,60}?\b|[^.;:()]{0,160}?,\s*which\s+)(?:is|was|are|were|amounts?\s+to)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|up\s+to\s+)?$")
# ("with the maximum drop reaching 49.89% on GSM8K": a fall's size, negative)
_GAIN_REACHES = _lowered(r"\b(?P<cue>gains?|improvements?|increases?|boosts?|drops?|declines?|decreases?|degradations?)\s*(?:--|-|–|—|:)?\s+(?:\w+\s+|is\s+\w+,\s+)?(?:reach(?:es|ing)?(?:\s+up\s+to)?|of\s+up\s+to|up\s+to|as\s+high\s+as)\s*$")
_IMPROVES_ON_BRACKET = _lowered(r"\b(?:improv(?:es|ed|ing)|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:[\w\-]+\s+){0,4}?(?:baselines?|methods?|models?|counterparts?|approaches)\b[^.;()]{0,60}?\b(?:on|in)\s+[^.;()]{1,50}\(\s*$")
_RELATIVE_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:relative|rel\.)(?:\s+(?:gain|improvement|increase|reduction))?\s*\)", re.IGNORECASE)
_EXCEEDING_MARGIN = _lowered(r"\b(?:outperform\w*|surpass\w*|beat\w*)\b[^.;]{0,80},\s*exceeding\s+(?:them\s+|it\s+|those\s+)?(?:by\s+)?$"
                             # "outperforms uniform sampling up to 8.1%, 5.6%, and 10.3%"
                             r"|\b(?:outperform\w*|surpass\w*)\s+(?:[\w\-]+\s+){1,5}?(?:by\s+)?up\s+to\s*$")
_GAP_MOVES_TO = _lowered(r"\b(?:gap|margin)\s+(?:widen(?:s|ed)?|gr(?:ows|ew)|narrow(?:s|ed)?|shr(?:inks|ank)|increas(?:es|ed)|decreas(?:es|ed))\s+to\s+(?:about\s+|only\s+|just\s+|~\s*)?$")
# ("outperforming existing methods by large margins: 16.3% on H3.6M, 13.9% on CMU Mocap")
_BY_END = _lowered(r"\bby\s+(?:(?:an?\s+)?(?:[a-z]+\s+)?margins?\s*:\s*|up\s+to\s+|about\s+|approximately\s+|around\s+|nearly\s+|near\s+|roughly\s+|almost\s+|over\s+|more\s+than\s+|an?\s+average\s+of\s+|as\s+much\s+as\s+|only\s+|just\s+|merely\s+|at\s+least\s+|≥\s*|>\s*|an?\s+relative\s+|an?\s+absolute\s+"
                 r"|an?\s+(?:modest|small|large|significant|substantial|controlled|notable|remarkable|considerable|further|additional|mere|slight)\s+)?(?:top-?\d+\s+)?$")   # ("by a relative 44.3%", "drops by a controlled 1.0 dB")
# "improves it by", "reduces performance of": a verb cue right before the value (lowered text)
_VERB_CUE = _lowered(r"\b(?P<cue>improv\w*|boost\w*|increas\w*|rais\w*|gain\w*|reduc\w*|decreas\w*|lower\w*|cut\w*|dropp(?:ing|ed)|declin(?:ing|ed)|los(?:e|es|ing|t)|trade[sd]?\s+off)\s+(?:(?:it|them|this|performance|accuracy|results?)\s+)?(?:of\s+)?(?:only\s+|just\s+)?(?:an?\s+)?(?:additional\s+|extra\s+|further\s+)?" + _FILL + "$")
# "substantially lower on MMMU-Pro than on MMMU, ranging from": a difference
_COMPARATIVE = _lowered(r"\b(?P<cue>higher|lower|better|worse)\b[^;]*\bthan\b[^;]*?(?:\bby|\brang\w*\s+from|\bvar\w*\s+from)\s*" + _FILL + "$")
_HEAD_THEN_VALUE = re.compile(r"\b(?:of|at)\s*$|[=:]\s*$")
_OWN_HEAD = re.compile(r"\band\s+(?:an?\s+|the\s+)?(?P<w>[\w\-@]+)\s+(?:score\s+)?of\s*$")


class _CueMatch:
    """A cue word found by a second pattern, shaped like a match with a 'cue' group."""

    def __init__(self, cue: str):
        self._cue = cue

    def group(self, name):
        return self._cue


@dataclass
class Info:
    """What the words around a number say about it."""
    kind: str
    negative: bool
    qualifier: str | None
    metric: str | None
    from_start: bool = False   # the X of "from X to Y"
    cue: str | None = None     # the word that made it a delta


def _qualifier(lead: str, tail: str, n: Num | None = None) -> str | None:
    if n is not None and n.plus:
        return "at least"
    lead30 = lead[-30:]
    low30 = lead30.lower()
    for rx, q in (_QUALIFIERS if _ANY_QUALIFIER.found(low30) else ()):
        if rx.search(lead30):
            return q
    low60 = lead[-60:].lower()
    if _NONE_REACH.search(low60):
        return "below"
    if _AVERAGE.search(low60) or _AVERAGE_AFTER.match(tail):
        return "average"
    return None


_AGAINST_LEAD = re.compile(r"\b(?:over|than|vs\.?|versus|against)\s+(?:the|a|an|its)\s+$", re.IGNORECASE)
_AGAINST_TAIL = re.compile(r"^\s*(?:%|\\%|pp|points?)?\s*(?:[\w\-]+\s+){0,2}?(?:baselines?|reference|references)\b", re.IGNORECASE)


# "365% on Yahoo Answers (0.79 vs 0.17": the pair whose relative change the percent is
_PAIR_AFTER = re.compile(r"\s*(?:(?:on|in|for)\s+[^()]{1,60}?)?\(\s*(?P<x>[0-9]+(?:\.[0-9]+)?)\s*(?:%\s*)?(?:vs\.?|versus)\s*~?\s*(?P<y>[0-9]+(?:\.[0-9]+)?)", re.IGNORECASE)


class KindQuery:
    """What the kind strategies look at for one number: its value list g (the number is g[k]),
    the words before it in its clause (lead) and after it (tail), and the Info of the value
    before it in the sentence (prev). What several strategies read is computed once."""

    def __init__(self, text: str, n: Num, g: list, k: int, lead: str, tail: str, prev: Info | None):
        self.text, self.n, self.g, self.k, self.lead, self.tail, self.prev = text, n, g, k, lead, tail, prev

    @cached_property
    def metric(self) -> str | None:
        n, lead, tail = self.n, self.lead, self.tail
        metric = _metric_near("", n.glued) if n.glued and not n.glued.startswith("pt") else _metric_near(lead, tail)
        if self.k == 0 and len(self.g) > 1 and _HEAD_THEN_VALUE.search(lead[-12:]):
            # "an average chrF++ score of 46.80 and 18.19 BLEU score": the first value has its own head
            metric = _metric_near(lead, "") or metric
        if metric is None and self.prev is not None and (_RESTATED_CHANGE.search(lead) or _BRACKET_AFTER_VALUE.search(lead)):
            # "reduced the average Mix Error Rate from 20.2% to 10.6%, representing an absolute
            # improvement of 9.6%", "1.10 mm on the UltraBones100k dataset (39.6% improvement compared
            # to the SOTA)": a change of the value before it, in its metric
            metric = self.prev.metric
        return metric

    @cached_property
    def qualifier(self) -> str | None:
        return _qualifier(self.lead, self.tail, self.n)

    @cached_property
    def low(self) -> str:
        return self.lead.lower()   # the cue words come lowered: they are only compared without case

    @cached_property
    def tail_cue(self) -> re.Match | None:
        after = self.text[self.n.end:self.n.end + 80]
        unit = _UNIT_LEAD.match(self.tail)
        tail = self.tail[unit.end():] if unit else self.tail
        if unit and _POINTS.search(unit.group()) or _POINTS.search(self.n.text):
            tail = "points " + tail.lstrip()   # "more than 20 points above the strongest": the cue forms read 'points' with their word
        compound = self.n.compound
        if compound is None and (hung := _SUSPENDED_HYPHEN.match(after)) is not None:
            compound, tail = hung.group("word"), hung.group("rest")   # "(1.68- and 0.84-percentage-point losses)"
        if compound and compound.endswith(("point", "points")):
            tail = "point " + tail.lstrip()   # "a 1.68-percentage-point loss": the unit glued to the number is read with its cue
        return _DELTA_TAIL.match(tail) or _PAIRED_DELTA_TAIL.match(_UNIT_LEAD.sub("", after)) \
            or (_BRACKETED_CHANGE.match(after[b.end():]) if (b := _BRACKET_CLOSE_LEAD.match(after))
                and _LONE_BRACKET_OPEN.search(self.text, max(0, self.n.start - 6), self.n.start) else None)

    @cached_property
    def lead_cue(self) -> re.Match | _CueMatch | None:
        """A difference announced right before the number ("outperforms X by", "an improvement of")."""
        low = self.low[-90:]
        m: re.Match | _CueMatch | None = _DELTA_LEAD.search(low)
        # a later cue that opens its own clause governs the number ("outperforms existing defenses,
        # reducing the ASR by 51.2%"; "with no accuracy loss, improves mAP by 2.7 points")
        while isinstance(m, re.Match) and m.group("cue") is not None:
            # (tried at every later cue word: one match of the pattern runs to the end of the lead)
            later = next((x for x in (_DELTA_LEAD.match(low, c.start()) for c in _DELTA_WORD_RE.finditer(low, m.end("cue")))
                          if x is not None and x.group("cue") is not None and _CLAUSE_OPENS.search(low, 0, x.start("cue"))), None)
            if later is None:
                break
            m = later
        if m is not None and m.group("cue") is None:
            m = _CueMatch(m.group("ncue") or m.group("pcue") or m.group("wcue") or m.group("acue"))
        if m is None and (v := _VERB_METRIC_LEAD.search(low)) is not None and next(_metrics_in(v.group("metric")), None) is not None:
            m = _CueMatch(v.group("vcue"))   # "MP3 reduces the MAE 4.7% and the RMSE 5.0%"
        return m

    @cached_property
    def verb_cue(self) -> re.Match | _CueMatch | None:
        """The lead cue, else a verb cue right before the value ("improves it by")."""
        if self.lead_cue:
            return self.lead_cue
        verb = _VERB_CUE.search(self.low)
        return verb if verb and not re.match(r"^\s*(?:%\s*)?(?:to|of\s+the)\b", self.tail) else None

    @cached_property
    def own_head(self) -> bool:
        """'an AUPRC of 0.6156 (+36.41%) and an AUROC of 0.8955': a value with its own head."""
        n, g, k = self.n, self.g, self.k
        head = _OWN_HEAD.search(self.text, g[k - 1].end if k > 0 else max(0, n.start - 60), n.start)
        return head is not None and next(_metrics_in(head.group("w")), None) is not None


class KindStrategies:
    """The kind strategies (a mixin: `self` is the AbstractExtractor of one abstract). Each
    takes the query and returns an Info to decide, or None."""
    text: str

    def _k_pair_ratio(self, q: KindQuery):
        """'365% on Yahoo Answers (0.79 vs 0.17)': a percent that is the relative change between the
        bracketed pair after it (checked by arithmetic) is a difference, whatever the list says."""
        if q.n.unit != "%" or q.n.value_high is not None:
            return None
        m = _PAIR_AFTER.match(self.text, q.n.end, q.n.end + 120)
        if m is None:
            return None
        x, y = float(m.group("x")), float(m.group("y"))
        if y == 0 or q.n.sign or abs(100 * abs(x - y) / y - q.n.value) > max(0.5, 0.02 * q.n.value) \
                or abs(abs(x - y) - q.n.value) <= 0.05 + 0.02 * q.n.value:
            return None   # ("+0.9% (90.2% vs. 91.1%)": the points between the pair, a signed difference)
        return Info("delta", x < y, q.qualifier, q.metric, cue="relative change of the pair")

    def _k_vs_bracket(self, q: KindQuery):
        """'a DSC of 75.44 (vs. 69.83)': measured like the value before."""
        return dataclasses.replace(q.prev, from_start=False) if q.prev is not None and _VS_BRACKET.search(q.lead) else None

    def _k_relative_gain(self, q: KindQuery):
        """'improves SR by 5.0 percentage points (38.5% relative)': the same gain written relative to the
        baseline, in brackets after it, is a difference too; 'outperforms other methods, exceeding
        3.28% and 3.30% in SPL and RGSPL': the margin of an outperforming."""
        if q.prev is not None and q.prev.kind == "delta" and q.lead.rstrip().endswith("(") and _RELATIVE_AFTER.match(q.tail):
            return Info("delta", q.prev.negative, q.qualifier, q.prev.metric or q.metric, cue=q.prev.cue)
        if _EXCEEDING_MARGIN.search(q.lead[-120:].lower()):
            return Info("delta", False, q.qualifier, q.metric, cue="outperform")
        if q.n.unit in ("%", "pp") and (_IMPROVES_ON_BRACKET.search(q.lead[-140:].lower()) or q.prev is not None and q.prev.cue == "improves-on"
                                        and q.lead.rstrip().endswith("(")):
            # "VIGA substantially improves one-shot baselines on BlenderGym (35.32%) and SlideBench (117.17%)",
            # "outperforms existing baselines, particularly in Information Updation (1.79%)": the margin, in brackets
            return Info("delta", False, q.qualifier, q.metric, cue="improves-on")
        return None

    def _k_gap_from_to(self, q: KindQuery):
        """'narrows the gap to human reference rubrics from 24.1 to 0.3 points': both ends are
        gaps, differences below the reference (negative deltas)."""
        if _GAP_FROM.search(q.lead[-90:].lower()):
            return Info("delta", True, None, q.metric, from_start=True, cue="gap")
        if _TO.match(q.lead) and q.prev is not None and q.prev.from_start and q.prev.cue == "gap":
            return Info("delta", True, None, q.prev.metric or q.metric, cue="gap")
        return None

    def _k_from(self, q: KindQuery):
        """'from X to Y': two scores, Y measured like X (not 'from +5.7 points on A to +39.8 on B':
        a spread of signed differences)."""
        if q.n.sign == "+":
            return None
        if ARROW_AFTER.match(self.text, q.n.end):
            # "FID (3.30 -> 3.03, 2.57 -> 2.44)": a change written with an arrow, in a list measured alike
            return Info("score", False, None, q.metric or (q.prev.metric if q.prev is not None else None), from_start=True)
        if _FROM_TO.search(q.lead[-20:]) or _EXAMPLE_OPENS.search(q.lead[-12:]) and _PAIR_TO_AFTER.match(self.text, q.n.end):
            return Info("score", False, None, q.metric, from_start=True)   # ("(e.g., 15.2% to 39.0% on GSM8K)")
        return None

    def _k_to(self, q: KindQuery):
        """'AP ... from 40.1 to 44.3 and mIoU ...': the Y of 'from X to Y', measured like X."""
        if _TO.match(q.lead) and q.prev is not None and q.prev.from_start:
            return Info("score", False, None, q.prev.metric or q.metric)
        return None

    def _k_new_value(self, q: KindQuery):
        """'drops to 49.5%', 'reaching 90%': the new value, a score ('gains reach 26.2%': a gain's size)."""
        if (reach := _GAIN_REACHES.search(q.lead[-40:].lower())) is not None:
            return Info("delta", bool(_NEG_WORDS.match(reach.group("cue"))), q.qualifier or "up to", q.metric, cue=reach.group("cue"))
        if (gain := _GAIN_IS.search(q.lead[-100:].lower())) is not None:
            return Info("delta", bool(_NEG_WORDS.match(gain.group("cue"))), q.qualifier, q.metric, cue=gain.group("cue"))
        if _GAP_MOVES_TO.search(q.lead[-40:].lower()):
            # "the Recall@10 gap widens to 0.081": the new size of a gap below the reference
            return Info("delta", True, q.qualifier, q.metric, cue="gap")
        if (ch := _CHANGE_AS_MUCH_AS.search(q.lead[-40:].lower())) is not None:
            # "agent performance dropping as much as 15%": a change's size, at most
            return Info("delta", bool(_NEG_WORDS.match(ch.group("cue"))), "up to", q.metric, cue=ch.group("cue"))
        if q.tail_cue and not _cue_negative(q.tail_cue.group("cue")) and _REACH_END.search(q.lead[-12:].lower()):
            return None   # "ORDER reaches 6.0% Dice improvement": the size of a gain, said after it
        return Info("score", False, _qualifier(q.lead, q.tail), q.metric) if _NEW_VALUE.search(q.lead[-40:].lower()) else None

    def _k_relative(self, q: KindQuery):
        """'93% of Llama3-1B's performance': a fraction of another result."""
        if _POINTS.search(q.n.text):
            return None   # "within 0.1 percentage points of the dense model": a difference
        tail = _PERCENT_LEAD.sub("", q.tail)
        if _RELATIVE_TAIL.match(tail) or _KEEPS_LEAD.search(q.lead[-30:]) and _REFERENCE_ACCURACY_TAIL.match(tail):
            return Info("relative", False, _qualifier(q.lead, q.tail), q.metric)
        return None

    def _k_within(self, q: KindQuery):
        """'within 2% of GPT-4': a gap below, at most that size."""
        if not _WITHIN.search(q.lead[-10:]) or q.n.value_high is not None and not _OF_AFTER.match(self.text, q.n.end):
            return None   # ("success rates cluster within 31-33%": a range the values lie in, not a gap)
        return Info("delta", True, "within", q.metric)

    def _k_compared_score(self, q: KindQuery):
        """'+11.9pp over the 71.7% baseline', 'than the 64.2% of the reference model': the score
        of what a difference is measured against."""
        if _AGAINST_LEAD.search(q.lead[-20:]) and _AGAINST_TAIL.match(q.tail):
            return Info("score", False, q.qualifier, q.metric)
        return None

    def _k_inherit(self, q: KindQuery):
        """A list item takes what its list head said: 'up to 24.2% on A, 32.6% on B' (brackets
        in between do not interrupt the list); not a value with its own head, nor 'X by 168%
        (0.083 -> 0.238) and Y by 146%' after a bracketed score."""
        prev = q.prev
        if prev is None or q.own_head or prev.kind == "score" and _BY_END.search(q.low):
            return None
        if prev.kind == "relative" and re.search(r"\b(?:of|at)\s*$", q.lead):
            return None   # "(89% of a fully supervised baseline) with an overall detection rate of 89.2%"
        if prev.kind == "score" and q.tail_cue is not None:
            return None   # "reaches 66.72% overall, more than 20 points above the strongest": its own cue says it is a difference
        if prev.kind == "delta" and _VS_AFTER.match(q.tail):
            return None   # "improves +7.68 pp over a baseline (Gemini-3 Flash; 71.24% vs. 63.56%)": the two sides are scores
        # ("up to 13.4% improvement on MATH, 8.8% on GPQA": the previous value's own cue and place, then a comma)
        item = prev.kind == "delta" and _NEXT_ITEM_LEAD.fullmatch(q.lead) is not None
        if q.k > 0 or (item or not _INHERIT_BLOCK.search(_BRACKETS.sub(" ", q.lead).lower())) and not q.tail_cue and not q.lead_cue and not q.n.sign:
            # (a signed item keeps its own sign: "changes diversity by 0%, -6%, and -4%")
            negative = q.n.sign == "-" if prev.kind == "delta" and q.n.sign in ("+", "-") else prev.negative
            if prev.kind == "delta" and not q.n.sign and q.metric and prev.metric and q.metric != prev.metric \
                    and prev.cue and _GOOD_CUE.match(prev.cue):
                # "improves LPIPS by 23.5% and geometry accuracy by 46.3%": the item's own metric says which
                # way it moved (_kind turns an improvement of an error into a fall)
                negative = False
            return Info(prev.kind, negative, q.qualifier or prev.qualifier, q.metric or prev.metric, cue=prev.cue)
        return None

    def _k_signed(self, q: KindQuery):
        """'+4.6', '-2.1': a signed number is a difference."""
        return Info("delta", q.n.sign == "-", q.qualifier, q.metric) if q.n.sign in ("+", "-") else None

    def _k_delta_tail(self, q: KindQuery):
        """'19% relative WER reduction': the cue after the number."""
        cue = q.tail_cue
        return Info("delta", _cue_negative(cue.group("cue")), q.qualifier, q.metric, cue=cue.group("cue")) if cue else None

    def _k_comparative(self, q: KindQuery):
        """'substantially lower on MMMU-Pro than on MMMU, ranging from': a difference."""
        comparative = None if q.verb_cue else _COMPARATIVE.search(q.low)
        if comparative:
            cue = comparative.group("cue")
            return Info("delta", bool(_NEG_WORDS.match(cue)), q.qualifier, q.metric, cue=cue)
        return None

    def _k_gain_colon(self, q: KindQuery):
        """'significant improvements over the original baseline: 7.67% in Driving Score, 22.06% in
        Success Rate': values listed after a gain noun and a colon are gains."""
        m = _GAIN_COLON.search(self.text[max(0, q.n.start - 220):q.n.start].lower())
        if m is None or q.n.sign == "-":
            return None
        return Info("delta", bool(_NEG_WORDS.match(m.group("cue"))), q.qualifier, q.metric, cue=m.group("cue"))

    def _k_gap_narrowed_to(self, q: KindQuery):
        """'narrowing the average gap to just 1.5%', 'closes the gap to GPT-4 to 2.1 points': the
        size of the gap left below the reference, a fall."""
        return Info("delta", True, q.qualifier, q.metric) if _GAP_NARROWED_TO.search(q.lead[-90:]) else None

    def _k_delta_lead(self, q: KindQuery):
        """A cue before the number ('outperforms X by', 'an improvement of', 'improves it by'), or
        'by N' with a delta verb further back; a bare comparative ('lower than the human
        performance of 78.24%') states a score."""
        if re.search(r"\(\s*$", q.lead) and _VS_AFTER.match(q.tail):
            return None   # "6.0% Dice improvement on MK-UNet (81.3% vs. 75.3%)": the pair of scores behind the gain
        if _VS_AFTER.match(q.tail) and _CLAUSE_COMMA_END.search(self.text[q.g[q.k - 1].end:q.n.start] if q.k > 0 else q.lead):
            return None   # "trails human experts by 27 points, 59.2 vs. 86.6": after a comma, 'a vs. b' are the two scores compared
        lead_m = q.verb_cue
        if not lead_m and _BY_END.search(q.low):
            # the nearest cue before 'by' ("reduces latency by 38% ..., improves mAP by 2.7 points")
            lead_m = None
            for lead_m in _DELTA_WORD_RE.finditer(self.text[:q.n.start][-200:]):
                pass
        if not lead_m:
            return None
        cue, lead = lead_m.group("cue"), q.lead
        if re.fullmatch(r"higher|better|lower|worse", cue, re.IGNORECASE) and not (
                re.search(r"\bby\s*$", lead, re.IGNORECASE)
                or re.search(r"\bthan\b", lead, re.IGNORECASE) and not re.search(r"\b(?:of|at|is|was|were|reaches|achieves)\s*(?:only\s+|just\s+)?$", lead, re.IGNORECASE)):
            return Info("score", False, q.qualifier, q.metric)
        negative = bool(_NEG_WORDS.match(cue))
        if cue.lower() == "gap":
            negative = bool(re.search(r"\b(?:lag|trail|behind|short)", self.text[:q.n.start][-300:] + " " + q.tail[:40], re.IGNORECASE)
                            # "reduces the gap by 40.8%", "narrows the Diversity gap ... by over 50%": the gap falls
                            or _GAP_REDUCED.search(self.text, max(0, q.n.start - 160), q.n.start))
        return Info("delta", negative, q.qualifier, q.metric, cue=cue)

    def _k_score(self, q: KindQuery):
        """Nothing says otherwise: an absolute result."""
        return Info("score", False, q.qualifier, q.metric)

    def _kind(self, n: Num, g, k, lead_own: str, tail: str, prev: Info | None, bench=None) -> tuple[Info, str]:
        """(Info, strategy name): the strategies of KIND_STRATEGIES in order; then, for error
        rates, an "improvement" is a fall."""
        q = KindQuery(self.text, n, g, k, lead_own, tail, prev)
        for name, strategy in KIND_STRATEGIES:
            info = strategy(self, q)
            if info is not None:
                break
        lower_better = (info.metric or (bench.metric if bench is not None else None)) in LOWER_IS_BETTER
        if info.kind == "delta" and lower_better and not info.negative and info.cue and _GOOD_CUE.match(info.cue):
            info.negative = True
        return info, name


_NEXT_ITEM_LEAD = re.compile(r"\s*(?:%|\\%|pp|points?)?\s*(?:[A-Za-z][\w\-]*\s+){0,2}(?:on|in)\s+[^\d,;()]{1,60},\s*(?:and\s+)?")
_GOOD_CUE = re.compile(r"improv|enhanc|gain|boost|better|outperform|surpass|beat|exceed|advantage|margin|lead", re.IGNORECASE)

KIND_STRATEGIES = (
    ("pair-ratio", KindStrategies._k_pair_ratio),
    ("vs-bracket", KindStrategies._k_vs_bracket),
    ("compared-score", KindStrategies._k_compared_score),
    ("relative-gain", KindStrategies._k_relative_gain),
    ("gap-from-to", KindStrategies._k_gap_from_to),
    ("from-to", KindStrategies._k_from),
    ("to-value", KindStrategies._k_to),
    ("relative-tail", KindStrategies._k_relative),
    ("new-value", KindStrategies._k_new_value),
    ("within", KindStrategies._k_within),
    ("inherit-list", KindStrategies._k_inherit),
    ("signed", KindStrategies._k_signed),
    ("delta-tail", KindStrategies._k_delta_tail),
    ("comparative", KindStrategies._k_comparative),
    ("gain-colon", KindStrategies._k_gain_colon),
    ("delta-lead", KindStrategies._k_delta_lead),
    ("gap-narrowed-to", KindStrategies._k_gap_narrowed_to),
    ("score", KindStrategies._k_score),
)

"""Name primitives shared by the benchmark finder (extract/names.py), the model finder
(extract/model_names.py) and the system finder (extract/systems.py): whole-word search, the test of
a coined name, the model registry's names and sizes, and the tests of how an abstract introduces
its own system."""
from __future__ import annotations

import re
from functools import lru_cache

from claimboard.extract.cues import words
from claimboard.extract.lexicon import Lexicon, lower_same_length, trie_pattern
from claimboard.extract.numbers import parse_size
from claimboard.schema.vocab import Model, load_models

# a coined token: capitals inside ("ConvNeXt", "mT5") or a digit ("YOLOv8", "GPT-4"): maybe a model's name
COINED_TOKEN = re.compile(r"\b(?:[A-Z][a-z]*[A-Z][\w\-]*|[A-Z][A-Za-z\-]*\d[\w\-]*)")


def find_word(text: str, name: str, suffix: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Spans of name as a whole word (not glued to letters, digits or a hyphen), found with
    str.find: names differ from abstract to abstract, so compiling a pattern for each costs more."""
    out, i = [], text.find(name)
    while i >= 0:
        e = i + len(name)
        if suffix is not None:
            m = suffix.match(text, e)
            e = m.end() if m else e
        before_ok = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_/.")
        after_ok = e >= len(text) or not (text[e].isalnum() or text[e] in "-_")
        if before_ok and after_ok:
            out.append((i, e))
        i = text.find(name, i + 1)
    return out


# ---------------------------------------------------------------- models

# A size inside a name: -7B, _13b, 8x7B, -0.5B
_NAME_SIZE = re.compile(r"(?:^|[\-_/\s(:])(?:(?P<e>\d+)x)?(?P<n>\d+(?:\.\d+)?)(?P<m>[BbMmT])(?=$|[\-_)\s])")   # (T: "Ring-1T", a trillion)
_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")
# a task written as an acronym ("ASR", "NER"): a system's kind, never its name
_TASK_ACRONYM = re.compile(r"(?:" + words("task_acronym") + r")s?")
# metric names are not models even when followed by "scores"
_METRIC_WORD = re.compile(r"^(?:BLEU(?:-\d)?|ROUGE[\w\-]*|chrF\+*|METEOR|CIDEr|COMET|F1|EM|BERTScore|MAUVE|WER|CER|AUC|AUROC|mAP|nDCG\S*|MRR|Elo|MT-Bench)$", re.IGNORECASE)


def _sizes(name: str, entry: Model | None, paren: bool = False):
    """(params_b, active, source) for a model written as name: the name's own size first,
    then the registry (for mixtures, the registry's total and active counts)."""
    params, active = size_from_name(name)
    source = ("text" if paren else "name") if params else None
    if entry is not None and entry.params_b is not None and (params is None or re.search(r"\d+x\d+", name)):
        params, active, source = entry.params_b, entry.active_params_b, "registry"
    return params, active, source


@lru_cache(maxsize=1)
def model_lexicon() -> Lexicon[Model]:
    spellings: dict[str, Model] = {}
    for m in load_models():
        for s in m.spellings:
            spellings.setdefault(s, m)
    return Lexicon(spellings)


@lru_cache(maxsize=1)
def _registry_prefixes() -> tuple[dict[str, Model], re.Pattern]:
    by_lower: dict[str, Model] = {}
    for m in load_models():
        for s in m.spellings:
            by_lower.setdefault(s.lower(), m)
    pat = re.compile(trie_pattern(by_lower)) if by_lower else re.compile(r"(?!)")
    return by_lower, pat


def size_from_name(name: str) -> tuple[float | None, float | None]:
    """(params_b, active) from a size written in a name: LLaMA2-7B -> 7, Mixtral-8x7B -> 56."""
    m = None
    for m in _NAME_SIZE.finditer(name):
        pass  # the last size in the name ("Qwen1.5-MoE-A2.7B" aside) is the model's
    if not m:
        return None, None
    value = parse_size(f"{m.group('n')}{m.group('m').upper()}")
    if value is None:
        return None, None
    if m.group("e"):
        value *= int(m.group("e"))
    return value, None


def registry_entry(name: str) -> Model | None:
    by_lower, pat = _registry_prefixes()
    low = name.lower()
    if low in by_lower:
        return by_lower[low]
    # the registry name plus a suffix of role words: -Instruct, -Chat, -it, -base
    stripped = re.sub(r"(?:[\-_\s](?:instruct|chat|it|base|hf|v\d+(?:\.\d+)?|sft|dpo|rlhf))+$", "", low)
    return by_lower.get(stripped)


@lru_cache(maxsize=1)
def _family_version() -> re.Pattern:
    """A registry family's name (two letters or more, as the registry writes it) then a version number."""
    families = sorted({m.family for m in load_models() if m.family and len(m.family) >= 2}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(f) for f in families) + r")[\-\s]?v?\d(?:\.\d+)?(?![\d])") if families else re.compile(r"(?!)")


def registry_family(token: str) -> bool:
    """Whether token starts with a model family of the registry ('Claude', 'Llama-2', 'Qwen2')."""
    if not _CAP_OR_DIGIT.search(token):  # "bloom", "falcon", "alpaca" written in lower case are words
        return False
    by_lower, pat = _registry_prefixes()
    tok = token.split("/")[-1]
    low = tok.lower()
    m = pat.match(low)
    if m is None:
        # "Phi-3.5", "QwQ-2": a family of the registry, written in its case, then a version
        return _family_version().match(tok) is not None
    # the family name ends at a piece boundary: Llama-2, Qwen2, GeminiPro (a capital starts the next piece;
    # then the family must be written in one of its own cases: "PalmX" is no PaLM)
    if m.end() == len(low) or not low[m.end()].isalpha() or low[m.end() - 1].isdigit():
        return True
    return tok[m.end()].isupper() and tok[m.end() - 1].islower() \
        and any(sp[:m.end()] == tok[:m.end()] for sp in by_lower[low[:m.end()]].spellings if sp.lower() == low[:m.end()])


_SYSTEM_NOUNS = (r"(?:model|method|system|detector|framework|approach|agent|network|architecture|algorithm|pipeline"
                 r"|tracker|segmenter|classifier|recognizer|planner|policy|retriever|encoder|decoder|backbone|verifier|solver|generator|estimator|predictor)s?")
# around a name: evaluated on it ("on DART", "the MARS benchmark"), described as an evaluation,
# the subject of a result ("Pat-DEVAL achieves"), or the paper's system ("our MARS agent",
# "the proposed VR-FuseNet model", "a model called VR-FuseNet")
_EVALUATED_ON_BEFORE = re.compile(r"(?i:\b(?:on|in|from|of)\s+(?:the\s+)?)$")
_EVALUATION_HEAD_AFTER = re.compile(r"\s+(?i:datasets?|benchmarks?|test|corpus|validation|splits?|leaderboard)\b")
# the head words of an evaluation's name: "the MVQ-60 dataset", "the OSAR benchmark"
EVALUATION_HEAD = r"(?i:(?<![\w\-])(?:benchmarks?|datasets?|corpus|corpora|test\s*sets?|leaderboard|(?:evaluation\s+)?suites?)\b)"
_EVALUATION_WORD = re.compile(EVALUATION_HEAD)
# a title-cased compound: "Quebec-French", "Multi-Vector" (a description, not a coined name)
TITLED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
_RESULT_ADVERB = r"\s+(?:(?:consistently|significantly|substantially|further)\s+)?"
# words that say a model was trained (on data): "pre-training on", "fine-tuned on", "distilled from"
TRAINING_WORDS = r"pre-?train\w*|train\w*|fine-?tun\w*|distill\w*"
# the one word that may stand between such a word and 'on' ("training solely on X"), not a setting of the
# evaluation: "Under a 12-epoch training schedule on MS COCO, X achieves" is measured on MS COCO
TRAINED_ON_GAP = r"(?:(?!(?:schedules?|recipes?|protocols?|regimes?|settings?)\b)\w+\s+)?"
# words for a kind of model, not one model: "Multi-modal Large Language Models", "LLMs", "MLLMs" (not inside a
# coined name: "SurgMLLM")
GENERIC_MODEL_WORDS = re.compile(r"language\s+models?|\bL+Ms?\b|\bMLLMs?\b|\bLMMs?$", re.IGNORECASE)
# ("ClinEnv scores both what the model decides": an evaluation scoring what it evaluates is not a result)
_ACTS_RIGHT_AFTER = re.compile(_RESULT_ADVERB + r"(?:achieves|attains|obtains|outperforms|surpasses|reaches|scores(?!\s+(?:both|each|every|all|models?|how|what|whether|answers?|responses?|outputs?|agents?|systems?|LLMs?)\b))\b")
_IMPROVES_RIGHT_AFTER = re.compile(_RESULT_ADVERB + r"(?:improves|enhances|boosts)\b")
_SYSTEM_NOUN_RIGHT_AFTER = re.compile(r"\s+(?i:" + _SYSTEM_NOUNS + r")\b")
_OUR_THE_BEFORE = re.compile(r"(?i:\b(?:our|the)\s+(?:proposed\s+|new\s+|novel\s+)?)$")
_CALLED_BEFORE = re.compile(r"(?i:\b" + _SYSTEM_NOUNS + r"\s+(?:called|named|dubbed|termed)\s+)$")


def _only_as_system(text: str, name: str) -> bool:
    """A name that is also a benchmark's (DART, MARS) but that this abstract never evaluates
    on: no 'on X', no 'X dataset'. The paper introduces its system under it."""
    spans = find_word(text, name)
    if any(_EVALUATED_ON_BEFORE.search(text, max(0, s - 12), s) or _EVALUATION_HEAD_AFTER.match(text, e) for s, e in spans):
        return False
    # nor describes it as an evaluation: "we present MME-RealWorld ... the largest ... benchmark"
    return not any(_EVALUATION_WORD.search(re.split(r"[.;]\s", text[e:e + 150], maxsplit=1)[0]) for _, e in spans)


def _system_acts(text: str, name: str) -> bool:
    """'Pat-DEVAL achieves a Pearson correlation of 0.69': the name is the subject of a result."""
    # (not a place: "fine-tuning on When2Speak significantly outperforms ...")
    return any(_ACTS_RIGHT_AFTER.match(text, e) and not _EVALUATED_ON_BEFORE.search(text, max(0, s - 12), s) for s, e in find_word(text, name))


# "we introduce Muti-query Scene Text retrieval with Attention Recycling (MSTAR), a box-free approach"
# the opening of a paper's introduction of its system: "we propose", "this work introduces"
INTRO_OPENING = r"\b(?i:we|this\s+paper|this\s+work)\s+(?:\w+\s+)?(?i:introduce|propose|present|develop|design)s?\s+"
_INTRODUCED_ACRONYM_BEFORE = re.compile(INTRO_OPENING + r"[^.;()]{3,140}\($")


# "We introduce LaMP, a dual-expert Vision-Language-Action framework": the name introduced in
# apposition with a system noun is the paper's system, even when a benchmark has that name
_INTRO_RIGHT_BEFORE = re.compile(INTRO_OPENING + r"\s*$")
# (the words between are the noun's modifiers: no benchmark word, no "to", "for", "of": "UEval, a
# benchmark to evaluate unified models" is a benchmark; nor after it, to the sentence's end: "Breeze
# Taigi, a comprehensive framework centered on standardized benchmarks")
_SYSTEM_APPOSITION_AFTER = re.compile(r"\s*(?:\([^()]{1,80}\)\}?\s*)?(?:,|-{2,3}|[—–:])\s*(?i:an?)\s+(?:(?!(?i:benchmark|dataset|suite|corpus|corpora|testbed|leaderboard|collection|"
                                      r"evaluation|to|for|of|that|which|with|in|on|and|by)\b)[\w\-]+,?\s+){0,6}?(?i:" + _SYSTEM_NOUNS + r")\b(?![^.;]*(?i:benchmark|dataset|evaluat))")


def _introduced_with(text: str, name: str, apposition: re.Pattern) -> bool:
    """The name introduced by the paper ('we introduce X'), with an apposition of the given kind after it."""
    return any(_INTRO_RIGHT_BEFORE.search(text, max(0, s - 60), s) and apposition.match(text, e)
               for s, e in find_word(text, name))


def introduced_as_system(text: str, name: str) -> bool:
    """'We introduce LaMP, a ... framework': introduced by the paper, in apposition with a system noun."""
    return _introduced_with(text, name, _SYSTEM_APPOSITION_AFTER)


_MODEL_APPOSITION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:(?:large\s+)?language\s+model|LLM|(?:foundation|vision-language|multimodal)\s+model)s?\b")


def _introduced_as_model(text: str, name: str) -> bool:
    """'we present ShiZhi, the first large language model (LLM) ...': introduced as a model."""
    return _introduced_with(text, name, _MODEL_APPOSITION_AFTER)


def _our_system_named(text: str, name: str) -> bool:
    """'our MARS agent', 'the proposed VR-FuseNet model', 'a model called VR-FuseNet': the name
    used as the paper's system."""
    return any(_OUR_THE_BEFORE.search(text, max(0, s - 30), s) and _SYSTEM_NOUN_RIGHT_AFTER.match(text, e)
               or _CALLED_BEFORE.search(text, max(0, s - 60), s)
               or _INTRODUCED_ACRONYM_BEFORE.search(text, max(0, s - 150), s) and text[s - 1:s] == "(" and text[e:e + 1] == ")"
               for s, e in find_word(text, name))


_COINED = re.compile(r"\d|[A-Z][^A-Z]*[A-Z]|^[a-z]{1,4}[A-Z]")   # ("scBench", "eRisk": camel case from a lower-case start)


# what may stand between a coined name and the verb it does: its bracket's close ("(AResUNet) attained"),
# or a second coined name coordinated with it ("Inception-UNet and Xception-UNet achieved")
_ACTS_GAP = re.compile(r"\)|(?:\s*,\s*|\s+(?:and|&)\s+)[A-Za-z][\w\-.]*")


def _acts_gap(text: str, end: int) -> int:
    m = _ACTS_GAP.match(text, end, end + 40)
    if m is None or m.group().startswith(")") or _looks_like_name(m.group().split()[-1].lstrip(",&")):
        return m.end() - end if m else 0
    return 0


def _looks_like_name(s: str) -> bool:
    """A coined name: internal capitals, digits or all caps (not an ordinary capitalised word)."""
    return len(s) >= 2 and _COINED.search(s) is not None


def lowered(text: str) -> str:
    return lower_same_length(text)

"""How big the model of a row is: the size strategies (SIZE_STRATEGIES), tried in order, and the
size of the paper's own system. A mixin of extract/rules.py's AbstractExtractor: the strategies
read the abstract's text, models and systems through it; the row records the one that decided."""
from __future__ import annotations

import re
from bisect import bisect_right

from claimboard.extract.name_basics import _NAME_SIZE, registry_entry, registry_family, size_from_name
from claimboard.extract.names import (
    EXPERIMENT_WORDS,
    ModelHit,
    _sized_in_billions,
    glued_sizes,
    registry_model,
)
from claimboard.extract.numbers import Num, parse_size

_SIZE_FIRST = re.compile(r"\d+(?:\.\d+)?\s?[BM]\b")   # "9B MoE model": a model known by its size
_BRACKET_OPENS = re.compile(r"[^()\d]{0,50}\(\s*")   # from a result to a bracket: "% success on ALFWorld ("
_SIZE_THEN_VARIANT = re.compile(r"\d+(?:\.\d+)?\s?[BM]\b(?:[\-\s_]+[A-Za-z][\w.]*)*")   # "7B-v0.1", "8B-Instruct" after a family name
# "With experiments on Wan2.1-T2V-1.3B, MoGAN ...", "a Qwen3-32B-based agent": the model the system runs on
_EXPERIMENTS_ON_BEFORE = re.compile(r"\b(?:" + EXPERIMENT_WORDS + r")\s+(?:conducted\s+|performed\s+|run\s+)?on\s+(?:the\s+)?$")
_BASED_SYSTEM_AFTER = re.compile(r"-based\s+(?:[\w\-]+\s+)?(?:agents?|models?|systems?|polic(?:y|ies)|assistants?|planners?)\b")
# "We present X, our submission to ..., built on RoboBrain2.5-8B-NV": the one sized model, built on
# the base a system is made from ("T-VEC is created by adapting the state-of-the-art gte-Qwen2-1.5B-instruct model")
_BUILT_ON = r"built\s+(?:up)?on|based\s+on|on\s+top\s+of|fine-?tuned\s+from|initiali[sz]ed\s+from|by\s+adapting|adapted\s+from|derived\s+from"
_BUILT_ON_BEFORE = re.compile(r"\b(?:" + _BUILT_ON + r")\s+(?:the\s+|a\s+)?(?:state-of-the-art\s+|pre-?trained\s+|open-source\s+)?$", re.IGNORECASE)
# a base model named in the sentence right after these words, up to two words between
_BASE_BEFORE = re.compile(
    r"\b(?:" + _BUILT_ON + r"|starting\s+from|trained\s+from"
    # "On TinyLLaMA-1.1B, the resulting ECAPA-LLM achieves", "... with Llama-3.1-405B": the base it runs on
    # "LogicDiff improves LLaDA-8B-Instruct accuracy from": the base the method improves
    r"|(?<!compared\s)(?<!than\s)\b(?:on|with|using|applied\s+to|improves|boosts|enhances|lifts))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$",
    re.IGNORECASE)
# "the MARS agent trained from <model>": up to three words, the system's name among them, then the verb
_BUILT_FROM_BEFORE = re.compile(r"(?P<subject>(?:[^\s,;.()]+\s+){1,3})(?:trained|fine-?tuned|initiali[sz]ed|distilled|built|derived)\s+(?:from|on|upon)\s+(?:the\s+)?$")
# "Compared with the Qwen3-VL-8B-Instruct backbone, DocTrace achieves", "on a pi0 (2B) backbone", "By training the
# Qwen2.5-VL-7B-Instruct model on SR using GRPO, Spatial-R1 ...": a model of billions of parameters named as the
# backbone or the base, or as what the paper trains, is the base the system is made from (a backbone of millions,
# 'a ResNet-50 backbone', is a component)
_BASE_NOUN_AFTER = re.compile(r"\s*(?:\(\s*[\d.]+\s*[BM]\s*\)\s*)?(?:-?\s*(?:Instruct|Chat|Base)\s+)?(?:backbones?|base\s+model|base\s+LLM|foundation\s+model)\b", re.IGNORECASE)
_TRAINING_BEFORE = re.compile(r"\b(?:by\s+)?(?:training|fine-?tuning|post-?training|finetuning)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# words that describe a model before its name or size ("the compact Moondream-2B", "a lightweight 29M parameter model")
_MODEL_ADJECTIVES = r"(?:(?:lightweight|compact|small|tiny|efficient|new|novel|open|open-source|open-weight|pre-?trained|single|dense)\s+)"
# "We adopt a supervised fine-tuning strategy leveraging LLaMA 3 8B", "a QLoRA fine-tuned version of Gemma3-12B",
# "FoodCHA utilizes the compact Moondream-2B vision language model", "fine-tuning strategy on Qwen3-4B": the one
# model of billions of parameters the system uses or is made from, with the system or 'we' as the subject
# (_USER_BEFORE; not data made with a model: "training data are synthesized using Qwen2.5-72B-Instruct"; not a
# helper: "as a judge", _COMPONENT_AFTER)
_USES_BEFORE = re.compile(r"\b(?:leverag(?:es|ed|ing)|utiliz(?:es|ed|ing)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|using|uses|(?:fine-?tuned\s+)?version\s+of|"
                          r"(?:fine-?tuning|training|post-?training)\s+(?:strategy|approach|recipe|pipeline)\s+on)\s+"
                          r"(?:the\s+|a\s+)?" + _MODEL_ADJECTIVES + r"?$", re.IGNORECASE)
_HELPER_NOUNS = r"teachers?|judges?|evaluators?|annotators?|graders?|critics?|reward|verifiers?|oracles?|simulators?"
_AS_HELPER_AFTER = re.compile(r"\s*(?:model\s+)?as\s+(?:an?\s+|the\s+)?(?:" + _HELPER_NOUNS + r")\b", re.IGNORECASE)
_USER = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]he\s+(?:proposed\s+)?(?:approach|method|system|framework|pipeline|agent))\b")
_MADE_WITH_BEFORE = re.compile(r"\b(?:synthesi[sz]ed|generated|annotated|labell?ed|distilled|judged|scored|rated|created|produced|written)\s+(?:by\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# a model named as a component of the system, not the base it runs on
_COMPONENT_AFTER = re.compile(r"\s+(?:backbones?|encoders?|decoders?|feature\s+extractors?|" + _HELPER_NOUNS + r")\b", re.IGNORECASE)
# "with (only) 77M parameters": a size stated with a result
_WITH_PARAMS = re.compile(r"\bwith\s+(?:only\s+|just\s+|merely\s+|about\s+|roughly\s+|around\s+)?(?P<size>\d+(?:\.\d+)?\s?(?:[BM]|billion|million))\s+(?:total\s+|trainable\s+)?param")
# "With only 0.65M parameters, our model achieves", "ProDisc-VAD achieves ... using only 0.4M
# parameters": the size the abstract states for its own system, once (not trainable or active counts)
_OWN_STATED_PARAMS = re.compile(r"\b(?:[Ww]ith|[Uu]sing|[Hh]aving|[Rr]equiring)\s+(?:only\s+|just\s+|merely\s+)"
                                r"(?P<size>\d+(?:\.\d+)?\s?(?:[BMK]|billion|million))\s+(?:network\s+|model\s+)?param")
_OUR_SUBJECT = re.compile(r"\b[Oo]ur\s+(?:proposed\s+)?(?:model|method|approach|network|framework|system|architecture)\s+(?:achieves|attains|obtains|reaches|yields|outperforms|surpasses|sets)\b")
_VALUE_RIGHT_BEFORE = re.compile(r"\d\s*(?:%|\\%|\$)?\s*$")
# ("With only 0.5670 million network parameters, ..., the algorithm significantly outperforms")
_OUR_SYSTEM_WORDS = re.compile(r"\b(?:[Oo]ur|[Tt]he)\s+(?:\w+\s+)?(?:model|method|approach|network|detector|framework|system|architecture|algorithm)\b")
_LIST_GAP_FORM = r"^\s*(?:%|\\%|pp|points?)?\s*{}(?:,\s*(?:and|or)?|and|or|/|&)\s*$"
# the same, across a metric's name: "51.4% mAP50 and 31.8%" (a size stated after such a list is every value's)
_SIZED_LIST_GAP = re.compile(_LIST_GAP_FORM.format(r"(?:[A-Za-z][\w@.\-]*\s*)?"), re.IGNORECASE)
# ("Orchestrator, an 8B model", "The Cognitive Categorical Transformer (CCT) is a 306M-parameter architecture",
# "(POTATR), a lightweight 29M parameter image-to-graph model")
# ("We release Llamion, a family of 14B-parameter open-weight language models": each of the family's models)
_SIZE_APPOSITION = re.compile(r"(?<![\w\-.])(?P<name>[\w\-\.]+)\)?\s*(?:,\s*|\s+is\s+|\s+)(?:a|an)\s+(?:family\s+of\s+)?"
                              + _MODEL_ADJECTIVES + r"{0,2}"
                              r"(?P<size>\d+(?:\.\d+)?\s?[BM])(?:[\s\-]param|\s+(?:model|architecture|network|transformer|language\s+model|LLM|VLM|MLLM)\b)")
_OUR_SIZE = re.compile(r"\b[Oo]ur\s+(?:\w+\s+){0,2}?(?:submission|model|system|method|approach|network)\s+(?:is|was)\s+(?:a|an|only\s+a)\s+"
                       r"(?P<size>\d+(?:\.\d+)?\s?[BM])[\s\-]param")
_AMONG_SIZE = re.compile(r"(?<![\w\-.])(?P<name>[\w\-\.]+)\s+(?:achieves|attains|obtains|sets|reaches|establishes)\s+(?:[\w\-]+\s+){0,5}?among\s+"
                         r"(?:(?:open|existing|other|all)\s+)?(?P<size>\d+(?:\.\d+)?\s?[BM])[\s\-]param")
# a size right after a model's name: "KLong (106B)", "DSPO-trained 7B model"
_SIZE_AFTER_NAME = re.compile(r"\s*\(\s*(?P<size>\d+(?:\.\d+)?\s?[BM])\s*(?:parameters|params)?\s*\)"
                              r"|\s+(?P<size2>\d+(?:\.\d+)?[BM])\s+(?:[\w\-]+\s+)?(?:model|LLM|variant|version|agent|backbone)s?\b")
_APPLY_VERB = re.compile(r"\b(?:apply|applies|applied|applying)\s+", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
# a model known by its size: "7B model", "1.3B generation model"
_SIZED_MODEL = re.compile(r"\d+(?:\.\d+)?[BM](?:-parameter)?\s+(?:\w+\s+)?model", re.IGNORECASE)
# "a 5.0B-parameter EVA-02-CLIP-E/14+": a size written right before a name
_SIZE_BEFORE_NAME = re.compile(r"(?<![\w.])(?P<size>\d+(?:\.\d+)?\s?[BM])[\s\-]param(?:eter)?s?\s+$")


_SIZE = r"\d+(?:\.\d+)?\s?[BM]"
# "14B and 32B variants", "at 7B and 14B scales": the system comes in several sizes
_OTHER_SIZES_OF_SYSTEM = re.compile(r"\b\d+(?:\.\d+)?[BM]\s+(?:and|or|to)\s+\d+(?:\.\d+)?[BM]\s+(?:variants?|versions?|models?|scales?|sizes?)\b")
# "+22.6 (4B) and +18.8 (8B) points": a size in brackets right after the value is that value's
_BRACKETED_SIZE_AFTER_VALUE = re.compile(r"[}$\s]*(?:%|\\%|pp|points?)?\s*\(\s*(?P<size>" + _SIZE + r")(?:\s+(?:models?|variants?|versions?))?\s*\)")
# "gains of 9.9 and 6.8 points for the 4B and 8B models, respectively": a list of sizes aligned with the values
_SIZE_LIST_MODELS = re.compile(r"\b(?:for|on|with|of)\s+(?:the\s+|our\s+)?(?P<sizes>" + _SIZE + r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)" + _SIZE + r")+)"
                               r"[\s\-]+(?:[\w\-]+\s+)?(?:models?|variants?|versions?|backbones?|LLMs?|scales?)\b(?=[^.;]*\brespectively\b)")
_SIZE_ITEM = re.compile(_SIZE)
_BASE_RIGHT_AFTER_VALUE = re.compile(r"[$}]*\s*(?:%|\\%|pp|points?)?\s*(?:on|with|using)\s+(?:the\s+|a\s+)?\$?")
_BASES_FOR_BEFORE = re.compile(r"\b(?:for|on|with)\s+(?:the\s+)?$")
_MODEL_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|,?\s*$)")
# "(39.1 vs 20.9 at 7B)": the size a comparison is made at
_AT_SIZE_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?(?:(?:vs\.?|versus)\s*[\d.]+\s*(?:(?:%|\\%)\s*)?)?at\s+(?:the\s+)?(?P<size>" + _SIZE + r")\b(?![\w\-])(?!\s*(?:tokens|samples|images|steps))")
# "reaching 93.7% success on ALFWorld and 74.8% on WebShop at 1.5B parameters", "... at the 7B scale": a size the
# clause's results are stated at, written later in the clause with 'parameters' or 'scale'
_AT_SIZE_LATER = re.compile(r"[^;:()]{0,120}?\bat\s+(?:the\s+|a\s+)?(?P<size>" + _SIZE + r")(?:[\s\-]+(?:param(?:eter)?s?|scale)\b)")
_CLAUSE_END = re.compile(r";|\b(?:while|whereas|but)\b")
# "the 2B model achieves gains of 99.1%, while the 7B model shows gains of 22.5%": a model known by its size as the clause's subject
_SIZED_SUBJECT = re.compile(r"\b(?:the|our|its)\s+(?P<size>" + _SIZE + r")(?:[\s\-]param(?:eter)?s?)?\s+(?:[\w\-]+\s+)?(?:model|variant|version|LLM|student|policy)\b(?!\s+(?:track|tier|category|class|setting|size|scale|regime)s?\b)")
# "Qwen2.5-7B with SLOT achieves": a method written after the sized base it is applied to
_BASE_WITH_METHOD = re.compile(r"\s+(?:with|\+)\s+$")


# a variant of a model named in full that keeps its size: "Llamion-Base" of Llamion, "X-Instruct"
_TUNED_VARIANT = re.compile(r"[\s\-](?:Base|Instruct|Chat|SFT|DPO|RL|it)", re.IGNORECASE)


def appositive_sizes(text: str) -> dict[str, list[float]]:
    """The sizes the text states for names by apposition ('Orchestrator, an 8B model', 'The Cognitive
    Categorical Transformer (CCT) is a 306M-parameter architecture'), by the name as written; names
    and sizes in the order the text writes them."""
    out: dict[str, list[float]] = {}
    for m in _SIZE_APPOSITION.finditer(text):
        size = parse_size(m.group("size").replace(" ", ""))
        if size is not None:
            out.setdefault(m.group("name"), []).append(size)
    return out


def _written_size(text: str) -> tuple[float | None, str]:
    """(params_b, 'text') of a size the sentence writes ('7B', '350 M')."""
    return parse_size(text.replace(" ", "")), "text"


class SizeStrategies:
    """The size strategies and the size look-ups (a mixin: `self` is the AbstractExtractor of one abstract)."""
    text: str
    models: list[ModelHit]
    systems: list[str]
    sents: list[tuple[int, int]]
    _sent_starts: list[int]
    numbers: list[Num]
    system_base: str | None
    system_size: tuple[float | None, str | None]
    named_sizes: dict[str, list[float]]   # appositive_sizes of the text
    _sys_low: set[str]
    _NO_SIZE: tuple[float | None, str | None] = (None, None)

    def _used_by_system(self, m) -> bool:
        """_USES_BEFORE: the system or 'we' use the model ('FoodCHA utilizes the compact Moondream-2B')."""
        if not _USES_BEFORE.search(self.text, max(0, m.start - 50), m.start) or _AS_HELPER_AFTER.match(self.text, m.end) \
                or _COMPONENT_AFTER.match(self.text, m.end) or _MADE_WITH_BEFORE.search(self.text, max(0, m.start - 60), m.start):
            return False
        i = bisect_right(self._sent_starts, m.start) - 1
        s0 = self._sent_starts[i] if i >= 0 else 0   # (no sentences are split in a text without numbers)
        before = self.text[s0:m.start]   # (its sentence, up to the model)
        return _USER.search(before) is not None or any(x in before for x in self.systems)

    def _system_size(self) -> tuple[float | None, str | None]:
        """A size stated for the paper's own system: 'X, a 0.4B-parameter encoder'."""
        if not self.systems:
            return None, None
        for name, stated_sizes in self.named_sizes.items():
            if name in self.systems:
                return stated_sizes[0], "text"
        if "param" in self.text:
            # "Our primary submission is a 243M parameters multilingual translation model"
            ours = _OUR_SIZE.search(self.text)
            if ours is not None:
                return parse_size(ours.group("size")), "text"
            # "Mini-Monkey achieves state-of-the-art performance among 2B-parameter MLLMs"
            for m in _AMONG_SIZE.finditer(self.text):
                if m.group("name") in self.systems:
                    return parse_size(m.group("size")), "text"
            # "With only 0.65M parameters, our model achieves": the one size stated with "only" in a
            # sentence about the paper's own system, naming no other sized model
            stated = list(_OWN_STATED_PARAMS.finditer(self.text))
            # (not right after values: "2.9%/7.0% with only 10M parameters" is a small variant's size)
            if len(stated) == 1 and not _VALUE_RIGHT_BEFORE.search(self.text, max(0, stated[0].start() - 12), stated[0].start()):
                s0, s1 = self.sents[max(0, bisect_right(self._sent_starts, stated[0].start()) - 1)]
                sent = self.text[s0:s1]
                if (any(x in sent for x in self.systems) or _OUR_SYSTEM_WORDS.search(sent)) \
                        and not any(s0 <= m.start < s1 and m.params_b is not None for m in self.models):
                    return _written_size(stated[0].group("size"))
        # "the MARS agent trained from Qwen3-4B": the system built on one base model has its size
        sys_low = {x.lower() for x in self.systems}
        for m in self.models:
            if m.params_b is not None and m.start >= 0 and m.name.lower() not in sys_low:
                sys_then_verb = _BUILT_FROM_BEFORE.search(self.text, max(0, m.start - 80), m.start)
                if sys_then_verb and any(w.lower() in sys_low for w in sys_then_verb.group("subject").split()) \
                        and registry_model(m.name):
                    self.system_base = m.name
                    return m.params_b, "text"
        # "With experiments on Wan2.1-T2V-1.3B, MoGAN improves ...", "we trained a Qwen3-32B-based
        # agent": the one sized model the abstract names is the base the system runs on
        # (not the system's own sized variants: "EchoInk-R1-7B" of the system EchoInk-R1)
        sized = [m for m in self.models if m.params_b is not None and m.start >= 0 and not m.generic
                 and not any(m.name.lower() == x or m.name.lower().startswith(x + "-") for x in sys_low)]
        if len({m.name for m in sized}) == 1:
            m = sized[0]
            if _EXPERIMENTS_ON_BEFORE.search(self.text, max(0, m.start - 40), m.start) or _BASED_SYSTEM_AFTER.match(self.text, m.end) \
                    or _BUILT_ON_BEFORE.search(self.text, max(0, m.start - 40), m.start) \
                    or m.params_b >= 1 and (_BASE_NOUN_AFTER.match(self.text, m.end) or _TRAINING_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                                            or self._used_by_system(m)):
                self.system_base = m.name
                return m.params_b, "text"
        # "In our experiments, OSCToM-8B gives the best overall result": the one sized variant of the system
        # the abstract names, in billions (not several: "Ishigaki-IDS-8B ... 14B and 32B variants"; not a count of
        # data: "CineDance-1M", a dataset of a million videos)
        variants = glued_sizes(self.text, self.systems[0])
        if len(variants) == 1 and not _OTHER_SIZES_OF_SYSTEM.search(self.text):
            return variants.pop(), "name"
        # "we release Meta WikiExpert-8B": the system's own name states its size
        named_size, _ = size_from_name(self.systems[0])
        if named_size is not None and _sized_in_billions(self.systems[0].split()[-1]):
            return named_size, "name"
        # "We apply X to two pretrained LMs (Mistral-7B-Instruct and Llama2-7B-Chat)": all one size
        for s0, s1 in self.sents:
            sent = self.text[s0:s1]
            if "ppl" in sent and any(sent[m.end():m.end() + len(x)].lower() == x.lower() and _TO_AFTER.match(sent, m.end() + len(x))
                                     for m in _APPLY_VERB.finditer(sent) for x in self.systems):
                bases = [m for m in self.models if s0 <= m.start < s1 and m.params_b is not None]
                sizes = {m.params_b for m in bases}
                if len(sizes) == 1:
                    if len({m.name for m in bases}) == 1:
                        self.system_base = bases[0].name   # "Applying X to Qwen2.5-1.5B": the base model
                    return sizes.pop(), "text"
        return None, None

    def _size_stated_near(self, n: Num, model: ModelHit, s1: int) -> tuple[float | None, str | None]:
        """The size the text gives a named model along with its result: between the name and
        the number ('For YOLO-Nano with only 0.91M parameters ..., we get 25.3% AP'), or right
        after the number, before any other number ('55.1 AP on COCO with 77M parameters').
        Not when another model is named between the name or the number and the size (its size, then)."""
        spans = []
        if model.end <= n.start:
            spans.append((model.end, n.start))
        # after the number: up to the next value that is not in the same list ("2.9%/7.0% with
        # only 10M parameters": both) and not a size itself
        prev, nxt = n, s1
        for x in self.numbers:
            if x.start < n.end or x.is_magnitude or self.text[x.start - 1:x.start] == ":":   # (":95" of "mAP50:95")
                continue
            if _SIZED_LIST_GAP.match(self.text[prev.end:x.start]):
                prev = x
                continue
            nxt = x.start
            break
        spans.append((prev.end, min(s1, nxt, prev.end + 80)))
        found = []
        for a, b in spans:
            for m in _WITH_PARAMS.finditer(self.text, a, b):
                if any(a <= h.start < m.start() for h in self.models if h is not model):
                    continue   # (another model named first: its size, "... achieves an FID of 2.06, surpassing LlamaGen-3B with 3.1B parameters")
                found.append(m)
        if len(found) == 1:
            return _written_size(found[0].group("size"))
        return None, None

    def _size_in_sentence(self, s0: int, s1: int, stated: bool = True, upto: int | None = None) -> tuple[float | None, str | None]:
        """The size the sentence gives the paper's own model: 'with a small model of only
        10M parameters' (stated=False: not looked for), 'built on Gemma-2-9B-it' (the base
        model's size)."""
        sent = self.text[s0:s1]
        sizes = [] if not stated else [m for m in re.finditer(r"(?:\bmodel\s+(?:of|with)\s+(?:only\s+|just\s+|about\s+)?|\bwith\s+(?:only\s+|just\s+)?)(?P<size>\d+(?:\.\d+)?\s?(?:[BM]|billion|million))\s+param", sent)]
        if len(sizes) == 1:
            return _written_size(sizes[0].group("size"))
        bases = [m for m in self.models if s0 <= m.start < s1 and m.params_b is not None
            and _BASE_BEFORE.search(self.text, max(s0, m.start - 40), m.start)
            and not _COMPONENT_AFTER.match(self.text, m.end)   # "with a ResNet-50 backbone": a part, not the base
            # a registry model ("with Square-10M" names data, not a base), a sized member of a registered
            # family ("on Qwen2.5-72B, it reduces"), or a model known by its size ("On a 9B MoE model, NITP")
            and (registry_model(m.name) or registry_family(m.name) and _NAME_SIZE.search(m.name) is not None
                 or m.generic or _SIZE_FIRST.match(m.name) is not None or m.params_source == "name")]
        if len({m.params_b for m in bases}) == 1:
            return bases[0].params_b, "text"
        # "on Qwen2.5-72B, it reduces ...; the same pattern remains stable on Llama-3.1-70B": the
        # base named last before the number, in its clause
        if upto is not None:
            near = [m for m in bases if m.end <= upto and ";" not in self.text[m.end:upto]]
            if near:
                return near[-1].params_b, "text"
        return None, None

    def unnamed_own_size(self, n: Num, s0: int, s1: int) -> tuple[float | None, str | None]:
        """A row with no model whose sentence is about the paper's unnamed system ('our method achieves
        ... on KITTI with only 194M parameters'): the one size the sentence states for it."""
        if not _OUR_SUBJECT.search(self.text, s0, n.start):
            return self._NO_SIZE
        stated = list(_WITH_PARAMS.finditer(self.text, s0, s1))
        return _written_size(stated[0].group("size")) if len(stated) == 1 else self._NO_SIZE

    def _with_size(self, m: ModelHit) -> ModelHit:
        """The paper's own system takes the size the abstract states for it; 'our 7B model'
        is the paper's system at that size."""
        if self.systems and m.start >= 0 and m.params_b is not None and _SIZED_MODEL.fullmatch(m.name) \
                and re.search(r"\bour\s+$", self.text[max(0, m.start - 5):m.start], re.IGNORECASE):
            return ModelHit(m.start, m.end, self.systems[0], m.params_b, None, "text")
        size, src = self.system_size
        if size is not None and (m.name.lower() in self._sys_low or m.name.lower().rstrip("s") in self._sys_low):   # (MARS, "SimCLRs")
            return ModelHit(m.start, m.end, m.name, size, m.active_params_b, src)
        if m.params_b is None and m.start >= 0 and not m.generic and m.name.lower() not in self._sys_low:
            # "the open-source LLaMA-3 70B achieve 91-94% ... LLaMA-3 zero-shot reaches": the one size
            # the abstract writes this name with is the size of its bare mentions
            low = m.name.lower()
            sizes = {h.params_b for h in self.models if h.params_b is not None and h.name.lower() != low
                     and h.name.lower().startswith(low) and _SIZE_THEN_VARIANT.fullmatch(h.name[len(low):].strip(" -_()"))}
            if len(sizes) == 1:
                return ModelHit(m.start, m.end, m.name, sizes.pop(), None, "text")
        return m

    def _z_bracketed_after_value(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'improves ... by +22.6 (4B) and +18.8 (8B) points': a size in brackets right after the value."""
        m = _BRACKETED_SIZE_AFTER_VALUE.match(self.text, n.end)
        return _written_size(m.group("size")) if m else self._NO_SIZE

    def _sized_bases_respectively(self, n: Num, model: ModelHit, s1: int) -> tuple[list[float | None], int] | None:
        """'by 7.1 and 2.8 points over GRPO for Qwen3-1.7B and Qwen3-4B respectively': a list of sized
        models after the values, each the base the row's method ran on (the sizes and where the list starts)."""
        if model.generic or not (model.name.lower() in self._sys_low or self._runs_on_a_base(model)):
            return None   # (the paper's system, named or not in the sentence, or a method the registry does not know)
        resp = self.text.find("respectively", n.end, s1)
        listed = [h for h in self.models if n.end < h.start < resp]
        if len(listed) < 2 or any(h.params_b is None or h.name == model.name for h in listed) \
                or not _BASES_FOR_BEFORE.search(self.text, max(0, listed[0].start - 12), listed[0].start) \
                or not all(_MODEL_LIST_JOIN.fullmatch(self.text, a.end, b.start) for a, b in zip(listed, listed[1:])) \
                or not _MODEL_LIST_JOIN.fullmatch(self.text, listed[-1].end, resp):
            return None
        return [h.params_b for h in listed], listed[0].start

    def _z_sizes_respectively(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'gains of 9.9 and 6.8 points for the 4B and 8B models, respectively': the values before a
        list of as many sizes (or of sized base models) go with them in order."""
        sent = self.text[n.end:s1]
        if "respectively" not in sent:
            return self._NO_SIZE
        m = _SIZE_LIST_MODELS.search(sent)
        if m is not None:
            sizes = [_written_size(x.group(0))[0] for x in _SIZE_ITEM.finditer(m.group("sizes"))]
            end = n.end + m.start()
        elif (bases := self._sized_bases_respectively(n, model, s1)) is not None:
            sizes, end = bases
        else:
            return self._NO_SIZE
        values = [x for x in self.numbers if s0 <= x.start < end and not x.is_magnitude]
        run = values[-len(sizes):]
        if len(run) != len(sizes) or n not in run or any(x.is_magnitude for x in self.numbers if run[0].start <= x.start < end):
            return self._NO_SIZE
        return sizes[run.index(n)], "text"

    def _z_at_size(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'(39.1 vs 20.9 at 7B)': the size a comparison is made at."""
        m = _AT_SIZE_AFTER.match(self.text, n.end)
        return _written_size(m.group("size")) if m else self._NO_SIZE

    def _z_at_size_later(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'reaching 93.7% on ALFWorld and 74.8% on WebShop at 1.5B parameters': the size the clause's
        results are stated at, later in the clause, with no model named between."""
        if model is not None and model.params_b is not None:
            return self._NO_SIZE   # (a model's own size comes first: 'Llama-3-8B ... at 70B scale' compares)
        m = _AT_SIZE_LATER.match(self.text, n.end, s1)
        if m is None or _CLAUSE_END.search(self.text, n.end, m.start("size")) \
                or any(n.end <= h.start < m.start("size") for h in self.models):
            return self._NO_SIZE
        return _written_size(m.group("size"))

    def _z_base_with_method(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'Qwen2.5-7B with SLOT achieves ...': a method written after the sized base it is applied to."""
        if not self._runs_on_a_base(model):
            return self._NO_SIZE
        for h in self.models:
            if h.params_b is not None and h.end <= model.start and _BASE_WITH_METHOD.fullmatch(self.text, h.end, model.start):
                return h.params_b, "text"
        return self._NO_SIZE

    def _z_sized_subject(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'the 2B model achieves gains of 99.1% ..., while the 7B model shows gains of 22.5%': the
        model known by its size that is the subject of the value's clause (the last one before it)."""
        found = list(_SIZED_SUBJECT.finditer(self.text, s0, n.start))
        if not found or ";" in self.text[found[-1].end():n.start] or any(found[-1].end() <= h.start < n.start and h.name == model.name for h in self.models):
            return self._NO_SIZE   # (not a model named after that subject: "the 32B variant surpasses GPT-4.1 by")
        return _written_size(found[-1].group("size"))

    def _z_of_the_model(self, n: Num, model: ModelHit, s0: int, s1: int):
        """The model's own size: in its name ('LLaMA-2-7B'), stated for the paper's system, or the registry's."""
        return (model.params_b, model.params_source)

    def _z_in_sentence(self, n: Num, model: ModelHit, s0: int, s1: int):
        """A generic model or the paper's unnamed system: the size the sentence gives ('with a
        small model of only 10M parameters', 'built on Gemma-2-9B-it')."""
        return self._size_in_sentence(s0, s1) if model.generic or model.start < 0 else self._NO_SIZE

    def _z_after_the_name(self, n: Num, model: ModelHit, s0: int, s1: int):
        """A size written right after the name: in brackets ('our proposed KLong (106B)
        surpasses ...') or before a model noun ('our DSPO-trained 7B model improves ...')."""
        if model.generic or model.start < 0:
            return self._NO_SIZE
        m = _SIZE_AFTER_NAME.match(self.text, model.end)
        size = parse_size((m.group("size") or m.group("size2")).replace(" ", "")) if m else None
        return (size, "text") if size is not None else self._NO_SIZE

    def _z_before_the_name(self, n: Num, model: ModelHit, s0: int, s1: int):
        """'our largest 5.0B-parameter EVA-02-CLIP-E/14+ ... achieves 82.0': the size written right before the name."""
        if model.generic or model.start < 0:
            return self._NO_SIZE
        m = _SIZE_BEFORE_NAME.search(self.text, max(s0, model.start - 30), model.start)
        return _written_size(m.group("size")) if m else self._NO_SIZE

    def _z_stated_near(self, n: Num, model: ModelHit, s0: int, s1: int):
        """A name in the sentence: the size stated with this result."""
        return self._NO_SIZE if model.generic or model.start < 0 else self._size_stated_near(n, model, s1)

    def _z_stated_for_the_name(self, n: Num, model: ModelHit, s0: int, s1: int):
        """The one size the abstract states for this name by apposition, anywhere in it ('we produce
        Orchestrator, an 8B model' ... 'On HLE, Orchestrator achieves 37.1%'), or for the family a tuned
        variant belongs to ('We release Llamion, a family of 14B-parameter ... models' ... 'Llamion-Base reaches')."""
        if model.generic or model.start < 0 or not self.named_sizes:
            return self._NO_SIZE
        sizes = self.named_sizes.get(model.name)
        if sizes is None:
            sizes = next((v for k, v in self.named_sizes.items() if model.name.startswith(k)
                          and _TUNED_VARIANT.fullmatch(model.name, len(k))), None)
        return (sizes[0], "text") if sizes is not None and len(set(sizes)) == 1 else self._NO_SIZE

    def _runs_on_a_base(self, model: ModelHit) -> bool:
        """A named model that may run on a base model: the paper's system, or a method the registry does not know."""
        return not model.generic and model.start >= 0 and (model.name.lower() in self._sys_low or registry_entry(model.name) is None)

    def _z_bracketed_base(self, n: Num, model: ModelHit, s0: int, s1: int):
        """The paper's system, or a method the registry does not know, with a sized model in
        brackets right after its result: the base it ran on ('DuSAR ... reaching 37.1% success
        on ALFWorld (Llama3.1-70B)')."""
        if not self._runs_on_a_base(model):
            return self._NO_SIZE
        for h in self.models:
            if h.params_b is not None and n.end < h.start <= min(s1, n.end + 60) \
                    and _BRACKET_OPENS.fullmatch(self.text, n.end, h.start) and self.text[h.end:h.end + 2].strip().startswith(")"):
                return h.params_b, "text"
        return self._NO_SIZE

    def _z_base_after_value(self, n: Num, model: ModelHit, s0: int, s1: int):
        """The paper's system, or a method the registry does not know, with a sized model right after
        its result: the base it ran on ('reaching ... $1.015$ on Gemma-2-2B-IT and $1.113$ on Gemma-2-9B-IT')."""
        if not self._runs_on_a_base(model):
            return self._NO_SIZE
        m = _BASE_RIGHT_AFTER_VALUE.match(self.text, n.end, s1)
        if m is None:
            return self._NO_SIZE
        h = next((h for h in self.models if h.start == m.end()), None)
        return (h.params_b, "text") if h is not None and h.params_b is not None and not h.generic \
            and not _COMPONENT_AFTER.match(self.text, h.end) else self._NO_SIZE

    def _z_base_model(self, n: Num, model: ModelHit, s0: int, s1: int):
        """The paper's system, or a method the registry does not know: the base model it runs on
        ('On TinyLLaMA-1.1B, the resulting X', 'with Llama-3.1-405B')."""
        if not self._runs_on_a_base(model):
            return self._NO_SIZE
        return self._size_in_sentence(s0, s1, stated=False, upto=n.start)


SIZE_STRATEGIES = (
    ("bracketed-after-value", SizeStrategies._z_bracketed_after_value),
    ("sizes-respectively", SizeStrategies._z_sizes_respectively),
    ("at-size", SizeStrategies._z_at_size),
    ("at-size-later", SizeStrategies._z_at_size_later),
    ("of-the-model", SizeStrategies._z_of_the_model),
    ("in-sentence", SizeStrategies._z_in_sentence),
    ("after-the-name", SizeStrategies._z_after_the_name),
    ("before-the-name", SizeStrategies._z_before_the_name),
    ("stated-near", SizeStrategies._z_stated_near),
    ("stated-for-the-name", SizeStrategies._z_stated_for_the_name),
    ("bracketed-base", SizeStrategies._z_bracketed_base),
    ("base-after-value", SizeStrategies._z_base_after_value),
    ("base-model", SizeStrategies._z_base_model),
    ("base-with-method", SizeStrategies._z_base_with_method),
    ("sized-subject", SizeStrategies._z_sized_subject),
)

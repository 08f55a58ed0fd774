"""The models an abstract names (find_models): registry names and their spellings, coined names
doing what models do, sizes written with them, and what is not a model (a unit of compute, an
organisation alone, a language pair). The registry look-ups (registry_entry, registry_family,
size_from_name) are in extract/name_basics.py, which benchmarks and systems share."""
from __future__ import annotations

import re

from claimboard.extract.cues import words
from claimboard.extract.lexicon import match_near
from claimboard.extract.name_basics import (
    _CAP_OR_DIGIT,
    _NAME_SIZE,
    _TASK_ACRONYM,
    TITLED_COMPOUND,
    _acts_gap,
    _looks_like_name,
    _sizes,
    find_word,
    model_lexicon,
    registry_entry,
    registry_family,
    size_from_name,
)
from claimboard.extract.names import (
    _LANGUAGES,
    _STOP_NAMES,
    _SYSTEM_SUFFIX,
    CAPS_INSIDE_NAME,
    ModelHit,
    _is_metric_name,
)
from claimboard.extract.numbers import parse_size
from claimboard.extract.spans import SpanSet

# A name-shaped token: pieces joined by - . _ / with an optional HF organisation.
_TOKEN = re.compile(
    r"""
    (?<![\w\-/.])
    (?=[\w\-./]*?(?:\d|[A-Z][\w\-./]*?[A-Z]))  # only tokens with a digit or two capitals: plain words are skipped fast
    (?P<tok>
        (?:[A-Za-z][\w\-]*/)?                    # Qwen/ google/ meta-llama/
        [A-Za-z][A-Za-z0-9]*                     # first piece
        (?:[\-_.][A-Za-z0-9]+)*                  # further pieces: -2 -7B .1 -Instruct
        (?::\d+(?:\.\d+)?[bBmM](?:[\-_.][A-Za-z0-9]+)*(?![\w:]))?   # an Ollama tag: llama3.2-vision:11b, qwen2.5:7b-instruct
    )
    (?P<version>\s\d+(?:\.\d+)?(?:\s(?:Pro|Ultra|Flash|Sonnet|Opus|Haiku|Turbo|Mini|mini|Nano|Max|Plus|Instruct|Chat|Vision|Large|Small|Medium))?(?![\w\-%]))?  # "Llama 3.1", "Claude 3.5 Sonnet" (families only)
    (?P<space_size>\s(?:\d+(?:\.\d+)?[BM]|\d+x\d+B)(?![\w\-]))?   # "LLaMA-2 7B", "Mistral 7B", "8x7B"
    (?P<paren_size>\s?\((?:\d+(?:\.\d+)?[BM])\))?                 # "GPT-Neo (125M)"
    (?![\w])
    """,
    re.VERBOSE,
)
_VERSION_NAME = re.compile(r"^[A-Z][A-Za-z]*-?\d+(?:\.\d+)?[A-Za-z]?$")   # GPT-4, GPT-4V, T5, PaLM2
# searched in lowered text (no re.IGNORECASE: several times faster), near its words only
_GENERIC_MODEL = re.compile(
    r"""
    (?<![\w\-])
    (?:the\s+)?
    (?P<name>
        (?:best|strongest|top|leading|most\ advanced)(?:[\s\-]performing)?\s+
        (?:open[\s\-]source\s+|proprietary\s+|closed[\s\-]source\s+|general[\s\-]purpose\s+|reasoning[\s\-]specialized\s+)?
        (?:lmm|llm|mllm|vlm|lvlm|model|system|agent|method)s?
      | (?:(?<=\ba\s)|(?<=\bour\s)|(?<=\.\sthe\s)|(?<=^the\s))\d+(?:\.\d+)?[bm](?:[\s\-]parameters?)?\s+(?:[\w\-]+\s+){0,2}?model   # "a 7B model", "a 1.3B generation model", "our 7B model", "a 7B parameter language model", a sentence's subject "The 3B model achieves"
      | humans?(?=\s+(?:performance|experts?|specialists?|clinicians?|doctors?|radiologists?|physicians?|baseline|accuracy|level|annotators?|respondents|participants|raters|evaluators|players|subjects)|\s*$|\s*[,.)(]
                  |\s+(?:only\s+)?(?:reach|achiev|scor|obtain|attain|get|perform|answer|solv)\w*)   # human performance; "humans reach 89.8%"
      | (?:a\ )?human(?=\s+who)
    )
    """,
    re.VERBOSE,
)
# every _GENERIC_MODEL match starts at most 16 characters before one of these (lowered)
_GENERIC_ANCHOR = re.compile(r"best|strongest|top|leading|most\ advanced|human|\d[bm]")


_SIZE_TAIL = re.compile(r"(?:[\-\s](?:\d+(?:\.\d+)?[BM]|\d+x\d+B)(?![\w\-])|\s?\((?:\d+(?:\.\d+)?[BM])\))")


_VERSION_TIER_TAIL = re.compile(r"\s\d(?:\.\d)?(?:\s(?:Pro|Flash|Ultra|Nano|Lite|Mini|Max|Plus|Turbo|Sonnet|Opus|Haiku|Thinking|Omni))?(?![\w\-.%])(?!\s*(?:%|(?:points?|pp)\b))")
_ACTS = re.compile(r"(?:\s+(?:\w+\s+)?(?:achieves|gets|scores|attains|obtains|reaches|yields|surpasses|outperforms|improves|sets|records|provides|delivers"
                   r"|demonstrates|shows|exhibits|delivers|drops|falls|declines|degrades|balances|excels|generali[sz]es|performs|retains|maintains|preserves)"
                   # the past and -ing forms right after the name: "Wave-U-Net achieved", not "F1-score was obtained"
                   # (not "obtained", "performed": "CoEs obtained using ...", "experiments performed on" are passives)
                   r"|\s+(?:achieved|attained|reached|yielded|surpassed|outperformed|scored|demonstrated|showed|exhibited|delivered|retained|maintained"
                   r"|achieving|attaining|obtaining|reaching|yielding|scoring|outperforming|surpassing"
                   # ("MRSeg obtained a Dice score of 80.7": 'obtained' with what it obtained, an article or a value)
                   r"|obtained(?=\s+(?:an?\s|the\s+(?:best|highest|lowest)\b|[\d~≈]))|performed(?=\s+(?:best|better|worse)\b)"
                   # "DINOv2 has the best same-dataset AUC (up to 0.901 on Ped2)"
                   r"|(?:has|had)(?=\s+the\s+(?:best|highest|lowest|strongest|top)\b))"
                   r"|\s*,\s*(?:which|that|who)\s+(?:\w+\s+)?(?:achieve[sd]|gets|got|score[sd]|attain(?:s|ed)|obtain(?:s|ed)|reache[sd]|yield(?:s|ed)|surpass(?:es|ed)|outperform(?:s|ed))"
                   # a name set off in apposition before its verb: "the best ... method, DetailView, reached"
                   r"|\s*,\s*(?:achieved|reached|attained|obtained|scored|achieves|reaches|attains|obtains|scores))\b(?!\s+of\b)")
# "the VideoMAE variant", "the TabNet architecture" (one system: "SWE agents", "MOS models" are kinds)
# ("the KoBERT and KcBERT models": the first of two coordinated names takes the noun too)
_SYSTEM_NOUN_AFTER = re.compile(r"(?:\s+and\s+" + CAPS_INSIDE_NAME + r"\s+(?i:model|variant|network|architecture|classifier|detector|agent)s"
                                r"|\s+(?i:model|variant|network|architecture|classifier|detector|agent))(?![\w\-])(?!\s+(?i:of|for|on|to)\b)")
_PLURAL_SYSTEM_NOUN_AFTER = re.compile(r"\s+(?i:models|variants|networks|architectures|classifiers|detectors|agents)(?![\w\-])")
_COINED_AND_BEFORE = re.compile(r"(?<![\w\-])" + CAPS_INSIDE_NAME + r"\s+and\s+$")
# Title-cased hyphenated words ("Pre-Trained", "Self-Supervised") are not coined names
_BEATEN_BEFORE = re.compile(r"\b(?:" + words("beat_verb") + r")\s+(?:the\s+)?$")
# "a ResNet-based CNN", "GPT-4-like models": an adjective made of a name, not the model
_NEW_NETWORK_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:CNNs?|networks?|models?|architectures?|backbones?|encoders?|decoders?|detectors?|classifiers?|frameworks?|structures?|modules?)\b", re.IGNORECASE)
_ADJECTIVE_COMPOUND = re.compile(r"-(?:based|like|style|inspired|driven|guided|powered|enhanced|assisted|aware|specific|oriented|centric|generated|derived)$", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
_OUR_BEFORE = re.compile(r"\bour\s+$", re.IGNORECASE)
_CITE_OPEN = re.compile(r"\\cite[a-z]*\*?\{[^{}]*$")
_NEWER_VERSION = re.compile(r"\.\d+(?![\w.\-])")
_GLUED_PIECE = re.compile(r"[\-_./][A-Za-z0-9]|:\d")
_SIZE_AT = re.compile(r"\d+(?:\.\d+)?[BM]")
def _metric_named(name: str) -> bool:
    """The whole name is a metric's of the registry ('CLIP-I'), not a name holding one ('AP-OOD')."""
    from claimboard.schema.vocab import canonical_metric

    m = canonical_metric(name)
    return m is not None and m.name.lower() == name.lower()


def find_models(text: str, lowered: str, systems: list[str], bench_spans: list[tuple[int, int]]) -> list[ModelHit]:
    hits: list[ModelHit] = []

    taken = SpanSet(bench_spans)   # benchmark names and the model names found so far

    def overlaps(s, e):
        return taken.overlaps(s, e)

    def add(hit: ModelHit) -> None:
        hits.append(hit)
        taken.add(hit.start, hit.end)

    for m in match_near(_GENERIC_MODEL, lowered, _GENERIC_ANCHOR, before=16):
        s = m.start("name")
        name = text[s:m.end("name")]
        if overlaps(s, s + len(name)):
            continue
        size = _SIZE_AT.match(name)
        if size:  # "a 7B model": a model known by its size
            add(ModelHit(s, s + len(name), name, parse_size(size.group(0)), None, "text"))
        else:
            add(ModelHit(s, s + len(name), name.lower() if name.lower().startswith(("human", "a human")) else name,
                                 generic=True))
    sys_low = {n.lower() for n in systems}
    # multi-word registry names first ("Multimodal Bard", "Claude 3 Opus"), written with a capital or digit
    for h in model_lexicon().find(text, lowered):
        # (or a hyphenated spelling the registry lists, in lower case: "whisper-small achieves WER 24.89%")
        if (_CAP_OR_DIGIT.search(h.text) or "-" in h.text.strip("-")) and not overlaps(h.start, h.end):
            newer = _NEWER_VERSION.match(text, h.end) if h.text[-1].isdigit() and " " in h.text else None
            if h.start > 0 and text[h.start - 1] in "/-_." or _GLUED_PIECE.match(text, h.end, h.end + 2) and newer is None:
                continue  # part of a longer token (Qwen/Qwen2-7B-Instruct): the token rule handles it
            if newer is not None:   # "Claude Opus 4.6": a newer version of a registered name, not that model
                add(ModelHit(h.start, newer.end(), text[h.start:newer.end()], None, None, None))
                continue
            tail = _SIZE_TAIL.match(text, h.end)
            end = tail.end() if tail else h.end
            if tail is None and not any(c.isdigit() for c in h.text) and (ver := _VERSION_TIER_TAIL.match(text, h.end)) is not None:
                end = ver.end()   # "Gemini 3.1 Pro": a version the registry does not list yet, after a family's name
            name = text[h.start:end]
            params, active, source = _sizes(name, h.entry, paren=bool(tail and "(" in tail.group(0)))
            add(ModelHit(h.start, end, name, params, active, source))
    # the paper's own system names, also when they are ordinary capitalised words (Reflexion)
    if systems:
        for x in sorted(systems, key=len, reverse=True):
            for s, e in find_word(text, x, _SYSTEM_SUFFIX):
                if not overlaps(s, e):
                    params, active = size_from_name(text[s:e])
                    add(ModelHit(s, e, text[s:e], params, active, "name" if params else None))
    for m in _TOKEN.finditer(text):
        tok = m.group("tok").rstrip(".")
        s, e = m.start("tok"), m.start("tok") + len(tok)
        space_size = m.group("space_size")
        paren_size = m.group("paren_size")
        low = tok.lower()
        family = registry_family(tok)
        version = m.group("version") if family else None
        if m.group("version") and not family:
            space_size = paren_size = None  # "Table 3": a version only follows a known family
        is_model = (
            low in sys_low or low.rstrip("s") in sys_low
            or any(low.startswith(x + "-") for x in sys_low)                      # EfficientNet-B7
            or _looks_like_name(tok) and _OUR_BEFORE.search(text, max(0, s - 5), s) is not None  # "our VideoChat2"
            or bool(_NAME_SIZE.search(tok)) and bool(_LETTER.search(_NAME_SIZE.sub("", tok)))
            or family
            or bool(space_size) and tok[0].isupper()
            # a coined name doing what models do: "Sphinx-X-MoE gets 43.6%", "Attention ResUNet (AResUNet) attained",
            # "Inception-UNet and Xception-UNet achieved" (the first of two coordinated coined names)
            or _looks_like_name(tok) and not _is_metric_name(tok) and low not in _STOP_NAMES
            and _ACTS.match(text, m.end("tok") + _acts_gap(text, m.end("tok")), m.end("tok") + 80) is not None
            # a coined name with its system noun: "the VideoMAE variant", "the TabNet architecture"
            or _looks_like_name(tok) and not _is_metric_name(tok) and low not in _STOP_NAMES
            and _SYSTEM_NOUN_AFTER.match(text, m.end("tok")) is not None
            and not TITLED_COMPOUND.fullmatch(tok) and not _TASK_ACRONYM.fullmatch(tok)
            # ... and the second of two coordinated coined names with a plural noun: "the KoBERT and KcBERT models"
            or _looks_like_name(tok) and _PLURAL_SYSTEM_NOUN_AFTER.match(text, m.end("tok")) is not None
            and _COINED_AND_BEFORE.search(text, max(0, s - 40), s) is not None
            # the object of a comparison: "Medal S outperforms SAT with a DSC of"
            or _looks_like_name(tok) and not _is_metric_name(tok) and low not in _STOP_NAMES
            and _BEATEN_BEFORE.search(text, max(0, s - 24), s) is not None
        )
        if not is_model or overlaps(s, e) or _CITE_OPEN.search(text, max(0, s - 40), s):
            continue   # ("DialNav~\\cite{han2025dialnav} provides": a citation key)
        adjective = _ADJECTIVE_COMPOUND.search(tok)
        if adjective:
            # "a GPT-4-based agent" runs GPT-4; "a ResNet-based CNN" is a new network, no registered model
            tok, version, space_size, paren_size = tok[:adjective.start()], None, None, None
            # (a sized member of a registered family runs too: "a Qwen3-32B-based agent")
            if registry_entry(tok) is None and not (registry_family(tok) and _NAME_SIZE.search(tok)) \
                    or _NEW_NETWORK_AFTER.match(text, e, e + 40):
                continue
        tok = tok + (version or "")
        name = tok + (space_size or "") + (paren_size or "")
        end = s + len(name)
        params, active, source = None, None, None
        if paren_size:
            params, source = parse_size(paren_size.strip(" ()")), "text"
        elif space_size:
            params, source = size_from_name(space_size.strip())[0], "name"
        else:
            params, active = size_from_name(tok)
            source = "name" if params else None
        entry = registry_entry(tok)
        if entry is not None and entry.params_b is not None and (params is None or "x" in tok.lower()):
            params, active, source = entry.params_b, entry.active_params_b, "registry"
        add(ModelHit(s, end, name, params, active, source))
    hits.sort(key=lambda h: h.start)
    # not models: a benchmark's name written elsewhere ("LUMINA-26"), a unit of compute ("FLOPs"),
    # an organisation alone ("OpenAI"), a language pair ("Vietnamese-English")
    # ... a metric's acronym ("the Pearson Correlation Coefficient (PCC) reaches 0.9"), a label in a
    # numbered sequence ("(T0), ... (T0 + T1), ... (T0 -> T3)": time points, not the T0 model)
    bench_names = {lowered[a:b] for a, b in bench_spans}
    # ... a metric named after a model ("CLIP-I", "CLIP-T": similarities measured with CLIP)
    return [h for h in hits if h.generic or not (h.name.lower() in bench_names or NOT_A_MODEL.fullmatch(h.name) or "-" in h.name and _metric_named(h.name)
                                                 or _LANGUAGE_PAIR.fullmatch(h.name.lower())
                                                 or "(" in text and _defined_for_metric(text, h.name)
                                                 or _in_numbered_sequence(text, h.name)
                                                 or h.start >= 4 and _JUDGE_NAME.match(text, h.end) is not None
                                                 and text[max(0, h.start - 4):h.start].lower() == "the ")]


# "an increase of 7.04 points in the ChatGPT score", "the GPT-4o judge": a model that names a metric or a judge
_JUDGE_NAME = re.compile(r"\s+(?:scores?(?!\s+of\s+[\d.])|judges?|evaluators?|graders?)\b")
# a metric's head word right before an acronym in brackets
_METRIC_HEAD_BEFORE = re.compile(r"(?i:coefficient|score|rate|error|accuracy|index|ratio|distance|loss|precision|recall|similarity|correlation|measure|metric)\s*\(\s*$")
_LETTER_DIGIT = re.compile(r"(?P<letter>[A-Z])(?P<digit>\d)")


def _defined_for_metric(text: str, name: str) -> bool:
    return any(_METRIC_HEAD_BEFORE.search(text, max(0, s - 40), s) and text[e:e + 3].lstrip().startswith(")")
               for s, e in find_word(text, name))


def _in_numbered_sequence(text: str, name: str) -> bool:
    """'T0' joined to 'T1' or 'T3' ('T0 + T1', 'T0 -> T3'): one label of a numbered sequence."""
    m = _LETTER_DIGIT.fullmatch(name)
    if m is None:
        return False
    other = m.group("letter") + r"\d"
    # joined by an operator of a sequence ("S4, and S5" are two models of a list)
    return re.search(rf"(?<![\w\-])(?:{name}\s*(?:\+|->|→|-|–|~|to)\s*{other}|{other}\s*(?:\+|->|→|-|–|~|to)\s*{name})(?![\w\-])", text) is not None


NOT_A_MODEL = re.compile(r"(?i:[gtmk]?flops|macs|params?|parameters|sota|openai|google|meta|microsoft|anthropic|nvidia|amazon|apple|baidu|alibaba|tencent|hugging\s?face)")
_LANGUAGE_PAIR = re.compile(r"(?:" + "|".join(_LANGUAGES) + r")\s*(?:-|->|→|to)\s*(?:" + "|".join(_LANGUAGES) + r")")

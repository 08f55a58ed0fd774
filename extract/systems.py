"""The paper's own systems (methods, models): "we propose X", "we introduce X, a ...", "X:" in the
title, its acronym in brackets, a title that opens with the method's name. own_systems() is the
one entry point; extract/name_basics.py keeps the checks that benchmarks share with it (_only_as_system,
_our_system_named, _system_acts)."""
from __future__ import annotations

import re

from claimboard.extract.cues import words
from claimboard.extract.events import title_event
from claimboard.extract.lexicon import finditer_near, lower_same_length
from claimboard.extract.name_basics import (
    _SYSTEM_NOUNS,
    _TASK_ACRONYM,
    EVALUATION_HEAD,
    GENERIC_MODEL_WORDS,
    INTRO_OPENING,
    _looks_like_name,
    _only_as_system,
    _our_system_named,
    find_word,
    introduced_as_system,
    registry_family,
)
from claimboard.extract.names import _STOP_NAMES, TITLED_HEADS, sentence_initial

# The paper's own system: "we propose X", "we introduce X, a ...", "X:" in the title.
# every _INTRO_SYSTEM match holds one of these verbs (in lowered text): searched only around them
_INTRO_VERB = re.compile(r"propos|introduc|present|develop|design|build|release|describ")
# a coined name that opens with a digit: "4DLangVGGT", "3DGS"
_DIGIT_LED_NAME = re.compile(r"\d+[A-Z]+[a-z]*[A-Z][\w\-]*")
# a lower-case coined name in apposition with a model's noun: "we introduce llama-nemoretriever-colembed,
# a unified text-image retrieval model"
_LOWER_NAME_APPOSITION = re.compile(r"\s*,\s+(?:a|an)\s+(?:[\w\-]+\s+){0,5}?(?:" + _SYSTEM_NOUNS + r"|llms?)\b")
_INTRO_SYSTEM = re.compile(
    r"""
    (?i:(?:\b(?:we|this\ paper|this\ work|the\ paper)\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design|build|release|describe)(?:s|d|ed)?
         |\bby\s+(?:proposing|introducing|presenting|developing|designing)|,\s+and\s+(?:propose|introduce)s?)\s+
    (?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,6}?(?:[\w\-]+,\s*(?:the|a|an)\s+)??(?:(?:called|named|dubbed|termed|namely|i\.e\.,?)\s+)?)
    (?P<name>[A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*(?:\s+[A-Z][\w\-]*){1,5}(?=\s*\([A-Z])   # "Attribute-Induced Bias Eliminating (AIBE)"
       |(?=[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+[A-Z][\w\-]*[A-Z0-9][\w\-]*[.,;:])   # "a hybrid Attention U-Net GAN."
        [A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3}(?=[.,;:])
       |[A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*\+{0,2}(?:\s+[a-z]+\s+[A-Z][A-Za-z]+)?
       |""" + _DIGIT_LED_NAME.pattern + r"""   # X, X++, "Composition of Experts", or "4DLangVGGT"
       |[a-z][a-z0-9]*(?:-[a-z0-9]+){1,4}(?=\s*,\s*(?:a|an|the)\s))   # "we introduce llama-nemoretriever-colembed, a ... model" (checked below)
    (?:\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\))?
    """,
    re.VERBOSE,
)
# Ordinary capitalised words that the introduction pattern must not take for a name.
_COMMON_CAPS = {"we", "the", "a", "an", "in", "this", "our", "large", "language", "new", "novel", "simple", "first", "api", "apis",
                "it", "to", "for", "with", "by", "on", "as", "two", "three", "several", "both", "each", "these"}


def _named_inside(text: str, word: str) -> bool:
    return any(not sentence_initial(text, s) for s, _ in find_word(text, word))


_TITLE_ACRONYM = re.compile(r"^(?P<name>[A-Z][^:()]{2,80}?)\s*\((?P<acr>[A-Za-z][\w\-+.]*)\)\s*:")


def _title_initials(title: str) -> str | None:
    """'Detect Anything in Real Time: From ...' -> 'DART' (three letters at least)."""
    head = title.split(":", 1)[0]
    words = re.findall(r"[A-Za-z][\w'\-]*", head)
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials if 3 <= len(initials) <= 8 and len(words) <= 10 else None


def own_systems(text: str, title: str, benches: list[str], lowered: str | None = None, own: tuple[str, ...] = ()) -> list[str]:
    """Names of the systems (methods, models) the paper introduces, acronyms first. own: the
    paper's own benchmarks (never its system, even when introduced the same way)."""
    bench_low = {b.lower() for b in benches}
    own_low = {o.lower() for o in own}
    out: list[str] = []
    intro: list[tuple[int, str]] = []   # (where, name): the introductions, in the order the abstract makes them
    anchor = lowered if lowered is not None else lower_same_length(text)
    # "We propose a Structured Unified Relational knowledGE distillation framework for SAR Ship
    # detection (SURGE)": a long name, lower-case words and all, then its acronym
    for m in finditer_near(_INTRO_LONG_ACRONYM, text, _INTRO_VERB, before=60, after=260, anchor_text=anchor):
        acr, name = m.group("acr"), m.group("name")
        if (acr[0].lower() == name[0].lower() or _capitals_spell(name, acr)) and sum(c.isupper() for c in acr) >= 2 and not _HEAD_LAST.search(name.rstrip()) \
                and not _BENCH_HEAD_NEXT.match(text, m.end("acr")) and acr.lower() not in own_low \
                and (acr.lower() not in bench_low or _capitals_spell(name, acr)) \
                and acr.lower() not in _STOP_NAMES and not _TASK_ACRONYM.fullmatch(acr) \
                and not re.search(r"\b(?:" + TITLED_HEADS + r")s?\b", name):
            intro.append((m.start(), acr))
    # "this paper proposes a novel clustering-guided self-supervised multi-layer contrastive representation
    # learning (CMCRL) algorithm": a name in lower case whose initials the acronym spells
    for m in finditer_near(_INTRO_LOWER_ACRONYM, text, _INTRO_VERB, before=60, after=260, anchor_text=anchor):
        acr, name = m.group("acr"), m.group("name")
        if _initials_spell(name, acr) and _COINED_ACRONYM.fullmatch(acr) and not _HEAD_LAST.search(name.rstrip()) and not _BENCH_HEAD_NEXT.match(text, m.end("acr")) \
                and not _DATA_HEAD_AFTER_ACRONYM.match(text, m.end()) and acr.lower() not in bench_low | own_low \
                and acr.lower() not in _STOP_NAMES and not _TASK_ACRONYM.fullmatch(acr) and not re.search(r"\b(?:" + TITLED_HEADS + r")s?\b", name, re.IGNORECASE):
            intro.append((m.start(), acr))
    for m in finditer_near(_INTRO_SYSTEM, text, _INTRO_VERB, before=60, after=260, anchor_text=anchor):
        name = m.group("name")
        if not name[0].isupper() and not (_DIGIT_LED_NAME.fullmatch(name) and not _BENCH_LIKE.search(name)) \
                and not (name[0].islower() and "-" in name and _LOWER_NAME_APPOSITION.match(text, m.end("name"))):
            continue
        if _HEAD_LAST.search(name) or _DATA_HEAD_BEFORE.search(text, m.start(), m.start("name")):
            continue   # "we introduce the Low-Light Smartphone Dataset (LSD)", "introduce the human-annotated dataset LOBSTER": a dataset
        if text[m.start()] == "," and _BENCH_LIKE.search(name):
            continue   # "..., and introduce MedMisBench to measure it": the paper's benchmark
        for cand in (m.group("acr"), name):
            if not cand or cand.lower() in _STOP_NAMES or cand.lower() in _COMMON_CAPS:
                continue
            if cand.lower() in bench_low and (cand.lower() in own_low or not _only_as_system(text, cand) and not introduced_as_system(text, cand)):
                continue   # a benchmark's name the paper evaluates on, not its system
            if (GENERIC_MODEL_WORDS.search(cand) or re.fullmatch(r"multi-?\w*", cand, re.IGNORECASE)) or _TASK_ACRONYM.fullmatch(cand):
                continue  # generic: "Multi-modal Large Language Models", "LLMs"
            # an ordinary capitalised word counts only when set off: ", the Transformer,", "named Conformer."
            end = m.end("name") if cand == name else m.end("acr")
            if _BENCH_HEAD_NEXT.match(text, end):
                continue   # "our system for the BLEMORE Challenge": the evaluation, not the system
            # (or in apposition with a system noun: "we present Clue (Clustering and ...), a ... verifier")
            if _looks_like_name(cand) or re.match(r"\s*[,.;:)]", text[end:end + 2]) or introduced_as_system(text, cand):
                intro.append((m.start(), cand))
    # "we present a full-page HDR dataset (FPHDR) and a novel automated HDR solution (AutoHDR)":
    # the second thing introduced, a system named by its acronym
    for m in finditer_near(_INTRO_SECOND_SYSTEM, text, _INTRO_VERB, before=10, after=300, anchor_text=anchor):
        acr = m.group("acr")
        if _looks_like_name(acr) and acr.lower() not in bench_low | own_low and acr.lower() not in _STOP_NAMES \
                and not _TASK_ACRONYM.fullmatch(acr) and not _BENCH_HEAD_NEXT.match(text, m.end("acr")):
            intro.append((m.start("acr"), acr))
    out.extend(cand for _, cand in sorted(intro, key=lambda x: x[0]))
    # "our detector, named ViTDet,", "we train a new model, HTML-T5++, that": the system named in apposition
    for m in _NAMED_SYSTEM.finditer(text):
        cand = m.group("name")
        if cand.lower() in bench_low or cand.lower() in _STOP_NAMES or cand.lower() in _COMMON_CAPS:
            continue
        if _looks_like_name(cand) or re.match(r"\s*[,.;:)]", text[m.end("name"):m.end("name") + 2]):
            out.append(cand)
    for m in _TITLED_SYSTEM.finditer(text):
        if _HEAD_LAST.search(m.group("name")) or _BENCH_HEAD_NEXT.match(text, m.end()):
            continue   # "we introduce the Low-Light Smartphone Dataset (LSD)": a dataset
        for i, cand in enumerate((m.group("acr"), m.group("name"))):
            if _TASK_ACRONYM.fullmatch(cand):
                continue   # "Automatic Speech Recognition (ASR)": a task
            if cand.lower() not in bench_low and cand.lower() not in _STOP_NAMES and not _HEAD_LAST.search(cand) \
                    and (i == 1 or _looks_like_name(cand)):
                out.append(cand)
    for m in _CALLED_COINED.finditer(text):
        cand = m.group("name")
        if _looks_like_name(cand) and cand.lower() not in bench_low and cand.lower() not in _STOP_NAMES \
                and not _TASK_ACRONYM.fullmatch(cand) and not _BENCH_HEAD_NEXT.match(text, m.end("name")):
            out.append(cand)
    # "the proposed SnapResNet152 model", "our DViT network": a coined name before a system noun
    # (first: "Our Athena framework achieves 83%" says whose the results are, an ordinary word too)
    proposed = []
    for m in _PROPOSED_NAME.finditer(text):
        cand = m.group("name")
        if _DESCRIBING_SUFFIX.search(cand):
            continue   # "our Transformer-based model", "the CoT-supervised model": a description, not a name
        if (_looks_like_name(cand) or re.fullmatch(r"[A-Z][a-z]{3,}", cand) and cand.lower() not in _COMMON_CAPS) and cand.lower() not in bench_low \
                and cand.lower() not in _STOP_NAMES and not registry_family(cand) and not _TASK_ACRONYM.fullmatch(cand):
            proposed.append(cand)
    out[:0] = proposed
    # "Reflexion: Language Agents with ...", "Swin Transformer: ..." name the paper's system
    # (a version may follow the name: "wav2vec 2.0: A Framework ...", "Llama 2: Open ...")
    # (a name may open with a digit when it is a coined one: "4DLangVGGT: ...")
    t = re.match(r"^((?:[A-Za-z]|(?=" + _DIGIT_LED_NAME.pattern + r")\d)[\w\-\+\.]*[A-Za-z0-9](?:\s+(?:[A-Z][\w\-\+\.]*|v?\d+(?:\.\d+)*)){0,2})\s*:", title)
    if t and t.group(1)[0].isdigit() and _BENCH_LIKE.search(t.group(1)):
        t = None   # "3MDBench: Medical Multimodal ... Benchmark": the paper's benchmark
    if t and (t.group(1).lower() not in bench_low
              or t.group(1).lower() not in own_low and (_only_as_system(text, t.group(1)) and _our_system_named(text, t.group(1))
                                                         or introduced_as_system(text, t.group(1)))) \
            and t.group(1).lower() not in _COMMON_CAPS \
            and (any(_looks_like_name(w) for w in t.group(1).split()) or _named_inside(text, t.group(1))):
        # ordinary words ("Question: How do LLMs ...", "Visualizing Language: ...") name a system only
        # if the abstract writes them capitalised inside a sentence ("Reflexion: ..." -> "... we propose Reflexion");
        # the title's name is the paper's main system: first ("SChanger: ..." before its module SCN)
        out.insert(0, t.group(1))
    # "Attention Xception UNet (AXUNet): A Novel ...": the title names the system, its acronym in brackets
    t = _TITLE_ACRONYM.match(title)
    if t and _looks_like_name(t.group("acr")) and t.group("acr").lower() not in bench_low | own_low \
            and t.group("acr").lower() not in _STOP_NAMES and not _TASK_ACRONYM.fullmatch(t.group("acr")) \
            and not _HEAD_LAST.search(t.group("name")) and find_word(text, t.group("acr")):
        out.insert(0, t.group("acr"))
    # "Equalization Loss for Large Vocabulary ...", "Patch Slimming for Efficient ...": the
    # title opens with the method's name, which the abstract uses too
    t = _TITLE_METHOD.match(title)
    if t and not t.group(1).split()[0].endswith("ing") and not all(w.lower() in _GENERIC_TITLE_WORDS for w in t.group(1).split()) \
            and t.group(1).lower() in (lowered if lowered is not None else text.lower()) and t.group(1).lower() not in bench_low \
            and not (_TASK_HEAD.search(t.group(1)) and not any(_looks_like_name(w) for w in t.group(1).split())
                     and not _named_inside(text, t.group(1))):
        # (a task the abstract writes in lower case, "automatic radiology report generation", names no system)
        out.append(t.group(1))
    # "Detect Anything in Real Time: ..." and "... DART achieves 55.8 AP": the initials of the
    # title's capitalised words name the system when the abstract writes them
    acr = _title_initials(title)
    if acr and find_word(text, acr) and acr.lower() not in own_low and acr.lower() not in _STOP_NAMES \
            and not _TASK_ACRONYM.fullmatch(acr) and (acr.lower() not in bench_low or _only_as_system(text, acr)):
        out.append(acr)
    # "PSK at SemEval-2026 Task 9: ...": the team's system
    event = title_event(title)
    if event and len(event[0].split()) <= 3 and event[0].lower() not in _COMMON_CAPS:
        out.insert(0, event[0])
    seen, uniq = set(), []
    for n in out:
        if BENCH_NAMED.search(n):
            continue   # "we introduce ADR-Bench (302 tasks, ...)": a benchmark, not a system
        if event and event[1].lower().startswith(n.lower()):
            continue   # "our system for SemEval-2026 Task 9": a part of the task's name
        if "(" in text and re.search(r"[a-z]s\s*\(\s*" + re.escape(n) + r"s\s*\)", text):
            continue   # "Micro-expressions (MEs) are ...": a plural acronym names what is studied, not a system
        if n.lower() not in seen:
            seen.add(n.lower())
            uniq.append(n)
    return uniq


# "we propose a ... framework for SAR Ship detection (SURGE)"
_INTRO_LONG_ACRONYM = re.compile(
    INTRO_OPENING + r"(?:(?i:a|an|the)\s+)?"
    r"(?:(?i:novel|new|simple|unified|general|lightweight|efficient)\s+)?(?P<name>[A-Z][^.;:()]{5,140}?)\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{2,15})\)")
_INTRO_LOWER_ACRONYM = re.compile(
    INTRO_OPENING + r"(?:(?i:a|an|the)\s+)?(?:(?i:novel|new|simple|unified|general|lightweight|efficient)\s+)?(?P<name>[a-z][^.;:()A-Z]{5,140}?)\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{2,15})\)")
# a coined acronym, not a technical term's (CRF, SSM, QAT, WSIs): five capitals or more, or a lower-case letter inside
_COINED_ACRONYM = re.compile(r"[A-Z0-9\-]{5,}|[A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*")
_DATA_HEAD_AFTER_ACRONYM = re.compile(r"\s*" + EVALUATION_HEAD)


def _capitals_spell(name: str, acr: str) -> bool:
    """The name marks the acronym's letters with capitals, inside words too ('Data Manifold-aware Image
    diffusioN moDel' spells MIND): a capital inside a word, and the acronym's capitals, in order, among
    the name's, with one capital more at most; at least three of them. A name spelled so is coined by the paper, even when a benchmark
    has the acronym (MIND)."""
    caps = [c for c in acr if c.isupper()]
    name_caps = [c for c in name if c.isupper()]
    # (one capital more at most, and one name: not "CEBiasBench, a ... benchmark, and Multi-Agent Vote (MAV)")
    if len(caps) < 3 or len(name_caps) > len(caps) + 1 or "," in name or not re.search(r"[a-z][A-Z]", name):
        return False
    rest = iter(name_caps)
    return all(c in rest for c in caps)


def _initials_spell(name: str, acr: str) -> bool:
    """The acronym's capitals (and digits) are, in order, initials of the name's words ('clustering-guided
    self-supervised multi-layer contrastive representation learning' spells CMCRL; 'direction-aware
    hybrid features' spells DaHyF's D, H, F); at least three of them."""
    caps = [c.lower() for c in acr if c.isupper()]
    initials = [w[0].lower() for w in re.split(r"[\s\-]+", name) if w]
    if len(caps) < 3:
        return False
    i = 0
    for c in caps:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True


_INTRO_SECOND_SYSTEM = re.compile(INTRO_OPENING + r"[^.;]{3,200}?\b(?:and|as\s+well\s+as)\s+(?:(?i:a|an)\s+)(?:[\w\-]+\s+){0,5}?"
                                  r"(?i:" + _SYSTEM_NOUNS + r"|solutions?|tools?|toolkits?)\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)")
_DATA_HEAD_BEFORE = re.compile(EVALUATION_HEAD + r"\s+$")
_BENCH_LIKE = re.compile(r"bench|data|corpus|set$", re.IGNORECASE)   # "3MDBench": the paper's benchmark, not its system
_NAMED_SYSTEM = re.compile(
    r"(?:\b(?:named|called|dubbed|termed|coined)\s+|\bnamely,?\s+(?:the\s+['‘\"“]?|['‘\"“])"
    r"|\b(?i:our|a\s+new|a\s+novel|the\s+proposed|(?:propose|introduce|present|develop|design)[sd]?\s+(?:a|an))\s+(?:[\w\-]+\s+){0,3}?(?i:" + _SYSTEM_NOUNS + r"),\s+(?:(?:named|called|dubbed)\s+)?)"
    r"(?P<name>(?:\d+[A-Z]{1,2}-)?[A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*\+{0,2})"   # (digit-led: "our proposed model, 3D-CAVLA,")
    r"(?=['’\"”]?\s*[,.;:)(]|\s+(?:that|which|achieves|reaches|obtains|outperforms|surpasses|is|was)\b)")
# "a prompting method, called Chain of Stance (CoS)", "The proposed method, Efficient RAFT (Ef-RAFT),",
# "we introduce Eva Clothes-Change from Hidden Objects - Body IDentification (ECHO-BID)": a titled
# name with its acronym
_TITLED_SYSTEM = re.compile(
    r"(?:\b(?:named|called|dubbed|termed|namely,?)\s+(?:the\s+)?"
    r"|\b(?i:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,3}?(?i:" + _SYSTEM_NOUNS + r"),\s+"
    r"|\b(?i:we|this\s+(?:paper|work|study|article|letter))\s+(?:\w+\s+)?(?i:propose|introduce|present|develop)s?\s+(?:(?i:a|an|the)\s+)?)"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:-\s+)?(?:of|for|and|from|with|in|to|via|the|[A-Z][\w\-]*)){1,10})\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)")
# "a framework called RUI to ...", "our Sign Language Translation model SignMST-C": a coined name
_CALLED_COINED = re.compile(
    r"(?:\b(?:named|called|dubbed|termed)\s+|\b(?i:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,4}?(?i:" + _SYSTEM_NOUNS + r")\s+)"
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*\+{0,2})(?![\w\-])")
BENCH_NAMED = re.compile(r"[a-z0-9\-](?:Bench|Benchmark)$")
_HEAD_LAST = re.compile(r"\b(?:" + TITLED_HEADS + r"|Challenge|Leaderboard)$")
# (after a name's bracketed acronym too: "we build the Multi-Query Text Retrieval (MQTR) dataset")
_BENCH_HEAD_NEXT = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s+(?i:challenge|benchmark|dataset|leaderboard|shared\s+task|competition|corpus|test\s+set)s?\b")
_DESCRIBING_SUFFIX = re.compile(r"-(?:based|supervised|style|like|guided|driven|aware|free|only|enhanced|augmented|tuned|trained|specific)$", re.IGNORECASE)
_PROPOSED_NAME = re.compile(r"\b(?i:the\s+proposed|our\s+proposed|our)\s+(?P<name>[A-Z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*\+{0,2})\s+(?i:" + _SYSTEM_NOUNS + r")\b")
_TITLE_METHOD = re.compile(r"^((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)\s+(?:[Ff]or|[Ii]n|[Vv]ia|[Ww]ith|[Aa]s)\s")
# title words that do not make a method's name on their own ("Deep Learning for ...")
# the last word of a task's name ("Radiology Report Generation", "Speaker Verification")
_TASK_HEAD = re.compile(r"(?:" + words("task_head") + r")$")
_GENERIC_TITLE_WORDS = {
    "deep", "learning", "neural", "network", "networks", "machine", "transfer", "reinforcement", "large", "language",
    "model", "models", "efficient", "towards", "toward", "on", "a", "an", "the", "new", "novel", "simple", "robust",
    "fast", "scalable", "unsupervised", "supervised", "self-supervised", "semi-supervised", "learned", "data",
    "representation", "representations", "generative", "adversarial", "graph", "attention", "analysis", "study",
    "benchmark", "benchmarks", "dataset", "datasets", "evaluation", "methods", "method", "approach", "framework",
    "visual", "image", "video", "multi-task", "multimodal", "contrastive", "federated", "optimal", "bayesian",
    "augmentation",
}

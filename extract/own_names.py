"""Benchmarks a paper introduces itself ('we introduce X, a new benchmark', 'X: A Benchmark for ...'
in the title, the event a system paper was written for) and the datasets it trains on ('TinyGSM, a
synthetic dataset', 'fine-tuning on X'): names the benchmark finder (extract/names.py) is given and
filters with."""
from __future__ import annotations

import re

from claimboard.extract.cues import words
from claimboard.extract.events import title_event
from claimboard.extract.name_basics import (
    _EVALUATION_WORD,
    _IMPROVES_RIGHT_AFTER,
    _SYSTEM_NOUNS,
    GENERIC_MODEL_WORDS,
    TITLED_COMPOUND,
    TRAINED_ON_GAP,
    _introduced_as_model,
    _looks_like_name,
    _only_as_system,
    _our_system_named,
    _system_acts,
    find_word,
    introduced_as_system,
)
from claimboard.extract.names import _BENCH_SUFFIX, _COINED_BENCH, _PHRASE_WORD, _STOP_NAMES, COINED_NAME, strong_name

# The paper introduces its own benchmark: "we introduce X, a new benchmark",
# "X is a benchmark", "X (Long Name), a benchmark".
_INTRO_BENCH = re.compile(
    r"""
    (?P<name>(?:[A-Z]|[a-z]{1,3}(?=[A-Z0-9])|[a-z]{1,6}-(?=[A-Z]))[\w\-\+\.]*[A-Za-z0-9\+](?:\s+[A-Z][\w\-\+]*)*)   # the name (a capital first, or "m2sv", "scBench", "twin-EventLog")
    \s*(?:\((?P<alias>[^()]{2,80})\))?                                  # an optional (long name or acronym)
    \s*(?:,\s*(?:a|an|the)|\s+(?:is|as)\s+(?:a|an|the)|\s+(?:--|\u2014|\u2013)\s*(?:a|an|the)|\s+(?:a|an)(?=\s))\s+   # ("GlobalQA -- the first benchmark", "we introduce AnimalHaze3k a synthetic dataset")
    (?:(?:(?!(?:models?|frameworks?|methods?|architectures?|approach|systems?|networks?|for)\s)[\w\-]+(?:[,.]\d[\w\-]*)*,?\s+|\([^()]{1,30}\)\s+){0,8}?   # adjectives ("a 1,000-instance benchmark", "a 16.8-hour corpus"): new, Chinese, (Korean-English), "multi-domain, multi-level" ... (not "a modified CLIP model tailored for ... on the iMiGUE dataset": a model)
       (?:benchmark|dataset|test\s+set|evaluation\s+suite|evaluation\s+framework|leaderboard|testbed|corpus)s?
     |(?:(?!(?:for|in|of|with|to|on|and|or)\s)[\w\-]+\s+){0,4}?(?:environment|arena)s?)\b   # "Flux, a sequential reasoning environment" (not "a framework for ... environments")
    """,
    re.VERBOSE,
)
# ... and the name is introduced (a verb and up to two words before it) or opens the sentence:
# checked on the text before a match, so the scan above needs no alternation at every position
_INTRO_BENCH_LEAD = re.compile(
    r"(?:(?i:introduc\w*|present\w*|propos\w*|releas\w*|construct\w*|build\w*|buil[dt]|creat\w*|develop\w*|curat\w*|design\w*|call\w*|nam\w*|establish\w*|contribut\w*|compil\w*|assembl\w*)\s+(?:\w+\s+){0,2}|[.;]\s(?:and\s)?)$"
)



def _intro_bench_matches(text: str):
    """Matches of _INTRO_BENCH whose name is introduced or opens a sentence, left to right
    and without overlap."""
    pos = 0
    while True:
        m = _INTRO_BENCH.search(text, pos)
        if m is None:
            return
        s = m.start()
        if s == 0 or _INTRO_BENCH_LEAD.search(text, max(0, s - 80), s):
            yield m
            pos = m.end()
        else:
            pos = s + 1


_NAMELY_WORDS = ("namely", "called", "named", "dubbed", "termed")  # _INTRO_BENCH_NAMELY needs one
_INTRO_BENCH_NAMELY = re.compile(r"(?i:benchmark|dataset|test\s+set)s?,?\s+\(?(?i:namely|called|named|dubbed|termed)\s+(?P<name>[A-Z][\w\-\+\.]*[A-Za-z0-9])")
# "we contribute a new dataset, UAVLandData, which captures ...": the name in apposition
# ("constructing a controlled evaluation framework, SpatialUncertain, and introducing ...")
_INTRO_BENCH_APPOSITION = re.compile(r"\b(?:[Aa]n?|[Oo]ur)\s+(?:[\w\-]+\s+){0,5}?(?:benchmark|dataset|corpus|test\s+set|evaluation\s+(?:framework|suite)|testbed)\s*,\s*(?P<name>[A-Z][\w\-\+\.]*[A-Za-z0-9])\s*[,(]")
# "we introduce the Congenital Anomaly Recognition with Diagnostic Images and Unified Medical records
# (CARDIUM) dataset": the acronym of a long name, right before the head noun of the paper's data
_INTRO_ACRONYM_THEN_HEAD = re.compile(r"\b(?i:introduc|present|propos|releas|construct|build|buil[dt]|curat|creat|develop|collect)\w*\s+(?i:the|a|an|our)\s+"
                                      r"[^.;()]{3,160}?\((?P<name>[A-Z][A-Za-z0-9\-]{1,15})\)\s+(?i:dataset|benchmark|corpus|test\s+set)\b")
# "we curated the largest WSI-text dataset (TCGA-PathoText)": the name in brackets after the paper's own data
# ("we develop and make public a benchmark dataset (TextEdge)", "We constructed a comprehensive dataset (ToolNet)")
# "we introduce Cracks in the Foundation (CiF), the largest and most detailed civil infrastructure (instance)
# segmentation dataset to date": a long name with its acronym, then its apposition with a data head word
_INTRO_ACRONYM_APPOSITION = re.compile(r"\b(?:[Ww]e|[Tt]his\s+(?:paper|work))\s+(?:introduce|present|release|propose|contribute)\s+"
                                       r"(?:the\s+)?(?P<long>[A-Z][^.;()]{2,80}?)\((?P<name>[A-Z][A-Za-z0-9\-]{1,15})\)\s*,\s*(?:a|an|the)\s+"
                                       # (the head noun of the apposition: no system noun, clause or verb before it: not "(BAT), a
                                       # simple training recipe that improves benchmark scores")
                                       r"(?:(?!(?:models?|methods?|frameworks?|architectures?|approach|systems?|networks?|recipes?|techniques?|toolkits?|pipelines?"
                                       r"|algorithms?|strateg(?:y|ies)|for|of|with|that|which|who|to)\s)[\w\-]+\s+|\([^()]{1,30}\)\s+){0,8}?"
                                       r"(?:dataset|benchmark|corpus|test\s+set)s?\b")
_DATA_HEAD_LAST = re.compile(r"(?i:benchmark|dataset|corpus)\s*$")
# "we introduce CholecT45-Scene, extending CholecT45 dataset with 64,299 frames": a coined name
# introduced, then a clause that makes it data
_INTRO_NAME_EXTENDING_DATA = re.compile(r"\b(?:[Ww]e|[Tt]his\s+(?:paper|work))\s+(?:introduce|present|release|contribute)\s+(?P<name>" + COINED_NAME + r")\s*,\s*"
                                        # (what it extends is data, not a model: not "DiffX-7B, built upon a model trained on the ABC dataset")
                                        r"(?:extending|augmenting|built\s+(?:up)?on|derived\s+from|expanding)\s+(?:the\s+)?(?:(?!\b(?:model|trained|network)\b)[^.;,]){1,60}?\b(?:dataset|benchmark|corpus)\b")
_INTRO_BENCH_BRACKETED = re.compile(r"\b(?:we|this\s+(?:paper|work))\s+(?:\w+\s+)?(?:curat|buil[dt]|construct|collect|creat|introduc|present|propos|releas|develop)(?:e?[sd]|e)?\s+(?:\w+\s+){0,3}?"
                                    r"(?:a|an|the|our)\s+(?:[\w\-]+\s+){0,4}?(?:dataset|benchmark|corpus)\s*\((?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])\)", re.IGNORECASE)
# "We introduce VS-Bench, 800 image pairs curated from ...", "Bench to the Future 2 (BTF-2), 1,417 pastcasting
# questions": a name the paper introduces, set in apposition with a count of data items
_INTRO_DATA_COUNT = re.compile(r"(?P<name>[A-Z][\w\-\+\.]*[A-Za-z0-9](?:\s+[A-Z0-9][\w\-\+]*)*)\s*(?:\((?P<alias>[A-Z][\w\-]{1,20})\))?\s*[,(]\s*"   # ("we introduce ADR-Bench (302 tasks, ...)")
                               r"(?:(?:over|more\s+than|about|nearly|approximately|~)\s*)?\d[\d,.]*[KkM]?\+?\s+(?:[\w\-]+\s+){0,3}?(?:" + words("data_noun") + r")\b")
# "We construct three benchmarks on problem-solving: FormalMath500, a formalization ...; MiniF2F-Solving and
# PutnamBench-Solving": the paper's own benchmarks listed after a colon
_INTRO_BENCH_COLON_LIST = re.compile(r"\b(?i:construct|introduc|present|propos|releas|build|buil[dt]|curat|creat|develop)\w*\s+(?:\w+\s+){0,4}?"
                                     r"(?i:benchmarks|datasets|test\s+sets)\b[^:.;]{0,60}:\s*(?P<list>[^.]{3,300})")
_COINED_IN_LIST = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\band\s))(?P<name>[A-Z][\w\-\.]*[A-Za-z0-9])(?=\s*(?:[,;(]|and\b|$))")
_INTRO_BENCH_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,8}?(?:benchmark|dataset)\b")
# the abstract says the paper contributes a benchmark without naming it in that sentence
# (searched in lowered text)
_WE_BENCHMARK = re.compile(r"\b(?:we|this\s+paper|this\s+work)\s+(?:\w+\s+)?(?:propose|introduce|present|release|build|construct|create|develop|curate)s?\s+(?:a|an|the|our)\s+(?:[\w\-]+\s+){0,4}?(?<!training\s)(?<!instruction\s)(?<!pre-training\s)(?<!pretraining\s)(?:benchmark|dataset|test\s*set|evaluation\s+suite)|\bour\s+benchmark\b")

# A dataset introduced for training is not an evaluation: "TinyGSM, a synthetic dataset",
# "fine-tuning on X".
_TRAINING_SET = re.compile(
    r"(?P<name>[A-Z][\w\-\+\.]*[A-Za-z0-9])\s*(?:\([^()]*\))?\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:synthetic|training|instruction|instruction-tuning|pre-?training|fine-?tuning|preference|distillation|augmented)\s+(?:[\w\-]+\s+){0,2}?(?:dataset|data|corpus)"
)
# "fine-tuning on X", found on lower-cased text (fast), the name read from the text
_PRETRAINED_ON = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w\-\.]*?[A-Za-z0-9])[\s\-](?:pre-?trained|initiali[sz]ed)\b", re.IGNORECASE)
_GLUED_TRAINED = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w\-\.]*?[A-Za-z0-9])-(?:trained|fine-?tuned|tuned)\b")
_TRAINED_ON = re.compile(r"(?:tun|train|distill)\w*\s+" + TRAINED_ON_GAP + r"on\s+(?:the\s+)?(?=\S)")
_NAME_AT = re.compile(r"[A-Z][\w\-\+\.]*[A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"[a-z][a-z\-]*\s+")
_MORE_NAME_WORDS = re.compile(r"(?:\s+[A-Z][\w\-\+\.]*[A-Za-z0-9]){1,3}")


def training_sets(text: str) -> set[str]:
    low = text.lower()
    out: set[str] = set()
    if "pre" in low or "initiali" in low:
        out.update(m.group("name") for m in _PRETRAINED_ON.finditer(text))   # "ImageNet-pretrained weights"
    if "-trained" in low or "-tuned" in low or "-finetuned" in low:
        out.update(m.group("name") for m in _GLUED_TRAINED.finditer(text))   # "a FEVER-trained DeBERTa model"
    if "synthetic" in low or "training" in low or "instruction" in low or "preference" in low or "corpus" in low:
        out.update(m.group("name") for m in _TRAINING_SET.finditer(text))
    if "on" in low:
        for m in _TRAINED_ON.finditer(low):
            pos = m.end()
            for _ in range(4):  # "training on the much larger Paracrawl dataset": past a few plain words
                name = _NAME_AT.match(text, pos)
                if name:
                    out.add(name.group(0))
                    if more := _MORE_NAME_WORDS.match(text, name.end()):   # "fine-tuned on SOTA ToolFlow data": the whole name too
                        out.add(text[name.start():more.end()])
                    break
                word = _PLAIN_WORD.match(text, pos)
                if word is None:
                    break
                pos = word.end()
    return out



_AGENT_WORD = re.compile(r"\b(?:agents?|agentic)\b", re.IGNORECASE)
# a subtitle whose head is an evaluation environment: "CausaLab: A Scalable Environment for Interactive ..."
# (not "... System for Elderly People in Bathroom Environments", "... in CARLA Leaderboard")
_TITLE_SYSTEM = re.compile(r"\s*(?:(?:an?|the)\s+|(?=(?:[\w\-]+\s+){0,4}?(?:framework|architecture|network|pipeline)\s+(?:for|of|via|with)\b)(?!(?:[\w\-]+\s+){0,4}?(?:how|can|what|why|does|do|is|are|measuring|evaluating|benchmarking|assessing|probing)\b))(?:(?!(?:for|of|with|via|to|in|on|and|from|by)\b)[\w\-]+\s+){0,6}?(?:" + _SYSTEM_NOUNS + r"|(?:transformer|llm|mllm|vlm)s?)\b", re.IGNORECASE)
# a coined dataset name in a title: a capital first (or "m2sv"-like), a capital or digit inside
_TITLE_DATA_NAME = r"(?:[A-Z]|[a-z]{1,3}(?=[A-Z0-9]))[\w\-]*[A-Z0-9][\w\-]*"
_TITLE_OTHER_DATA = re.compile(r"\b(?i:on|in|using|from)\s+(?i:the\s+)?(?P<name>" + _TITLE_DATA_NAME + r")\s+(?i:dataset|benchmark|corpus)s?\b")
# the data a title says the paper's results are on: "... Outperform Transformers on the EAV Dataset",
# "... Using CICMalDroid 2020 Dataset" (a year or version may follow the name)
_TITLE_DATA = re.compile(r"\b(?i:on|using|with)\s+(?i:the\s+)?(?P<name>" + _TITLE_DATA_NAME + r"(?:\s+(?:19|20)\d\d|\s+v?\d+(?:\.\d+)?)?)\s+(?i:dataset|benchmark|corpus)\b(?!\s*(?:generation|construction|creation|curation|design|distillation|condensation|collection))")
_TITLE_EVALUATION = re.compile(r"\b(benchmark|dataset|test\s*set|evaluat)", re.IGNORECASE)
_TITLE_TESTBED = re.compile(r"\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:environment|arena|testbed|leaderboard|gym)s?\s+(?:for|of|to|on|with)\b", re.IGNORECASE)


def _we_benchmark_unnamed(text: str, low: str, name: str) -> bool:
    """'we introduce a new benchmark' naming no other dataset: the title's name may be that benchmark's
    ('we additionally introduce the ReLoD3 dataset' names its own: the title's 'Texture2LoD3' is the system;
    'the RVT benchmark' of 'RVTBench: ...', 'a nine-phase ESD dataset' or 'a 2M synthetic dataset' name no other)."""
    return any(not _other_dataset_name(text[m.start():m.end()], name) for m in _WE_BENCHMARK.finditer(low))


def _other_dataset_name(phrase: str, name: str) -> bool:
    """The coined name right before the head word of 'we construct the GuardTrace dataset', when it is
    unrelated to the title's name (neither holds the other: 'the RVT benchmark' of 'RVTBench: ...',
    'the L3Cube-MahaParaphrase Dataset' of 'MahaParaphrase: ...'), one word (not the expansion 'the
    Linguistic Minimal-Pair Benchmark', 'the Quebec-French Benchmark'), and not a task's acronym or a size ('a nine-phase ESD dataset',
    'a 2M synthetic dataset')."""
    words = phrase.split()
    if len(words) < 2 or len(words) >= 3 and words[-3][:1].isupper():
        return False
    w = words[-2]
    if not _looks_like_name(w) or w.lower() in _STOP_NAMES or w[0].isdigit() or TITLED_COMPOUND.fullmatch(w) or (len(re.sub(r"[^A-Za-z]", "", w)) <= 4 and not re.search(r"\d", w)):
        return False
    a, b = re.sub(r"[\s\-]", "", w.lower()), re.sub(r"[\s\-]", "", name.lower())
    return a not in b and b not in a


def title_data(title: str, text: str) -> list[str]:
    """The one dataset the title says the results are on ('... on the EAV Dataset'), as the
    abstract writes it (glued to its year: title 'CICMalDroid 2020', abstract 'CICMalDroid2020')."""
    found = [m.group("name") for m in _TITLE_DATA.finditer(title)]
    if len(found) != 1 or found[0].lower() in _STOP_NAMES or not strong_name(found[0]):
        return []
    name = found[0]
    if not find_word(text, name) and " " in name and find_word(text, name.replace(" ", "")):
        name = name.replace(" ", "")
    return [name]


_OVERVIEW_TITLE = re.compile(r"(?i:overview|findings)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w\-]*[A-Za-z0-9](?:\s+[A-Z][\w\-]*[A-Za-z0-9]){0,2}?)\s+(?:\d{4}\s+)?(?:Shared\s+Task|Challenge|Competition|Track|Lab)\b")
_TITLE_TAIL_BENCH = re.compile(r":\s*(?:An?|The)\s+(?P<name>[A-Za-z][\w\-]*[A-Za-z0-9])\s+(?:Benchmark|Dataset|Suite|Testbed)\s*$")


def own_benchmarks(text: str, title: str) -> list[str]:
    """Names of benchmarks the paper itself introduces."""
    names = []
    low = text.lower()
    heads = ("benchmark", "dataset", "test set", "suite", "leaderboard", "testbed", "framework", "environment", "arena")
    evaluated: set[str] = set()   # introduced as a benchmark (not data): its own, even when also trained on
    corpora: set[str] = set()     # introduced as a corpus: its own evaluation only where no coined benchmark is named
    for m in (_intro_bench_matches(text) if any(h in low for h in heads) else ()):
        name = m.group("name").strip()
        if name.split()[0].lower() in _STOP_NAMES and not (name.isupper() and len(name) >= 4) or not strong_name(name, text, m.start("name")):
            continue   # (a name in capitals is no ordinary word: "We introduce AFTER, a benchmark of 382 ...")
        names.append(name)
        if re.search(r"(?:benchmark|test\s+set|evaluation\s+\w+|leaderboard|testbed)s?$", m.group(0)):
            evaluated.add(name)
        if re.search(r"corpus$", m.group(0)):
            corpora.add(name)
        alias = (m.group("alias") or "").strip()
        if alias and re.fullmatch(r"[A-Z][\w\-]{1,20}", alias):
            names.append(alias)
    for m in (_INTRO_BENCH_COLON_LIST.finditer(text) if ":" in text else ()):
        # each ';' part up to its apposition ("FormalMath500, a formalization of ...")
        for part in m.group("list").split(";"):
            head = re.split(r",\s+(?:an?|the)?\s*[a-z]", part, maxsplit=1)[0]
            names.extend(i.group("name") for i in _COINED_IN_LIST.finditer(head.strip()) if _looks_like_name(i.group("name")))
    for m in _INTRO_BENCH_ACRONYM.finditer(text):
        names.append(m.group("acr"))
    for m in (_INTRO_DATA_COUNT.finditer(text) if ", " in text else ()):
        if _INTRO_BENCH_LEAD.search(text, max(0, m.start() - 80), m.start()) and _looks_like_name(m.group("name").split()[0]) \
                or m.group("alias"):
            names.append(m.group("alias") or m.group("name"))
    for m in (_INTRO_BENCH_BRACKETED.finditer(text) if "(" in text else ()):
        names.append(m.group("name"))
    for m in (_INTRO_ACRONYM_APPOSITION.finditer(text) if "(" in text else ()):
        if not _DATA_HEAD_LAST.search(m.group("long")):   # (then the phrase names it: "Disaster Operational Response Agent benchmark (DORA)")
            names.append(m.group("name"))
    for m in (_INTRO_NAME_EXTENDING_DATA.finditer(text) if ", " in text else ()):
        if _looks_like_name(m.group("name")):
            names.append(m.group("name"))
    for m in (_INTRO_ACRONYM_THEN_HEAD.finditer(text) if "(" in text else ()):
        names.append(m.group("name"))
    for m in _INTRO_BENCH_APPOSITION.finditer(text):
        if _looks_like_name(m.group("name")) and m.group("name").lower() not in _STOP_NAMES:
            names.append(m.group("name"))
    for m in (_INTRO_BENCH_NAMELY.finditer(text) if any(w in low for w in _NAMELY_WORDS) else ()):
        names.append(m.group("name"))
    training = training_sets(text) if names else set()
    names = [n for n in names if not GENERIC_MODEL_WORDS.search(n)
             and (n not in training or n in evaluated)]   # ("a model trained on DoRA (DoRA SFT)": DoRA is still its benchmark)
    # "CMMMU: A Chinese ... Benchmark" in the title
    t = re.match(r"^([A-Z][\w\-\+\.]*[A-Za-z0-9](?:\s+[\w\-\+\.&]+){0,4}?)\s*:\s*(.*)$", title)
    if t and _TITLE_SYSTEM.match(t.group(2)) and not _TITLE_EVALUATION.search(t.group(2)):
        t = None   # "StateVLM: A State-Aware Vision-Language Model for ...": the title names the paper's model
    if t and (other := _TITLE_OTHER_DATA.search(t.group(2))) and other.group("name").lower() != t.group(1).lower() and not _BENCH_SUFFIX.search(t.group(1)):
        t = None   # "CLIP-MG: ... for Micro-Gesture Recognition on the iMiGUE Dataset": the evaluation is the other name's
    if t and (_TITLE_EVALUATION.search(t.group(2)) or _TITLE_TESTBED.match(t.group(2))
              or _we_benchmark_unnamed(text, low, t.group(1)) or _BENCH_SUFFIX.search(t.group(1))):   # "BountyBench: Dollar Impact of ..."
        # "HumanEval Pro and MBPP Pro: Evaluating ..." names two
        # ("Temporal Context and Architecture: A Benchmark for ...": ordinary words the abstract
        # never writes as a name are the title's topic, not a benchmark's name)
        # (a name, not a phrase: "GUI vs. CLI", "Detoxification for LLM", "Outrunning LLM Cutoffs" are topics)
        # ("GSI Agent: Domain Knowledge Enhancement ...", "Agentic Jackal: ...": an agent is a system)
        names.extend(n.strip() for n in re.split(r"\s+(?:and|&)\s+|,\s*", t.group(1)) if n.strip() and strong_name(n.strip())
                     and not _AGENT_WORD.search(n)
                     and not _PHRASE_WORD.search(n) and (_looks_like_name(n.split()[0]) or find_word(text, n.strip()))
                     # "a new hybrid deep learning model called VR-FuseNet": the title names the system
                     and not (_only_as_system(text, n.strip()) and (_our_system_named(text, n.strip()) or _system_acts(text, n.strip())))
                     # "we present ShiZhi, the first large language model": a model, not the dataset the paper also builds
                     and not _introduced_as_model(text, n.strip())
                     # "we propose SWE-Tester -- a novel pipeline for training ...": the title names the system
                     # (unless the title calls it an evaluation: "PolySQL: Scaling Text-to-SQL Evaluation")
                     and not (introduced_as_system(text, n.strip()) and not _TITLE_EVALUATION.search(t.group(2))))
    # "PSK at SemEval-2026 Task 9: ...", "UOL@IDEM at BEA 2026 Shared Task 1: ...": a system paper of a
    # shared task or challenge, evaluated on it
    event = title_event(title)
    if event:
        names.append(event[1])
    # "Overview of the PsyDefDetect Shared Task at BioNLP 2026: ...": the task's organisers report its results
    elif (overview := _OVERVIEW_TITLE.match(title)) and find_word(text, overview.group("name")):
        names.append(overview.group("name"))
    names.extend(title_data(title, text))
    # "Architecture-Sensitive Supervised Fine-Tuning ...: A PiSAR Benchmark": a coined name the title's
    # last part calls a benchmark or dataset, written in the abstract too
    if (tail := _TITLE_TAIL_BENCH.search(title)) and _looks_like_name(tail.group("name")) and find_word(text, tail.group("name")):
        names.append(tail.group("name"))
    if corpora:
        # "we introduce Causal-Plan-Bench, a ... suite ... We also construct Causal-Plan-1M, a million-scale
        # corpus": the corpus is training data; the benchmark is the other name (not a variant of the
        # corpus's own name: "AuditRepairBench ... AuditRepairBench-Lite")
        coined = [b.group(0) for b in _COINED_BENCH.finditer(text)]
        names = [n for n in names if n not in corpora or not any(not c.startswith(n) and not n.startswith(c) for c in coined)]
    seen, out = set(), []
    for n in names:
        if _system_acts(text, n):
            continue   # "Pat-DEVAL achieves a Pearson correlation of 0.69": a system, not a benchmark
        if n not in evaluated and not _EVALUATION_WORD.search(title) and any(_IMPROVES_RIGHT_AFTER.match(text, e) for _, e in find_word(text, n)):
            continue   # "SkillNet significantly enhances agent performance" (not "MITS: A ... Benchmark Dataset": data improves models too)
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out

"""Evaluation events (shared tasks, challenges, competitions) named in a text: 'the NLPAI4Health
2025 shared task', 'BEA 2026 Shared Task 1', 'TdSV Challenge 2024'; the events a paper's own system
was entered in, and the team and event of a shared-task system paper's title."""
from __future__ import annotations

import re
from functools import lru_cache

_EVENT_THEN_END = r"(?:the\s+)?(?P<event>[A-Z][^:()]{2,80}?)\s*(?::|\s+[-–—]{1,2}\s|$)"   # the event, up to the title's colon or dash
_TITLE_EVENT = re.compile(r"^(?P<team>[^:]{1,60}?)\s+(?:at|@)\s+" + _EVENT_THEN_END)
_TITLE_EVENT_GLUED = re.compile(r"^(?P<team>[^:@\s]{1,40})@" + _EVENT_THEN_END)
# what names a shared task, a challenge or a competition (a year, a task or track number, a known series)
_EVENT_WORD = re.compile(r"\b(?:19|20)\d{2}\b|-(?:19|20)\d{2}\b|\b(?:Task|Track|Challenge|Shared|Competition|SemEval|CLEF|WMT|BioCreative|IWSLT|NTIRE|TREC|NTCIR)\b")




# an evaluation event named by a series and its year, then the word that says what it is: "the
# NLPAI4Health 2025 shared task", "BEA 2026 Shared Task 1", "the AAMAS 2026 MCTF Competition", "the
# MIDOG 2025 Challenge", "TrackRAD2025 challenge"; or "TdSV Challenge 2024". The name is the series,
# the year and the capitalised words between them and the head ("VLSP 2025 MLQA-TSR"), with the head's
# number when it has one ("DCASE 2023 Task 4"); words in lower case before the head leave the series
# and the year ("AIM 2025 Efficient Real-World Deblurring using Single Images Challenge": "AIM 2025")
_YEAR = r"(?:19|20)\d{2}"
_EVENT_YEAR = re.compile(_YEAR)
_EVENT_HEADS = r"(?:shared\s+)?task|track|challenge|competition"
_EVENT_HEAD = re.compile(_EVENT_HEADS, re.IGNORECASE)
# (the words between the year and the head go on naming the event - "3D Restoration and Reconstruction",
# "Foundation Models for Pan-cancer Segmentation in CT Images", "data association" - not a clause about
# something else: "COCO 2017 and the LVIS challenge", "BraTS 2021 data used in the challenge")
_EVENT_NAME = re.compile(
    r"(?<![\w\-])(?P<name>(?:[A-Z][\w&@\-]*\s+){0,3}?[A-Z][A-Za-z0-9&@\-]*?(?:\s+|-)?" + _YEAR + r"(?![\w\-])"
    r"(?P<caps>(?:\s+(?!(?i:" + _EVENT_HEADS + r")\b)[A-Z][\w\-]*){0,5}))"
    r"(?P<lower>(?:\s+(?!(?i:" + _EVENT_HEADS + r"|the|an?|this|these|its|their|our|we|which|that|is|was|are|were|used)\b)[\w\-]+){0,6}?)"
    r"\s+(?P<head>(?:[Ss]hared\s+[Tt]ask|[Tt]ask|[Tt]rack)(?P<num>\s+\d{1,2}[A-Za-z]?)?|[Cc]hallenge|[Cc]ompetition)(?![\w\-])"
    r"|(?<![\w\-])(?P<name2>[A-Z][\w&@\-]*(?:\s+[A-Z][\w&@\-]*){0,4}\s+Challenge\s+" + _YEAR + r")(?![\w\-])")
# a series is a name, not a word that opens a sentence or a month ("In 2023 Task ...", "In May 2024 ...")
_NOT_SERIES = re.compile(r"(?i:in|on|at|for|the|by|since|from|during|of|and|to|as|until|before|after|between|january|february|"
                         r"march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|"
                         r"early|late|mid|year|years)")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=8)
def event_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of the evaluation events text names (see _EVENT_NAME): 'the NLPAI4Health
    2025 shared task' -> 'NLPAI4Health 2025', 'BEA 2026 Shared Task 1' -> 'BEA 2026 Shared Task 1',
    'The TdSV Challenge 2024' -> 'TdSV Challenge 2024'. The span covers the words of the name as
    written (the cleaned text may hold runs of spaces where LaTeX stood). Asked for the same text by
    the benchmark scan, the paper's own events and the strategies (cached)."""
    if not _EVENT_HEAD.search(text) or not _EVENT_YEAR.search(text):
        return ()   # (every event name has a year)
    out: list[tuple[int, int, str]] = []
    for m in _EVENT_NAME.finditer(text):
        key = "name2" if m.group("name2") else "name"
        words = list(_WORD.finditer(text, m.start(key), m.end(key)))
        while words and _NOT_SERIES.fullmatch(words[0].group(0)):
            words.pop(0)
        if key == "name" and (not words or re.fullmatch(_YEAR, words[0].group(0))):
            continue   # no series before the year
        if not words:
            continue
        if key == "name" and m.group("lower"):
            # lower-case words before the head: the series and its year only
            year = next(i for i, w in enumerate(words) if re.search(_YEAR + "$", w.group(0)))
            words = words[:year + 1]
        name = " ".join(w.group(0) for w in words)
        if key == "name" and m.group("num"):
            name += " " + " ".join(m.group("head").split())
        out.append((words[0].start(), words[-1].end(), name))
    return tuple(out)


# the paper's entry to an event it names: "our submission to the X 2024 Challenge", "the system
# developed for the NLPAI4Health 2025 shared task", "the 1st-place solution to ... at the X 2026 ..."
_EVENT_RANK_BEFORE = re.compile(r"\b(?:place|placed|rank|ranked|ranking|position)\s+(?:\w+\s+){0,2}?(?:in|at|on|of|among)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_SOURCE_BEFORE = re.compile(r"\W*(?:(?:dataset|data|corpus|test\s+set|set|split|subset|benchmark)\s+)?(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_ENTRY_BEFORE = re.compile(r"(?i:\b(?:submissions?|systems?|solutions?|entry|entries|participation|team|approach|pipeline|method|framework|model|place|placed|rank|ranked|ranking)\b"
                                 r"[^.;]{0,100}?\b(?:for|to|in|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?)$")


def own_events(text: str, title: str) -> list[str]:
    """Events the paper reports its results on: named in its title ('... for TdSV Challenge 2024',
    'VLSP 2025 MLQA-TSR Challenge: ...'), or in the abstract as what its own system was an entry to."""
    names = [name for _, _, name in event_names(title)]
    for s, _, name in event_names(text):
        if _EVENT_ENTRY_BEFORE.search(text, max(0, s - 160), s):
            names.append(name)
    return names


def title_event(title: str) -> tuple[str, str] | None:
    """(team, event) of a shared-task system paper's title: 'PSK at SemEval-2026 Task 9: ...',
    'UOL@IDEM at BEA 2026 Shared Task 1: ...' (not an overview of the task: its track is named
    before 'at')."""
    ev = _TITLE_EVENT.match(title) or _TITLE_EVENT_GLUED.match(title)   # (glued only when no " at ": "CLaC@FinMMEval 2026 Task 3: ...")
    if ev is None or not _EVENT_WORD.search(ev.group("event")) or re.match(r"(?i)(?:overview|findings|report|results)\b", ev.group("team")):
        return None
    return ev.group("team").strip(), ev.group("event").strip()

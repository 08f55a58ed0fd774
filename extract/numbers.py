"""Numbers as written in abstracts: decimals, signs, percent forms, size and multiplier
suffixes, ranges. Pure functions over (cleaned) text; every token keeps its span and
its raw text beside the parsed value."""
from __future__ import annotations

import re
from dataclasses import dataclass

# One numeric token. Order of the alternatives matters where noted.
NUMBER = re.compile(
    r"""
    (?<![\w.@])(?<!\w-)                    # not inside a name (GSM8K, Llama-3, v1.5, pass@1)
    (?<![A-Za-z]/)                         # nor after a slash that follows a word (GPT-Neo/J, images/s)
    (?<![A-Za-z]['’])                      # nor after an apostrophe in a name (WMT'18)
    (?P<money>\$\s?)?                      # a currency sign before the amount
    (?:(?P<sign>[+\-\u00b1](?=~?[0-9]|\.[0-9]))~?)?  # explicit sign (+4.6, -1.2, "+~3%"); dashes were normalised by clean()
    (?P<num>
        [0-9]{1,3}(?:(?:,|\{,\})[0-9]{3})+(?:\.[0-9]+)?   # thousands separators first: 12,317 / 1,000.5 / LaTeX 1{,}116
      | [0-9]{1,2},[0-9]{1,2}(?=\s?%)          # a decimal comma before a percent sign: 84,25%
      | [0-9]+\.\ [0-9]{1,3}(?=\s?\\?%)         # a decimal broken by a space before a percent: "90. 72\\%"
      | [0-9]+(?:\.[0-9]+)?(?:[eE][+\-]?[0-9]+)?    # plain, decimal or scientific: 29.1, 2.3e21
      | \.[0-9]+                              # leading-dot decimal: .53
    )
    (?P<plus>\+(?![0-9./]))?               # "7+ points": at least (not "0.0654+/-0.0052": an error bar)
    (?P<unit1>\s?%|[KMBT](?![\w]))?        # a unit on the low end of a range: 5.2%-21.8%, 100M-6B
    (?:\s?(?:--?|~)\s?(?P<num2>[0-9]+(?:\.[0-9]+)?))?  # hyphen range: 5.2%-21.8%, 2-4x, 8-17%, LaTeX 5.0--17.5
    (?P<unit>
        \s?%                               # percent sign (also what is left of \%)
      | \s?(?:percentage\s+points?|percent|pp|p\.p\.|points?|pts)\b(?!\s+clouds?\b)  # longest spelling first (not "3,083 point clouds")
      | \s?[xX\u00d7](?![\w])              # multiplier 1.34x, 3 ×, 2X
      | \s?(?:GB|MB|TB|KB|GiB|MiB|TiB)\b    # memory: 48GB
      | (?:mm|cm|km|dB|ms|Hz|kHz|MHz|GHz|px)\b   # a physical unit glued to the number: 49.9mm, 12ms, 3dB
      | (?:st|nd|rd|th)\b                  # ordinals: 1st, 2nd (ranks)
      | \s+times\b                         # 2.5 times
      | -?fold\b                           # 7-fold
      | (?:\s{1,3}|-)?(?:billion|million|thousand|trillion)(?![\w])  # 2 billion, 7-billion, "$2.7$ million" (cleaned: "2.7  million")
      | \s?(?:[KMBT]|[kmb]n?|bn)(?![\w])  # magnitude suffixes: 7B, 32K, 1.25T
    )?
    (?P<compound>-(?!(?:surpass|outperform|exceed|achiev|reach|yield|demonstrat|show|indicat|confirm|establish|while|making|leaving)[a-z]*\b)[A-Za-z]+(?:-[A-Za-z]+)?)?  # compound adjectives: 0.4B-parameter, 5-shot, 4-bit (not "93.34%-surpassing": a dash)
    (?P<glued>EM|F1|AP|BLEU|pts?|acc)?     # a metric glued to the number: +6.4EM
    (?![\w])                               # and nothing else glued after it
    (?!\.[0-9])                            # nor the rest of a longer number ("49.9mm" is not "49")
    (?!\.[xX]\b)                           # nor a version series in a name ("1.x-Distill", "2.x")
    """,
    re.VERBOSE,   # digits are ASCII 0-9 only ([0-9], not \d): digits of other scripts are never numbers
)

# Every NUMBER match holds a digit that starts a run of digits, at most 4 characters after
# the match's start ("$ +.5"): the scan visits only those runs (a plain digit search is fast)
# and tries NUMBER at the few positions before each, in order — the same matches as
# NUMBER.finditer, without trying the pattern at every character.
_DIGIT_RUN = re.compile(r"[0-9]+")
_LEAD = 4


# "CIFAR-10/100", "TSP500/1K/10K", "Top-1/5", "R@1/5/10": a number after a slash that follows a
# name's own number continues that name (another version of it), so it is no number either
_NAME_BEFORE_SLASH = re.compile(r"[A-Za-z][\w\-@.]*?[0-9][\w.]*(?:/[0-9][\w.]*)*/$")


_NAME_SPACE_NUMBER_SLASH = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9\-]{2,}\s[0-9]{1,4}/$")


def _continues_name(text: str, d: int) -> bool:
    if d == 0 or text[d - 1] != "/":
        return False
    s = d - 1
    while s > 0 and not text[s - 1].isspace() and text[s - 1] not in "(,;[":
        s -= 1
    if _NAME_BEFORE_SLASH.fullmatch(text, s, d) is not None:
        return True
    # "AIME 24/25": a name in capitals, a space, then its number and another after the slash
    return _NAME_SPACE_NUMBER_SLASH.search(text, max(0, s - 16), d) is not None and text[s:d - 1].isdigit()


def number_matches(text: str):
    """The matches of NUMBER.finditer(text), found from the runs of digits."""
    pos = 0  # first position not yet tried (or inside the last match)
    for run in _DIGIT_RUN.finditer(text):
        d = run.start()
        if d < pos:
            continue
        for p in range(max(pos, d - _LEAD), d + 1):
            m = NUMBER.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = d + 1


_INTEGER = re.compile(r"[+\-]?\d(?:[\d,]|\{,\})*")
_PLAIN_NUMBER = re.compile(r"[+\-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+\-]?\d+)?")

# the lengths a number may carry glued to it ("49.9mm", "8px"); "m" alone is read as millions here
# (extract/mentions.py tells metres from millions by an error metric before it)
LENGTH_UNITS = ("mm", "cm", "km", "px")

MAGNITUDE = {
    "k": 1e-6, "thousand": 1e-6,          # in billions
    "m": 1e-3, "million": 1e-3,
    "b": 1.0, "bn": 1.0, "billion": 1.0,
    "t": 1e3, "trillion": 1e3,
}

# A gap that joins two numbers into one range: "5.2%-21.8%", "100M - 6B", "8 to 17%".
_CHANGE_LIST_GOES_ON = re.compile(r"\bfrom\s+\S+\s+to\s+\$?[+\-]?\d[\d.]*\$?\s*(?:%\s*)?,\s*(?:and\s+)?(?:from\s+)?\$?$")
# "from 0.504 and 0.554 to 0.759 and 0.899": the last start of a list of changes, not a range's low end
_FROM_LIST_BEFORE = re.compile(r"\bfrom\s+\$?[+\-]?\d[\d.]*\$?\s*(?:(?:%|\\%)\s*)?(?:,\s*\$?[+\-]?\d[\d.]*\$?\s*(?:(?:%|\\%)\s*)?)*,?\s*and\s+\$?$")
_NAME_THEN_VERSION = re.compile(r"[A-Z][A-Za-z]+\s+\d+\.\d$")
_CHANGE_THEN_BRACKET = re.compile(r"[+\-]\d+(?:\.\d+)?\s*(?:%|pp|points?|pts)?\s*\(\s*$")
_TO_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?to\b")
_EXAMPLE_BRACKET = re.compile(r"\(\s*(?:e\.g\.|i\.e\.|for\s+example|for\s+instance),?\s*$|\(\s*[A-Z][\w\-.+]*(?:\s+[\w\-.+]+){0,3}\s*:\s*$", re.IGNORECASE)
_CHANGE_WORD = re.compile(r"\b(?:improv|increas|boost|gain|rais|drop|reduc|decreas|declin|fall|rise|rose)\w*", re.IGNORECASE)
ARROW = r"(?:→|->|⟶)"   # "17 → 30", "61.2% -> 65.3%": a change from one value to the next (LaTeX arrows: extract/text.py)
RANGE_GAP = re.compile(r"^\s*(?:--?|~|to|" + ARROW + r")\s*$")
ARROW_GAP = re.compile(r"^\s*(?:(?:%|\\%)\s*)?" + ARROW + r"\s*$")   # "17 → 30 %": a change, never a range
ARROW_AFTER = re.compile(r"\s*(?:(?:%|\\%)\s*)?" + ARROW + r"\s*[+\-]?\d")   # "17 → 30": the first value of a change
BETWEEN = re.compile(r"between\s*$", re.IGNORECASE)
AND_GAP = re.compile(r"^\s*and\s*$")
# "from 5 to 7" is a change, not a range ("from below 10% to 70%": a qualifier may stand between) ...
_FROM_QUALIFIER = r"(?:(?:below|under|above|over|about|around|approximately|roughly|nearly|almost|just|only|less\s+than|more\s+than|~|≈)\s*)?"
_FROM_END = re.compile(r"\bfrom\s*" + _FROM_QUALIFIER + "$", re.IGNORECASE)
# ... unless it ranges from (the verbs only: "on SpreadsheetBench from 12.0% to 23.4%" is a change)
_SPREAD_FROM_END = re.compile(r"\b(?:[Rr]ang(?:e|es|ed|ing)|[Vv]ar(?:y|ies|ied|ying)|[Ss]pan(?:s|ned|ning)?|[Ss]pread(?:s|ing)?)\s+from\s*"
                              + _FROM_QUALIFIER + "$")


@dataclass
class Num:
    start: int            # span of the whole token in the text
    end: int
    text: str             # raw text, e.g. "61.82%", "+4.6", "5.2%-21.8%"
    value: float
    value_high: float | None = None
    unit: str | None = None        # normalised: %, pp, points, x, fold, K, M, B, T, or None
    sign: str | None = None        # "+", "-" or None
    money: bool = False
    compound: str | None = None    # "parameter", "shot", "bit", ...
    glued: str | None = None       # a metric written without a space: "+6.4EM"
    plus: bool = False             # "7+": at least
    _integer: bool | None = None   # cache of is_integer

    @property
    def is_multiplier(self) -> bool:
        return self.unit in ("x", "fold")

    @property
    def is_magnitude(self) -> bool:
        return self.unit in ("K", "M", "B", "T")

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "pp")

    @property
    def is_integer(self) -> bool:
        if self._integer is None:
            self._integer = _INTEGER.fullmatch(self.num_text) is not None
        return self._integer

    @property
    def num_text(self) -> str:
        m = NUMBER.match(self.text)
        return (m.group("sign") or "") + m.group("num") if m else self.text


_DECIMAL_COMMA = re.compile(r"[+\-]?[0-9]{1,2},[0-9]{1,2}")   # "84,25" (a comma then one or two digits: no thousands)


def parse_number(text: str) -> float:
    """'12,317' -> 12317.0, '84,25' -> 84.25 (a decimal comma), '−4.6' -> -4.6, '.53' -> 0.53; ValueError when not a number."""
    t = text.strip().replace("\u2212", "-").replace("{,}", "").replace(". ", ".")
    t = t.replace(",", ".") if _DECIMAL_COMMA.fullmatch(t) else t.replace(",", "")
    if not _PLAIN_NUMBER.fullmatch(t):
        raise ValueError(f"not a number: {text!r}")
    return float(t)


def _unit(raw: str | None) -> str | None:
    if not raw:
        return None
    u = raw.strip().lstrip("-").lower()
    if u == "%":
        return "%"
    if u.startswith("percentage") or u in ("pp", "p.p."):
        return "pp"
    if u == "percent":
        return "%"
    if u in ("point", "points", "pts"):
        return "points"
    if u in ("GB", "MB", "TB", "KB", "GIB", "MIB", "TIB") or u.upper() in ("GB", "MB", "TB", "KB", "GIB", "MIB", "TIB"):
        return "bytes"
    if u in ("st", "nd", "rd", "th"):
        return "ordinal"
    if u in LENGTH_UNITS or u == "db":
        return u if u != "db" else "dB"          # a measured length or level: may be a result (MPJPE 49.9mm)
    if u in ("ms", "hz", "khz", "mhz", "ghz"):
        return "time"                            # a latency or a frequency: never a score
    if u in ("x", "\u00d7", "times"):
        return "x"
    if u.endswith("fold"):
        return "fold"
    u = u.removesuffix("n") if u in ("bn", "mn") else u
    for key, letter in (("k", "K"), ("thousand", "K"), ("m", "M"), ("million", "M"),
                        ("b", "B"), ("billion", "B"), ("t", "T"), ("trillion", "T")):
        if u == key:
            return letter
    return None


def parse_size(text: str) -> float | None:
    """Parameter count in billions from a size written as '7B', '770M', '1.3b', '8x7B'
    (total 56), '175 billion', '0.4B-parameter'; None when text is not a size."""
    m = re.fullmatch(
        r"\s*(?:(?P<experts>\d+)\s*[x\u00d7]\s*)?(?P<num>\d+(?:\.\d+)?)\s*-?\s*(?P<mag>[KMBT]|[kmbt]|bn|billion|million|thousand|trillion)(?:-?param(?:eter)?s?)?\s*",
        text,
    )
    if not m:
        return None
    mag = m.group("mag").lower()
    value = float(m.group("num")) * MAGNITUDE[mag if mag in MAGNITUDE else mag[0]]
    if m.group("experts"):
        value *= int(m.group("experts"))
    if value <= 0:
        return None  # a size is never 0: unknown is None
    return float(f"{value:.12g}")  # drop float noise (0.77 not 0.7700000000000001)


# "224 x 224", "1024×768": dimensions, one token (a model name such as 8x7B is not one)
DIMENSION = re.compile(r"(?<![\w.\-@])\d+(?:\.\d+)?\s?[x\u00d7]\s?\d+(?:\.\d+)?(?P<moe>[BM])?(?![\w.%])")
_DIMENSION_HINT = re.compile(r"\d\s?[x\u00d7]\s?\d")  # digit first: a fast scan that rules DIMENSION out


def find_numbers(text: str) -> list[Num]:
    """All numeric tokens of text, with ranges ('5.2%-21.8%', 'between 3 and 5') merged."""
    toks: list[Num] = []
    dims = [(m.start(), m.end()) for m in DIMENSION.finditer(text)] if _DIMENSION_HINT.search(text) else []
    for s, e in dims:
        a, b = re.split(r"\s?[x\u00d7]\s?", text[s:e])
        if b[-1] in "BM":  # "16 x 3.8B": a mixture of experts, a model size
            toks.append(Num(s, e, text[s:e], float(a) * float(b[:-1]) * (1 if b[-1] == "B" else 1e-3), None, "B"))
        else:
            toks.append(Num(s, e, text[s:e], float(a), float(b), "dim"))
    for m in number_matches(text):
        if dims and any(s <= m.start() < e for s, e in dims):
            continue
        if _continues_name(text, m.start()):
            continue
        try:
            value = parse_number((m.group("sign") or "").replace("\u00b1", "") + m.group("num"))
        except ValueError:
            continue
        high = float(m.group("num2")) if m.group("num2") else None
        unit = _unit(m.group("unit")) or _unit(m.group("unit1"))
        if high is not None and (m.group("sign") == "-" or unit not in ("%", "pp", "points", "x", "fold", "K", "M", "B", "T")
                                 and m.group("unit1") is None):
            high = -high if m.group("sign") == "-" else high  # "-1.6-14.1" keeps the sign on both ends
        toks.append(
            Num(
                start=m.start(), end=m.end(), text=m.group(0), value=value, value_high=high,
                unit=unit, sign=(m.group("sign") or None),
                money=bool(m.group("money")),
                compound=(m.group("compound") or "")[1:].lower() or None,
                glued=m.group("glued"), plus=bool(m.group("plus")),
                _integer=_INTEGER.fullmatch((m.group("sign") or "") + m.group("num")) is not None,
            )
        )
    toks.sort(key=lambda n: n.start)
    return merge_ranges(text, toks)


def merge_ranges(text: str, toks: list[Num]) -> list[Num]:
    out: list[Num] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        b = toks[i + 1] if i + 1 < len(toks) else None

        if b is not None and not a.money and not a.is_multiplier and a.unit != "dim" and b.unit != "dim" and a.value_high is None and b.value_high is None:
            gap = text[a.end:b.start]
            dash_range = gap == "" and b.text.startswith("-") or RANGE_GAP.match(gap)
            and_gap = AND_GAP.match(gap)
            compatible = a.unit in (None, b.unit) or (a.is_magnitude and b.is_magnitude)
            if (dash_range or and_gap) and compatible:
                before = text[max(0, a.start - 24):a.start]
                # ("from $0.82\\!-\\!0.94$ to ...": a range that a 'to' follows is the first end of a change of ranges)
                is_from = bool(dash_range and ARROW_GAP.match(gap)) or bool(dash_range and _FROM_END.search(before)
                               and not _SPREAD_FROM_END.search(text[max(0, a.start - 42):a.start])
                               and not (gap.strip() in ("-", "--") and _TO_AFTER.match(text, b.end)))
                # "a reduction from an almost-perfect baseline of 99.3% to 69.7%": a range is written
                # low to high, so a value falling to a lower one is a change (two values), not a range
                is_from = is_from or bool(dash_range and re.search(r"\bto\b", gap) and a.sign != "-" and b.value < a.value
                                          and not (a.is_magnitude or b.is_magnitude))
                # "gains from 0.66 to 0.70, 0.64 to 0.67, and from 0.53 to 0.55": a list of changes goes on
                is_from = is_from or bool(dash_range and re.search(r"\bto\b", gap) and _CHANGE_LIST_GOES_ON.search(text, max(0, a.start - 40), a.start))
                is_from = is_from or bool(dash_range and re.search(r"\bto\b", gap) and _FROM_LIST_BEFORE.search(text, max(0, a.start - 60), a.start))
                # "from 20.5% for Claude Haiku 4.5 to 92.9%": a version after a name, then a value
                if re.search(r"\bto\b", gap) and a.unit is None and b.unit is not None and _NAME_THEN_VERSION.search(text, max(0, a.start - 20), a.end):
                    dash_range = None
                # "surpasses the baseline by +2.3 pp (61.2 to 63.5%)": the two ends of a change in brackets
                is_from = is_from or bool(dash_range and re.search(r"\bto\b", gap) and _CHANGE_THEN_BRACKET.search(text, max(0, a.start - 30), a.start))
                # "improves accuracy by up to +24 points (e.g., 15.2% to 39.0% on GSM8K)": an example of the change
                # ("Flow-GRPO boosts semantic alignment (GenEval: 66.93 to 73.62)": the change on a benchmark named in the bracket)
                is_from = is_from or bool(dash_range and re.search(r"\bto\b", gap) and _EXAMPLE_BRACKET.search(text, max(0, a.start - 12), a.start)
                                          and _CHANGE_WORD.search(text, max(0, a.start - 160), a.start))
                between = bool(and_gap and BETWEEN.search(before))
            else:
                is_from = between = False
            if (dash_range and not is_from or between) and compatible:
                low, high = a.value, abs(b.value) if (gap == "" and b.text.startswith("-")) else b.value
                sign = a.sign
                if a.sign == "-" and b.text.startswith("-"):
                    high = -abs(b.value)
                out.append(Num(a.start, b.end, text[a.start:b.end], low, high, b.unit or a.unit, sign, False, b.compound))
                i += 2
                continue
        out.append(a)
        i += 1
    return out

"""Text preparation that keeps offsets: LaTeX remnants are blanked with spaces of the
same length, URLs are masked, and sentences are found as (start, end) spans of the
original abstract, so every offset computed later points into the abstract as given."""
from __future__ import annotations

import re

# LaTeX remnants, each replaced by text of the same length.
_LATEX = re.compile(
    r"""
      [-+]\\(?:textbf|textit|emph|mathbf|underline)\{(?=[0-9.])   # "(+\textbf{1.2\%})": a sign before a command, kept next to the number
    | \{\\(?:tt|sc|bf|it|em|rm|sf)\s+   # font switch opening a group: {\tt GPT-3.5}
    | \\(?:textbf|textit|texttt|emph|textsc|mathrm|mathbf|text)\{  # command with a braced argument
    | \\(?=[%$&_#])                      # escaped specials: \% \$ \& \_ \#
    | \\[()]                            # inline math delimiters: "from \(47.35\%\) to \(48.44\%\) on BIRD"
    | \\(?:eg|ie|etc)\b                  # macros for e.g. / i.e.
    | \\(?=[A-Z][A-Za-z0-9]*\{\})        # a macro the paper defines for a name: \ORDebug{}
    | (?<=[A-Za-z0-9])\{\}\}*            # its empty argument, and a group it closes: \textbf{\ORBias{}}
    | \$?\\times\$?                       # "4$\times$": handled below as a multiplication sign
    | \$[-+]\$(?=[0-9.])                    # "($-$7.4%)": a sign in math mode, kept next to the number
    | \$?\\(?:sim|approx)\b\$?              # "by up to $\sim$19.1%": "~" / "≈" next to the number
    | \{(?=[=<>]\})|(?<=\{[=<>])\}         # "T{=}2": the braces around an operator
    | (?<=[\w.%])\}                      # closing brace of such a group: {\tt GPT-3.5}, \mathbf{90.9\%}
    | \$                                 # math-mode dollars (a $ before a number is handled as money first)
    """,
    re.VERBOSE,
)
_URL = re.compile(r"https?://\S+|www\.\S+|\b\S+@\S+\.\w+")
# (and around a plus-minus sign: "23.63~$\\pm$~0.7\\%", an error bar, not an approximate value)
_TIE = re.compile(r"(?<=[A-Za-z]{2})~(?=\d|[A-Z])|~(?=\$?\\pm(?![A-Za-z]))|(?<=\\pm)~|(?<=\\pm\$)~")
# a superscript that is part of a name: "PASCAL-$5^i$", "COCO-$20^{i}$" -> "PASCAL-5i", "COCO-20i"
# "$τ^2$-Bench", "$τ^c$-Bench": a one-letter name with a superscript, in math mode, before a hyphenated head
_MATH_SUPERSCRIPT_NAME = re.compile(r"\$([A-Za-zα-ωΑ-Ω])\^\{?([0-9a-z])\}?\$(?=-[A-Za-z])")
_SUPERSCRIPT = dict(zip("0123456789abcdefghijklmnoprstuvwxyz", "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
_NAME_SUPERSCRIPT = re.compile(r"(?<=[A-Za-z]-)\$(\d+)\^\{?([A-Za-z])\}?\$")
_MONEY = re.compile(r"\$(?=\s?\d)")  # a dollar sign that starts an amount is kept
# a range written in two math groups: "$4.1$-$8.6\%$" -> " 4.1-  8.6%" (the digits stay where they were)
# LaTeX signs that stand for one character, each replaced by it padded to the same length:
# "by $\ge$ 1.1%", "$360^\circ$", "$74.9 \rightarrow 57.2$" (a change, read by extract/numbers.py)
_LATEX_SIGN = re.compile(r"\\(?P<ge>geq?)(?![A-Za-z])|\\(?P<le>leq?)(?![A-Za-z])|(?P<deg>\^\{?\\circ\}?)|\\(?P<arrow>(?:long)?rightarrow|to)\b"
                         r"|(?P<dash>\\text\{-{1,2}\})"   # "$2.8\\%\\text{-}4.8\\%$": a dash written as text in math mode
                         r"|(?P<times>\$?\\(?:boldsymbol|mathbf|bm)\{\\times\}\$?|\\times\b)|\{(?P<plus>\+)\}")   # "10.48$\\boldsymbol{\\times}$", "by ${+}0.55$"
_SIGN_CHARACTER = {"ge": "\u2265", "le": "\u2264", "deg": "\u00b0", "arrow": "\u2192", "times": "\u00d7", "plus": "", "dash": "-"}   # ("by ${+}0.55$": the braced sign is blanked, 'by' says it is a gain)
_MATH_RANGE = re.compile(r"\$(\d+(?:\.\d+)?)\$\s*([-–])\s*\$(?=\d)")
# an error bar written as a subscript: "$43.5_{\pm1.6}\%$" -> "$43.5  \pm1.6 \%$" (then read as any "± 1.6")
_SUBSCRIPT_ERROR = re.compile(r"(?<=\d)_\{\s*(\\pm\s*\d[\d.]*)\s*\}")


def clean(text: str) -> str:
    """Same-length copy of text with LaTeX remnants blanked and URLs masked."""
    # "$1.96$%": math-mode delimiters around a number are not money
    math = {i for m in re.finditer(r"\$[^$\n]{1,40}\$", text) for i in (m.start(), m.end() - 1)}
    money = {m.start() for m in _MONEY.finditer(text)} - math if "$" in text else set()

    def blank(m: re.Match) -> str:
        if m.group(0) == "$" and m.start() in money:
            return "$"
        if "times" in m.group(0):
            return "\u00d7" + " " * (len(m.group(0)) - 1)
        if m.group(0) in ("$-$", "$+$"):
            return "  " + m.group(0)[1]
        if m.group(0)[0] in "+-" and m.group(0).endswith("{"):
            return " " * (len(m.group(0)) - 1) + m.group(0)[0]
        if "sim" in m.group(0) or "approx" in m.group(0):
            return " " * (len(m.group(0)) - 1) + ("~" if "sim" in m.group(0) else "\u2248")
        return " " * len(m.group(0))

    # each substitution runs only when its trigger characters occur (most abstracts have none)
    if "~" in text:   # "Opus~4.5", "Gemma~3": a LaTeX non-breaking space between a name and its version
        text = _TIE.sub(" ", text)
    if "$" in text:
        text = _MATH_RANGE.sub(lambda m: (" " + m.group(1) + m.group(2)).ljust(len(m.group(0))), text)
    if "_{" in text:
        text = _SUBSCRIPT_ERROR.sub(lambda m: ("  " + m.group(1)).ljust(len(m.group(0))), text)
    if "\\^{}" in text:   # "Pass\^{}1": an escaped caret (an exponent, 'pass^1'), kept next to what follows it
        text = text.replace("\\^{}", "   ^")
    if "\\!" in text:   # "$0.82\\!-\\!0.94$": LaTeX's negative thin space inside a range
        text = text.replace("\\!", "  ")
    if "\\" in text or "{+}" in text:
        text = _LATEX_SIGN.sub(lambda m: _SIGN_CHARACTER[m.lastgroup or ""].ljust(len(m.group(0))), text)
    if "^" in text and "$" in text:
        text = _MATH_SUPERSCRIPT_NAME.sub(lambda m: (m.group(1) + _SUPERSCRIPT.get(m.group(2), m.group(2))).rjust(len(m.group(0))), text)
    if "^" in text:
        text = _NAME_SUPERSCRIPT.sub(lambda m: (m.group(1) + m.group(2)).ljust(len(m.group(0))), text)
    out = _LATEX.sub(blank, text) if ("\\" in text or "$" in text or "}" in text) else text
    if "http" in out or "www." in out or "@" in out:
        out = _URL.sub(lambda m: "\u2063" * len(m.group(0)), out)  # invisible separator: no digits survive
    if "\u2212" in out or "\u2013" in out or "\u2014" in out:
        out = out.replace("\u2212", "-").replace("\u2013", "-").replace("\u2014", "-")  # unicode minus and dashes
    assert len(out) == len(text)
    return out


# A sentence ends at . ! ? followed by space and an upper-case letter, digit or bracket,
# unless the dot belongs to an abbreviation.
_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|al|cf|Fig|Tab|Eq|approx|resp|No|Sec)|\b[A-Z])\.$")
_BROKEN_DECIMAL = re.compile(r"[0-9]\. [0-9]{1,3}\s?\\?%")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\[\"'])")
# "tasks.This capability": a sentence joined without a space (the dot first: a fast scan)
_NO_SPACE_JOIN = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of text (clean text recommended)."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREV.search(text[max(start, m.start() - 8): m.start()]) or _BROKEN_DECIMAL.match(text, m.start() - 2):
            continue   # (an abbreviation; "90. 72\\%": a decimal broken by a space, a PDF's line end)
        end = m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    # no-space joins such as "tasks.This capability" also end a sentence
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    joins = [m.end() for m in _NO_SPACE_JOIN.finditer(text)]
    if not joins:
        return spans
    out = []
    for s, e in spans:
        prev = s
        for p in joins:
            if s + 4 <= p < e - 1:  # the three letters and the dot, and the capital, inside the sentence
                out.append((prev, p))
                prev = p
        out.append((prev, e))
    return out

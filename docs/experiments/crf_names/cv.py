"""Five folds by set: a CRF tagger of benchmark names against the rules' names (see README.md).
Needs `pip install python-crfsuite` (not a dependency of the project); run prep.py first."""
import collections
import pickle
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def shape(w: str) -> str:
    s = re.sub(r"[0-9]", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", w)))
    return re.sub(r"(.)\1+", r"\1\1", s)


def features(d: dict) -> list[list[str]]:
    words = [t for _, _, t in d["toks"]]
    out = []
    for i, w in enumerate(words):
        f = ["b", "w=" + w.lower(), "sh=" + shape(w), "p3=" + w[:3].lower(), "s3=" + w[-3:].lower(),
             f"up={w.isupper():d}", f"ti={w.istitle():d}", f"dig={any(c.isdigit() for c in w):d}", f"hy={'-' in w:d}",
             f"voc={d['invoc'][i]:d}", f"inner_cap={bool(re.search(r'[a-z][A-Z]', w)):d}",
             f"sent_start={i == 0 or words[i - 1] in '.!?':d}"]
        for o in (-3, -2, -1, 1, 2, 3):
            j = i + o
            if 0 <= j < len(words):
                f.append(f"w{o:+d}={words[j].lower()}")
                if abs(o) == 1:
                    f += [f"sh{o:+d}={shape(words[j])}", f"voc{o:+d}={d['invoc'][j]:d}"]
            else:
                f.append(f"w{o:+d}=<pad>")
        out.append(f)
    return out


def names(d: dict, labels: list[str]) -> set[str]:
    spans, cur = [], None
    for (s, e, _), lab in zip(d["toks"], labels):
        if lab == "B" or (lab == "I" and cur is None):
            if cur:
                spans.append(cur)
            cur = [s, e]
        elif lab == "I":
            cur[1] = e
        elif cur:
            spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return {d["text"][s:e] for s, e in spans}


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def main() -> None:
    import pycrfsuite  # (here, not at the top: encoder_names/tagger.py imports names() and norm() from this file without it)

    with open(HERE / "out" / "data.pkl", "rb") as f:
        data = [d for d in pickle.load(f) if d["has_claims"]]
    sets = sorted({d["set"] for d in data})
    random.Random(7).shuffle(sets)
    n = collections.Counter()
    for k, fold in enumerate(sets[i::5] for i in range(5)):
        trainer = pycrfsuite.Trainer(verbose=False)
        for d in data:
            if d["set"] not in fold:
                trainer.append(features(d), d["lab"])
        trainer.set_params({"c1": 0.1, "c2": 0.05, "max_iterations": 80, "feature.possible_transitions": True})
        model = str(HERE / "out" / f"fold{k}.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        for d in (d for d in data if d["set"] in fold):
            pred = {norm(x) for x in names(d, tagger.tag(features(d)))} - {""}
            gold = {norm(x) for x in d["gold_names"]} - {""}
            rules = {norm(x) for x in d["rule_names"]} - {""}
            n["gold"] += len(gold)
            for key, got in (("crf", pred), ("rules", rules), ("union", pred | rules)):
                n[key] += len(got)
                n[key + "_right"] += len(got & gold)
            n["missed_by_rules"] += len(gold - rules)
            n["crf_only"] += len(pred - rules)
            n["crf_only_right"] += len((pred - rules) & gold)
    for key in ("rules", "crf", "union"):
        print(f"{key}: precision {n[key + '_right'] / n[key]:.3f}, recall {n[key + '_right'] / n['gold']:.3f}")
    print(f"names the rules miss found by the CRF: {n['crf_only_right']} of {n['missed_by_rules']}; "
          f"names only the CRF gives that are right: {n['crf_only_right']} of {n['crf_only']}")


if __name__ == "__main__":
    main()

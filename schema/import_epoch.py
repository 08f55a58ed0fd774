"""Import Epoch AI's models table into the reviewed data file schema/vocab/models_epoch.csv.

    python schema/import_epoch.py PATH/ai_models.csv [--out schema/vocab/models_epoch.csv]
    python -m claimboard.schema.import_epoch PATH/ai_models.csv

Run once by hand when Epoch's table is refreshed, read the review report it prints, and commit
the CSV: the project never reads Epoch's files at run or test time. Source: Epoch AI, "Data on
AI Models" (epoch.ai/data), CC BY 4.0; see schema/vocab/EPOCH.md for the rules applied here.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):                      # run as a file: python schema/import_epoch.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimboard.schema.registry import IMPORTED_CSV, build_index, load_registry, normalise
from claimboard.schema.vocab import load_benchmarks

COLUMNS = ["model_id", "aliases", "family", "organisation", "release_date", "params_b",
           "active_params_b", "open_weights", "domain", "source"]

# ------------------------------------------------------------------ the reviewed decisions
# Ordinary words and names of a method or an architecture class rather than of one trained
# model: abstracts use them in their ordinary sense, so they must not resolve to a model.
GENERIC = {
    "Transformer", "Conformer", "Boosting", "Rotation", "Draw", "Spark", "Swift", "Diamond",
    "Primer", "Genesis", "Aurora", "Helix", "Unicorn", "Eve", "Golem", "Mitosis", "Perfusion",
    "Firefly", "LSTM", "GRUs", "GANs", "BPE", "DQN", "LDA", "GNN", "GSM", "NLM", "LMS", "TD(0)",
    "TRPO", "SimPO", "SpecAugment", "HOGWILD!", "Back-propagation", "Weight Decay", "Q-learning",
    "U-Net", "BatchNorm", "ADAM (CIFAR-10)", "Dropout (CIFAR)", "Dropout (ImageNet)",
    "Dropout (MNIST)", "Dropout (TIMIT)", "Dropout: SVHN", "GELU for CIFAR-10", "ReLU (LFW)",
    "ReLU (NORB)", "ReLU-Speech", "Layer Normalization: Draw",
    "Layer Normalization: Handwriting sequence generation", "Layer Normalization: Skip Thoughts",
    "Layer Normalization: The Attentive Reader", "Elastic weight consolidation",
    "Decoupled weight decay regularization", "Mixture-of-Depths", "Fractional Max-Pooling",
    "Discriminator Guidance", "Statement Curriculum Learning", "Quantized ADMM", "Adaptive Subgrad",
    "Support Vector Machines", "Random Decision Forests", "Genetic algorithm",
    "Gradient Boosting Machine", "Decision tree (classification)", "Neural LM", "RNN LM", "LSTM LM",
    "n-gram LM", "KN-LM", "Feedforward NN", "Fuzzy NN", "Bidirectional RNN",
    "Recursive Neural Network", "Hopfield network", "Kohonen network", "Highway Network",
    "Deep Belief Nets", "Deep Autoencoders", "Denoising Autoencoders",
    "Stacked Denoising Autoencoders", "Restricted Bolzmann machines", "Deep Boltzmann Machines",
    "Time-delay neural networks", "Fully Convolutional Networks", "Maxout Networks",
    "Deeply-supervised nets", "Deep rectifier networks", "Wide Residual Network", "Seq2Seq LSTM",
    "Stack RNN", "Peephole LSTM", "Multi-cell LSTM", "Context-dependent RNN", "Hierarchical LM",
    "Spatial Pyramid Matching", "Selective Search", "Super-vector coding", "Vector Space Model",
    "Semantic Hashing", "Paragraph Vector", "Word Representations", "Prototypical networks",
    "Error Propagation", "Advantage Learning", "Heuristic Reinforcement Learning",
    "Deep Deterministic Policy Gradients", "Linear Decision Functions", "Piecewise linear model",
    "Self Organizing System", "Template Adaptation", "Retrieval-Augmented Generator",
    "Knowledge distillation student model", "Image generation", "Domain Adaptation",
    "Dimensionality Reduction", "Cross-lingual alignment", "Chinese - English translation",
    "Named Entity Recognition model", "Part-of-sentence tagging model", "Phrase-based translation",
    "Polarity Classifier", "Monocular Depth Prediction", "Profile Prediction",
    "Cancer drug mechanism prediction", "Humanoid Locomotion", "Robot Parkour", "Soccer Robot",
    "Adaptive Agent", "Graph-based structural reasoning", "Fragment embedding", "Mid-level Features",
    "Ngram corpus", "3D city reconstruction",
}
# Two rows whose names differ only in case (NVIDIA's CALM, Oxford's CaLM): a written name
# cannot tell them apart, so neither is imported.
AMBIGUOUS = {"CALM", "CaLM"}
# Kept although the description rule below would drop them: they are names.
KEEP = {"Listen, Attend and Spell"}
# Epoch spelling -> canonical spelling (a generic word made specific, a description made a name).
RENAME = {"Arctic": "Snowflake Arctic", "Switch": "Switch-C", "GNoME for crystal discovery": "GNoME"}
# Rows that are another row's API or dated version: dropped, their name becomes its alias.
ALIAS_OF = {
    "open-mistral-7b": "Mistral 7B", "open-mixtral-8x7b": "Mixtral 8x7B",
    "open-mixtral-8x22b": "Mixtral 8x22B", "open-mistral-nemo": "Mistral NeMo",
    "open-mistral-nemo-2407": "Mistral NeMo", "mistral-large-2402": "Mistral Large",
    "ministral-3b-2410": "Ministral 3B", "ministral-8b-2410": "Ministral 8B",
    "GLM-4 (0520)": "GLM-4", "Gemini 1.0 Pro (2024-09-24)": "Gemini 1.0 Pro",
}
# Other real spellings of a row (from the row itself, its paper or its model card).
ALIASES = {
    "GoogLeNet / InceptionV1": ["GoogLeNet", "InceptionV1", "Inception v1"],
    "π0 (pi-zero)": ["pi0", "pi-zero"],
    "Multitask Unified Model (MUM)": ["MUM"],
    "DNA Fine-Tuned Language Model (DFLM)": ["DFLM"],
    "SCRN (Structurally Constrained Recurrent Network)": ["SCRN"],
    "DTN (Domain Transfer Network)": ["Domain Transfer Network"],
    "RoseTTAFold All-Atom (RFAA)": ["RoseTTAFold All-Atom", "RFAA"],
    "Intelligent Go-Explore (IGE)": ["Intelligent Go-Explore"],
    "Stable Diffusion XL (SDXL)": ["SDXL"],
    "Stable Video 3D (SV3D)": ["SV3D"], "Stable Video 4D (SV4D)": ["SV4D"],
    "Swin Transformer V2 (SwinV2-G)": ["SwinV2-G"],
    "KeTu (Kolors)": ["Kolors"],
    "Big Transfer (BiT-L)": ["BiT-L"],
    "Tulu 3 (Tülu 3) 70B": ["Tulu 3 70B", "Tülu 3 70B", "Llama-3.1-Tulu-3-70B"],
    "LLaVA-NeXT-34B (LLaVA-1.6)": ["LLaVA-NeXT-34B", "LLaVA-1.6-34B", "llava-v1.6-34b"],
    "RWKV-5 (Eagle) 7B": ["RWKV-5 7B", "Eagle 7B"], "RWKV-6 (Finch) 3B": ["RWKV-6 3B", "Finch 3B"],
    "TinyLlama-1.1B (3T token checkpoint)": ["TinyLlama-1.1B", "TinyLlama"],
    "GPT-3 175B (davinci)": ["GPT-3"],                    # the same model as the curated GPT-3
    "DeepSeek-V2 (MoE-236B)": ["DeepSeek-V2"],
    "DeepSeek-Coder-V2 236B": ["DeepSeek-Coder-V2"],
    "Mamba 2, 2.7B": ["Mamba-2 2.7B"],
    "Snowflake Arctic": ["Arctic-Instruct", "snowflake-arctic-instruct"],
    "Llama 3.2 11B": ["Llama-3.2-11B-Vision"], "Llama 3.2 90B": ["Llama-3.2-90B-Vision"],
    "BLOOM-7.1B": ["bloom-7b1"],                          # hub ids
    "Ministral 8B": ["Ministral-8B-Instruct-2410"], "Pixtral 12B": ["Pixtral-12B-2409"],
}
# Sizes left empty ("never a rumoured count"), name -> why. The resolver then falls back on a
# size written in the name, if any.
DOUBTFUL_SIZE = {
    **dict.fromkeys(["Doubao-pro", "MegaScale (Production)", "Fuyu-Heavy", "Pangu 3.0", "XGen-7B",
                     "Hiero", "MuggleMath", "VISTA-2D", "FunSearch", "Qwen-VL-Max",
                     "Adversarial Joint Adaptation Network (ResNet)"],
                    "Epoch's note calls it speculative, a guess or unclear"),
    **dict.fromkeys(["RNN (SGD+CLR)", "RNN (SGD+CLR) (PTB)"], "estimated by a chatbot, unchecked"),
    **dict.fromkeys(["Yi-Large", "Hunyuan", "abab6.5", "Step-2"], "a lower bound ('over 100 billion')"),
    **dict.fromkeys(["PaLM 2", "GPT-3.5 Turbo", "Amazon Titan"], "a leak or third-party report"),
    "Cohere Command": "one of several sizes sold under the name",
    "SigLIP": "the name covers several sizes (the second SigLIP row, a compute estimate, is dropped)",
    "XVERSE-65B-2": "Epoch took it from the name",
    "Llama 2-7B": "contradicts the name and the paper (70B recorded for the 7B model)",
}
_FUNCTION_WORDS = {"of", "for", "with", "in", "to", "by", "from", "via", "that", "on", "and", "the", "a"}
_ACTIVE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(B|billion)\b(?:\s+(?:params?|parameters?))?(?:\s+(?:are|were))?"
    r"\s+(?:active|activated|activation|used on average)", re.IGNORECASE)
_SIZE_IN_NAME = re.compile(r"(?<![\w.])(?:\d+x)?\d+(?:\.\d+)?[BMT](?:-A\d+(?:\.\d+)?B)?(?![\w.])")
_ROLE_TAIL = re.compile(r"[\s\-_]+(?:Instruct|Chat|Base|it|hf)$", re.IGNORECASE)
_OPEN = {"Open weights (unrestricted)": "true", "Open weights (restricted use)": "true",
         "Open weights (non-commercial)": "true", "API access": "false", "Unreleased": "false",
         "Hosted access (no API)": "false"}


def _number(value: float) -> str:
    """Four significant digits, no exponent: 46.7, 0.117, 1571."""
    return format(Decimal(f"{value:.4g}"), "f")


def _is_description(name: str) -> bool:
    words = re.sub(r"\([^)]*\)", " ", name).split()
    return name not in KEEP and len(words) >= 4 and bool(_FUNCTION_WORDS & set(words))


def hyphenated(name: str) -> str | None:
    """The hub-style spelling of a sized name ('Gemma 2 27B' -> 'Gemma-2-27B',
    'Qwen2.5 Instruct (72B)' -> 'Qwen2.5-72B-Instruct'), for matchers that compare verbatim."""
    text = re.sub(r"\s*\((\d+(?:\.\d+)?[BMT])\)$", r" \1", name)
    if not re.search(r"\s\d", text) or re.search(r"[(),+/:&]", text):   # a version or size after a space
        return None
    text = re.sub(r"\b(Instruct|Chat|Base)\s+(\d+(?:\.\d+)?[BMT])$", r"\2 \1", text)
    alias = re.sub(r"\s*-\s*|\s+", "-", text)
    return alias if alias != name else None


def family_of(name: str, known: dict[str, str]) -> str:
    """The model line: the name without parenthetical notes, sizes and a trailing role word
    ('Llama 2-70B' -> 'Llama 2', 'Qwen2.5 Instruct (72B)' -> 'Qwen2.5'), spelled as the registry
    spells it when it names a curated entry ('Vicuna-v1.3' -> 'Vicuna')."""
    base = re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", name)
    base = _SIZE_IN_NAME.sub(" ", base)
    base = re.sub(r"[\s\-_,]{2,}", lambda m: " " if " " in m.group() else m.group()[0], base).strip(" -_,:")
    while _ROLE_TAIL.search(base) and len(_ROLE_TAIL.sub("", base)) > 2:   # not 'Tk-Instruct'
        base = _ROLE_TAIL.sub("", base).strip(" -_,")
    base = base or name
    return known.get(normalise(base), base)


def active_from_notes(notes: str, total_b: float | None) -> float | None:
    m = _ACTIVE.search(notes or "")
    if not m:
        return None
    value = float(m.group(1))
    return value if total_b is None or value < total_b else None


def convert(path: Path) -> tuple[list[dict], list[str]]:
    """(rows of models_epoch.csv, review report lines)."""
    with path.open(encoding="utf-8", newline="") as fh:
        source_rows = [r for r in csv.DictReader(fh)]
    newest = max(r["Publication date"] for r in source_rows if r.get("Publication date"))
    source = f"Epoch AI, Data on AI Models, CC BY 4.0, retrieved from {path.name} (newest {newest})"
    curated = build_index(load_registry(imported=None))
    bench = {normalise(s) for b in load_benchmarks() for s in b.spellings}
    report: list[str] = []
    out: dict[str, dict] = {}        # key -> row
    extra_aliases: dict[str, list[str]] = {}
    for r in source_rows:
        name = " ".join((r.get("Model") or "").split())
        if not name:
            report.append("dropped (no name): a row without a model name")
            continue
        if name in ALIAS_OF:
            extra_aliases.setdefault(ALIAS_OF[name], []).append(name)
            report.append(f"alias: {name!r} -> {ALIAS_OF[name]!r}")
            continue
        reason = ("generic word or method" if name in GENERIC else "ambiguous (differs only in case)"
                  if name in AMBIGUOUS else "description, not a name" if _is_description(name) else None)
        model_id = RENAME.get(name, name)
        k = normalise(model_id)
        if reason is None and k in bench and k not in curated:
            reason = "also a benchmark name"
        if reason is None and k in out:
            reason = f"duplicate of an earlier row {out[k]['model_id']!r}"
        if reason:
            report.append(f"dropped ({reason}): {name!r}")
            continue
        params = float(r["Parameters"]) / 1e9 if (r.get("Parameters") or "").strip() else None
        if params is not None and name in DOUBTFUL_SIZE:
            report.append(f"size left empty ({DOUBTFUL_SIZE[name]}): {name!r} {params:g}B")
            params = None
        active = active_from_notes(r.get("Parameters notes", ""), params) if params else None
        if active is not None:
            report.append(f"active: {name!r} {_number(params or 0)}B total, {_number(active)}B active")
        aliases = [a for a in [hyphenated(model_id), *ALIASES.get(model_id, ALIASES.get(name, []))] if a]
        out[k] = {
            "model_id": model_id, "aliases": aliases, "family": "",
            "organisation": (r.get("Organization") or "").strip(),
            "release_date": (r.get("Publication date") or "").strip(),
            "params_b": _number(params) if params else "",
            "active_params_b": _number(active) if active else "",
            "open_weights": _OPEN.get((r.get("Model accessibility") or "").strip(), ""),
            "domain": (r.get("Domain") or "").strip(), "source": source,
        }
    by_id = {row["model_id"]: row for row in out.values()}
    for target, names in extra_aliases.items():
        by_id[target]["aliases"].extend(names)
    known = {k: e.model_id for k, e in curated.items()}
    for row in out.values():
        row["family"] = family_of(row["model_id"], known)
        row["aliases"] = "|".join(dict.fromkeys(row["aliases"]))
        hit = {curated[k].model_id for k in map(normalise, [row["model_id"], *row["aliases"].split("|")])
               if k in curated}
        if hit:
            report.append(f"merges into curated: {row['model_id']!r} -> {sorted(hit)}")
    rows = sorted(out.values(), key=lambda row: (row["model_id"].casefold(), row["model_id"]))
    return rows, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ai_models", type=Path, help="Epoch's ai_models.csv")
    parser.add_argument("--out", type=Path, default=IMPORTED_CSV)
    args = parser.parse_args(argv)
    rows, report = convert(args.ai_models)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    for line in report:
        print(line, file=sys.stderr)
    print(f"wrote {len(rows)} models to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The columns of claimboard's tables: name, Arrow type and description.

This module is the single source of the table layout: the pandera schema, the Parquet
writer (field descriptions), the dataset card and the dashboard all read it.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1.3"   # 1.1: model_id, model_family, model_role, base_model_id, setting; 1.2: confidence_features; 1.3: decided_by

KINDS = ("score", "delta", "relative")
QUALIFIERS = ("up to", "about", "average", "at least", "below", "within")
PARAMS_SOURCES = ("text", "name", "registry")
MODEL_ROLES = ("proposed", "baseline", "human", "unnamed")
# columns added in schema 1.1: a claims file written before them still reads (they are empty)
IDENTITY_COLUMNS = ("model_id", "model_family", "model_role", "base_model_id", "setting")
# columns added in schema 1.2 (the confidence scorer, extract/scorer.py)
SCORER_COLUMNS = ("confidence_features",)
# columns added in schema 1.3: the named strategies that decided the row
STRATEGY_COLUMNS = ("decided_by",)
# the columns a claims file may lack because it was written before they were added (read as empty)
OPTIONAL_COLUMNS = IDENTITY_COLUMNS + SCORER_COLUMNS + STRATEGY_COLUMNS
MENTION_CLASSES = (
    "model size",
    "data size",
    "compute",
    "cost",
    "efficiency",
    "unnamed evaluation",
    "other",
)

# (name, arrow type, description) in table order.
CLAIM_COLUMNS: list[tuple[str, pa.DataType, str]] = [
    ("claim_id", pa.string(), "Stable id of the claim: paper_id, then the number's offset in the abstract and an index."),
    ("paper_id", pa.string(), "Stable id of the paper: the id given in the input, else a slug of the title."),
    ("paper_title", pa.string(), "The paper's title exactly as in the source."),
    ("source", pa.string(), "The input file the paper was read from (path as given on the command line)."),
    ("model", pa.string(), "Model or system the number belongs to, as the text names it; null when the text names none."),
    ("model_id", pa.string(), "Canonical registry name of that model (schema/registry.py: curated list + Epoch AI's models table); null when the registry does not know it (never a guess)."),
    ("model_family", pa.string(), "The model's family from the registry (e.g. 'Llama 2', 'GPT'); null when model_id is null."),
    ("model_role", pa.string(), "'proposed' (the paper's own system), 'baseline' (another named model), 'human', or 'unnamed' (no model named, or an aggregate such as 'the best open model')."),
    ("base_model_id", pa.string(), "For a method applied to a base model ('applying X to Qwen2.5-1.5B'), the base model's registry name; else null."),
    ("params_b", pa.float64(), "Model size in billions of parameters (total for mixture-of-experts); null when unknown, never 0."),
    ("active_params_b", pa.float64(), "Active parameters in billions for mixture-of-experts models, when stated; else null."),
    ("params_source", pa.string(), "Where params_b came from: 'text' (the sentence or abstract), 'name' (the model's name), 'registry' (schema/vocab/models.csv); null when params_b is null."),
    ("benchmark", pa.string(), "Canonical name of the evaluation (benchmark, dataset, test set, leaderboard)."),
    ("benchmark_known", pa.bool_(), "True when the benchmark is in schema/vocab/benchmarks.csv; false when recognised only from phrasing."),
    ("category", pa.string(), "Category of the benchmark from the vocabulary (e.g. math, code, translation); null when unknown."),
    ("subset", pa.string(), "Split, direction, configuration or task family inside the benchmark; null when none."),
    ("setting", pa.string(), "Evaluation setting the text states for the number ('5-shot', 'zero-shot; CoT', 'maj@64', 'fine-tuned'); null otherwise."),
    ("metric", pa.string(), "What was measured (accuracy, BLEU, chrF, F1, ...) as written; unwritten: 'score' where the text says score, else the benchmark's usual metric."),
    ("value", pa.float64(), "The number as stated; percents stay on the 0-100 scale. A delta is signed by the direction the metric moved (up positive)."),
    ("value_high", pa.float64(), "Upper end of a range ('5.2%-21.8%'); null otherwise."),
    ("value_text", pa.string(), "The number exactly as written in the abstract."),
    ("unit", pa.string(), "'%' when the text writes a percent sign (or 'percent'); 'pp' for percentage points; else null."),
    ("kind", pa.string(), "'score' (absolute result), 'delta' (difference between results) or 'relative' (fraction of another result)."),
    ("qualifier", pa.string(), "'up to', 'about', 'average', 'at least', 'below', 'within', or null."),
    ("evidence", pa.string(), "The sentence of the abstract that states the claim."),
    ("char_start", pa.int64(), "Offset of the number's first character in the abstract."),
    ("char_end", pa.int64(), "Offset just past the number's last character in the abstract."),
    ("extractor", pa.string(), "The rule that attached the row, its version and the digest of the rules' code and data, e.g. 'on-benchmark@3.1a2b3c4d'."),
    ("confidence", pa.float64(), "0..1: the precision measured on blind evaluation sets for rows that score like this one (extract/scorer.py; see data/README.md)."),
    ("confidence_features", pa.string(), "The three features that moved the confidence score most, with their contributions in logits, e.g. 'model_id +0.9; benchmark_known +0.6; from..to -0.5'; null in files written before schema 1.2."),
    ("decided_by", pa.string(), "The named strategies that decided the row's benchmark, model, kind and size, e.g. 'benchmark: benchmark-after; model: subject; kind: delta-lead; size: of-the-model' (the lists BENCH_STRATEGIES, MODEL_STRATEGIES, KIND_STRATEGIES and SIZE_STRATEGIES of extract/, or a list rule such as 'respectively-over-benchmarks'; 'model: learned-candidate (p 0.71: ...)': the learned ranker of extract/model_ranker.py decided the model, with its probability and the features that moved it most; 'size: unnamed-own': a row with no model, the size its sentence states for the paper's unnamed system); null in files written before schema 1.3."),
]

MENTION_COLUMNS: list[tuple[str, pa.DataType, str]] = [
    ("mention_id", pa.string(), "Stable id of the mention: paper_id and the number's offset."),
    ("paper_id", pa.string(), "Stable id of the paper."),
    ("paper_title", pa.string(), "The paper's title exactly as in the source."),
    ("source", pa.string(), "The input file the paper was read from."),
    ("value", pa.float64(), "The number as parsed; null when it could not be parsed as a number."),
    ("value_text", pa.string(), "The number exactly as written."),
    ("unit", pa.string(), "Unit or suffix written with the number (%, B, M, K, x, tokens, ...); null when none."),
    ("mention_class", pa.string(), "model size, data size, compute, cost, efficiency, unnamed evaluation or other."),
    ("reason", pa.string(), "Why the number is not a claim."),
    ("rule", pa.string(), "The named strategy that decided (extract/mentions.py STRATEGIES: 'setting', 'year', 'count', ...; "
                          "or a step of the extractor: 'domain-gate', 'no-benchmark', 'inside-name', 'validation')."),
    ("evidence", pa.string(), "The sentence that contains the number."),
    ("char_start", pa.int64(), "Offset of the number's first character in the abstract."),
    ("char_end", pa.int64(), "Offset just past the number's last character in the abstract."),
]

REJECT_COLUMNS: list[tuple[str, pa.DataType, str]] = [
    ("claim_id", pa.string(), "Id of the rejected row (may be null or duplicated: that can be the reason)."),
    ("paper_title", pa.string(), "Title of the paper the row came from."),
    ("column", pa.string(), "Column whose check failed; null for checks across columns."),
    ("check", pa.string(), "Name of the failed check."),
    ("failure_case", pa.string(), "The offending value, as text."),
    ("row", pa.string(), "The whole rejected row as JSON."),
]


# models.parquet (extract/models_table.py): one row per registry model seen in the claims
MODEL_COLUMNS: list[tuple[str, pa.DataType, str]] = [
    ("model_id", pa.string(), "Canonical registry name of the model (schema/registry.py), as in claims.parquet's model_id; one row each, sorted by it."),
    ("model_family", pa.string(), "The model's family from the registry (e.g. 'Llama 2', 'GPT')."),
    ("organisation", pa.string(), "Organisation(s) that made the model, from the registry (Epoch AI's table); null when unknown."),
    ("release_date", pa.string(), "Release date from the registry, ISO 'YYYY-MM-DD'; null when unknown."),
    ("params_b", pa.float64(), "The registry's size in billions of parameters (total for mixture-of-experts); null when the registry has none (for example a family-level entry such as 'LLaMA')."),
    ("active_params_b", pa.float64(), "The registry's active parameters in billions for mixture-of-experts models; else null."),
    ("open_weights", pa.bool_(), "True when the weights are published, false when not, null when the registry does not say."),
    ("n_claims", pa.int64(), "Number of rows of claims.parquet with this model_id."),
    ("n_papers", pa.int64(), "Number of distinct papers (paper_id) with at least one claim for this model_id."),
    ("source", pa.string(), "Where the registry's name and sizes come from (a paper, a model card, or Epoch AI's table)."),
]


def arrow_schema(columns, metadata: dict[bytes, bytes] | None = None) -> pa.Schema:
    """An Arrow schema whose fields carry their descriptions as field metadata."""
    fields = [pa.field(n, t, nullable=True, metadata={b"description": d.encode()}) for n, t, d in columns]
    return pa.schema(fields, metadata=metadata)


def names(columns) -> list[str]:
    return [c[0] for c in columns]

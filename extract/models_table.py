"""models.parquet, and the names the registry does not know yet.

- `ModelTally` counts, batch by batch, the claims and papers of every model_id in the claims
  written; `frame()` is then one row per model_id (MODEL_COLUMNS) with what the registry
  (schema/registry.py) says of it, sorted by model_id, so the bytes depend on the claims only
  (not on --jobs, the engine or --update).
- `unresolved_models(claims)` lists the model names that claims carry without a model_id
  (`claimboard models`): what to add to the registry next.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import pandas as pd
import pyarrow as pa

from claimboard.schema.columns import MODEL_COLUMNS, names
from claimboard.schema.registry import RegistryEntry, described, load_registry, resolve

MODELS_NAME = "models.parquet"
NO_MODEL_ROLES = ("human", "unnamed")   # a person or an aggregate: nothing for the registry


def _columns(claims, cols: Iterable[str]) -> list[list]:
    """Python lists of the columns of an Arrow table or a pandas frame (None for a null;
    a column the table lacks is all null)."""
    out = []
    if isinstance(claims, pa.Table):
        for c in cols:
            out.append(claims.column(c).to_pylist() if c in claims.column_names else [None] * claims.num_rows)
        return out
    for c in cols:
        if c in claims.columns:
            out.append([None if _isnull(v) else v for v in claims[c].tolist()])
        else:
            out.append([None] * len(claims))
    return out


def _isnull(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


class ModelTally:
    """Claims and papers per model_id, added a batch of claims at a time.

    Papers are counted per call: a paper's claims must all come in one call (true of the
    pipeline, where each paper is in one batch and paper ids are unique), so memory is one
    counter per model, never a set of papers."""

    def __init__(self) -> None:
        self.n_claims: Counter = Counter()
        self.n_papers: Counter = Counter()
        self.family: dict[str, str] = {}   # from the claims: used only if the registry lacks the id

    def add(self, claims) -> None:
        """Count an Arrow table or pandas frame with model_id, paper_id (and model_family)."""
        ids, papers, families = _columns(claims, ("model_id", "paper_id", "model_family"))
        seen: set = set()
        for model_id, paper_id, family in zip(ids, papers, families):
            if model_id is None:
                continue
            self.n_claims[model_id] += 1
            if (model_id, paper_id) not in seen:
                seen.add((model_id, paper_id))
                self.n_papers[model_id] += 1
            if family is not None:
                self.family.setdefault(model_id, family)

    def frame(self) -> pd.DataFrame:
        """One row per model_id seen (MODEL_COLUMNS), sorted by model_id."""
        entries = registry_by_id()
        rows = []
        for model_id in sorted(self.n_claims):
            e: RegistryEntry | None = entries.get(model_id)
            rows.append({
                "model_id": model_id,
                "model_family": e.family if e else self.family.get(model_id),
                "organisation": e.organisation if e else None,
                "release_date": e.release_date if e else None,
                "params_b": e.params_b if e else None,
                "active_params_b": e.active_params_b if e else None,
                "open_weights": e.open_weights if e else None,
                "n_claims": self.n_claims[model_id],
                "n_papers": self.n_papers[model_id],
                "source": e.source if e else None,
            })
        return pd.DataFrame(rows, columns=names(MODEL_COLUMNS))


def registry_by_id() -> dict[str, RegistryEntry]:
    return {e.model_id: e for e in load_registry()}


def models_frame(claims) -> pd.DataFrame:
    """The models table of a whole claims table (Arrow or pandas)."""
    tally = ModelTally()
    tally.add(claims)
    return tally.frame()


def unresolved_models(claims) -> pd.DataFrame:
    """Model names that claims carry without a model_id (the role neither human nor unnamed;
    not a description such as 'ensemble method', schema.registry.described), with their claims
    and papers, most claims first, then most papers, then by name; the name as written
    (stripped). `now` is the model_id the current registry gives the name
    (the claims were built with an older one: rebuild), else None."""
    models, ids, roles, papers = _columns(claims, ("model", "model_id", "model_role", "paper_id"))
    n_claims: Counter = Counter()
    paper_sets: dict[str, set] = {}
    for model, model_id, role, paper_id in zip(models, ids, roles, papers):
        if model is None or model_id is not None or role in NO_MODEL_ROLES:
            continue
        name = str(model).strip()
        if not name or described(name):
            continue   # ('ensemble method': a description, never a registry entry)
        n_claims[name] += 1
        paper_sets.setdefault(name, set()).add(paper_id)
    rows = []
    for name, n in n_claims.items():
        res = resolve(name)
        rows.append({"model": name, "n_claims": n, "n_papers": len(paper_sets[name]),
                     "now": res.model_id if res else None})
    rows.sort(key=lambda r: (-r["n_claims"], -r["n_papers"], r["model"]))
    return pd.DataFrame(rows, columns=["model", "n_claims", "n_papers", "now"])


def summary(claims) -> dict[str, int]:
    """Counts for the summary line of `claimboard models`."""
    models, ids, roles = _columns(claims, ("model", "model_id", "model_role"))
    named = [(m, i) for m, i, r in zip(models, ids, roles) if m is not None and str(m).strip() and r not in NO_MODEL_ROLES]
    return {
        "claims": len(ids),
        "with_model_id": sum(i is not None for i in ids),
        "named": len(named),
        "named_unresolved": sum(i is None for _, i in named),
        "model_ids": len({i for i in ids if i is not None}),
        "described": sum(i is None and described(str(m)) for m, i in named),
    }


def format_unresolved(table: pd.DataFrame, counts: dict[str, int], top: int = 0) -> list[str]:
    """The lines `claimboard models` prints: a header, one line per name (the first `top`;
    0: all), a line for the rest, and the summary."""
    shown = table if top <= 0 else table.head(top)
    lines = []
    if len(table):
        width = max(len("claims"), *(len(str(n)) for n in shown["n_claims"]))
        pwidth = max(len("papers"), *(len(str(n)) for n in shown["n_papers"]))
        lines.append(f"{'claims':>{width}}  {'papers':>{pwidth}}  model (not in the registry, most frequent first)")
        for r in shown.itertuples(index=False):
            note = f"  [now resolves to {r.now}: rebuild the data]" if r.now else ""
            lines.append(f"{r.n_claims:>{width}}  {r.n_papers:>{pwidth}}  {r.model}{note}")
        rest = table.iloc[len(shown):]
        if len(rest):
            lines.append(f"... and {len(rest)} more name{'s' if len(rest) != 1 else ''} "
                         f"({int(rest['n_claims'].sum())} claims; --top 0 lists all)")
    else:
        lines.append("no unresolved model names: every named model has a model_id")
    c = counts
    share = f"{c['with_model_id'] / c['claims']:.1%}" if c["claims"] else "n/a"
    named_share = f"{(c['named'] - c['named_unresolved']) / c['named']:.1%}" if c["named"] else "n/a"
    lines.append(f"{c['with_model_id']} of {c['claims']} claims ({share}) have a model_id ({c['model_ids']} distinct); "
                 f"{c['named'] - c['named_unresolved']} of {c['named']} claims naming a model ({named_share}) resolve; "
                 f"{len(table)} distinct unresolved name{'s' if len(table) != 1 else ''}"
                 + (f" ({c['described']} claims describe their system without a name: not listed)" if c.get("described") else ""))
    return lines

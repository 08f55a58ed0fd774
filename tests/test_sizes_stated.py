"""Sizes the abstract states for a name by apposition (extract/size_strategies.appositive_sizes),
read by the size strategy 'stated-for-the-name': real phrases, and phrases that state none."""
import pytest

from claimboard.extract.size_strategies import appositive_sizes

STATED = [
    # (text, name, size in billions)
    ("Using ToolOrchestra, we produce Orchestrator, an 8B model that achieves higher accuracy at lower cost", "Orchestrator", 8.0),
    ("The Cognitive Categorical Transformer (CCT) is a 306M-parameter architecture that augments a pretrained GPT-2 Small backbone", "CCT", 0.306),
    ("We release Llamion, a family of 14B-parameter open-weight language models obtained by transforming Orion-14B", "Llamion", 14.0),
    ("we introduce the Page-Object Table Transformer (POTATR), a lightweight 29M parameter image-to-graph model", "POTATR", 0.029),
]

NONE_STATED = [
    # (text, name that must get no size)
    ("We evaluate Orchestrator on HLE, where a 8-shot prompt is used", "Orchestrator"),
    ("GPT-4o, a proprietary model, leads the benchmark", "GPT-4o"),
    ("Llamion recovers Orion's behaviour with only ~123M tokens on a single A100", "Llamion"),
]


@pytest.mark.parametrize("text,name,size", STATED, ids=[t[1] for t in STATED])
def test_stated(text: str, name: str, size: float):
    assert appositive_sizes(text).get(name) == [size]


@pytest.mark.parametrize("text,name", NONE_STATED, ids=[t[1] for t in NONE_STATED])
def test_none_stated(text: str, name: str):
    assert name not in appositive_sizes(text)

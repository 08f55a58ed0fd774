"""Named lists of real abstract sentences with hand-written expectations for
tests/test_sentences.py (one module per capability)."""

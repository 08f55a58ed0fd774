"""claimboard's extractor: paper listings in, validated claims and mentions out."""
__version__ = "0.1.0"

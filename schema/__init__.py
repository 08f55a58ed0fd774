"""claimboard's table schema, vocabularies and writers."""

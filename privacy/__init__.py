"""convmon privacy core: PII detection, keyed pseudonyms, surrogates, quarantine, audit log."""

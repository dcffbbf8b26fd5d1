"""The interest questionnaire: item bank, answers files, scoring and item analysis (no Qt, no I/O in scoring)."""

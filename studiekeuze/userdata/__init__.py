"""Pupil sessions in their own local SQLite file: minimal data, saved as it goes, exported and erased on request."""

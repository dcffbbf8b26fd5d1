"""Content: the reviewed source files, their validation, the build into SQLite and the only SQL queries."""

"""The desktop app (PySide6 only): it shows what the core computes and holds no domain logic of its own."""

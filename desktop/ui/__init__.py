"""Hearth's widgets: they show models and emit intents; no I/O, engine or hub calls."""

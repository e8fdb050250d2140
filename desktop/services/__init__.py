"""Services: QtCore objects between the UI and the engine, history and downloads."""

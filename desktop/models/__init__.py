"""Qt item models over Hearth's data, changed only on the GUI thread."""

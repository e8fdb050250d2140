"""Pure-Python core of Hearth: types, errors, checks and stores, with no Qt."""

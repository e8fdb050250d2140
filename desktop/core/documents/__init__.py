"""Documents: files read as text (extract), cut into passages (chunking), indexed and searched."""

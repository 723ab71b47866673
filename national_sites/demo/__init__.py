"""Demo content of the network, written in code.

Each site's content is a dictionary per language, all with the same shape (see `schema.py`).
The loader builds every page from its source language and makes the translations with
wagtail-localize, pairing each source text with the text at the same place in the other
language. Keys that start with an underscore are identifiers, not words: they are never
translated.
"""

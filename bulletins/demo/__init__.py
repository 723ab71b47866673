"""Demo content of the bulletins app: Network bulletins and newsletters, written in code."""

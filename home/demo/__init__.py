"""Demo content of the European site's home app: resources and activity reports."""

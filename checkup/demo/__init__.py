"""Demo content of the City Check-up: its questionnaire and sample submissions."""

"""Demo content of the SmartEnCity Academy and its webinar series."""

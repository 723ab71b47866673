"""Demo news items of the European site and the five national network sites."""

"""The demo events of each site, by site code ("eu" for the European site)."""

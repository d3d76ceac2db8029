"""The dashboard: how each pair is doing, at a glance, and the session journal."""

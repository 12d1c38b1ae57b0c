"""Offline generators for data files (not imported at run time)."""

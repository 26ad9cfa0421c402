"""The review screen's widgets."""

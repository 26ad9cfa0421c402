"""Modal dialogs; each returns its result with dismiss()."""

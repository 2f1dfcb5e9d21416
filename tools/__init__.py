"""Developer tools (not part of the app): compile forms, update translations."""

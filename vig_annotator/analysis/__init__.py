"""Interaction dynamics as pure functions over codings and media series: voices, turns, ..."""

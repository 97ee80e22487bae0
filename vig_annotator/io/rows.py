"""A table as the exporters write it: column names and rows produced afresh each time they are read.

Its own module so that the tables (``io.tables``) and the file writers (``io.table_files``) can both
name it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Rows:
    """A table written row by row: its column names and a function that yields its rows."""

    columns: tuple[str, ...]
    produce: Callable[[], Iterator[tuple[Any, ...]]]
    dtypes: tuple[tuple[str, str], ...] = ()
    """pandas dtypes for ``frame()`` (e.g. nullable integers), as (column, dtype)."""
    safe: bool = False
    """True when text cells already come neutralised against spreadsheet formulas."""
    csv_lines: Callable[[], Iterator[str]] | None = None
    """The same rows already written as CSV lines (a faster path for large tables), when offered."""
    json_records: Callable[[], Iterator[str]] | None = None
    """The same rows already encoded as JSON objects (the JSON writer's faster path), when offered."""

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self.produce()

    def frame(self) -> pd.DataFrame:
        """The whole table as a DataFrame (small tables, tests, the GUI)."""
        import pandas as pd

        frame = pd.DataFrame.from_records(list(self), columns=list(self.columns))

        return frame.astype(dict(self.dtypes)) if self.dtypes else frame

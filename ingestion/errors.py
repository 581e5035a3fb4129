"""What can go wrong reading a source, by what the operator (or the retry policy) should do about it.

A module of its own, without pandas or drivers, so the Dagster assets can name these errors without loading
the readers.
"""


class SourceConfigError(ValueError):
    """The sources file (or a source definition) is wrong."""


class SourceUnavailableError(RuntimeError):
    """The source cannot be used, and trying again will not help (credentials refused, no such database)."""


class SourceTransientError(SourceUnavailableError):
    """The source failed in a way that usually passes (connection refused, a timeout, a locked SQLite
    file): the ingestion assets' RetryPolicy tries again with backoff."""

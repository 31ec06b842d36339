"""Count the SQL statements Tortoise sends during a block.

    from tests.sqlcount import count_queries

    with count_queries() as counted:
        await client.post("/graphql", json={...})
    assert counted.count == 2, counted.statements

It listens to Tortoise's ``tortoise.db_client`` logger, where every client
(SQLite, asyncpg, and their transaction wrappers) logs each statement it
executes once: ``execute_query``, ``execute_query_dict``, ``execute_insert``,
``execute_many`` and ``execute_script``. Transaction control (BEGIN, COMMIT,
savepoints) and connection set-up are not counted. Statements of other tasks
running at the same time are counted too: measure one request at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tortoise.log import db_client_logger


@dataclass
class CountedQueries:
    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)


class _Collector(logging.Handler):
    def __init__(self, counted: CountedQueries) -> None:
        super().__init__(logging.DEBUG)
        self.counted = counted

    def emit(self, record: logging.LogRecord) -> None:
        # Statements are logged as "%s: %s" (query, values) or as the bare script;
        # connection and pool messages have their own formats and are skipped.
        if record.msg == "%s: %s" and isinstance(record.args, tuple) and record.args:
            self.counted.statements.append(str(record.args[0]))
        elif not record.args and isinstance(record.msg, str):
            self.counted.statements.append(record.msg)


@contextmanager
def count_queries() -> Iterator[CountedQueries]:
    counted = CountedQueries()
    handler = _Collector(counted)
    previous_level = db_client_logger.level
    db_client_logger.addHandler(handler)
    db_client_logger.setLevel(logging.DEBUG)
    try:
        yield counted
    finally:
        db_client_logger.removeHandler(handler)
        db_client_logger.setLevel(previous_level)

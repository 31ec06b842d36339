"""Pushes, claims and supervision tasks (审管联动 loop).

Importing the package registers the queues' due-time copies with the deadlines area,
so that a calendar change keeps them in step wherever the models are loaded.
"""

from domain.linkage.services import due_times as _due_times  # noqa: F401

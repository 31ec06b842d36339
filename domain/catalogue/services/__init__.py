"""Use cases of the catalogue (C1–C5), one module per concern.

- ``items``: approval, handling, supervision and sub-items: create, update, upsert.
- ``links``: propose, confirm, reject, unlink (C3).
- ``reads``: filtered lists, coverage, DataLoader batch functions.
- ``publication``: publish a version (C5), read published versions, route by date.

Every writing use case checks the policy, validates with ``domain.catalogue.rules``,
writes and records the audit event in one ``transaction()``. Called inside an
outer ``transaction()`` (a bulk import), they join it: the whole import commits
or rolls back at once; inside ``common.bulk()`` the upserts and link use cases
join it without a savepoint each (see there).
"""

"""Reading the draft catalogue: filtered lists, the coverage view, batch loads.

Lists return querysets for keyset pagination (``api.relay.paginate``); batch
functions return rows in the order of the ids asked for (DataLoaders). Everyone
signed in reads the draft (policy READ_CATALOGUE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.policy import Operation, require
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import CommitmentMode, KeyArea, LinkStatus

M = TypeVar("M", bound=Model)


def require_reader(actor: Actor) -> None:
    """Raise unless ``actor`` may read the draft catalogue."""
    require(actor, Operation.READ_CATALOGUE)


def _search(text: str | None, *prefixes: str) -> Q | None:
    """Rows whose code or name (of each prefix) contains ``text`` (case-insensitive)."""
    term = (text or "").strip()
    if not term:
        return None
    conditions = [
        Q(**{f"{prefix}{name}__icontains": term})
        for prefix in prefixes
        for name in ("code", "name")
    ]
    return Q(*conditions, join_type="OR")


@dataclass(frozen=True)
class ApprovalItemFilter:
    department_id: int | None = None
    search: str | None = None  # code or name, of the item or of one of its handling items
    commitment_eligible: bool | None = None
    commitment_mode: CommitmentMode | None = None
    include_inactive: bool = False


def approval_items(actor: Actor, filter: ApprovalItemFilter) -> QuerySet[ApprovalItem]:
    require(actor, Operation.READ_CATALOGUE)
    queryset = ApprovalItem.all()
    if not filter.include_inactive:
        queryset = queryset.filter(is_active=True)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.commitment_eligible is not None:
        queryset = queryset.filter(commitment_eligible=filter.commitment_eligible)
    if filter.commitment_mode is not None:
        mode = CommitmentMode(filter.commitment_mode).value
        queryset = queryset.filter(commitment_mode_flags__contains=f",{mode},")
    search = _search(filter.search, "")
    if search is not None:
        in_handling = _search(filter.search, "")
        matching = HandlingItem.filter(in_handling).values("approval_item_id")  # type: ignore[arg-type]
        queryset = queryset.filter(Q(search, Q(id__in=Subquery(matching)), join_type="OR"))
    return queryset


@dataclass(frozen=True)
class SupervisionItemFilter:
    department_id: int | None = None
    search: str | None = None  # code or name, of the item or of one of its sub-items
    is_key: bool | None = None
    key_area: KeyArea | None = None
    include_inactive: bool = False


def supervision_items(actor: Actor, filter: SupervisionItemFilter) -> QuerySet[SupervisionItem]:
    require(actor, Operation.READ_CATALOGUE)
    queryset = SupervisionItem.all()
    if not filter.include_inactive:
        queryset = queryset.filter(is_active=True)
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.is_key is not None:
        queryset = queryset.filter(is_key=filter.is_key)
    if filter.key_area is not None:
        queryset = queryset.filter(key_area=KeyArea(filter.key_area))
    search = _search(filter.search, "")
    if search is not None:
        in_sub_items = _search(filter.search, "")
        matching = SupervisionSubItem.filter(in_sub_items).values("supervision_item_id")  # type: ignore[arg-type]
        queryset = queryset.filter(Q(search, Q(id__in=Subquery(matching)), join_type="OR"))
    return queryset


@dataclass(frozen=True)
class LinkFilter:
    statuses: Sequence[LinkStatus] = ()  # empty: any
    department_id: int | None = None  # the supervising (proposed) department
    approval_department_id: int | None = None
    approval_item_id: int | None = None
    handling_item_id: int | None = None
    search: str | None = None  # code or name of the handling item or its approval item


def catalogue_links(actor: Actor, filter: LinkFilter) -> QuerySet[CatalogueLink]:
    require(actor, Operation.READ_CATALOGUE)
    queryset = CatalogueLink.all()
    if filter.statuses:
        queryset = queryset.filter(status__in=[LinkStatus(s) for s in filter.statuses])
    if filter.department_id is not None:
        queryset = queryset.filter(department_id=filter.department_id)
    if filter.handling_item_id is not None:
        queryset = queryset.filter(handling_item_id=filter.handling_item_id)
    handling = HandlingItem.all()
    narrowed = False
    if filter.approval_item_id is not None:
        handling, narrowed = handling.filter(approval_item_id=filter.approval_item_id), True
    if filter.approval_department_id is not None:
        handling = handling.filter(approval_item__department_id=filter.approval_department_id)
        narrowed = True
    search = _search(filter.search, "", "approval_item__")
    if search is not None:
        handling, narrowed = handling.filter(search), True
    if narrowed:
        queryset = queryset.filter(handling_item_id__in=Subquery(handling.values("id")))
    return queryset


# ---- coverage (C3, C4) ------------------------------------------------------------------


def _confirmed_handling_item_ids() -> Subquery:
    return Subquery(CatalogueLink.filter(status=LinkStatus.CONFIRMED).values("handling_item_id"))


def _active_handling_items() -> QuerySet[HandlingItem]:
    return HandlingItem.filter(is_active=True, approval_item__is_active=True)


def unlinked_handling_items(
    actor: Actor, approval_department_id: int | None = None
) -> QuerySet[HandlingItem]:
    """Active handling items with no confirmed link: the gaps of C3."""
    require(actor, Operation.READ_CATALOGUE)
    queryset = _active_handling_items().filter(id__not_in=_confirmed_handling_item_ids())
    if approval_department_id is not None:
        queryset = queryset.filter(approval_item__department_id=approval_department_id)
    return queryset


def links_awaiting_confirmation(
    actor: Actor, department_id: int | None = None
) -> QuerySet[CatalogueLink]:
    """Proposed links not yet confirmed or rejected (of one supervising department)."""
    return catalogue_links(
        actor, LinkFilter(statuses=(LinkStatus.PROPOSED,), department_id=department_id)
    )


def post_verification_gaps(
    actor: Actor, approval_department_id: int | None = None
) -> QuerySet[ApprovalItem]:
    """C4: active 事后核查 items with no handling item, or one without a confirmed link."""
    require(actor, Operation.READ_CATALOGUE)
    uncovered = _active_handling_items().filter(id__not_in=_confirmed_handling_item_ids())
    with_handling = _active_handling_items().values("approval_item_id")
    queryset = ApprovalItem.filter(is_active=True, requires_post_verification=True).filter(
        Q(
            Q(id__in=Subquery(uncovered.values("approval_item_id"))),
            Q(id__not_in=Subquery(with_handling)),
            join_type="OR",
        )
    )
    if approval_department_id is not None:
        queryset = queryset.filter(department_id=approval_department_id)
    return queryset


# ---- batch loads (DataLoaders) --------------------------------------------------------------


async def _by_ids(model: type[M], ids: Sequence[int]) -> list[M | None]:
    rows = {row.pk: row for row in await model.filter(id__in=list(set(ids)))}
    return [rows.get(i) for i in ids]


async def approval_items_by_ids(ids: Sequence[int]) -> list[ApprovalItem | None]:
    return await _by_ids(ApprovalItem, ids)


async def handling_items_by_ids(ids: Sequence[int]) -> list[HandlingItem | None]:
    return await _by_ids(HandlingItem, ids)


async def supervision_items_by_ids(ids: Sequence[int]) -> list[SupervisionItem | None]:
    return await _by_ids(SupervisionItem, ids)


async def sub_items_by_ids(ids: Sequence[int]) -> list[SupervisionSubItem | None]:
    return await _by_ids(SupervisionSubItem, ids)


async def links_by_ids(ids: Sequence[int]) -> list[CatalogueLink | None]:
    return await _by_ids(CatalogueLink, ids)


async def handling_items_of(
    approval_item_ids: Sequence[int], *, include_inactive: bool = False
) -> list[list[HandlingItem]]:
    """The handling items of each approval item, by code (one query)."""
    queryset = HandlingItem.filter(approval_item_id__in=list(set(approval_item_ids)))
    if not include_inactive:
        queryset = queryset.filter(is_active=True)
    grouped: dict[int, list[HandlingItem]] = {}
    for row in await queryset.order_by("code"):
        grouped.setdefault(row.approval_item_id, []).append(row)
    return [grouped.get(i, []) for i in approval_item_ids]


async def sub_items_of(
    supervision_item_ids: Sequence[int], *, include_inactive: bool = False
) -> list[list[SupervisionSubItem]]:
    queryset = SupervisionSubItem.filter(supervision_item_id__in=list(set(supervision_item_ids)))
    if not include_inactive:
        queryset = queryset.filter(is_active=True)
    grouped: dict[int, list[SupervisionSubItem]] = {}
    for row in await queryset.order_by("code"):
        grouped.setdefault(row.supervision_item_id, []).append(row)
    return [grouped.get(i, []) for i in supervision_item_ids]


async def open_links_of(handling_item_ids: Sequence[int]) -> list[CatalogueLink | None]:
    """The proposed or confirmed link of each handling item, or None (one query)."""
    rows = {
        row.handling_item_id: row
        for row in await CatalogueLink.filter(
            open_handling_item_id__in=list(set(handling_item_ids))
        )
    }
    return [rows.get(i) for i in handling_item_ids]

"""Published catalogues (C5): publish the draft as a version, read versions, route.

Publishing copies the active draft into the ``Published*`` tables of a new
``CatalogueVersion`` with an effective date (today or later in Asia/Shanghai, and
not before the latest version's). The public reads published versions without
logging in: the read functions here take no actor.
"""

from __future__ import annotations

from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from domain.accounts.actor import Actor
from domain.accounts.models import Department
from domain.accounts.policy import Operation, require
from domain.audit.services import record
from domain.calendar.rules import local_date
from domain.catalogue.errors import CatalogueIncomplete
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    CatalogueVersion,
    HandlingItem,
    PublishedApprovalItem,
    PublishedLink,
    PublishedSupervisionItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import (
    NOTE_MAX,
    DraftApprovalItem,
    LinkStatus,
    check_effective_date,
    check_publication,
    clean_text,
)
from domain.clock import utc_now
from domain.errors import Conflict
from domain.transaction import transaction


def latest_version() -> QuerySet[CatalogueVersion]:
    return CatalogueVersion.all().order_by("-effective_date", "-number")


async def version_in_effect(on_date: date) -> CatalogueVersion | None:
    """C5: the version in effect on ``on_date`` (None before the first one takes effect)."""
    return await latest_version().filter(effective_date__lte=on_date).first()


async def current_version() -> CatalogueVersion | None:
    """The version in effect today (Asia/Shanghai)."""
    return await version_in_effect(local_date(utc_now()))


async def version_by_number(number: int) -> CatalogueVersion | None:
    return await CatalogueVersion.get_or_none(number=number)


def versions() -> QuerySet[CatalogueVersion]:
    """Every published version (public)."""
    return CatalogueVersion.all()


def _in_effect_id(on_date: date) -> Subquery:
    return Subquery(
        CatalogueVersion.filter(effective_date__lte=on_date)
        .order_by("-effective_date", "-number")
        .limit(1)
        .values("id")
    )


async def published_route(handling_item: int | str, on_date: date) -> PublishedLink | None:
    """The published row of a handling item (by id, or by code if a str) in the catalogue
    in effect on ``on_date``, in one statement. ``None``: no version in effect, or the
    handling item was not in it. A row whose ``department_id`` is None had no confirmed
    link in that version."""
    key = (
        Q(handling_item_code=handling_item.strip().upper())
        if isinstance(handling_item, str)
        else Q(handling_item_id=handling_item)
    )
    return await PublishedLink.filter(key, version_id=_in_effect_id(on_date)).first()


def published_approval_items(
    version_id: int, *, department_id: int | None = None, search: str | None = None
) -> QuerySet[PublishedApprovalItem]:
    queryset = PublishedApprovalItem.filter(version_id=version_id)
    if department_id is not None:
        queryset = queryset.filter(department_id=department_id)
    term = (search or "").strip()
    if term:
        queryset = queryset.filter(Q(code__icontains=term) | Q(name__icontains=term))
    return queryset


def published_supervision_items(
    version_id: int,
    *,
    department_id: int | None = None,
    search: str | None = None,
    is_key: bool | None = None,
) -> QuerySet[PublishedSupervisionItem]:
    queryset = PublishedSupervisionItem.filter(version_id=version_id)
    if department_id is not None:
        queryset = queryset.filter(department_id=department_id)
    if is_key is not None:
        queryset = queryset.filter(is_key=is_key)
    term = (search or "").strip()
    if term:
        queryset = queryset.filter(Q(code__icontains=term) | Q(name__icontains=term))
    return queryset


async def published_links_of(
    published_approval_item_ids: list[int],
) -> list[list[PublishedLink]]:
    """For a DataLoader: the published handling items of each published approval item."""
    grouped: dict[int, list[PublishedLink]] = {}
    rows = await PublishedLink.filter(
        published_approval_item_id__in=list(set(published_approval_item_ids))
    ).order_by("handling_item_code")
    for row in rows:
        grouped.setdefault(row.published_approval_item_id, []).append(row)
    return [grouped.get(i, []) for i in published_approval_item_ids]


# ---- publishing ---------------------------------------------------------------------------


async def _draft_problems(
    approval_items: list[ApprovalItem],
    handling: dict[int, list[HandlingItem]],
    confirmed: dict[int, CatalogueLink],
) -> None:
    check = check_publication(
        DraftApprovalItem(
            code=item.code,
            name=item.name,
            commitment_modes=item.commitment_modes,
            handling_item_codes=[h.code for h in handling.get(item.id, [])],
            confirmed_handling_item_codes=[
                h.code for h in handling.get(item.id, []) if h.id in confirmed
            ],
        )
        for item in approval_items
    )
    if not check.ok:
        raise CatalogueIncomplete(check.problems)


async def publish_catalogue(actor: Actor, effective_date: date, note: str = "") -> CatalogueVersion:
    """C5: freeze the active draft into a new version that takes effect on ``effective_date``."""
    require(actor, Operation.PUBLISH_CATALOGUE)
    note = clean_text(note, field="note", maximum=NOTE_MAX)
    async with transaction():
        latest = await latest_version().first()
        check_effective_date(
            effective_date, local_date(utc_now()), latest.effective_date if latest else None
        )
        approval_items = await ApprovalItem.filter(is_active=True).order_by("code")
        handling: dict[int, list[HandlingItem]] = {}
        for h in await HandlingItem.filter(
            is_active=True, approval_item_id__in=[a.id for a in approval_items]
        ).order_by("code"):
            handling.setdefault(h.approval_item_id, []).append(h)
        confirmed = {
            link.handling_item_id: link
            for link in await CatalogueLink.filter(status=LinkStatus.CONFIRMED)
        }
        await _draft_problems(approval_items, handling, confirmed)
        supervision_items = await SupervisionItem.filter(is_active=True).order_by("code")
        # All sub-items: a confirmed link may point to one deactivated since.
        sub_items = {s.id: s for s in await SupervisionSubItem.all()}
        supervision_by_id = {s.id: s for s in await SupervisionItem.all()}
        departments = {d.id: d.name for d in await Department.all()}

        last = await CatalogueVersion.all().order_by("-number").first()
        number = last.number + 1 if last else 1
        now = utc_now()
        version = CatalogueVersion(
            number=number,
            effective_date=effective_date,
            published_at=now,
            published_by_id=actor.user_id,
            published_by_name=actor.username,
            note=note,
            approval_item_count=len(approval_items),
            handling_item_count=sum(len(v) for v in handling.values()),
            supervision_item_count=len(supervision_items),
            link_count=sum(1 for v in handling.values() for h in v if h.id in confirmed),
        )
        try:
            await version.save()
        except IntegrityError as exc:
            raise Conflict("他人刚刚发布了新版本，请刷新后重试。", field="effectiveDate") from exc

        await PublishedApprovalItem.bulk_create(
            [
                PublishedApprovalItem(
                    version_id=version.id,
                    approval_item_id=a.id,
                    code=a.code,
                    name=a.name,
                    department_id=a.department_id,
                    department_name=departments.get(a.department_id, ""),
                    legal_basis=a.legal_basis,
                    commitment_eligible=a.commitment_eligible,
                    commitment_modes=list(a.commitment_modes),
                    verification_period_working_days=a.verification_period_working_days,
                    allowed_credit_grades=list(a.allowed_credit_grades),
                )
                for a in approval_items
            ],
            batch_size=500,
        )
        published_ids = dict(
            await PublishedApprovalItem.filter(version_id=version.id).values_list(
                "approval_item_id", "id"
            )
        )
        rows: list[PublishedLink] = []
        for a in approval_items:
            for h in handling.get(a.id, []):
                row = PublishedLink(
                    version_id=version.id,
                    published_approval_item_id=published_ids[a.id],
                    handling_item_id=h.id,
                    handling_item_code=h.code,
                    handling_item_name=h.name,
                )
                link = confirmed.get(h.id)
                sub = sub_items.get(link.supervision_sub_item_id or 0) if link else None
                if link is not None and sub is not None:
                    item = supervision_by_id[sub.supervision_item_id]
                    row.link_id = link.id
                    row.department_id = link.department_id
                    row.department_name = departments.get(link.department_id, "")
                    row.supervision_item_id = item.id
                    row.supervision_item_code = item.code
                    row.supervision_item_name = item.name
                    row.supervision_sub_item_id = sub.id
                    row.supervision_sub_item_code = sub.code
                    row.supervision_sub_item_name = sub.name
                    row.is_key = item.is_key
                    row.key_area = item.key_area
                rows.append(row)
        await PublishedLink.bulk_create(rows, batch_size=500)
        subs_by_item: dict[int, list[SupervisionSubItem]] = {}
        for s in sorted(sub_items.values(), key=lambda s: s.code):
            if s.is_active:
                subs_by_item.setdefault(s.supervision_item_id, []).append(s)
        await PublishedSupervisionItem.bulk_create(
            [
                PublishedSupervisionItem(
                    version_id=version.id,
                    supervision_item_id=s.id,
                    code=s.code,
                    name=s.name,
                    department_id=s.department_id,
                    department_name=departments.get(s.department_id, ""),
                    legal_basis=s.legal_basis,
                    is_key=s.is_key,
                    key_area=s.key_area,
                    sub_items=[
                        {"id": x.id, "code": x.code, "name": x.name}
                        for x in subs_by_item.get(s.id, [])
                    ],
                )
                for s in supervision_items
            ],
            batch_size=500,
        )
        await record(
            actor,
            "catalogue.publish",
            target_type="CatalogueVersion",
            target_id=version.id,
            before=None,
            after=version.snapshot(),
        )
    return version

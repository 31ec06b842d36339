"""C6: an imported change and the same change made through the catalogue services
(the forms' use cases) write the same rows and the same audit events."""

from __future__ import annotations

from typing import Any

from domain.accounts.models import Department
from domain.audit.models import AuditEvent
from domain.catalogue.imports import ImportStatus
from domain.catalogue.models import (
    ApprovalItem,
    CatalogueLink,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
)
from domain.catalogue.rules import HandlingItemData, LinkStatus
from domain.catalogue.services.items import (
    create_handling_item,
    update_approval_item,
    update_supervision_item,
    update_supervision_sub_item,
)
from domain.catalogue.services.links import confirm_link, propose_link, unlink_link
from domain.catalogue.spreadsheet import ApprovalRow, CatalogueSheets, LinkRow, SupervisionRow
from domain.catalogue.spreadsheet_store import UNLINK_REASON
from domain.catalogue.spreadsheet_write import write_workbook
from tests.integration.test_catalogue_import import coordinator, imported

__all__ = ["coordinator"]  # the fixture, imported for these tests


def _sheets(p: str, *, changed: bool = False) -> CatalogueSheets:
    """A small catalogue of codes prefixed ``p``; ``changed``: the edited version."""
    approval = [
        ApprovalRow(
            f"{p}SP1", "食品经营许可（变更后）" if changed else "食品经营许可", "SPJ", "",
            True, ("POST_VERIFICATION",), 10, ("A", "B"), f"{p}SP1-01", "新办",
        ),
        ApprovalRow(
            f"{p}SP2", "药品零售许可", "SPJ", "", False, (), None, (), f"{p}SP2-01", "新办",
        ),
    ]  # fmt: skip
    if changed:  # a new handling item of an existing approval item
        approval.append(
            ApprovalRow(
                f"{p}SP2", "药品零售许可", "SPJ", "", False, (), None, (), f"{p}SP2-02", "延续",
            )
        )  # fmt: skip
    supervision = [
        SupervisionRow(
            f"{p}JG1", "食品经营监管", "SCJ", "", True, "FOOD_AND_DRUGS",
            f"{p}JG1-01", "日常检查（变更后）" if changed else "日常检查",
        ),
        SupervisionRow(
            f"{p}JG1", "食品经营监管", "SCJ", "", True, "FOOD_AND_DRUGS", f"{p}JG1-02", "专项检查",
        ),
        SupervisionRow(
            f"{p}JG2", "药品零售监管（变更后）" if changed else "药品零售监管", "WJJ", "",
            False, None, f"{p}JG2-01", "日常检查",
        ),
    ]  # fmt: skip
    if changed:
        links = [
            # CONFIRMED to another sub-item of the same department: unlink, propose, confirm
            LinkRow(f"{p}SP1-01", "SCJ", f"{p}JG1-02", "CONFIRMED"),
            # the PROPOSED link confirmed
            LinkRow(f"{p}SP2-01", "WJJ", f"{p}JG2-01", "CONFIRMED"),
            # the new handling item's link proposed
            LinkRow(f"{p}SP2-02", "WJJ", None, "PROPOSED"),
        ]
    else:
        links = [
            LinkRow(f"{p}SP1-01", "SCJ", f"{p}JG1-01", "CONFIRMED"),
            LinkRow(f"{p}SP2-01", "WJJ", None, "PROPOSED"),
        ]
    return CatalogueSheets(approval, supervision, links)


async def _events_after(seq: int) -> list[AuditEvent]:
    return await AuditEvent.filter(seq__gt=seq).exclude(action__startswith="catalogue_import.")


async def _last_seq() -> int:
    last = await AuditEvent.all().order_by("-seq").first()
    return last.seq if last else 0


def _shape(events: list[AuditEvent], codes: dict[int, str]) -> list[tuple[Any, ...]]:
    """What must agree: action, target type, department and the fields written."""

    def fields(snapshot: dict[str, Any] | None) -> dict[str, Any]:
        return {
            k: v
            for k, v in (snapshot or {}).items()
            if not k.endswith("_id") and k not in ("id", "code")
        }

    return [
        (
            e.action,
            e.target_type,
            codes.get(e.department_id or 0),
            fields(e.before),
            fields(e.after),
        )
        for e in events
    ]


async def _rows(p: str) -> dict[str, Any]:
    """The catalogue rows of prefix ``p``, without ids and with the prefix taken off."""

    def strip(code: str | None) -> str | None:
        return code.removeprefix(p) if code else code

    approval = await ApprovalItem.filter(code__startswith=p).order_by("code")
    handling = await HandlingItem.filter(code__startswith=p).order_by("code")
    supervision = await SupervisionItem.filter(code__startswith=p).order_by("code")
    subs = await SupervisionSubItem.filter(code__startswith=p).order_by("code")
    links = (
        await CatalogueLink.filter(handling_item__code__startswith=p)
        .order_by("id")
        .values(
            "handling_item__code",
            "department__code",
            "supervision_sub_item__code",
            "status",
            "reason",
            "open_handling_item_id",
        )
    )
    return {
        "approval": [
            (strip(a.code), a.name, a.commitment_modes, a.requires_post_verification)
            for a in approval
        ],
        "handling": [(strip(h.code), h.name, h.is_active) for h in handling],
        "supervision": [(strip(s.code), s.name, s.is_key, s.key_area) for s in supervision],
        "subs": [(strip(s.code), s.name, s.is_active) for s in subs],
        "links": [
            (
                strip(link["handling_item__code"]),
                link["department__code"],
                strip(link["supervision_sub_item__code"]),
                str(link["status"]),
                link["reason"],
                link["open_handling_item_id"] is not None,
            )
            for link in links
        ],
    }


async def test_c6_an_imported_change_audits_like_the_same_change_through_the_services(
    coordinator, clock
):
    # The same catalogue twice: A to be changed by a file, B through the services.
    start = CatalogueSheets(
        _sheets("A-").approval + _sheets("B-").approval,
        _sheets("A-").supervision + _sheets("B-").supervision,
        _sheets("A-").links + _sheets("B-").links,
    )
    assert (await imported(coordinator, write_workbook(start))).status is ImportStatus.SUCCEEDED
    assert await _rows("A-") == await _rows("B-")
    codes = dict(await Department.all().values_list("id", "code"))

    # A: the edited file (B's rows unchanged in it).
    before_import = await _last_seq()
    edited = CatalogueSheets(
        _sheets("A-", changed=True).approval + _sheets("B-").approval,
        _sheets("A-", changed=True).supervision + _sheets("B-").supervision,
        _sheets("A-", changed=True).links + _sheets("B-").links,
    )
    job = await imported(coordinator, write_workbook(edited))
    assert job.status is ImportStatus.SUCCEEDED, job.errors
    assert job.summary == {"created": 3, "updated": 4, "unchanged": 17}
    by_import = await _events_after(before_import)

    # B: the same change, one form at a time.
    before_forms = await _last_seq()
    sp1 = await ApprovalItem.get(code="B-SP1")
    await update_approval_item(coordinator, sp1.id, {"name": "食品经营许可（变更后）"})
    sp2 = await ApprovalItem.get(code="B-SP2")
    new_handling = await create_handling_item(
        coordinator, HandlingItemData(code="B-SP2-02", name="延续", approval_item_id=sp2.id)
    )
    jg2 = await SupervisionItem.get(code="B-JG2")
    await update_supervision_item(coordinator, jg2.id, {"name": "药品零售监管（变更后）"})
    jg1_01 = await SupervisionSubItem.get(code="B-JG1-01")
    await update_supervision_sub_item(coordinator, jg1_01.id, {"name": "日常检查（变更后）"})
    moved = await CatalogueLink.get(handling_item__code="B-SP1-01", status=LinkStatus.CONFIRMED)
    await unlink_link(coordinator, moved.id, UNLINK_REASON)
    scj = await Department.get(code="SCJ")
    wjj = await Department.get(code="WJJ")
    relinked = await propose_link(coordinator, moved.handling_item_id, scj.id)
    jg1_02 = await SupervisionSubItem.get(code="B-JG1-02")
    await confirm_link(coordinator, relinked.id, jg1_02.id)
    proposed = await CatalogueLink.get(handling_item__code="B-SP2-01", status=LinkStatus.PROPOSED)
    jg2_01 = await SupervisionSubItem.get(code="B-JG2-01")
    await confirm_link(coordinator, proposed.id, jg2_01.id)
    await propose_link(coordinator, new_handling.id, wjj.id)
    by_forms = await _events_after(before_forms)

    # The same events (order aside: the file is stored sheet by sheet) ...
    assert (
        sorted(e.action for e in by_import)
        == sorted(e.action for e in by_forms)
        == sorted(
            [
                "approval_item.update",
                "handling_item.create",
                "supervision_item.update",
                "supervision_sub_item.update",
                "catalogue_link.unlink",
                "catalogue_link.propose",
                "catalogue_link.confirm",
                "catalogue_link.confirm",
                "catalogue_link.propose",
            ]
        )
    )
    assert sorted(_shape(by_import, codes), key=repr) == sorted(_shape(by_forms, codes), key=repr)
    # ... and the same rows.
    assert await _rows("A-") == await _rows("B-")

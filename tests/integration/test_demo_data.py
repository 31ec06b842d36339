"""The demo data on the database: Baokang County's catalogue, published, and its users.

Expectations are derived from ``domain/demo_catalogue.py`` and ``domain/demo.py``
(what the data says must be what the database holds), plus the floors the issue
sets (≥ 40 approval items, ≥ 10 supervision departments with items, …).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from domain.accounts.actor import DepartmentKind
from domain.accounts.models import Department, User
from domain.accounts.sessions import login
from domain.audit.models import AuditEvent
from domain.calendar.rules import local_date
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
from domain.catalogue.rules import CommitmentMode, KeyArea, LinkStatus
from domain.catalogue.services.publication import published_route
from domain.catalogue.services.reads import (
    links_awaiting_confirmation,
    post_verification_gaps,
    unlinked_handling_items,
)
from domain.clock import FixedClock
from domain.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_data
from domain.demo_catalogue import (
    APPROVAL_ITEMS,
    SUPERVISION_ITEMS,
    Confirmed,
    Proposed,
    Rejected,
    Unlinked,
)
from domain.demo_linkage import history_start
from tests import factories  # importing it lowers the argon2 cost for the run

MODELS = (
    Department,
    User,
    ApprovalItem,
    HandlingItem,
    SupervisionItem,
    SupervisionSubItem,
    CatalogueLink,
    CatalogueVersion,
    PublishedApprovalItem,
    PublishedSupervisionItem,
    PublishedLink,
    AuditEvent,
)


def expected_final_link() -> dict[str, tuple[LinkStatus, str] | None]:
    """Per handling item code: the status and department of its open link, from the data."""
    sub_item_department = {
        code: item.department for item in SUPERVISION_ITEMS for code, _ in item.sub_items
    }
    final: dict[str, tuple[LinkStatus, str] | None] = {}
    for approval_item in APPROVAL_ITEMS:
        for handling_item in approval_item.handling_items:
            final[handling_item.code] = None
            for step in handling_item.links:
                if isinstance(step, Confirmed):
                    final[handling_item.code] = (
                        LinkStatus.CONFIRMED,
                        sub_item_department[step.sub_item],
                    )
                elif isinstance(step, Proposed):
                    final[handling_item.code] = (LinkStatus.PROPOSED, step.department)
                else:
                    assert isinstance(step, Rejected | Unlinked)
                    final[handling_item.code] = None
    return final


async def counts() -> dict[str, int]:
    return {model.__name__: await model.all().count() for model in MODELS}


@pytest.fixture
async def loaded(db: str, clock: FixedClock) -> list[tuple[str, str, str]]:
    table = await load_demo_data()
    assert table is not None
    return table


async def test_c1_demo_has_at_least_40_approval_items_with_handling_items(loaded: list) -> None:
    assert await ApprovalItem.all().count() == len(APPROVAL_ITEMS) >= 40
    spj = await Department.get(code="SPJ")
    assert spj.kind is DepartmentKind.APPROVAL
    assert await ApprovalItem.exclude(department_id=spj.id).count() == 0
    per_item = Counter(
        await HandlingItem.all().values_list("approval_item__code", flat=True)  # type: ignore[arg-type]
    )
    assert per_item == {a.code: len(a.handling_items) for a in APPROVAL_ITEMS}
    assert all(item.legal_basis.startswith("《") for item in await ApprovalItem.all())


async def test_c2_demo_has_10_supervision_departments_with_items_and_key_items(
    loaded: list,
) -> None:
    departments = await Department.filter(
        kind=DepartmentKind.SUPERVISION, supervision_items__id__not_isnull=True
    ).distinct()
    assert len(departments) >= 10
    assert await SupervisionSubItem.all().count() == sum(
        len(item.sub_items) for item in SUPERVISION_ITEMS
    )
    items = await SupervisionItem.all().prefetch_related("sub_items")
    assert all(item.sub_items for item in items)
    key_areas = {item.key_area for item in items if item.is_key}
    assert key_areas == set(KeyArea)
    assert {i.code for i in items if i.is_key} == {
        i.code for i in SUPERVISION_ITEMS if i.key_area is not None
    }


async def test_c3_demo_links_in_each_status_and_gaps(loaded: list) -> None:
    statuses = set(await CatalogueLink.all().values_list("status", flat=True))
    assert statuses == set(LinkStatus)

    expected = expected_final_link()
    open_links = await CatalogueLink.filter(
        status__in=[LinkStatus.PROPOSED, LinkStatus.CONFIRMED]
    ).values_list("handling_item__code", "status", "department__code")
    actual: dict[str, tuple[LinkStatus, str] | None] = dict.fromkeys(expected)
    for code, status, department_code in open_links:
        actual[code] = (LinkStatus(status), department_code)
    assert actual == expected

    # Most handling items are confirmed; some only proposed; some are gaps (no open link).
    final = Counter(v[0] if v else None for v in expected.values())
    assert final[LinkStatus.CONFIRMED] > len(expected) / 2
    assert final[LinkStatus.PROPOSED] >= 1 and final[None] >= 1
    # Confirmed links name a sub-item of the confirming department.
    for link in await CatalogueLink.filter(status=LinkStatus.CONFIRMED).prefetch_related(
        "supervision_sub_item__supervision_item"
    ):
        assert link.supervision_sub_item is not None
        assert link.supervision_sub_item.supervision_item.department_id == link.department_id
    # The coordinator's coverage view shows the same gaps and the links awaiting confirmation.
    coordinator = (await User.get(username="coordinator")).actor()
    gaps = await unlinked_handling_items(coordinator).values_list("code", flat=True)
    assert set(gaps) == {c for c, v in expected.items() if not v or v[0] is LinkStatus.PROPOSED}
    awaiting = await links_awaiting_confirmation(coordinator).count()
    assert awaiting == final[LinkStatus.PROPOSED]
    assert await post_verification_gaps(coordinator).count() == 0  # publishable (C4)
    rejected_or_ended = await CatalogueLink.filter(
        status__in=[LinkStatus.REJECTED, LinkStatus.UNLINKED]
    )
    assert all(link.reason for link in rejected_or_ended)


async def test_c4_demo_commitment_items_of_each_mode(loaded: list) -> None:
    eligible = await ApprovalItem.filter(commitment_eligible=True)
    modes_seen = {CommitmentMode(m) for item in eligible for m in item.commitment_modes}
    assert modes_seen == set(CommitmentMode)
    assert len(eligible) == sum(1 for a in APPROVAL_ITEMS if a.commitment is not None)
    for item in eligible:
        assert item.allowed_credit_grades
        has_post = CommitmentMode.POST_VERIFICATION in item.commitment_modes
        assert (item.verification_period_working_days is not None) == has_post
    assert await ApprovalItem.filter(commitment_eligible=False).count() > 0


async def test_c5_demo_publishes_version_1_effective_when_its_history_begins(
    loaded: list, clock: FixedClock
) -> None:
    # The demo's history (domain/demo_linkage.py) begins weeks before the load date:
    # the catalogue takes effect then, and the demo pushes are routed by it.
    version = await CatalogueVersion.get()
    assert version.number == 1
    assert version.effective_date == history_start(local_date(clock.now()))
    assert version.effective_date < local_date(clock.now())
    assert await PublishedApprovalItem.filter(version=version).count() == len(APPROVAL_ITEMS)
    assert await PublishedSupervisionItem.filter(version=version).count() == len(SUPERVISION_ITEMS)
    expected = expected_final_link()
    published = await PublishedLink.filter(version=version).values_list(
        "handling_item_code", "supervision_sub_item_code", "department_name"
    )
    assert {code for code, _, _ in published} == set(expected)
    routed = {code for code, sub_item, _ in published if sub_item is not None}
    assert routed == {code for code, v in expected.items() if v and v[0] is LinkStatus.CONFIRMED}
    # Later areas route a push by the catalogue in effect on a date.
    names = {d.code: d.name for d in await Department.all()}
    for code, value in expected.items():
        route = await published_route(code, version.effective_date)
        assert route is not None and route.version_id == version.id
        confirmed = value is not None and value[0] is LinkStatus.CONFIRMED
        assert route.department_name == (names[value[1]] if value and confirmed else None)
    assert await published_route(code, version.effective_date - timedelta(days=1)) is None


async def test_demo_every_change_is_audited(loaded: list) -> None:
    actions = Counter(await AuditEvent.all().values_list("action", flat=True))
    assert actions["department.create"] == await Department.all().count()
    assert actions["user.create"] == await User.all().count()
    catalogue_actions = sum(
        n for a, n in actions.items() if not a.startswith(("user.", "department."))
    )
    assert catalogue_actions >= (
        await ApprovalItem.all().count()
        + await HandlingItem.all().count()
        + await SupervisionItem.all().count()
        + await CatalogueLink.all().count()
        + 1  # the publication
    )


async def test_demo_loading_twice_changes_nothing(loaded: list) -> None:
    before = await counts()
    assert await load_demo_data() is None
    assert await counts() == before


async def test_demo_is_not_loaded_over_existing_data(db: str, clock: FixedClock) -> None:
    await factories.make_department("ABC")
    before = await counts()
    assert await load_demo_data() is None
    assert await counts() == before


async def test_every_demo_user_can_log_in(loaded: list) -> None:
    assert [row[0] for row in loaded] == [u[0] for u in DEMO_USERS]
    for username, _, password in loaded:
        assert password == DEMO_PASSWORD
        outcome = await login(username, password)
        assert outcome.user.username == username
    departments = {code for _, _, code, _ in DEMO_USERS if code}
    assert {"SPJ", "SCJ", "ZJJ", "WJJ", "YJJ"} <= departments

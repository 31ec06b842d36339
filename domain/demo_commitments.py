"""Demo data of notification-commitment approval (告知承诺, K1–K5): credit checks allowed
and refused, commitments pending (one overdue), issued, verified and revoked, and a
post-verification one whose task the supervision department works on — played through
the real services inside the linkage loop's history (``domain/demo_linkage.py``), on the
demo licensees' numbers, never on the 市场监管局 (whose queues the browser tests count).
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.accounts.actor import Actor
from domain.attachments.services import upload
from domain.calendar.rules import local_date
from domain.catalogue.models import ApprovalItem, HandlingItem
from domain.catalogue.rules import CommitmentMode
from domain.clock import utc_now
from domain.commitments.models import Commitment
from domain.commitments.rules import (
    CommitmentData,
    RevocationReason,
    VerificationOutcome,
)
from domain.commitments.services import checks, verification
from domain.commitments.services.commitments import (
    IssueData,
    RevocationData,
    create_commitment,
    issue_committed_license,
    revoke_commitment,
)
from domain.demo_linkage import DOCUMENT_PREFIX, Plan, licensee
from domain.linkage.models import SupervisionTask
from domain.linkage.services import claims
from domain.materials.rules import MaterialCategory
from domain.materials.services import RequiredMaterial

DEFERRED = CommitmentMode.DEFERRED_MATERIALS
VERIFY = CommitmentMode.MATERIAL_VERIFICATION
POST = CommitmentMode.POST_VERIFICATION


async def demo_file(actor: Actor, name: str) -> list[int]:
    """A small PDF uploaded by ``actor`` (a written notice, an opinion, evidence)."""
    data = f"%PDF-1.4\n% 保康县审管联动演示材料：{name}\n%%EOF\n".encode()
    return [(await upload(actor, f"{name}.pdf", data)).id]


@dataclass(frozen=True)
class Story:
    handling: str  # handling item code (an item offering the mode, not 市场监管局's)
    who: int  # demo licensee index (domain/demo_linkage.licensee)
    mode: CommitmentMode
    days_ago: int  # checked and accepted that many days before the load
    due_working_days: int | None = None  # DEFERRED: the promise's period
    issue: int | None = None  # issued that many days after the commitment
    revoke: int | None = None  # DEFERRED, overdue: revoked that many days after
    claim: int | None = None  # the push claimed that many days after issuing
    verify: int | None = None  # POST: verified true that many days after the claim


STORIES: tuple[Story, ...] = (
    # 材料延期: pending and still due, pending and overdue, issued, revoked as overdue.
    Story("BKSP-012-01", 17, DEFERRED, 2, due_working_days=10),
    Story("BKSP-012-02", 16, DEFERRED, 20, due_working_days=5),
    Story("BKSP-005-03", 27, DEFERRED, 12, due_working_days=10, issue=4, claim=1),
    Story("BKSP-005-02", 20, DEFERRED, 25, due_working_days=3, revoke=10),
    # 材料核验: pending, its materials not (yet) in the store.
    Story("BKSP-008-01", 38, VERIFY, 1),
    # 事后核查: issued at once; verified true; one whose task is in progress.
    Story("BKSP-013-01", 22, POST, 30, issue=0, claim=2, verify=18),
    Story("BKSP-005-01", 13, POST, 6, issue=0, claim=2),
)
# Refused: items not under the commitment system (days ago, handling item, licensee).
REFUSED: tuple[tuple[int, str, int], ...] = (
    (3, "BKSP-006-01", 19),
    (9, "BKSP-009-01", 39),
)
MATERIALS = ("消防安全检查合格证明", "卫生管理制度及从业人员健康证明")
REQUIRED = (
    RequiredMaterial(MaterialCategory.IDENTITY, "居民身份证"),
    RequiredMaterial(MaterialCategory.QUALIFICATION, "医师资格证书"),
)


def plan_demo_commitments(plan: Plan, users: dict[str, Actor], ids: dict[str, int]) -> None:
    """Add the commitments' stories to the demo's plan (``PlanHook``)."""
    officer = users["spj.officer"]
    for days_ago, handling, who in REFUSED:

        async def refused(handling: str = handling, who: int = who) -> None:
            item = await HandlingItem.get(code=handling)
            await checks.run_credit_check(officer, licensee(who).number, item.approval_item_id)

        plan.at(plan.moment(days_ago, 10), refused)
    for n, story in enumerate(STORIES, start=1):
        _add_story(plan, n, story, officer, users)


def _add_story(plan: Plan, n: int, story: Story, officer: Actor, users: dict[str, Actor]) -> None:
    state: dict[str, int] = {}
    hour = 9 + n % 6
    data = licensee(story.who)

    async def accept() -> None:
        handling = await HandlingItem.get(code=story.handling)
        item = await ApprovalItem.get(id=handling.approval_item_id)
        check = await checks.run_credit_check(officer, data.number, item.id)
        row = await create_commitment(
            officer,
            CommitmentData(
                credit_check_id=check.id,
                handling_item_id=handling.id,
                mode=story.mode,
                licensee_name=data.name,
                content=f"本人/本单位承诺：申请{item.name}所填报信息真实，符合法定许可条件，"
                "如有不实，愿承担撤销许可及相应法律责任。",
                contact_phone=data.contact_phone,
                address=data.address,
                legal_representative=data.legal_representative,
                materials=MATERIALS if story.mode == DEFERRED else (),
                due_working_days=story.due_working_days,
                required_materials=REQUIRED if story.mode == VERIFY else (),
            ),
        )
        state["commitment"] = row.id

    plan.at(plan.moment(story.days_ago, hour), accept)
    if story.revoke is not None:

        async def revoke() -> None:
            await revoke_commitment(
                officer,
                RevocationData(
                    commitment_id=state["commitment"],
                    reason=RevocationReason.OVERDUE,
                    note="承诺期限届满，申请人仍未补交承诺的材料，依法撤销。",
                ),
            )

        plan.at(plan.moment(story.days_ago - story.revoke, 16), revoke)
    if story.issue is None:
        return
    issued_ago = story.days_ago - story.issue

    async def issue() -> None:
        today = local_date(utc_now())
        await issue_committed_license(
            officer,
            IssueData(
                commitment_id=state["commitment"],
                document_number=f"{DOCUMENT_PREFIX}承诺{n:03d}号",
                license_content=f"经营场所：{data.address}",
                valid_from=today,
                valid_until=today.replace(year=today.year + 5),
                handling_opinion="申请人作出书面承诺，依法实行告知承诺制，准予许可。",
                handed_in_materials=MATERIALS if story.mode == DEFERRED else (),
            ),
        )

    plan.at(plan.moment(issued_ago, hour + 1), issue)
    if story.claim is None:
        return
    claimed_ago = issued_ago - story.claim
    supervisor = users[
        "zjj.supervisor" if story.handling.startswith("BKSP-013") else "wjj.supervisor"
    ]

    async def claim() -> None:
        row = await Commitment.get(id=state["commitment"])
        assert row.push_id is not None
        await claims.claim_push(supervisor, row.push_id)

    plan.at(plan.moment(claimed_ago, hour + 2), claim)
    if story.verify is None:
        return
    verified = plan.moment(claimed_ago - story.verify, 10)

    async def verify() -> None:
        row = await Commitment.get(id=state["commitment"])
        assert await SupervisionTask.exists(push_id=row.push_id)
        await verification.record_verification(
            supervisor,
            verification.VerificationData(
                commitment_id=row.id,
                outcome=VerificationOutcome.TRUE,
                verified_at=verified,
                summary="现场核查：申请人承诺的许可条件与实际情况一致，承诺属实。",
                attachment_ids=tuple(await demo_file(supervisor, f"事后核查记录{n:03d}")),
            ),
        )

    plan.at(plan.moment(claimed_ago - story.verify, 15), verify)

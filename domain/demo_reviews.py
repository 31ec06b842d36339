"""Demo data of joint reviews (商请函 / 会审, J1–J2): one request just sent, one partly
answered (one department responded, one only claimed), one decided after a silent
department's deadline passed (NO_RESPONSE) — played through the real services inside
the linkage loop's history (``domain/demo_linkage.py``), not addressed to 市场监管局."""

from __future__ import annotations

from dataclasses import dataclass

from domain.accounts.actor import Actor
from domain.calendar.rules import local_date
from domain.catalogue.models import ApprovalItem
from domain.clock import utc_now
from domain.demo_commitments import demo_file
from domain.demo_linkage import Plan, licensee
from domain.reviews import rules, services

R = rules.Recommendation


@dataclass(frozen=True)
class Story:
    item: str  # approval item code
    who: int  # demo licensee index
    kind: rules.JointReviewKind
    subject: str
    days_ago: int
    departments: tuple[str, ...]
    # (department code, days after the notice, recommendation or None: claimed only)
    responses: tuple[tuple[str, int, R | None], ...] = ()
    decide: int | None = None  # decided that many days after the notice


STORIES: tuple[Story, ...] = (
    Story(
        "BKSP-012",
        23,
        rules.JointReviewKind.SITE_SURVEY,
        "保康县楚风建设工程有限公司城关镇安置房项目施工许可现场踏勘",
        1,
        ("ZJJ", "YJJ"),
    ),
    Story(
        "BKSP-005",
        14,
        rules.JointReviewKind.MATERIALS_REVIEW,
        "保康县悦榕宾馆公共场所卫生许可材料联合审查",
        4,
        ("WJJ", "YJJ"),
        responses=(("WJJ", 1, R.AGREE_WITH_CONDITIONS), ("YJJ", 2, None)),
    ),
    Story(
        "BKSP-014",
        5,
        rules.JointReviewKind.TECHNICAL_EVALUATION,
        "保康县安居燃气有限公司瓶装燃气供应站安全条件技术评估",
        20,
        ("ZJJ", "YJJ"),
        responses=(("ZJJ", 2, R.AGREE),),
        decide=9,
    ),
)
OPINIONS = {
    R.AGREE: "经审查，申请材料及现场条件符合要求，同意许可。",
    R.AGREE_WITH_CONDITIONS: "原则同意；消毒间设置须在开业前整改到位并报我局复核。",
    R.DISAGREE: "不同意。",
}
RESPONDERS = {"ZJJ": "zjj.supervisor", "WJJ": "wjj.supervisor", "YJJ": "yjj.supervisor"}


def plan_demo_reviews(plan: Plan, users: dict[str, Actor], ids: dict[str, int]) -> None:
    """Add the joint reviews' stories to the demo's plan (``PlanHook``)."""
    for n, story in enumerate(STORIES, start=1):
        _add_story(plan, n, story, users, ids)


def _add_story(
    plan: Plan, n: int, story: Story, users: dict[str, Actor], ids: dict[str, int]
) -> None:
    state: dict[str, int] = {}
    officer = users["spj.officer2"]
    data = licensee(story.who)

    async def send() -> None:
        item = await ApprovalItem.get(code=story.item)
        request = await services.create_joint_review_request(
            officer,
            rules.JointReviewData(
                kind=story.kind,
                licensee_number=data.number,
                licensee_name=data.name,
                approval_item_id=item.id,
                subject=story.subject,
                notice_date=local_date(utc_now()),
                department_ids=tuple(ids[code] for code in story.departments),
                attachment_ids=tuple(await demo_file(officer, f"商请函{n:03d}")),
                staff=("李审批",),
            ),
        )
        state["request"] = request.id

    plan.at(plan.moment(story.days_ago, 9), send)
    for code, after, recommendation in story.responses:
        actor = users[RESPONDERS[code]]

        async def claim(actor: Actor = actor) -> None:
            await services.claim_joint_review(actor, state["request"])

        plan.at(plan.moment(story.days_ago - after, 10), claim)
        if recommendation is None:
            continue

        async def respond(actor: Actor = actor, recommendation: R = recommendation) -> None:
            await services.respond_to_joint_review(
                actor,
                state["request"],
                rules.ResponseData(
                    opinion=OPINIONS[recommendation],
                    recommendation=recommendation,
                    attachment_ids=tuple(await demo_file(actor, f"会审书面意见{n:03d}")),
                ),
            )

        plan.at(plan.moment(story.days_ago - after, 15), respond)
    if story.decide is None:
        return

    async def decide() -> None:
        await services.decide_joint_review(
            officer,
            state["request"],
            rules.Outcome.APPROVED_WITH_CONDITIONS,
            "综合会审意见，附条件准予许可：应急管理局逾期未答复，按未答复处理。",
        )

    plan.at(plan.moment(story.days_ago - story.decide, 11), decide)

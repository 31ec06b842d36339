"""Demo data of inquiries between departments (业务函询, Q1): one open, one answered, one
deemed consent when its due time passed (the reminders step, run as the sweep would) —
through the real services inside the linkage loop's history (``domain/demo_linkage.py``),
none asked of 市场监管局."""

from __future__ import annotations

from dataclasses import dataclass

from domain.accounts.actor import Actor
from domain.clock import utc_now
from domain.deadlines.models import Deadline
from domain.demo_linkage import Plan
from domain.inquiries import rules, services
from domain.inquiries.models import Inquiry
from domain.inquiries.reminders import deem_consent
from domain.reminders.rules import overdue_at

T = rules.InquiryTopic


@dataclass(frozen=True)
class Story:
    asking: str  # username of the sender
    asked: str  # department code asked
    topic: rules.InquiryTopic
    subject: str
    question: str
    days_ago: int
    working_days: int
    answer: tuple[str, int, str] | None = None  # (username, days after, reply)
    deem: int | None = None  # the sweep's step, that many days after (past the due time)


STORIES: tuple[Story, ...] = (
    Story(
        "wjj.supervisor",
        "ZJJ",
        T.POLICY,
        "关于农家乐燃气使用安全责任划分的函询",
        "我局在公共场所卫生检查中发现部分农家乐使用瓶装液化气，其燃气安全监管责任如何划分？"
        "请贵局函复。",
        0,
        5,
    ),
    Story(
        "zjj.supervisor",
        "SPJ",
        T.HANDLING_STANDARD,
        "关于建筑工程施工许可告知承诺适用范围的函询",
        "请明确建筑工程施工许可（变更）是否适用告知承诺制，以及承诺材料补交期限的计算方式。",
        10,
        3,
        answer=("spj.officer", 1, "适用。补交期限按工作日计算，自承诺之日的次日起算。"),
    ),
    Story(
        "yjj.supervisor",
        "WJJ",
        T.PLAN,
        "关于联合开展汛期旅游景区安全检查方案的函询",
        "我局拟于汛期前联合开展旅游景区安全检查，附方案征求贵局意见，请于期限内函复。",
        20,
        2,
        deem=12,
    ),
)


def plan_demo_inquiries(plan: Plan, users: dict[str, Actor], ids: dict[str, int]) -> None:
    """Add the inquiries' stories to the demo's plan (``PlanHook``)."""
    for story in STORIES:
        _add_story(plan, story, users, ids)


def _add_story(plan: Plan, story: Story, users: dict[str, Actor], ids: dict[str, int]) -> None:
    state: dict[str, int] = {}

    async def send() -> None:
        row = await services.send_inquiry(
            users[story.asking],
            rules.InquiryData(
                asked_department_id=ids[story.asked],
                topic=story.topic,
                subject=story.subject,
                question=story.question,
                reply_working_days=story.working_days,
            ),
        )
        state["inquiry"] = row.id

    plan.at(plan.moment(story.days_ago, 14), send)
    if story.answer is not None:
        username, after, reply = story.answer

        async def answer() -> None:
            await services.answer_inquiry(users[username], state["inquiry"], reply)

        plan.at(plan.moment(story.days_ago - after, 10), answer)
    if story.deem is not None:

        async def deem() -> None:
            row = await Inquiry.get(id=state["inquiry"])
            deadline = await Deadline.get(id=row.deadline_id)
            if overdue_at(deadline.due_at) <= utc_now():  # past the due time, as the sweep
                await deem_consent(deadline)

        plan.at(plan.moment(story.days_ago - story.deem, 0), deem)

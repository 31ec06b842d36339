"""Demo data of the linkage loop: about 40 licensees and 60 pushes over the last weeks,
through the real services with the clock moved, in every state.

The county's history starts :data:`HISTORY_DAYS` days before the load: the
departments, users and catalogue are created then (``domain/demo.py`` runs the whole
load inside :func:`history_clock`), and version 1 of the catalogue takes effect that
day, so the pushes that follow are routed by it. Then each story below happens on its
days — recorded, claimed on time or late, returned, reassigned, fed back, rectified,
penalised, reverse pushed, a license revoked on request — in time order, every step
audited like any other. The clock is restored afterwards; nothing lies in the future.

Licensee numbers are generated with valid check characters (USCC GB 32100, ID number
GB 11643) in a pattern of their own (``91420626MA9D…``, birth dates 1985–1998): never
real people or companies. Every document number starts with :data:`DOCUMENT_PREFIX`,
so browser tests can tell demo rows from their own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from stdnum.cn import ric, uscc

from domain.accounts.actor import Actor
from domain.accounts.models import Department, User
from domain.attachments.services import upload
from domain.calendar.rules import SHANGHAI, local_date
from domain.clock import FixedClock, set_clock, utc_now
from domain.linkage.models import Push
from domain.linkage.rules import (
    ApprovalDecision,
    FeedbackData,
    FollowUpData,
    FollowUpOutcome,
    LicenseeData,
    LicenseRequestKind,
    ResultKind,
    ReversePushData,
    ReversePushKind,
)
from domain.linkage.services import claims, feedback, pushes, requests, reverse

DOCUMENT_PREFIX = "保审批〔2026〕演示"
# The history: the catalogue is published this many days before the load; the oldest
# pushes follow a few days later (old enough for a task to pass its 30 working days).
HISTORY_DAYS = 63

SUPERVISORS = {
    "SCJ": "scj.supervisor",
    "ZJJ": "zjj.supervisor",
    "WJJ": "wjj.supervisor",
    "YJJ": "yjj.supervisor",
    "JTJ": "jtj.supervisor",
}
TOWNS = ("城关镇", "黄堡镇", "后坪镇", "龙坪镇", "店垭镇", "马良镇", "歇马镇", "马桥镇", "寺坪镇")


def history_start(today: date) -> date:
    """The first day of the demo's history for a load on ``today``."""
    return today - timedelta(days=HISTORY_DAYS)


@dataclass(frozen=True)
class History:
    clock: FixedClock  # the clock the load moves through the history
    now: datetime  # the time the load began: every story ends before it


@contextmanager
def history_clock() -> Iterator[History]:
    """Move the clock to 09:00 of the history's first day; restore the clock after."""
    now = utc_now()
    clock = FixedClock(datetime.combine(history_start(local_date(now)), time(9), tzinfo=SHANGHAI))
    previous = set_clock(clock)
    try:
        yield History(clock, now)
    finally:
        set_clock(previous)


# ---- licensees ------------------------------------------------------------------------


def company_number(serial: int) -> str:
    body = f"91420626MA9D{serial:05d}"
    return body + uscc.calc_check_digit(body)


def person_number(serial: int) -> str:
    body = f"420626{1985 + serial % 14}{serial % 12 + 1:02d}{serial % 27 + 1:02d}{serial:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a check slot


COMPANIES = (
    "保康县城关镇鲜味食品超市有限公司",
    "保康县荆山农家菜馆有限公司",
    "保康县百草堂大药房有限公司",
    "保康县清溪源食品加工有限公司",
    "保康县隆兴建筑工程有限公司",
    "保康县安居燃气有限公司",
    "保康县福鑫房地产开发有限公司",
    "保康县平安烟花爆竹经营部有限公司",
    "保康县石化加油站有限公司",
    "保康县通达物流运输有限公司",
    "保康县鸿运客运有限公司",
    "保康县星光娱乐有限公司",
    "保康县清泉供水有限公司",
    "保康县仁和诊所有限公司",
    "保康县悦榕宾馆有限公司",
    "保康县金叶茶业有限公司",
    "保康县马良镇润丰超市有限公司",
    "保康县尧治河矿业机械有限公司",
    "保康县永安电梯维保有限公司",
    "保康县欣欣幼儿园有限公司",
    "保康县绿源农资有限公司",
    "保康县兴旺畜牧养殖有限公司",
    "保康县楚风建设工程有限公司",
    "保康县畅行出租汽车有限公司",
    "保康县天和化工贸易有限公司",
    "保康县聚福楼餐饮有限公司",
    "保康县康宁药品零售连锁有限公司",
    "保康县美佳美容美发有限公司",
    "保康县林海木业有限公司",
    "保康县人才之家人力资源服务有限公司",
)
PEOPLE = (
    "王春华",
    "刘德明",
    "陈秀英",
    "杨建国",
    "赵丽娟",
    "黄志强",
    "周玉兰",
    "吴海涛",
    "徐慧敏",
    "孙立新",
)


def licensee(index: int) -> LicenseeData:
    """The demo licensee ``index`` (0–39): 30 companies, then 10 people."""
    town = TOWNS[index % len(TOWNS)]
    if index < len(COMPANIES):
        return LicenseeData(
            number=company_number(index + 1),
            name=COMPANIES[index],
            contact_phone=f"1387106{index:04d}",
            address=f"湖北省襄阳市保康县{town}演示路 {index + 1} 号",
            legal_representative=PEOPLE[index % len(PEOPLE)],
        )
    name = PEOPLE[index - len(COMPANIES)]
    return LicenseeData(
        number=person_number(index + 1),
        name=name,
        contact_phone=f"1397106{index:04d}",
        address=f"湖北省襄阳市保康县{town}演示村 {index} 组",
    )


# ---- stories --------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    kind: ResultKind
    acted: int  # days after the push
    late: int = 0  # days after the action it is fed back (0: the same day, S2)
    follow_up: FollowUpOutcome | None = None  # days: ``follow_up_after`` after the action
    follow_up_after: int = 10
    rectify_days: int = 15  # RECTIFICATION_ORDERED: the deadline, days after the action


@dataclass(frozen=True)
class Story:
    handling: str  # handling item code in the demo catalogue
    who: int  # licensee index
    days_ago: int  # pushed that many days before the load
    claim: int | None = None  # claimed that many days after the push (or the reassignment)
    returned: str = ""  # returned the next day with this reason
    reassign: str = ""  # the coordinator reassigns (a return or a gap) to this department
    result: Result | None = None
    reverse: ReversePushKind | None = None  # reverse pushed 1 day after the result
    reverse_claim: int | None = None  # the approval department claims it days after
    request: LicenseRequestKind | None = None  # 2 days after the result (or follow-up)
    decide: bool | None = None  # the approval department's decision, 5 days after


R = ResultKind
STORIES: tuple[Story, ...] = (
    # To claim: due soon (pushed today or 1–2 days ago) and overdue (P2, T4).
    Story("BKSP-001-01", 0, 0),
    Story("BKSP-001-02", 1, 1),
    Story("BKSP-003-01", 2, 2),
    Story("BKSP-002-01", 3, 3),
    Story("BKSP-001-03", 16, 9),
    Story("BKSP-004-02", 18, 16),
    Story("BKSP-012-01", 4, 1),
    Story("BKSP-015-01", 6, 12),
    Story("BKSP-005-02", 14, 2),
    Story("BKSP-020-01", 7, 0),
    Story("BKSP-027-01", 11, 20),
    Story("BKSP-039-01", 12, 5),
    Story("BKSP-045-01", 28, 30),
    Story("BKSP-048-01", 29, 8),
    Story("BKSP-022-02", 9, 4),
    # Claimed, tasks in progress: claimed on time and late.
    Story("BKSP-001-01", 25, 6, claim=1),
    Story("BKSP-001-01", 30, 14, claim=8),
    Story("BKSP-003-02", 26, 10, claim=2),
    Story("BKSP-004-01", 17, 20, claim=9),
    Story("BKSP-012-02", 22, 7, claim=1),
    Story("BKSP-014-01", 5, 18, claim=7),
    Story("BKSP-005-01", 27, 9, claim=0),
    Story("BKSP-007-01", 13, 15, claim=6),
    Story("BKSP-021-01", 24, 11, claim=2),
    Story("BKSP-022-01", 31, 5, claim=1),
    Story("BKSP-023-01", 10, 13, claim=10),
    Story("BKSP-001-02", 32, 58, claim=2),  # no result after 30 working days: overdue
    # Fed back: compliant (S2 same day, one late), first results on time and late (S1).
    Story("BKSP-001-01", 33, 40, claim=1, result=Result(R.COMPLIANT, 12)),
    Story("BKSP-001-03", 0, 35, claim=2, result=Result(R.COMPLIANT, 20, late=2)),
    Story("BKSP-002-02", 3, 30, claim=1, result=Result(R.COMPLIANT, 8)),
    Story("BKSP-012-01", 22, 38, claim=3, result=Result(R.COMPLIANT, 25)),
    Story("BKSP-005-03", 14, 33, claim=1, result=Result(R.COMPLIANT, 14, late=1)),
    Story("BKSP-010-01", 12, 42, claim=2, result=Result(R.COMPLIANT, 30)),
    Story("BKSP-020-02", 7, 28, claim=1, result=Result(R.COMPLIANT, 9)),
    Story("BKSP-022-01", 9, 36, claim=1, result=Result(R.COMPLIANT, 15)),
    Story("BKSP-004-02", 18, 60, claim=4, result=Result(R.COMPLIANT, 57)),  # S1 late
    Story("BKSP-018-01", 34, 26, claim=2, result=Result(R.OTHER, 6)),
    # Rectification ordered (S3): pending, rectified, failed → revocation recommended.
    Story("BKSP-001-02", 1, 24, claim=1, result=Result(R.RECTIFICATION_ORDERED, 10)),
    Story("BKSP-014-03", 5, 37, claim=2, result=Result(R.RECTIFICATION_ORDERED, 20)),
    Story(
        "BKSP-003-03",
        26,
        44,
        claim=1,
        result=Result(R.RECTIFICATION_ORDERED, 8, follow_up=FollowUpOutcome.RECTIFIED),
    ),
    Story(
        "BKSP-001-01",
        35,
        50,
        claim=2,
        result=Result(
            R.RECTIFICATION_ORDERED,
            6,
            follow_up=FollowUpOutcome.NOT_RECTIFIED,
            follow_up_after=12,
            rectify_days=10,
        ),
        request=LicenseRequestKind.REVOKE,
        decide=True,
    ),
    Story(
        "BKSP-021-02",
        8,
        46,
        claim=1,
        result=Result(R.RECTIFICATION_ORDERED, 5, follow_up=FollowUpOutcome.REFUSED),
        request=LicenseRequestKind.REVOKE,
    ),
    # Penalties, pushed back to the approval department (P5): claimed on time, late, not yet.
    Story(
        "BKSP-002-01",
        15,
        34,
        claim=1,
        result=Result(R.PENALTY, 11),
        reverse=ReversePushKind.PENALTY,
        reverse_claim=1,
    ),
    Story(
        "BKSP-021-01",
        24,
        41,
        claim=2,
        result=Result(R.PENALTY, 16),
        reverse=ReversePushKind.PENALTY,
        reverse_claim=8,
    ),
    Story(
        "BKSP-022-02",
        36,
        27,
        claim=1,
        result=Result(R.PENALTY, 20),
        reverse=ReversePushKind.SUSPENSION_ORDER,
    ),
    Story("BKSP-027-02", 37, 43),
    Story(
        "BKSP-012-01",
        23,
        39,
        claim=3,
        result=Result(R.OTHER, 18),
        request=LicenseRequestKind.CHANGE,
        decide=False,
    ),
    Story(
        "BKSP-007-02",
        38,
        32,
        claim=2,
        result=Result(R.REVOCATION_RECOMMENDED, 12),
        request=LicenseRequestKind.REVOKE,
    ),
    # Returned (P3): a dispute still open; one reassigned elsewhere and claimed there.
    Story("BKSP-001-01", 19, 5, returned="该单位为医院内设食堂，建议由卫生健康部门监管。"),
    Story(
        "BKSP-004-01",
        20,
        19,
        returned="该设备为建筑起重机械，属住建部门监管。",
        reassign="ZJJ",
        claim=2,
    ),
    Story("BKSP-005-01", 21, 10, returned="申请人经营范围为餐饮服务，非公共场所。", reassign="SCJ"),
    # Routing gaps (no confirmed link on the decision date): open, reassigned and claimed.
    Story("BKSP-014-02", 5, 3),
    Story("BKSP-028-01", 11, 22, reassign="WLJ"),
    Story("BKSP-024-02", 23, 17, reassign="JTJ", claim=1),
    Story("BKSP-024-01", 39, 21, claim=1, result=Result(R.COMPLIANT, 7)),
    Story("BKSP-020-01", 7, 52, claim=1, result=Result(R.COMPLIANT, 18)),
    Story("BKSP-014-01", 6, 48, claim=2, result=Result(R.COMPLIANT, 22)),
    Story("BKSP-003-01", 2, 29, claim=5, result=Result(R.COMPLIANT, 13)),
    Story("BKSP-003-02", 27, 4, claim=1),
    Story(
        "BKSP-015-01",
        4,
        31,
        claim=1,
        result=Result(R.PENALTY, 12),
        reverse=ReversePushKind.LICENSE_REVOKED,  # 吊销: the license is revoked (P5)
        reverse_claim=2,
    ),
)

Action = Callable[[], Awaitable[None]]


class _Plan:
    """The stories' actions, each at its time; run in time order with the clock moved."""

    def __init__(self, today: date, latest: datetime) -> None:
        self.today = today
        self.latest = latest
        self.actions: list[tuple[datetime, int, Action]] = []

    def moment(self, days_ago: float, hour: int) -> datetime:
        day = self.today - timedelta(days=int(days_ago))
        at = datetime.combine(day, time(hour), tzinfo=SHANGHAI)
        return min(at, self.latest)

    def at(self, when: datetime, action: Action) -> None:
        self.actions.append((when, len(self.actions), action))

    async def run(self, clock: FixedClock) -> None:
        for when, _, action in sorted(self.actions, key=lambda a: (a[0], a[1])):
            clock.set(when)
            await action()


Plan = _Plan  # the other areas' demo stories add their actions to it (PlanHook)


async def _evidence(actor: Actor, name: str) -> list[int]:
    """A small PDF uploaded by ``actor`` (the evidence of a result or a request)."""
    data = f"%PDF-1.4\n% 保康县审管联动演示材料：{name}\n%%EOF\n".encode()
    return [(await upload(actor, f"{name}.pdf", data)).id]


# The other areas' demo stories (domain/demo_*.py) add their actions to the same plan,
# so that the whole history is played in time order: (plan, actors by username,
# department ids by code).
PlanHook = Callable[["Plan", dict[str, Actor], dict[str, int]], None]


async def load_demo_linkage(history: History, more: Sequence[PlanHook] = ()) -> None:
    """Play the stories (call inside the demo loader's transaction, in
    :func:`history_clock`, after the catalogue is published), with ``more`` stories
    of other areas interleaved in time order."""
    real_now = history.now
    users = {u.username: u.actor() for u in await User.all()}
    codes = {d.id: d.code for d in await Department.all()}
    ids = {code: pk for pk, code in codes.items()}
    plan = _Plan(local_date(real_now), real_now - timedelta(minutes=5))
    officers = (users["spj.officer"], users["spj.officer2"])
    coordinator = users["coordinator"]

    def supervisor(push: Push) -> Actor:
        assert push.department_id is not None
        return users[SUPERVISORS[codes[push.department_id]]]

    for n, story in enumerate(STORIES, start=1):
        _add_story(plan, n, story, officers[n % 2], coordinator, supervisor, ids)
    for hook in more:
        hook(plan, users, ids)
    await plan.run(history.clock)


def _add_story(
    plan: _Plan,
    n: int,
    story: Story,
    officer: Actor,
    coordinator: Actor,
    supervisor: Callable[[Push], Actor],
    department_ids: dict[str, int],
) -> None:
    state: dict[str, int] = {}
    hour = 9 + n % 7
    pushed = plan.moment(story.days_ago, hour)
    day = story.days_ago  # days ago of the latest step

    async def push_now() -> Push:
        return await Push.get(id=state["push"])

    async def record() -> None:
        data = licensee(story.who)
        license_date = local_date(utc_now())
        push = await pushes.record_approval_decision(
            officer,
            ApprovalDecision(
                handling_item=story.handling,
                document_number=f"{DOCUMENT_PREFIX}{n:03d}号",
                licensee=data,
                license_date=license_date,
                valid_until=license_date.replace(year=license_date.year + 5),
                license_content=f"经营场所：{data.address}",
                materials=["申请书", "营业执照或身份证明", "经营场所证明", "承诺书"],
                handling_opinion="材料齐全，符合法定形式，准予许可。",
            ),
        )
        state["push"] = push.id

    plan.at(pushed, record)
    if story.returned:
        day -= 1

        async def give_back() -> None:
            await claims.return_push(supervisor(await push_now()), state["push"], story.returned)

        plan.at(plan.moment(day, hour + 1), give_back)
    if story.reassign:
        day -= 1

        async def reassign() -> None:
            await claims.reassign_push(
                coordinator,
                state["push"],
                department_ids[story.reassign],
                f"经协调，由{story.reassign}监管。",
            )

        plan.at(plan.moment(day, hour + 1), reassign)
    if story.claim is None:
        return
    day -= story.claim

    async def claim() -> None:
        state["task"] = (await claims.claim_push(supervisor(await push_now()), state["push"])).id

    plan.at(plan.moment(day, hour + 1), claim)
    result = story.result
    if result is None:
        return
    acted_day = story.days_ago - result.acted
    acted = plan.moment(acted_day, 10)

    async def feed_back() -> None:
        actor = supervisor(await push_now())
        deadline = local_date(acted) + timedelta(days=result.rectify_days)
        await feedback.feed_back_task(
            actor,
            state["task"],
            FeedbackData(
                result=result.kind,
                acted_at=acted,
                summary=f"现场检查：{RESULT_SUMMARIES[result.kind]}",
                rectification_deadline=deadline
                if result.kind == ResultKind.RECTIFICATION_ORDERED
                else None,
                penalty_document_number=f"保监罚〔2026〕演示{n:03d}号"
                if result.kind == ResultKind.PENALTY
                else "",
                attachment_ids=tuple(await _evidence(actor, f"现场检查记录{n:03d}")),
            ),
        )

    plan.at(plan.moment(acted_day - result.late, 17), feed_back)
    day = acted_day - result.late
    if result.follow_up is not None:
        day = acted_day - result.follow_up_after
        checked = plan.moment(day, 10)

        async def follow_up() -> None:
            await feedback.record_follow_up(
                supervisor(await push_now()),
                state["task"],
                FollowUpData(
                    outcome=result.follow_up,  # type: ignore[arg-type]
                    acted_at=checked,
                    summary=f"复查：{FOLLOW_UP_SUMMARIES[result.follow_up]}",  # type: ignore[index]
                ),
            )

        plan.at(plan.moment(day, 16), follow_up)
    if story.reverse is not None:
        day -= 1

        async def push_back() -> None:
            push = await push_now()
            actor = supervisor(push)
            data = licensee(story.who)
            state["reverse"] = (
                await reverse.reverse_push(
                    actor,
                    ReversePushData(
                        kind=story.reverse,  # type: ignore[arg-type]
                        document_number=f"保监决〔2026〕演示{n:03d}号",
                        licensee_number=data.number,
                        # decided the day before (on time, P5), or a week before (late)
                        decision_date=local_date(utc_now()) - timedelta(days=1 + 6 * (n % 2)),
                        content=f"{data.name}：{REVERSE_CONTENT[story.reverse]}",  # type: ignore[index]
                        push_id=push.id,
                        attachment_ids=await _evidence(actor, f"决定书{n:03d}"),
                    ),
                )
            ).id

        plan.at(plan.moment(day, 11), push_back)
        if story.reverse_claim is not None:
            day -= story.reverse_claim

            async def claim_back() -> None:
                await reverse.claim_reverse_push(officer, state["reverse"])

            plan.at(plan.moment(day, 15), claim_back)
    if story.request is not None:
        day -= 2

        async def submit() -> None:
            actor = supervisor(await push_now())
            request = await requests.submit_license_request(
                actor,
                state["push"],
                story.request,  # type: ignore[arg-type]
                reason="经现场复查，被许可人未按期整改，已不符合许可条件，建议依法处理。",
                legal_basis="《中华人民共和国行政许可法》第六十九条、第七十条",
                task_id=state["task"],
                attachment_ids=await _evidence(actor, f"复查记录及函{n:03d}"),
            )
            state["request"] = request.id

        plan.at(plan.moment(day, 14), submit)
        if story.decide is not None:
            day -= 2

            async def review() -> None:
                await requests.review_license_request(
                    officer, state["request"], joint_meeting=True, note="召开联席会议审查。"
                )

            plan.at(plan.moment(day, 10), review)
            day -= 3

            async def decide() -> None:
                await requests.decide_license_request(
                    officer,
                    state["request"],
                    approved=bool(story.decide),
                    decision_note="经审查，决定如下。",
                    decision_document_number=f"保审批决〔2026〕演示{n:03d}号",
                )

            plan.at(plan.moment(day, 16), decide)


RESULT_SUMMARIES = {
    ResultKind.COMPLIANT: "经营场所、设施设备与许可内容一致，未发现问题。",
    ResultKind.RECTIFICATION_ORDERED: "发现台账记录不全、部分设施不符合要求，责令限期整改。",
    ResultKind.REVOCATION_RECOMMENDED: "许可条件已不具备，建议撤销许可。",
    ResultKind.PENALTY: "发现违法经营行为，已依法立案并作出行政处罚。",
    ResultKind.OTHER: "申请人尚未开始经营，已告知开业前的注意事项。",
}
FOLLOW_UP_SUMMARIES = {
    FollowUpOutcome.RECTIFIED: "已按要求完成整改。",
    FollowUpOutcome.NOT_RECTIFIED: "整改期限届满仍未整改。",
    FollowUpOutcome.REFUSED: "被许可人拒不整改。",
}
REVERSE_CONTENT = {
    ReversePushKind.PENALTY: "因违法经营被处以警告并罚款。",
    ReversePushKind.SUSPENSION_ORDER: "责令停产停业整顿。",
    ReversePushKind.LICENSE_REVOKED: "依法吊销许可证。",
}

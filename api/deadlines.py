"""The due state of any piece of work with a deadline (T1–T4, A2): its due time, whether
it is overdue, its working days late once done, and its light in a queue. Built only by
:meth:`DueState.of` from the domain's :class:`~domain.deadlines.rules.DueFacts`."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from api.context import Info
from api.linkage import preload
from api.linkage.preload import now_or_later
from domain.clock import utc_now
from domain.deadlines.rules import DueFacts
from domain.linkage import rules


@strawberry.enum(
    name="DeadlineLight",
    description="期限灯 (DeadlineLight)：队列中期限的红黄绿灯 (A2)，"
    "“1 个工作日内”按工作日历计算（至下一个工作日 23:59:59）。",
)
class DeadlineLightEnum(Enum):
    GREEN = strawberry.enum_value(
        "GREEN", description="绿灯 (green)：未办理，距到期超过 1 个工作日。"
    )
    YELLOW = strawberry.enum_value(
        "YELLOW", description="黄灯 (yellow)：未办理，1 个工作日内到期，尚未逾期。"
    )
    RED = strawberry.enum_value("RED", description="红灯 (red)：未办理且已逾期。")
    NONE = strawberry.enum_value(
        "NONE",
        description="无灯 (none)：已办理（已认领、已退回、已办结）；是否逾期办理见 overdue 与 "
        "workingDaysLate (T4)。",
    )


@strawberry.type(
    description="期限状态 (DueState)：按工作日历计算的到期时间 (T1–T4)；"
    "provisional 为真时按周一至周五暂算，日历录入后重算。"
)
class DueState:
    due_at: datetime = strawberry.field(
        description="到期时间 (due at)：第 N 个工作日 23:59:59（北京时间）。"
    )
    provisional: bool = strawberry.field(
        description="是否暂定 (provisional)：跨入尚未录入的年份时为真 (T1)。"
    )
    overdue: bool = strawberry.field(
        description="是否逾期 (overdue)：未办理且已过期，或办理时已逾期 (T4)。"
    )
    working_days_late: int | None = strawberry.field(
        description="逾期工作日数 (working days late)：办理后才有；0 表示按期 (T4)。"
    )
    closed: strawberry.Private[bool] = False  # done: no light
    now: strawberry.Private[datetime | None] = None  # the time overdue was judged at

    @classmethod
    def of(cls, facts: DueFacts, *, provisional: bool, now: datetime) -> DueState:
        """The one way to build a due state: overdue as domain.deadlines.rules judges it
        at ``now`` (T4), the working days late once done, no light when done (A2)."""
        return cls(
            due_at=facts.due_at,
            provisional=provisional,
            overdue=facts.overdue(now),
            working_days_late=facts.shown_working_days_late,
            closed=not facts.open_,
            now=now,
        )

    @strawberry.field(
        description="期限灯 (light)：绿＝未到期，黄＝1 个工作日内到期，红＝已逾期，"
        "已办理为 NONE (A2)。"
    )
    def light(self, info: Info) -> DeadlineLightEnum:
        now = self.now or utc_now()
        # The threshold (1 working day after now) once per request and time, not per row;
        # at once when the queue preloaded it (api/linkage/preload.py).
        return now_or_later(
            preload.loader(info, preload.THRESHOLDS).load(now),
            lambda threshold: DeadlineLightEnum(
                rules.deadline_light(self.due_at, now, threshold, closed=self.closed).value
            ),
        )

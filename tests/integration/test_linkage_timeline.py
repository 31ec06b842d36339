"""A push's timeline (A1): the audit trail of the push, its task, disputes, deadlines and
attachments in order, with Chinese labels, visible to whoever may read the push."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from domain.attachments.services import upload
from domain.calendar.rules import SHANGHAI
from domain.clock import FixedClock
from domain.errors import NotFound
from domain.linkage.rules import FeedbackData, ResultKind
from domain.linkage.services import claims, feedback
from domain.linkage.services.timeline import (
    ACTION_LABELS,
    action_label,
    changed_keys,
    push_timeline,
    timelines_of,
)
from tests.linkage_factories import make_linked_county, record
from tests.sqlcount import count_queries

pytestmark = pytest.mark.usefixtures("db", "clock")

ROOT = Path(__file__).resolve().parents[2]
# record(actor, "push.claim", …), and actions named in a table (action="task.overdue").
RECORDED = re.compile(r"\brecord\(\s*[^,()]+,\s*\"([a-z_.]+)\"|\baction=\"([a-z_.]+)\"")


async def test_a1_p3_timeline_of_a_push_recorded_returned_reassigned_and_claimed(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(datetime(2026, 6, 1, 10, 0, tzinfo=SHANGHAI))
    push = await record(county, catalogue, "BK-1")
    other = await record(county, catalogue, "BK-2", serial=2)  # not in BK-1's timeline
    clock.set(datetime(2026, 6, 2, 9, 0, tzinfo=SHANGHAI))
    await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门职责")
    clock.set(datetime(2026, 6, 3, 9, 0, tzinfo=SHANGHAI))
    await claims.reassign_push(county.actor("coordinator"), push.id, county.zjj.id, "住建局负责")
    clock.set(datetime(2026, 6, 4, 9, 0, tzinfo=SHANGHAI))
    task = await claims.claim_push(county.actor("zjj.sup"), push.id)
    await claims.claim_push(county.actor("scj.sup"), other.id)

    entries = await push_timeline(county.actor("zjj.sup"), push.id)
    assert [(e.action, e.target_type) for e in entries] == [
        ("deadline.open", "Deadline"),  # the claim deadline opens with the push (P2)
        ("push.create", "Push"),
        ("deadline.close", "Deadline"),  # a return closes the claim deadline (P3)
        ("push.return", "Push"),
        ("dispute.open", "Dispute"),
        ("deadline.open", "Deadline"),  # a new claim deadline from the reassignment
        ("push.reassign", "Push"),
        ("dispute.resolve", "Dispute"),
        ("deadline.close", "Deadline"),
        ("push.claim", "Push"),
        ("deadline.open", "Deadline"),  # the task's 30 working days (S1)
        ("task.create", "SupervisionTask"),
    ]
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    assert [e.actor_username for e in entries][3:] == [
        "scj.sup",
        "scj.sup",
        "coordinator",
        "coordinator",
        "coordinator",
        "zjj.sup",
        "zjj.sup",
        "zjj.sup",
        "zjj.sup",
    ]
    labels = [e.action_label for e in entries]
    assert labels[:2] == ["认领期限：开始计时", "推送审批信息"]
    assert labels[-2:] == ["监管结果反馈期限：开始计时", "生成监管任务"]
    claim = entries[9]
    assert claim.target_id == str(push.id) and claim.department_id == county.zjj.id
    assert {"status", "claimed_at", "claimed_by_id", "claim_late_working_days"} <= set(
        claim.changed_keys
    )
    assert "document_number" not in claim.changed_keys
    assert entries[-1].target_id == str(task.id)


async def test_a1_timeline_is_read_by_whoever_may_read_the_push(clock: FixedClock) -> None:
    county, catalogue = await make_linked_county()
    push = await record(county, catalogue, "BK-1")
    await claims.claim_push(county.actor("scj.sup"), push.id)
    for reader in ("spj.officer", "scj.sup", "coordinator", "auditor"):
        assert len(await push_timeline(county.actor(reader), push.id)) == 6, reader
    for outsider in ("zjj.sup", "admin"):
        with pytest.raises(NotFound):
            await push_timeline(county.actor(outsider), push.id)


async def test_a1_timelines_of_many_pushes_take_the_same_statements_as_one() -> None:
    county, catalogue = await make_linked_county()
    ids = []
    for n in range(1, 11):
        push = await record(county, catalogue, f"BK-{n}", serial=n)
        if n % 2:
            await claims.claim_push(county.actor("scj.sup"), push.id)
        else:
            await claims.return_push(county.actor("scj.sup"), push.id, "不属于本部门")
        ids.append(push.id)
    with count_queries() as one:
        [single] = await timelines_of(ids[:1])
    with count_queries() as ten:
        many = await timelines_of(ids)
    assert one.count == ten.count <= 8, (one.statements, ten.statements)
    assert many[0] == single
    assert [len(t) for t in many] == [6, 5] * 5  # claimed: 6 entries; returned: 5


def test_a1_every_action_the_linkage_area_records_has_a_chinese_label() -> None:
    actions: set[str] = set()
    for area in ("domain/linkage", "domain/deadlines", "domain/attachments"):
        for path in (ROOT / area).rglob("*.py"):
            for found in RECORDED.findall(path.read_text(encoding="utf-8")):
                actions |= {name for name in found if name}
    assert {"push.create", "push.claim", "deadline.open", "task.overdue"} <= actions
    missing = sorted(actions - set(ACTION_LABELS))
    assert not missing, missing
    assert all(re.search(r"[\u4e00-\u9fff]", label) for label in ACTION_LABELS.values())


def test_a1_changed_keys_and_labels() -> None:
    assert changed_keys({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == ["b", "c"]
    assert changed_keys(None, {"a": 1}) == ["a"]
    assert changed_keys({"a": 1}, None) == ["a"]
    assert action_label("deadline.close", {"kind": "push.claim"}, {"kind": "push.claim"}) == (
        "认领期限：办结计时"
    )
    assert action_label("some.thing") == "some.thing"


async def test_a1_s2_timeline_of_a_push_claimed_and_fed_back_with_evidence(
    clock: FixedClock,
) -> None:
    county, catalogue = await make_linked_county()
    clock.set(datetime(2026, 6, 1, 10, 0, tzinfo=SHANGHAI))
    push = await record(county, catalogue, "BK-1")
    clock.set(datetime(2026, 6, 2, 9, 0, tzinfo=SHANGHAI))
    task = await claims.claim_push(county.actor("scj.sup"), push.id)
    clock.set(datetime(2026, 6, 10, 17, 0, tzinfo=SHANGHAI))
    evidence = await upload(county.actor("scj.sup"), "检查记录.pdf", b"%PDF-1.4 demo")
    result = await feedback.feed_back_task(
        county.actor("scj.sup"),
        task.id,
        FeedbackData(
            result=ResultKind.COMPLIANT,
            acted_at=datetime(2026, 6, 10, 10, 0, tzinfo=SHANGHAI),
            summary="现场检查未发现问题。",
            attachment_ids=(evidence.id,),
        ),
    )
    entries = await push_timeline(county.actor("spj.officer"), push.id)
    steps = [(e.action, e.target_type, e.target_id) for e in entries]
    assert steps[:6] == [
        ("deadline.open", "Deadline", steps[0][2]),
        ("push.create", "Push", str(push.id)),
        ("deadline.close", "Deadline", steps[0][2]),
        ("push.claim", "Push", str(push.id)),
        ("deadline.open", "Deadline", steps[4][2]),
        ("task.create", "SupervisionTask", str(task.id)),
    ]
    later = steps[6:]
    # The evidence's upload, the result, its same-day deadline, the S1 deadline closed,
    # the evidence attached to the result: all in the push's history, in seq order.
    assert ("attachment.upload", "Attachment", str(evidence.id)) == later[0]
    assert ("attachment.attach", "Attachment", str(evidence.id)) in later
    assert ("deadline.close", "Deadline", steps[4][2]) in later  # S1 met
    assert any(a == "task.feed_back" and t == "SupervisionTask" for a, t, _ in later)
    labels = {e.action_label for e in entries}
    assert {"当日反馈期限：开始计时", "反馈监管结果", "添加附件"} <= labels
    feedback_targets = {e.target_id for e in entries if e.target_type == "TaskFeedback"}
    assert feedback_targets <= {str(result.id)}

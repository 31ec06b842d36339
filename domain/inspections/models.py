"""Tortoise models of random inspection (R4): the inspector pool, plans and targets.

A plan keeps what its draw was made from — the seed, the candidates with their grades
and the pool, as they were at the draw — so that anyone can draw again and compare
(``rules.verify``). Each target opens one supervision task (origin RANDOM_INSPECTION,
``SupervisionTask.subject_id`` = the target's id), fed back like a push's (S1–S3).
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from domain.accounts.models import Department, User
from domain.catalogue.models import SupervisionItem
from domain.credit.rules import CreditGrade
from domain.inspections.rules import PlanStatus
from domain.linkage.models import Licensee
from domain.linkage.rules import ResultKind


class Inspector(Model):
    """检查人员名录 (R4): a person of the department's pool that inspectors are drawn from."""

    id = fields.IntField(primary_key=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="inspectors", on_delete=fields.RESTRICT
    )
    department_id: int
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="inspector_of", on_delete=fields.RESTRICT
    )
    user_id: int
    added_at = fields.DatetimeField()
    added_by_id = fields.IntField(null=True)

    class Meta:
        table = "inspection_inspector"
        unique_together = (("department_id", "user_id"),)


class InspectionPlan(Model):
    """抽查计划 (R4): a draw of targets under one supervision item of one department."""

    id = fields.IntField(primary_key=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="inspection_plans", on_delete=fields.RESTRICT
    )
    department_id: int
    supervision_item: fields.ForeignKeyRelation[SupervisionItem] = fields.ForeignKeyField(
        "models.SupervisionItem", related_name="inspection_plans", on_delete=fields.RESTRICT
    )
    supervision_item_id: int
    name = fields.CharField(max_length=100)
    rates = fields.JSONField()  # grade letter -> percent
    inspectors_per_target = fields.IntField()
    working_days = fields.IntField()  # the tasks are due this many working days after the draw
    status = fields.CharEnumField(PlanStatus, max_length=16, default=PlanStatus.DRAFT)
    # The draw's record: the seed, the candidates ([licensee id, grade], by id) and the
    # pool (user ids) as they were; empty until drawn.
    seed = fields.CharField(max_length=64, default="")
    candidates = fields.JSONField(default=list)
    pool = fields.JSONField(default=list)
    created_at = fields.DatetimeField()
    created_by_id = fields.IntField(null=True)
    drawn_at = fields.DatetimeField(null=True)
    drawn_by_id = fields.IntField(null=True)
    published_at = fields.DatetimeField(null=True)
    published_by_id = fields.IntField(null=True)

    class Meta:
        table = "inspection_plan"
        indexes = (
            Index(fields=("department_id", "created_at", "id"), name="inspection_plan_department"),
            Index(fields=("created_at", "id"), name="inspection_plan_created"),
            Index(fields=("status", "published_at", "id"), name="inspection_plan_published"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {
            "department_id": self.department_id,
            "supervision_item_id": self.supervision_item_id,
            "name": self.name,
            "rates": self.rates,
            "inspectors_per_target": self.inspectors_per_target,
            "working_days": self.working_days,
            "status": PlanStatus(self.status).value,
            "seed": self.seed,
            "candidate_count": len(self.candidates),
            "pool": self.pool,
            "drawn_at": self.drawn_at,
            "published_at": self.published_at,
        }


class InspectionTarget(Model):
    """抽查对象 (R4): a licensee drawn, its grade at the draw, its inspectors and task."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[InspectionPlan] = fields.ForeignKeyField(
        "models.InspectionPlan", related_name="targets", on_delete=fields.RESTRICT
    )
    plan_id: int
    position = fields.IntField()  # the order of the draw, from 1
    licensee: fields.ForeignKeyRelation[Licensee] = fields.ForeignKeyField(
        "models.Licensee", related_name="inspection_targets", on_delete=fields.RESTRICT
    )
    licensee_id: int
    grade = fields.CharEnumField(CreditGrade, max_length=1)
    inspector_ids = fields.JSONField()  # user ids, in the order drawn
    task_id = fields.IntField(null=True)
    # 一公开: the task's result when the plan's results were (last) published; None while
    # the task was not finished (published as pending).
    published_result = fields.CharEnumField(ResultKind, max_length=32, null=True)

    class Meta:
        table = "inspection_target"
        unique_together = (("plan_id", "licensee_id"),)
        indexes = (Index(fields=("plan_id", "position"), name="inspection_target_plan"),)

    def snapshot(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "position": self.position,
            "licensee_id": self.licensee_id,
            "grade": CreditGrade(self.grade).value,
            "inspector_ids": self.inspector_ids,
            "task_id": self.task_id,
            "published_result": None
            if self.published_result is None
            else ResultKind(self.published_result).value,
        }

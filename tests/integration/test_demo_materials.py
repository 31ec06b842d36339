"""The demo's materials store (domain/demo_materials.py): loaded through the real services
with the demo, materials valid, expired and withdrawn, each audited; L1 answers on them."""

from __future__ import annotations

from collections import Counter

import pytest

from domain.audit.models import AuditEvent
from domain.calendar.rules import local_date
from domain.clock import FixedClock, utc_now
from domain.demo import load_demo_data
from domain.materials.models import Material
from domain.materials.rules import MaterialCategory, MaterialValidity, validity
from domain.materials.services import RequiredMaterial, check_materials


@pytest.fixture
async def loaded(db: str, clock: FixedClock) -> FixedClock:
    assert await load_demo_data() is not None
    return clock


async def test_l1_demo_materials_in_every_state_and_audited(loaded: FixedClock) -> None:
    today = local_date(utc_now())
    rows = await Material.all()
    states = Counter(validity(row, today) for row in rows)
    assert states[MaterialValidity.VALID] >= 4
    assert states[MaterialValidity.EXPIRED] >= 1 and states[MaterialValidity.WITHDRAWN] == 1
    assert await AuditEvent.filter(action="material.add").count() == len(rows)
    withdrawn = next(r for r in rows if r.withdrawn_at is not None)
    assert withdrawn.withdrawal_reason
    # L1 on the demo: the first licensee's business license is not asked for again.
    first = min(rows, key=lambda r: r.licensee_id)
    check = (
        await check_materials(
            first.licensee_id,
            [RequiredMaterial(MaterialCategory(first.category), first.name)],
            today,
        )
    )[0]
    assert check.material is not None

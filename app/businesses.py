"""The group businesses (usaha kelompok) register."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from app import clock, text_rules
from app.access import roles
from app.db import db
from app.errors import Rejected
from app.models import Business, BusinessMember


@dataclass(frozen=True)
class BusinessRow:
    id: int
    name: str
    is_active: bool
    member_count: int


def list_businesses(active_only: bool = False) -> list[BusinessRow]:
    counts = dict(
        BusinessMember.select(BusinessMember.business, fn.COUNT(BusinessMember.member))
        .group_by(BusinessMember.business)
        .tuples()
    )
    query = Business.select().order_by(Business.id)
    if active_only:
        query = query.where(Business.is_active == True)  # noqa: E712 (peewee expression)
    return [BusinessRow(b.id, b.name, bool(b.is_active), counts.get(b.id, 0)) for b in query]


@roles.needs("records")
def add_business(name: str) -> BusinessRow:
    name = text_rules.checked(name, "name", text_rules.SHORT_NAME, required=True)
    with db.atomic():
        if Business.select().where(fn.LOWER(Business.name) == name.lower()).exists():
            raise Rejected.one("name", "business.name_taken", name=name)
        business = Business.create(name=name, created_at=clock.now())
    return BusinessRow(business.id, business.name, True, 0)

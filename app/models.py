"""peewee models over the schema that app/migrations creates (migrations own the DDL).

Dates are stored as ISO text; money as integer rupiah in `*_rp` columns.
"""

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from app.db import db


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "settings"


class Sequence(BaseModel):
    name = CharField(primary_key=True)
    last_value = IntegerField()

    class Meta:
        table_name = "sequences"


class Account(BaseModel):
    id = AutoField()
    code = CharField(unique=True)
    name = CharField()
    kind = CharField()
    is_active = BooleanField(default=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "accounts"


class Member(BaseModel):
    id = AutoField()
    number = IntegerField(unique=True)
    name = CharField()
    nik = CharField(null=True, unique=True)
    sex = CharField()
    birth_place = CharField(default="")
    birth_date = DateField(null=True)
    phone = CharField(default="")
    street = CharField(default="")
    rt = CharField(default="")
    rw = CharField(default="")
    desa = CharField(default="")
    kecamatan = CharField(default="")
    kabupaten = CharField(default="")
    provinsi = CharField(default="")
    postal_code = CharField(default="")
    welfare_stage = CharField(default="")
    joined_on = DateField()
    left_on = DateField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "members"


class Business(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    is_active = BooleanField(default=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "businesses"


class BusinessMember(BaseModel):
    business = ForeignKeyField(Business, column_name="business_id", on_delete="RESTRICT")
    member = ForeignKeyField(Member, column_name="member_id", on_delete="RESTRICT")
    role = CharField(default="anggota")

    class Meta:
        table_name = "business_members"
        primary_key = CompositeKey("business", "member")


class JournalEntry(BaseModel):
    id = AutoField()
    entry_date = DateField()
    description = TextField()
    reference = CharField(default="")
    entered_at = DateTimeField()
    entered_by = CharField()
    reverses = ForeignKeyField("self", column_name="reverses_id", null=True, backref="+")
    reversed_by = ForeignKeyField("self", column_name="reversed_by_id", null=True, backref="+")
    reversal_reason = TextField(default="")

    class Meta:
        table_name = "journal_entries"


class Posting(BaseModel):
    id = AutoField()
    entry = ForeignKeyField(JournalEntry, column_name="entry_id", backref="postings")
    account = ForeignKeyField(Account, column_name="account_id")
    entry_date = DateField()
    amount_rp = IntegerField()
    memo = TextField(default="")
    member = ForeignKeyField(Member, column_name="member_id", null=True)
    business = ForeignKeyField(Business, column_name="business_id", null=True)

    class Meta:
        table_name = "postings"

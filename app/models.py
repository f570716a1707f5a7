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
    version = IntegerField(default=0)  # one more at every change of her row (app.members.update_member)

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


class LoanProduct(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    method = CharField()
    rate = CharField()  # decimal fraction per period as text, e.g. '0.015'
    period = CharField()
    rounding_unit_rp = IntegerField(default=500)
    penalty_kind = CharField(default="none")
    penalty_rate = CharField(default="0")
    penalty_rp = IntegerField(default=0)
    grace_days = IntegerField(default=0)
    tanggung_renteng = BooleanField(default=False)
    interest_free = BooleanField(default=False)
    min_periods = IntegerField()
    max_periods = IntegerField()
    min_principal_rp = IntegerField()
    max_principal_rp = IntegerField()
    fee_kind = CharField(default="none")
    fee_rate = CharField(default="0")
    fee_rp = IntegerField(default=0)
    fee_deducted = BooleanField(default=True)
    withhold_kind = CharField(default="none")
    withhold_rate = CharField(default="0")
    withhold_rp = IntegerField(default=0)
    is_active = BooleanField(default=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "loan_products"


class Loan(BaseModel):
    id = AutoField()
    number = CharField(unique=True)
    member = ForeignKeyField(Member, column_name="member_id", on_delete="RESTRICT")
    product = ForeignKeyField(LoanProduct, column_name="product_id", on_delete="RESTRICT")
    business = ForeignKeyField(Business, column_name="business_id", null=True, on_delete="RESTRICT")
    principal_rp = IntegerField()
    periods = IntegerField()
    first_due = DateField()
    method = CharField()
    rate = CharField()
    period = CharField()
    rounding_unit_rp = IntegerField()
    penalty_kind = CharField()
    penalty_rate = CharField()
    penalty_rp = IntegerField()
    grace_days = IntegerField()
    tanggung_renteng = BooleanField()
    fee_rp = IntegerField()
    fee_deducted = BooleanField()
    withheld_rp = IntegerField()
    status = CharField(default="applied")
    applied_on = DateField()
    applied_at = DateTimeField()
    applied_by = CharField()
    decided_at = DateTimeField(null=True)
    decided_by = CharField(default="")
    decision_note = TextField(default="")
    disbursed_on = DateField(null=True)
    disbursed_at = DateTimeField(null=True)
    disbursed_by = CharField(default="")
    disbursement_entry = ForeignKeyField(JournalEntry, column_name="disbursement_entry_id", null=True, backref="+")
    fee_entry = ForeignKeyField(JournalEntry, column_name="fee_entry_id", null=True, backref="+")
    written_off_on = DateField(null=True)
    written_off_at = DateTimeField(null=True)
    written_off_by = CharField(default="")
    write_off_entry = ForeignKeyField(JournalEntry, column_name="write_off_entry_id", null=True, backref="+")
    write_off_reason = TextField(default="")

    class Meta:
        table_name = "loans"


class LoanInstalment(BaseModel):
    loan = ForeignKeyField(Loan, column_name="loan_id", on_delete="RESTRICT")
    number = IntegerField()
    due_date = DateField()
    pokok_rp = IntegerField()
    jasa_rp = IntegerField()

    class Meta:
        table_name = "loan_instalments"
        primary_key = CompositeKey("loan", "number")


class LoanAllocation(BaseModel):
    id = AutoField()
    entry = ForeignKeyField(JournalEntry, column_name="entry_id", on_delete="RESTRICT")
    loan = ForeignKeyField(Loan, column_name="loan_id", on_delete="RESTRICT")
    instalment_number = IntegerField()
    component = CharField()  # denda, jasa or pokok
    amount_rp = IntegerField()

    class Meta:
        table_name = "loan_allocations"


class Receipt(BaseModel):
    id = AutoField()
    number = CharField(unique=True)  # KW/2026/000123 (money in), BKK/2026/000001 (out): gapless per year
    entry = ForeignKeyField(JournalEntry, column_name="entry_id", unique=True, on_delete="RESTRICT")
    member = ForeignKeyField(Member, column_name="member_id", null=True, on_delete="RESTRICT")
    party_name = CharField(default="")  # who paid or was paid when it is not a member
    amount_rp = IntegerField()
    issued_at = DateTimeField()
    issued_by = CharField()
    print_count = IntegerField(default=0)
    attempt = CharField(null=True, unique=True)  # the dialog's token of the attempt that saved it

    class Meta:
        table_name = "receipts"


class InventoryItem(BaseModel):
    id = AutoField()
    name = CharField()
    origin = CharField(default="")  # asal barang: "Hibah CSR", "Beli sendiri"
    acquired_on = DateField()
    quantity = IntegerField()
    unit = CharField(default="buah")
    value_rp = IntegerField(default=0)
    location = CharField(default="")
    condition = CharField(default="baik")  # baik, rusak_ringan, rusak_berat
    note = CharField(default="")
    disposed_on = DateField(null=True)
    disposed_reason = CharField(default="")
    created_at = DateTimeField()
    kind = CharField(default="tools")  # furniture, tools, machine: its depreciation life
    life_years = IntegerField(null=True)  # None: the policy's life for its kind
    entry = ForeignKeyField(JournalEntry, null=True, column_name="entry_id", field="id", backref="+")
    disposal_entry = ForeignKeyField(JournalEntry, null=True, column_name="disposal_entry_id", field="id",
                                     backref="+")

    class Meta:
        table_name = "inventory_items"

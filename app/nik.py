"""NIK (Nomor Induk Kependudukan) checks on top of python-stdnum.

stdnum checks the length, the region code and that DDMMYY is a real date. A member's record
adds two more: the date must be her birth date (day + 40 for women) and the +40 must match her
sex. The two-digit year carries no century, so only its last two digits are compared.
"""

from __future__ import annotations

from datetime import date

from stdnum import exceptions, numdb
from stdnum.id import nik as stdnum_nik

from app.dates import checked
from app.errors import Issue


def _known_regency(number: str) -> bool:
    """stdnum only checks the province (PP); the kabupaten/kota (KK) must be registered too."""
    parts = numdb.get("id/loc").info(number[:4])
    return len(parts) == 2 and all(props for _, props in parts)


def compact(value: str) -> str:
    return stdnum_nik.compact(value or "")


@checked
def check(value: str | None, birth_date: date | None = None, sex: str | None = None) -> list[Issue]:
    """Issues with a NIK as typed (empty is fine: the NIK is optional)."""
    number = compact(value)
    if not number:
        return []
    if not number.isdigit():
        return [Issue("nik", "nik.not_digits")]
    if len(number) != 16:
        return [Issue("nik", "nik.length", {"length": len(number)})]
    day = int(number[6:8])
    # stdnum reads the day modulo 40, so it takes 81-99 for 1-19; a real NIK has 01-31 or 41-71.
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return [Issue("nik", "nik.bad_date")]
    try:
        stdnum_nik.get_birth_date(number)
    except exceptions.ValidationError:
        return [Issue("nik", "nik.bad_date")]
    try:
        stdnum_nik.validate(number)
    except exceptions.ValidationError:
        return [Issue("nik", "nik.bad_region", {"region": number[:4]})]
    if not _known_regency(number):
        return [Issue("nik", "nik.bad_region", {"region": number[:4]})]
    issues = []
    if sex in ("L", "P") and (day > 40) != (sex == "P"):
        issues.append(Issue("nik", "nik.sex_mismatch", {"sex": sex}))
    if birth_date is not None:
        encoded = (day % 40, int(number[8:10]), int(number[10:12]))
        if encoded != (birth_date.day, birth_date.month, birth_date.year % 100):
            issues.append(Issue("nik", "nik.birth_date_mismatch"))
    return issues

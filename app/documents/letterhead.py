"""Who the documents are from: the group's name, address, place, logo and officers, read from
Pengaturan once per document."""

from __future__ import annotations

from dataclasses import dataclass

from app import settings


@dataclass(frozen=True)
class Letterhead:
    group_name: str
    address: str
    place: str  # "Amuntai", above the signatures
    logo: bytes | None
    ketua: str
    sekretaris: str
    bendahara: str
    operator: str  # who printed it, by her own name ("" while the name is the placeholder)


def letterhead() -> Letterhead:
    return Letterhead(
        group_name=settings.get("group_name") or "UP2K-PKK",
        address=settings.get("group_address"),
        place=settings.get("place_name"),
        logo=settings.logo(),
        ketua=settings.get("ketua_name"),
        sekretaris=settings.get("sekretaris_name"),
        bendahara=settings.get("bendahara_name"),
        operator=settings.named_operator(),
    )

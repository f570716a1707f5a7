"""The areas of Lumbung, in the order of the navigation list (Ctrl+1 … Ctrl+9, then Ctrl+0)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "areas"


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # Indonesian source; translated with title_text()
    plan: str = ""  # for areas not built yet: what they will hold

    def title_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def plan_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.plan)


AREAS = (
    Area("home", QT_TRANSLATE_NOOP("areas", "Beranda")),
    Area("members", QT_TRANSLATE_NOOP("areas", "Anggota")),
    Area(
        "savings",
        QT_TRANSLATE_NOOP("areas", "Simpanan"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Di sini akan dicatat simpanan pokok, simpanan wajib dan simpanan sukarela setiap "
            "anggota: setoran, penarikan, saldo dan buku simpanan.",
        ),
    ),
    Area(
        "loans",
        QT_TRANSLATE_NOOP("areas", "Pinjaman"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Di sini akan dicatat pinjaman anggota: pengajuan, pencairan, jadwal angsuran, "
            "pembayaran, denda, tunggakan dan kartu pinjaman.",
        ),
    ),
    Area("businesses", QT_TRANSLATE_NOOP("areas", "Usaha Kelompok")),
    Area(
        "cashbook",
        QT_TRANSLATE_NOOP("areas", "Kas & Buku"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Di sini akan ada buku kas umum, penerimaan dan pengeluaran lain, jurnal, storno "
            "dan tutup buku.",
        ),
    ),
    Area(
        "reports",
        QT_TRANSLATE_NOOP("areas", "Laporan"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Di sini akan ada laporan keuangan, neraca saldo, SHU akhir tahun, buku-buku wajib "
            "PKK dan profil kelompok untuk lomba UP2K, siap dicetak.",
        ),
    ),
    Area(
        "backup",
        QT_TRANSLATE_NOOP("areas", "Cadangan Data"),
        QT_TRANSLATE_NOOP(
            "areas",
            "Di sini akan ada penyimpanan cadangan buku ke flashdisk (terenkripsi) dan "
            "pemulihan dari cadangan.",
        ),
    ),
    Area("settings", QT_TRANSLATE_NOOP("areas", "Pengaturan")),
    Area("funds", QT_TRANSLATE_NOOP("areas", "Dana & Modal")),  # the page says it whole: Dana & Sumber Modal
    Area("yearend", QT_TRANSLATE_NOOP("areas", "Tutup Buku & SHU")),  # no Ctrl+number: ten are taken
    Area("audit", QT_TRANSLATE_NOOP("areas", "Jejak Audit")),  # for the Ketua and the Pemeriksa (issue 15)
)

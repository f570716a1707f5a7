"""The name and one-line description of every document kind, for any page that offers one.

    title(kind) -> "Buku Kas Umum"; description(kind) -> "Penerimaan dan pengeluaran …"

Kept apart from the Laporan page so that Simpanan, Pinjaman or Setoran can name a document the
same way. GROUPS is the order of the Laporan list; a kind may sit in two groups.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "documents"

TITLES = {
    "receipt": QT_TRANSLATE_NOOP("documents", "Kuitansi (cetak ulang)"),
    "receipts": QT_TRANSLATE_NOOP("documents", "Semua kuitansi rapat"),
    "passbook": QT_TRANSLATE_NOOP("documents", "Buku Simpanan"),
    "loan_card": QT_TRANSLATE_NOOP("documents", "Kartu Pinjaman"),
    "member_register": QT_TRANSLATE_NOOP("documents", "Buku Daftar Anggota"),
    "cash_book": QT_TRANSLATE_NOOP("documents", "Buku Kas Umum"),
    "general_ledger": QT_TRANSLATE_NOOP("documents", "Buku Besar"),
    "inventory": QT_TRANSLATE_NOOP("documents", "Buku Inventaris"),
    "balance_sheet": QT_TRANSLATE_NOOP("documents", "Neraca"),
    "income_statement": QT_TRANSLATE_NOOP("documents", "Laporan Hasil Usaha"),
    "trial_balance": QT_TRANSLATE_NOOP("documents", "Neraca Saldo"),
    "loan_portfolio": QT_TRANSLATE_NOOP("documents", "Portofolio Pinjaman"),
    "group_profile": QT_TRANSLATE_NOOP("documents", "Profil Kelompok UP2K"),
    "pokja2": QT_TRANSLATE_NOOP("documents", "Data Pokja II"),
    "collection_sheet": QT_TRANSLATE_NOOP("documents", "Daftar Tagihan Rapat"),
    "usaha_book": QT_TRANSLATE_NOOP("documents", "Buku Usaha Kelompok"),
    "usaha_stock": QT_TRANSLATE_NOOP("documents", "Daftar Persediaan Usaha"),
    "usaha_sales": QT_TRANSLATE_NOOP("documents", "Penjualan Usaha per Produk dan Pembeli"),
    "usaha_share": QT_TRANSLATE_NOOP("documents", "Slip Bagi Hasil Usaha"),
    "funder_report": QT_TRANSLATE_NOOP("documents", "Laporan Sumber Dana"),
    "paud_fund": QT_TRANSLATE_NOOP("documents", "Laporan Dana Insentif Guru PAUD"),
    "social_fund": QT_TRANSLATE_NOOP("documents", "Laporan Dana Sosial"),
    "shu_report": QT_TRANSLATE_NOOP("documents", "Pembagian SHU"),
    "shu_slip": QT_TRANSLATE_NOOP("documents", "Slip SHU Anggota"),
    "rat_pack": QT_TRANSLATE_NOOP("documents", "Laporan RAT"),
    "journal": QT_TRANSLATE_NOOP("documents", "Jurnal Umum"),
    "written_off": QT_TRANSLATE_NOOP("documents", "Pinjaman yang Dihapusbukukan"),
    "depreciation": QT_TRANSLATE_NOOP("documents", "Jadwal Penyusutan Inventaris"),
    "cash_flow": QT_TRANSLATE_NOOP("documents", "Laporan Arus Kas"),
    "equity_changes": QT_TRANSLATE_NOOP("documents", "Laporan Perubahan Ekuitas"),
    "notes": QT_TRANSLATE_NOOP("documents", "Catatan atas Laporan Keuangan"),
}

DESCRIPTIONS = {
    "receipt": QT_TRANSLATE_NOOP("documents", "Cetak lagi kuitansi yang sudah dibuat, ditandai SALINAN."),
    "passbook": QT_TRANSLATE_NOOP("documents", "Setoran, penarikan dan saldo simpanan pokok, wajib dan sukarela per anggota."),
    "loan_card": QT_TRANSLATE_NOOP("documents", "Jadwal angsuran, pembayaran dan sisa pinjaman per anggota."),
    "member_register": QT_TRANSLATE_NOOP("documents", "Semua anggota dengan NIK, alamat, tahap keluarga sejahtera dan tanggal masuk/keluar."),
    "cash_book": QT_TRANSLATE_NOOP("documents", "Penerimaan dan pengeluaran kas per tanggal, dengan sisa kas dan bank di akhir bulan."),
    "general_ledger": QT_TRANSLATE_NOOP("documents", "Setiap transaksi per akun dengan saldo berjalan."),
    "inventory": QT_TRANSLATE_NOOP("documents", "Barang dan peralatan milik kelompok dengan nilai dan keadaannya."),
    "balance_sheet": QT_TRANSLATE_NOOP("documents", "Harta, utang dan modal kelompok pada akhir periode."),
    "income_statement": QT_TRANSLATE_NOOP("documents", "Pendapatan, beban dan sisa hasil usaha (SHU) selama periode."),
    "trial_balance": QT_TRANSLATE_NOOP("documents", "Saldo debit dan kredit setiap akun; jumlahnya harus sama."),
    "loan_portfolio": QT_TRANSLATE_NOOP("documents", "Semua pinjaman berjalan dengan tunggakan dan kolektibilitas."),
    "group_profile": QT_TRANSLATE_NOOP("documents", "Profil kelompok untuk lomba UP2K: pengurus, anggota, usaha dan modal."),
    "pokja2": QT_TRANSLATE_NOOP("documents", "Isian data kegiatan UP2K untuk laporan Pokja II PKK."),
    "collection_sheet": QT_TRANSLATE_NOOP("documents", "Yang harus dibayar setiap anggota pada hari rapat, untuk diisi saat rapat."),
    "usaha_book": QT_TRANSLATE_NOOP("documents", "Laba rugi satu usaha, jurnal transaksinya, piutang dan utang yang belum lunas."),
    "usaha_stock": QT_TRANSLATE_NOOP("documents", "Jumlah, harga rata-rata dan nilai setiap produk dan bahan baku satu usaha."),
    "usaha_sales": QT_TRANSLATE_NOOP("documents", "Penjualan satu usaha per produk dan per pembeli, tunai dan kredit."),
    "usaha_share": QT_TRANSLATE_NOOP("documents", "Bagi hasil yang sudah dibukukan: ringkasan dan slip untuk setiap anggota."),
    "funder_report": QT_TRANSLATE_NOOP("documents", "Dana dari setiap sumber (CSR, dinas, bank, desa): yang diterima, yang dibiayai, utang bank dan modal kelompok dari tahun ke tahun."),
    "paud_fund": QT_TRANSLATE_NOOP("documents", "Dana insentif PAUD: yang masuk (dari SHU atau lainnya), yang dibayarkan kepada setiap guru, dan sisanya."),
    "social_fund": QT_TRANSLATE_NOOP("documents", "Dana sosial: yang masuk, bantuan kepada anggota (siapa, untuk apa, berapa) dan sisanya."),
    "shu_report": QT_TRANSLATE_NOOP("documents", "SHU tahun dari tanggal yang dipilih: perhitungan, pembagian menurut aturan dan bagian setiap anggota dengan dasarnya (pratinjau sebelum RAT)."),
    "shu_slip": QT_TRANSLATE_NOOP("documents", "Slip SHU untuk setiap anggota tahun dari tanggal yang dipilih, beberapa per lembar A4 dengan garis potong."),
    "journal": QT_TRANSLATE_NOOP("documents", "Semua jurnal pada periode menurut tanggal: akun, debit dan kredit, dengan jumlah di setiap akhir halaman; storno menyebut jurnal yang dibatalkannya."),
    "rat_pack": QT_TRANSLATE_NOOP("documents", "Laporan pertanggungjawaban pengurus untuk Rapat Anggota Tahunan, tahun dari tanggal yang dipilih: neraca, laba rugi, SHU, pinjaman, usaha dan sumber dana dalam satu dokumen."),
    "written_off": QT_TRANSLATE_NOOP("documents", "Pinjaman yang dihapusbukukan dalam periode, bagian yang ditanggung penyisihan, dan uang yang kembali (pemulihan)."),
    "depreciation": QT_TRANSLATE_NOOP("documents", "Setiap barang inventaris dengan harga perolehan, umur, penyusutan per periode, akumulasi penyusutan dan nilai bukunya."),
    "cash_flow": QT_TRANSLATE_NOOP("documents", "Uang kas dan bank yang masuk dan keluar selama periode, menurut kegiatan operasi, investasi dan pendanaan."),
    "equity_changes": QT_TRANSLATE_NOOP("documents", "Saldo awal, penambahan, pengurangan dan saldo akhir setiap modal, cadangan dan SHU selama periode."),
    "notes": QT_TRANSLATE_NOOP("documents", "Penjelasan neraca: kebijakan akuntansi, kas, pinjaman menurut kolektibilitas, persediaan, inventaris, simpanan, hibah, dengan catatan kelompok sendiri."),
}

GROUPS = (
    (QT_TRANSLATE_NOOP("documents", "Kuitansi & anggota"), ("receipt", "passbook", "loan_card", "member_register")),
    (QT_TRANSLATE_NOOP("documents", "Buku PKK"), ("cash_book", "general_ledger", "journal", "inventory", "member_register")),
    (QT_TRANSLATE_NOOP("documents", "Laporan keuangan"), ("balance_sheet", "income_statement", "cash_flow",
                                                         "equity_changes", "notes", "trial_balance",
                                                         "loan_portfolio", "written_off", "depreciation")),
    (QT_TRANSLATE_NOOP("documents", "Lomba UP2K"), ("group_profile", "pokja2", "funder_report")),
    (QT_TRANSLATE_NOOP("documents", "Rapat"), ("collection_sheet", "shu_report", "shu_slip", "rat_pack")),
    (QT_TRANSLATE_NOOP("documents", "Dana & sumber modal"), ("funder_report", "paud_fund", "social_fund")),
    (QT_TRANSLATE_NOOP("documents", "Usaha kelompok"), ("usaha_book", "usaha_stock", "usaha_sales", "usaha_share")),
)

PAPERS = {
    "A4": QT_TRANSLATE_NOOP("documents", "A4 (210 × 297 mm)"),
    "F4": QT_TRANSLATE_NOOP("documents", "F4 / folio (215 × 330 mm)"),
    "HALF_F4": QT_TRANSLATE_NOOP("documents", "Setengah F4 (215 × 165 mm)"),
    "ROLL_58": QT_TRANSLATE_NOOP("documents", "Kertas gulung 58 mm (printer thermal)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def title(kind: str) -> str:
    return _tr(TITLES[kind]) if kind in TITLES else kind


def description(kind: str) -> str:
    return _tr(DESCRIPTIONS.get(kind, ""))


def group_title(text: str) -> str:
    return _tr(text)


def paper_text(paper: str) -> str:
    return _tr(PAPERS[paper]) if paper in PAPERS else paper

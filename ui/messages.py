"""The words for the codes the app layer refuses with (app.errors.Issue, BookError).

The domain says what is wrong with a stable code and parameters; this module says it in the
user's language. tests/ui/test_messages.py checks that every code in app/ has a sentence here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import get_month_names
from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import BookError, Issue, Rejected
from app.formatting import LOCALES, long_date, rupiah, short_date
from ui import translation

CONTEXT = "messages"

ISSUES = {
    # general
    "required": QT_TRANSLATE_NOOP("messages", "Wajib diisi."),
    "text.too_long": QT_TRANSLATE_NOOP("messages", "Terlalu panjang: paling banyak {limit} huruf."),
    "text.bad_character": QT_TRANSLATE_NOOP("messages", "Ada karakter yang tidak bisa disimpan ({code}). Hapus lalu ketik ulang teks ini."),
    "text.not_text": QT_TRANSLATE_NOOP("messages", "Isian ini harus berupa teks."),
    "date.in_future": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh di masa depan."),
    "date.too_early": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh sebelum {earliest}."),
    "amount.unreadable": QT_TRANSLATE_NOOP("messages", "Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta."),
    "amount.ambiguous": QT_TRANSLATE_NOOP("messages", "\"{text}\" bisa dibaca dua cara. Titik hanya untuk ribuan (20.000); tulis misalnya 1.500, 1,5 rb atau 1,5 juta."),
    "amount.not_whole": QT_TRANSLATE_NOOP("messages", "\"{text}\" bukan rupiah bulat (ada sen). Tulis misalnya 1.500 atau 1,5 juta."),
    "date.unreadable": QT_TRANSLATE_NOOP("messages", "Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 17/08/1985."),
    "date.no_such_day": QT_TRANSLATE_NOOP("messages", "{month_name} {year} tidak punya tanggal {day}."),
    "date.no_such_month": QT_TRANSLATE_NOOP("messages", "Bulan {month} tidak ada: bulan ditulis 1 sampai 12 (hh/bb/tttt)."),
    # the disk under the book failed a save (app.db.refusing): rolled back whole
    "book.disk_full": QT_TRANSLATE_NOOP("messages", "Disk tempat buku ({folder}) penuh, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Kosongkan sebagian disk itu (hapus atau pindahkan berkas yang tidak perlu), lalu tekan Simpan lagi."),
    "book.read_only": QT_TRANSLATE_NOOP("messages", "Buku di {folder} sekarang hanya bisa dibaca, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Periksa izin folder itu (atau kunci flashdisk-nya), lalu coba lagi."),
    "book.write_failed": QT_TRANSLATE_NOOP("messages", "Lumbung gagal menulis ke buku di {folder} ({reason}), jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Bila buku ada di flashdisk, pastikan flashdisk terpasang, lalu coba lagi."),
    "date.out_of_range": QT_TRANSLATE_NOOP("messages", "Tanggal harus antara {earliest} dan {latest}."),
    "input.wrong_type": QT_TRANSLATE_NOOP("messages", "Isian ini tidak dapat dibaca."),
    # members
    "member.bad_sex": QT_TRANSLATE_NOOP("messages", "Pilih L (laki-laki) atau P (perempuan)."),
    "member.bad_phone": QT_TRANSLATE_NOOP("messages", "Nomor telepon hanya boleh berisi angka (8–15 angka), boleh diawali +."),
    "member.bad_rt_rw": QT_TRANSLATE_NOOP("messages", "Tulis angka saja, paling banyak 3 angka."),
    "member.bad_postal_code": QT_TRANSLATE_NOOP("messages", "Kode pos harus 5 angka."),
    "member.bad_welfare_stage": QT_TRANSLATE_NOOP("messages", "Tahap keluarga sejahtera tidak dikenal."),
    "member.joined_before_birth": QT_TRANSLATE_NOOP("messages", "Tanggal masuk tidak boleh sebelum tanggal lahir."),
    "member.left_before_joined": QT_TRANSLATE_NOOP("messages", "Tanggal keluar tidak boleh sebelum tanggal masuk."),
    "member.unknown_business": QT_TRANSLATE_NOOP("messages", "Ada kelompok usaha yang tidak dikenal."),
    "member.not_found": QT_TRANSLATE_NOOP("messages", "Anggota tidak ditemukan (mungkin buku sudah berganti)."),
    "member.changed_elsewhere": QT_TRANSLATE_NOOP("messages", "Data anggota ini baru saja diubah di komputer lain. Tutup lalu buka lagi untuk melihat perubahannya."),
    "member.leaving_not_reversible": QT_TRANSLATE_NOOP("messages", "Jurnal ini mengembalikan simpanan anggota {number} – {name} saat ia keluar; jurnal itu tidak bisa distorno."),
    "member.unsettled": QT_TRANSLATE_NOOP("messages", "Anggota ini masih punya simpanan {savings_rp} dan pinjaman {owed_rp}. Keluarkan lewat Simpanan \u2192 \u201cAnggota keluar & pengembalian\u201d: simpanannya dikembalikan dikurangi pinjamannya."),
    "member.already_left": QT_TRANSLATE_NOOP("messages", "Anggota ini sudah keluar pada {left_on}."),
    "member.not_left": QT_TRANSLATE_NOOP("messages", "Anggota ini masih aktif; tidak ada keluar yang bisa dibatalkan."),
    "member.leaving_settled": QT_TRANSLATE_NOOP("messages", "Anggota ini keluar pada {left_on} lewat \u201cAnggota keluar & pengembalian\u201d: simpanannya sudah dikembalikan. Keluar itu tidak dibatalkan di sini; pengembaliannya mengikuti aturan storno."),
    # NIK
    "nik.not_digits": QT_TRANSLATE_NOOP("messages", "NIK hanya boleh berisi angka."),
    "nik.length": QT_TRANSLATE_NOOP("messages", "NIK harus 16 angka (tertulis {length})."),
    "nik.bad_date": QT_TRANSLATE_NOOP("messages", "Angka tanggal lahir di dalam NIK (angka ke-7 s.d. 12) bukan tanggal yang ada."),
    "nik.bad_region": QT_TRANSLATE_NOOP("messages", "Kode wilayah NIK {region} tidak dikenal."),
    "nik.sex_mismatch": QT_TRANSLATE_NOOP("messages", "NIK tidak cocok dengan jenis kelamin: untuk perempuan tanggal lahir di NIK ditambah 40."),
    "nik.birth_date_mismatch": QT_TRANSLATE_NOOP("messages", "Tanggal lahir di dalam NIK tidak sama dengan tanggal lahir yang diisi."),
    "nik.taken": QT_TRANSLATE_NOOP("messages", "NIK ini sudah dipakai anggota {number} – {name}."),
    # officers: users (app.access.users): accounts, passwords, signing in
    "users.not_found": QT_TRANSLATE_NOOP("messages", "Pengguna ini tidak ada di buku."),
    "users.name_taken": QT_TRANSLATE_NOOP("messages", "Sudah ada pengguna bernama {name}. Pakai nama lain (misalnya dengan nama belakang)."),
    "users.no_role": QT_TRANSLATE_NOOP("messages", "Pilih paling sedikit satu tugas."),
    "users.unknown_role": QT_TRANSLATE_NOOP("messages", "Tugas ini tidak dikenal."),
    "users.password_short": QT_TRANSLATE_NOOP("messages", "Kata sandi terlalu pendek: paling sedikit {min} huruf atau angka."),
    "users.password_is_name": QT_TRANSLATE_NOOP("messages", "Kata sandi tidak boleh sama dengan nama pengguna."),
    "users.last_ketua": QT_TRANSLATE_NOOP("messages", "{name} adalah satu-satunya Ketua. Tambahkan Ketua lain dulu; buku harus selalu punya Ketua yang bisa mengatur pengguna."),
    "users.deactivate_self": QT_TRANSLATE_NOOP("messages", "Anda tidak bisa menonaktifkan akun Anda sendiri selagi masuk."),
    "users.wrong_password": QT_TRANSLATE_NOOP("messages", "Kata sandi salah."),
    "users.locked": QT_TRANSLATE_NOOP("messages", "Terlalu banyak kata sandi salah. Akun ini dikunci; coba lagi dalam {minutes} menit, atau minta Ketua mengganti kata sandinya."),
    "users.unknown_name": QT_TRANSLATE_NOOP("messages", "Nama pengguna ini tidak dikenal (atau sudah dinonaktifkan)."),
    "users.not_ketua": QT_TRANSLATE_NOOP("messages", "{name} bukan Ketua: hanya Ketua yang bisa mengaktifkan masuk dengan kata sandi."),
    "users.sign_in_off": QT_TRANSLATE_NOOP("messages", "Masuk dengan kata sandi belum diaktifkan di buku ini."),
    "users.sign_in_already_on": QT_TRANSLATE_NOOP("messages", "Masuk dengan kata sandi sudah aktif."),
    "users.wrong_recovery_code": QT_TRANSLATE_NOOP("messages", "Kode pemulihan salah. Periksa kertas yang dicetak waktu masuk dengan kata sandi diaktifkan."),
    "users.no_ketua": QT_TRANSLATE_NOOP("messages", "Buku ini tidak punya Ketua yang aktif."),
    "users.passwords_differ": QT_TRANSLATE_NOOP("messages", "Kedua kata sandi tidak sama. Ketik ulang di sini."),
    "users.bad_idle": QT_TRANSLATE_NOOP("messages", "Tulis {min} sampai {max} menit (0: layar tidak pernah dikunci)."),
    # savings
    "member.left_named": QT_TRANSLATE_NOOP("messages", "{member} sudah keluar pada {left_on}"),
    "member.has_left": QT_TRANSLATE_NOOP("messages", "Anggota ini sudah keluar pada {left_on}; tidak bisa ada transaksi baru."),
    "savings.amount_not_positive": QT_TRANSLATE_NOOP("messages", "Jumlah harus lebih dari nol."),
    "savings.bad_kind": QT_TRANSLATE_NOOP("messages", "Jenis simpanan \"{kind}\" tidak dikenal."),
    "savings.before_joining": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh sebelum anggota masuk ({joined_on})."),
    "savings.debt_exceeds_savings": QT_TRANSLATE_NOOP("messages", "Utang anggota ({owed_rp}) lebih besar dari simpanannya ({savings_rp})."),
    "savings.entries_after_leaving": QT_TRANSLATE_NOOP("messages", "Ada transaksi sesudah tanggal keluar (terakhir {last_date}); pilih tanggal keluar sesudahnya."),
    "savings.insufficient_balance": QT_TRANSLATE_NOOP("messages", "Saldo tidak cukup: yang bisa ditarik {balance_rp}."),
    "savings.locked_until_leaving": QT_TRANSLATE_NOOP("messages", "Simpanan {kind} hanya dikembalikan saat anggota keluar."),
    "savings.not_cash_account": QT_TRANSLATE_NOOP("messages", "Akun {account} bukan akun kas atau bank."),
    "savings.pokok_already_paid": QT_TRANSLATE_NOOP("messages", "Simpanan pokok anggota ini sudah dibayar."),
    "savings.pokok_amount": QT_TRANSLATE_NOOP("messages", "Simpanan pokok harus tepat {expected_rp}."),
    "savings.reversal_overdraws": QT_TRANSLATE_NOOP("messages", "Storno ini membuat saldo simpanan {kind} anggota menjadi {balance_rp} (kurang dari nol)."),
    # business groups
    "business.name_taken": QT_TRANSLATE_NOOP("messages", "Kelompok usaha \"{name}\" sudah ada."),
    # demo data
    "demo.book_not_empty": QT_TRANSLATE_NOOP("messages", "Buku ini sudah berisi anggota; data contoh hanya diisi ke buku yang masih kosong."),
    # ledger
    "entry.period_closed": QT_TRANSLATE_NOOP("messages", "Buku sudah ditutup sampai {closed_through}; pilih tanggal sesudahnya."),
    "entry.too_few_postings": QT_TRANSLATE_NOOP("messages", "Satu jurnal perlu paling sedikit 2 baris (ada {count})."),
    "entry.unbalanced": QT_TRANSLATE_NOOP("messages", "Debit dan kredit tidak seimbang: selisih {difference}."),
    "entry.not_found": QT_TRANSLATE_NOOP("messages", "Jurnal nomor {entry_id} tidak ditemukan."),
    "entry.already_reversed": QT_TRANSLATE_NOOP("messages", "Transaksi ini sudah dibatalkan dengan storno tanggal {date}."),
    "entry.is_reversal": QT_TRANSLATE_NOOP("messages", "Transaksi ini adalah storno (pembatalan) transaksi tanggal {date}; storno tidak bisa dibatalkan lagi."),
    "entry.reversal_before_original": QT_TRANSLATE_NOOP("messages", "Tanggal storno tidak boleh sebelum tanggal jurnal asli ({original_date})."),
    "posting.unknown_account": QT_TRANSLATE_NOOP("messages", "Akun {account} tidak ada."),
    "posting.inactive_account": QT_TRANSLATE_NOOP("messages", "Akun {account} sudah tidak aktif."),
    "posting.not_whole_rupiah": QT_TRANSLATE_NOOP("messages", "Jumlah harus rupiah bulat (tertulis {amount})."),
    "posting.zero_amount": QT_TRANSLATE_NOOP("messages", "Jumlah tidak boleh nol."),
    "posting.amount_too_large": QT_TRANSLATE_NOOP("messages", "Jumlah terlalu besar: paling banyak {limit}."),
    "posting.unknown_member": QT_TRANSLATE_NOOP("messages", "Anggota (id {member_id}) tidak ada."),
    "posting.unknown_business": QT_TRANSLATE_NOOP("messages", "Kelompok usaha (id {business_id}) tidak ada."),
    "cash.insufficient": QT_TRANSLATE_NOOP("messages", "Uang tidak cukup untuk {amount_rp}. Saldo {account_name} pada {on}: {balance_rp}."),
    "period.cannot_reopen": QT_TRANSLATE_NOOP("messages", "Buku sudah ditutup sampai {closed_through} dan tidak bisa dibuka kembali."),
    # loans
    "loan.principal_not_positive": QT_TRANSLATE_NOOP("messages", "Jumlah pinjaman harus lebih dari nol."),
    "loan.principal_too_large": QT_TRANSLATE_NOOP("messages", "Jumlah pinjaman terlalu besar: paling banyak {max_rp}."),
    "loan.rate_not_a_number": QT_TRANSLATE_NOOP("messages", "Jasa harus berupa angka persen, misalnya 1,5."),
    "loan.rate_negative": QT_TRANSLATE_NOOP("messages", "Jasa tidak boleh kurang dari nol."),
    "loan.rate_too_high": QT_TRANSLATE_NOOP("messages", "Jasa terlalu tinggi: paling banyak {max} per periode."),
    "loan.periods_out_of_range": QT_TRANSLATE_NOOP("messages", "Jangka waktu harus antara {min} dan {max} kali angsuran."),
    "loan.schedule_beyond_range": QT_TRANSLATE_NOOP("messages", "Angsuran terakhir akan jatuh sesudah {latest}, batas tanggal buku: kurangi jumlah angsuran."),
    "loan.bad_method": QT_TRANSLATE_NOOP("messages", "Cara hitung jasa tidak dikenal; pilih flat, efektif atau anuitas."),
    "loan.bad_rounding_unit": QT_TRANSLATE_NOOP("messages", "Pembulatan angsuran harus salah satu dari: {allowed}."),
    "loan.bad_period": QT_TRANSLATE_NOOP("messages", "Angsuran harus bulanan atau mingguan."),
    "loan.rounding_exceeds_instalment": QT_TRANSLATE_NOOP("messages", "Pembulatan ke {unit_rp} terlalu besar untuk pinjaman ini (angsuran ke-{row} sudah melunasi pinjaman). Pilih pembulatan yang lebih kecil."),
    "loan.rate_zero": QT_TRANSLATE_NOOP("messages", "Jasa tidak boleh nol. Untuk pinjaman tanpa jasa, centang \"Tanpa jasa\"."),
    "loan.bad_thresholds": QT_TRANSLATE_NOOP("messages", "Batas hari kolektibilitas harus naik berurutan, dari 1 sampai paling banyak {max} hari."),
    "loan.before_disbursement": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh sebelum pinjaman dicairkan ({disbursed_on})."),
    "loan.disbursed_before_applied": QT_TRANSLATE_NOOP("messages", "Tanggal pencairan tidak boleh sebelum tanggal pengajuan ({applied_on})."),
    "loan.later_payment": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} sudah dibayar lagi sesudah ini: batalkan dulu pembayaran {date} ({receipt})."),
    "loan.later_payment_unreceipted": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} sudah dibayar lagi sesudah ini: batalkan dulu pembayaran {date}."),
    "loan.fee_with_disbursement": QT_TRANSLATE_NOOP("messages", "Provisi pinjaman {loan} dibatalkan bersama pencairannya: batalkan pencairannya."),
    "loan.has_payments": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} sudah dibayar ({count} kali): batalkan dulu pembayarannya, yang terakhir lebih dulu."),
    "loan.had_payments": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} pernah dibayar (pembayarannya sudah dibatalkan); pencairannya tidak bisa dibatalkan lagi."),
    "loan.entry_not_reversible": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} sudah dihapusbukukan: penghapusan dan pencairannya tidak bisa dibatalkan dengan storno."),
    "loan.first_due_too_early": QT_TRANSLATE_NOOP("messages", "Angsuran pertama harus sesudah {after}."),
    "loan.group_in_arrears": QT_TRANSLATE_NOOP("messages", "Kelompok {group} masih menunggak (tanggung renteng): {names}. Pinjaman baru bisa diberikan setelah tunggakan dilunasi."),
    "loan.member_left": QT_TRANSLATE_NOOP("messages", "Anggota ini sudah keluar pada {left_on}; tidak bisa diberi pinjaman."),
    "loan.not_disbursed": QT_TRANSLATE_NOOP("messages", "Pinjaman ini belum dicairkan."),
    "loan.not_found": QT_TRANSLATE_NOOP("messages", "Pinjaman tidak ditemukan (mungkin buku sudah berganti)."),
    "loan.not_in_business": QT_TRANSLATE_NOOP("messages", "Anggota ini bukan anggota kelompok usaha yang dipilih."),
    "loan.overpayment": QT_TRANSLATE_NOOP("messages", "Lebih dari yang harus dibayar: paling banyak {max_rp} (pelunasan). Kurangi jumlahnya, atau centang \"Kelebihan masuk simpanan sukarela\"."),
    "loan.paid_off": QT_TRANSLATE_NOOP("messages", "Pinjaman ini sudah lunas."),
    "loan.payment_before_last": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh sebelum pembayaran terakhir ({last_on})."),
    "loan.periods_outside_product": QT_TRANSLATE_NOOP("messages", "Jangka waktu untuk jenis pinjaman ini harus {min} sampai {max} kali angsuran."),
    "loan.principal_outside_product": QT_TRANSLATE_NOOP("messages", "Jumlah pinjaman untuk jenis ini harus antara {min_rp} dan {max_rp}."),
    "loan.product_inactive": QT_TRANSLATE_NOOP("messages", "Jenis pinjaman \"{name}\" sudah tidak aktif."),
    "loan.wrong_status": QT_TRANSLATE_NOOP("messages", "Tidak bisa: status pinjaman ini {status}."),
    "loan.not_written_off": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} tidak dihapusbukukan: uang yang diterima dicatat sebagai angsuran."),
    "loan.recovery_before_write_off": QT_TRANSLATE_NOOP("messages", "Tanggal tidak boleh sebelum pinjaman dihapusbukukan ({written_off_on})."),
    "loan.recovery_too_much": QT_TRANSLATE_NOOP("messages", "Lebih dari yang belum kembali: paling banyak {max_rp}."),
    "ppap.percent_over_100": QT_TRANSLATE_NOOP("messages", "Persen penyisihan paling banyak 100%."),
    "ppap.nothing_to_post": QT_TRANSLATE_NOOP("messages", "Tidak ada yang dibukukan: penyisihan yang tercatat ({amount_rp}) sudah sama dengan yang dibutuhkan pada tanggal ini."),
    "loan_product.bad_kind": QT_TRANSLATE_NOOP("messages", "Pilihan tidak dikenal."),
    "loan_product.deductions_too_large": QT_TRANSLATE_NOOP("messages", "Potongan provisi dan simpanan terlalu besar: pada pinjaman {principal_rp} tidak ada lagi uang yang diserahkan."),
    "loan_product.grace_out_of_range": QT_TRANSLATE_NOOP("messages", "Masa tenggang harus 0 sampai {max} hari."),
    "loan_product.interest_free_rate": QT_TRANSLATE_NOOP("messages", "Pinjaman tanpa jasa harus berjasa 0%."),
    "loan_product.max_below_min": QT_TRANSLATE_NOOP("messages", "Batas atas tidak boleh lebih kecil dari batas bawah."),
    "loan_product.name_taken": QT_TRANSLATE_NOOP("messages", "Jenis pinjaman \"{name}\" sudah ada."),
    "loan_product.not_found": QT_TRANSLATE_NOOP("messages", "Jenis pinjaman tidak ditemukan (mungkin buku sudah berganti)."),
    "loan_product.percent_zero": QT_TRANSLATE_NOOP("messages", "Persen tidak boleh nol; pilih \"Tidak ada\" bila tidak dipakai."),
    "amount.not_positive": QT_TRANSLATE_NOOP("messages", "Jumlah harus lebih dari nol."),
    "amount.negative": QT_TRANSLATE_NOOP("messages", "Jumlah tidak boleh kurang dari nol."),
    "number.unreadable": QT_TRANSLATE_NOOP("messages", "Tulis angka bulat, misalnya 12."),
    # Setoran, collection sheet and receipts
    "collection.overpayment": QT_TRANSLATE_NOOP("messages", "Lebih dari yang harus dibayar: paling banyak {max_rp}. Centang \"sisanya ke simpanan sukarela\" bila anggota mau menabung sisanya."),
    "collection.no_such_open_loan": QT_TRANSLATE_NOOP("messages", "Pinjaman yang dipilih untuk dilunasi bukan pinjaman berjalan anggota ini."),
    "collection.split_not_cash": QT_TRANSLATE_NOOP("messages", "Pembagian berjumlah {split_rp}, uang diterima {cash_rp}: ubah bagiannya sampai sama."),
    "collection.split_over_loan": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} paling banyak menerima {max_rp} (pelunasannya)."),
    "collection.split_over_wajib": QT_TRANSLATE_NOOP("messages", "Simpanan wajib paling banyak {max_rp} (yang masih terutang)."),
    "receipt.not_found": QT_TRANSLATE_NOOP("messages", "Kuitansi {number} tidak ditemukan."),
    # chart of accounts
    "account.bad_kind": QT_TRANSLATE_NOOP("messages", "Jenis akun \"{kind}\" tidak dikenal."),
    "account.bad_code": QT_TRANSLATE_NOOP("messages", "Kode akun \"{code}\" harus berbentuk 1-101 (angka 1–5, tanda -, tiga angka)."),
    "account.code_kind_mismatch": QT_TRANSLATE_NOOP("messages", "Kode akun jenis ini harus diawali angka {digit} (tertulis {code})."),
    "account.code_taken": QT_TRANSLATE_NOOP("messages", "Kode akun {code} sudah dipakai."),
    "pos.name_taken": QT_TRANSLATE_NOOP("messages", "\"{name}\" sudah ada di daftar akun."),
    "pos.no_code_left": QT_TRANSLATE_NOOP("messages", "Tidak ada lagi nomor kosong untuk pos jenis ini."),
    # Kas & Buku: money in and out, Kas and Bank
    "cashbox.bad_pos": QT_TRANSLATE_NOOP("messages", "Pilih salah satu pos dari daftar."),
    "cashbox.not_cash_account": QT_TRANSLATE_NOOP("messages", "Pilih Kas atau Bank."),
    "cashbox.same_account": QT_TRANSLATE_NOOP("messages", "Uang tidak berpindah dari {account_name} ke {account_name}: pilih Kas dan Bank."),
    # documents
    "document.paper_not_offered": QT_TRANSLATE_NOOP("messages", "Dokumen ini tidak dicetak pada kertas {paper}."),
    "period.reversed": QT_TRANSLATE_NOOP("messages", "Tanggal awal sesudah tanggal akhir."),
    "document.before_book": QT_TRANSLATE_NOOP("messages", "Buku ini baru mulai {first}: pilih tanggal sejak hari itu."),
    "document.bad_comparison": QT_TRANSLATE_NOOP("messages", "Pilih pembanding: periode yang sama tahun lalu atau tahun lalu penuh."),
    "period.in_future": QT_TRANSLATE_NOOP("messages", "Periode ini belum terjadi: pilih tanggal sampai hari ini."),
    "logo.not_an_image": QT_TRANSLATE_NOOP("messages", "Logo harus gambar PNG atau JPEG."),
    "logo.too_large": QT_TRANSLATE_NOOP("messages", "Logo terlalu besar: paling besar {limit_kb} KB."),
    "settings.bad_year": QT_TRANSLATE_NOOP("messages", "Tulis tahun dengan 4 angka, dari 1945 sampai {max}."),
    "settings.bad_choice": QT_TRANSLATE_NOOP("messages", "Pilih salah satu dari daftar."),
    # inventaris
    "inventory.bad_condition": QT_TRANSLATE_NOOP("messages", "Pilih kondisi: baik, rusak ringan atau rusak berat."),
    "inventory.not_found": QT_TRANSLATE_NOOP("messages", "Barang inventaris tidak ditemukan (mungkin buku sudah berganti)."),
    "inventory.disposed": QT_TRANSLATE_NOOP("messages", "Barang ini sudah dihapuskan pada {on}."),
    "inventory.quantity_too_large": QT_TRANSLATE_NOOP("messages", "Jumlah terlalu besar: paling banyak {limit}."),
    "inventory.bad_kind": QT_TRANSLATE_NOOP("messages", "Pilih jenis barang: mebel, peralatan atau mesin."),
    "inventory.value_without_entry": QT_TRANSLATE_NOOP("messages", "Barang bernilai dicatat lewat Tambah barang (dibeli, hibah atau milik sebelum buku dimulai), supaya masuk jurnal akun Peralatan."),
    "inventory.disposal_without_entry": QT_TRANSLATE_NOOP("messages", "Barang ini ada di akun Peralatan: hapuskan lewat Hapuskan supaya jurnalnya ikut dibuat."),
    "inventory.bad_acquisition": QT_TRANSLATE_NOOP("messages", "Pilih cara barang diperoleh: dibeli, hibah, atau sudah dimiliki sebelum buku dimulai."),
    "inventory.disposal_first": QT_TRANSLATE_NOOP("messages", "{item} sudah dihapuskan: storno dulu penghapusannya."),
    "asset.life_not_positive": QT_TRANSLATE_NOOP("messages", "Umur harus lebih dari 0 tahun."),
    "asset.life_too_long": QT_TRANSLATE_NOOP("messages", "Umur paling lama {limit} tahun."),
    "asset.bad_period": QT_TRANSLATE_NOOP("messages", "Pilih setiap bulan atau setiap tahun."),
    "asset.depreciated": QT_TRANSLATE_NOOP("messages", "{item} sudah disusutkan: storno dulu penyusutannya (yang terakhir lebih dulu)."),
    "asset.depreciated_until": QT_TRANSLATE_NOOP("messages", "Barang ini sudah disusutkan sampai {date}: tanggal penghapusan tidak boleh sebelum itu."),
    "depreciation.wrong_period": QT_TRANSLATE_NOOP("messages", "Periode ini tidak sesuai kebijakan penyusutan (setiap bulan atau setiap tahun)."),
    "depreciation.period_not_over": QT_TRANSLATE_NOOP("messages", "Periode ini belum selesai (sampai {end}): penyusutannya dibukukan sesudah itu."),
    "depreciation.already_run": QT_TRANSLATE_NOOP("messages", "Penyusutan sudah dibukukan sampai {through}. Tidak ada yang dicatat."),
    "depreciation.nothing": QT_TRANSLATE_NOOP("messages", "Tidak ada barang yang perlu disusutkan pada periode ini."),
    "depreciation.later_run": QT_TRANSLATE_NOOP("messages", "Sudah ada penyusutan sesudahnya (sampai {through}): storno dulu yang terakhir."),
    # usaha kelompok
    "quantity.not_positive": QT_TRANSLATE_NOOP("messages", "Jumlah harus lebih dari nol."),
    "quantity.not_whole": QT_TRANSLATE_NOOP("messages", "Jumlah ini bukan bilangan bulat dalam {unit} (misalnya setengah butir)."),
    "quantity.too_large": QT_TRANSLATE_NOOP("messages", "Jumlah terlalu besar."),
    "quantity.unreadable": QT_TRANSLATE_NOOP("messages", "Jumlah \"{quantity}\" tidak dikenali. Tulis angka, misalnya 12,5."),
    "unit.unknown": QT_TRANSLATE_NOOP("messages", "Satuan tidak dikenal."),
    "unit.not_for_item": QT_TRANSLATE_NOOP("messages", "Satuan ini tidak bisa dipakai untuk {item}."),
    "unit.factor_not_whole": QT_TRANSLATE_NOOP("messages", "Isi satuan harus bilangan bulat dari satuan dasar (tertulis {factor})."),
    "unit.factor_out_of_range": QT_TRANSLATE_NOOP("messages", "Isi satuan harus paling sedikit 1."),
    "unit.base_factor_not_one": QT_TRANSLATE_NOOP("messages", "Satuan dasar berisi tepat 1; untuk satuan yang lebih besar pilih satuan dasarnya."),
    "unit.base_not_base": QT_TRANSLATE_NOOP("messages", "{unit} bukan satuan dasar: hitung dari {base}."),
    "unit.name_taken": QT_TRANSLATE_NOOP("messages", "Satuan \"{name}\" sudah ada."),
    "usaha.business_inactive": QT_TRANSLATE_NOOP("messages", "Usaha ini sudah tidak aktif."),
    "usaha.unknown_product": QT_TRANSLATE_NOOP("messages", "Produk tidak dikenal."),
    "usaha.unknown_material": QT_TRANSLATE_NOOP("messages", "Bahan baku tidak dikenal."),
    "usaha.unknown_item": QT_TRANSLATE_NOOP("messages", "Barang tidak dikenal."),
    "usaha.item_other_business": QT_TRANSLATE_NOOP("messages", "{item} milik usaha {business}, bukan usaha ini."),
    "usaha.item_name_taken": QT_TRANSLATE_NOOP("messages", "\"{name}\" sudah ada di usaha ini."),
    "usaha.price_not_positive": QT_TRANSLATE_NOOP("messages", "Harga harus lebih dari Rp0."),
    "usaha.price_too_large": QT_TRANSLATE_NOOP("messages", "Harga atau jumlah harus kurang dari Rp10.000.000.000.000."),
    "usaha.cost_negative": QT_TRANSLATE_NOOP("messages", "Harga pokok tidak boleh kurang dari nol."),
    "usaha.no_price": QT_TRANSLATE_NOOP("messages", "{item} belum punya harga jual pada tanggal ini: isi harganya."),
    "usaha.no_lines": QT_TRANSLATE_NOOP("messages", "Isi paling sedikit satu produk yang dijual."),
    "usaha.buyer_required": QT_TRANSLATE_NOOP("messages", "Penjualan kredit harus menyebut pembelinya."),
    "usaha.supplier_required": QT_TRANSLATE_NOOP("messages", "Pembelian kredit harus menyebut pemasoknya."),
    "usaha.rejects_exceed_made": QT_TRANSLATE_NOOP("messages", "Jumlah rusak tidak boleh lebih dari jumlah yang dibuat."),
    "usaha.overpayment": QT_TRANSLATE_NOOP("messages", "Lebih dari sisa utangnya: paling banyak {open_rp}."),
    "usaha.payment_before_record": QT_TRANSLATE_NOOP("messages", "Tanggal bayar tidak boleh sebelum tanggal transaksinya ({date})."),
    "usaha.unknown_receivable": QT_TRANSLATE_NOOP("messages", "Penjualan kredit ini tidak ada (atau sudah distorno)."),
    "usaha.unknown_payable": QT_TRANSLATE_NOOP("messages", "Pembelian kredit ini tidak ada (atau sudah distorno)."),
    "usaha.not_expense_account": QT_TRANSLATE_NOOP("messages", "Akun {account} bukan akun beban usaha."),
    "usaha.period_reversed": QT_TRANSLATE_NOOP("messages", "Tanggal awal sesudah tanggal akhir."),
    "usaha.has_payments": QT_TRANSLATE_NOOP("messages", "Transaksi ini sudah dibayar ({count} kali): storno pembayarannya dulu."),
    "stock.sold_again": QT_TRANSLATE_NOOP("messages", "{item} sudah terjual lagi sesudah penjualan ini (terakhir {date}): batalkan dulu penjualan itu."),
    "stock.insufficient": QT_TRANSLATE_NOOP("messages", "Stok {item} hanya {on_hand}, diminta {asked}."),
    "stock.negative_reason_required": QT_TRANSLATE_NOOP("messages", "Tulis alasan mengapa stok boleh menjadi minus."),
    "stock.count_reason_required": QT_TRANSLATE_NOOP("messages", "Hasil hitung berbeda dengan buku: tulis alasannya."),
    "share.parts_not_100": QT_TRANSLATE_NOOP("messages", "Bagian-bagian harus berjumlah tepat 100% (sekarang {total}%)."),
    "share.percent_unreadable": QT_TRANSLATE_NOOP("messages", "Persen \"{percent}\" tidak dikenali (paling banyak dua angka desimal)."),
    "share.percent_out_of_range": QT_TRANSLATE_NOOP("messages", "Setiap bagian harus lebih dari 0% dan paling banyak 100%."),
    "share.bad_target": QT_TRANSLATE_NOOP("messages", "Bagian \"{target}\" tidak dikenal: pilih anggota yang bekerja atau akun dana."),
    "share.bad_basis": QT_TRANSLATE_NOOP("messages", "Dasar pembagian \"{basis}\" tidak dikenal."),
    "share.no_rule": QT_TRANSLATE_NOOP("messages", "Usaha {business} belum punya aturan bagi hasil."),
    "share.no_profit": QT_TRANSLATE_NOOP("messages", "Tidak ada laba untuk dibagi pada periode ini (laba {profit_rp})."),
    "share.no_work": QT_TRANSLATE_NOOP("messages", "Belum ada catatan kerja atau penjualan anggota pada periode ini."),
    "share.already_shared": QT_TRANSLATE_NOOP("messages", "Laba periode {start} – {end} sudah dibagi."),
    "share.before_period_end": QT_TRANSLATE_NOOP("messages", "Bagi hasil dicatat paling cepat pada akhir periodenya ({end})."),
    "share.hours_out_of_range": QT_TRANSLATE_NOOP("messages", "Jam kerja sehari harus antara 0 dan 24."),
    "share.no_work_given": QT_TRANSLATE_NOOP("messages", "Isi jam kerja atau jumlah hasil kerja."),
    # capital sources, PAUD and social funds
    "funder.not_found": QT_TRANSLATE_NOOP("messages", "Sumber dana tidak ditemukan (mungkin buku sudah berganti)."),
    "funder.bad_kind": QT_TRANSLATE_NOOP("messages", "Pilih jenis sumber dana."),
    "funder.name_taken": QT_TRANSLATE_NOOP("messages", "Sumber dana \"{name}\" sudah ada."),
    "funder.has_money": QT_TRANSLATE_NOOP("messages", "{name} tidak bisa dihapus: sudah ada dana yang dicatat darinya. Nonaktifkan saja."),
    "funder.none_active": QT_TRANSLATE_NOOP("messages", "Daftarkan pemberinya dulu di Dana & Sumber Modal."),
    "funder.inactive": QT_TRANSLATE_NOOP("messages", "{name} sudah dinonaktifkan; aktifkan lagi untuk mencatat dana baru."),
    "bank_loan.not_found": QT_TRANSLATE_NOOP("messages", "Pinjaman bank tidak ditemukan."),
    "bank_loan.more_than_owed": QT_TRANSLATE_NOOP("messages", "Lebih besar dari sisa utang: yang masih harus dibayar {owed_rp}."),
    "fund.paud_insufficient": QT_TRANSLATE_NOOP("messages", "Dana insentif PAUD tidak cukup: saldonya {balance_rp}."),
    "fund.sosial_insufficient": QT_TRANSLATE_NOOP("messages", "Dana sosial tidak cukup: saldonya {balance_rp}."),
    "teacher.not_found": QT_TRANSLATE_NOOP("messages", "Guru PAUD tidak ditemukan."),
    "teacher.inactive": QT_TRANSLATE_NOOP("messages", "{name} sudah tidak aktif sebagai guru PAUD."),
    "share.not_in_group": QT_TRANSLATE_NOOP("messages", "Anggota ini bukan anggota kelompok usaha {business}: tambahkan dulu ke kelompoknya di halaman Anggota."),
    # year end: closing periods, the SHU and the lock on shared profit
    "period.not_over": QT_TRANSLATE_NOOP("messages", "Periode ini belum selesai (berakhir {end}): tutup buku sesudahnya."),
    "period.already_closed": QT_TRANSLATE_NOOP("messages", "Buku sudah ditutup sampai {closed_through}."),
    "period.december_is_year": QT_TRANSLATE_NOOP("messages", "Desember ditutup bersama tahunnya: pilih Tutup tahun {year}."),
    "period.earlier_year_open": QT_TRANSLATE_NOOP("messages", "Tutup dulu tahun {year}: pendapatan dan bebannya belum dipindahkan ke SHU."),
    "period.not_closed": QT_TRANSLATE_NOOP("messages", "Tanggal {day} belum ditutup; tidak ada yang perlu dibuka."),
    "period.shu_shared": QT_TRANSLATE_NOOP("messages", "SHU tahun {year} sudah dibagi: batalkan dulu pembagiannya sebelum membuka kembali tahun itu."),
    "lock.shu_shared": QT_TRANSLATE_NOOP("messages", "SHU tahun {year} sudah dibagi kepada anggota: pendapatan dan beban tahun itu tidak boleh berubah lagi, kecuali pembagian SHU dibatalkan dulu."),
    "lock.business_shared": QT_TRANSLATE_NOOP("messages", "Laba {business} periode {start} – {end} sudah dibagi (bagi hasil): pendapatan dan bebannya tidak boleh berubah lagi, kecuali bagi hasil itu dibatalkan dulu."),
    "shu.percent_unreadable": QT_TRANSLATE_NOOP("messages", "Persen \"{percent}\" tidak dikenali (paling banyak dua angka desimal, misalnya 12,5)."),
    "shu.percent_negative": QT_TRANSLATE_NOOP("messages", "Persen tidak boleh negatif."),
    "shu.percent_out_of_range": QT_TRANSLATE_NOOP("messages", "Setiap bagian harus lebih dari 0% dan paling banyak 100%."),
    "shu.lines_not_100": QT_TRANSLATE_NOOP("messages", "Bagian-bagian SHU harus berjumlah tepat 100% (sekarang {total}%)."),
    "shu.too_many_lines": QT_TRANSLATE_NOOP("messages", "Paling banyak {limit} bagian."),
    "shu.bad_destination": QT_TRANSLATE_NOOP("messages", "Tujuan \"{destination}\" tidak dikenal."),
    "shu.member_line_twice": QT_TRANSLATE_NOOP("messages", "Jasa modal dan jasa pinjaman masing-masing hanya boleh satu baris."),
    "shu.rule_year_shared": QT_TRANSLATE_NOOP("messages", "SHU tahun {year} sudah dibagi dengan aturan lama: aturan baru berlaku paling cepat 1 Januari tahun berikutnya."),
    "shu.no_savings": QT_TRANSLATE_NOOP("messages", "Tidak ada anggota yang punya simpanan pokok atau wajib pada tahun {year}: jasa modal tidak bisa dibagi."),
    "shu.no_jasa": QT_TRANSLATE_NOOP("messages", "Tidak ada anggota yang membayar jasa pinjaman pada tahun {year}: jasa pinjaman tidak bisa dibagi."),
    "shu.decided_in_year": QT_TRANSLATE_NOOP("messages", "Keputusan RAT dicatat sesudah tahun {year} berakhir."),
    "shu.year_not_closed": QT_TRANSLATE_NOOP("messages", "Tutup dulu buku tahun {year}."),
    "shu.already_shared": QT_TRANSLATE_NOOP("messages", "SHU tahun {year} sudah dibagi."),
    "shu.loss_year": QT_TRANSLATE_NOOP("messages", "Tahun {year} rugi {loss_rp}: tidak ada SHU untuk dibagi. Catat keputusan RAT untuk menutup kerugian."),
    "shu.not_a_loss": QT_TRANSLATE_NOOP("messages", "Tahun {year} tidak rugi."),
    "shu.reserve_too_small": QT_TRANSLATE_NOOP("messages", "Dana cadangan hanya {reserve_rp}, kurang untuk menutup rugi {loss_rp}."),
    "shu.not_found": QT_TRANSLATE_NOOP("messages", "Pembagian SHU ini tidak ditemukan."),
    "shu.already_reversed": QT_TRANSLATE_NOOP("messages", "Pembagian SHU tahun {year} sudah dibatalkan."),
    "book.missing": QT_TRANSLATE_NOOP("messages", "Buku {path} tidak ada lagi di tempatnya (flashdisk dicabut, atau foldernya dipindah atau dihapus). Yang baru diisi belum tersimpan. Colokkan lagi flashdisk-nya, lalu tutup Lumbung dan buka lagi."),
    # what the database refused under a service (app.db._RefusingDatabase); nothing was saved
    "book.refused": QT_TRANSLATE_NOOP("messages", "Buku menolak perubahan ini karena melanggar aturan pembukuan (mungkin buku diubah di luar Lumbung). Tidak ada yang disimpan. Periksa buku atau pulihkan cadangan terakhir."),
    "book.locked": QT_TRANSLATE_NOOP("messages", "Buku sedang dipakai program lain. Tidak ada yang disimpan; tutup program itu lalu coba lagi."),
    "book.damaged": QT_TRANSLATE_NOOP("messages", "Buku rusak. Tidak ada yang disimpan; pulihkan cadangan terakhir yang baik (Cadangan Data)."),
    "book.not_a_book": QT_TRANSLATE_NOOP("messages", "Berkas buku tidak bisa dibaca lagi. Tidak ada yang disimpan; pulihkan cadangan terakhir yang baik (Cadangan Data)."),
    "book.failed": QT_TRANSLATE_NOOP("messages", "Buku tidak bisa menyimpan perubahan ini. Tidak ada yang disimpan; coba lagi, dan bila terus terjadi pulihkan cadangan terakhir."),
    "book.connection_lost": QT_TRANSLATE_NOOP("messages", "Hubungan ke server buku ({folder}) terputus, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Periksa jaringan dan server, lalu tekan Simpan lagi."),
    # moving in: core
    "member.number_taken": QT_TRANSLATE_NOOP("messages", "Nomor anggota {number} sudah dipakai anggota lain."),
    "member.bad_number": QT_TRANSLATE_NOOP("messages", "Nomor anggota harus bilangan bulat lebih dari nol."),
    "member.duplicate_number": QT_TRANSLATE_NOOP("messages", "Nomor anggota {value} sudah ada di baris lain. Satu nomor untuk satu anggota."),
    "member.duplicate_nik": QT_TRANSLATE_NOOP("messages", "NIK ini sudah ada di baris lain. Satu NIK untuk satu anggota."),
    "ledger.before_opening": QT_TRANSLATE_NOOP("messages", "Buku ini dimulai pada {opening} (tanggal saldo awal). Transaksi sebelum tanggal itu tidak bisa dicatat."),
    "opening.not_reversible": QT_TRANSLATE_NOOP("messages", "Ini transaksi saldo awal: tidak bisa dibatalkan sendiri-sendiri. Perbaiki angka yang salah dengan transaksi biasa sesudah tanggal saldo awal."),
    "opening.book_not_empty": QT_TRANSLATE_NOOP("messages", "Saldo awal hanya untuk buku baru yang masih kosong. Buku ini sudah berisi transaksi atau anggota; tambahan berikutnya dicatat lewat layar biasa (Anggota, Simpanan, Pinjaman, Kas)."),
    "opening.difference_unexplained": QT_TRANSLATE_NOOP("messages", "Neraca awal tidak seimbang: selisih {difference_rp} masuk ke Selisih saldo awal. Tulis penjelasannya, atau perbaiki angkanya."),
    "opening.unknown_setting": QT_TRANSLATE_NOOP("messages", "Data kelompok ({key}) tidak dikenal."),
    "opening.after_opening": QT_TRANSLATE_NOOP("messages", "Tanggal ini sesudah tanggal saldo awal ({on})."),
    "opening.member_not_listed": QT_TRANSLATE_NOOP("messages", "Anggota nomor {number} tidak ada di daftar anggota."),
    "opening.bad_months": QT_TRANSLATE_NOOP("messages", "Jumlah bulan harus bilangan bulat, nol atau lebih."),
    "opening.months_beyond_membership": QT_TRANSLATE_NOOP("messages", "Lebih banyak dari bulan keanggotaannya sampai tanggal saldo awal ({most} bulan)."),
    "opening.duplicate_line": QT_TRANSLATE_NOOP("messages", "{value} sudah ada di baris lain. Satu baris saja untuk masing-masing."),
    "opening.bad_stock_kind": QT_TRANSLATE_NOOP("messages", "Jenis barang harus produk atau bahan baku."),
    "opening.depreciation_above_value": QT_TRANSLATE_NOOP("messages", "Penyusutan yang sudah diambil tidak boleh lebih dari nilai perolehannya."),
    "opening.account_has_kind": QT_TRANSLATE_NOOP("messages", "Saldo akun {account} diisi di bagian {opening_kind}, bukan di saldo akun lain."),
    "opening.result_account": QT_TRANSLATE_NOOP("messages", "Akun {account} adalah pendapatan atau beban: saldo awal belum punya hasil tahun berjalan. SHU yang belum dibagikan masuk ke akun \"SHU belum dibagikan\" (2-301), hasil yang belum ditutup ke \"SHU tahun berjalan\" (3-401)."),
    # moving in: loans
    "opening.loan_member_unknown": QT_TRANSLATE_NOOP("messages", "Anggota nomor {number} tidak ada di daftar anggota saldo awal."),
    "opening.loan_product_unknown": QT_TRANSLATE_NOOP("messages", "Jenis pinjaman \"{name}\" tidak ada di buku. Tulis nama jenis pinjaman yang ada, atau kosongkan dan isi cara hitung, jasa dan periodenya."),
    "opening.loan_terms_missing": QT_TRANSLATE_NOOP("messages", "Isi jenis pinjaman, atau cara hitung, jasa dan periode angsurannya."),
    "opening.loan_after_opening": QT_TRANSLATE_NOOP("messages", "Tanggal ini sesudah tanggal saldo awal {on}: pinjaman sesudahnya dicatat biasa, bukan sebagai saldo awal."),
    "opening.loan_paid_how": QT_TRANSLATE_NOOP("messages", "Isi salah satu saja: jumlah angsuran yang sudah dibayar, atau sisa pokok bersama tanggal angsuran berikutnya."),
    "opening.loan_paid_off": QT_TRANSLATE_NOOP("messages", "Semua {periods} angsuran sudah dibayar: pinjaman ini sudah lunas, bukan pinjaman berjalan. Hapus barisnya."),
    "opening.loan_paid_more_than_owed": QT_TRANSLATE_NOOP("messages", "Yang dibayar lebih dari utangnya (pinjaman ini {periods} kali angsuran). Periksa angkanya."),
    "opening.loan_instalments_paid_range": QT_TRANSLATE_NOOP("messages", "Angsuran yang sudah dibayar harus antara 0 dan {max}."),
    "opening.loan_outstanding_above_principal": QT_TRANSLATE_NOOP("messages", "Sisa pokok lebih besar dari pokok pinjaman awal {principal_rp}."),
    "opening.loan_next_due_unknown": QT_TRANSLATE_NOOP("messages", "Tanggal ini bukan tanggal angsuran pinjaman ini. Tanggal angsurannya: {dates}."),
    "opening.loan_outstanding_not_fitting": QT_TRANSLATE_NOOP("messages", "Dengan angsuran berikutnya {next_due}, sisa pokok harus antara {min_rp} dan {max_rp}."),
    "opening.bank_loan_funder_unknown": QT_TRANSLATE_NOOP("messages", "\"{name}\" tidak ada di daftar sumber dana saldo awal."),
    "loan.opening_not_reversible": QT_TRANSLATE_NOOP("messages", "Pinjaman {loan} dibawa dari buku lama sebagai saldo awal: pencatatannya tidak bisa dibatalkan."),
    # moving in: workbook (app.opening.workbook; nothing is written when the file has issues)
    "workbook.not_found": QT_TRANSLATE_NOOP("messages", "Berkas {path} tidak ada (salah pilih, atau berkasnya dipindah?)."),
    "workbook.locked": QT_TRANSLATE_NOOP("messages", "Berkas {path} sedang dibuka program lain (Excel?). Tutup dulu berkasnya di program itu, lalu baca lagi."),
    "workbook.unreadable": QT_TRANSLATE_NOOP("messages", "Berkas {path} tidak bisa dibaca ({reason})."),
    "workbook.empty_file": QT_TRANSLATE_NOOP("messages", "Berkas {path} kosong (0 byte). Simpan lagi isiannya di Excel sebagai .xlsx, lalu baca lagi."),
    "workbook.xls": QT_TRANSLATE_NOOP("messages", "Berkas {path} berformat Excel lama (.xls). Buka di Excel, pilih Simpan Sebagai > Buku Kerja Excel (.xlsx), lalu baca berkas .xlsx itu."),
    "workbook.csv": QT_TRANSLATE_NOOP("messages", "Berkas {path} bukan berkas Excel (.csv atau teks). Pakai templat Lumbung (.xlsx): salin isiannya ke templat, lalu baca templat itu."),
    "workbook.damaged": QT_TRANSLATE_NOOP("messages", "Berkas {path} bukan berkas Excel .xlsx yang utuh (mungkin rusak atau terpotong). Buka dan simpan lagi di Excel sebagai .xlsx."),
    "workbook.no_template_sheet": QT_TRANSLATE_NOOP("messages", "Berkas {path} tidak punya satu pun lembar templat (Saldo awal, Anggota, Simpanan, Pinjaman ...). Pakai templat Lumbung."),
    "workbook.column_missing": QT_TRANSLATE_NOOP("messages", "Kolom '{header}' tidak ada di lembar {sheet}. Judul kolom jangan diganti; tambahkan lagi kolom itu."),
    "workbook.not_number": QT_TRANSLATE_NOOP("messages", "Harus angka bulat, misalnya 12."),
    "workbook.bad_rate": QT_TRANSLATE_NOOP("messages", "Jasa tidak dikenali. Tulis persen per periode, misalnya 1,5 (untuk 1,5%)."),
    "workbook.nik_as_number": QT_TRANSLATE_NOOP("messages", "NIK tersimpan sebagai angka, dan Excel sudah membuang angka terakhirnya. Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK-nya."),
    "workbook.bad_choice": QT_TRANSLATE_NOOP("messages", "Isian tidak dikenal. Pilih salah satu: {choices}."),
    "workbook.bad_account": QT_TRANSLATE_NOOP("messages", "Kode akun tidak dikenali. Tulis kodenya di depan, misalnya 3-301."),
    # moving in: wizard (a cell of the opening's grids that cannot be read)
    "opening.not_a_number": QT_TRANSLATE_NOOP("messages", "\"{text}\" bukan angka."),
    "opening.not_a_choice": QT_TRANSLATE_NOOP("messages", "\"{text}\" tidak dikenal; pilih salah satu: {choices}."),
    # officers: roles (app.access.roles; "roles" and "action" are worded by ROLE_NAMES, ACTION_PHRASES)
    "move.address_empty": QT_TRANSLATE_NOOP("messages", "Tulis alamat basis data dari pengelola server."),
    "move.address_form": QT_TRANSLATE_NOOP("messages", "Alamat ditulis postgresql://pengguna@server/nama_basis_data, misalnya postgresql://pengurus@192.168.1.10/lumbung_desa."),
    "move.file_empty": QT_TRANSLATE_NOOP("messages", "Tulis atau pilih berkas buku yang baru."),
    "access.role_needed": QT_TRANSLATE_NOOP("messages", "Hanya {roles} yang {action}."),
    "access.signed_out": QT_TRANSLATE_NOOP("messages", "Belum ada yang masuk. Masuk dulu dengan nama dan kata sandi Anda."),
    "reversal.not_own_entry": QT_TRANSLATE_NOOP("messages", "Bendahara hanya membatalkan transaksi yang ia catat sendiri; {entry} dicatat oleh {name}. Minta Ketua membatalkannya."),
    "access.maker_checker": QT_TRANSLATE_NOOP("messages", "Pinjaman {number} diajukan oleh {name}, jadi harus disetujui pengurus lain. Bila kelompok hanya punya satu pengurus, centang \"Hanya satu pengurus\" di Pengaturan \u2192 Pengguna."),
    # audit view: personal data (app.privacy)
    "privacy.still_member": QT_TRANSLATE_NOOP("messages", "Data pribadi hanya bisa dihapus untuk anggota yang sudah keluar. Keluarkan dulu lewat Simpanan \u2192 \u201cAnggota keluar & pengembalian\u201d."),
    "privacy.unsettled": QT_TRANSLATE_NOOP("messages", "Anggota ini masih punya simpanan {savings_rp} dan pinjaman {owed_rp}. Selesaikan dulu pengembaliannya; catatan uangnya harus tetap bisa dicocokkan dengan orangnya."),
    "privacy.loan_pending": QT_TRANSLATE_NOOP("messages", "Anggota ini masih punya pengajuan pinjaman yang belum selesai. Tolak atau batalkan dulu pengajuannya."),
    "privacy.already_erased": QT_TRANSLATE_NOOP("messages", "Data pribadi anggota ini sudah dihapus."),
    "privacy.not_allowed": QT_TRANSLATE_NOOP("messages", "Data pribadi lengkap hanya untuk Ketua dan Sekretaris."),
    # kecamatan recap (app.recap)
    "recap.date_or_year": QT_TRANSLATE_NOOP("messages", "Pilih tanggal atau tahun, tidak keduanya."),
    "recap.book_open": QT_TRANSLATE_NOOP("messages", "Rekap dibuat di jendela tersendiri, tanpa buku yang sedang dibuka. Tutup buku ini dulu, atau buka rekap dari menu Berkas → Rekap kecamatan…"),
}

# officers: roles. The four roles and what each action is, in her words (the matrix in
# Pengaturan, the reason beside a disabled button, access.role_needed).
ROLE_NAMES = {
    "ketua": QT_TRANSLATE_NOOP("messages", "Ketua"),
    "sekretaris": QT_TRANSLATE_NOOP("messages", "Sekretaris"),
    "bendahara": QT_TRANSLATE_NOOP("messages", "Bendahara"),
    "pemeriksa": QT_TRANSLATE_NOOP("messages", "Pemeriksa"),
}
ACTION_PHRASES = {
    "money": QT_TRANSLATE_NOOP("messages", "mencatat uang masuk dan keluar"),
    "records": QT_TRANSLATE_NOOP("messages", "mencatat anggota, pengajuan pinjaman dan catatan usaha"),
    "approve": QT_TRANSLATE_NOOP("messages", "menyetujui atau menolak pinjaman"),
    "close": QT_TRANSLATE_NOOP("messages", "menutup dan membuka periode, memutuskan SHU dan mengatur kelompok"),
    "users": QT_TRANSLATE_NOOP("messages", "mengatur pengguna"),
    "storno": QT_TRANSLATE_NOOP("messages", "membatalkan transaksi (storno)"),
    "read": QT_TRANSLATE_NOOP("messages", "membaca dan mencetak"),
}
ROLES_JOINED = QT_TRANSLATE_NOOP("messages", "{first} atau {last}")

# Where an issue of a workbook is: "Lembar Anggota, baris 7, kolom NIK: ..."
SHEET_PLACES = {
    "sheet": QT_TRANSLATE_NOOP("messages", "Lembar {sheet}: {text}"),
    "row": QT_TRANSLATE_NOOP("messages", "Lembar {sheet}, baris {row}: {text}"),
    "cell": QT_TRANSLATE_NOOP("messages", "Lembar {sheet}, baris {row}, kolom {column}: {text}"),
    "column": QT_TRANSLATE_NOOP("messages", "Lembar {sheet}, kolom {column}: {text}"),
}

BOOK_ERRORS = {
    "is_directory": QT_TRANSLATE_NOOP("messages", "{path} adalah folder, bukan berkas buku. Pilih sebuah berkas."),
    "cannot_create": QT_TRANSLATE_NOOP("messages", "Buku baru tidak bisa dibuat di {path} ({reason})."),
    "read_only": QT_TRANSLATE_NOOP("messages", "Buku {path} atau foldernya hanya bisa dibaca. Lumbung perlu izin menulis di sana."),
    "unreadable": QT_TRANSLATE_NOOP("messages", "Berkas {path} tidak bisa dibaca (tidak ada izin)."),
    "not_a_book": QT_TRANSLATE_NOOP("messages", "Berkas {path} bukan buku Lumbung. Berkas ini tidak diubah."),
    "locked": QT_TRANSLATE_NOOP("messages", "Buku {path} sedang dipakai program lain (atau Lumbung lain yang masih terbuka). Tutup program itu lalu coba lagi."),
    "migration_failed": QT_TRANSLATE_NOOP("messages", "Buku {path} tidak bisa diperbarui ke versi ini ({reason}). Perubahan dibatalkan; isi buku tetap seperti semula."),
    "too_new": QT_TRANSLATE_NOOP("messages", "Buku {path} dibuat oleh Lumbung yang lebih baru (versi data {version}; versi ini paham sampai {supported}). Perbarui Lumbung. Berkas ini tidak diubah."),
    "damaged": QT_TRANSLATE_NOOP("messages", "Buku {path} rusak ({reason}) dan tidak dibuka, supaya tidak bertambah rusak. Berkas ini tidak diubah. Pulihkan cadangan terakhir yang baik ke buku ini (Pulihkan dari cadangan…)."),
    "disk_full": QT_TRANSLATE_NOOP("messages", "Disk tempat buku {path} penuh: Lumbung perlu sedikit ruang di sana untuk membuka buku. Isi buku tidak diubah. Kosongkan sebagian disk itu (hapus atau pindahkan berkas yang tidak perlu), lalu buka Lumbung lagi."),
    "in_use": QT_TRANSLATE_NOOP("messages", "Buku {path} sedang dibuka oleh Lumbung lain (pengguna {user} di komputer {host}, proses {pid}). Tutup Lumbung itu dulu, lalu coba lagi."),
    "missing": QT_TRANSLATE_NOOP("messages", "Buku {path} tidak ada (salah ketik, atau berkasnya dipindah?). Tidak ada yang dibuat."),
    "empty_file": QT_TRANSLATE_NOOP("messages", "Berkas {path} kosong (0 byte): bukan buku, mungkin rusak waktu disimpan (disk penuh, listrik padam). Berkas ini tidak diubah. Pulihkan cadangan terakhir yang baik ke buku ini."),
    # postgresql: a book on the office's server (app.engine.postgres); {path} is its address
    # without the password.
    "pg_wrong_login": QT_TRANSLATE_NOOP("messages", "Server PostgreSQL menolak masuk ke {path}: nama pengguna atau kata sandinya salah. Periksa keduanya (tanyakan kepada pengelola server), lalu coba lagi."),
    "pg_no_database": QT_TRANSLATE_NOOP("messages", "Basis data pada alamat {path} tidak ada di server itu (salah ketik namanya?). Tidak ada yang dibuat; minta pengelola server membuat basis data kosong untuk Lumbung."),
    "pg_unreachable": QT_TRANSLATE_NOOP("messages", "Server PostgreSQL pada alamat {path} tidak bisa dihubungi ({reason}). Periksa nama server, kabel atau jaringan, dan apakah server itu menyala, lalu coba lagi."),
    "pg_too_old": QT_TRANSLATE_NOOP("messages", "Server PostgreSQL pada alamat {path} versi {version}; Lumbung perlu versi {needed} atau lebih baru. Basis data ini tidak diubah. Minta pengelola server memperbaruinya."),
    "pg_not_lumbung": QT_TRANSLATE_NOOP("messages", "Basis data pada alamat {path} sudah berisi data program lain (tabel {tables}), jadi bukan buku Lumbung. Basis data ini tidak diubah. Minta pengelola server membuat basis data kosong untuk Lumbung."),
    "pg_no_permission": QT_TRANSLATE_NOOP("messages", "Pengguna pada alamat {path} tidak boleh membuat tabel buku di basis data itu ({reason}). Tidak ada yang diubah. Minta pengelola server menjadikannya pemilik basis data."),
    # moving a book between a file and a server (app.bookmove): nothing is kept when refused
    "move_target_not_empty": QT_TRANSLATE_NOOP("messages", "Basis data pada alamat {path} tidak kosong (tabel {tables}). Buku hanya dipindahkan ke basis data yang kosong; tidak ada yang diubah. Minta pengelola server membuat basis data baru yang kosong."),
    "move_target_exists": QT_TRANSLATE_NOOP("messages", "Berkas {path} sudah ada. Buku hanya disalin ke berkas baru; berkas itu tidak diubah. Pilih nama lain."),
    "move_same": QT_TRANSLATE_NOOP("messages", "Asal dan tujuan sama ({path}). Pilih basis data lain."),
    "move_source_old": QT_TRANSLATE_NOOP("messages", "Buku {path} dibuat oleh Lumbung yang lebih lama (versi data {version}). Buka sekali dengan Lumbung ini dulu, lalu pindahkan."),
    "move_check_failed": QT_TRANSLATE_NOOP("messages", "Salinan di {path} ternyata tidak sama dengan buku asal ({tables}), jadi tidak disimpan. Buku asal tidak diubah. Laporkan kejadian ini."),
    "move_cancelled": QT_TRANSLATE_NOOP("messages", "Dihentikan. Tidak ada yang disimpan; buku asal tidak diubah."),
}

# The book refused at opening by the safety checks that came with backups (app.db, app.lock).

# Backups and restores (app.backup.BackupError). A refused restore leaves the book as it was,
# a failed backup leaves no file behind: the page and the restore dialog say so after these.
BACKUP_ERRORS = {
    "not_a_backup": QT_TRANSLATE_NOOP("messages", "Berkas {name} bukan cadangan Lumbung."),
    "truncated": QT_TRANSLATE_NOOP("messages", "Cadangan {name} tidak utuh: terpotong, mungkin flashdisk dicabut saat menyalin. Pakai cadangan lain."),
    "checksum_mismatch": QT_TRANSLATE_NOOP("messages", "Cadangan {name} rusak: isinya tidak cocok dengan tanda pemeriksanya (checksum). Pakai cadangan lain."),
    "passphrase_required": QT_TRANSLATE_NOOP("messages", "Cadangan {name} dikunci dengan kata sandi. Tulis kata sandinya."),
    "passphrase_empty": QT_TRANSLATE_NOOP("messages", "Kata sandi tidak boleh kosong."),
    "passphrase_short": QT_TRANSLATE_NOOP("messages", "Kata sandi terlalu pendek: paling sedikit {minimum} huruf, supaya orang lain tidak mudah menebaknya."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("messages", "Kata sandi salah: cadangan {name} tidak bisa dibuka dengan kata sandi itu."),
    "too_new": QT_TRANSLATE_NOOP("messages", "Cadangan {name} dibuat oleh Lumbung {app_version} yang lebih baru (versi data {version}; versi ini paham sampai {supported}). Perbarui Lumbung dulu."),
    "nothing_to_restore": QT_TRANSLATE_NOOP("messages", "Cadangan {name} tidak berisi buku Lumbung yang bisa dipulihkan."),
    "read_failed": QT_TRANSLATE_NOOP("messages", "Berkas {name} tidak bisa dibaca ({reason})."),
    "book_busy": QT_TRANSLATE_NOOP("messages", "Buku sedang dipakai program lain (atau Lumbung lain yang masih terbuka). Tutup program itu lalu coba lagi."),
    "target_missing": QT_TRANSLATE_NOOP("messages", "Tujuan {path} tidak ada (mungkin flashdisk sudah dicabut). Colokkan lagi atau pilih tujuan lain."),
    "target_not_folder": QT_TRANSLATE_NOOP("messages", "Tujuan {path} bukan folder. Pilih sebuah folder atau flashdisk."),
    "target_read_only": QT_TRANSLATE_NOOP("messages", "Tujuan {path} hanya bisa dibaca; cadangan tidak bisa ditulis di sana. Pilih folder atau flashdisk lain."),
    "target_full": QT_TRANSLATE_NOOP("messages", "Tujuan {path} penuh: perlu sekitar {needed}, sisa {free}. Kosongkan sebagian atau pilih tujuan lain."),
    "write_failed": QT_TRANSLATE_NOOP("messages", "Tidak bisa menulis ke {path} ({reason}). Mungkin disk penuh atau flashdisk dicabut terlalu cepat."),
    "check_failed": QT_TRANSLATE_NOOP("messages", "Cadangan {name} tidak lolos pemeriksaan: isinya tidak utuh atau tidak sama dengan buku. Coba sekali lagi, atau pakai flashdisk lain."),
    "cancelled": QT_TRANSLATE_NOOP("messages", "Dibatalkan."),
    "same_file": QT_TRANSLATE_NOOP("messages", "Berkas {name} adalah buku itu sendiri, bukan cadangannya. Pilih berkas cadangan (.lumbung)."),
    "target_is_book_folder": QT_TRANSLATE_NOOP("messages", "Tujuan {path} adalah folder buku itu sendiri: bila disk itu rusak, cadangannya ikut hilang. Pilih flashdisk atau folder lain."),
    "book_on_server": QT_TRANSLATE_NOOP("messages", "Buku ini ada di server PostgreSQL ({path}) dan sedang dipakai dari komputer lain, jadi cadangan tidak dipulihkan di atasnya. Pulihkan cadangan sebagai buku di komputer ini, atau pindahkan ke basis data server yang kosong (Pengaturan → Buku bersama di server; lumbung move-book)."),
}

# Documents not written (app.documents.output.DocumentError); no half-written file is left.
DOCUMENT_ERRORS = {
    "cancelled": QT_TRANSLATE_NOOP("messages", "Dibatalkan. Tidak ada berkas yang ditulis."),
    "folder_read_only": QT_TRANSLATE_NOOP("messages", "Folder {folder} hanya bisa dibaca; dokumen tidak bisa disimpan di sana. Pilih folder lain."),
    "disk_full": QT_TRANSLATE_NOOP("messages", "Disk di {folder} penuh; dokumen tidak disimpan. Kosongkan sebagian atau pilih folder lain."),
    "write_failed": QT_TRANSLATE_NOOP("messages", "Dokumen tidak bisa ditulis ke {folder} ({reason})."),
}

UNKNOWN = QT_TRANSLATE_NOOP("messages", "Tidak bisa disimpan ({code}).")

# How parameters are written: rupiah for amounts (names ending in _rp, and those listed here),
# percent for rates listed here, dd/MM/yyyy for every date; lists are joined with commas.
MONEY_PARAMS = {"entry.unbalanced": ("difference",), "posting.amount_too_large": ("limit",),
                "loan.bad_rounding_unit": ("allowed",)}
PERCENT_PARAMS = {"loan.rate_too_high": ("max",)}
# Stock quantities (in base units, with item_id and the unit she typed) worded in her units.
QUANTITY_PARAMS = {"stock.insufficient": ("on_hand", "asked")}
# Codes sent as parameters that must be worded (a loan's status in loan.wrong_status).
WORDED_PARAMS = {
    "opening_kind": {  # the part of an opening (app.opening.draft.KINDS) that brings an account
        "cash": QT_TRANSLATE_NOOP("messages", "Kas dan bank"), "savings": QT_TRANSLATE_NOOP("messages", "Simpanan"),
        "loans": QT_TRANSLATE_NOOP("messages", "Pinjaman anggota"), "stock": QT_TRANSLATE_NOOP("messages", "Persediaan"),
        "assets": QT_TRANSLATE_NOOP("messages", "Inventaris"), "funders": QT_TRANSLATE_NOOP("messages", "Sumber modal"),
        "bank_loans": QT_TRANSLATE_NOOP("messages", "Pinjaman bank"),
        "difference_note": QT_TRANSLATE_NOOP("messages", "Selisih saldo awal (dihitung sendiri)"),
    },
    "status": {
        "applied": QT_TRANSLATE_NOOP("messages", "diajukan"), "approved": QT_TRANSLATE_NOOP("messages", "disetujui"),
        "rejected": QT_TRANSLATE_NOOP("messages", "ditolak"), "disbursed": QT_TRANSLATE_NOOP("messages", "berjalan"),
        "paid_off": QT_TRANSLATE_NOOP("messages", "lunas"),
        "written_off": QT_TRANSLATE_NOOP("messages", "dihapusbukukan"),
    },
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _written(value, money: bool, percent: bool) -> str:
    if isinstance(value, (tuple, list, set, frozenset)):
        return ", ".join(_written(v, money, percent) for v in value)
    if money and type(value) is int:
        return rupiah(value)
    if type(value) is int and abs(value) >= 10_000:  # counts and limits with thousands dots; years stay 2026
        return _number(value)
    if percent:
        return f"{(Decimal(value) * 100).normalize():f}%"
    if isinstance(value, date):
        return short_date(value)
    return str(value)


def _formatted(code: str, params: dict) -> dict:
    money, percent = MONEY_PARAMS.get(code, ()), PERCENT_PARAMS.get(code, ())
    written = {
        key: _tr(WORDED_PARAMS[key][value]) if value in WORDED_PARAMS.get(key, {}) else
        _written(value, key in money or key.endswith("_rp"), key in percent)
        for key, value in params.items()
    }
    if code.startswith("access.") and isinstance(params.get("roles"), str):
        written["roles"] = roles_text(params["roles"].split(","))
    if code.startswith("access.") and params.get("action") in ACTION_PHRASES:
        written["action"] = _tr(ACTION_PHRASES[params["action"]])
    if isinstance(params.get("account"), str):  # an account's code, said by its name
        written["account"] = _account_name(params["account"])
    if "month_name" in params:  # a month's number, named in the language shown
        written["month_name"] = get_month_names("wide", locale=LOCALES.get(translation.current(), "id_ID"))[
            params["month_name"]]
    for key in QUANTITY_PARAMS.get(code, ()):
        if key in params:
            written[key] = _quantity(params[key], params)
    return written


def role_name(code: str) -> str:
    """A role's code in her words: "bendahara" -> "Bendahara"."""
    return _tr(ROLE_NAMES[code]) if code in ROLE_NAMES else code


def roles_text(codes) -> str:
    """Roles in the matrix's order, in words: "Bendahara atau Ketua"."""
    from app.access.roles import ROLES
    names = [role_name(code) for code in sorted(codes, key=lambda c: ROLES.index(c) if c in ROLES else len(ROLES))]
    if len(names) < 2:
        return "".join(names)
    return _tr(ROLES_JOINED).format(first=", ".join(names[:-1]), last=names[-1])


def action_reason(action: str) -> str:
    """Why an action is not hers: "Hanya Bendahara yang mencatat uang masuk dan keluar"."""
    from app.access.roles import ACTIONS
    return issue_text(Issue("", "access.role_needed", {"roles": ",".join(sorted(ACTIONS[action])), "action": action}))


def _account_name(code: str) -> str:
    from app.accounts import list_accounts
    return next((f'"{a.name}"' for a in list_accounts() if a.code == code), code)


def _quantity(quantity_base: int, params: dict) -> str:
    """A stock quantity in her units: "22 rak 13 butir" for eggs, "2,5 kg" where she typed kg."""
    from app.usaha import catalog, units
    item = catalog.get_item(params["item_id"]) if params.get("item_id") is not None else None
    if item is None:
        return f"{_number(quantity_base)} {params.get('unit', '')}".strip()
    typed = units.get_unit(params["unit_id"]) if params.get("unit_id") is not None else None
    return " ".join(f"{_number(amount)} {name}"
                    for amount, name in units.spoken(quantity_base, catalog.item_unit(item), item.business_id, typed))


def _number(value) -> str:
    """1234.5 -> '1.234,5' (Indonesian digits, as on the paper books)."""
    return format_decimal(value, locale="id_ID")


def issue_text(issue: Issue) -> str:
    template = ISSUES.get(issue.code)
    if template is None:  # a safety net; the coverage test keeps it from being reached
        return _tr(UNKNOWN).format(code=issue.code)
    return _tr(template).format(**_formatted(issue.code, issue.params))


def sheet_issue_text(issue) -> str:
    """An app.opening.workbook.SheetIssue in words, with its sheet, row and column."""
    text = issue_text(Issue(issue.column, issue.code, issue.params))
    if not issue.sheet:  # the file itself: its message names it
        return text
    if issue.row is None:
        place = "column" if issue.column and issue.code != "workbook.column_missing" else "sheet"
    else:
        place = "cell" if issue.column else "row"
    return _tr(SHEET_PLACES[place]).format(sheet=issue.sheet, row=issue.row, column=issue.column, text=text)


def start_error_text(error: Exception, path) -> str:
    """Why the book at `path` did not open, in words: a refusal of the book, of a write, or the
    operating system's own reason (a disk that fails in a way no check foresaw)."""
    if isinstance(error, BookError):
        return book_error_text(error)
    if isinstance(error, Rejected):
        return "\n".join(issue_text(issue) for issue in error.issues)
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return _tr(QT_TRANSLATE_NOOP("messages", "Buku {path} tidak bisa dibuka ({reason}).")).format(
        path=path, reason=reason)


def book_error_text(error: BookError) -> str:
    template = BOOK_ERRORS.get(error.code)
    if template is None:
        return _tr(UNKNOWN).format(code=error.code)
    params = {"reason": "", **error.params, "path": error.path}
    return _tr(template).format(**params)


# What app.db.check_book finds in the whole book, in the background after start.
BOOK_PROBLEMS = {
    "damaged": QT_TRANSLATE_NOOP("messages", "Berkas buku rusak (pemeriksaan SQLite gagal)."),
    "references_broken": QT_TRANSLATE_NOOP("messages", "Ada catatan yang menunjuk ke data yang sudah tidak ada (misalnya kuitansi yang transaksinya hilang, atau transaksi yang ditandai dibatalkan oleh storno yang tidak ada)."),
    "entries_without_postings": QT_TRANSLATE_NOOP("messages", "Ada transaksi dengan kurang dari dua baris."),
    "entries_unbalanced": QT_TRANSLATE_NOOP("messages", "Ada transaksi yang debit dan kreditnya tidak sama."),
    "trial_balance_not_zero": QT_TRANSLATE_NOOP("messages", "Neraca saldo tidak seimbang."),
}


# audit: what app.audit.verify finds (the chain, the entries and members against it), in the
# check after start; each names where (JU-751, catatan audit #12, anggota 0012).
AUDIT_FINDINGS = {
    "audit.log_missing": QT_TRANSLATE_NOOP("messages", "Tabel catatan audit (audit_log) tidak ada: dihapus di luar Lumbung."),
    "audit.log_emptied": QT_TRANSLATE_NOOP("messages", "Semua catatan audit dihapus di luar Lumbung."),
    "audit.guard_missing": QT_TRANSLATE_NOOP("messages", "Pengaman {table} (yang mencegahnya diubah atau dihapus) dibuang di luar Lumbung."),
    "audit.record_deleted": QT_TRANSLATE_NOOP("messages", "{where}: catatan audit sebelumnya ({records}) dihapus di luar Lumbung."),
    "audit.chain_broken": QT_TRANSLATE_NOOP("messages", "{where}: rantai audit terputus; catatan sebelumnya (#{before}) diubah, dihapus atau dipindah."),
    "audit.record_changed": QT_TRANSLATE_NOOP("messages", "{where}: isi catatan audit ini diubah di luar Lumbung."),
    "audit.entry_changed": QT_TRANSLATE_NOOP("messages", "{where}: transaksi ini diubah di luar Lumbung (jumlah atau baris posting tidak cocok dengan catatan audit #{record})."),
    "audit.entry_unrecorded": QT_TRANSLATE_NOOP("messages", "{where}: transaksi ini ditambahkan di luar Lumbung (tidak ada catatan auditnya)."),
    "audit.entry_missing": QT_TRANSLATE_NOOP("messages", "{where}: transaksi ini dihapus di luar Lumbung (catatan audit #{record} masih ada)."),
    "audit.reversal_link_changed": QT_TRANSLATE_NOOP("messages", "{where}: tanda storno transaksi ini diubah di luar Lumbung."),
    "audit.member_changed": QT_TRANSLATE_NOOP("messages", "{where}: data anggota ini diubah di luar Lumbung (tidak cocok dengan catatan audit #{record})."),
    "audit.member_unrecorded": QT_TRANSLATE_NOOP("messages", "{where}: anggota ini ditambahkan di luar Lumbung (tidak ada catatan auditnya)."),
    "audit.member_missing": QT_TRANSLATE_NOOP("messages", "{where}: anggota yang dicatat di sini sudah tidak ada di buku (dihapus di luar Lumbung)."),
    "audit.sealed_changed": QT_TRANSLATE_NOOP("messages", "{where}: transaksi lama yang disegel saat buku diperbarui diubah di luar Lumbung."),
    "audit.too_old": QT_TRANSLATE_NOOP("messages", "Buku ini dari sebelum ada jejak audit; belum bisa diperiksa."),
}
AUDIT_SHOWN = 5  # findings named one by one; the rest counted


AUDIT_TABLES = {  # the guarded tables in her words
    "postings": QT_TRANSLATE_NOOP("messages", "baris transaksi"), "journal_entries": QT_TRANSLATE_NOOP("messages", "transaksi"),
    "members": QT_TRANSLATE_NOOP("messages", "data anggota"), "audit_log": QT_TRANSLATE_NOOP("messages", "jejak audit"),
}


def audit_finding_text(finding) -> str:
    """One finding of app.audit.verify, in her words, naming where."""
    template = AUDIT_FINDINGS.get(finding.code)
    if template is None:
        return f"{finding.where}: {finding.code}"
    params = {key: "?" for key in ("table", "trigger", "records", "before", "record")}
    params.update(finding.params)
    if params["table"] in AUDIT_TABLES:
        params["table"] = _tr(AUDIT_TABLES[params["table"]])
    return _tr(template).format(**{**params, "where": finding.where})


def book_problem_lines(problems: list) -> list[str]:
    """The codes of app.db.check_book and the findings of app.audit.verify (the first few named,
    the others counted)."""
    lines = [_tr(BOOK_PROBLEMS.get(code, UNKNOWN)).format(code=code) for code in problems if isinstance(code, str)]
    findings = [finding for finding in problems if not isinstance(finding, str)]
    lines += [audit_finding_text(finding) for finding in findings[:AUDIT_SHOWN]]
    if len(findings) > AUDIT_SHOWN:
        lines.append(_tr(QT_TRANSLATE_NOOP("messages", "Dan {count} temuan jejak audit lainnya (lihat: lumbung verify).")).format(
            count=len(findings) - AUDIT_SHOWN))
    return lines


def _problem_lines(problems) -> str:
    return "\n".join(f"• {line}" for line in book_problem_lines(problems))


def book_problems_text(problems: list[str]) -> str:
    found = _problem_lines(problems)
    return _tr(QT_TRANSLATE_NOOP(
        "messages",
        "Pemeriksaan buku menemukan masalah:\n{found}\n\nJangan mencatat transaksi baru dulu. Pulihkan cadangan "
        "terakhir yang baik di halaman Cadangan Data, atau hubungi pendamping.",
    )).format(found=found)


def backup_problems_text(problems) -> str:
    """A backup made of a book that fails its check: said with the result, and before restoring it."""
    return _tr(QT_TRANSLATE_NOOP(
        "messages",
        "Perhatian: saat dicadangkan, pemeriksaan buku menemukan masalah:\n{found}\nCadangan ini berisi buku "
        "apa adanya, dengan masalah tersebut; catatannya ikut tersimpan di dalam cadangan.",
    )).format(found=_problem_lines(problems))


def size_text(size_bytes: int) -> str:
    """1288490 -> '1,2 MB' (Indonesian) or '1.2 MB' (English)."""
    locale = "id_ID" if translation.current() == "id" else "en_GB"
    value, unit = float(size_bytes), "B"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            break
        value /= 1024
    pattern = "#,##0" if unit == "B" or value >= 100 else "#,##0.#"
    return f"{format_decimal(value, format=pattern, locale=locale)} {unit}"


class _Blank(dict):
    def __missing__(self, key: str) -> str:  # a parameter the core did not send reads as nothing
        return ""


def backup_error_text(error) -> str:
    """Words for an app.backup.BackupError (duck-typed: ui/ does not need its class here)."""
    template = BACKUP_ERRORS.get(error.code)
    if template is None:
        return _tr(UNKNOWN).format(code=error.code)
    params = _Blank()
    for key, value in (error.params or {}).items():
        if key.endswith("_bytes") or key in ("needed", "free"):
            value = size_text(value) if isinstance(value, int) else value
            key = key.removesuffix("_bytes")
        params[key] = str(value)
    if "path" in params and "name" not in params:
        params["name"] = params["path"].replace("\\", "/").rsplit("/", 1)[-1]
    text = _tr(template).format_map(params)
    return " ".join(text.replace("()", "").replace(" .", ".").split())


def document_error_text(error) -> str:
    """Words for an app.documents.output.DocumentError."""
    template = DOCUMENT_ERRORS.get(error.code)
    if template is None:
        return _tr(UNKNOWN).format(code=error.code)
    params = _Blank({key: str(value) for key, value in (error.params or {}).items()})
    return _tr(template).format_map(params)


def moment_text(moment) -> str:
    """'Senin, 17 Agustus 2026, 09.30' (or 'Monday, 17 August 2026, 09:30')."""
    separator = "." if translation.current() == "id" else ":"
    return f"{long_date(moment.date(), translation.current())}, {moment:%H}{separator}{moment:%M}"


def step_text(label: str) -> str:
    """Words for what the backup core reports as it works (progress(label, done, total))."""
    translate = QCoreApplication.translate
    words = {
        "copy": translate("BackupSteps", "Menyalin buku…"),
        "check": translate("BackupSteps", "Memeriksa cadangan…"),
        "encrypt": translate("BackupSteps", "Mengunci dengan kata sandi…"),
        "write": translate("BackupSteps", "Menulis ke tujuan…"),
        "verify": translate("BackupSteps", "Memeriksa berkas cadangan…"),
        "prune": translate("BackupSteps", "Menghapus cadangan lama…"),
    }
    return words.get(label, translate("BackupSteps", "Sedang bekerja…"))

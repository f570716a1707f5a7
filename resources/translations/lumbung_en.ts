<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="87"/>
        <source>Tentang Lumbung</source>
        <translation>About Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="90"/>
        <source>Pembukuan untuk kelompok UP2K-PKK: anggota, simpan pinjam, usaha kelompok dan kas, dalam rupiah yang tidak pernah hilang atau bertambah sendiri.</source>
        <translation>Bookkeeping for UP2K-PKK groups: members, savings and loans, group businesses and cash, in rupiah that never go missing or appear from nowhere.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="92"/>
        <source>Menulis buku skema {schema}. Qt {qt}, Python {python}.</source>
        <translation>Writes books of schema {schema}. Qt {qt}, Python {python}.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="94"/>
        <source>Lisensi: {licence}. Lumbung boleh dipakai, dipelajari, dibagikan dan diubah; versi yang diubah dan dibagikan juga harus memakai lisensi ini.</source>
        <translation>Licence: {licence}. Lumbung may be used, studied, shared and changed; a changed version that is shared must keep this licence.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98"/>
        <source>Buku yang terbuka: {path}</source>
        <translation>Book open: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <source>Kuitansi dan laporan disimpan di folder {folder}</source>
        <translation>Receipts and reports are saved in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="101"/>
        <source>Lumbung memakai pustaka berikut, masing-masing dengan lisensinya:</source>
        <translation>Lumbung uses these libraries, each under its own licence:</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="103"/>
        <source>Pustaka</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="103"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="103"/>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="104"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../ui/inventory_panel.py" line="121"/>
        <source>Tambah barang inventaris</source>
        <translation>Add an inventory item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="123"/>
        <source>Nama barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="123"/>
        <source>Cara memperoleh</source>
        <translation>Obtained by</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="124"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="124"/>
        <source>Dibeli dari</source>
        <translation>Bought from</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="125"/>
        <source>Asal barang</source>
        <translation>Obtained from</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="125"/>
        <source>Tanggal penerimaan/pembelian</source>
        <translation>Date received/bought</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="126"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="126"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="127"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="127"/>
        <source>Nilai perolehan (Rp)</source>
        <translation>Cost (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="128"/>
        <source>Tempat penyimpanan</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="128"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="129"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="132"/>
        <source>misalnya Hibah CSR, Beli sendiri</source>
        <translation>e.g. CSR grant, bought ourselves</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="133"/>
        <source>nama toko atau penjual</source>
        <translation>shop or seller&apos;s name</translation>
    </message>
</context>
<context>
    <name>AllowanceDialog</name>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="68"/>
        <source>Penyisihan piutang</source>
        <translation>Allowance for loan losses</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="70"/>
        <source>Penyisihan piutang tak tertagih (PPAP) menurut kolektibilitas: sisa pinjaman × tarif. Bukukan membukukan selisihnya dengan penyisihan yang sudah tercatat pada tanggal ini.</source>
        <translation>Allowance for loan losses by classification: outstanding principal × rate. Post books the difference from the allowance already recorded on this date.</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="72"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="73"/>
        <source>Sudah dibukukan</source>
        <translation>Already booked</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="74"/>
        <location filename="../../ui/allowance_dialog.py" line="77"/>
        <source>Dibutuhkan</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="75"/>
        <source>Selisih yang dibukukan</source>
        <translation>Difference to post</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="76"/>
        <source>Kolektibilitas</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="76"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="76"/>
        <source>Sisa pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="77"/>
        <source>Tarif</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="78"/>
        <source>Ubah tarif…</source>
        <translation>Change rates…</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="79"/>
        <source>Bukukan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="96"/>
        <location filename="../../ui/allowance_dialog.py" line="97"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AmountsDialog</name>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="289"/>
        <source>Besaran simpanan</source>
        <translation>Savings amounts</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="291"/>
        <source>Simpanan pokok dibayar sekali saat masuk; simpanan wajib setiap bulan. Tunggakan wajib dihitung dengan besaran yang berlaku sekarang untuk setiap bulan.</source>
        <translation>Simpanan pokok is paid once, on joining; simpanan wajib every month. Wajib arrears are counted at the current amount for every month.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="294"/>
        <source>Simpanan pokok (Rp)</source>
        <translation>Simpanan pokok (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="295"/>
        <source>Simpanan wajib per bulan (Rp)</source>
        <translation>Simpanan wajib per month (Rp)</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="192"/>
        <source>Belum ada jenis pinjaman yang aktif. Buat dulu lewat tombol Jenis pinjaman.</source>
        <translation>There is no active loan product yet. Create one first with the Loan products button.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="195"/>
        <source>Batas produk: {min_rp} – {max_rp}, {min}–{max} kali angsuran {period}. Jasa {rate} {per_period}, {method}, dibulatkan ke {unit}.</source>
        <translation>Product limits: {min_rp} – {max_rp}, {min}–{max} {period} instalments. Interest {rate} {per_period}, {method}, rounded to {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="214"/>
        <source>Isi jumlah pinjaman, jangka waktu dan tanggal angsuran pertama untuk melihat jadwal.</source>
        <translation>Fill in the amount, the term and the first due date to see the schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="224"/>
        <source>Jumlah di luar batas produk ({min_rp} – {max_rp}).</source>
        <translation>Amount outside the product limits ({min_rp} – {max_rp}).</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="227"/>
        <source>Jangka waktu di luar batas produk ({min}–{max}).</source>
        <translation>Term outside the product limits ({min}–{max}).</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="231"/>
        <source>Jumlah dibayar kembali {total}, jasa {jasa}.</source>
        <translation>Repaid in all {total}, interest {jasa}.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="247"/>
        <source>{amount} (dibayar terpisah)</source>
        <translation>{amount} (paid separately)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="252"/>
        <source>Ajukan pinjaman</source>
        <translation>Apply for a loan</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="253"/>
        <source>Pengajuan pinjaman baru. Syarat jenis pinjaman disalin ke pinjaman ini.</source>
        <translation>A new loan application. The product&apos;s terms are copied onto this loan.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="255"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="255"/>
        <source>Jenis pinjaman</source>
        <translation>Loan product</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="255"/>
        <source>Pokok pinjaman (Rp)</source>
        <translation>Principal (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="256"/>
        <source>Jangka waktu (kali angsuran)</source>
        <translation>Term (instalments)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="256"/>
        <source>Angsuran pertama</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="257"/>
        <source>Provisi / administrasi</source>
        <translation>Fee (provisi / administration)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="257"/>
        <source>Simpanan wajib ditahan</source>
        <translation>Compulsory savings withheld</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="258"/>
        <source>Diterima anggota</source>
        <translation>Member receives</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="258"/>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="261"/>
        <source>ketik nomor atau nama</source>
        <translation>type a number or name</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="262"/>
        <source>misalnya 5.000.000</source>
        <translation>e.g. 5.000.000</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="263"/>
        <source>Jadwal angsuran (perkiraan)</source>
        <translation>Instalment schedule (estimate)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="264"/>
        <source>Ajukan</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="35"/>
        <source>Transaksi dicatat</source>
        <translation>Entry recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="36"/>
        <source>Data anggota</source>
        <translation>Member&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="37"/>
        <source>Jenis pinjaman</source>
        <translation>Loan product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="38"/>
        <source>Pengaturan diubah</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="39"/>
        <source>Tutup / buka buku</source>
        <translation>Period closed / reopened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="40"/>
        <source>Keputusan SHU</source>
        <translation>SHU decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="43"/>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="44"/>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="45"/>
        <source>Data dikeluarkan (ekspor)</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="46"/>
        <source>Data pribadi dihapus</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="47"/>
        <source>Saldo awal</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Segel buku</source>
        <translation>Book sealed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="187"/>
        <source>Semua yang diubah di buku selain transaksi: data anggota, jenis pinjaman, pengaturan, tutup buku, SHU, pengguna, cadangan, ekspor data pribadi. Catatan ini tidak bisa diubah atau dihapus; cetakannya memuat hasil pemeriksaan rantai.</source>
        <translation>Everything changed in the book besides entries: members&apos; data, loan products, settings, closing, SHU, users, backups, exports of personal data. These records cannot be changed or deleted; the print carries the chain&apos;s check.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="190"/>
        <source>&amp;Pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="191"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="192"/>
        <source>&amp;Anggota</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="193"/>
        <source>&amp;Dari tanggal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="194"/>
        <source>&amp;Sampai tanggal</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="195"/>
        <source>Ekspor ke Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="196"/>
        <source>Cetak Jejak audit (Ctrl+P)</source>
        <translation>Print audit trail (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="210"/>
        <location filename="../../ui/pages/audit.py" line="222"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="218"/>
        <source>Selain transaksi</source>
        <translation>All but entries</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="247"/>
        <source>Tanggal awal sesudah tanggal akhir.</source>
        <translation>The first date is after the last.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="268"/>
        <source>Jejak audit tidak bisa dibaca: tabelnya hilang atau rusak (diubah di luar Lumbung). Pulihkan buku dari cadangan, atau minta pemeriksa menjalankan: lumbung verify.</source>
        <translation>The audit trail cannot be read: its table is missing or damaged (changed outside Lumbung). Restore the book from a backup, or have the examiner run: lumbung verify.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit.py" line="279"/>
        <source>%n catatan ditampilkan</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="286"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="66"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="66"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="66"/>
        <source>Kejadian</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="66"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="66"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/pages/backup.py" line="250"/>
        <source>Simpan cadangan ke</source>
        <translation>Save the backup to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="251"/>
        <source>Cari flashdisk lagi</source>
        <translation>Look for flash drives again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="252"/>
        <source>Pilih folder lain…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="253"/>
        <source>Enkripsi dengan kata sandi</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="255"/>
        <source>Dianjurkan untuk flashdisk: bila flashdisk hilang, NIK dan alamat anggota tetap aman. Kata sandi ditanyakan setiap kali dan tidak disimpan.</source>
        <translation>Recommended for flash drives: if the drive is lost, members&apos; NIKs and addresses stay safe. The passphrase is asked every time and never stored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="258"/>
        <source>Simpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="259"/>
        <source>cadangan terakhir di tujuan ini; yang lebih lama dihapus.</source>
        <translation>latest backups on this target; older ones are removed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="260"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="261"/>
        <source>Cadangan yang sudah ada di tujuan ini</source>
        <translation>Backups already on this target</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="262"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="262"/>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="262"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="263"/>
        <source>Pulihkan yang dipilih…</source>
        <translation>Restore the selected one…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="264"/>
        <source>Pulihkan dari berkas lain…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="283"/>
        <source>Cadangan terakhir: belum pernah.</source>
        <translation>Last backup: never.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="285"/>
        <source>Cadangan terakhir: {moment}.</source>
        <translation>Last backup: {moment}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="287"/>
        <source>{reminder} Sudah waktunya membuat cadangan.</source>
        <translation>{reminder} It is time to make a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="308"/>
        <source>{label} – sisa {free} dari {total}</source>
        <translation>{label} – {free} free of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="314"/>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="320"/>
        <source>Tidak ada flashdisk yang terpasang. Colokkan flashdisk lalu tekan &quot;Cari flashdisk lagi&quot;, atau pilih folder lain.</source>
        <translation>No flash drive is plugged in. Plug one in and press &quot;Look for flash drives again&quot;, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="335"/>
        <source> – sisa {free}</source>
        <translation> – {free} free</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="366"/>
        <source>Belum ada cadangan di tujuan ini.</source>
        <translation>No backups on this target yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="381"/>
        <source>Pilih folder untuk cadangan</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="410"/>
        <source>Membuat cadangan</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="418"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="419"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="437"/>
        <source>Membatalkan… (berkas yang setengah jadi dihapus)</source>
        <translation>Cancelling… (the half-written file is removed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="475"/>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="480"/>
        <source>Cadangan selesai, buku bermasalah</source>
        <translation>Backup done, the book has problems</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="482"/>
        <source>Cadangan selesai</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="492"/>
        <source>Buku dipulihkan dari {name}.</source>
        <translation>The book was restored from {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="493"/>
        <source>Isinya sekarang: {members} anggota ({active} aktif), {entries} transaksi.</source>
        <translation>It now holds: {members} members ({active} active), {entries} transactions.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="515"/>
        <source>{date} (transaksi nomor {number})</source>
        <translation>{date} (transaction number {number})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="522"/>
        <source>Isi: {members} anggota ({active} aktif), {entries} transaksi; transaksi terakhir {last}.</source>
        <translation>Holds: {members} members ({active} active), {entries} transactions; last transaction {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="495"/>
        <source>Buku sebelumnya disimpan di: {path}</source>
        <translation>The previous book was saved as: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="498"/>
        <source>Pencadangan dibatalkan. Tidak ada berkas setengah jadi yang tertinggal; buku dan cadangan lama tidak berubah.</source>
        <translation>Backup cancelled. No half-written file was left behind; the book and older backups are unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="502"/>
        <source>Cadangan tidak dibuat. {why}
Tidak ada berkas setengah jadi yang tertinggal; buku dan cadangan lama tidak berubah.</source>
        <translation>No backup was made. {why}
No half-written file was left behind; the book and older backups are unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="506"/>
        <source>Cadangan tidak dibuat ({reason}).</source>
        <translation>No backup was made ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="517"/>
        <source>belum ada transaksi</source>
        <translation>no transactions yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="519"/>
        <source>Cadangan tersimpan dan sudah diperiksa.</source>
        <translation>The backup is saved and checked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="520"/>
        <source>Berkas: {name} ({size})</source>
        <translation>File: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="521"/>
        <source>Di: {folder}</source>
        <translation>In: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="524"/>
        <source>Terenkripsi dengan kata sandi.</source>
        <translation>Encrypted with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="524"/>
        <source>Tidak terenkripsi.</source>
        <translation>Not encrypted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backup.py" line="527"/>
        <source>%n cadangan lama dihapus.</source>
        <translation>
            <numerusform>%n old backup removed.</numerusform>
            <numerusform>%n old backups removed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="543"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="544"/>
        <source>Cadangan Lumbung (*.lumbung);;Semua berkas (*)</source>
        <translation>Lumbung backups (*.lumbung);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup.py" line="557"/>
        <source>Buku dipulihkan</source>
        <translation>Book restored</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../ui/pages/backup.py" line="62"/>
        <source>Buku ini belum pernah dicadangkan.</source>
        <translation>This book has never been backed up.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backup.py" line="65"/>
        <source>Cadangan terakhir dibuat %n hari lalu.</source>
        <translation>
            <numerusform>The last backup was made %n day ago.</numerusform>
            <numerusform>The last backup was made %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSteps</name>
    <message>
        <location filename="../../ui/messages.py" line="765"/>
        <source>Menyalin buku…</source>
        <translation>Copying the book…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="766"/>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="767"/>
        <source>Mengunci dengan kata sandi…</source>
        <translation>Locking with the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="768"/>
        <source>Menulis ke tujuan…</source>
        <translation>Writing to the target…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="769"/>
        <source>Memeriksa berkas cadangan…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="770"/>
        <source>Menghapus cadangan lama…</source>
        <translation>Removing old backups…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="772"/>
        <source>Sedang bekerja…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>BankLoanDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="225"/>
        <source>Pinjaman dari {funder}</source>
        <translation>Loan from {funder}</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="226"/>
        <source>Kelompok meminjam; jadwal angsurannya dihitung seperti pinjaman anggota.</source>
        <translation>The group borrows; its instalment schedule is worked out like a member&apos;s loan.</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="227"/>
        <source>Pokok pinjaman (Rp)</source>
        <translation>Principal (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="227"/>
        <source>Jasa per bulan (%)</source>
        <translation>Interest per month (%)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="228"/>
        <source>Lama (bulan)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="228"/>
        <source>Cara hitung jasa</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="229"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="229"/>
        <source>Angsuran pertama</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="230"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="231"/>
        <source>Nomor perjanjian</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="235"/>
        <source>misalnya 1 atau 0,75</source>
        <translation>e.g. 1 or 0.75</translation>
    </message>
</context>
<context>
    <name>BankPaymentDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="278"/>
        <source>Bayar angsuran ke {funder}</source>
        <translation>Pay an instalment to {funder}</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="279"/>
        <source>Sisa utang (pokok + jasa)</source>
        <translation>Still owed (principal + interest)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="279"/>
        <source>Angsuran berikutnya</source>
        <translation>Next instalment</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="280"/>
        <source>Dibayar (Rp)</source>
        <translation>Paid (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="280"/>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="281"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="284"/>
        <source>ke-{number}, {date}: {amount}</source>
        <translation>no. {number}, {date}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="286"/>
        <source>lunas</source>
        <translation>paid off</translation>
    </message>
</context>
<context>
    <name>BookBanner</name>
    <message>
        <location filename="../../ui/book_banner.py" line="41"/>
        <source>Buku ini bermasalah: {found} Pulihkan cadangan yang baik, atau batalkan (storno) transaksi yang salah.</source>
        <translation>This book has a problem: {found} Restore a good backup, or reverse (storno) the wrong transaction.</translation>
    </message>
    <message>
        <location filename="../../ui/book_banner.py" line="43"/>
        <source>Buka Cadangan Data</source>
        <translation>Open Backup</translation>
    </message>
</context>
<context>
    <name>BusinessDetail</name>
    <message>
        <location filename="../../ui/usaha/detail.py" line="358"/>
        <location filename="../../ui/usaha/detail.py" line="686"/>
        <source>Produk &amp;&amp; bahan</source>
        <translation>Products &amp;&amp; materials</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="358"/>
        <location filename="../../ui/usaha/detail.py" line="559"/>
        <source>Pembelian</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="358"/>
        <location filename="../../ui/usaha/detail.py" line="559"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="359"/>
        <location filename="../../ui/usaha/detail.py" line="408"/>
        <location filename="../../ui/usaha/detail.py" line="560"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="359"/>
        <location filename="../../ui/usaha/detail.py" line="370"/>
        <location filename="../../ui/usaha/detail.py" line="394"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="359"/>
        <source>Laba &amp;&amp; bagi hasil</source>
        <translation>Profit &amp;&amp; profit share</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="361"/>
        <source>← Semua usaha (Esc)</source>
        <translation>← All businesses (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="362"/>
        <source>Tambah produk (F4)</source>
        <translation>Add product (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="363"/>
        <source>Tambah bahan baku</source>
        <translation>Add raw material</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="364"/>
        <source>Ubah harga…</source>
        <translation>Change price…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="365"/>
        <source>Tambah satuan…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="366"/>
        <source>Ubah harga pokok…</source>
        <translation>Change standard cost…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="368"/>
        <source>Enter pada sebuah produk membuka riwayat dan perubahan harganya.</source>
        <translation>Enter on a product opens its price history and price change.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="369"/>
        <location filename="../../ui/usaha/detail.py" line="394"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="369"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="369"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="369"/>
        <source>Harga hari ini</source>
        <translation>Price today</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="370"/>
        <source>Harga pokok standar</source>
        <translation>Standard cost</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="371"/>
        <source>Beli bahan (F4)</source>
        <translation>Buy materials (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="372"/>
        <source>Bayar pemasok…</source>
        <translation>Pay supplier…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="373"/>
        <source>Utang ke pemasok (belum lunas)</source>
        <translation>Owed to suppliers (not yet paid)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="374"/>
        <location filename="../../ui/usaha/detail.py" line="376"/>
        <location filename="../../ui/usaha/detail.py" line="379"/>
        <location filename="../../ui/usaha/detail.py" line="387"/>
        <location filename="../../ui/usaha/detail.py" line="389"/>
        <location filename="../../ui/usaha/detail.py" line="396"/>
        <location filename="../../ui/usaha/detail.py" line="417"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="374"/>
        <location filename="../../ui/usaha/detail.py" line="376"/>
        <location filename="../../ui/usaha/detail.py" line="387"/>
        <location filename="../../ui/usaha/detail.py" line="394"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="374"/>
        <location filename="../../ui/usaha/detail.py" line="387"/>
        <location filename="../../ui/usaha/detail.py" line="389"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="374"/>
        <location filename="../../ui/usaha/detail.py" line="419"/>
        <source>Rp</source>
        <translation>Rp</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="375"/>
        <location filename="../../ui/usaha/detail.py" line="376"/>
        <source>Pemasok</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="375"/>
        <location filename="../../ui/usaha/detail.py" line="388"/>
        <source>Bayar</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="377"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="377"/>
        <location filename="../../ui/usaha/detail.py" line="390"/>
        <source>Sudah dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="377"/>
        <source>Sisa utang</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="378"/>
        <source>Catat produksi (F4)</source>
        <translation>Record production (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="379"/>
        <location filename="../../ui/usaha/detail.py" line="473"/>
        <location filename="../../ui/usaha/detail.py" line="541"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="379"/>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="379"/>
        <source>Rusak</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="380"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="380"/>
        <source>Bahan dipakai</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="381"/>
        <source>Jual (F4)</source>
        <translation>Sell (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="382"/>
        <source>Cetak kuitansi</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="383"/>
        <source>Terima pembayaran…</source>
        <translation>Receive payment…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="384"/>
        <source>Piutang penjualan (belum lunas)</source>
        <translation>Credit sales (not yet paid)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="385"/>
        <source>Penjualan tunai bisa dicetak kuitansinya lagi: pilih barisnya, lalu Cetak kuitansi.</source>
        <translation>A cash sale&apos;s receipt can be printed again: choose its row, then Print receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="387"/>
        <location filename="../../ui/usaha/detail.py" line="389"/>
        <source>Pembeli</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="388"/>
        <source>Kuitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="390"/>
        <source>Sisa piutang</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="391"/>
        <source>Stok pada tanggal</source>
        <translation>Stock on</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="392"/>
        <source>Stok opname (F4)</source>
        <translation>Stock count (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="393"/>
        <source>Cetak daftar persediaan</source>
        <translation>Print stock list</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="394"/>
        <source>Dalam satuan dasar</source>
        <translation>In the base unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="395"/>
        <location filename="../../ui/usaha/detail.py" line="397"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="396"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="396"/>
        <source>Masuk / keluar</source>
        <translation>In / out</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="397"/>
        <source>Sisa</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="397"/>
        <source>Alasan stok minus</source>
        <translation>Reason for negative stock</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="398"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="399"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="400"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="401"/>
        <source>Cetak buku usaha</source>
        <translation>Print business book</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="402"/>
        <source>Cetak penjualan</source>
        <translation>Print sales</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="403"/>
        <source>Cetak slip bagi hasil</source>
        <translation>Print profit-share slips</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="404"/>
        <source>Slip bagi hasil setiap anggota dari laba yang sudah dibagikan pada periode ini</source>
        <translation>Each member&apos;s profit-share slip from the profit shared in this period</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="406"/>
        <source>Catat beban…</source>
        <translation>Record expense…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="407"/>
        <source>Laporan usaha</source>
        <translation>Business report</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="408"/>
        <source>Harga pokok penjualan (HPP)</source>
        <translation>Cost of goods sold</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="409"/>
        <source>Selisih stok opname</source>
        <translation>Stock count differences</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="409"/>
        <source>Beban usaha</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="410"/>
        <source>Laba (rugi)</source>
        <translation>Profit (loss)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="410"/>
        <source>Nilai stok akhir</source>
        <translation>Closing stock value</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="411"/>
        <source>Piutang penjualan</source>
        <translation>Credit sales owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="411"/>
        <source>Utang ke pemasok</source>
        <translation>Owed to suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="413"/>
        <source>Aturan bagi hasil</source>
        <translation>Profit-share rule</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="414"/>
        <source>Atur bagi hasil…</source>
        <translation>Set profit share…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="415"/>
        <source>Catatan kerja anggota pada periode ini</source>
        <translation>Members&apos; work in this period</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="416"/>
        <source>Catat kerja…</source>
        <translation>Record work…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="417"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="417"/>
        <source>Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="417"/>
        <source>Hasil</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="418"/>
        <source>Pratinjau bagi hasil</source>
        <translation>Profit share preview</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="419"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="419"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="420"/>
        <source>Bagikan…</source>
        <translation>Share out…</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="473"/>
        <location filename="../../ui/usaha/detail.py" line="541"/>
        <source>Bahan baku</source>
        <translation>Raw material</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="474"/>
        <source> (tidak aktif)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="489"/>
        <source>distorno</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="491"/>
        <source>tunai</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="493"/>
        <source>kredit, lunas</source>
        <translation>credit, paid</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="494"/>
        <source>kredit, sisa {amount}</source>
        <translation>credit, {amount} owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="522"/>
        <source>Pembeli umum</source>
        <translation>Walk-in buyer</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="546"/>
        <source>Nilai stok: {amount}</source>
        <translation>Stock value: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="556"/>
        <source>Kartu stok</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="559"/>
        <source>Dipakai produksi</source>
        <translation>Used in production</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="560"/>
        <source>Stok opname</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="568"/>
        <source>Kartu stok: {item}</source>
        <translation>Stock card: {item}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="587"/>
        <source>Belum ada aturan: atur dulu sebelum membagi laba.</source>
        <translation>No rule yet: set one before sharing the profit.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="591"/>
        <source>{parts}; bagian anggota menurut {basis}.</source>
        <translation>{parts}; the members&apos; part by {basis}.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="623"/>
        <source>jam</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="623"/>
        <source>buah</source>
        <translation>pieces</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="634"/>
        <source>Laba {profit} dibagi habis: {handed}</source>
        <translation>Profit {profit} shared out in full: {handed}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="669"/>
        <source>Aktifkan lagi</source>
        <translation>Make active again</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="670"/>
        <source>Nonaktifkan</source>
        <translation>Set inactive</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="671"/>
        <source>Barang yang tidak aktif tidak ditawarkan lagi saat membeli, memproduksi atau menjual; catatannya tetap ada.</source>
        <translation>An inactive item is no longer offered when buying, producing or selling; its records stay.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="762"/>
        <source>Bagikan laba</source>
        <translation>Share the profit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/detail.py" line="763"/>
        <source>Bagikan laba {business} {start} – {end} sebesar {profit}? Bagian anggota masuk ke simpanan sukarela masing-masing; transaksi ini hanya bisa dibatalkan dengan storno.</source>
        <translation>Share the profit of {business} {start} – {end}, {profit}? The members&apos; shares go to their voluntary savings; this can only be undone by a reversal.</translation>
    </message>
</context>
<context>
    <name>BusinessesPage</name>
    <message>
        <location filename="../../ui/pages/businesses.py" line="142"/>
        <source>Kelompok usaha</source>
        <translation>Business group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="142"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="143"/>
        <source>Kelompok usaha baru</source>
        <translation>New business group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="144"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="145"/>
        <source>Daftar kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="146"/>
        <source>Penjualan dan laba 12 bulan terakhir</source>
        <translation>Sales and profit over the last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="147"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="149"/>
        <location filename="../../ui/pages/businesses.py" line="197"/>
        <source>Semua usaha</source>
        <translation>All businesses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="150"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="150"/>
        <source>Laba</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="150"/>
        <source>Belum ada penjualan usaha.</source>
        <translation>No business sales yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="151"/>
        <source>Belum ada kelompok usaha yang aktif. Tambahkan di daftar kelompok usaha.</source>
        <translation>No active business group yet. Add one in the list of business groups.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="158"/>
        <source>Penjualan bulan ini</source>
        <translation>Sales this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="158"/>
        <source>Laba bulan ini</source>
        <translation>Profit this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="158"/>
        <source>Nilai stok</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="159"/>
        <source>Enter atau klik: buka {name}</source>
        <translation>Enter or click: open {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="163"/>
        <source>Bulan {month}</source>
        <translation>Month: {month}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="167"/>
        <source>Semua usaha: penjualan {sales}, laba {profit}, stok {stock}</source>
        <translation>All businesses: sales {sales}, profit {profit}, stock {stock}</translation>
    </message>
</context>
<context>
    <name>CancelShuDialog</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="170"/>
        <source>Batalkan pembagian SHU</source>
        <translation>Cancel an SHU distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="171"/>
        <source>Semua jurnal pembagian SHU tahun itu distorno sekaligus: bagian anggota, dana dan pembayarannya. Sesudah itu SHU tahun itu bisa dibagi lagi.</source>
        <translation>Every entry of that year&apos;s SHU distribution is reversed at once: the members&apos; shares, the funds and the payments. The year&apos;s SHU can then be shared again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="173"/>
        <source>SHU tahun</source>
        <translation>SHU of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="174"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="175"/>
        <source>Batalkan pembagian</source>
        <translation>Cancel the distribution</translation>
    </message>
</context>
<context>
    <name>CashBookModel</name>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="76"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="76"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="76"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="76"/>
        <source>Sumber dana / Dibayar kepada</source>
        <translation>Received from / Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="77"/>
        <source>Nomor bukti</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="77"/>
        <source>Kas/Bank</source>
        <translation>Cash/Bank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="77"/>
        <source>Penerimaan</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="77"/>
        <source>Pengeluaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="78"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="86"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="86"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="86"/>
        <source> (distorno)</source>
        <translation> (reversed)</translation>
    </message>
</context>
<context>
    <name>CashBookPage</name>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="288"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="289"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="290"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="291"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="292"/>
        <source>Catat penerimaan…</source>
        <translation>Record money in…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="293"/>
        <source>Catat pengeluaran…</source>
        <translation>Record money out…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="294"/>
        <source>Pindah Kas ↔ Bank…</source>
        <translation>Move Kas ↔ Bank…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="295"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="295"/>
        <source>Jumlah penerimaan</source>
        <translation>Total receipts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="296"/>
        <source>Jumlah pengeluaran</source>
        <translation>Total payments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="296"/>
        <source>Sisa bank</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="297"/>
        <source>Sisa kas tunai</source>
        <translation>Cash on hand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="297"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="300"/>
        <source>Batalkan transaksi…</source>
        <translation>Cancel transaction…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="301"/>
        <source>Batalkan seluruh transaksi baris yang dipilih, dengan melihat dulu semua barisnya</source>
        <translation>Cancel the whole transaction of the chosen row, after seeing all its lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="303"/>
        <source>Batalkan kuitansi no.</source>
        <translation>Cancel receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="304"/>
        <source>misalnya 490</source>
        <translation>e.g. 490</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="305"/>
        <source>Cetak Buku Kas Umum</source>
        <translation>Print Cash Book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="306"/>
        <source>Cetak Buku Besar…</source>
        <translation>Print General Ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="307"/>
        <source>Neraca</source>
        <translation>Balance Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="308"/>
        <source>Laporan Hasil Usaha</source>
        <translation>Income Statement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="309"/>
        <source>Neraca Saldo</source>
        <translation>Trial Balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="310"/>
        <source>Buku Kas Umum</source>
        <translation>General cash book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="311"/>
        <source>Inventaris</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="312"/>
        <source>Neraca pada akhir periode, dibandingkan dengan sehari sebelum periode</source>
        <translation>Balance sheet at the end of the period, compared with the day before the period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="314"/>
        <source>Pendapatan dan beban periode ini, dibandingkan dengan periode yang sama tahun lalu</source>
        <translation>Income and expenses of this period, compared with the same period last year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="316"/>
        <source>Saldo setiap akun pada akhir periode</source>
        <translation>Every account&apos;s balance at the end of the period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="358"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="395"/>
        <source>Sisa Buku Kas Umum</source>
        <translation>Cash book balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="401"/>
        <source>Sisa Buku Kas Umum per {date}</source>
        <translation>Cash book balance at {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cashbook.py" line="406"/>
        <source>%n baris</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="455"/>
        <source>Semua akun yang bergerak</source>
        <translation>Every account with movement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="457"/>
        <source>Buku Besar</source>
        <translation>General Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cashbook.py" line="457"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="95"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="95"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="96"/>
        <source>Kas atau Bank</source>
        <translation>Cash or bank</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="96"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="97"/>
        <source>Saldo pada tanggal itu</source>
        <translation>Balance on that date</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="99"/>
        <source>misalnya 50.000</source>
        <translation>e.g. 50.000</translation>
    </message>
</context>
<context>
    <name>CashOutDialog</name>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="193"/>
        <source>Catat pengeluaran</source>
        <translation>Record money out</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="194"/>
        <source>Uang keluar untuk keperluan kelompok. Bukti kas keluar dibuat untuk penerimanya.</source>
        <translation>Money paid out for the group’s needs. A cash payment voucher is made for whoever receives it.</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="196"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="196"/>
        <source>Dibayarkan kepada</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="197"/>
        <source>Inventaris</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="197"/>
        <source>Nama barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="198"/>
        <source>Jumlah barang</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="198"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="199"/>
        <source>Tempat penyimpanan</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="199"/>
        <source>Jenis barang</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="203"/>
        <source>Ini pembelian inventaris (dicatat di Buku Inventaris)</source>
        <translation>This buys equipment (entered in the inventory book)</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="204"/>
        <source>misalnya Snack rapat bulan Maret</source>
        <translation>e.g. Snacks for the March meeting</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="205"/>
        <source>misalnya Toko Sinar</source>
        <translation>e.g. Toko Sinar</translation>
    </message>
</context>
<context>
    <name>CloseMonthDialog</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="75"/>
        <location filename="../../ui/pages/yearend.py" line="79"/>
        <location filename="../../ui/pages/yearend.py" line="85"/>
        <location filename="../../ui/pages/yearend.py" line="88"/>
        <source>Tutup bulan</source>
        <translation>Close a month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="76"/>
        <source>Sesudah bulan ditutup, tidak ada transaksi yang bisa dicatat pada bulan itu atau sebelumnya. Membuka kembali hanya bisa dengan alasan yang dicatat.</source>
        <translation>Once a month is closed, nothing can be recorded in it or before it. Reopening is possible only with a recorded reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="78"/>
        <source>Tutup buku sampai akhir</source>
        <translation>Close the books to the end of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="86"/>
        <source>Buku ditutup sampai {day}. Sesudah itu tidak ada transaksi yang bisa dicatat pada tanggal itu atau sebelumnya. Lanjutkan?</source>
        <translation>The books will be closed to {day}. After that nothing can be recorded on or before that date. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="88"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CloseYearDialog</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="104"/>
        <location filename="../../ui/pages/yearend.py" line="108"/>
        <location filename="../../ui/pages/yearend.py" line="122"/>
        <source>Tutup tahun</source>
        <translation>Close a year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="105"/>
        <source>Menutup tahun memindahkan pendapatan dan beban tahun itu ke SHU tahun berjalan dan membuka tahun berikutnya dari nol.</source>
        <translation>Closing a year moves its income and expenses into the current year&apos;s surplus (SHU tahun berjalan) and starts the next year from zero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="107"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="116"/>
        <source>Tahun {year} ditutup:
• pendapatan {income} dan beban {expense} tahun itu dipindahkan ke SHU tahun berjalan (SHU {shu}, sesudah bagi hasil usaha {shared});
• buku ditutup sampai 31 Desember {year}: tidak ada transaksi yang bisa dicatat pada tahun itu lagi;
• tahun {next} mulai dengan pendapatan dan beban nol.
Lanjutkan?</source>
        <translation>Year {year} will be closed:
• its income {income} and expenses {expense} move into SHU tahun berjalan (surplus {shu}, after business profit shares {shared});
• the books are closed to 31 December {year}: nothing more can be recorded in that year;
• {next} starts with income and expenses at zero.
Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="122"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="794"/>
        <source>Terima pembayaran piutang</source>
        <translation>Receive a credit sale&apos;s payment</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="795"/>
        <source>{buyer}: dibeli {day} seharga {amount}.</source>
        <translation>{buyer}: bought {day} for {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="797"/>
        <source>Sisa piutang</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="798"/>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="799"/>
        <source>Diterima (Rp)</source>
        <translation>Received (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="800"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../ui/collection_page.py" line="273"/>
        <source>Daftar Tagihan</source>
        <translation>Collection sheet</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="274"/>
        <source>&amp;Tanggal pertemuan</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="276"/>
        <location filename="../../ui/collection_page.py" line="281"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="276"/>
        <location filename="../../ui/collection_page.py" line="281"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="276"/>
        <source>Angsuran pokok</source>
        <translation>Principal instalment</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="276"/>
        <source>Jasa</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="276"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="277"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="277"/>
        <source>Jumlah tagihan</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="277"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="277"/>
        <source>Sisa ke sukarela</source>
        <translation>Rest to voluntary</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="279"/>
        <location filename="../../ui/collection_page.py" line="281"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="282"/>
        <source>Kuitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="283"/>
        <source>Simpan semua (Ctrl+S)</source>
        <translation>Save all (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="284"/>
        <source>Cetak semua kuitansi (Ctrl+P)</source>
        <translation>Print all receipts (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="285"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="309"/>
        <source>Tersimpan: {count} setoran, jumlah {total}.</source>
        <translation>Saved: {count} payments, total {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.py" line="367"/>
        <source>Tidak ada yang disimpan. Periksa baris yang ditandai:</source>
        <translation>Nothing was saved. Check the marked rows:</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="853"/>
        <source>sama dengan buku</source>
        <translation>same as the book</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="857"/>
        <source>Stok opname – {item}</source>
        <translation>Stock count – {item}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="858"/>
        <source>Hitung barangnya, tulis hasilnya. Selisih dengan buku dicatat ke 5-102 Selisih persediaan dengan alasannya.</source>
        <translation>Count the goods and type the result. A difference from the book is posted to 5-102 Stock differences with its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="860"/>
        <source>Tanggal hitung</source>
        <translation>Count date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="860"/>
        <source>Menurut buku</source>
        <translation>By the book</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="861"/>
        <source>Hasil hitung</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="861"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="862"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="862"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="27"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <location filename="../../ui/opening/pages.py" line="105"/>
        <location filename="../../ui/opening/pages.py" line="109"/>
        <source>Tanggal saldo awal</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="107"/>
        <source>Hari pertama Lumbung dipakai (biasanya tanggal 1 sebuah bulan atau tahun). Saldo buku lama dicatat pada tanggal ini; transaksi sejak tanggal ini dicatat di Lumbung seperti biasa.</source>
        <translation>The first day Lumbung is used (usually the 1st of a month or a year). The old books&apos; balances are recorded on this date; everything from this date on is recorded in Lumbung as usual.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="311"/>
        <source>{periods}, jasa {rate} {per_period} ({method})</source>
        <translation>{periods}, interest {rate} {per_period} ({method})</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="314"/>
        <source>Pokok pinjaman</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="315"/>
        <source>Jangka waktu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="316"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="318"/>
        <source>Setujui pinjaman – {loan}</source>
        <translation>Approve loan – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="319"/>
        <source>Setujui pengajuan {loan}? Sesudah disetujui, pinjaman bisa dicairkan.</source>
        <translation>Approve the application {loan}? Once approved, the loan can be paid out.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="321"/>
        <source>boleh kosong, misalnya: disetujui rapat pengurus</source>
        <translation>may be empty, e.g. approved at the officers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="322"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="324"/>
        <source>Tolak pinjaman – {loan}</source>
        <translation>Reject loan – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="325"/>
        <source>Tolak pengajuan {loan}. Tulis alasannya: anggota berhak tahu.</source>
        <translation>Reject the application {loan}. Write the reason: the member has a right to know.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="327"/>
        <source>alasan penolakan</source>
        <translation>reason for rejection</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="328"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../../ui/shu_wizard.py" line="299"/>
        <source>Keputusan RAT</source>
        <translation>The meeting&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="300"/>
        <source>Tanggal RAT</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="305"/>
        <source>Kerugian</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="306"/>
        <source>Ditutup dari dana cadangan</source>
        <translation>Covered from the reserve fund</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="307"/>
        <source>Dibawa ke tahun berikutnya</source>
        <translation>Carried forward to the next year</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="309"/>
        <source>Bagian anggota</source>
        <translation>Members&apos; shares</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="310"/>
        <source>Masuk simpanan sukarela</source>
        <translation>Into voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="311"/>
        <source>Dibayar tunai dari Kas (kuitansi tiap anggota)</source>
        <translation>Paid in cash from Kas (a receipt for each member)</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="339"/>
        <source>Kerugian tahun {year} {loss} dicatat sebagai keputusan RAT tanggal {day}. Lanjutkan?</source>
        <translation>The loss of {year}, {loss}, is recorded as the meeting&apos;s decision of {day}. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="341"/>
        <source>SHU tahun {year} {shu} dibagi menurut aturan ini dan dicatat dengan tanggal {day}: bagian anggota {members}. Lanjutkan?</source>
        <translation>The SHU of {year}, {shu}, is shared by this rule and recorded on {day}: members&apos; shares {members}. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="345"/>
        <source>Catat keputusan RAT</source>
        <translation>Record the meeting&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="345"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="345"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="96"/>
        <source>Simpanan pokok sudah dibayar: {amount}.</source>
        <translation>Simpanan pokok already paid: {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="98"/>
        <source>Dibayar sekali, tepat {amount}.</source>
        <translation>Paid once, exactly {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="102"/>
        <source>Saldo sukarela sekarang {amount}.</source>
        <translation>Sukarela balance now {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="107"/>
        <source>Setor simpanan – {member}</source>
        <translation>Savings deposit – {member}</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="108"/>
        <source>Setoran simpanan dari {member}.</source>
        <translation>Savings deposit from {member}.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="109"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="109"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="109"/>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="111"/>
        <source>Jenis simpanan</source>
        <translation>Kind of savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="111"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="112"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="112"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="113"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="115"/>
        <source>misalnya 50.000</source>
        <translation>e.g. 50.000</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="116"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>DepreciationRunDialog</name>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="135"/>
        <source>Penyusutan inventaris</source>
        <translation>Inventory depreciation</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="136"/>
        <source>Penyusutan dibukukan setiap tahun (kebijakan kelompok).</source>
        <translation>Depreciation is posted every year (the group&apos;s policy).</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="137"/>
        <source>Penyusutan dibukukan setiap bulan (kebijakan kelompok).</source>
        <translation>Depreciation is posted every month (the group&apos;s policy).</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="138"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="139"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="153"/>
        <source>{item}: {amount}</source>
        <translation>{item}: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="155"/>
        <source>dan {count} barang lain: {amount}</source>
        <translation>and {count} other items: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="157"/>
        <source>Akan dibukukan tanggal {date}: Beban penyusutan {amount} (debit), Akumulasi penyusutan {amount} (kredit).</source>
        <translation>To be posted on {date}: Depreciation expense {amount} (debit), Accumulated depreciation {amount} (credit).</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="375"/>
        <source>Tulis tanggal angsuran pertama untuk melihat jadwal.</source>
        <translation>Type the first due date to see the schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="389"/>
        <source>Cairkan pinjaman – {loan}</source>
        <translation>Pay out loan – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="391"/>
        <source>Pencairan {loan}: {periods}, jasa {rate} {per_period} ({method}). Jadwal di kanan disimpan bersama pinjaman.</source>
        <translation>Paying out {loan}: {periods}, interest {rate} {per_period} ({method}). The schedule on the right is kept with the loan.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="397"/>
        <source>Tanggal pencairan</source>
        <translation>Payout date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="397"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="398"/>
        <source>Angsuran pertama</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="398"/>
        <source>Pokok pinjaman</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="399"/>
        <source>Dipotong provisi / administrasi</source>
        <translation>Less fee (provisi / administration)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="399"/>
        <source>Dipotong simpanan wajib</source>
        <translation>Less compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="400"/>
        <source>Uang diserahkan</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="400"/>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="404"/>
        <source>Provisi {amount} dibayar terpisah oleh anggota; dicatat masuk ke akun yang sama.</source>
        <translation>The fee of {amount} is paid separately by the member; it is recorded as received into the same account.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="406"/>
        <source>Jadwal angsuran yang disimpan</source>
        <translation>Schedule to be kept</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="407"/>
        <source>Cairkan {amount}</source>
        <translation>Pay out {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="414"/>
        <source>Cairkan pinjaman</source>
        <translation>Pay out loan</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="415"/>
        <source>Serahkan {amount} kepada {member} dan catat pencairan {number}?</source>
        <translation>Hand {amount} to {member} and record the payout of {number}?</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="417"/>
        <source>Cairkan</source>
        <translation>Pay out</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="417"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <location filename="../../ui/inventory_panel.py" line="218"/>
        <source>Hapuskan barang inventaris</source>
        <translation>Dispose of an inventory item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="219"/>
        <source>Barang yang dihapuskan tetap tercatat di Buku Inventaris dengan tanggal dan alasannya. Nilainya keluar dari akun Peralatan; bila dijual, uangnya masuk Kas atau Bank dengan kuitansi.</source>
        <translation>An item disposed of stays in the asset register with its date and reason. Its value leaves the Equipment account; if it was sold, the money goes into cash or the bank with a receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="222"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="222"/>
        <source>Tanggal dihapuskan</source>
        <translation>Disposed of on</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="223"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="223"/>
        <source>Dijual seharga (Rp)</source>
        <translation>Sold for (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="224"/>
        <source>Pembeli</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="224"/>
        <source>Uang masuk ke</source>
        <translation>Money goes into</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="226"/>
        <source>misalnya rusak berat, hilang, dijual</source>
        <translation>e.g. badly damaged, lost, sold</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/opening/pages.py" line="303"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="309"/>
        <source>{kind}: {rows} baris</source>
        <translation>{kind}: {rows} rows</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="312"/>
        <source>Tekan Catat untuk mencatat saldo awal per {on} ({counts}). Sesudah dicatat, draf selesai dan perubahan berikutnya lewat halaman biasa.</source>
        <translation>Press Record to record the opening balances as of {on} ({counts}). Once recorded, the draft is done and later changes go through the usual pages.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="314"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="318"/>
        <source>Belum bisa dicatat:</source>
        <translation>Cannot be recorded yet:</translation>
    </message>
</context>
<context>
    <name>EditItemDialog</name>
    <message>
        <location filename="../../ui/inventory_panel.py" line="183"/>
        <source>Ubah barang inventaris</source>
        <translation>Change an inventory item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="184"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="184"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="185"/>
        <source>Tempat penyimpanan</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="185"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="186"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="57"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="57"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="58"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="58"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="59"/>
        <source>Tahap keluarga sejahtera</source>
        <translation>Family welfare stage</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="64"/>
        <location filename="../../ui/privacy_dialogs.py" line="76"/>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="67"/>
        <source>Data pribadi {number} – {name} akan dihapus untuk selamanya (UU 27/2022). Yang dihapus:</source>
        <translation>The personal data of {number} – {name} will be erased for good (UU 27/2022). Erased:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="70"/>
        <source>Yang tetap: nomor anggota {number}, tanggal masuk dan keluar, dan semua catatan uangnya (simpanan, pinjaman, kuitansi, SHU). Namanya menjadi “Anggota {number} (data dihapus)”. Penghapusan dicatat di jejak audit bersama alasannya, tanpa data yang dihapus. Bila perlu, buat dulu “Ekspor data pribadi” untuknya.</source>
        <translation>Kept: member number {number}, the dates she joined and left, and all her money records (savings, loans, receipts, SHU). Her name becomes “Anggota {number} (data dihapus)”. The erasure is recorded in the audit trail with its reason, without the erased data. If needed, make her “Export personal data” first.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="74"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="75"/>
        <source>misalnya: permintaan anggota, surat tanggal …</source>
        <translation>e.g. the member&apos;s request, letter of …</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="432"/>
        <source>Catat beban usaha</source>
        <translation>Record a business expense</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="433"/>
        <source>Biaya usaha yang dibayar dengan uang, misalnya ongkos angkut, kemasan atau listrik. Beban mengurangi laba usaha.</source>
        <translation>A business cost paid in money, such as transport, packaging or electricity. Expenses lower the business&apos;s profit.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="435"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="435"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="436"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="436"/>
        <source>Dibayar kepada</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="437"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="439"/>
        <source>misalnya ongkos angkut telur ke pasar</source>
        <translation>e.g. carrying the eggs to market</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="440"/>
        <source>yang menerima uang dan menandatangani bukti kas keluar</source>
        <translation>who receives the money and signs the payment voucher</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../ui/table_export.py" line="57"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="61"/>
        <source>Daftar anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="62"/>
        <source>Simpanan anggota</source>
        <translation>Members&apos; savings</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="63"/>
        <source>Buku simpanan</source>
        <translation>Passbook</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="64"/>
        <source>Daftar pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="65"/>
        <source>Kartu pinjaman</source>
        <translation>Loan card</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="66"/>
        <source>Jadwal angsuran</source>
        <translation>Instalment schedule</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="67"/>
        <source>Riwayat pembayaran</source>
        <translation>Payment history</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="68"/>
        <source>Daftar tagihan</source>
        <translation>Collection sheet</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="69"/>
        <source>Tagihan anggota</source>
        <translation>Member&apos;s dues</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="70"/>
        <source>Cadangan data</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="71"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="72"/>
        <source>Jenis pinjaman</source>
        <translation>Loan products</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="73"/>
        <source>Buku Kas Umum</source>
        <translation>General cash book</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="74"/>
        <source>Buku Inventaris</source>
        <translation>Inventory book</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="75"/>
        <source>Produk dan bahan</source>
        <translation>Products and materials</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="76"/>
        <source>Pembelian usaha</source>
        <translation>Business purchases</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="77"/>
        <source>Utang ke pemasok</source>
        <translation>Owed to suppliers</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="78"/>
        <source>Produksi usaha</source>
        <translation>Business production</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="79"/>
        <source>Penjualan usaha</source>
        <translation>Business sales</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="80"/>
        <source>Piutang penjualan</source>
        <translation>Credit sales</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="81"/>
        <source>Stok usaha</source>
        <translation>Business stock</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="82"/>
        <source>Kartu stok</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="83"/>
        <source>Catatan kerja anggota</source>
        <translation>Members&apos; work</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="84"/>
        <source>Pratinjau bagi hasil</source>
        <translation>Profit share preview</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="85"/>
        <source>Riwayat harga</source>
        <translation>Price history</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="86"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="90"/>
        <source>Dicetak {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="93"/>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="96"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="99"/>
        <source>Tabel tersimpan sebagai {name}
di folder {folder}.</source>
        <translation>The table was saved as {name}
in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="102"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/table_export.py" line="105"/>
        <source>Tabel ini kosong; tidak ada yang diekspor.</source>
        <translation>This table is empty; nothing was exported.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/startup.py" line="57"/>
        <source>Selamat datang di Lumbung</source>
        <translation>Welcome to Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="58"/>
        <source>Belum ada buku Lumbung di komputer ini. Apa yang mau dilakukan?</source>
        <translation>There is no Lumbung book on this computer yet. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="62"/>
        <source>Mulai buku baru: buku kelompok yang masih kosong, disimpan di {path}.
Buka buku: berkas buku Lumbung yang sudah ada (.sqlite).
Pulihkan cadangan: buku dari cadangan di flashdisk (.lumbung).
Lihat contoh: desa contoh untuk mencoba Lumbung; buku kelompok tidak dibuat.</source>
        <translation>Start a new book: the group&apos;s book, empty, kept in {path}.
Open a book: a Lumbung book file you already have (.sqlite).
Restore a backup: the book from a backup on a flashdisk (.lumbung).
See the demo: a demo village to try Lumbung; no group book is made.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="67"/>
        <source>&amp;Mulai buku baru</source>
        <translation>&amp;Start a new book</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="68"/>
        <source>&amp;Buka buku…</source>
        <translation>&amp;Open a book…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="69"/>
        <source>&amp;Pulihkan cadangan…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="70"/>
        <source>&amp;Lihat contoh</source>
        <translation>See the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="71"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="142"/>
        <source>Lupa kata sandi Ketua</source>
        <translation>Ketua&apos;s password forgotten</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="144"/>
        <source>Tulis kode pemulihan yang dicetak waktu masuk dengan kata sandi diaktifkan, lalu kata sandi baru untuk Ketua.</source>
        <translation>Type the recovery code printed when password sign-in was turned on, then a new password for the Ketua.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="146"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="147"/>
        <source>Kata sandi baru Ketua</source>
        <translation>Ketua&apos;s new password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="148"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="149"/>
        <source>Ganti kata sandi dan masuk</source>
        <translation>Change the password and sign in</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="154"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="155"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FundInDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="428"/>
        <source>Dana PAUD masuk</source>
        <translation>Money into the PAUD fund</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="428"/>
        <source>Dana sosial masuk</source>
        <translation>Money into the social fund</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="429"/>
        <source>Dana dari SHU dicatat saat SHU dibagi; di sini dana dari sumber lain, misalnya sumbangan.</source>
        <translation>Money from the SHU is recorded when the SHU is shared; here money from elsewhere, such as a donation.</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="431"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="431"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="432"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="432"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="83"/>
        <source>Tambah sumber dana</source>
        <translation>Add a funder</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="83"/>
        <source>Ubah sumber dana</source>
        <translation>Change a funder</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="84"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="84"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="84"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="85"/>
        <source>Nomor perjanjian</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="85"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="89"/>
        <source>misalnya CSR PT Adaro, BRI Unit Amuntai</source>
        <translation>e.g. CSR PT Adaro, BRI Unit Amuntai</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="90"/>
        <source>nama, telepon atau alamat</source>
        <translation>name, telephone or address</translation>
    </message>
</context>
<context>
    <name>FunderGrantDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="154"/>
        <location filename="../../ui/funds_dialogs.py" line="178"/>
        <source>Nilai barang (Rp)</source>
        <translation>Value of the goods (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="154"/>
        <location filename="../../ui/funds_dialogs.py" line="170"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="160"/>
        <source>Terima hibah</source>
        <translation>Receive a grant</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="161"/>
        <source>Hibah dicatat sebagai modal hibah dari pemberinya. Barang masuk Buku Inventaris dengan nilainya.</source>
        <translation>A grant is recorded as grant capital from its giver. Goods go into the inventory book at their value.</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="163"/>
        <source>Pemberi</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="165"/>
        <source>Terima dana dari {funder}</source>
        <translation>Receive money from {funder}</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="166"/>
        <source>Hibah dicatat sebagai modal hibah dari {funder}. Barang masuk Buku Inventaris dengan nilainya.</source>
        <translation>A grant is recorded as grant capital from {funder}. Goods go into the inventory book at their value.</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="168"/>
        <source>Uang (hibah tunai)</source>
        <translation>Money (cash grant)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="169"/>
        <source>Barang (hibah peralatan)</source>
        <translation>Goods (equipment grant)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="170"/>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="171"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="171"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="172"/>
        <source>Nama barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="172"/>
        <source>Jumlah barang</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="173"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="173"/>
        <source>Tempat penyimpanan</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="174"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="176"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../ui/pages/funds.py" line="256"/>
        <source>Dana &amp; Sumber Modal</source>
        <translation>Funds &amp; Capital Sources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="257"/>
        <source>Sumber dana</source>
        <translation>Funders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="257"/>
        <source>Modal kelompok</source>
        <translation>Group capital</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="257"/>
        <source>Guru PAUD</source>
        <translation>PAUD teachers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="258"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="261"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="261"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="261"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="261"/>
        <location filename="../../ui/pages/funds.py" line="265"/>
        <source>Nomor perjanjian</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="261"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="262"/>
        <location filename="../../ui/pages/funds.py" line="270"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="264"/>
        <location filename="../../ui/pages/funds.py" line="271"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="264"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="264"/>
        <source>Kali angsuran</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="264"/>
        <source>Sudah dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="265"/>
        <source>Sisa utang</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="267"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="267"/>
        <location filename="../../ui/pages/funds.py" line="290"/>
        <source>Simpanan anggota</source>
        <translation>Members&apos; savings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="267"/>
        <location filename="../../ui/pages/funds.py" line="290"/>
        <source>Hibah</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="267"/>
        <location filename="../../ui/pages/funds.py" line="290"/>
        <source>Pinjaman bank</source>
        <translation>Bank loans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="268"/>
        <location filename="../../ui/pages/funds.py" line="291"/>
        <source>Dana cadangan</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="268"/>
        <location filename="../../ui/pages/funds.py" line="271"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="269"/>
        <source>Nama guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="269"/>
        <source>PAUD</source>
        <translation>PAUD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="269"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="271"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="271"/>
        <source>Kuitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="272"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="276"/>
        <source>Tambah sumber…</source>
        <translation>Add funder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="276"/>
        <location filename="../../ui/pages/funds.py" line="281"/>
        <source>Ubah…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="277"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="277"/>
        <source>Terima dana…</source>
        <translation>Receive money…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="278"/>
        <source>Laporan sumber dana</source>
        <translation>Funder report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="279"/>
        <source>Pinjaman diterima…</source>
        <translation>Loan received…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="280"/>
        <source>Bayar angsuran bank…</source>
        <translation>Pay bank instalment…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="281"/>
        <source>Tambah guru…</source>
        <translation>Add teacher…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="282"/>
        <source>Bayar insentif…</source>
        <translation>Pay incentive…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="282"/>
        <location filename="../../ui/pages/funds.py" line="284"/>
        <source>Dana masuk…</source>
        <translation>Money in…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="283"/>
        <source>Laporan dana PAUD</source>
        <translation>PAUD fund report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="283"/>
        <source>Beri bantuan…</source>
        <translation>Give help…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="285"/>
        <source>Laporan dana sosial</source>
        <translation>Social fund report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="287"/>
        <source>Pinjaman dari sumber ini dan jadwal angsurannya</source>
        <translation>Loans from this funder and their schedule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="288"/>
        <source>Insentif yang dibayar tahun ini</source>
        <translation>Incentives paid this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="289"/>
        <source>Bantuan yang diberikan tahun ini</source>
        <translation>Help given this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="291"/>
        <source>Belum ada modal yang tercatat.</source>
        <translation>No capital recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="302"/>
        <location filename="../../ui/pages/funds.py" line="311"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="302"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="311"/>
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="317"/>
        <source>Saldo dana insentif PAUD: {amount}</source>
        <translation>PAUD incentive fund balance: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="318"/>
        <source>Saldo dana sosial: {amount}</source>
        <translation>Social fund balance: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="344"/>
        <source>Sumber yang sudah memberi dana tidak bisa dihapus; nonaktifkan saja.</source>
        <translation>A funder that has given money cannot be removed; set it inactive instead.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="346"/>
        <source>Aktifkan</source>
        <translation>Set active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="347"/>
        <source>Nonaktifkan</source>
        <translation>Set inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="355"/>
        <source>Pinjaman dari buku lama: pokok awal {principal}, diterima {date}, {paid} angsuran dibayar sebelum {opening}</source>
        <translation>Loan from the old book: original principal {principal}, received {date}, {paid} instalments paid before {opening}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="400"/>
        <location filename="../../ui/pages/funds.py" line="407"/>
        <source>Hapus sumber dana</source>
        <translation>Remove funder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/funds.py" line="401"/>
        <source>Hapus {name} dari daftar sumber dana?</source>
        <translation>Remove {name} from the funders?</translation>
    </message>
</context>
<context>
    <name>FundsWords</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="28"/>
        <source>CSR perusahaan</source>
        <translation>Company CSR</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="29"/>
        <source>Dinas Koperasi/UKM</source>
        <translation>Cooperatives/SME office</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="30"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="31"/>
        <source>Dana desa</source>
        <translation>Village fund</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="32"/>
        <source>Modal anggota sendiri</source>
        <translation>Members&apos; own capital</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="33"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="36"/>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="37"/>
        <source>Efektif (menurun)</source>
        <translation>Declining balance</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="38"/>
        <source>Anuitas</source>
        <translation>Annuity</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../ui/opening/grid.py" line="236"/>
        <source>Baris {row}, {column}: {text}</source>
        <translation>Row {row}, {column}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="239"/>
        <source>… dan {count} masalah lain</source>
        <translation>… and {count} other problems</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="243"/>
        <source>{fine} dari {rows} baris baik</source>
        <translation>{fine} of {rows} rows fine</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="244"/>
        <source>Belum ada baris: ketik di baris pertama, atau lewati bila tidak ada.</source>
        <translation>No rows yet: type in the first row, or skip this if there are none.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="261"/>
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="261"/>
        <source>Hapus baris {row} beserta isinya?</source>
        <translation>Delete row {row} and what it holds?</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="262"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/opening/grid.py" line="262"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../ui/opening/pages.py" line="74"/>
        <source>Data kelompok</source>
        <translation>The group</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="75"/>
        <source>Nama kelompok, desanya, dan pengurus yang menandatangani buku dan laporan.</source>
        <translation>The group&apos;s name, its village, and the officers who sign the books and reports.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="76"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="76"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="76"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="76"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="77"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="77"/>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="394"/>
        <source>Beri bantuan dana sosial</source>
        <translation>Give help from the social fund</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="395"/>
        <source>– pilih anggota –</source>
        <translation>– choose a member –</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="396"/>
        <source>Saldo dana sosial</source>
        <translation>Social fund balance</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="396"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="397"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="397"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="398"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="398"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="400"/>
        <source>misalnya sakit, musibah banjir, melahirkan</source>
        <translation>e.g. illness, flood, childbirth</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="108"/>
        <source>SHU tahun {year} sampai hari ini</source>
        <translation>SHU of {year} so far</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="112"/>
        <source>SHU tahun {year} ({amount}) belum dibagi. Tutup buku tahun itu dan bagi SHU-nya di halaman Tutup Buku &amp; SHU setelah Rapat Anggota Tahunan.</source>
        <translation>The SHU of {year} ({amount}) has not been shared yet. Close that year and share its SHU on the Closing &amp; SHU page after the annual members&apos; meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="129"/>
        <source>penjualan {sales}, laba {profit}, nilai stok {stock}</source>
        <translation>sales {sales}, profit {profit}, stock value {stock}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="150"/>
        <source>belum ada transaksi</source>
        <translation>no transactions yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="158"/>
        <source>{reminder} Sebaiknya buat cadangan sekarang.</source>
        <translation>{reminder} Better make a backup now.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="166"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="167"/>
        <source>Anggota aktif</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="168"/>
        <source>Saldo kas</source>
        <translation>Cash balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="169"/>
        <source>Saldo bank</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="170"/>
        <source>Transaksi terakhir</source>
        <translation>Last transaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="171"/>
        <source>Usaha kelompok bulan ini</source>
        <translation>Group businesses this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="172"/>
        <source>SHU tahun ini sampai hari ini</source>
        <translation>This year&apos;s SHU so far</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="178"/>
        <source>Buku ini masih kosong: belum ada anggota. Mulai buku kelompok dari buku-buku lamanya (saldo awal), atau isi data contoh sebuah desa untuk mencoba Lumbung.</source>
        <translation>This book is still empty: no members yet. Start the group&apos;s book from its old books (opening balances), or fill in a village&apos;s sample data to try Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="182"/>
        <source>Isi data contoh</source>
        <translation>Fill in sample data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="183"/>
        <source>Mulai buku kelompok (saldo awal)…</source>
        <translation>Start the group&apos;s book (opening balances)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="184"/>
        <source>Setoran anggota (Ctrl+T)</source>
        <translation>Member payment (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="185"/>
        <source>Daftar Tagihan (Ctrl+D)</source>
        <translation>Collection sheet (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="186"/>
        <source>Buka Cadangan Data</source>
        <translation>Open Backup</translation>
    </message>
</context>
<context>
    <name>IncentiveDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="357"/>
        <source>Bayar insentif – {name}</source>
        <translation>Pay incentive – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="358"/>
        <source>Insentif untuk {name} ({paud}) dari dana insentif PAUD.</source>
        <translation>Incentive for {name} ({paud}) from the PAUD incentive fund.</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="360"/>
        <source>Saldo dana PAUD</source>
        <translation>PAUD fund balance</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="360"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="361"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="361"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="362"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="364"/>
        <source>misalnya insentif Januari 2026</source>
        <translation>e.g. January 2026 incentive</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <location filename="../../ui/inventory_panel.py" line="53"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="54"/>
        <source>Rusak ringan</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="55"/>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="72"/>
        <source>Dibeli (dibayar dari Kas atau Bank)</source>
        <translation>Bought (paid from cash or the bank)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="73"/>
        <source>Hibah / pemberian (modal hibah)</source>
        <translation>Gift (grant capital)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="74"/>
        <source>Sudah dimiliki sebelum buku dimulai (modal awal)</source>
        <translation>Owned before the book started (opening capital)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="300"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="301"/>
        <source>Tambah barang (Ins)</source>
        <translation>Add an item (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="302"/>
        <source>Terima hibah barang…</source>
        <translation>Receive donated goods…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="303"/>
        <source>Barang pemberian: dicatat di buku ini dan sebagai modal hibah</source>
        <translation>Donated goods: entered in this book and as grant capital</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="304"/>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="305"/>
        <source>Hapuskan</source>
        <translation>Dispose of</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="306"/>
        <source>Penyusutan…</source>
        <translation>Depreciation…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="307"/>
        <source>Bukukan penyusutan inventaris satu bulan atau satu tahun</source>
        <translation>Post the depreciation of the inventory for a month or a year</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="308"/>
        <source>Kebijakan penyusutan…</source>
        <translation>Depreciation policy…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="309"/>
        <source>Tampilkan barang yang sudah dihapuskan</source>
        <translation>Show items disposed of</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="311"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="311"/>
        <source>Nama barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="311"/>
        <source>Asal barang</source>
        <translation>Obtained from</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="311"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="311"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="312"/>
        <source>Tempat penyimpanan</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="312"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="312"/>
        <source>Nilai</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="312"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="324"/>
        <source>Dihapus {date}: {reason}</source>
        <translation>Disposed of {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="324"/>
        <source>Dibatalkan {date} (storno): {reason}</source>
        <translation>Cancelled {date} (reversed): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory_panel.py" line="353"/>
        <source>{items} barang dimiliki, nilai perolehan {value}</source>
        <translation>{items} items held, cost {value}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="144"/>
        <source>Tambah produk</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="144"/>
        <source>Tambah bahan baku</source>
        <translation>Add raw material</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="145"/>
        <source>Harga dan harga pokok dihitung per satuan produk.</source>
        <translation>Price and cost are per unit of the product.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="146"/>
        <source>Bahan baku dibeli dan dipakai untuk produksi, misalnya pakan itik dalam kg.</source>
        <translation>Raw materials are bought and used in production, e.g. duck feed in kg.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="147"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="148"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="150"/>
        <source>Harga jual (Rp)</source>
        <translation>Sale price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="151"/>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="152"/>
        <source>Harga pokok standar (Rp)</source>
        <translation>Standard cost (Rp)</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../ui/opening/pages.py" line="149"/>
        <source>Kosongkan bila tidak ada.</source>
        <translation>Leave it empty if there are none.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="150"/>
        <source>Enter atau Tab: kolom berikut. Delete: hapus baris. Ctrl+Enter: Lanjut.</source>
        <translation>Enter or Tab: next column. Delete: delete the row. Ctrl+Enter: Next.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="151"/>
        <source>Muat dari Excel…</source>
        <translation>Load from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="152"/>
        <source>Simpan templat Excel…</source>
        <translation>Save Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="164"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="48"/>
        <location filename="../../ui/leave_dialog.py" line="53"/>
        <source>Tandai keluar</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="50"/>
        <source>{number} – {name} keluar dari kelompok. Nomor anggota dan riwayatnya tetap disimpan.</source>
        <translation>{number} – {name} leaves the group. Her member number and history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="52"/>
        <source>Tanggal keluar</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="54"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoanTableModel</name>
    <message>
        <location filename="../../ui/loan_table.py" line="138"/>
        <source>No. pinjaman</source>
        <translation>Loan no.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="138"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="138"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="138"/>
        <source>Pokok
pinjaman</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="139"/>
        <source>Sisa
pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="139"/>
        <source>Angsuran</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="139"/>
        <source>Hari
terlambat</source>
        <translation>Days
late</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="140"/>
        <source>Kolektibilitas</source>
        <translation>Collectability</translation>
    </message>
</context>
<context>
    <name>LoanWords</name>
    <message>
        <location filename="../../ui/loan_table.py" line="86"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="86"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="86"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="87"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="87"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="88"/>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="93"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="93"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special mention</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="94"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="94"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="94"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="98"/>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="98"/>
        <source>Efektif (menurun)</source>
        <translation>Declining balance</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="99"/>
        <source>Anuitas</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="102"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="102"/>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="105"/>
        <source>per bulan</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../ui/loan_table.py" line="105"/>
        <source>per minggu</source>
        <translation>per week</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loan_table.py" line="109"/>
        <source>%n minggu</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/loan_table.py" line="110"/>
        <source>%n bulan</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <location filename="../../ui/pages/loans.py" line="242"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="243"/>
        <source>nomor pinjaman atau nama anggota</source>
        <translation>loan number or member name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="244"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="246"/>
        <location filename="../../ui/pages/loans.py" line="249"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="247"/>
        <source>Kolektibilitas</source>
        <translation>Collectability</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="250"/>
        <source>Menunggak saja</source>
        <translation>In arrears only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="251"/>
        <source>Jumlah sisa pinjaman:</source>
        <translation>Total outstanding:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="253"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="253"/>
        <source>Syarat</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="253"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="254"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="254"/>
        <source>Dicairkan</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="254"/>
        <source>Sisa pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="255"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="256"/>
        <source>Harus dibayar hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="256"/>
        <source>Pelunasan hari ini</source>
        <translation>Payoff today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="257"/>
        <source>Denda hari ini</source>
        <translation>Penalty today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="261"/>
        <source>Kartu pinjaman</source>
        <translation>Loan card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="262"/>
        <source>Riwayat pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="263"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="263"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="263"/>
        <source>Jasa</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="264"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="264"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="265"/>
        <source>Ajukan pinjaman (Ins)</source>
        <translation>Apply for a loan (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="266"/>
        <source>Setujui (F6)</source>
        <translation>Approve (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="267"/>
        <source>Tolak (F7)</source>
        <translation>Reject (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="269"/>
        <source>Bayar angsuran (F4)</source>
        <translation>Pay instalment (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="448"/>
        <source>Pinjaman dari buku lama: pokok awal {principal}, cair {date}, {paid} angsuran dibayar sebelum {opening}</source>
        <translation>Loan from the old book: original principal {principal}, disbursed {date}, {paid} instalments paid before {opening}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="460"/>
        <source>{days} hari, {amount} · {klass}</source>
        <translation>{days} days, {amount} · {klass}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="268"/>
        <source>Cairkan (F5)</source>
        <translation>Pay out (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="270"/>
        <source>Hapus buku (F8)</source>
        <translation>Write off (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="271"/>
        <source>Jenis pinjaman (F9)</source>
        <translation>Loan products (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="272"/>
        <source>Terima pemulihan</source>
        <translation>Receive a recovery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="273"/>
        <source>Uang yang diterima atas pinjaman yang sudah dihapusbukukan</source>
        <translation>Money received on a loan already written off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="274"/>
        <source>Penyisihan piutang</source>
        <translation>Allowance for loan losses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="275"/>
        <source>Penyisihan piutang tak tertagih (PPAP) menurut kolektibilitas</source>
        <translation>Allowance for loan losses (PPAP) by classification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="282"/>
        <source>Cetak kartu pinjaman (Ctrl+P)</source>
        <translation>Print loan card (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="283"/>
        <source>Kartu pinjaman anggota pemilik pinjaman yang dipilih, sampai hari ini</source>
        <translation>The loan card of the selected loan&apos;s member, up to today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/loans.py" line="320"/>
        <source>%n pinjaman menunggak</source>
        <translation>
            <numerusform>%n loan in arrears</numerusform>
            <numerusform>%n loans in arrears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/loans.py" line="330"/>
        <source>%n pinjaman ditampilkan</source>
        <translation>
            <numerusform>%n loan shown</numerusform>
            <numerusform>%n loans shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="424"/>
        <source>Pilih pinjaman di tabel</source>
        <translation>Choose a loan in the table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="430"/>
        <source>{principal}, {periods}, jasa {rate} {per_period}, {method}</source>
        <translation>{principal}, {periods}, interest {rate} {per_period}, {method}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="433"/>
        <source>{date} oleh {who}</source>
        <translation>{date} by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="436"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="436"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="437"/>
        <source>{verdict} {date} oleh {who}</source>
        <translation>{verdict} {date} by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="445"/>
        <source>{date}, diserahkan {amount}</source>
        <translation>{date}, {amount} handed over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loans.py" line="453"/>
        <source>Dihapusbukukan {date}: {reason}</source>
        <translation>Written off {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/sign_in.py" line="190"/>
        <source>Lumbung terkunci. Masuk untuk melanjutkan.</source>
        <translation>Lumbung is locked. Sign in to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="191"/>
        <source>Masuk…</source>
        <translation>Sign in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Buka buku lain…</source>
        <translation>&amp;Open another book…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Buat buku ba&amp;ru…</source>
        <translation>&amp;New book…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Isi data contoh</source>
        <translation>Fill in &amp;sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Mulai buku (saldo awal)…</source>
        <translation>&amp;Start the book (opening balances)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Rekap &amp;kecamatan…</source>
        <translation>Sub-district &amp;recap…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Ganti pengguna / Keluar…</source>
        <translation>&amp;Switch user / Sign out…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Transaksi</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Setoran anggota…</source>
        <translation>Member &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Daftar Tagihan…</source>
        <translation>&amp;Collection sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Cetak &amp;ulang kuitansi…</source>
        <translation>&amp;Reprint a receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Tentang Lumbung</source>
        <translation>&amp;About Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>{group} – {path} – Lumbung</source>
        <translation>{group} – {path} – Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Cadangan data</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>{reminder} Cadangkan sekarang?</source>
        <translation>{reminder} Back up now?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Keluar tanpa mencadangkan</source>
        <translation>Quit without backing up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Buat buku baru</source>
        <translation>New book</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Buku Lumbung (*.sqlite)</source>
        <translation>Lumbung books (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Buku tidak bisa dibuka</source>
        <translation>The book cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>Buku perlu diperiksa</source>
        <translation>The book needs checking</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Buka Cadangan Data</source>
        <translation>Open Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Mengisi data contoh…</source>
        <translation>Filling in sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>Isi data contoh</source>
        <translation>Fill in sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>Belum ada yang masuk</source>
        <translation>No one signed in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>Masuk sebagai {name} ({roles})</source>
        <translation>Signed in as {name} ({roles})</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="252"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="254"/>
        <source>Data anggota {number} – {name}</source>
        <translation>Member {number} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="257"/>
        <source>Ubah anggota {number} – {name}</source>
        <translation>Edit member {number} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="260"/>
        <source>Data diri</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="260"/>
        <source>Keanggotaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="261"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="261"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="265"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="265"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="265"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="266"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="266"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="267"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="267"/>
        <source>Jalan / gang</source>
        <translation>Street / lane</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="267"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="268"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="268"/>
        <source>Desa / kelurahan</source>
        <translation>Village (desa / kelurahan)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="268"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="269"/>
        <source>Kabupaten</source>
        <translation>Regency (kabupaten)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="269"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="270"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="270"/>
        <source>Tahap keluarga sejahtera</source>
        <translation>Family welfare stage</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="271"/>
        <source>Tanggal masuk</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="274"/>
        <source>16 angka, boleh kosong</source>
        <translation>16 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="275"/>
        <source>P – Perempuan</source>
        <translation>F – Female (P)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="276"/>
        <source>L – Laki-laki</source>
        <translation>M – Male (L)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="277"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="277"/>
        <source>Pra Sejahtera</source>
        <translation>Pra Sejahtera (pre-prosperous)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="277"/>
        <source>KS I</source>
        <translation>KS I (prosperous I)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="277"/>
        <source>KS II</source>
        <translation>KS II (prosperous II)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="278"/>
        <source>KS III</source>
        <translation>KS III (prosperous III)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="278"/>
        <source>KS III Plus</source>
        <translation>KS III Plus (prosperous III plus)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="281"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="283"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="283"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="284"/>
        <source>Riwayat keluar / masuk kembali</source>
        <translation>Left / returned history</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="285"/>
        <source>Ekspor data pribadi…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="286"/>
        <source>Hapus data pribadi…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="289"/>
        <source>NIK dan alamat lengkap hanya terlihat oleh Ketua dan Sekretaris.</source>
        <translation>The full NIK and address are shown only to the Chair and the Secretary.</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="294"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="294"/>
        <source>Aktif kembali</source>
        <translation>Active again</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="295"/>
        <source>{what} {on} – dicatat oleh {who}, {at}</source>
        <translation>{what} {on} – recorded by {who}, {at}</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="299"/>
        <source>(dengan pengembalian simpanan)</source>
        <translation>(with the savings paid out)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="301"/>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>No.
Anggota</source>
        <translation>Member
no.</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="58"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="58"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="58"/>
        <source>Tanggal
masuk</source>
        <translation>Date
joined</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="69"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="70"/>
        <source>Keluar {date}</source>
        <translation>Left {date}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="84"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="85"/>
        <source>nomor, nama, NIK atau desa</source>
        <translation>number, name, NIK or village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="87"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="87"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="87"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="89"/>
        <source>Tambah (Ins)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="92"/>
        <source>Ubah (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="133"/>
        <source>Tandai keluar</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="133"/>
        <source>Batalkan keluar…</source>
        <translation>Undo leaving…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="93"/>
        <source>Cetak Buku Daftar Anggota (Ctrl+P)</source>
        <translation>Print Member Register (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="127"/>
        <source>%n anggota ditampilkan</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveBookDialog</name>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="72"/>
        <source>Pindahkan buku ke server</source>
        <translation>Move the book to the server</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="72"/>
        <source>Salin buku ke berkas</source>
        <translation>Copy the book to a file</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="75"/>
        <source>Buku ini disalin ke basis data PostgreSQL kantor supaya beberapa pengurus bisa memakainya bersamaan dari komputer masing-masing. Basis data itu harus sudah dibuat oleh pengelola server dan masih kosong. Salinannya diperiksa tabel demi tabel sebelum disimpan; buku di komputer ini tidak diubah.</source>
        <translation>This book is copied into the office&apos;s PostgreSQL database so that several officers can use it at once from their own computers. The server&apos;s administrator must have made that database, and it must still be empty. The copy is checked table by table before it is kept; the book on this computer is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="79"/>
        <source>Alamat basis data</source>
        <translation>Database address</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="80"/>
        <source>Kata sandi (tidak disimpan)</source>
        <translation>Password (not stored)</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="83"/>
        <source>Buku di server ini disalin ke sebuah berkas buku baru di komputer ini (misalnya untuk dibawa atau disimpan). Salinannya diperiksa tabel demi tabel; buku di server tidak diubah.</source>
        <translation>This server book is copied into a new book file on this computer (to take along or keep, for example). The copy is checked table by table; the book on the server is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="85"/>
        <location filename="../../ui/move_book_dialog.py" line="95"/>
        <source>Berkas buku baru</source>
        <translation>New book file</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="86"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="87"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="87"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="88"/>
        <source>Buka buku itu</source>
        <translation>Open that book</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="90"/>
        <location filename="../../ui/move_book_dialog.py" line="127"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="92"/>
        <location filename="../../ui/move_book_dialog.py" line="154"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="96"/>
        <source>Buku Lumbung (*.sqlite)</source>
        <translation>Lumbung book (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="136"/>
        <source>Menyalin tabel %v dari %m</source>
        <translation>Copying table %v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="139"/>
        <source>Memeriksa salinan…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="147"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="156"/>
        <source>Buku dipindahkan dan sudah diperiksa: {target}. {members} anggota, {entries} transaksi; isi setiap tabel dan saldo semua akun sama dengan buku asal (Kas {kas}).</source>
        <translation>The book was moved and checked: {target}. {members} members, {entries} transactions; every table holds the same as the original book, and every account has the same balance (Cash {kas}).</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="173"/>
        <source>Buku tidak bisa dipindahkan ({reason}). Tidak ada yang disimpan.</source>
        <translation>The book could not be moved ({reason}). Nothing was kept.</translation>
    </message>
</context>
<context>
    <name>NegativeStock</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="106"/>
        <source>Izinkan stok menjadi minus (keputusan pengurus)</source>
        <translation>Allow the stock to go below zero (the officers&apos; decision)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="107"/>
        <source>Alasan stok minus</source>
        <translation>Reason for negative stock</translation>
    </message>
</context>
<context>
    <name>NeracaPage</name>
    <message>
        <location filename="../../ui/opening/pages.py" line="219"/>
        <source>Neraca awal</source>
        <translation>Opening balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="220"/>
        <source>Yang akan dicatat pada tanggal saldo awal. Belum ada yang dicatat.</source>
        <translation>What will be recorded on the opening date. Nothing is recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="221"/>
        <source>Penjelasan selisih (wajib bila ada selisih)</source>
        <translation>Explanation of the difference (required when there is one)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="244"/>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="244"/>
        <source>Kewajiban</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="244"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="253"/>
        <source>Jumlah aset</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="254"/>
        <source>Jumlah kewajiban dan ekuitas</source>
        <translation>Total liabilities and equity</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="255"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="258"/>
        <source>{kind}: aset {assets}, kewajiban dan modal {claims}</source>
        <translation>{kind}: assets {assets}, liabilities and capital {claims}</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="264"/>
        <source>Aset dan kewajiban+ekuitas tidak sama. Asal angkanya per bagian:
{parts}
Perbaiki angkanya (Kembali), atau tulis penjelasannya: selisih dicatat di akun Selisih saldo awal.</source>
        <translation>Assets and liabilities+equity differ. Where the figures come from, by part:
{parts}
Fix the figures (Back), or explain it: the difference goes to the account Opening balance difference.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="268"/>
        <source>Seimbang: aset sama dengan kewajiban dan ekuitas.</source>
        <translation>Balanced: assets equal liabilities and equity.</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <location filename="../../ui/pages/not_built.py" line="29"/>
        <source>Bagian ini belum tersedia di versi Lumbung ini.</source>
        <translation>This part is not available in this version of Lumbung.</translation>
    </message>
</context>
<context>
    <name>NoteTextsDialog</name>
    <message>
        <location filename="../../ui/notes_dialog.py" line="98"/>
        <source>Catatan kelompok</source>
        <translation>The group&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../ui/notes_dialog.py" line="99"/>
        <source>Kata-kata kelompok sendiri yang dicetak di bawah setiap catatan dalam Catatan atas Laporan Keuangan. Biarkan kosong bila tidak perlu.</source>
        <translation>The group&apos;s own words, printed under each note of the Notes to the Financial Statements. Leave empty when not needed.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_dialog.py" line="101"/>
        <source>Enter menyimpan semua catatan; Shift+Enter untuk baris baru.</source>
        <translation>Enter saves every note; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_dialog.py" line="102"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/notes_dialog.py" line="103"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/notes_dialog.py" line="114"/>
        <source>Catatan kelompok untuk {note}</source>
        <translation>The group&apos;s note for {note}</translation>
    </message>
</context>
<context>
    <name>OpenBookDialog</name>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="74"/>
        <location filename="../../ui/open_book_dialog.py" line="98"/>
        <source>Buka buku lain</source>
        <translation>Open another book</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="76"/>
        <source>Buku bersama di server kantor: tulis alamat server PostgreSQL-nya (tanyakan kepada pengelola server), misalnya {example}. Buku di komputer ini: pilih berkasnya.</source>
        <translation>A book shared on the office&apos;s server: write its PostgreSQL server address (ask the server&apos;s administrator), for example {example}. A book on this computer: choose its file.</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="78"/>
        <source>Alamat server &amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL server address</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="79"/>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="80"/>
        <source>Kata sandi hanya dipakai untuk membuka buku ini; Lumbung tidak menyimpannya.</source>
        <translation>The password is used only to open this book; Lumbung does not store it.</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="81"/>
        <source>Pilih &amp;berkas buku di komputer ini…</source>
        <translation>Choose a &amp;book file on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="82"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="83"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="88"/>
        <source>Tulis alamat yang diawali postgresql://, misalnya {example}.</source>
        <translation>Write an address that begins with postgresql://, for example {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/open_book_dialog.py" line="98"/>
        <source>Buku Lumbung (*.sqlite);;Semua berkas (*)</source>
        <translation>Lumbung books (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>OpeningWizard</name>
    <message>
        <location filename="../../ui/opening/wizard.py" line="33"/>
        <source>baris {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="110"/>
        <source>Mulai buku</source>
        <translation>Start the book</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="110"/>
        <source>Tutup? Draf disimpan, bisa dilanjutkan nanti.</source>
        <translation>Close? The draft is saved and can be resumed later.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="111"/>
        <location filename="../../ui/opening/wizard.py" line="122"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="111"/>
        <source>Lanjut mengisi</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="118"/>
        <source>Mulai buku (saldo awal)</source>
        <translation>Start the book (opening balances)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="119"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="120"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="121"/>
        <source>&amp;Catat</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="127"/>
        <source>Melanjutkan draf yang disimpan sebelumnya ({members} anggota). Belum ada yang dicatat.</source>
        <translation>Resuming the draft saved before ({members} members). Nothing is recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="170"/>
        <location filename="../../ui/opening/wizard.py" line="186"/>
        <location filename="../../ui/opening/wizard.py" line="203"/>
        <source>Muat dari Excel</source>
        <translation>Load from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="171"/>
        <location filename="../../ui/opening/wizard.py" line="226"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="174"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="186"/>
        <source>Berkas tidak bisa dibaca: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="194"/>
        <source>{sheet}: {fine} dari {rows} baris baik</source>
        <translation>{sheet}: {fine} of {rows} rows fine</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="201"/>
        <source>… dan {count} masalah lain</source>
        <translation>… and {count} other problems</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="202"/>
        <source>Masalah (bisa diperbaiki di tabel sesudah dimuat):</source>
        <translation>Problems (can be fixed in the tables once loaded):</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="203"/>
        <source>Ganti isi semua tabel dengan isi berkas ini?</source>
        <translation>Replace what all the tables hold with this file&apos;s rows?</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="204"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="204"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="225"/>
        <location filename="../../ui/opening/wizard.py" line="233"/>
        <source>Simpan templat Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location filename="../../ui/opening/wizard.py" line="233"/>
        <source>Berkas tidak bisa disimpan: {reason}</source>
        <translation>The file cannot be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/users_panel.py" line="194"/>
        <source>Ganti kata sandi saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="195"/>
        <source>Kata sandi sekarang</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="196"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="197"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>PassbookModel</name>
    <message>
        <location filename="../../ui/savings_table.py" line="191"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="191"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="191"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="191"/>
        <source>Setor</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="192"/>
        <source>Tarik</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="192"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="199"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="199"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="199"/>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="207"/>
        <source>{description} (dibatalkan)</source>
        <translation>{description} (reversed)</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="236"/>
        <source>Baris ini dibatalkan oleh storno di bawahnya.</source>
        <translation>This line was cancelled by a reversal further down.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="238"/>
        <source>Storno: membatalkan baris di atasnya.</source>
        <translation>Reversal: cancels a line above.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="87"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="89"/>
        <source>Cadangan ini dikunci dengan kata sandi, supaya NIK dan alamat anggota aman bila flashdisk hilang. Lumbung tidak menyimpan kata sandi ini: catat dan simpan di tempat aman. Tanpa kata sandi ini cadangan tidak bisa dipulihkan.</source>
        <translation>This backup is locked with a passphrase, so that members&apos; NIKs and addresses are safe if the flash drive is lost. Lumbung does not store the passphrase: write it down and keep it somewhere safe. Without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="93"/>
        <location filename="../../ui/passphrase_dialog.py" line="99"/>
        <source>Kata sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="94"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="96"/>
        <source>Buka cadangan terenkripsi</source>
        <translation>Open an encrypted backup</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="97"/>
        <source>Cadangan {name} dikunci dengan kata sandi. Tulis kata sandinya.</source>
        <translation>The backup {name} is locked with a passphrase. Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="100"/>
        <source>Tampilkan huruf yang diketik</source>
        <translation>Show what is typed</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="101"/>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="102"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="118"/>
        <source>Tulis kata sandi (tidak boleh kosong).</source>
        <translation>Type a passphrase (it cannot be empty).</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="122"/>
        <source>Kata sandi terlalu pendek: paling sedikit {minimum} huruf, supaya orang lain tidak mudah menebaknya. Pakai beberapa kata, misalnya nama tempat dan tahun.</source>
        <translation>The passphrase is too short: at least {minimum} characters, so that others cannot easily guess it. Use a few words, for example a place name and a year.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="128"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang di kolom kedua.</source>
        <translation>The two passphrases differ. Type it again in the second field.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="551"/>
        <source>Bayar angsuran – {loan}</source>
        <translation>Pay instalment – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="553"/>
        <source>Pembayaran dibagi: denda, lalu jasa, lalu pokok, mulai angsuran yang paling lama.</source>
        <translation>A payment goes to penalty, then interest, then principal, oldest instalment first.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="554"/>
        <source>Harus dibayar</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="554"/>
        <source>Pelunasan</source>
        <translation>Payoff</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="555"/>
        <source>Jumlah dibayar (Rp)</source>
        <translation>Amount paid (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="555"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="556"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="558"/>
        <source>Kelebihan masuk simpanan sukarela</source>
        <translation>Put any excess into voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="559"/>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>PaySupplierDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="395"/>
        <source>Bayar pemasok</source>
        <translation>Pay supplier</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="396"/>
        <source>{supplier}: {item}, dibeli {day} seharga {amount}.</source>
        <translation>{supplier}: {item}, bought {day} for {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="398"/>
        <source>Sisa utang</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="399"/>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="400"/>
        <source>Dibayar (Rp)</source>
        <translation>Paid (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="401"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="82"/>
        <source>Kebijakan penyusutan</source>
        <translation>Depreciation policy</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="83"/>
        <source>Garis lurus: harga perolehan dibagi rata selama umur barang, mulai bulan perolehannya. Perubahan berlaku untuk penyusutan berikutnya.</source>
        <translation>Straight line: the cost spread evenly over the item&apos;s life, from the month it was acquired. A change applies to the next depreciation.</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="85"/>
        <source>Dibukukan</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="86"/>
        <source>Setiap bulan</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="87"/>
        <source>Setiap tahun</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="89"/>
        <source>Umur {kind} (tahun)</source>
        <translation>Life of {kind} (years)</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="90"/>
        <source>Tidak disusutkan di bawah (Rp per buah)</source>
        <translation>Not depreciated below (Rp a piece)</translation>
    </message>
</context>
<context>
    <name>PosPanel</name>
    <message>
        <location filename="../../ui/pos_panel.py" line="56"/>
        <source>Pos penerimaan dan pengeluaran yang biasa dipakai:</source>
        <translation>Usual kinds of money in and out:</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="57"/>
        <source>Nama pos baru, misalnya Sewa tenda</source>
        <translation>Name of a new kind, e.g. Tent hire</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="58"/>
        <source>Pengeluaran</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="59"/>
        <source>Penerimaan</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="60"/>
        <source>Tambah pos</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="65"/>
        <source>Penerimaan: {names}</source>
        <translation>Money in: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pos_panel.py" line="67"/>
        <source>Pengeluaran: {names}</source>
        <translation>Money out: {names}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="250"/>
        <source>{title} – pratinjau</source>
        <translation>{title} – preview</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="251"/>
        <source>Cetak… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="252"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="253"/>
        <location filename="../../ui/pdf_preview.py" line="398"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="254"/>
        <source>Sepenuh lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="255"/>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="256"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="257"/>
        <source>Halaman selebar jendela (Ctrl+0)</source>
        <translation>Page as wide as the window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="258"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="259"/>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="260"/>
        <source>Dokumen {path} tidak bisa dibuka untuk pratinjau.</source>
        <translation>Document {path} cannot be opened for preview.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="265"/>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="327"/>
        <location filename="../../ui/pdf_preview.py" line="348"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="328"/>
        <source>Tidak ada printer yang terpasang di komputer ini. Pasang printernya dulu, atau tekan &quot;Simpan sebagai PDF…&quot; lalu cetak berkasnya dari komputer lain.</source>
        <translation>No printer is installed on this computer. Install the printer first, or press &quot;Save as PDF…&quot; and print the file from another computer.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="338"/>
        <source>Cetak {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="349"/>
        <source>Belum tercetak. Dokumen tetap terbuka; coba lagi atau simpan sebagai PDF.</source>
        <translation>Not printed. The document stays open; try again or save it as PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pdf_preview.py" line="351"/>
        <source>Dikirim ke printer {printer}: %n halaman.</source>
        <translation>
            <numerusform>Sent to printer {printer}: %n page.</numerusform>
            <numerusform>Sent to printer {printer}: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="358"/>
        <source>Printer {printer} tidak bisa mulai mencetak. Periksa bahwa printer menyala, kabelnya tersambung dan tidak ada kertas yang macet, lalu coba lagi. Dokumen tetap terbuka.</source>
        <translation>Printer {printer} cannot start printing. Check that the printer is on, its cable is connected and no paper is jammed, then try again. The document stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="362"/>
        <source>Halaman dokumen tidak bisa disiapkan untuk dicetak (memori komputer mungkin kurang). Tutup program lain lalu coba lagi, atau simpan sebagai PDF.</source>
        <translation>The document&apos;s pages could not be prepared for printing (the computer may be short of memory). Close other programs and try again, or save as PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="364"/>
        <source>Pencetakan di {printer} gagal di tengah jalan (kertas habis, macet, atau tinta habis?). Periksa printernya lalu cetak lagi; pilih halaman yang belum tercetak. Dokumen tetap terbuka.</source>
        <translation>Printing on {printer} failed part-way (out of paper, a jam, or out of ink?). Check the printer and print again, choosing the pages not yet printed. The document stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="375"/>
        <location filename="../../ui/pdf_preview.py" line="387"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="376"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="392"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="399"/>
        <source>Folder tidak bisa dibuka dari Lumbung. Dokumen ada di:
{folder}</source>
        <translation>The folder cannot be opened from Lumbung. The document is in:
{folder}</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../ui/shu_wizard.py" line="242"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="243"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="243"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="243"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="244"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="244"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="244"/>
        <source>Jasa dibayar</source>
        <translation>Interest paid</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="245"/>
        <source>Jasa modal</source>
        <translation>Capital share</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="245"/>
        <source>Jasa pinjaman</source>
        <translation>Loan share</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="245"/>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="250"/>
        <source>Pendapatan {income} − beban {expense} − bagi hasil usaha yang sudah dibagi {shared} = SHU tahun {year}: {shu}.</source>
        <translation>Income {income} − expenses {expense} − business profit already shared {shared} = SHU of {year}: {shu}.</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="255"/>
        <source>Tahun ini tidak ada SHU untuk dibagi; RAT memutuskan cara menutup kerugiannya.</source>
        <translation>There is no SHU to share this year; the meeting decides how the loss is covered.</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="257"/>
        <source>Tahun {year} belum ditutup: tutup dulu sebelum mencatat.</source>
        <translation>{year} is not closed yet: close it before recording.</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="194"/>
        <source>Ubah harga – {item}</source>
        <translation>Change price – {item}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="195"/>
        <source>Harga per {unit}. Harga lama tetap tercatat; penjualan memakai harga yang berlaku pada tanggalnya.</source>
        <translation>Price per {unit}. Old prices stay recorded; a sale uses the price in force on its date.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="197"/>
        <source>Harga hari ini</source>
        <translation>Price today</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="198"/>
        <source>Harga baru (Rp)</source>
        <translation>New price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="199"/>
        <location filename="../../ui/usaha/dialogs.py" line="201"/>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="200"/>
        <source>Riwayat harga</source>
        <translation>Price history</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="201"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="201"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="520"/>
        <source>Catat produksi</source>
        <translation>Record production</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="521"/>
        <source>Jumlah dibuat termasuk yang rusak; stok bertambah sebanyak yang baik. Biaya bahan dipindah ke produk.</source>
        <translation>Quantity made includes the broken ones; stock grows by the good ones. The materials&apos; cost moves into the product.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="523"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="523"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="524"/>
        <source>Jumlah dibuat</source>
        <translation>Quantity made</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="524"/>
        <source>Rusak / gagal</source>
        <translation>Broken / failed</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="525"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="525"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="527"/>
        <source>Bahan yang dipakai (bahan, jumlah, satuan):</source>
        <translation>Materials used (material, quantity, unit):</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="529"/>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="206"/>
        <source>Jenis pinjaman</source>
        <translation>Loan product</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="207"/>
        <source>Jenis baru (Ins)</source>
        <translation>New product (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="209"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="211"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="212"/>
        <source>Jasa dan jangka waktu</source>
        <translation>Interest and term</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="213"/>
        <source>Potongan, denda dan aturan lain</source>
        <translation>Deductions, penalty and other rules</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="218"/>
        <location filename="../../ui/loan_products_dialog.py" line="223"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="218"/>
        <source>Persen dari pokok</source>
        <translation>Percent of principal</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="219"/>
        <source>Jumlah tetap</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="223"/>
        <source>Tetap per angsuran terlambat</source>
        <translation>Fixed per late instalment</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="224"/>
        <source>% dari tunggakan per bulan</source>
        <translation>% of arrears per month</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="225"/>
        <source>% dari tunggakan per hari</source>
        <translation>% of arrears per day</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="228"/>
        <source>Dipotong dari uang yang dicairkan</source>
        <translation>Deducted from the payout</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="229"/>
        <source>Dibayar terpisah</source>
        <translation>Paid separately</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="231"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="231"/>
        <source>Cara hitung jasa</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="231"/>
        <source>Jasa per periode (%)</source>
        <translation>Interest per period (%)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="232"/>
        <source>Tanpa jasa</source>
        <translation>Interest-free</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="232"/>
        <source>Periode angsuran</source>
        <translation>Instalment period</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="233"/>
        <source>Jangka waktu paling pendek</source>
        <translation>Shortest term</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="233"/>
        <source>Jangka waktu paling panjang</source>
        <translation>Longest term</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="234"/>
        <source>Pinjaman paling kecil (Rp)</source>
        <translation>Smallest loan (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="235"/>
        <source>Pinjaman paling besar (Rp)</source>
        <translation>Largest loan (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="235"/>
        <source>Pembulatan angsuran</source>
        <translation>Instalment rounding</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="236"/>
        <source>Provisi / administrasi</source>
        <translation>Fee (provisi / administration)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="236"/>
        <source>Cara bayar provisi</source>
        <translation>Fee paid</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="237"/>
        <source>Simpanan wajib ditahan</source>
        <translation>Compulsory savings withheld</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="237"/>
        <source>Denda keterlambatan</source>
        <translation>Late penalty</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="238"/>
        <source>Masa tenggang (hari)</source>
        <translation>Grace period (days)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="238"/>
        <source>Tanggung renteng</source>
        <translation>Joint liability</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="239"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="242"/>
        <source>ya (misalnya dana sosial)</source>
        <translation>yes (e.g. social fund)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="243"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="244"/>
        <source>Kelompok usaha yang anggotanya menunggak tidak mendapat pinjaman baru.</source>
        <translation>A business group with a member in arrears gets no new loans.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="245"/>
        <source>ya, untuk pinjaman baru</source>
        <translation>yes, for new loans</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="246"/>
        <location filename="../../ui/loan_products_dialog.py" line="260"/>
        <source>mis. 1,5</source>
        <translation>e.g. 1,5</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="259"/>
        <source>Besarnya (%)</source>
        <translation>Amount (%)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="259"/>
        <source>Besarnya (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="260"/>
        <source>mis. 25.000</source>
        <translation>e.g. 25.000</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="289"/>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_products_dialog.py" line="407"/>
        <source>Jenis pinjaman “{name}” tersimpan.</source>
        <translation>Loan product “{name}” saved.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="336"/>
        <source>Beli bahan</source>
        <translation>Buy materials</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="337"/>
        <source>Jumlah boleh desimal bila satuannya bisa dipecah (12,5 kg); Rp adalah harga seluruhnya.</source>
        <translation>The quantity may have decimals when its unit can be split (12,5 kg); Rp is the whole price.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="339"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="339"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="340"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="340"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="341"/>
        <source>Harga seluruhnya (Rp)</source>
        <translation>Total price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="342"/>
        <source>Pemasok (dibayar kepada)</source>
        <translation>Supplier (paid to)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="343"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="343"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="345"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="346"/>
        <source>Kredit (utang ke pemasok)</source>
        <translation>Credit (owed to the supplier)</translation>
    </message>
</context>
<context>
    <name>RatPackDialog</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="204"/>
        <source>Cetak laporan RAT</source>
        <translation>Print the annual meeting report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="205"/>
        <source>Satu dokumen untuk Rapat Anggota Tahunan: neraca, laporan hasil usaha, pembagian SHU, portofolio pinjaman, hasil usaha kelompok dan sumber dana, dengan halaman sampul dan tanda tangan pengurus.</source>
        <translation>One document for the annual members&apos; meeting: balance sheet, income statement, SHU distribution, loan portfolio, the group&apos;s businesses and capital sources, with a cover page and the board&apos;s signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="208"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="209"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="149"/>
        <source>Tarif penyisihan piutang</source>
        <translation>Allowance rates</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="150"/>
        <source>Persen dari sisa pinjaman yang disisihkan untuk setiap kolektibilitas (0 sampai 100).</source>
        <translation>Percent of the outstanding principal set aside for each classification (0 to 100).</translation>
    </message>
    <message>
        <location filename="../../ui/allowance_dialog.py" line="152"/>
        <source>{name} (%)</source>
        <translation>{name} (%)</translation>
    </message>
</context>
<context>
    <name>RecapWindow</name>
    <message>
        <location filename="../../ui/recap_window.py" line="141"/>
        <source>Rekap kecamatan</source>
        <translation>Sub-district recap</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="142"/>
        <source>&amp;Sumber: buku (.sqlite) dan cadangan (.lumbung) dari desa-desa, atau foldernya</source>
        <translation>&amp;Sources: the villages&apos; books (.sqlite) and backups (.lumbung), or their folder</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="143"/>
        <source>Tambah &amp;folder…</source>
        <translation>Add &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="144"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="145"/>
        <source>Tambah buku di se&amp;rver…</source>
        <translation>Add a book on a se&amp;rver…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="146"/>
        <source>&amp;Hapus dari daftar</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="147"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="148"/>
        <source>Keadaan per tanggal</source>
        <translation>As of a date</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="149"/>
        <source>Satu tahun penuh</source>
        <translation>A whole year</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="150"/>
        <source>&amp;Rekap</source>
        <translation>&amp;Recap</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="151"/>
        <source>Catatan dan sumber yang tidak terbaca:</source>
        <translation>Notes and sources that could not be read:</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="152"/>
        <source>Simpan P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="153"/>
        <source>Simpan &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="154"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="175"/>
        <location filename="../../ui/recap_window.py" line="182"/>
        <source>Buku di server</source>
        <translation>Book on a server</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="175"/>
        <source>Alamat basis data (postgresql://pengguna@server/nama):</source>
        <translation>Database address (postgresql://user@server/name):</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="180"/>
        <source>Alamat ditulis postgresql://pengguna@server/nama_basis_data.</source>
        <translation>Write the address as postgresql://user@server/database_name.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="183"/>
        <source>Kata sandi untuk {address} (kosongkan bila tidak perlu):</source>
        <translation>Password for {address} (leave empty if none is needed):</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="192"/>
        <source>Folder berisi buku dan cadangan</source>
        <translation>Folder with books and backups</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="198"/>
        <source>Buku dan cadangan</source>
        <translation>Books and backups</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="199"/>
        <source>Buku dan cadangan Lumbung (*.sqlite *.db *.lumbung);;Semua berkas (*)</source>
        <translation>Lumbung books and backups (*.sqlite *.db *.lumbung);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="218"/>
        <source>Pilih dulu folder, berkas atau buku di server yang direkap.</source>
        <translation>First choose the folders, files or server books to recap.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="226"/>
        <source>Tanggal ditulis hh/bb/tttt, misalnya 17/08/2026.</source>
        <translation>Write the date as dd/mm/yyyy, e.g. 17/08/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="243"/>
        <source>Kata sandi salah untuk cadangan ini.</source>
        <translation>Wrong passphrase for this backup.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="268"/>
        <source>Membaca buku-buku…</source>
        <translation>Reading the books…</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="296"/>
        <source>Rekap gagal.</source>
        <translation>The recap failed.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="313"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="313"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="313"/>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="313"/>
        <source>Transaksi terakhir</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="314"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="314"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="314"/>
        <source>Sisa pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="314"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="315"/>
        <source>Jumlah aset</source>
        <translation>Total assets</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="315"/>
        <source>Laba usaha</source>
        <translation>Business profit</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="315"/>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="329"/>
        <source>Jumlah {n} kelompok</source>
        <translation>Total of {n} groups</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="368"/>
        <source>* transaksi terakhir lebih dari {days} hari sebelum tanggal rekap: data mungkin belum lengkap.</source>
        <translation>* last entry more than {days} days before the recap&apos;s date: the figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="371"/>
        <source>{path}: salinan lebih lama dari {used}; tidak dihitung.</source>
        <translation>{path}: an older copy of {used}; not counted.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="375"/>
        <source>Semua sumber terbaca.</source>
        <translation>Every source was read.</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="380"/>
        <source>Simpan rekap sebagai PDF</source>
        <translation>Save the recap as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="383"/>
        <source>Simpan rekap sebagai Excel</source>
        <translation>Save the recap as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="383"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="395"/>
        <source>Gagal menyimpan {path} ({code}).</source>
        <translation>Could not save {path} ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/recap_window.py" line="397"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptAfterSave</name>
    <message>
        <location filename="../../ui/receipt_done.py" line="68"/>
        <source>Tersimpan, bukti kas keluar {number}. Ctrl+P mencetaknya; Enter menutup.</source>
        <translation>Saved, cash payment voucher {number}. Ctrl+P prints it; Enter closes.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_done.py" line="69"/>
        <source>Cetak bukti kas keluar (Ctrl+P)</source>
        <translation>Print payment voucher (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_done.py" line="71"/>
        <source>Tersimpan, kuitansi {number}. Ctrl+P mencetak kuitansi; Enter menutup.</source>
        <translation>Saved, receipt {number}. Ctrl+P prints the receipt; Enter closes.</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_done.py" line="72"/>
        <source>Cetak kuitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_done.py" line="75"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="133"/>
        <source>Catat penerimaan</source>
        <translation>Record money in</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="134"/>
        <source>Uang masuk dari luar simpanan dan angsuran anggota. Kuitansi dibuat untuk pemberinya.</source>
        <translation>Money received from outside the members’ savings and instalments. A receipt is made for whoever gave it.</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="136"/>
        <source>Penerimaan dari</source>
        <translation>Income from</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="137"/>
        <source>Diterima dari</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="138"/>
        <source>misalnya Bunga tabungan Maret</source>
        <translation>e.g. Savings interest for March</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="139"/>
        <source>misalnya Pemerintah Desa</source>
        <translation>e.g. Village government</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery_code.py" line="75"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="78"/>
        <source>Kata sandi Ketua sudah diganti. Kode pemulihan yang tadi dipakai tidak berlaku lagi; ini kode yang baru. Kode ini hanya ditampilkan sekarang. Cetak atau salin ke kertas, lalu simpan di tempat aman dan buang kertas yang lama.</source>
        <translation>The Ketua&apos;s password has been changed. The recovery code just used no longer works; this is the new one. It is shown only now. Print it or copy it onto paper, keep it somewhere safe, and throw the old paper away.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="83"/>
        <source>Masuk dengan kata sandi sudah aktif. Ini kode pemulihan: bila Ketua lupa kata sandinya, kode ini membukanya kembali. Kode ini hanya ditampilkan sekarang. Cetak atau salin ke kertas, lalu simpan di tempat aman.</source>
        <translation>Password sign-in is on. This is the recovery code: if the Ketua forgets her password, this code opens her account again. It is shown only now. Print it or copy it onto paper, and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="86"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="87"/>
        <source>Sudah saya simpan</source>
        <translation>I have kept it</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="95"/>
        <source>Cetak kode pemulihan</source>
        <translation>Print the recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="492"/>
        <source>Terima pemulihan – {loan}</source>
        <translation>Receive a recovery – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="494"/>
        <source>Uang yang diterima atas pinjaman yang sudah dihapusbukukan dicatat sebagai pendapatan pemulihan piutang, dengan kuitansi.</source>
        <translation>Money received on a loan already written off is recorded as income from recoveries, with a receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="496"/>
        <source>Dihapusbukukan</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="496"/>
        <source>Sudah kembali</source>
        <translation>Already recovered</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="497"/>
        <source>Jumlah diterima (Rp)</source>
        <translation>Amount received (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="497"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="498"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="500"/>
        <source>Terima</source>
        <translation>Receive</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="140"/>
        <source>Buka kembali buku</source>
        <translation>Reopen the books</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="141"/>
        <source>Membuka kembali dicatat di riwayat buku: siapa, kapan dan alasannya, dan tampil pada laporan periode itu. Tahun yang dibuka kembali harus ditutup lagi.</source>
        <translation>A reopening is kept in the book&apos;s history (who, when and why) and shown on that period&apos;s reports. A reopened year must be closed again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="143"/>
        <source>Buka mulai tanggal</source>
        <translation>Reopen from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="144"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="145"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="243"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="244"/>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="245"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="246"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="247"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="248"/>
        <source>Nomor kuitansi</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="249"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>Dibandingkan dengan</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="251"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="252"/>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="253"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="254"/>
        <source>misalnya KW/2026/000123</source>
        <translation>e.g. KW/2026/000123</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="255"/>
        <source>Buat dokumen (Enter)</source>
        <translation>Make document (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="256"/>
        <source>Catatan kelompok…</source>
        <translation>The group&apos;s notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>Panah atas/bawah memilih dokumen, Tab pindah ke isian berikutnya, Enter membuat dokumen. Dokumen disimpan di folder &quot;dokumen&quot; di samping buku dan dibuka untuk dicetak.</source>
        <translation>Up/down arrows choose a document, Tab moves to the next field, Enter makes the document. Documents are saved in the &quot;dokumen&quot; folder beside the book and opened for printing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <location filename="../../ui/pages/reports.py" line="280"/>
        <location filename="../../ui/pages/reports.py" line="347"/>
        <source>Semua anggota</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="268"/>
        <location filename="../../ui/pages/reports.py" line="287"/>
        <source>Semua akun</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="271"/>
        <source>Periode yang sama tahun lalu</source>
        <translation>The same period last year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="272"/>
        <source>Tahun lalu penuh</source>
        <translation>The whole of last year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="339"/>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="341"/>
        <source>Tanggal rapat</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="343"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="365"/>
        <source>{start} – {end} dibandingkan dengan {before_start} – {before_end}</source>
        <translation>{start} – {end} compared with {before_start} – {before_end}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="446"/>
        <source>Dokumen tersimpan: {path}</source>
        <translation>Document saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="104"/>
        <source>Cetak ulang kuitansi</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="105"/>
        <source>&amp;Nomor (490 = KW/{year}/000490; bukti kas keluar: BKK 17)</source>
        <translation>&amp;Number (490 = KW/{year}/000490; cash payment voucher: BKK 17)</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="107"/>
        <source>&amp;Anggota</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="108"/>
        <source>&amp;Dari tanggal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="109"/>
        <source>s&amp;ampai</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="112"/>
        <source>Semua anggota</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="113"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="113"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="113"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="114"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="115"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reprint_dialog.py" line="141"/>
        <source>Kuitansi {number} dibuka untuk dicetak; yang sudah pernah dicetak bertanda SALINAN.</source>
        <translation>Receipt {number} opened for printing; one printed before is marked COPY.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/users_panel.py" line="165"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="166"/>
        <source>Kata sandi baru untuk {name}. Berikan kepadanya secara langsung; ia bisa menggantinya sendiri nanti.</source>
        <translation>A new password for {name}. Give it to her in person; she can change it herself later.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="168"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="169"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="47"/>
        <source>Cadangan tidak bisa dipulihkan</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="52"/>
        <source>{why}
Buku sekarang tidak diubah.</source>
        <translation>{why}
The current book is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="59"/>
        <source>Memeriksa cadangan…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="61"/>
        <location filename="../../ui/restore_dialog.py" line="208"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="209"/>
        <source>Cadangan: {path}</source>
        <translation>Backup: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="210"/>
        <source>Isi cadangan ini</source>
        <translation>In this backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="211"/>
        <source>Buku sekarang</source>
        <translation>The current book</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="213"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="213"/>
        <source>Dibuat pada</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="214"/>
        <source>Anggota (aktif)</source>
        <translation>Members (active)</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="214"/>
        <source>Transaksi</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="215"/>
        <source>Transaksi terakhir</source>
        <translation>Last transaction</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="215"/>
        <source>Saldo kas</source>
        <translation>Cash balance</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="215"/>
        <source>Saldo bank</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="221"/>
        <source>Memulihkan mengganti seluruh isi buku sekarang dengan isi cadangan ini. Buku sekarang lebih dulu disimpan di samping (tidak dihapus), sehingga masih bisa dibuka lagi lewat Berkas → Buka buku lain. Transaksi yang dicatat sesudah cadangan ini dibuat tidak ada di dalam cadangan.</source>
        <translation>Restoring replaces the whole current book with what this backup holds. The current book is first saved beside it (not deleted), so it can still be opened with File → Open another book. Transactions recorded after this backup was made are not in the backup.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="226"/>
        <source>Pulihkan buku dari cadangan ini</source>
        <translation>Restore the book from this backup</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="227"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="227"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="234"/>
        <source>{members} ({active})</source>
        <translation>{members} ({active})</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="237"/>
        <source>belum ada transaksi</source>
        <translation>no transactions yet</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="257"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="294"/>
        <source>Pemulihan gagal ({reason}).</source>
        <translation>The restore failed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="298"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="300"/>
        <source>Pemulihan dibatalkan. Buku sekarang tidak diubah.</source>
        <translation>Restore cancelled. The current book is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="307"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="967"/>
        <source>Aturan bagi hasil</source>
        <translation>Profit-share rule</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="968"/>
        <source>Laba usaha dibagi menurut persen berikut; jumlahnya harus tepat 100%. Bagian anggota dibagi menurut dasar yang dipilih.</source>
        <translation>The business&apos;s profit is split by these percentages, which must add up to exactly 100%. The members&apos; part is split by the chosen basis.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="970"/>
        <source>Dasar bagian anggota</source>
        <translation>Basis of the members&apos; part</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="976"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>RuleStep</name>
    <message>
        <location filename="../../ui/shu_wizard.py" line="38"/>
        <source>Anggota, menurut simpanan (jasa modal)</source>
        <translation>Members, by savings (capital share)</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="39"/>
        <source>Anggota, menurut jasa yang dibayar (jasa pinjaman)</source>
        <translation>Members, by interest paid (loan share)</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="40"/>
        <source>Dana cadangan</source>
        <translation>Reserve fund</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="41"/>
        <source>Dana insentif PAUD</source>
        <translation>PAUD teachers&apos; incentive fund</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="42"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="43"/>
        <source>SHU belum dibagikan (dibayar kemudian)</source>
        <translation>Undistributed SHU (paid later)</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="139"/>
        <source>Aturan pembagian</source>
        <translation>The split rule</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="140"/>
        <source>Persen setiap bagian (boleh dua angka desimal, misalnya 12,5); jumlahnya harus tepat 100%. Ubahan disimpan bersama pembagian SHU tahun ini.</source>
        <translation>Each part&apos;s percentage (up to two decimals, e.g. 12,5); together exactly 100%. Changes are kept with this year&apos;s SHU distribution.</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="142"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="142"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="142"/>
        <source>Untuk</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="143"/>
        <source>Tambah bagian</source>
        <translation>Add a part</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="144"/>
        <source>Hapus bagian</source>
        <translation>Remove a part</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="145"/>
        <source>Simpanan yang dihitung</source>
        <translation>Savings counted</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="146"/>
        <source>Anggota yang keluar selama tahun itu</source>
        <translation>Members who left during the year</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="147"/>
        <source>Saldo akhir tahun</source>
        <translation>Year-end balance</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="148"/>
        <source>Rata-rata saldo akhir bulan</source>
        <translation>Average of the months&apos; end balances</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="149"/>
        <source>Tidak ikut dibagi</source>
        <translation>Do not share</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="150"/>
        <source>Ikut dibagi, dibayar tunai</source>
        <translation>Share, paid in cash</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="694"/>
        <source>Stok {item}: {quantity}</source>
        <translation>Stock of {item}: {quantity}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="723"/>
        <source>Jual</source>
        <translation>Sell</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="724"/>
        <source>Harga diambil dari daftar harga pada tanggal jual dan boleh diubah. Jual tunai mendapat kuitansi; jual kredit masuk piutang penjualan.</source>
        <translation>The price comes from the price list on the sale&apos;s date and may be changed. A cash sale gets a receipt; a credit sale is owed by the buyer.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="726"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="726"/>
        <source>Pembeli</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="727"/>
        <location filename="../../ui/usaha/dialogs.py" line="731"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="727"/>
        <source>Nama pembeli</source>
        <translation>Buyer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="728"/>
        <location filename="../../ui/usaha/dialogs.py" line="736"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="728"/>
        <source>Dijual oleh</source>
        <translation>Sold by</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="729"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="729"/>
        <source>Diterima di</source>
        <translation>Received into</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="731"/>
        <source>Pembeli umum (tanpa nama)</source>
        <translation>Walk-in buyer (no name)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="732"/>
        <source>Pembeli lain (sebut nama)</source>
        <translation>Other buyer (give the name)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="734"/>
        <source>— tidak dicatat —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="735"/>
        <source>Barang yang dijual:</source>
        <translation>Goods sold:</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="736"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="736"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="737"/>
        <source>Harga satuan (Rp)</source>
        <translation>Unit price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="737"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="740"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="742"/>
        <source>Tunai (dengan kuitansi)</source>
        <translation>Cash (with a receipt)</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="743"/>
        <source>Kredit (piutang)</source>
        <translation>Credit (owed by the buyer)</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <location filename="../../ui/pages/savings.py" line="197"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="198"/>
        <source>nomor atau nama anggota</source>
        <translation>member number or name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="199"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="200"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="200"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="200"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="201"/>
        <source>Menunggak wajib</source>
        <translation>Behind on wajib</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="203"/>
        <source>Jumlah semua anggota:</source>
        <translation>All members together:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="204"/>
        <location filename="../../ui/pages/savings.py" line="210"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="204"/>
        <location filename="../../ui/pages/savings.py" line="210"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="204"/>
        <location filename="../../ui/pages/savings.py" line="211"/>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="205"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="209"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="210"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="213"/>
        <source>Setor (F4)</source>
        <translation>Deposit (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="214"/>
        <source>Tarik sukarela (F5)</source>
        <translation>Withdraw sukarela (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="215"/>
        <source>Batalkan transaksi… (F6)</source>
        <translation>Cancel transaction… (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="218"/>
        <source>Batalkan seluruh transaksi baris buku simpanan yang dipilih, dengan melihat dulu semua barisnya</source>
        <translation>Cancel the whole transaction of the chosen passbook line, after seeing all its lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="216"/>
        <source>Anggota keluar &amp;&amp; pengembalian (F7)</source>
        <translation>Member leaves &amp;&amp; payout (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="217"/>
        <source>Atur besaran simpanan (F8)</source>
        <translation>Savings amounts (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="219"/>
        <source>Cetak buku simpanan (Ctrl+P)</source>
        <translation>Print passbook (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="220"/>
        <source>Buku simpanan anggota yang dipilih sampai hari ini, untuk dicetak</source>
        <translation>The selected member&apos;s passbook up to today, to print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/savings.py" line="281"/>
        <source>%n anggota ditampilkan</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="337"/>
        <source>Pilih anggota di tabel</source>
        <translation>Choose a member in the table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="341"/>
        <source>Buku simpanan</source>
        <translation>Passbook</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="352"/>
        <source>Keluar pada {date}.</source>
        <translation>Left on {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/savings.py" line="354"/>
        <source>Buku simpanan – {member}</source>
        <translation>Passbook – {member}</translation>
    </message>
</context>
<context>
    <name>SavingsTableModel</name>
    <message>
        <location filename="../../ui/savings_table.py" line="70"/>
        <source>No.
Anggota</source>
        <translation>Member
no.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="70"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="70"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="70"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="70"/>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="71"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="71"/>
        <source>Tunggakan
wajib</source>
        <translation>Wajib
arrears</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/savings_table.py" line="83"/>
        <source>{amount} (%n bln)</source>
        <translation>
            <numerusform>{amount} (%n mo.)</numerusform>
            <numerusform>{amount} (%n mo.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="87"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/savings_table.py" line="88"/>
        <source>Keluar {date}</source>
        <translation>Left {date}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../ui/schedule_table.py" line="51"/>
        <source>Angsuran
ke</source>
        <translation>Instalment
no.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="51"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="51"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="51"/>
        <source>Jasa</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="52"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="52"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="52"/>
        <source>Sisa
pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="60"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="62"/>
        <source>Sebagian (kurang {amount})</source>
        <translation>Partly ({amount} short)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_table.py" line="64"/>
        <source>Belum dibayar</source>
        <translation>Unpaid</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="214"/>
        <source>Buku bersama di server (PostgreSQL)</source>
        <translation>A book shared on a server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="217"/>
        <source>Buku ini disimpan di server kantor dan bisa dipakai bersamaan dari beberapa komputer. Salinannya dapat dibuat sebagai berkas buku di komputer ini.</source>
        <translation>This book is kept on the office&apos;s server and can be used from several computers at once. A copy can be made as a book file on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="219"/>
        <source>Salin buku ke berkas…</source>
        <translation>Copy the book to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="222"/>
        <source>Bila dua atau tiga pengurus perlu memakai buku ini bersamaan dari komputer yang berbeda, buku dapat dipindahkan ke server PostgreSQL kantor (basis data kosong yang dibuat pengelola server). Buku di komputer ini tetap ada dan tidak diubah.</source>
        <translation>When two or three officers need to use this book at once from different computers, it can be moved to the office&apos;s PostgreSQL server (an empty database made by the server&apos;s administrator). The book on this computer stays and is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/move_book_dialog.py" line="225"/>
        <source>Pindahkan buku ke server…</source>
        <translation>Move the book to the server…</translation>
    </message>
</context>
<context>
    <name>SetoranDialog</name>
    <message>
        <location filename="../../ui/setoran_page.py" line="162"/>
        <source>Setoran anggota</source>
        <translation>Member payment</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="163"/>
        <source>&amp;Anggota (nomor atau nama)</source>
        <translation>&amp;Member (number or name)</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="164"/>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="165"/>
        <source>&amp;Uang diterima (Rp)</source>
        <translation>Cash &amp;received (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="166"/>
        <source>Dibagi menjadi</source>
        <translation>Split into</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="170"/>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="170"/>
        <location filename="../../ui/setoran_page.py" line="394"/>
        <source>Angsuran pokok</source>
        <translation>Principal instalment</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="170"/>
        <location filename="../../ui/setoran_page.py" line="393"/>
        <source>Jasa</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="170"/>
        <location filename="../../ui/setoran_page.py" line="393"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="171"/>
        <source>Jumlah tagihan</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="171"/>
        <source>Sisa pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="173"/>
        <source>Sisanya ke simpanan &amp;sukarela</source>
        <translation>Rest to &amp;voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="174"/>
        <source>Ubah pembagian (Tab), bila perlu:</source>
        <translation>Change the split (Tab) if needed:</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="176"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="177"/>
        <source>Cetak kuitansi (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="178"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="274"/>
        <source>Simpanan wajib terutang: {owed} (bulan ini {month})</source>
        <translation>Compulsory savings owed: {owed} (this month {month})</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="276"/>
        <source>Jumlah tagihan hari ini: {total}</source>
        <translation>Due today: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="321"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="323"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="325"/>
        <source>Pinjaman {loan}</source>
        <translation>Loan {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="398"/>
        <source>  (termasuk angsuran berikutnya {loan}: {amount})</source>
        <translation>  (including next instalments of {loan}: {amount})</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="401"/>
        <source>Simpanan wajib: {amount}</source>
        <translation>Compulsory savings: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="403"/>
        <source>Simpanan sukarela: {amount}</source>
        <translation>Voluntary savings: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/setoran_page.py" line="430"/>
        <source>Tersimpan: {member}, {amount}, kuitansi {number}. Ctrl+P mencetak kuitansi.</source>
        <translation>Saved: {member}, {amount}, receipt {number}. Ctrl+P prints the receipt.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Perubahan pengaturan belum disimpan. Simpan sekarang?</source>
        <translation>The changes to the settings are not saved. Save them now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>Tampilan di komputer ini</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="208"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="210"/>
        <source>Kelompok (disimpan di dalam buku)</source>
        <translation>Group (kept in the book)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="211"/>
        <source>Pengurus (menandatangani laporan)</source>
        <translation>Officers (sign the reports)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="212"/>
        <source>Profil kelompok untuk lomba UP2K</source>
        <translation>Group profile for the UP2K competition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="213"/>
        <source>Alamat bawaan anggota baru</source>
        <translation>Default address of new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="214"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="215"/>
        <source>Pembukuan</source>
        <translation>Bookkeeping</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="219"/>
        <source>Data pribadi anggota</source>
        <translation>Members&apos; personal data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="221"/>
        <source>Data anggota (nama, NIK, tempat dan tanggal lahir, telepon, alamat) disimpan hanya di dalam buku di komputer ini dan di cadangannya; simpan cadangan di flashdisk dengan kata sandi. NIK dan alamat lengkap hanya terlihat oleh Ketua dan Sekretaris; Bendahara dan Pemeriksa melihat NIK yang disamarkan (6308••••••••0001) dan desanya saja. Setiap ekspor ke Excel dan setiap cetakan Buku Daftar Anggota dicatat di Jejak Audit.
Bila anggota meminta datanya: buka anggota itu (Anggota → Ubah) lalu “Ekspor data pribadi”. Bila ia meminta datanya dihapus (UU 27/2022): setelah ia keluar dan simpanan serta pinjamannya selesai, Ketua memilih “Hapus data pribadi”. Catatan uangnya tetap; namanya menjadi “Anggota 0012 (data dihapus)”, dan penghapusan dicatat di Jejak Audit.</source>
        <translation>Members&apos; data (name, NIK, place and date of birth, phone, address) is kept only in the book on this computer and in its backups; keep backups on a flashdisk with a passphrase. The full NIK and address are shown only to the Chair and the Secretary; the Treasurer and the Examiner see the NIK masked (6308••••••••0001) and only the village. Every export to Excel and every printed Register of members is recorded in the Audit trail.
When a member asks for her data: open her (Members → Edit), then “Export personal data”. When she asks for it to be erased (UU 27/2022): once she has left and her savings and loans are settled, the Chair chooses “Erase personal data”. Her money records stay; her name becomes “Anggota 0012 (data dihapus)”, and the erasure is recorded in the Audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Nama petugas</source>
        <translation>Operator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="232"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Alamat kelompok</source>
        <translation>Group address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="234"/>
        <source>Nama tempat (untuk kuitansi)</source>
        <translation>Place name (for receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="235"/>
        <source>Dusun</source>
        <translation>Hamlet (dusun)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="236"/>
        <source>Desa/kelurahan kelompok</source>
        <translation>Group&apos;s village (desa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="237"/>
        <source>Kecamatan kelompok</source>
        <translation>Group&apos;s district (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="238"/>
        <source>Kabupaten kelompok</source>
        <translation>Group&apos;s regency (kabupaten)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="239"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="240"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="241"/>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Tahun berdiri</source>
        <translation>Founded in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="243"/>
        <source>Modal awal (Rp)</source>
        <translation>Starting capital (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="244"/>
        <source>Sumber modal awal</source>
        <translation>Source of starting capital</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="245"/>
        <source>Mitra (bank, CSR, dinas)</source>
        <translation>Partners (banks, CSR, government)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="246"/>
        <source>Tingkat UP2K</source>
        <translation>UP2K level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="247"/>
        <source>Desa anggota baru</source>
        <translation>Village for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="248"/>
        <source>Kecamatan anggota baru</source>
        <translation>Kecamatan for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="249"/>
        <source>Kabupaten anggota baru</source>
        <translation>Kabupaten for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="250"/>
        <source>Provinsi anggota baru</source>
        <translation>Province for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="251"/>
        <source>Kertas kuitansi</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="252"/>
        <source>Tampilkan kode akun</source>
        <translation>Show account codes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>Saldo bank boleh minus</source>
        <translation>Bank balance may go below zero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>Setoran dibagi</source>
        <translation>Split of a payment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>misalnya 2009</source>
        <translation>e.g. 2009</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258"/>
        <source>misalnya 800.000</source>
        <translation>e.g. 800.000</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="259"/>
        <source>misalnya Bank Kalsel; CSR PT Adaro</source>
        <translation>e.g. Bank Kalsel; CSR PT Adaro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="261"/>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="267"/>
        <source>Bawaan (setengah F4)</source>
        <translation>Default (half F4)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268"/>
        <source>Setengah F4 (215 × 165 mm)</source>
        <translation>Half F4 (215 × 165 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="269"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>Kertas gulung 58 mm (printer termal)</source>
        <translation>58 mm roll (thermal printer)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="273"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="274"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="276"/>
        <source>Hanya bila bank memberi kelompok cerukan (overdraft). Kas tunai tidak pernah boleh minus.</source>
        <translation>Only if the bank gives the group an overdraft. Cash on hand can never go below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="280"/>
        <source>Bawaan (angsuran pinjaman dulu)</source>
        <translation>Default (loan instalments first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="281"/>
        <source>Angsuran pinjaman dulu, lalu simpanan wajib</source>
        <translation>Loan instalments first, then compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="282"/>
        <source>Simpanan wajib dulu, lalu angsuran pinjaman</source>
        <translation>Compulsory savings first, then loan instalments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="284"/>
        <source>Tarif penyisihan piutang (PPAP)…</source>
        <translation>Allowance rates (PPAP)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="285"/>
        <source>Logo (PNG atau JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="286"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="287"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="289"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="291"/>
        <location filename="../../ui/pages/settings.py" line="360"/>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="384"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="388"/>
        <source>Pilih logo kelompok</source>
        <translation>Choose the group&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="389"/>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="399"/>
        <source>Berkas tidak bisa dibaca: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="244"/>
        <source>Anggota keluar – {member}</source>
        <translation>Member leaves – {member}</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="246"/>
        <source>{member} keluar dari kelompok. Simpanan pokok, wajib dan sukarelanya dikembalikan, dikurangi pelunasan pinjamannya, dan ia ditandai keluar. Nomor anggota dan riwayatnya tetap disimpan.</source>
        <translation>{member} leaves the group. Her pokok, wajib and sukarela savings are paid back, less the payoff of her loans, and she is marked as left. Her member number and history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="250"/>
        <source>Simpanan pokok</source>
        <translation>Simpanan pokok</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="250"/>
        <source>Simpanan wajib</source>
        <translation>Simpanan wajib</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="251"/>
        <source>Simpanan sukarela</source>
        <translation>Simpanan sukarela</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="251"/>
        <source>Jumlah simpanan</source>
        <translation>Total savings</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="252"/>
        <source>Dibayarkan kepadanya</source>
        <translation>Paid out to her</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="252"/>
        <source>Dikurangi pelunasan pinjaman</source>
        <translation>Less the payoff of her loans</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="253"/>
        <source>Tanggal keluar</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="253"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="258"/>
        <source>Pelunasan {number} (pokok {pokok}, jasa {jasa}, denda {denda})</source>
        <translation>Payoff {number} (principal {pokok}, interest {jasa}, penalty {denda})</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="261"/>
        <source>Keluarkan dan bayar {amount}</source>
        <translation>Mark as left and pay {amount}</translation>
    </message>
</context>
<context>
    <name>ShareWords</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="988"/>
        <source>Anggota yang bekerja</source>
        <translation>Working members</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="988"/>
        <source>Dana cadangan</source>
        <translation>Reserve fund</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="989"/>
        <source>SHU belum dibagikan</source>
        <translation>Undistributed surplus</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="989"/>
        <source>Dana insentif PAUD</source>
        <translation>PAUD incentive fund</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="990"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="993"/>
        <source>Jam kerja</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="993"/>
        <source>Jumlah hasil kerja</source>
        <translation>Pieces made</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="994"/>
        <source>Penjualan yang dilakukan</source>
        <translation>Sales made</translation>
    </message>
</context>
<context>
    <name>ShuWizard</name>
    <message>
        <location filename="../../ui/shu_wizard.py" line="394"/>
        <location filename="../../ui/shu_wizard.py" line="405"/>
        <source>Bagi SHU</source>
        <translation>Share the SHU</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="395"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="396"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="397"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="398"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="405"/>
        <source>Tutup tanpa mencatat? Isian di langkah ini akan hilang.</source>
        <translation>Close without recording? What was filled in will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="406"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="406"/>
        <source>Kembali ke isian</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="71"/>
        <source>Masuk ke Lumbung</source>
        <translation>Sign in to Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="72"/>
        <source>Lumbung terkunci. Tulis nama dan kata sandi Anda untuk melanjutkan.</source>
        <translation>Lumbung is locked. Type your name and password to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="73"/>
        <source>Tulis nama dan kata sandi Anda.</source>
        <translation>Type your name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="74"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="75"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="76"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="77"/>
        <source>Lupa kata sandi Ketua?</source>
        <translation>Ketua&apos;s password forgotten?</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="78"/>
        <source>Tutup Lumbung</source>
        <translation>Close Lumbung</translation>
    </message>
</context>
<context>
    <name>StandardCostDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="227"/>
        <source>Ubah harga pokok – {item}</source>
        <translation>Change standard cost – {item}</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="228"/>
        <source>Harga pokok standar per {unit}.</source>
        <translation>Standard cost per {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="229"/>
        <source>Harga pokok sekarang</source>
        <translation>Current standard cost</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="230"/>
        <source>Harga pokok baru (Rp)</source>
        <translation>New standard cost (Rp)</translation>
    </message>
</context>
<context>
    <name>StartupRefusal</name>
    <message>
        <location filename="../../ui/startup.py" line="40"/>
        <source>Lumbung tidak bisa membuka buku</source>
        <translation>Lumbung cannot open the book</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="44"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="45"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="47"/>
        <source>Buka buku lain…</source>
        <translation>Open another book…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="48"/>
        <source>Buat buku baru di sini</source>
        <translation>Make a new book here</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="49"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="142"/>
        <source>Buka buku lain</source>
        <translation>Open another book</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="143"/>
        <source>Buku Lumbung (*.sqlite);;Semua berkas (*)</source>
        <translation>Lumbung books (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="172"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="174"/>
        <source>Cadangan Lumbung (*.lumbung);;Semua berkas (*)</source>
        <translation>Lumbung backups (*.lumbung);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="192"/>
        <source>Buku dipulihkan dari cadangan {group} ({created}).</source>
        <translation>The book was restored from the backup of {group} ({created}).</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="195"/>
        <source>Berkas buku sebelumnya disimpan di: {path}</source>
        <translation>The previous book file was kept at: {path}</translation>
    </message>
</context>
<context>
    <name>StornoDialog</name>
    <message>
        <location filename="../../ui/storno_dialog.py" line="64"/>
        <source>Batalkan transaksi…</source>
        <translation>Cancel transaction…</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="167"/>
        <location filename="../../ui/storno_dialog.py" line="193"/>
        <source>Batalkan transaksi</source>
        <translation>Cancel transaction</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="168"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="168"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="168"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="169"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="169"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="172"/>
        <source>Transaksi {date} “{description}” dibatalkan seluruhnya: setiap baris di bawah dibalik oleh transaksi storno. Transaksi aslinya tetap tercatat.</source>
        <translation>The transaction of {date} “{description}” is cancelled as a whole: every line below is reversed by a storno. The original transaction stays in the book.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="175"/>
        <source>Uang kas/bank</source>
        <translation>Cash/bank money</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="177"/>
        <source>{amount} diterima; dikembalikan (keluar lagi)</source>
        <translation>{amount} received; paid back (goes out again)</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="179"/>
        <source>{amount} dibayarkan; kembali masuk</source>
        <translation>{amount} paid out; comes back in</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="181"/>
        <source>tidak ada uang kas/bank yang bergerak</source>
        <translation>no cash or bank money moved</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="183"/>
        <source>Kuitansi dibatalkan</source>
        <translation>Receipt cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="184"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="186"/>
        <source>(ditandai BATAL; pembatalan mendapat kuitansinya sendiri)</source>
        <translation>(marked CANCELLED; the cancellation gets a receipt of its own)</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="190"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="191"/>
        <source>Tanggal storno</source>
        <translation>Reversal date</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="192"/>
        <source>misalnya: salah jumlah, dobel dicatat</source>
        <translation>e.g. wrong amount, entered twice</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="198"/>
        <source>Pembayaran pinjaman {loan} dibatalkan (pokok {pokok}, jasa {jasa}, denda {denda}); jadwalnya kembali seperti sebelum pembayaran.</source>
        <translation>The payment on loan {loan} is cancelled (principal {pokok}, interest {jasa}, penalty {denda}); its schedule is back as before the payment.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="203"/>
        <source>Pinjaman {loan} kembali berstatus disetujui (belum dicairkan); jadwal angsurannya dihapus.</source>
        <translation>Loan {loan} is approved again (not paid out); its instalment schedule is removed.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="206"/>
        <source>Provisi {loan} yang dibayar terpisah ({amount}, kuitansi {receipt}) ikut dibatalkan dan dikembalikan.</source>
        <translation>The fee of {loan} paid separately ({amount}, receipt {receipt}) is cancelled with it and paid back.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="210"/>
        <source>Stok {item} kembali {quantity} {unit}.</source>
        <translation>{quantity} {unit} of {item} come back into stock.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="212"/>
        <source>Stok {item} keluar lagi {quantity} {unit}.</source>
        <translation>{quantity} {unit} of {item} leave the stock again.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="214"/>
        <source>{item} keluar dari Buku Inventaris pada tanggal storno.</source>
        <translation>{item} leaves the asset register on the date of the reversal.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="216"/>
        <source>{item} kembali tercatat dimiliki di Buku Inventaris.</source>
        <translation>{item} is held again in the asset register.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="218"/>
        <source>Penyusutan {items} barang dibatalkan; periode ini bisa dibukukan lagi.</source>
        <translation>Depreciation of {items} items is reversed; this period can be posted again.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="220"/>
        <source>Pemulihan {loan} sebesar {amount} dibatalkan; sisa yang belum kembali bertambah lagi.</source>
        <translation>The recovery on {loan} of {amount} is reversed; what is still owed grows again.</translation>
    </message>
    <message>
        <location filename="../../ui/storno_dialog.py" line="222"/>
        <source>Bagi hasil {business} dibatalkan untuk {members} anggota.</source>
        <translation>The profit share of {business} is cancelled for {members} members.</translation>
    </message>
</context>
<context>
    <name>TeacherDialog</name>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="319"/>
        <source>Tambah guru PAUD</source>
        <translation>Add a PAUD teacher</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="319"/>
        <source>Ubah guru PAUD</source>
        <translation>Change a PAUD teacher</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="320"/>
        <source>Nama guru</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="320"/>
        <source>Nama PAUD</source>
        <translation>PAUD name</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="321"/>
        <source>Mengajar sejak</source>
        <translation>Teaching since</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="321"/>
        <source>Masih aktif</source>
        <translation>Still active</translation>
    </message>
    <message>
        <location filename="../../ui/funds_dialogs.py" line="323"/>
        <source>misalnya PAUD Melati</source>
        <translation>e.g. PAUD Melati</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="248"/>
        <source>Pindah Kas ↔ Bank</source>
        <translation>Move Kas ↔ Bank</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="249"/>
        <source>Uang tunai disetor ke bank, atau diambil dari bank ke kas.</source>
        <translation>Cash paid into the bank, or drawn from the bank into the cash box.</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="250"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="251"/>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="252"/>
        <source>Dibawa oleh</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="253"/>
        <source>boleh kosong: &quot;Pindah dari Kas ke Bank&quot;</source>
        <translation>may be empty: &quot;Moved from Kas to Bank&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/cash_dialogs.py" line="258"/>
        <source>Pindah dari {source} ke {target}</source>
        <translation>Moved from {source} to {target}</translation>
    </message>
</context>
<context>
    <name>TurnOnSignInDialog</name>
    <message>
        <location filename="../../ui/users_panel.py" line="229"/>
        <source>Aktifkan masuk dengan kata sandi</source>
        <translation>Turn on password sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="231"/>
        <source>Setelah ini, Lumbung menanyakan nama dan kata sandi setiap kali dibuka, dan setelah lama tidak dipakai. Tulis nama dan kata sandi Ketua; sesudahnya Ketua menambahkan pengurus lain. Lumbung lalu menampilkan kode pemulihan satu kali: cetak dan simpan bersama surat-surat kelompok.</source>
        <translation>From now on Lumbung asks for a name and password each time it opens, and after it has been left unused. Type the Ketua&apos;s name and password; the Ketua then adds the other officers. Lumbung then shows a recovery code once: print it and keep it with the group&apos;s papers.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="234"/>
        <source>Nama Ketua</source>
        <translation>Ketua&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="235"/>
        <source>Kata sandi Ketua</source>
        <translation>Ketua&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="236"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="237"/>
        <source>Aktifkan</source>
        <translation>Turn on</translation>
    </message>
</context>
<context>
    <name>UndoLeaveDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="83"/>
        <location filename="../../ui/leave_dialog.py" line="90"/>
        <source>Batalkan keluar</source>
        <translation>Undo leaving</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="85"/>
        <source>{number} – {name} ditandai keluar pada {left_on}. Jika itu keliru, ia kembali menjadi anggota aktif; pembatalan ini dicatat dalam riwayatnya bersama alasannya.</source>
        <translation>{number} – {name} was marked as left on {left_on}. If that was a mistake, she becomes an active member again; the undoing is recorded in her history with its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="89"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="262"/>
        <source>Tambah satuan</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="263"/>
        <source>Satuan besar berisi sejumlah bulat satuan dasar, misalnya rak = 30 butir. Tanpa satuan dasar, satuan baru menjadi satuan dasar sendiri.</source>
        <translation>A larger unit holds a whole number of a base unit, e.g. rak = 30 butir. Without a base unit, the new unit is a base unit itself.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="265"/>
        <source>Nama satuan</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="266"/>
        <source>Berisi satuan dasar</source>
        <translation>Holds base unit</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="267"/>
        <source>Sebanyak</source>
        <translation>How many</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="268"/>
        <source>— satuan dasar baru —</source>
        <translation>— a new base unit —</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/users_panel.py" line="113"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="114"/>
        <source>Setiap pengurus masuk dengan nama dan kata sandinya sendiri. Satu orang boleh memegang beberapa tugas.</source>
        <translation>Each officer signs in with her own name and password. One person may hold several roles.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="116"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="117"/>
        <source>Tugas</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="118"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="119"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>UserRolesDialog</name>
    <message>
        <location filename="../../ui/users_panel.py" line="144"/>
        <source>Ubah tugas</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="145"/>
        <source>Tugas {name}:</source>
        <translation>Roles of {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="146"/>
        <source>Tugas</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../ui/users_panel.py" line="44"/>
        <source>Menerima dan membayar uang: setoran, simpanan, penarikan, pencairan pinjaman, kas masuk dan keluar, jual beli usaha</source>
        <translation>Take and pay money: collections, deposits, withdrawals, loan disbursements, cash in and out, business sales and purchases</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="46"/>
        <source>Mencatat yang tidak memindahkan uang: anggota, pengajuan pinjaman, produk, persediaan, dokumen</source>
        <translation>Record what moves no money: members, loan applications, products, stock, documents</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="48"/>
        <source>Menyetujui atau menolak pengajuan pinjaman</source>
        <translation>Approve or refuse loan applications</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="49"/>
        <source>Membatalkan transaksi (storno): Bendahara yang dicatatnya, Ketua semua</source>
        <translation>Cancelling a transaction (storno): the Bendahara what she entered, the Ketua any</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="50"/>
        <source>Tutup buku, membuka kembali periode, SHU, penghapusan piutang, pengaturan kelompok</source>
        <translation>Close periods, reopen a period, SHU, write-offs, the group&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="52"/>
        <source>Mengatur pengguna dan masuk dengan kata sandi</source>
        <translation>Manage users and password sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="53"/>
        <source>Melihat dan mencetak semua catatan</source>
        <translation>See and print all records</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="23"/>
        <source>Kode pemulihan Lumbung</source>
        <translation>Lumbung recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="25"/>
        <source>Kelompok: {group}</source>
        <translation>Group: {group}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="26"/>
        <source>Dibuat: {date}</source>
        <translation>Made: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="27"/>
        <source>Bila Ketua lupa kata sandinya, buka Lumbung, pilih &quot;Lupa kata sandi Ketua?&quot; dan tulis kode ini. Simpan kertas ini di tempat aman bersama surat-surat kelompok; siapa pun yang memegangnya bisa mengganti kata sandi Ketua.</source>
        <translation>If the Ketua forgets her password, open Lumbung, choose &quot;Ketua&apos;s password forgotten?&quot; and type this code. Keep this paper somewhere safe with the group&apos;s papers; whoever holds it can change the Ketua&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="340"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="341"/>
        <source>Aktifkan masuk dengan kata sandi…</source>
        <translation>Turn on password sign-in…</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="342"/>
        <location filename="../../ui/users_panel.py" line="482"/>
        <source>Matikan masuk dengan kata sandi</source>
        <translation>Turn off password sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="343"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="343"/>
        <source>Tugas</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="343"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="344"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="345"/>
        <source>Ubah tugas…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="346"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="347"/>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="348"/>
        <source>Kunci layar setelah tidak dipakai (menit, 0 = tidak pernah)</source>
        <translation>Lock the screen when unused for (minutes, 0 = never)</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="349"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="350"/>
        <source>Hanya satu pengurus (boleh menyetujui pinjaman yang ia ajukan sendiri)</source>
        <translation>One officer only (she may approve a loan she entered herself)</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="351"/>
        <source>Siapa boleh apa (Pemeriksa hanya melihat dan mencetak):</source>
        <translation>Who may do what (the Pemeriksa only sees and prints):</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="352"/>
        <source>Pekerjaan</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="359"/>
        <source>Masuk dengan kata sandi aktif: Lumbung menanyakan siapa yang bekerja.</source>
        <translation>Password sign-in is on: Lumbung asks who is working.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="360"/>
        <source>Masuk dengan kata sandi belum aktif: siapa pun yang membuka Lumbung bisa melakukan semuanya, dan entri ditandai dengan Nama petugas.</source>
        <translation>Password sign-in is off: whoever opens Lumbung can do everything, and entries are signed with the operator&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="370"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="372"/>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="374"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="393"/>
        <source>Aktifkan lagi</source>
        <translation>Activate again</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="394"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="428"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="429"/>
        <source>{name} tidak bisa masuk lagi. Namanya tetap tercatat pada semua yang pernah ia kerjakan. Lanjutkan?</source>
        <translation>{name} will no longer be able to sign in. Her name stays on everything she did. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/users_panel.py" line="483"/>
        <source>Setelah ini siapa pun yang membuka Lumbung bisa melakukan semuanya tanpa kata sandi. Akun pengguna tetap disimpan. Lanjutkan?</source>
        <translation>From now on whoever opens Lumbung can do everything without a password. The user accounts are kept. Go on?</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="169"/>
        <source>Tarik simpanan sukarela – {member}</source>
        <translation>Withdraw simpanan sukarela – {member}</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="171"/>
        <source>Penarikan simpanan sukarela oleh {member}. Simpanan pokok dan wajib hanya dikembalikan saat anggota keluar.</source>
        <translation>Withdrawal of simpanan sukarela by {member}. Simpanan pokok and wajib are only paid back when the member leaves.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="174"/>
        <source>Saldo sukarela</source>
        <translation>Sukarela balance</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="174"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="175"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="175"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="176"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="178"/>
        <source>misalnya 50.000</source>
        <translation>e.g. 50.000</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="179"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="901"/>
        <source>Catat kerja anggota</source>
        <translation>Record a member&apos;s work</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="902"/>
        <source>Jam kerja (boleh 2,5) dan/atau jumlah hasil kerja sehari.</source>
        <translation>Hours worked (2,5 is fine) and/or pieces made in a day.</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="903"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="903"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="904"/>
        <source>Jam kerja</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="904"/>
        <source>Jumlah hasil (buah)</source>
        <translation>Pieces made</translation>
    </message>
    <message>
        <location filename="../../ui/usaha/dialogs.py" line="905"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="443"/>
        <source>Hapus buku pinjaman – {loan}</source>
        <translation>Write off loan – {loan}</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="445"/>
        <source>Sisa pinjaman {loan} dihapusbukukan atas keputusan pengurus: dibebankan lebih dulu pada penyisihan piutang yang sudah dibukukan, sisanya sebagai beban. Riwayatnya tetap disimpan.</source>
        <translation>The outstanding principal of {loan} is written off by decision of the officers: charged first to the allowance for loan losses already booked, the rest as an expense. Its history is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="448"/>
        <source>Sisa pinjaman</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="449"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="450"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="451"/>
        <source>misalnya: keputusan rapat anggota, anggota meninggal</source>
        <translation>e.g. members&apos; meeting decision, member died</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="452"/>
        <location filename="../../ui/loan_dialogs.py" line="460"/>
        <location filename="../../ui/loan_dialogs.py" line="461"/>
        <source>Hapus buku</source>
        <translation>Write off</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="460"/>
        <source>Hapus buku sisa pinjaman {amount} dari {loan}?</source>
        <translation>Write off the outstanding {amount} of {loan}?</translation>
    </message>
    <message>
        <location filename="../../ui/loan_dialogs.py" line="462"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>YearEndPage</name>
    <message>
        <location filename="../../ui/pages/yearend.py" line="263"/>
        <source>Tutup bulan…</source>
        <translation>Close a month…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="263"/>
        <source>Tutup tahun…</source>
        <translation>Close a year…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="264"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="264"/>
        <source>Bagi SHU…</source>
        <translation>Share the SHU…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="265"/>
        <source>Batalkan pembagian SHU…</source>
        <translation>Cancel an SHU distribution…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="265"/>
        <source>Cetak pembagian SHU</source>
        <translation>Print the SHU distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="266"/>
        <source>Cetak slip SHU</source>
        <translation>Print the SHU slips</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="266"/>
        <source>Cetak laporan RAT…</source>
        <translation>Print the annual meeting report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="269"/>
        <source>Riwayat tutup buku</source>
        <translation>History of closings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="270"/>
        <source>Pembagian SHU</source>
        <translation>SHU distributions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="271"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="271"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="271"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="272"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="272"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="273"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="273"/>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="273"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="274"/>
        <source>Tanggal RAT</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="274"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="280"/>
        <source>Buku ditutup sampai {day}.</source>
        <translation>The books are closed to {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="281"/>
        <source>Buku belum pernah ditutup.</source>
        <translation>The books have never been closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="282"/>
        <source>Tutup bulan</source>
        <translation>Close a month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="282"/>
        <source>Tutup tahun</source>
        <translation>Close a year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="283"/>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="292"/>
        <source>mulai {day}</source>
        <translation>from {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="297"/>
        <source>Dibagi</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="297"/>
        <source>Rugi ditutup dana cadangan</source>
        <translation>Loss covered from the reserve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="298"/>
        <source>Rugi dibawa ke tahun berikutnya</source>
        <translation>Loss carried forward</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="302"/>
        <source>berlaku</source>
        <translation>standing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/yearend.py" line="302"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>YearStep</name>
    <message>
        <location filename="../../ui/shu_wizard.py" line="83"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="84"/>
        <source>SHU tahun</source>
        <translation>SHU of</translation>
    </message>
    <message>
        <location filename="../../ui/shu_wizard.py" line="85"/>
        <source>Tahun itu harus sudah ditutup (Tutup tahun) sebelum SHU-nya dicatat.</source>
        <translation>The year must be closed (Close a year) before its SHU is recorded.</translation>
    </message>
</context>
<context>
    <name>_WajibWords</name>
    <message numerus="yes">
        <location filename="../../ui/savings_dialogs.py" line="134"/>
        <source>Wajib terutang %n bulan: {amount}.</source>
        <translation>
            <numerusform>Wajib owed for %n month: {amount}.</numerusform>
            <numerusform>Wajib owed for %n months: {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="136"/>
        <source>Wajib lunas, dibayar di muka {amount}.</source>
        <translation>Wajib paid up, {amount} paid ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/savings_dialogs.py" line="137"/>
        <source>Wajib lunas.</source>
        <translation>Wajib paid up.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../ui/areas.py" line="26"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="27"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="30"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="31"/>
        <source>Di sini akan dicatat simpanan pokok, simpanan wajib dan simpanan sukarela setiap anggota: setoran, penarikan, saldo dan buku simpanan.</source>
        <translation>Here each member&apos;s savings will be kept: simpanan pokok (one-off), simpanan wajib (compulsory) and simpanan sukarela (voluntary): deposits, withdrawals, balances and passbooks.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="39"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="40"/>
        <source>Di sini akan dicatat pinjaman anggota: pengajuan, pencairan, jadwal angsuran, pembayaran, denda, tunggakan dan kartu pinjaman.</source>
        <translation>Here members&apos; loans will be kept: applications, disbursements, instalment schedules, payments, penalties, arrears and loan cards.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="46"/>
        <source>Usaha Kelompok</source>
        <translation>Group businesses</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="49"/>
        <source>Kas &amp; Buku</source>
        <translation>Cash &amp; books</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="50"/>
        <source>Di sini akan ada buku kas umum, penerimaan dan pengeluaran lain, jurnal, storno dan tutup buku.</source>
        <translation>Here will be the general cash book, other receipts and payments, the journal, reversals and period closing.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="58"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="59"/>
        <source>Di sini akan ada laporan keuangan, neraca saldo, SHU akhir tahun, buku-buku wajib PKK dan profil kelompok untuk lomba UP2K, siap dicetak.</source>
        <translation>Here will be financial reports, the trial balance, the year-end surplus (SHU), the compulsory PKK books and the group profile for the UP2K competition, ready to print.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="67"/>
        <source>Cadangan Data</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="68"/>
        <source>Di sini akan ada penyimpanan cadangan buku ke flashdisk (terenkripsi) dan pemulihan dari cadangan.</source>
        <translation>Here you will be able to back up the book to a USB stick (encrypted) and restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="74"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="75"/>
        <source>Dana &amp; Modal</source>
        <translation>Funds &amp; Capital</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76"/>
        <source>Tutup Buku &amp; SHU</source>
        <translation>Closing &amp; SHU</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="77"/>
        <source>Jejak Audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>depreciation</name>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="21"/>
        <source>Mebel (meja, kursi, lemari)</source>
        <translation>Furniture (tables, chairs, cupboards)</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="22"/>
        <source>Peralatan</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="23"/>
        <source>Mesin</source>
        <translation>Machines</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="25"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="25"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="26"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="26"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="27"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="27"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="28"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="28"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="29"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="29"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="30"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/depreciation_dialogs.py" line="30"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>dialog_keys</name>
    <message>
        <location filename="../../ui/dialog_keys.py" line="101"/>
        <source>Isian belum disimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_keys.py" line="102"/>
        <source>Buang isian yang belum disimpan?</source>
        <translation>Throw away what was typed and not saved?</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_keys.py" line="104"/>
        <source>Buang</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_keys.py" line="105"/>
        <source>Lanjut mengisi</source>
        <translation>Keep typing</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/document_titles.py" line="16"/>
        <source>Kuitansi (cetak ulang)</source>
        <translation>Receipt (reprint)</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="17"/>
        <source>Semua kuitansi rapat</source>
        <translation>All receipts of a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="18"/>
        <source>Buku Simpanan</source>
        <translation>Savings passbook</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="19"/>
        <source>Kartu Pinjaman</source>
        <translation>Loan card</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="20"/>
        <source>Buku Daftar Anggota</source>
        <translation>Member register</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="21"/>
        <source>Buku Kas Umum</source>
        <translation>General cash book</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="22"/>
        <source>Buku Besar</source>
        <translation>General ledger</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="23"/>
        <source>Buku Inventaris</source>
        <translation>Inventory book</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="24"/>
        <source>Neraca</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="25"/>
        <source>Laporan Hasil Usaha</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="26"/>
        <source>Neraca Saldo</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="27"/>
        <source>Portofolio Pinjaman</source>
        <translation>Loan portfolio</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="28"/>
        <source>Profil Kelompok UP2K</source>
        <translation>UP2K group profile</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="29"/>
        <source>Data Pokja II</source>
        <translation>Pokja II data</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="30"/>
        <source>Daftar Tagihan Rapat</source>
        <translation>Meeting collection sheet</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="31"/>
        <source>Buku Usaha Kelompok</source>
        <translation>Group Business Book</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="32"/>
        <source>Daftar Persediaan Usaha</source>
        <translation>Business Stock List</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="33"/>
        <source>Penjualan Usaha per Produk dan Pembeli</source>
        <translation>Business Sales by Product and Buyer</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="34"/>
        <source>Slip Bagi Hasil Usaha</source>
        <translation>Business Profit-Share Slips</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="35"/>
        <source>Laporan Sumber Dana</source>
        <translation>Capital Sources Report</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="36"/>
        <source>Laporan Dana Insentif Guru PAUD</source>
        <translation>PAUD Teachers&apos; Incentive Fund Report</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="37"/>
        <source>Laporan Dana Sosial</source>
        <translation>Social Fund Report</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="38"/>
        <source>Pembagian SHU</source>
        <translation>SHU distributions</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="39"/>
        <source>Slip SHU Anggota</source>
        <translation>Members&apos; SHU slips</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="40"/>
        <source>Laporan RAT</source>
        <translation>Annual meeting report (RAT)</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="41"/>
        <source>Jurnal Umum</source>
        <translation>General Journal</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="42"/>
        <source>Pinjaman yang Dihapusbukukan</source>
        <translation>Loans Written Off</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="43"/>
        <source>Jadwal Penyusutan Inventaris</source>
        <translation>Depreciation Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="44"/>
        <source>Laporan Arus Kas</source>
        <translation>Cash Flow Statement</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="45"/>
        <source>Laporan Perubahan Ekuitas</source>
        <translation>Statement of Changes in Equity</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="46"/>
        <source>Catatan atas Laporan Keuangan</source>
        <translation>Notes to the Financial Statements</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="50"/>
        <source>Cetak lagi kuitansi yang sudah dibuat, ditandai SALINAN.</source>
        <translation>Print a receipt already issued again, marked COPY.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="51"/>
        <source>Setoran, penarikan dan saldo simpanan pokok, wajib dan sukarela per anggota.</source>
        <translation>Deposits, withdrawals and balances of pokok, wajib and sukarela savings per member.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="52"/>
        <source>Jadwal angsuran, pembayaran dan sisa pinjaman per anggota.</source>
        <translation>Instalment schedule, payments and outstanding loan per member.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="53"/>
        <source>Semua anggota dengan NIK, alamat, tahap keluarga sejahtera dan tanggal masuk/keluar.</source>
        <translation>Every member with NIK, address, family welfare stage and dates joined/left.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="54"/>
        <source>Penerimaan dan pengeluaran kas per tanggal, dengan sisa kas dan bank di akhir bulan.</source>
        <translation>Cash receipts and payments by date, with cash and bank balances at month end.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="55"/>
        <source>Setiap transaksi per akun dengan saldo berjalan.</source>
        <translation>Every transaction per account with a running balance.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="56"/>
        <source>Barang dan peralatan milik kelompok dengan nilai dan keadaannya.</source>
        <translation>The group&apos;s goods and equipment with their value and condition.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="57"/>
        <source>Harta, utang dan modal kelompok pada akhir periode.</source>
        <translation>The group&apos;s assets, liabilities and equity at the end of the period.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="58"/>
        <source>Pendapatan, beban dan sisa hasil usaha (SHU) selama periode.</source>
        <translation>Income, expenses and surplus (SHU) over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="59"/>
        <source>Saldo debit dan kredit setiap akun; jumlahnya harus sama.</source>
        <translation>Debit and credit balance of every account; the totals must be equal.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="60"/>
        <source>Semua pinjaman berjalan dengan tunggakan dan kolektibilitas.</source>
        <translation>Every running loan with arrears and collectibility.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="61"/>
        <source>Profil kelompok untuk lomba UP2K: pengurus, anggota, usaha dan modal.</source>
        <translation>Group profile for the UP2K competition: officers, members, businesses and capital.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="62"/>
        <source>Isian data kegiatan UP2K untuk laporan Pokja II PKK.</source>
        <translation>UP2K activity data for the PKK Pokja II report.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="63"/>
        <source>Yang harus dibayar setiap anggota pada hari rapat, untuk diisi saat rapat.</source>
        <translation>What each member owes on the meeting day, to fill in at the meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="64"/>
        <source>Laba rugi satu usaha, jurnal transaksinya, piutang dan utang yang belum lunas.</source>
        <translation>One business&apos;s profit and loss, its journal, and the receivables and payables still open.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="65"/>
        <source>Jumlah, harga rata-rata dan nilai setiap produk dan bahan baku satu usaha.</source>
        <translation>Quantity, average cost and value of each product and raw material of one business.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="66"/>
        <source>Penjualan satu usaha per produk dan per pembeli, tunai dan kredit.</source>
        <translation>One business&apos;s sales by product and by buyer, cash and on credit.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="67"/>
        <source>Bagi hasil yang sudah dibukukan: ringkasan dan slip untuk setiap anggota.</source>
        <translation>A posted profit share: the summary and a slip for each member.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="68"/>
        <source>Dana dari setiap sumber (CSR, dinas, bank, desa): yang diterima, yang dibiayai, utang bank dan modal kelompok dari tahun ke tahun.</source>
        <translation>Money from each source (CSR, government office, bank, village): what came in, what it financed, bank debt and the group&apos;s capital over the years.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="69"/>
        <source>Dana insentif PAUD: yang masuk (dari SHU atau lainnya), yang dibayarkan kepada setiap guru, dan sisanya.</source>
        <translation>The PAUD incentive fund: what came in (from the SHU or elsewhere), what was paid to each teacher, and what is left.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="70"/>
        <source>Dana sosial: yang masuk, bantuan kepada anggota (siapa, untuk apa, berapa) dan sisanya.</source>
        <translation>The social fund: what came in, help to members (who, why, how much) and what is left.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="71"/>
        <source>SHU tahun dari tanggal yang dipilih: perhitungan, pembagian menurut aturan dan bagian setiap anggota dengan dasarnya (pratinjau sebelum RAT).</source>
        <translation>The SHU of the chosen date&apos;s year: how it was reached, the split by the rule and every member&apos;s share with its basis (a preview before the meeting).</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="72"/>
        <source>Slip SHU untuk setiap anggota tahun dari tanggal yang dipilih, beberapa per lembar A4 dengan garis potong.</source>
        <translation>An SHU slip for every member for the chosen date&apos;s year, several to an A4 sheet with cut lines.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="73"/>
        <source>Semua jurnal pada periode menurut tanggal: akun, debit dan kredit, dengan jumlah di setiap akhir halaman; storno menyebut jurnal yang dibatalkannya.</source>
        <translation>Every entry of the period by date: accounts, debit and credit, with totals at the end of each page; a reversal names the entry it cancels.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="74"/>
        <source>Laporan pertanggungjawaban pengurus untuk Rapat Anggota Tahunan, tahun dari tanggal yang dipilih: neraca, laba rugi, SHU, pinjaman, usaha dan sumber dana dalam satu dokumen.</source>
        <translation>The board&apos;s accountability report for the annual members&apos; meeting, for the year of the chosen date: balance sheet, income statement, SHU, loans, businesses and capital sources in one document.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="75"/>
        <source>Pinjaman yang dihapusbukukan dalam periode, bagian yang ditanggung penyisihan, dan uang yang kembali (pemulihan).</source>
        <translation>Loans written off in the period, the part the allowance bore, and the money that came back (recoveries).</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="76"/>
        <source>Setiap barang inventaris dengan harga perolehan, umur, penyusutan per periode, akumulasi penyusutan dan nilai bukunya.</source>
        <translation>Every inventory item with its cost, life, depreciation per period, accumulated depreciation and book value.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="77"/>
        <source>Uang kas dan bank yang masuk dan keluar selama periode, menurut kegiatan operasi, investasi dan pendanaan.</source>
        <translation>Cash and bank money in and out during the period, by operating, investing and financing activities.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="78"/>
        <source>Saldo awal, penambahan, pengurangan dan saldo akhir setiap modal, cadangan dan SHU selama periode.</source>
        <translation>Opening balance, additions, reductions and closing balance of each capital, reserve and surplus over the period.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="79"/>
        <source>Penjelasan neraca: kebijakan akuntansi, kas, pinjaman menurut kolektibilitas, persediaan, inventaris, simpanan, hibah, dengan catatan kelompok sendiri.</source>
        <translation>The balance sheet explained: accounting policies, cash, loans by collectability, stock, equipment, savings, grants, with the group&apos;s own notes.</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="83"/>
        <source>Kuitansi &amp; anggota</source>
        <translation>Receipts &amp; members</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="84"/>
        <source>Buku PKK</source>
        <translation>PKK books</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="85"/>
        <source>Laporan keuangan</source>
        <translation>Financial statements</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="88"/>
        <source>Lomba UP2K</source>
        <translation>UP2K competition</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="89"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="90"/>
        <source>Dana &amp; sumber modal</source>
        <translation>Funds &amp; capital sources</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="91"/>
        <source>Usaha kelompok</source>
        <translation>Group businesses</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="95"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="96"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="97"/>
        <source>Setengah F4 (215 × 165 mm)</source>
        <translation>Half F4 (215 × 165 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/document_titles.py" line="98"/>
        <source>Kertas gulung 58 mm (printer thermal)</source>
        <translation>58 mm roll (thermal printer)</translation>
    </message>
</context>
<context>
    <name>documents_ui</name>
    <message>
        <location filename="../../ui/documents_ui.py" line="48"/>
        <source>Anggota {done} dari {total}…</source>
        <translation>Member {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="49"/>
        <source>Bulan {done} dari {total}…</source>
        <translation>Month {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="50"/>
        <source>Akun {done} dari {total}…</source>
        <translation>Account {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="51"/>
        <source>Pinjaman {done} dari {total}…</source>
        <translation>Loan {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="52"/>
        <source>Halaman {done} dari {total}…</source>
        <translation>Page {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="57"/>
        <source>Menyusun dokumen… ({done} dari {total})</source>
        <translation>Laying out the document… ({done} of {total})</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="58"/>
        <source>Menyusun dokumen…</source>
        <translation>Laying out the document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="65"/>
        <source>Kuitansi {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="67"/>
        <source>Kuitansi {first} – {last}</source>
        <translation>Receipts {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="100"/>
        <source>Membuat {title}</source>
        <translation>Making {title}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="101"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="102"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="127"/>
        <source>Membatalkan… (berkas yang setengah jadi dihapus)</source>
        <translation>Cancelling… (the half-written file is removed)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="172"/>
        <source>{title} belum bisa dibuat: bagian Lumbung yang menyusunnya belum terpasang di versi ini. Dokumen lain tetap bisa dibuat.</source>
        <translation>{title} cannot be made yet: the part of Lumbung that lays it out is not in this version. Other documents can still be made.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="177"/>
        <source>{title} tidak bisa dibuat ({reason}). Tidak ada berkas yang ditulis.</source>
        <translation>{title} could not be made ({reason}). No file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_ui.py" line="180"/>
        <location filename="../../ui/documents_ui.py" line="184"/>
        <location filename="../../ui/documents_ui.py" line="204"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="30"/>
        <source>Pembukuan kelompok UP2K-PKK.</source>
        <translation>Bookkeeping for UP2K-PKK groups.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="31"/>
        <source>buka buku (berkas data) lain</source>
        <translation>open another book (data file)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="34"/>
        <source>buka buku contoh; bila masih kosong, isi dengan desa contoh</source>
        <translation>open the sample book; if it is empty, fill it with a sample village</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="36"/>
        <source>buat buku baru bila berkas --db belum ada</source>
        <translation>make a new book if the --db file does not exist yet</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="37"/>
        <source>tampilkan versi lalu keluar</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="121"/>
        <source>Lumbung tidak bisa membuka buku</source>
        <translation>Lumbung cannot open the book</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Terlalu panjang: paling banyak {limit} huruf.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Tanggal tidak boleh sebelum {earliest}.</source>
        <translation>The date cannot be before {earliest}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 17/08/1985.</source>
        <translation>Not a date. Write dd/mm/yyyy, for example 17/08/1985.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Pilih L (laki-laki) atau P (perempuan).</source>
        <translation>Choose L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Nomor telepon hanya boleh berisi angka (8–15 angka), boleh diawali +.</source>
        <translation>A phone number may only contain digits (8–15 of them), optionally starting with +.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Tulis angka saja, paling banyak 3 angka.</source>
        <translation>Digits only, at most 3.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Kode pos harus 5 angka.</source>
        <translation>The postal code must be 5 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Tahap keluarga sejahtera tidak dikenal.</source>
        <translation>Unknown family welfare stage.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Tanggal masuk tidak boleh sebelum tanggal lahir.</source>
        <translation>The date joined cannot be before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Tanggal keluar tidak boleh sebelum tanggal masuk.</source>
        <translation>The date left cannot be before the date joined.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Ada kelompok usaha yang tidak dikenal.</source>
        <translation>One of the business groups is unknown.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Anggota tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Member not found (perhaps another book was opened).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Anggota ini sudah keluar pada {left_on}.</source>
        <translation>This member already left on {left_on}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may only contain digits.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>NIK harus 16 angka (tertulis {length}).</source>
        <translation>The NIK must be 16 digits ({length} were typed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Angka tanggal lahir di dalam NIK (angka ke-7 s.d. 12) bukan tanggal yang ada.</source>
        <translation>The birth date inside the NIK (digits 7 to 12) is not a real date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Kode wilayah NIK {region} tidak dikenal.</source>
        <translation>Unknown NIK region code {region}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>NIK tidak cocok dengan jenis kelamin: untuk perempuan tanggal lahir di NIK ditambah 40.</source>
        <translation>The NIK does not match the sex: for women, 40 is added to the day of birth in the NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Tanggal lahir di dalam NIK tidak sama dengan tanggal lahir yang diisi.</source>
        <translation>The birth date inside the NIK differs from the date of birth entered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>NIK ini sudah dipakai anggota {number} – {name}.</source>
        <translation>This NIK is already used by member {number} – {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Anggota ini sudah keluar pada {left_on}; tidak bisa ada transaksi baru.</source>
        <translation>This member left on {left_on}; no new transactions are possible.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <location filename="../../ui/messages.py" line="168"/>
        <location filename="../../ui/messages.py" line="220"/>
        <source>Jumlah harus lebih dari nol.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>Jumlah tidak boleh kurang dari nol.</source>
        <translation>The amount may not be below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>Jenis simpanan &quot;{kind}&quot; tidak dikenal.</source>
        <translation>Unknown kind of savings &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Ada karakter yang tidak bisa disimpan ({code}). Hapus lalu ketik ulang teks ini.</source>
        <translation>There is a character that cannot be saved ({code}). Delete this text and type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Isian ini harus berupa teks.</source>
        <translation>This field must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta.</source>
        <translation>Amount not recognised. Write whole rupiah, for example 50.000, 300rb or 1,5 juta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>&quot;{text}&quot; bisa dibaca dua cara. Titik hanya untuk ribuan (20.000); tulis misalnya 1.500, 1,5 rb atau 1,5 juta.</source>
        <translation>&quot;{text}&quot; can be read two ways. A dot only separates thousands (20.000); write for example 1.500, 1,5 rb or 1,5 juta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>&quot;{text}&quot; bukan rupiah bulat (ada sen). Tulis misalnya 1.500 atau 1,5 juta.</source>
        <translation>&quot;{text}&quot; is not whole rupiah (it has cents). Write for example 1.500 or 1,5 juta.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>{month_name} {year} tidak punya tanggal {day}.</source>
        <translation>{month_name} {year} has no day {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Bulan {month} tidak ada: bulan ditulis 1 sampai 12 (hh/bb/tttt).</source>
        <translation>There is no month {month}: months are 1 to 12 (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Disk tempat buku ({folder}) penuh, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Kosongkan sebagian disk itu (hapus atau pindahkan berkas yang tidak perlu), lalu tekan Simpan lagi.</source>
        <translation>The disk the book is on ({folder}) is full, so this was not saved; everything saved before is safe. Free some space on that disk (delete or move files you do not need), then press Save again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Buku di {folder} sekarang hanya bisa dibaca, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Periksa izin folder itu (atau kunci flashdisk-nya), lalu coba lagi.</source>
        <translation>The book in {folder} can now only be read, so this was not saved; everything saved before is safe. Check that folder&apos;s permissions (or the flash drive&apos;s lock switch), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Lumbung gagal menulis ke buku di {folder} ({reason}), jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Bila buku ada di flashdisk, pastikan flashdisk terpasang, lalu coba lagi.</source>
        <translation>Lumbung could not write to the book in {folder} ({reason}), so this was not saved; everything saved before is safe. If the book is on a flash drive, make sure it is plugged in, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Tanggal harus antara {earliest} dan {latest}.</source>
        <translation>The date must be between {earliest} and {latest}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Isian ini tidak dapat dibaca.</source>
        <translation>This entry cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Data anggota ini baru saja diubah di komputer lain. Tutup lalu buka lagi untuk melihat perubahannya.</source>
        <translation>This member&apos;s data was just changed on another computer. Close and open it again to see the changes.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Jurnal ini mengembalikan simpanan anggota {number} – {name} saat ia keluar; jurnal itu tidak bisa distorno.</source>
        <translation>This entry paid out the savings of member {number} – {name} when she left; it cannot be reversed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Anggota ini masih aktif; tidak ada keluar yang bisa dibatalkan.</source>
        <translation>This member is still active; there is no leaving to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Anggota ini keluar pada {left_on} lewat “Anggota keluar &amp; pengembalian”: simpanannya sudah dikembalikan. Keluar itu tidak dibatalkan di sini; pengembaliannya mengikuti aturan storno.</source>
        <translation>This member left on {left_on} through “Member leaves &amp; payout”: her savings have been paid out. That leaving is not undone here; its payout follows the reversal rules.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Pengguna ini tidak ada di buku.</source>
        <translation>This user is not in the book.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Sudah ada pengguna bernama {name}. Pakai nama lain (misalnya dengan nama belakang).</source>
        <translation>There is already a user named {name}. Use another name (with a family name, say).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Pilih paling sedikit satu tugas.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Tugas ini tidak dikenal.</source>
        <translation>This role is not known.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Kata sandi terlalu pendek: paling sedikit {min} huruf atau angka.</source>
        <translation>The password is too short: at least {min} letters or digits.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password may not be the user&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>{name} adalah satu-satunya Ketua. Tambahkan Ketua lain dulu; buku harus selalu punya Ketua yang bisa mengatur pengguna.</source>
        <translation>{name} is the only Ketua. Add another Ketua first; the book must always have a Ketua who can manage users.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Anda tidak bisa menonaktifkan akun Anda sendiri selagi masuk.</source>
        <translation>You cannot deactivate your own account while signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Terlalu banyak kata sandi salah. Akun ini dikunci; coba lagi dalam {minutes} menit, atau minta Ketua mengganti kata sandinya.</source>
        <translation>Too many wrong passwords. This account is locked; try again in {minutes} minutes, or ask the Ketua to reset the password.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Nama pengguna ini tidak dikenal (atau sudah dinonaktifkan).</source>
        <translation>This user name is not known (or was deactivated).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>{name} bukan Ketua: hanya Ketua yang bisa mengaktifkan masuk dengan kata sandi.</source>
        <translation>{name} is not a Ketua: only a Ketua can turn on password sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>Masuk dengan kata sandi belum diaktifkan di buku ini.</source>
        <translation>Password sign-in is not on in this book.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>Masuk dengan kata sandi sudah aktif.</source>
        <translation>Password sign-in is already on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Kode pemulihan salah. Periksa kertas yang dicetak waktu masuk dengan kata sandi diaktifkan.</source>
        <translation>Wrong recovery code. Check the paper printed when password sign-in was turned on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Buku ini tidak punya Ketua yang aktif.</source>
        <translation>This book has no active Ketua.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang di sini.</source>
        <translation>The two passwords differ. Type it again here.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Tulis {min} sampai {max} menit (0: layar tidak pernah dikunci).</source>
        <translation>Type {min} to {max} minutes (0: the screen never locks).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>{member} sudah keluar pada {left_on}</source>
        <translation>{member} left the group on {left_on}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>Tanggal tidak boleh sebelum anggota masuk ({joined_on}).</source>
        <translation>The date cannot be before the member joined ({joined_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>Utang anggota ({owed_rp}) lebih besar dari simpanannya ({savings_rp}).</source>
        <translation>The member owes more ({owed_rp}) than her savings ({savings_rp}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Ada transaksi sesudah tanggal keluar (terakhir {last_date}); pilih tanggal keluar sesudahnya.</source>
        <translation>There are transactions after the leaving date (the last on {last_date}); choose a later leaving date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Saldo tidak cukup: yang bisa ditarik {balance_rp}.</source>
        <translation>Not enough balance: {balance_rp} can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>Simpanan {kind} hanya dikembalikan saat anggota keluar.</source>
        <translation>Simpanan {kind} is only paid back when the member leaves.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>Akun {account} bukan akun kas atau bank.</source>
        <translation>Account {account} is not a cash or bank account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Simpanan pokok anggota ini sudah dibayar.</source>
        <translation>This member has already paid her simpanan pokok.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>Simpanan pokok harus tepat {expected_rp}.</source>
        <translation>Simpanan pokok must be exactly {expected_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>Storno ini membuat saldo simpanan {kind} anggota menjadi {balance_rp} (kurang dari nol).</source>
        <translation>This reversal would take the member&apos;s simpanan {kind} balance to {balance_rp} (below zero).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>Kelompok usaha &quot;{name}&quot; sudah ada.</source>
        <translation>The business group &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Buku ini sudah berisi anggota; data contoh hanya diisi ke buku yang masih kosong.</source>
        <translation>This book already has members; sample data is only filled into an empty book.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>Buku sudah ditutup sampai {closed_through}; pilih tanggal sesudahnya.</source>
        <translation>The books are closed up to {closed_through}; choose a later date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>Satu jurnal perlu paling sedikit 2 baris (ada {count}).</source>
        <translation>A journal entry needs at least 2 lines ({count} given).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>Debit dan kredit tidak seimbang: selisih {difference}.</source>
        <translation>Debits and credits do not balance: the difference is {difference}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>Jurnal nomor {entry_id} tidak ditemukan.</source>
        <translation>Journal entry {entry_id} not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Tanggal storno tidak boleh sebelum tanggal jurnal asli ({original_date}).</source>
        <translation>A reversal cannot be dated before the original entry ({original_date}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>Akun {account} tidak ada.</source>
        <translation>Account {account} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>Akun {account} sudah tidak aktif.</source>
        <translation>Account {account} is no longer active.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>Jumlah harus rupiah bulat (tertulis {amount}).</source>
        <translation>The amount must be whole rupiah ({amount} was given).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>Jumlah tidak boleh nol.</source>
        <translation>The amount cannot be zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <location filename="../../ui/messages.py" line="203"/>
        <source>Jumlah terlalu besar: paling banyak {limit}.</source>
        <translation>The amount is too large: at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Anggota (id {member_id}) tidak ada.</source>
        <translation>Member (id {member_id}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>Kelompok usaha (id {business_id}) tidak ada.</source>
        <translation>Business group (id {business_id}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>Uang tidak cukup untuk {amount_rp}. Saldo {account_name} pada {on}: {balance_rp}.</source>
        <translation>Not enough money for {amount_rp}. {account_name} balance on {on}: {balance_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>Buku sudah ditutup sampai {closed_through} dan tidak bisa dibuka kembali.</source>
        <translation>The books are closed up to {closed_through} and cannot be reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>Jumlah pinjaman harus lebih dari nol.</source>
        <translation>The loan amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>Jumlah pinjaman terlalu besar: paling banyak {max_rp}.</source>
        <translation>The loan amount is too large: at most {max_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>Jasa harus berupa angka persen, misalnya 1,5.</source>
        <translation>The interest (jasa) must be a percentage, for example 1,5.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>Jasa tidak boleh kurang dari nol.</source>
        <translation>The interest (jasa) cannot be below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Jasa terlalu tinggi: paling banyak {max} per periode.</source>
        <translation>The interest (jasa) is too high: at most {max} per period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Jangka waktu harus antara {min} dan {max} kali angsuran.</source>
        <translation>The term must be between {min} and {max} instalments.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Angsuran terakhir akan jatuh sesudah {latest}, batas tanggal buku: kurangi jumlah angsuran.</source>
        <translation>The last instalment would fall after {latest}, the last date the book accepts: use fewer instalments.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>Cara hitung jasa tidak dikenal; pilih flat, efektif atau anuitas.</source>
        <translation>Unknown interest method; choose flat, efektif (declining) or anuitas (annuity).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129"/>
        <source>Pembulatan angsuran harus salah satu dari: {allowed}.</source>
        <translation>Instalment rounding must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>Angsuran harus bulanan atau mingguan.</source>
        <translation>Instalments must be monthly or weekly.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>Pembulatan ke {unit_rp} terlalu besar untuk pinjaman ini (angsuran ke-{row} sudah melunasi pinjaman). Pilih pembulatan yang lebih kecil.</source>
        <translation>Rounding to {unit_rp} is too coarse for this loan (instalment {row} would already pay it off). Choose a smaller rounding.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="132"/>
        <source>Jasa tidak boleh nol. Untuk pinjaman tanpa jasa, centang &quot;Tanpa jasa&quot;.</source>
        <translation>The interest rate cannot be zero. For an interest-free loan, tick &quot;Interest-free&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>Batas hari kolektibilitas harus naik berurutan, dari 1 sampai paling banyak {max} hari.</source>
        <translation>The collectability day limits must rise in order, from 1 up to at most {max} days.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>Tanggal tidak boleh sebelum pinjaman dicairkan ({disbursed_on}).</source>
        <translation>The date cannot be before the loan was paid out ({disbursed_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>Tanggal pencairan tidak boleh sebelum tanggal pengajuan ({applied_on}).</source>
        <translation>The payout date cannot be before the application date ({applied_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>Angsuran pertama harus sesudah {after}.</source>
        <translation>The first instalment must be due after {after}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>Kelompok {group} masih menunggak (tanggung renteng): {names}. Pinjaman baru bisa diberikan setelah tunggakan dilunasi.</source>
        <translation>Group {group} is in arrears (joint liability): {names}. New loans can be given once the arrears are cleared.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="144"/>
        <source>Anggota ini sudah keluar pada {left_on}; tidak bisa diberi pinjaman.</source>
        <translation>This member left on {left_on}; she cannot be given a loan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>Pinjaman ini belum dicairkan.</source>
        <translation>This loan has not been paid out.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>Pinjaman tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Loan not found (perhaps another book was opened).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>Anggota ini bukan anggota kelompok usaha yang dipilih.</source>
        <translation>This member is not in the chosen business group.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Lebih dari yang harus dibayar: paling banyak {max_rp} (pelunasan). Kurangi jumlahnya, atau centang &quot;Kelebihan masuk simpanan sukarela&quot;.</source>
        <translation>More than is owed: at most {max_rp} (payoff). Lower the amount, or tick &quot;Put any excess into voluntary savings&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>Pinjaman ini sudah lunas.</source>
        <translation>This loan is already paid off.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>Tanggal tidak boleh sebelum pembayaran terakhir ({last_on}).</source>
        <translation>The date cannot be before the last payment ({last_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>Jangka waktu untuk jenis pinjaman ini harus {min} sampai {max} kali angsuran.</source>
        <translation>The term for this loan product must be {min} to {max} instalments.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>Jumlah pinjaman untuk jenis ini harus antara {min_rp} dan {max_rp}.</source>
        <translation>The amount for this loan product must be between {min_rp} and {max_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Jenis pinjaman &quot;{name}&quot; sudah tidak aktif.</source>
        <translation>Loan product &quot;{name}&quot; is no longer active.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>Tidak bisa: status pinjaman ini {status}.</source>
        <translation>Not possible: this loan is {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Pinjaman {loan} tidak dihapusbukukan: uang yang diterima dicatat sebagai angsuran.</source>
        <translation>Loan {loan} is not written off: money received on it is recorded as an instalment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Tanggal tidak boleh sebelum pinjaman dihapusbukukan ({written_off_on}).</source>
        <translation>The date cannot be before the loan was written off ({written_off_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>Lebih dari yang belum kembali: paling banyak {max_rp}.</source>
        <translation>More than is still unrecovered: at most {max_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>Persen penyisihan paling banyak 100%.</source>
        <translation>An allowance rate is at most 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>Tidak ada yang dibukukan: penyisihan yang tercatat ({amount_rp}) sudah sama dengan yang dibutuhkan pada tanggal ini.</source>
        <translation>Nothing posted: the allowance booked ({amount_rp}) already equals what is required on this date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Pilihan tidak dikenal.</source>
        <translation>Unknown choice.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Potongan provisi dan simpanan terlalu besar: pada pinjaman {principal_rp} tidak ada lagi uang yang diserahkan.</source>
        <translation>The fee and savings deductions are too large: a loan of {principal_rp} would leave nothing to hand over.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>Masa tenggang harus 0 sampai {max} hari.</source>
        <translation>The grace period must be 0 to {max} days.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Pinjaman tanpa jasa harus berjasa 0%.</source>
        <translation>An interest-free loan must have a rate of 0%.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>Batas atas tidak boleh lebih kecil dari batas bawah.</source>
        <translation>The upper limit cannot be below the lower limit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Jenis pinjaman &quot;{name}&quot; sudah ada.</source>
        <translation>Loan product &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>Jenis pinjaman tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Loan product not found (perhaps another book was opened).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>Persen tidak boleh nol; pilih &quot;Tidak ada&quot; bila tidak dipakai.</source>
        <translation>The percentage cannot be zero; choose &quot;None&quot; if it is not used.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Tulis angka bulat, misalnya 12.</source>
        <translation>Type a whole number, e.g. 12.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Lebih dari yang harus dibayar: paling banyak {max_rp}. Centang &quot;sisanya ke simpanan sukarela&quot; bila anggota mau menabung sisanya.</source>
        <translation>More than is owed: at most {max_rp}. Tick &quot;rest to voluntary savings&quot; if the member wants to save the rest.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>Pinjaman yang dipilih untuk dilunasi bukan pinjaman berjalan anggota ini.</source>
        <translation>The loan chosen to pay off is not a running loan of this member.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>Pembagian berjumlah {split_rp}, uang diterima {cash_rp}: ubah bagiannya sampai sama.</source>
        <translation>The split adds up to {split_rp}, the cash received is {cash_rp}: change the parts until they agree.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175"/>
        <source>Pinjaman {loan} paling banyak menerima {max_rp} (pelunasannya).</source>
        <translation>Loan {loan} can take at most {max_rp} (its payoff).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>Simpanan wajib paling banyak {max_rp} (yang masih terutang).</source>
        <translation>Compulsory savings at most {max_rp} (what is still owed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="177"/>
        <source>Kuitansi {number} tidak ditemukan.</source>
        <translation>Receipt {number} not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179"/>
        <source>Jenis akun &quot;{kind}&quot; tidak dikenal.</source>
        <translation>Unknown account kind &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>Kode akun &quot;{code}&quot; harus berbentuk 1-101 (angka 1–5, tanda -, tiga angka).</source>
        <translation>The account code &quot;{code}&quot; must look like 1-101 (a digit 1–5, a dash, three digits).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="181"/>
        <source>Kode akun jenis ini harus diawali angka {digit} (tertulis {code}).</source>
        <translation>Account codes of this kind must start with {digit} ({code} was typed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>Kode akun {code} sudah dipakai.</source>
        <translation>Account code {code} is already in use.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183"/>
        <source>&quot;{name}&quot; sudah ada di daftar akun.</source>
        <translation>&quot;{name}&quot; is already in the chart of accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="184"/>
        <source>Tidak ada lagi nomor kosong untuk pos jenis ini.</source>
        <translation>No free number is left for this kind.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186"/>
        <source>Pilih salah satu pos dari daftar.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187"/>
        <source>Pilih Kas atau Bank.</source>
        <translation>Choose Kas or Bank.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>Uang tidak berpindah dari {account_name} ke {account_name}: pilih Kas dan Bank.</source>
        <translation>Money does not move from {account_name} to {account_name}: choose Kas and Bank.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="190"/>
        <source>Dokumen ini tidak dicetak pada kertas {paper}.</source>
        <translation>This document is not printed on {paper} paper.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="191"/>
        <location filename="../../ui/messages.py" line="250"/>
        <source>Tanggal awal sesudah tanggal akhir.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="192"/>
        <source>Buku ini baru mulai {first}: pilih tanggal sejak hari itu.</source>
        <translation>This book begins on {first}: choose a date from that day on.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Pilih pembanding: periode yang sama tahun lalu atau tahun lalu penuh.</source>
        <translation>Choose a comparison: the same period last year or the whole of last year.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="194"/>
        <source>Periode ini belum terjadi: pilih tanggal sampai hari ini.</source>
        <translation>This period has not happened yet: choose dates up to today.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="195"/>
        <source>Logo harus gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="196"/>
        <source>Logo terlalu besar: paling besar {limit_kb} KB.</source>
        <translation>The logo is too large: at most {limit_kb} KB.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>Tulis tahun dengan 4 angka, dari 1945 sampai {max}.</source>
        <translation>Write the year with 4 digits, from 1945 to {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>Pilih salah satu dari daftar.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>Pilih kondisi: baik, rusak ringan atau rusak berat.</source>
        <translation>Choose a condition: good, slightly or badly damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="201"/>
        <source>Barang inventaris tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Inventory item not found (perhaps another book is open).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="202"/>
        <source>Barang ini sudah dihapuskan pada {on}.</source>
        <translation>This item was disposed of on {on}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="204"/>
        <source>Pilih jenis barang: mebel, peralatan atau mesin.</source>
        <translation>Choose the kind of item: furniture, tools or machine.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="205"/>
        <source>Barang bernilai dicatat lewat Tambah barang (dibeli, hibah atau milik sebelum buku dimulai), supaya masuk jurnal akun Peralatan.</source>
        <translation>An item of value is added through Add item (bought, given, or owned before the book started), so that it is journalled to Equipment.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>Barang ini ada di akun Peralatan: hapuskan lewat Hapuskan supaya jurnalnya ikut dibuat.</source>
        <translation>This item is in the Equipment account: dispose of it through Dispose so that its entry is made.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>Pilih cara barang diperoleh: dibeli, hibah, atau sudah dimiliki sebelum buku dimulai.</source>
        <translation>Choose how the item was obtained: bought, given, or owned before the book started.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="208"/>
        <source>{item} sudah dihapuskan: storno dulu penghapusannya.</source>
        <translation>{item} has been disposed of: reverse the disposal first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>Umur harus lebih dari 0 tahun.</source>
        <translation>The life must be more than 0 years.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <source>Umur paling lama {limit} tahun.</source>
        <translation>The life is at most {limit} years.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Pilih setiap bulan atau setiap tahun.</source>
        <translation>Choose every month or every year.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212"/>
        <source>{item} sudah disusutkan: storno dulu penyusutannya (yang terakhir lebih dulu).</source>
        <translation>{item} has been depreciated: reverse its depreciation first (the latest first).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="213"/>
        <source>Barang ini sudah disusutkan sampai {date}: tanggal penghapusan tidak boleh sebelum itu.</source>
        <translation>This item is depreciated through {date}: the disposal cannot be dated before that.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>Periode ini tidak sesuai kebijakan penyusutan (setiap bulan atau setiap tahun).</source>
        <translation>This period does not match the depreciation policy (every month or every year).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="215"/>
        <source>Periode ini belum selesai (sampai {end}): penyusutannya dibukukan sesudah itu.</source>
        <translation>This period is not over yet (until {end}): its depreciation is posted afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>Tidak ada barang yang perlu disusutkan pada periode ini.</source>
        <translation>No item needs depreciating in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252"/>
        <source>{item} sudah terjual lagi sesudah penjualan ini (terakhir {date}): batalkan dulu penjualan itu.</source>
        <translation>{item} was sold again after this sale (last on {date}): first cancel that sale.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253"/>
        <source>Stok {item} hanya {on_hand}, diminta {asked}.</source>
        <translation>Only {on_hand} of {item} in stock, {asked} asked.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>Sumber dana tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Funder not found (perhaps another book was opened).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270"/>
        <source>Pilih jenis sumber dana.</source>
        <translation>Choose the kind of funder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>Sumber dana &quot;{name}&quot; sudah ada.</source>
        <translation>Funder &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>{name} tidak bisa dihapus: sudah ada dana yang dicatat darinya. Nonaktifkan saja.</source>
        <translation>{name} cannot be removed: money from it has been recorded. Set it inactive instead.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273"/>
        <source>Daftarkan pemberinya dulu di Dana &amp; Sumber Modal.</source>
        <translation>Register the giver first in Funds &amp; Capital Sources.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="274"/>
        <source>{name} sudah dinonaktifkan; aktifkan lagi untuk mencatat dana baru.</source>
        <translation>{name} is inactive; set it active again to record new money.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="275"/>
        <source>Pinjaman bank tidak ditemukan.</source>
        <translation>Bank loan not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>Lebih besar dari sisa utang: yang masih harus dibayar {owed_rp}.</source>
        <translation>More than is owed: what is still to pay is {owed_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277"/>
        <source>Dana insentif PAUD tidak cukup: saldonya {balance_rp}.</source>
        <translation>The PAUD incentive fund is not enough: it holds {balance_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="278"/>
        <source>Dana sosial tidak cukup: saldonya {balance_rp}.</source>
        <translation>The social fund is not enough: it holds {balance_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <source>Guru PAUD tidak ditemukan.</source>
        <translation>PAUD teacher not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="280"/>
        <source>{name} sudah tidak aktif sebagai guru PAUD.</source>
        <translation>{name} is no longer an active PAUD teacher.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281"/>
        <source>Anggota ini bukan anggota kelompok usaha {business}: tambahkan dulu ke kelompoknya di halaman Anggota.</source>
        <translation>This member is not in the business group {business}: add her to the group on the Members page first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>Periode ini belum selesai (berakhir {end}): tutup buku sesudahnya.</source>
        <translation>This period is not over yet (it ends {end}): close it afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="284"/>
        <source>Buku sudah ditutup sampai {closed_through}.</source>
        <translation>The books are already closed to {closed_through}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="285"/>
        <source>Desember ditutup bersama tahunnya: pilih Tutup tahun {year}.</source>
        <translation>December is closed with its year: choose Close a year {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="286"/>
        <source>Tutup dulu tahun {year}: pendapatan dan bebannya belum dipindahkan ke SHU.</source>
        <translation>Close {year} first: its income and expenses have not been moved into the SHU.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="287"/>
        <source>Tanggal {day} belum ditutup; tidak ada yang perlu dibuka.</source>
        <translation>{day} is not closed; there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>SHU tahun {year} sudah dibagi: batalkan dulu pembagiannya sebelum membuka kembali tahun itu.</source>
        <translation>The SHU of {year} has been shared: cancel that distribution before reopening the year.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="289"/>
        <source>SHU tahun {year} sudah dibagi kepada anggota: pendapatan dan beban tahun itu tidak boleh berubah lagi, kecuali pembagian SHU dibatalkan dulu.</source>
        <translation>The SHU of {year} has been shared with the members: that year&apos;s income and expenses may not change any more unless the SHU distribution is cancelled first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="290"/>
        <source>Laba {business} periode {start} – {end} sudah dibagi (bagi hasil): pendapatan dan bebannya tidak boleh berubah lagi, kecuali bagi hasil itu dibatalkan dulu.</source>
        <translation>The profit of {business} for {start} – {end} has been shared (profit share): its income and expenses may not change any more unless that profit share is reversed first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291"/>
        <source>Persen &quot;{percent}&quot; tidak dikenali (paling banyak dua angka desimal, misalnya 12,5).</source>
        <translation>Percentage &quot;{percent}&quot; not understood (at most two decimals, e.g. 12.5).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="292"/>
        <source>Persen tidak boleh negatif.</source>
        <translation>A percentage cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="294"/>
        <source>Bagian-bagian SHU harus berjumlah tepat 100% (sekarang {total}%).</source>
        <translation>The SHU parts must add up to exactly 100% (now {total}%).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="295"/>
        <source>Paling banyak {limit} bagian.</source>
        <translation>At most {limit} parts.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="296"/>
        <source>Tujuan &quot;{destination}&quot; tidak dikenal.</source>
        <translation>Unknown destination &quot;{destination}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>Jasa modal dan jasa pinjaman masing-masing hanya boleh satu baris.</source>
        <translation>The capital share and the loan share may each have one line only.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298"/>
        <source>SHU tahun {year} sudah dibagi dengan aturan lama: aturan baru berlaku paling cepat 1 Januari tahun berikutnya.</source>
        <translation>The SHU of {year} was shared by the old rule: a new rule can start on 1 January of the next year at the earliest.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="299"/>
        <source>Tidak ada anggota yang punya simpanan pokok atau wajib pada tahun {year}: jasa modal tidak bisa dibagi.</source>
        <translation>No member had principal or compulsory savings in {year}: the capital share cannot be divided.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>Tidak ada anggota yang membayar jasa pinjaman pada tahun {year}: jasa pinjaman tidak bisa dibagi.</source>
        <translation>No member paid loan interest in {year}: the loan share cannot be divided.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="301"/>
        <source>Keputusan RAT dicatat sesudah tahun {year} berakhir.</source>
        <translation>The meeting&apos;s decision is recorded after {year} has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="302"/>
        <source>Tutup dulu buku tahun {year}.</source>
        <translation>Close {year} first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>SHU tahun {year} sudah dibagi.</source>
        <translation>The SHU of {year} has already been shared.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="304"/>
        <source>Tahun {year} rugi {loss_rp}: tidak ada SHU untuk dibagi. Catat keputusan RAT untuk menutup kerugian.</source>
        <translation>{year} made a loss of {loss_rp}: there is no SHU to share. Record the meeting&apos;s decision on covering the loss.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="305"/>
        <source>Tahun {year} tidak rugi.</source>
        <translation>{year} did not make a loss.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>Dana cadangan hanya {reserve_rp}, kurang untuk menutup rugi {loss_rp}.</source>
        <translation>The reserve fund holds only {reserve_rp}, not enough to cover the loss of {loss_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307"/>
        <source>Pembagian SHU ini tidak ditemukan.</source>
        <translation>This SHU distribution was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="308"/>
        <source>Pembagian SHU tahun {year} sudah dibatalkan.</source>
        <translation>The SHU distribution of {year} has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>Buku {path} tidak ada lagi di tempatnya (flashdisk dicabut, atau foldernya dipindah atau dihapus). Yang baru diisi belum tersimpan. Colokkan lagi flashdisk-nya, lalu tutup Lumbung dan buka lagi.</source>
        <translation>The book {path} is no longer where it was (the flashdisk was pulled out, or its folder was moved or deleted). What you just entered is not saved. Plug the flashdisk back in, then close Lumbung and open it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>Buku menolak perubahan ini karena melanggar aturan pembukuan (mungkin buku diubah di luar Lumbung). Tidak ada yang disimpan. Periksa buku atau pulihkan cadangan terakhir.</source>
        <translation>The book refused this change because it breaks a bookkeeping rule (the book may have been changed outside Lumbung). Nothing was saved. Check the book or restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>Buku sedang dipakai program lain. Tidak ada yang disimpan; tutup program itu lalu coba lagi.</source>
        <translation>The book is in use by another program. Nothing was saved; close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="313"/>
        <source>Buku rusak. Tidak ada yang disimpan; pulihkan cadangan terakhir yang baik (Cadangan Data).</source>
        <translation>The book is damaged. Nothing was saved; restore the last good backup (Backups).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="314"/>
        <source>Berkas buku tidak bisa dibaca lagi. Tidak ada yang disimpan; pulihkan cadangan terakhir yang baik (Cadangan Data).</source>
        <translation>The book&apos;s file can no longer be read. Nothing was saved; restore the last good backup (Backups).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="315"/>
        <source>Buku tidak bisa menyimpan perubahan ini. Tidak ada yang disimpan; coba lagi, dan bila terus terjadi pulihkan cadangan terakhir.</source>
        <translation>The book could not save this change. Nothing was saved; try again, and if it keeps happening restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="316"/>
        <source>Hubungan ke server buku ({folder}) terputus, jadi ini belum tersimpan; yang sudah tersimpan sebelumnya aman. Periksa jaringan dan server, lalu tekan Simpan lagi.</source>
        <translation>The connection to the book&apos;s server ({folder}) was lost, so this was not saved; what was saved before is safe. Check the network and the server, then press Save again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <source>Nomor anggota {number} sudah dipakai anggota lain.</source>
        <translation>Member number {number} is already used by another member.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="319"/>
        <source>Nomor anggota harus bilangan bulat lebih dari nol.</source>
        <translation>The member number must be a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="320"/>
        <source>Nomor anggota {value} sudah ada di baris lain. Satu nomor untuk satu anggota.</source>
        <translation>Member number {value} is already on another row. One number per member.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>NIK ini sudah ada di baris lain. Satu NIK untuk satu anggota.</source>
        <translation>This NIK is already on another row. One NIK per member.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="322"/>
        <source>Buku ini dimulai pada {opening} (tanggal saldo awal). Transaksi sebelum tanggal itu tidak bisa dicatat.</source>
        <translation>This book starts on {opening} (the opening date). Nothing can be recorded before that date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="323"/>
        <source>Ini transaksi saldo awal: tidak bisa dibatalkan sendiri-sendiri. Perbaiki angka yang salah dengan transaksi biasa sesudah tanggal saldo awal.</source>
        <translation>This is an opening entry: it cannot be reversed on its own. Correct a wrong figure with an ordinary entry after the opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>Saldo awal hanya untuk buku baru yang masih kosong. Buku ini sudah berisi transaksi atau anggota; tambahan berikutnya dicatat lewat layar biasa (Anggota, Simpanan, Pinjaman, Kas).</source>
        <translation>Opening balances are only for a new, empty book. This book already has entries or members; later additions go through the normal screens (Members, Savings, Loans, Cash).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="325"/>
        <source>Neraca awal tidak seimbang: selisih {difference_rp} masuk ke Selisih saldo awal. Tulis penjelasannya, atau perbaiki angkanya.</source>
        <translation>The opening balance sheet does not balance: the difference of {difference_rp} goes to Opening balance difference. Explain it, or correct the figures.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="326"/>
        <source>Data kelompok ({key}) tidak dikenal.</source>
        <translation>Unknown group data ({key}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <source>Tanggal ini sesudah tanggal saldo awal ({on}).</source>
        <translation>This date is after the opening date ({on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>Anggota nomor {number} tidak ada di daftar anggota.</source>
        <translation>Member number {number} is not in the members list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="329"/>
        <source>Jumlah bulan harus bilangan bulat, nol atau lebih.</source>
        <translation>The number of months must be a whole number, zero or more.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="330"/>
        <source>Lebih banyak dari bulan keanggotaannya sampai tanggal saldo awal ({most} bulan).</source>
        <translation>More than her months of membership up to the opening date ({most} months).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="331"/>
        <source>{value} sudah ada di baris lain. Satu baris saja untuk masing-masing.</source>
        <translation>{value} is already on another row. One row for each.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="332"/>
        <source>Jenis barang harus produk atau bahan baku.</source>
        <translation>The kind must be product or material.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="333"/>
        <source>Penyusutan yang sudah diambil tidak boleh lebih dari nilai perolehannya.</source>
        <translation>The depreciation already taken cannot be more than its cost.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="334"/>
        <source>Saldo akun {account} diisi di bagian {opening_kind}, bukan di saldo akun lain.</source>
        <translation>The balance of account {account} is entered under {opening_kind}, not under other balances.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>Akun {account} adalah pendapatan atau beban: saldo awal belum punya hasil tahun berjalan. SHU yang belum dibagikan masuk ke akun &quot;SHU belum dibagikan&quot; (2-301), hasil yang belum ditutup ke &quot;SHU tahun berjalan&quot; (3-401).</source>
        <translation>Account {account} is an income or expense account: an opening has no current year&apos;s result yet. Surplus not yet paid goes to &quot;SHU belum dibagikan&quot; (2-301), a result not yet closed to &quot;SHU tahun berjalan&quot; (3-401).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="337"/>
        <source>Anggota nomor {number} tidak ada di daftar anggota saldo awal.</source>
        <translation>Member number {number} is not in the opening&apos;s member list.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="338"/>
        <source>Jenis pinjaman &quot;{name}&quot; tidak ada di buku. Tulis nama jenis pinjaman yang ada, atau kosongkan dan isi cara hitung, jasa dan periodenya.</source>
        <translation>There is no loan product &quot;{name}&quot; in the book. Write the name of a product that exists, or leave it empty and fill in the method, interest and period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="339"/>
        <source>Isi jenis pinjaman, atau cara hitung, jasa dan periode angsurannya.</source>
        <translation>Fill in the loan product, or its method, interest and instalment period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="340"/>
        <source>Tanggal ini sesudah tanggal saldo awal {on}: pinjaman sesudahnya dicatat biasa, bukan sebagai saldo awal.</source>
        <translation>This date is after the opening date {on}: a later loan is recorded the usual way, not as an opening balance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="341"/>
        <source>Isi salah satu saja: jumlah angsuran yang sudah dibayar, atau sisa pokok bersama tanggal angsuran berikutnya.</source>
        <translation>Fill in one of the two only: the number of instalments paid, or the principal still owed with the next due date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="342"/>
        <source>Semua {periods} angsuran sudah dibayar: pinjaman ini sudah lunas, bukan pinjaman berjalan. Hapus barisnya.</source>
        <translation>All {periods} instalments are paid: this loan is paid off, not running. Delete its row.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>Yang dibayar lebih dari utangnya (pinjaman ini {periods} kali angsuran). Periksa angkanya.</source>
        <translation>More was paid than was owed (this loan has {periods} instalments). Check the figures.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>Angsuran yang sudah dibayar harus antara 0 dan {max}.</source>
        <translation>Instalments paid must be between 0 and {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="345"/>
        <source>Sisa pokok lebih besar dari pokok pinjaman awal {principal_rp}.</source>
        <translation>The principal still owed is more than the original principal {principal_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="346"/>
        <source>Tanggal ini bukan tanggal angsuran pinjaman ini. Tanggal angsurannya: {dates}.</source>
        <translation>This date is not one of this loan&apos;s due dates. Its due dates: {dates}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>Dengan angsuran berikutnya {next_due}, sisa pokok harus antara {min_rp} dan {max_rp}.</source>
        <translation>With the next instalment on {next_due}, the principal still owed must be between {min_rp} and {max_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="348"/>
        <source>&quot;{name}&quot; tidak ada di daftar sumber dana saldo awal.</source>
        <translation>&quot;{name}&quot; is not in the opening&apos;s list of funders.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="349"/>
        <source>Pinjaman {loan} dibawa dari buku lama sebagai saldo awal: pencatatannya tidak bisa dibatalkan.</source>
        <translation>Loan {loan} was brought from the old book as an opening balance: its entry cannot be reversed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="351"/>
        <source>Berkas {path} tidak ada (salah pilih, atau berkasnya dipindah?).</source>
        <translation>File {path} does not exist (wrong choice, or was the file moved?).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="352"/>
        <source>Berkas {path} sedang dibuka program lain (Excel?). Tutup dulu berkasnya di program itu, lalu baca lagi.</source>
        <translation>File {path} is open in another program (Excel?). Close the file in that program first, then read it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>Berkas {path} tidak bisa dibaca ({reason}).</source>
        <translation>File {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="354"/>
        <source>Berkas {path} kosong (0 byte). Simpan lagi isiannya di Excel sebagai .xlsx, lalu baca lagi.</source>
        <translation>File {path} is empty (0 bytes). Save the filled sheets again in Excel as .xlsx, then read it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="355"/>
        <source>Berkas {path} berformat Excel lama (.xls). Buka di Excel, pilih Simpan Sebagai &gt; Buku Kerja Excel (.xlsx), lalu baca berkas .xlsx itu.</source>
        <translation>File {path} is in the old Excel format (.xls). Open it in Excel, choose Save As &gt; Excel Workbook (.xlsx), then read that .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="356"/>
        <source>Berkas {path} bukan berkas Excel (.csv atau teks). Pakai templat Lumbung (.xlsx): salin isiannya ke templat, lalu baca templat itu.</source>
        <translation>File {path} is not an Excel file (.csv or text). Use Lumbung&apos;s template (.xlsx): copy the data into the template, then read the template.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>Berkas {path} bukan berkas Excel .xlsx yang utuh (mungkin rusak atau terpotong). Buka dan simpan lagi di Excel sebagai .xlsx.</source>
        <translation>File {path} is not a whole .xlsx Excel file (it may be damaged or cut short). Open it and save it again in Excel as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="358"/>
        <source>Berkas {path} tidak punya satu pun lembar templat (Saldo awal, Anggota, Simpanan, Pinjaman ...). Pakai templat Lumbung.</source>
        <translation>File {path} has none of the template&apos;s sheets (Saldo awal, Anggota, Simpanan, Pinjaman ...). Use Lumbung&apos;s template.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <source>Kolom &apos;{header}&apos; tidak ada di lembar {sheet}. Judul kolom jangan diganti; tambahkan lagi kolom itu.</source>
        <translation>Column &apos;{header}&apos; is missing from sheet {sheet}. Do not change the column headers; add that column again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="360"/>
        <source>Harus angka bulat, misalnya 12.</source>
        <translation>Must be a whole number, for example 12.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="361"/>
        <source>Jasa tidak dikenali. Tulis persen per periode, misalnya 1,5 (untuk 1,5%).</source>
        <translation>Rate not understood. Write the percent per period, for example 1,5 (for 1.5%).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="362"/>
        <source>NIK tersimpan sebagai angka, dan Excel sudah membuang angka terakhirnya. Ubah format kolom NIK menjadi Teks, lalu ketik ulang NIK-nya.</source>
        <translation>The NIK is stored as a number, and Excel has already dropped its last digit. Format the NIK column as Text, then type the NIK again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="363"/>
        <source>Isian tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation>Not a known entry. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="364"/>
        <source>Kode akun tidak dikenali. Tulis kodenya di depan, misalnya 3-301.</source>
        <translation>Account code not understood. Write the code first, for example 3-301.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="366"/>
        <source>&quot;{text}&quot; bukan angka.</source>
        <translation>&quot;{text}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="367"/>
        <source>&quot;{text}&quot; tidak dikenal; pilih salah satu: {choices}.</source>
        <translation>&quot;{text}&quot; is not known; choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="369"/>
        <source>Tulis alamat basis data dari pengelola server.</source>
        <translation>Type the database address the server&apos;s administrator gave you.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="370"/>
        <source>Alamat ditulis postgresql://pengguna@server/nama_basis_data, misalnya postgresql://pengurus@192.168.1.10/lumbung_desa.</source>
        <translation>Write the address as postgresql://user@server/database_name, for example postgresql://pengurus@192.168.1.10/lumbung_desa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="371"/>
        <source>Tulis atau pilih berkas buku yang baru.</source>
        <translation>Type or choose the new book file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="372"/>
        <source>Hanya {roles} yang {action}.</source>
        <translation>Only the {roles} may {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="373"/>
        <source>Belum ada yang masuk. Masuk dulu dengan nama dan kata sandi Anda.</source>
        <translation>No one is signed in. Sign in first with your name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="377"/>
        <source>Data pribadi hanya bisa dihapus untuk anggota yang sudah keluar. Keluarkan dulu lewat Simpanan → “Anggota keluar &amp; pengembalian”.</source>
        <translation>Personal data can be erased only for a member who has left. Let her leave first through Savings → “Member leaves &amp; payout”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="378"/>
        <source>Anggota ini masih punya simpanan {savings_rp} dan pinjaman {owed_rp}. Selesaikan dulu pengembaliannya; catatan uangnya harus tetap bisa dicocokkan dengan orangnya.</source>
        <translation>This member still holds savings of {savings_rp} and owes {owed_rp} on loans. Settle them first; her money records must still be matched to her.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="379"/>
        <source>Anggota ini masih punya pengajuan pinjaman yang belum selesai. Tolak atau batalkan dulu pengajuannya.</source>
        <translation>This member still has a loan application pending. Refuse or cancel it first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="380"/>
        <source>Data pribadi anggota ini sudah dihapus.</source>
        <translation>This member&apos;s personal data was already erased.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="381"/>
        <source>Data pribadi lengkap hanya untuk Ketua dan Sekretaris.</source>
        <translation>Full personal data is only for the Chair and the Secretary.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="383"/>
        <source>Pilih tanggal atau tahun, tidak keduanya.</source>
        <translation>Choose a date or a year, not both.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="384"/>
        <source>Rekap dibuat di jendela tersendiri, tanpa buku yang sedang dibuka. Tutup buku ini dulu, atau buka rekap dari menu Berkas → Rekap kecamatan…</source>
        <translation>The recap is made in a window of its own, without the book that is open. Close this book first, or open the recap from File → Kecamatan recap…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="390"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="391"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="392"/>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="393"/>
        <source>Pemeriksa</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="396"/>
        <source>mencatat uang masuk dan keluar</source>
        <translation>record money in and out</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="397"/>
        <source>mencatat anggota, pengajuan pinjaman dan catatan usaha</source>
        <translation>keep members, loan applications and business records</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="398"/>
        <source>menyetujui atau menolak pinjaman</source>
        <translation>approve or refuse loans</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="399"/>
        <source>menutup dan membuka periode, memutuskan SHU dan mengatur kelompok</source>
        <translation>close and reopen periods, decide the SHU and set up the group</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="400"/>
        <source>mengatur pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="401"/>
        <source>membatalkan transaksi (storno)</source>
        <translation>reverse a transaction (storno)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="402"/>
        <source>membaca dan mencetak</source>
        <translation>read and print</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="404"/>
        <source>{first} atau {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="408"/>
        <source>Lembar {sheet}: {text}</source>
        <translation>Sheet {sheet}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="409"/>
        <source>Lembar {sheet}, baris {row}: {text}</source>
        <translation>Sheet {sheet}, row {row}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="410"/>
        <source>Lembar {sheet}, baris {row}, kolom {column}: {text}</source>
        <translation>Sheet {sheet}, row {row}, column {column}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="411"/>
        <source>Lembar {sheet}, kolom {column}: {text}</source>
        <translation>Sheet {sheet}, column {column}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="415"/>
        <source>{path} adalah folder, bukan berkas buku. Pilih sebuah berkas.</source>
        <translation>{path} is a folder, not a book file. Choose a file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="416"/>
        <source>Buku baru tidak bisa dibuat di {path} ({reason}).</source>
        <translation>A new book cannot be created at {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="417"/>
        <source>Buku {path} atau foldernya hanya bisa dibaca. Lumbung perlu izin menulis di sana.</source>
        <translation>The book {path} or its folder is read-only. Lumbung needs permission to write there.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="418"/>
        <source>Berkas {path} tidak bisa dibaca (tidak ada izin).</source>
        <translation>The file {path} cannot be read (no permission).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="419"/>
        <source>Berkas {path} bukan buku Lumbung. Berkas ini tidak diubah.</source>
        <translation>The file {path} is not a Lumbung book. It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="420"/>
        <source>Buku {path} sedang dipakai program lain (atau Lumbung lain yang masih terbuka). Tutup program itu lalu coba lagi.</source>
        <translation>The book {path} is in use by another program (or another Lumbung still open). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="421"/>
        <source>Buku {path} tidak bisa diperbarui ke versi ini ({reason}). Perubahan dibatalkan; isi buku tetap seperti semula.</source>
        <translation>The book {path} cannot be upgraded to this version ({reason}). The change was undone; the book is as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="422"/>
        <source>Buku {path} dibuat oleh Lumbung yang lebih baru (versi data {version}; versi ini paham sampai {supported}). Perbarui Lumbung. Berkas ini tidak diubah.</source>
        <translation>The book {path} was made by a newer Lumbung (data version {version}; this version understands up to {supported}). Update Lumbung. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="424"/>
        <source>Disk tempat buku {path} penuh: Lumbung perlu sedikit ruang di sana untuk membuka buku. Isi buku tidak diubah. Kosongkan sebagian disk itu (hapus atau pindahkan berkas yang tidak perlu), lalu buka Lumbung lagi.</source>
        <translation>The disk the book {path} is on is full: Lumbung needs a little room there to open the book. The book was not changed. Free some space on that disk (delete or move files you do not need), then open Lumbung again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="425"/>
        <source>Buku {path} sedang dibuka oleh Lumbung lain (pengguna {user} di komputer {host}, proses {pid}). Tutup Lumbung itu dulu, lalu coba lagi.</source>
        <translation>The book {path} is open in another Lumbung (user {user} on computer {host}, process {pid}). Close that Lumbung first, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="426"/>
        <source>Buku {path} tidak ada (salah ketik, atau berkasnya dipindah?). Tidak ada yang dibuat.</source>
        <translation>Book {path} does not exist (a typo, or was the file moved?). Nothing was created.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="427"/>
        <source>Berkas {path} kosong (0 byte): bukan buku, mungkin rusak waktu disimpan (disk penuh, listrik padam). Berkas ini tidak diubah. Pulihkan cadangan terakhir yang baik ke buku ini.</source>
        <translation>File {path} is empty (0 bytes): not a book, probably damaged while saving (disk full, power cut). The file was not changed. Restore the last good backup onto this book.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="430"/>
        <source>Server PostgreSQL menolak masuk ke {path}: nama pengguna atau kata sandinya salah. Periksa keduanya (tanyakan kepada pengelola server), lalu coba lagi.</source>
        <translation>The PostgreSQL server refused the sign-in to {path}: the user name or its password is wrong. Check both (ask the server&apos;s administrator), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="431"/>
        <source>Basis data pada alamat {path} tidak ada di server itu (salah ketik namanya?). Tidak ada yang dibuat; minta pengelola server membuat basis data kosong untuk Lumbung.</source>
        <translation>The database at {path} does not exist on that server (a typo in its name?). Nothing was made; ask the server&apos;s administrator to make an empty database for Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="432"/>
        <source>Server PostgreSQL pada alamat {path} tidak bisa dihubungi ({reason}). Periksa nama server, kabel atau jaringan, dan apakah server itu menyala, lalu coba lagi.</source>
        <translation>The PostgreSQL server at {path} cannot be reached ({reason}). Check the server&apos;s name, the cable or network, and whether the server is on, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="433"/>
        <source>Server PostgreSQL pada alamat {path} versi {version}; Lumbung perlu versi {needed} atau lebih baru. Basis data ini tidak diubah. Minta pengelola server memperbaruinya.</source>
        <translation>The PostgreSQL server at {path} is version {version}; Lumbung needs version {needed} or newer. This database was not changed. Ask the server&apos;s administrator to upgrade it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="434"/>
        <source>Basis data pada alamat {path} sudah berisi data program lain (tabel {tables}), jadi bukan buku Lumbung. Basis data ini tidak diubah. Minta pengelola server membuat basis data kosong untuk Lumbung.</source>
        <translation>The database at {path} already holds another program&apos;s data (tables {tables}), so it is not a Lumbung book. This database was not changed. Ask the server&apos;s administrator to make an empty database for Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="435"/>
        <source>Pengguna pada alamat {path} tidak boleh membuat tabel buku di basis data itu ({reason}). Tidak ada yang diubah. Minta pengelola server menjadikannya pemilik basis data.</source>
        <translation>The user at {path} may not make the book&apos;s tables in that database ({reason}). Nothing was changed. Ask the server&apos;s administrator to make it the database&apos;s owner.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="437"/>
        <source>Basis data pada alamat {path} tidak kosong (tabel {tables}). Buku hanya dipindahkan ke basis data yang kosong; tidak ada yang diubah. Minta pengelola server membuat basis data baru yang kosong.</source>
        <translation>The database at {path} is not empty (tables {tables}). A book is moved only into an empty database; nothing was changed. Ask the server&apos;s administrator for a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="438"/>
        <source>Berkas {path} sudah ada. Buku hanya disalin ke berkas baru; berkas itu tidak diubah. Pilih nama lain.</source>
        <translation>The file {path} already exists. A book is copied only into a new file; that file was not changed. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="439"/>
        <source>Asal dan tujuan sama ({path}). Pilih basis data lain.</source>
        <translation>The source and the target are the same ({path}). Choose another database.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="440"/>
        <source>Buku {path} dibuat oleh Lumbung yang lebih lama (versi data {version}). Buka sekali dengan Lumbung ini dulu, lalu pindahkan.</source>
        <translation>The book {path} was made by an older Lumbung (data version {version}). Open it once with this Lumbung first, then move it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="441"/>
        <source>Salinan di {path} ternyata tidak sama dengan buku asal ({tables}), jadi tidak disimpan. Buku asal tidak diubah. Laporkan kejadian ini.</source>
        <translation>The copy at {path} turned out not to be the same as the original book ({tables}), so it was not kept. The original book was not changed. Please report this.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="442"/>
        <source>Dihentikan. Tidak ada yang disimpan; buku asal tidak diubah.</source>
        <translation>Stopped. Nothing was kept; the original book was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="450"/>
        <source>Berkas {name} bukan cadangan Lumbung.</source>
        <translation>The file {name} is not a Lumbung backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="451"/>
        <source>Cadangan {name} tidak utuh: terpotong, mungkin flashdisk dicabut saat menyalin. Pakai cadangan lain.</source>
        <translation>The backup {name} is incomplete: cut short, perhaps the flash drive was pulled out while copying. Use another backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="452"/>
        <source>Cadangan {name} rusak: isinya tidak cocok dengan tanda pemeriksanya (checksum). Pakai cadangan lain.</source>
        <translation>The backup {name} is damaged: its content does not match its checksum. Use another backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="453"/>
        <source>Cadangan {name} dikunci dengan kata sandi. Tulis kata sandinya.</source>
        <translation>The backup {name} is locked with a passphrase. Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="454"/>
        <source>Kata sandi tidak boleh kosong.</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="455"/>
        <source>Kata sandi terlalu pendek: paling sedikit {minimum} huruf, supaya orang lain tidak mudah menebaknya.</source>
        <translation>The passphrase is too short: at least {minimum} characters, so that others cannot easily guess it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="456"/>
        <source>Kata sandi salah: cadangan {name} tidak bisa dibuka dengan kata sandi itu.</source>
        <translation>Wrong passphrase: the backup {name} cannot be opened with it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="457"/>
        <source>Cadangan {name} dibuat oleh Lumbung {app_version} yang lebih baru (versi data {version}; versi ini paham sampai {supported}). Perbarui Lumbung dulu.</source>
        <translation>The backup {name} was made by a newer Lumbung {app_version} (data version {version}; this version understands up to {supported}). Update Lumbung first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="458"/>
        <source>Cadangan {name} tidak berisi buku Lumbung yang bisa dipulihkan.</source>
        <translation>The backup {name} holds no Lumbung book that can be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="459"/>
        <source>Berkas {name} tidak bisa dibaca ({reason}).</source>
        <translation>The file {name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="460"/>
        <source>Buku sedang dipakai program lain (atau Lumbung lain yang masih terbuka). Tutup program itu lalu coba lagi.</source>
        <translation>The book is in use by another program (or another Lumbung still open). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="461"/>
        <source>Tujuan {path} tidak ada (mungkin flashdisk sudah dicabut). Colokkan lagi atau pilih tujuan lain.</source>
        <translation>The target {path} does not exist (perhaps the flash drive was pulled out). Plug it in again or choose another target.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="462"/>
        <source>Tujuan {path} bukan folder. Pilih sebuah folder atau flashdisk.</source>
        <translation>The target {path} is not a folder. Choose a folder or a flash drive.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="463"/>
        <source>Tujuan {path} hanya bisa dibaca; cadangan tidak bisa ditulis di sana. Pilih folder atau flashdisk lain.</source>
        <translation>The target {path} is read-only; a backup cannot be written there. Choose another folder or flash drive.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="464"/>
        <source>Tujuan {path} penuh: perlu sekitar {needed}, sisa {free}. Kosongkan sebagian atau pilih tujuan lain.</source>
        <translation>The target {path} is full: about {needed} needed, {free} free. Make room or choose another target.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="465"/>
        <source>Tidak bisa menulis ke {path} ({reason}). Mungkin disk penuh atau flashdisk dicabut terlalu cepat.</source>
        <translation>Cannot write to {path} ({reason}). Perhaps the disk is full or the flash drive was pulled out too early.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="466"/>
        <source>Cadangan {name} tidak lolos pemeriksaan: isinya tidak utuh atau tidak sama dengan buku. Coba sekali lagi, atau pakai flashdisk lain.</source>
        <translation>The backup {name} failed its check: its content is incomplete or differs from the book. Try once more, or use another flash drive.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="467"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="470"/>
        <source>Buku ini ada di server PostgreSQL ({path}) dan sedang dipakai dari komputer lain, jadi cadangan tidak dipulihkan di atasnya. Pulihkan cadangan sebagai buku di komputer ini, atau pindahkan ke basis data server yang kosong (Pengaturan → Buku bersama di server; lumbung move-book).</source>
        <translation>This book is on a PostgreSQL server ({path}) and in use from other computers, so a backup is not restored over it. Restore the backup as a book on this computer, or move it into an empty server database (Settings → A book shared on a server; lumbung move-book).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="493"/>
        <source>Kas dan bank</source>
        <translation>Cash and bank</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="493"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="494"/>
        <source>Pinjaman anggota</source>
        <translation>Member loans</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="494"/>
        <source>Persediaan</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="495"/>
        <source>Inventaris</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="495"/>
        <source>Sumber modal</source>
        <translation>Sources of capital</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="496"/>
        <source>Pinjaman bank</source>
        <translation>Bank loans</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="497"/>
        <source>Selisih saldo awal (dihitung sendiri)</source>
        <translation>Opening balance difference (worked out by itself)</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="616"/>
        <source>Buku {path} tidak bisa dibuka ({reason}).</source>
        <translation>The book {path} cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="631"/>
        <source>Ada catatan yang menunjuk ke data yang sudah tidak ada (misalnya kuitansi yang transaksinya hilang, atau transaksi yang ditandai dibatalkan oleh storno yang tidak ada).</source>
        <translation>Some records point to data that no longer exists (for example a receipt whose transaction is missing, or a transaction marked as reversed by a reversal that does not exist).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="632"/>
        <source>Ada transaksi dengan kurang dari dua baris.</source>
        <translation>There is a transaction with fewer than two lines.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="633"/>
        <source>Ada transaksi yang debit dan kreditnya tidak sama.</source>
        <translation>There is a transaction whose debits and credits differ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="641"/>
        <source>Tabel catatan audit (audit_log) tidak ada: dihapus di luar Lumbung.</source>
        <translation>The audit log table (audit_log) is missing: it was deleted outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="642"/>
        <source>Semua catatan audit dihapus di luar Lumbung.</source>
        <translation>Every audit record was deleted outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="644"/>
        <source>{where}: catatan audit sebelumnya ({records}) dihapus di luar Lumbung.</source>
        <translation>{where}: the audit record before it ({records}) was deleted outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="645"/>
        <source>{where}: rantai audit terputus; catatan sebelumnya (#{before}) diubah, dihapus atau dipindah.</source>
        <translation>{where}: the audit chain is broken; the record before (#{before}) was changed, deleted or moved.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="646"/>
        <source>{where}: isi catatan audit ini diubah di luar Lumbung.</source>
        <translation>{where}: this audit record was changed outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="647"/>
        <source>{where}: transaksi ini diubah di luar Lumbung (jumlah atau baris posting tidak cocok dengan catatan audit #{record}).</source>
        <translation>{where}: this transaction was changed outside Lumbung (its amounts or lines do not match audit record #{record}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="648"/>
        <source>{where}: transaksi ini ditambahkan di luar Lumbung (tidak ada catatan auditnya).</source>
        <translation>{where}: this transaction was added outside Lumbung (it has no audit record).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="649"/>
        <source>{where}: transaksi ini dihapus di luar Lumbung (catatan audit #{record} masih ada).</source>
        <translation>{where}: this transaction was deleted outside Lumbung (audit record #{record} is still there).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="650"/>
        <source>{where}: tanda storno transaksi ini diubah di luar Lumbung.</source>
        <translation>{where}: this transaction&apos;s reversal link was changed outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="651"/>
        <source>{where}: data anggota ini diubah di luar Lumbung (tidak cocok dengan catatan audit #{record}).</source>
        <translation>{where}: this member&apos;s data was changed outside Lumbung (it does not match audit record #{record}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="652"/>
        <source>{where}: anggota ini ditambahkan di luar Lumbung (tidak ada catatan auditnya).</source>
        <translation>{where}: this member was added outside Lumbung (she has no audit record).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="653"/>
        <source>{where}: anggota yang dicatat di sini sudah tidak ada di buku (dihapus di luar Lumbung).</source>
        <translation>{where}: the member recorded here is no longer in the book (deleted outside Lumbung).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="654"/>
        <source>{where}: transaksi lama yang disegel saat buku diperbarui diubah di luar Lumbung.</source>
        <translation>{where}: older transactions sealed when the book was upgraded were changed outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="655"/>
        <source>Buku ini dari sebelum ada jejak audit; belum bisa diperiksa.</source>
        <translation>This book is from before the audit trail; it cannot be checked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="661"/>
        <source>baris transaksi</source>
        <translation>the entries&apos; lines</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="661"/>
        <source>transaksi</source>
        <translation>the entries</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="685"/>
        <source>Dan {count} temuan jejak audit lainnya (lihat: lumbung verify).</source>
        <translation>And {count} more audit trail findings (see: lumbung verify).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="705"/>
        <source>Perhatian: saat dicadangkan, pemeriksaan buku menemukan masalah:
{found}
Cadangan ini berisi buku apa adanya, dengan masalah tersebut; catatannya ikut tersimpan di dalam cadangan.</source>
        <translation>Note: when it was backed up, the book&apos;s check found problems:
{found}
This backup holds the book as it was, with those problems; the note is kept inside the backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>Jumlah ini bukan bilangan bulat dalam {unit} (misalnya setengah butir).</source>
        <translation>This quantity is not a whole number of {unit} (e.g. half an egg).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Anggota ini masih punya simpanan {savings_rp} dan pinjaman {owed_rp}. Keluarkan lewat Simpanan → “Anggota keluar &amp; pengembalian”: simpanannya dikembalikan dikurangi pinjamannya.</source>
        <translation>This member still holds savings of {savings_rp} and owes {owed_rp} on loans. Let her leave through Simpanan → “Anggota keluar &amp; pengembalian”: her savings are paid back less her loans.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>Transaksi ini sudah dibatalkan dengan storno tanggal {date}.</source>
        <translation>This transaction was already cancelled by a storno dated {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>Transaksi ini adalah storno (pembatalan) transaksi tanggal {date}; storno tidak bisa dibatalkan lagi.</source>
        <translation>This transaction is the storno (cancellation) of a transaction dated {date}; a storno cannot be cancelled again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>Pinjaman {loan} sudah dibayar lagi sesudah ini: batalkan dulu pembayaran {date} ({receipt}).</source>
        <translation>Loan {loan} was paid again after this: first cancel the payment of {date} ({receipt}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>Pinjaman {loan} sudah dibayar lagi sesudah ini: batalkan dulu pembayaran {date}.</source>
        <translation>Loan {loan} was paid again after this: first cancel the payment of {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>Provisi pinjaman {loan} dibatalkan bersama pencairannya: batalkan pencairannya.</source>
        <translation>The fee of loan {loan} is cancelled together with its disbursement: cancel the disbursement.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>Pinjaman {loan} sudah dibayar ({count} kali): batalkan dulu pembayarannya, yang terakhir lebih dulu.</source>
        <translation>Loan {loan} has been paid ({count} times): first cancel its payments, the latest first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>Pinjaman {loan} pernah dibayar (pembayarannya sudah dibatalkan); pencairannya tidak bisa dibatalkan lagi.</source>
        <translation>Loan {loan} was paid once (the payments are cancelled); its disbursement can no longer be cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>Pinjaman {loan} sudah dihapusbukukan: penghapusan dan pencairannya tidak bisa dibatalkan dengan storno.</source>
        <translation>Loan {loan} was written off: its write-off and disbursement cannot be cancelled by a storno.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="216"/>
        <source>Penyusutan sudah dibukukan sampai {through}. Tidak ada yang dicatat.</source>
        <translation>Depreciation has been posted through {through} already. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218"/>
        <source>Sudah ada penyusutan sesudahnya (sampai {through}): storno dulu yang terakhir.</source>
        <translation>There is a later depreciation (through {through}): reverse the latest first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>Jumlah terlalu besar.</source>
        <translation>The quantity is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>Jumlah &quot;{quantity}&quot; tidak dikenali. Tulis angka, misalnya 12,5.</source>
        <translation>The quantity &quot;{quantity}&quot; is not understood. Write a number, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>Satuan tidak dikenal.</source>
        <translation>Unknown unit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>Satuan ini tidak bisa dipakai untuk {item}.</source>
        <translation>This unit cannot be used for {item}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>Isi satuan harus bilangan bulat dari satuan dasar (tertulis {factor}).</source>
        <translation>A unit must hold a whole number of its base unit ({factor} given).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>Isi satuan harus paling sedikit 1.</source>
        <translation>A unit must hold at least 1 of its base unit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>Satuan dasar berisi tepat 1; untuk satuan yang lebih besar pilih satuan dasarnya.</source>
        <translation>A base unit holds exactly 1; for a larger unit choose its base unit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>{unit} bukan satuan dasar: hitung dari {base}.</source>
        <translation>{unit} is not a base unit: count from {base}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>Satuan &quot;{name}&quot; sudah ada.</source>
        <translation>The unit &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="231"/>
        <source>Usaha ini sudah tidak aktif.</source>
        <translation>This business is no longer active.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>Produk tidak dikenal.</source>
        <translation>Unknown product.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233"/>
        <source>Bahan baku tidak dikenal.</source>
        <translation>Unknown raw material.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="234"/>
        <source>Barang tidak dikenal.</source>
        <translation>Unknown item.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>{item} milik usaha {business}, bukan usaha ini.</source>
        <translation>{item} belongs to the business {business}, not this one.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>&quot;{name}&quot; sudah ada di usaha ini.</source>
        <translation>&quot;{name}&quot; already exists in this business.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237"/>
        <source>Harga harus lebih dari Rp0.</source>
        <translation>The price must be more than Rp0.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>Harga atau jumlah harus kurang dari Rp10.000.000.000.000.</source>
        <translation>The price or amount must be less than Rp10,000,000,000,000.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="239"/>
        <source>Harga pokok tidak boleh kurang dari nol.</source>
        <translation>The standard cost cannot be below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240"/>
        <source>{item} belum punya harga jual pada tanggal ini: isi harganya.</source>
        <translation>{item} has no sale price on this date: enter the price.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>Isi paling sedikit satu produk yang dijual.</source>
        <translation>Enter at least one product sold.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>Penjualan kredit harus menyebut pembelinya.</source>
        <translation>A credit sale must name its buyer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243"/>
        <source>Pembelian kredit harus menyebut pemasoknya.</source>
        <translation>A credit purchase must name its supplier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>Jumlah rusak tidak boleh lebih dari jumlah yang dibuat.</source>
        <translation>Rejects cannot be more than the quantity made.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="245"/>
        <source>Lebih dari sisa utangnya: paling banyak {open_rp}.</source>
        <translation>More than what is still owed: at most {open_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="246"/>
        <source>Tanggal bayar tidak boleh sebelum tanggal transaksinya ({date}).</source>
        <translation>The payment cannot be dated before its transaction ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>Penjualan kredit ini tidak ada (atau sudah distorno).</source>
        <translation>This credit sale does not exist (or was reversed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248"/>
        <source>Pembelian kredit ini tidak ada (atau sudah distorno).</source>
        <translation>This credit purchase does not exist (or was reversed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="249"/>
        <source>Akun {account} bukan akun beban usaha.</source>
        <translation>Account {account} is not a business expense account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>Transaksi ini sudah dibayar ({count} kali): storno pembayarannya dulu.</source>
        <translation>This transaction has payments ({count}): reverse them first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>Tulis alasan mengapa stok boleh menjadi minus.</source>
        <translation>Write why the stock may go below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>Hasil hitung berbeda dengan buku: tulis alasannya.</source>
        <translation>The count differs from the book: write the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256"/>
        <source>Bagian-bagian harus berjumlah tepat 100% (sekarang {total}%).</source>
        <translation>The parts must add up to exactly 100% (now {total}%).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="257"/>
        <source>Persen &quot;{percent}&quot; tidak dikenali (paling banyak dua angka desimal).</source>
        <translation>The percentage &quot;{percent}&quot; is not understood (at most two decimals).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <location filename="../../ui/messages.py" line="293"/>
        <source>Setiap bagian harus lebih dari 0% dan paling banyak 100%.</source>
        <translation>Each part must be more than 0% and at most 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>Bagian &quot;{target}&quot; tidak dikenal: pilih anggota yang bekerja atau akun dana.</source>
        <translation>Unknown part &quot;{target}&quot;: choose the working members or a fund account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="260"/>
        <source>Dasar pembagian &quot;{basis}&quot; tidak dikenal.</source>
        <translation>Unknown basis for sharing &quot;{basis}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261"/>
        <source>Usaha {business} belum punya aturan bagi hasil.</source>
        <translation>The business {business} has no profit-share rule yet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>Tidak ada laba untuk dibagi pada periode ini (laba {profit_rp}).</source>
        <translation>There is no profit to share in this period (profit {profit_rp}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="263"/>
        <source>Belum ada catatan kerja atau penjualan anggota pada periode ini.</source>
        <translation>No member&apos;s work or sales are recorded in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="264"/>
        <source>Laba periode {start} – {end} sudah dibagi.</source>
        <translation>The profit of {start} – {end} has been shared already.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>Bagi hasil dicatat paling cepat pada akhir periodenya ({end}).</source>
        <translation>A profit share is recorded on or after the end of its period ({end}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>Jam kerja sehari harus antara 0 dan 24.</source>
        <translation>Hours worked in a day must be between 0 and 24.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267"/>
        <source>Isi jam kerja atau jumlah hasil kerja.</source>
        <translation>Enter the hours or the pieces worked.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="374"/>
        <source>Bendahara hanya membatalkan transaksi yang ia catat sendiri; {entry} dicatat oleh {name}. Minta Ketua membatalkannya.</source>
        <translation>A Bendahara takes back only the entries she made herself; {entry} was entered by {name}. Ask the Ketua to take it back.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="375"/>
        <source>Pinjaman {number} diajukan oleh {name}, jadi harus disetujui pengurus lain. Bila kelompok hanya punya satu pengurus, centang &quot;Hanya satu pengurus&quot; di Pengaturan → Pengguna.</source>
        <translation>Loan {number} was entered by {name}, so another officer must approve it. If the group has only one officer, tick &quot;One officer only&quot; in Settings → Users.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="423"/>
        <source>Buku {path} rusak ({reason}) dan tidak dibuka, supaya tidak bertambah rusak. Berkas ini tidak diubah. Pulihkan cadangan terakhir yang baik ke buku ini (Pulihkan dari cadangan…).</source>
        <translation>The book {path} is damaged ({reason}) and was not opened, so that it gets no worse. The file is unchanged. Restore the last good backup into this book (Restore from a backup…).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="468"/>
        <source>Berkas {name} adalah buku itu sendiri, bukan cadangannya. Pilih berkas cadangan (.lumbung).</source>
        <translation>File {name} is the book itself, not a backup of it. Choose a backup file (.lumbung).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="469"/>
        <source>Tujuan {path} adalah folder buku itu sendiri: bila disk itu rusak, cadangannya ikut hilang. Pilih flashdisk atau folder lain.</source>
        <translation>Target {path} is the book&apos;s own folder: if that disk fails, the backup is lost with it. Choose a flash drive or another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="475"/>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="476"/>
        <source>Folder {folder} hanya bisa dibaca; dokumen tidak bisa disimpan di sana. Pilih folder lain.</source>
        <translation>The folder {folder} is read-only; the document cannot be saved there. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="477"/>
        <source>Disk di {folder} penuh; dokumen tidak disimpan. Kosongkan sebagian atau pilih folder lain.</source>
        <translation>The disk at {folder} is full; the document was not saved. Make room or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="478"/>
        <source>Dokumen tidak bisa ditulis ke {folder} ({reason}).</source>
        <translation>The document cannot be written to {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="481"/>
        <source>Tidak bisa disimpan ({code}).</source>
        <translation>Cannot be saved ({code}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="500"/>
        <source>diajukan</source>
        <translation>applied for</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="500"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="501"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="501"/>
        <source>berjalan</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="502"/>
        <source>lunas</source>
        <translation>paid off</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="503"/>
        <source>dihapusbukukan</source>
        <translation>written off</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="630"/>
        <source>Berkas buku rusak (pemeriksaan SQLite gagal).</source>
        <translation>The book file is damaged (the SQLite check failed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="634"/>
        <source>Neraca saldo tidak seimbang.</source>
        <translation>The trial balance does not balance.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="643"/>
        <source>Pengaman {table} (yang mencegahnya diubah atau dihapus) dibuang di luar Lumbung.</source>
        <translation>The guard of {table} (that keeps it from being changed or deleted) was dropped outside Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="662"/>
        <source>data anggota</source>
        <translation>the members&apos; data</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="662"/>
        <source>jejak audit</source>
        <translation>the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="696"/>
        <source>Pemeriksaan buku menemukan masalah:
{found}

Jangan mencatat transaksi baru dulu. Pulihkan cadangan terakhir yang baik di halaman Cadangan Data, atau hubungi pendamping.</source>
        <translation>Checking the book found problems:
{found}

Do not record new transactions for now. Restore the last good backup on the Backup page, or contact your facilitator.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../ui/opening/columns.py" line="29"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="30"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="31"/>
        <source>Pinjaman berjalan</source>
        <translation>Running loans</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="32"/>
        <source>Kas dan Bank</source>
        <translation>Cash and bank</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="33"/>
        <source>Sumber dana</source>
        <translation>Sources of funds</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="34"/>
        <source>Pinjaman bank</source>
        <translation>Bank loans</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="35"/>
        <source>Persediaan</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="36"/>
        <source>Inventaris</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="37"/>
        <source>Saldo lain</source>
        <translation>Other balances</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="40"/>
        <source>Salin Buku Daftar Anggota, satu baris per anggota, dengan nomor anggota kelompok sendiri.</source>
        <translation>Copy the member register, one row per member, with the group&apos;s own member numbers.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="41"/>
        <source>Simpanan tiap anggota pada tanggal saldo awal.</source>
        <translation>Each member&apos;s savings on the opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="42"/>
        <source>Pinjaman anggota yang belum lunas: isi angsuran yang sudah dibayar, atau sisa pokok dan jatuh tempo berikut.</source>
        <translation>Members&apos; loans not yet repaid: give the instalments already paid, or the principal still owed and the next due date.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="43"/>
        <source>Uang di kas (kotak) dan di bank pada tanggal saldo awal.</source>
        <translation>Money in the cash box and in the bank on the opening date.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="44"/>
        <source>Pemberi modal (CSR, Dinas, desa) dan hibah yang sudah diterima.</source>
        <translation>Funders (CSR, government office, village) and the grants already received.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="45"/>
        <source>Pinjaman kelompok ke bank atau Dinas yang belum lunas.</source>
        <translation>The group&apos;s loans from a bank or government office not yet repaid.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="46"/>
        <source>Stok usaha kelompok, dalam satuan hitungnya (butir, rak, kg).</source>
        <translation>Stock of the group&apos;s businesses, in the unit it is counted in (piece, tray, kg).</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="47"/>
        <source>Buku Inventaris: barang milik kelompok dan harganya.</source>
        <translation>Inventory book: the group&apos;s belongings and their cost.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="48"/>
        <source>Saldo lain yang ada di buku lama (dana cadangan, utang usaha, modal awal).</source>
        <translation>Other balances in the old books (reserve fund, trade payables, starting capital).</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="51"/>
        <source>P</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="51"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="52"/>
        <source>Pra sejahtera</source>
        <translation>Pre-prosperous</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="53"/>
        <source>KS I</source>
        <translation>KS I</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="53"/>
        <source>KS II</source>
        <translation>KS II</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="54"/>
        <source>KS III</source>
        <translation>KS III</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="54"/>
        <source>KS III plus</source>
        <translation>KS III plus</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="55"/>
        <source>Kas</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="55"/>
        <location filename="../../ui/opening/columns.py" line="60"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="56"/>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="56"/>
        <source>Efektif (menurun)</source>
        <translation>Effective (declining)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="57"/>
        <source>Anuitas</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="58"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="58"/>
        <source>Mingguan</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="59"/>
        <source>CSR perusahaan</source>
        <translation>Company CSR</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="59"/>
        <source>Dinas</source>
        <translation>Government office</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="60"/>
        <source>Dana desa</source>
        <translation>Village fund</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="61"/>
        <source>Modal anggota</source>
        <translation>Members&apos; capital</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="61"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="62"/>
        <source>Barang jadi</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="62"/>
        <source>Bahan</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="63"/>
        <source>Mebel</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="63"/>
        <source>Peralatan</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="64"/>
        <source>Mesin</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="65"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="65"/>
        <source>Rusak ringan</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="66"/>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="101"/>
        <location filename="../../ui/opening/columns.py" line="117"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="103"/>
        <source>Cara hitung jasa</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="104"/>
        <source>Jasa per periode (%)</source>
        <translation>Interest per period (%)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="105"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="106"/>
        <source>Jangka (kali)</source>
        <translation>Term (instalments)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="107"/>
        <source>Pokok pinjaman</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="110"/>
        <source>Angsuran pertama</source>
        <translation>First instalment</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="111"/>
        <source>Angsuran sudah dibayar</source>
        <translation>Instalments paid</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="112"/>
        <source>Sisa pokok</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="113"/>
        <source>Jatuh tempo berikut</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="118"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="119"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="120"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="121"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="122"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="123"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="124"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="125"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="126"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="127"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="128"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="129"/>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="130"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="131"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="132"/>
        <source>Tahap KS</source>
        <translation>Welfare stage</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="133"/>
        <source>Tanggal masuk</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="134"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="138"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="139"/>
        <source>Simpanan wajib</source>
        <translation>Compulsory savings</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="140"/>
        <source>Wajib sudah dibayar (bulan)</source>
        <translation>Compulsory paid (months)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="141"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="145"/>
        <source>No. pinjaman</source>
        <translation>Loan no.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="146"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="148"/>
        <source>Tanggal cair</source>
        <translation>Date disbursed</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="152"/>
        <source>Kas atau Bank</source>
        <translation>Cash or bank</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="153"/>
        <location filename="../../ui/opening/columns.py" line="195"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="154"/>
        <source>Keterangan (kotak, bank dan no. rekening)</source>
        <translation>Note (box, bank and account no.)</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="157"/>
        <source>Nama sumber dana</source>
        <translation>Funder&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="158"/>
        <location filename="../../ui/opening/columns.py" line="174"/>
        <location filename="../../ui/opening/columns.py" line="182"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="159"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="160"/>
        <location filename="../../ui/opening/columns.py" line="166"/>
        <source>No. perjanjian</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="161"/>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="162"/>
        <source>Hibah sudah diterima</source>
        <translation>Grants received</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="165"/>
        <source>Pemberi pinjaman</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="168"/>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="172"/>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="173"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="175"/>
        <location filename="../../ui/opening/columns.py" line="185"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="176"/>
        <location filename="../../ui/opening/columns.py" line="184"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="177"/>
        <source>Harga pokok per satuan</source>
        <translation>Cost per unit</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="178"/>
        <source>Harga jual per satuan</source>
        <translation>Price per unit</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="181"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="183"/>
        <source>Tanggal beli</source>
        <translation>Date bought</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="186"/>
        <source>Harga beli</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="187"/>
        <source>Sudah disusutkan</source>
        <translation>Depreciated so far</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="188"/>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="189"/>
        <source>Tempat</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="190"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="191"/>
        <location filename="../../ui/opening/columns.py" line="196"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/opening/columns.py" line="194"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/opening/pages.py" line="48"/>
        <source>{kind}, baris {row}, {column}: {text}</source>
        <translation>{kind}, row {row}, {column}: {text}</translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="84"/>
        <source>Ekspor data pribadi</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialogs.py" line="100"/>
        <source>Data pribadi tersimpan sebagai {name}
di folder {folder}.</source>
        <translation>Personal data saved as {name}
in the folder {folder}.</translation>
    </message>
</context>
</TS>

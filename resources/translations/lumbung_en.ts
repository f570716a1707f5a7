<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BusinessesPage</name>
    <message>
        <location filename="../../ui/pages/businesses.py" line="61"/>
        <source>Kelompok usaha</source>
        <translation>Business group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="61"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="62"/>
        <source>Kelompok usaha baru</source>
        <translation>New business group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="63"/>
        <source>Tambah kelompok usaha</source>
        <translation>Add business group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/businesses.py" line="65"/>
        <source>Produk, bahan baku, produksi, penjualan, stok dan bagi hasil tiap usaha belum tersedia di versi ini; bagian itu menyusul.</source>
        <translation>Products, raw materials, production, sales, stock and profit sharing for each business are not available in this version; they will come later.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="25"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="54"/>
        <source>belum ada transaksi</source>
        <translation>no transactions yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="63"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="64"/>
        <source>Anggota aktif</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="65"/>
        <source>Saldo kas</source>
        <translation>Cash balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="66"/>
        <source>Saldo bank</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="67"/>
        <source>Transaksi terakhir</source>
        <translation>Last transaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="73"/>
        <source>Buku ini masih kosong: belum ada anggota. Tambahkan anggota di halaman Anggota, atau isi data contoh sebuah desa untuk mencoba Lumbung.</source>
        <translation>This book is still empty: there are no members yet. Add members on the Members page, or fill in a sample village to try Lumbung.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="77"/>
        <source>Isi data contoh</source>
        <translation>Fill in sample data</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/leave_dialog.py" line="44"/>
        <location filename="../../ui/leave_dialog.py" line="49"/>
        <source>Tandai keluar</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="46"/>
        <source>{number} – {name} keluar dari kelompok. Nomor anggota dan riwayatnya tetap disimpan.</source>
        <translation>{number} – {name} leaves the group. Her member number and history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="48"/>
        <source>Tanggal keluar</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.py" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Buka buku lain…</source>
        <translation>&amp;Open another book…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Isi data contoh</source>
        <translation>Fill in &amp;sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Tentang Lumbung</source>
        <translation>&amp;About Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>{group} – {path} – Lumbung</source>
        <translation>{group} – {path} – Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Buka buku lain</source>
        <translation>Open another book</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Buku Lumbung (*.sqlite);;Semua berkas (*)</source>
        <translation>Lumbung books (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Buku tidak bisa dibuka</source>
        <translation>The book cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Mengisi data contoh…</source>
        <translation>Filling in sample data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Isi data contoh</source>
        <translation>Fill in sample data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Tentang Lumbung</source>
        <translation>About Lumbung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Lumbung {version}

Pembukuan untuk kelompok UP2K-PKK: anggota, simpan pinjam, usaha kelompok dan kas, dalam rupiah yang tidak pernah hilang atau bertambah sendiri.

Buku yang terbuka: {path}</source>
        <translation>Lumbung {version}

Bookkeeping for UP2K-PKK groups: members, savings and loans, group businesses and cash, in rupiah that never get lost or appear from nowhere.

Open book: {path}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="192"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="194"/>
        <source>Ubah anggota {number} – {name}</source>
        <translation>Edit member {number} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="197"/>
        <source>Data diri</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="197"/>
        <source>Keanggotaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="198"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="198"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="202"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="202"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="202"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="203"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="203"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="204"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="204"/>
        <source>Jalan / gang</source>
        <translation>Street / lane</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="204"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="205"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="205"/>
        <source>Desa / kelurahan</source>
        <translation>Village (desa / kelurahan)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="205"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="206"/>
        <source>Kabupaten</source>
        <translation>Regency (kabupaten)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="206"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="207"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="207"/>
        <source>Tahap keluarga sejahtera</source>
        <translation>Family welfare stage</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="208"/>
        <source>Tanggal masuk</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="211"/>
        <source>16 angka, boleh kosong</source>
        <translation>16 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="212"/>
        <source>P – Perempuan</source>
        <translation>F – Female (P)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="213"/>
        <source>L – Laki-laki</source>
        <translation>M – Male (L)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="214"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="214"/>
        <source>Pra Sejahtera</source>
        <translation>Pra Sejahtera (pre-prosperous)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="214"/>
        <source>KS I</source>
        <translation>KS I (prosperous I)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="214"/>
        <source>KS II</source>
        <translation>KS II (prosperous II)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="215"/>
        <source>KS III</source>
        <translation>KS III (prosperous III)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="215"/>
        <source>KS III Plus</source>
        <translation>KS III Plus (prosperous III plus)</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="218"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.py" line="219"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/member_table.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="56"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="56"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="56"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="56"/>
        <source>No.
Anggota</source>
        <translation>Member
no.</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Kelompok usaha</source>
        <translation>Business groups</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="57"/>
        <source>Tanggal
masuk</source>
        <translation>Date
joined</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="68"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/member_table.py" line="69"/>
        <source>Keluar {date}</source>
        <translation>Left {date}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/pages/members.py" line="101"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="102"/>
        <source>nomor, nama, NIK atau desa</source>
        <translation>number, name, NIK or village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="104"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="104"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="104"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="106"/>
        <source>Tambah (Ins)</source>
        <translation>Add (Ins)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="107"/>
        <source>Ubah (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/members.py" line="108"/>
        <location filename="../../ui/pages/members.py" line="187"/>
        <source>Tandai keluar</source>
        <translation>Mark as left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/members.py" line="140"/>
        <source>%n anggota ditampilkan</source>
        <translation>
            <numerusform>%n member shown</numerusform>
            <numerusform>%n members shown</numerusform>
        </translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>Tampilan di komputer ini</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Kelompok (disimpan di dalam buku)</source>
        <translation>Group (kept in the book)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81"/>
        <source>Nama petugas</source>
        <translation>Operator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="83"/>
        <source>Alamat kelompok</source>
        <translation>Group address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="84"/>
        <source>Nama tempat (untuk kuitansi)</source>
        <translation>Place name (for receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Desa anggota baru</source>
        <translation>Village for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="86"/>
        <source>Kecamatan anggota baru</source>
        <translation>Kecamatan for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="87"/>
        <source>Kabupaten anggota baru</source>
        <translation>Kabupaten for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="88"/>
        <source>Provinsi anggota baru</source>
        <translation>Province for new members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>Pengaturan tersimpan.</source>
        <translation>Settings saved.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="26"/>
        <source>Pembukuan kelompok UP2K-PKK.</source>
        <translation>Bookkeeping for UP2K-PKK groups.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="27"/>
        <source>buka buku (berkas data) lain</source>
        <translation>open another book (data file)</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="30"/>
        <source>buka buku contoh; bila masih kosong, isi dengan desa contoh</source>
        <translation>open the sample book; if it is empty, fill it with a sample village</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="68"/>
        <source>Lumbung tidak bisa membuka buku</source>
        <translation>Lumbung cannot open the book</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Terlalu panjang: paling banyak {limit} huruf.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Tanggal tidak boleh sebelum {earliest}.</source>
        <translation>The date cannot be before {earliest}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 17/08/1985.</source>
        <translation>Not a date. Write dd/mm/yyyy, for example 17/08/1985.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>Pilih L (laki-laki) atau P (perempuan).</source>
        <translation>Choose L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Nomor telepon hanya boleh berisi angka (8–15 angka), boleh diawali +.</source>
        <translation>A phone number may only contain digits (8–15 of them), optionally starting with +.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Tulis angka saja, paling banyak 3 angka.</source>
        <translation>Digits only, at most 3.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Kode pos harus 5 angka.</source>
        <translation>The postal code must be 5 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Tahap keluarga sejahtera tidak dikenal.</source>
        <translation>Unknown family welfare stage.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Tanggal masuk tidak boleh sebelum tanggal lahir.</source>
        <translation>The date joined cannot be before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>Tanggal keluar tidak boleh sebelum tanggal masuk.</source>
        <translation>The date left cannot be before the date joined.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Ada kelompok usaha yang tidak dikenal.</source>
        <translation>One of the business groups is unknown.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>Anggota tidak ditemukan (mungkin buku sudah berganti).</source>
        <translation>Member not found (perhaps another book was opened).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Anggota ini sudah keluar pada {left_on}.</source>
        <translation>This member already left on {left_on}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may only contain digits.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>NIK harus 16 angka (tertulis {length}).</source>
        <translation>The NIK must be 16 digits ({length} were typed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Angka tanggal lahir di dalam NIK (angka ke-7 s.d. 12) bukan tanggal yang ada.</source>
        <translation>The birth date inside the NIK (digits 7 to 12) is not a real date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Kode wilayah NIK {region} tidak dikenal.</source>
        <translation>Unknown NIK region code {region}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>NIK tidak cocok dengan jenis kelamin: untuk perempuan tanggal lahir di NIK ditambah 40.</source>
        <translation>The NIK does not match the sex: for women, 40 is added to the day of birth in the NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Tanggal lahir di dalam NIK tidak sama dengan tanggal lahir yang diisi.</source>
        <translation>The birth date inside the NIK differs from the date of birth entered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>NIK ini sudah dipakai anggota {number} – {name}.</source>
        <translation>This NIK is already used by member {number} – {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Anggota ini sudah keluar pada {left_on}; tidak bisa ada transaksi baru.</source>
        <translation>This member left on {left_on}; no new transactions are possible.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Jumlah harus lebih dari nol.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Jenis simpanan &quot;{kind}&quot; tidak dikenal.</source>
        <translation>Unknown kind of savings &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Tanggal tidak boleh sebelum anggota masuk ({joined_on}).</source>
        <translation>The date cannot be before the member joined ({joined_on}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Utang anggota ({owed_rp}) lebih besar dari simpanannya ({savings_rp}).</source>
        <translation>The member owes more ({owed_rp}) than her savings ({savings_rp}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Ada transaksi sesudah tanggal keluar (terakhir {last_date}); pilih tanggal keluar sesudahnya.</source>
        <translation>There are transactions after the leaving date (the last on {last_date}); choose a later leaving date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>Saldo tidak cukup: yang bisa ditarik {balance_rp}.</source>
        <translation>Not enough balance: {balance_rp} can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Simpanan {kind} hanya dikembalikan saat anggota keluar.</source>
        <translation>Simpanan {kind} is only paid back when the member leaves.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Akun {account} bukan akun kas atau bank.</source>
        <translation>Account {account} is not a cash or bank account.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Simpanan pokok anggota ini sudah dibayar.</source>
        <translation>This member has already paid her simpanan pokok.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>Simpanan pokok harus tepat {expected_rp}.</source>
        <translation>Simpanan pokok must be exactly {expected_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Storno ini membuat saldo simpanan {kind} anggota menjadi {balance_rp} (kurang dari nol).</source>
        <translation>This reversal would take the member&apos;s simpanan {kind} balance to {balance_rp} (below zero).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Kelompok usaha &quot;{name}&quot; sudah ada.</source>
        <translation>The business group &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Buku ini sudah berisi anggota; data contoh hanya diisi ke buku yang masih kosong.</source>
        <translation>This book already has members; sample data is only filled into an empty book.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>Buku sudah ditutup sampai {closed_through}; pilih tanggal sesudahnya.</source>
        <translation>The books are closed up to {closed_through}; choose a later date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Satu jurnal perlu paling sedikit 2 baris (ada {count}).</source>
        <translation>A journal entry needs at least 2 lines ({count} given).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Debit dan kredit tidak seimbang: selisih {difference}.</source>
        <translation>Debits and credits do not balance: the difference is {difference}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Jurnal nomor {entry_id} tidak ditemukan.</source>
        <translation>Journal entry {entry_id} not found.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>Jurnal ini sudah dibatalkan (storno) oleh jurnal nomor {reversed_by}.</source>
        <translation>This entry was already reversed by entry {reversed_by}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>Jurnal ini sendiri adalah storno dari jurnal nomor {reverses}; tidak bisa dibatalkan lagi.</source>
        <translation>This entry is itself the reversal of entry {reverses}; it cannot be reversed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Tanggal storno tidak boleh sebelum tanggal jurnal asli ({original_date}).</source>
        <translation>A reversal cannot be dated before the original entry ({original_date}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Akun {account} tidak ada.</source>
        <translation>Account {account} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>Akun {account} sudah tidak aktif.</source>
        <translation>Account {account} is no longer active.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Jumlah harus rupiah bulat (tertulis {amount}).</source>
        <translation>The amount must be whole rupiah ({amount} was given).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Jumlah tidak boleh nol.</source>
        <translation>The amount cannot be zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Jumlah terlalu besar: paling banyak {limit}.</source>
        <translation>The amount is too large: at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Anggota (id {member_id}) tidak ada.</source>
        <translation>Member (id {member_id}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Kelompok usaha (id {business_id}) tidak ada.</source>
        <translation>Business group (id {business_id}) does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Buku sudah ditutup sampai {closed_through} dan tidak bisa dibuka kembali.</source>
        <translation>The books are closed up to {closed_through} and cannot be reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>Jumlah pinjaman harus lebih dari nol.</source>
        <translation>The loan amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>Jumlah pinjaman terlalu besar: paling banyak {max_rp}.</source>
        <translation>The loan amount is too large: at most {max_rp}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>Jasa harus berupa angka persen, misalnya 1,5.</source>
        <translation>The interest (jasa) must be a percentage, for example 1,5.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Jasa tidak boleh kurang dari nol.</source>
        <translation>The interest (jasa) cannot be below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>Jasa terlalu tinggi: paling banyak {max} per periode.</source>
        <translation>The interest (jasa) is too high: at most {max} per period.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Jangka waktu harus antara {min} dan {max} kali angsuran.</source>
        <translation>The term must be between {min} and {max} instalments.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>Cara hitung jasa tidak dikenal; pilih flat, efektif atau anuitas.</source>
        <translation>Unknown interest method; choose flat, efektif (declining) or anuitas (annuity).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>Pembulatan angsuran harus salah satu dari: {allowed}.</source>
        <translation>Instalment rounding must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Angsuran harus bulanan atau mingguan.</source>
        <translation>Instalments must be monthly or weekly.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>Pembulatan ke {unit_rp} terlalu besar untuk pinjaman ini (angsuran ke-{row} sudah melunasi pinjaman). Pilih pembulatan yang lebih kecil.</source>
        <translation>Rounding to {unit_rp} is too coarse for this loan (instalment {row} would already pay it off). Choose a smaller rounding.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>Jenis akun &quot;{kind}&quot; tidak dikenal.</source>
        <translation>Unknown account kind &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>Kode akun &quot;{code}&quot; harus berbentuk 1-101 (angka 1–5, tanda -, tiga angka).</source>
        <translation>The account code &quot;{code}&quot; must look like 1-101 (a digit 1–5, a dash, three digits).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Kode akun jenis ini harus diawali angka {digit} (tertulis {code}).</source>
        <translation>Account codes of this kind must start with {digit} ({code} was typed).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Kode akun {code} sudah dipakai.</source>
        <translation>Account code {code} is already in use.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>{path} adalah folder, bukan berkas buku. Pilih sebuah berkas.</source>
        <translation>{path} is a folder, not a book file. Choose a file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>Buku baru tidak bisa dibuat di {path} ({reason}).</source>
        <translation>A new book cannot be created at {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Buku {path} atau foldernya hanya bisa dibaca. Lumbung perlu izin menulis di sana.</source>
        <translation>The book {path} or its folder is read-only. Lumbung needs permission to write there.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>Berkas {path} tidak bisa dibaca (tidak ada izin).</source>
        <translation>The file {path} cannot be read (no permission).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>Berkas {path} bukan buku Lumbung. Berkas ini tidak diubah.</source>
        <translation>The file {path} is not a Lumbung book. It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>Buku {path} sedang dipakai program lain (atau Lumbung lain yang masih terbuka). Tutup program itu lalu coba lagi.</source>
        <translation>The book {path} is in use by another program (or another Lumbung still open). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>Buku {path} tidak bisa diperbarui ke versi ini ({reason}). Perubahan dibatalkan; isi buku tetap seperti semula.</source>
        <translation>The book {path} cannot be upgraded to this version ({reason}). The change was undone; the book is as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>Buku {path} dibuat oleh Lumbung yang lebih baru (versi data {version}; versi ini paham sampai {supported}). Perbarui Lumbung. Berkas ini tidak diubah.</source>
        <translation>The book {path} was made by a newer Lumbung (data version {version}; this version understands up to {supported}). Update Lumbung. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>Tidak bisa disimpan ({code}).</source>
        <translation>Cannot be saved ({code}).</translation>
    </message>
</context>
</TS>

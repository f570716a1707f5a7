#!/usr/bin/env bash
# The Debian package dist/lumbung_VERSION_ARCH.deb from the bundle dist/lumbung/ (build.sh makes
# it; `bash packaging/build.sh --deb` does both), with dpkg-deb alone:
#   /opt/lumbung/                      the bundle
#   /usr/bin/lumbung                   a link to it, so `lumbung` works from any terminal
#   /usr/share/applications/           the menu entry;  /usr/share/icons/hicolor/  its icon
# Users' books live in their own data folders (~/.local/share/Lumbung): the package never
# holds, moves or removes them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"  # QT_LIBS_*: what Qt needs from the system
cd "$LUMBUNG_ROOT"

[ -x dist/lumbung/lumbung ] || { say "no bundle in dist/lumbung: run packaging/build.sh first"; exit 1; }
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
arch="$(dpkg --print-architecture)"
# Qt's system libraries as the package's dependencies (not the test-only virtual screen).
depends="$(printf '%s\n' "${QT_LIBS_OFFSCREEN[@]}" "${QT_LIBS_WINDOW[@]}" | grep -vx -e xvfb -e xauth | paste -sd, - | sed 's/,/, /g')"

root="build/deb/lumbung_${version}_${arch}"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/lumbung"
cp -a dist/lumbung "$root/opt/lumbung"
ln -s /opt/lumbung/lumbung "$root/usr/bin/lumbung"
install -m 644 packaging/lumbung.desktop "$root/usr/share/applications/lumbung.desktop"
for png in resources/icons/lumbung-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/lumbung.png"
done
install -D -m 644 resources/icons/lumbung.svg "$root/usr/share/icons/hicolor/scalable/apps/lumbung.svg"
cat > "$root/usr/share/doc/lumbung/copyright" <<TEXT
Lumbung $version: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3).
The libraries in /opt/lumbung keep their own licences: Bantuan > Tentang Lumbung lists them.
TEXT
find "$root" -type d -exec chmod 755 {} +

cat > "$root/DEBIAN/control" <<TEXT
Package: lumbung
Version: $version
Architecture: $arch
Maintainer: Lumbung <lumbung@localhost>
Section: misc
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Description: Pembukuan kelompok UP2K-PKK (simpan pinjam, usaha kelompok, kas)
 Lumbung keeps the books of a village women's savings-and-loans group: members, savings, loans,
 group businesses, cash, receipts and backups, offline, in Bahasa Indonesia (English available).
 Each user's books stay in her own data folder; removing the package leaves them there.
TEXT
# Menus and icon caches are refreshed when their tools are there; nothing else is touched.
for script in postinst postrm; do
  cat > "$root/DEBIAN/$script" <<'TEXT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
exit 0
TEXT
  chmod 755 "$root/DEBIAN/$script"
done

# gzip: any dpkg reads it, and it packs in seconds where xz takes a minute (70 MB against 57 MB).
deb="dist/lumbung_${version}_${arch}.deb"
rm -f dist/lumbung_*.deb  # one package in dist/: the one just built
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
say "built $deb ($(du -h "$deb" | cut -f1); $(du -sh --exclude=DEBIAN "$root" | cut -f1) unpacked)"

# Shared by run.sh and test.sh: the system libraries Qt needs, a virtual environment in .venv,
# and Lumbung installed into it. Sourced, not run. Safe to repeat: it only does what is missing.

set -euo pipefail

LUMBUNG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$LUMBUNG_ROOT/.venv"

# What Qt's offscreen platform needs (tests), and what a real X window needs on top (the app).
# Both scripts install both lists (ensure_qt_packages), for the same reason as ensure_venv.
# QtPdf (the document preview) also links to Kerberos' GSSAPI, which Debian's python3 usually
# brings but a bare machine with another Python may lack.
QT_LIBS_OFFSCREEN=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libgssapi-krb5-2
                   fonts-dejavu-core)
QT_LIBS_WINDOW=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                libxcb-render-util0 libxcb-shape0 xvfb xauth)

ensure_qt_packages() { ensure_debian_packages "${QT_LIBS_OFFSCREEN[@]}" "${QT_LIBS_WINDOW[@]}"; }

# The tests start their own PostgreSQL server in a temporary folder (tests/pg_server.py): they
# need Debian's server package only. Installing it makes a cluster "main" and starts it where an
# init system lets it (a container's policy-rc.d refuses): a cluster started only because this
# installed the package is stopped, and left to start by hand (start.conf), not at every boot.
ensure_postgres_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian-like: see README
  dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed" && return 0
  ensure_debian_packages postgresql
  stop_package_clusters
}

stop_package_clusters() {
  local sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  local version cluster port status rest
  while read -r version cluster port status rest; do
    [ "$status" = online ] || continue
    say "stopping the PostgreSQL cluster $version/$cluster the package started (the tests run their own)"
    "${sudo[@]}" pg_ctlcluster "$version" "$cluster" stop
    echo manual | "${sudo[@]}" tee "/etc/postgresql/$version/$cluster/start.conf" >/dev/null
  done < <(pg_lsclusters --no-header 2>/dev/null)
}

say() { printf 'lumbung: %s\n' "$*" >&2; }

# Install the Debian/Ubuntu packages that are missing (as root, or through sudo when it can ask).
ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian-like: see README
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      say "please install these packages first: ${missing[*]}"; return 1
    fi
  fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "Python 3.11 or newer is needed"; return 1
}

# Create .venv and install Lumbung with its extras (LUMBUNG_EXTRAS, "test" unless said: build.sh
# asks for "test,build") when the project file changed since the last install or an extra is
# missing. The stamp records the project file's hash and the extras installed, so that run.sh and
# test.sh, in any order, and after build.sh, install nothing again.
ensure_venv() {
  local stamp="$VENV/.lumbung-installed"
  if [ ! -x "$VENV/bin/python" ]; then
    local python
    # A bare Debian has no Python at all: install the system's (3.11 on Debian 12).
    python="$(find_python 2>/dev/null)" || { ensure_debian_packages python3 python3-venv && python="$(find_python)"; }
    if ! "$python" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      ensure_debian_packages python3-venv
      "$python" -m venv "$VENV"
    fi
  fi
  local hash had="" have="" wanted
  hash="$(sha256sum < "$LUMBUNG_ROOT/pyproject.toml" | cut -c1-16)"
  [ -f "$stamp" ] && read -r had have < "$stamp"  # "HASH [build,test]"
  have="$(printf '%s' "${have:-}" | tr -d '[]')"
  [ "$had" = "$hash" ] || have=""
  wanted="$(printf '%s\n' ${have//,/ } ${LUMBUNG_EXTRAS:-test} | tr ',' '\n' | sort -u | paste -sd, -)"
  if [ "$wanted" != "$have" ]; then
    say "installing Lumbung and its libraries [$wanted] into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$LUMBUNG_ROOT[$wanted]"
    echo "$hash [$wanted]" > "$stamp"
  fi
}

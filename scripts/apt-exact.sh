#!/usr/bin/env bash
# Install packages at one exact revision (the compiler that built the image's kernel):
#   1. from the configured archive, when it still has that revision;
#   2. else from Ubuntu's snapshot archive at a dated time when that revision was current
#      (a pinned `deb .../<timestamp> <suite>-updates main` line), and say so.
#   apt-exact.sh REVISION SNAPSHOT_TIMESTAMP PKG...
# Environment (defaults for a real runner; tests point them at a private apt root and a local
# repository): APT_OPTS (extra `apt-get` options, one per word), SNAPSHOT_BASE
# (https://snapshot.ubuntu.com/ubuntu), SNAPSHOT_SUITE (<codename>-updates),
# SNAPSHOT_SOURCE_OPTIONS (check-valid-until=no), APT_SOURCES_DIR (/etc/apt/sources.list.d).
set -euo pipefail
revision="$1"
stamp="$2"
shift 2
[[ "$stamp" =~ ^[0-9]{8}T[0-9]{6}Z$ ]] || { echo "apt-exact: snapshot timestamp '$stamp' is not YYYYMMDDTHHMMSSZ" >&2; exit 2; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
read -r -a opts <<< "${APT_OPTS:-}"
# shellcheck disable=SC1091
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-jammy}")"
base="${SNAPSHOT_BASE:-https://snapshot.ubuntu.com/ubuntu}"
suite="${SNAPSHOT_SUITE:-$codename-updates}"
source_options="${SNAPSHOT_SOURCE_OPTIONS:-check-valid-until=no}"
sources_dir="${APT_SOURCES_DIR:-/etc/apt/sources.list.d}"
pinned=()
for package in "$@"; do pinned+=("$package=$revision"); done

install() {
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${opts[@]}" install -y -q --no-install-recommends "${pinned[@]}"
}
if install; then
  echo "apt-exact: installed ${pinned[*]} from the configured archive"
  exit 0
fi
line="deb [$source_options] $base/$stamp $suite main"
echo "apt-exact: revision $revision is not in the configured archive; adding Ubuntu's snapshot: $line"
echo "$line" | $SUDO tee "$sources_dir/livepatch-gcc-snapshot.list" > /dev/null
$SUDO apt-get "${opts[@]}" update -q
if install; then
  echo "apt-exact: installed ${pinned[*]} from the snapshot archive $base/$stamp"
  exit 0
fi
echo "apt-exact: revision $revision is in neither the configured archive nor the snapshot $base/$stamp" >&2
exit 1

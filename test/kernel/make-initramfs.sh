#!/usr/bin/env bash
# The test VM's initramfs: busybox (static) and /init, as an uncompressed newc cpio.
#   make-initramfs.sh OUT.cpio
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
# Debian's busybox-static installs a statically linked /bin/busybox.
busybox=/bin/busybox
[ -x "$busybox" ] || { echo "make-initramfs: $busybox missing (Debian package busybox-static)" >&2; exit 2; }
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/tmp" "$root/run"
cp "$busybox" "$root/bin/busybox"
cp "$here/init" "$root/init"
chmod 755 "$root/init" "$root/bin/busybox"
(cd "$root" && find . | LC_ALL=C sort | cpio --quiet -o -H newc) > "$out.tmp"
mv "$out.tmp" "$out"

#!/usr/bin/env bash
# Build the kernel-truth test kernel from Debian's linux-source-6.12: tinyconfig + config.fragment,
# with CERT (PEM) as the only trusted module-signing key. Cached: the build folder is keyed by
# the fragment, the certificate, the source tarball and this script, so a second run is instant.
#
#   build-kernel.sh CERT.pem CACHE_DIR  → prints the build folder (bzImage at arch/x86/boot/bzImage)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
cert="$1"
cache="$2"
tarball="${LINUX_SOURCE_TARBALL:-/usr/src/linux-source-6.12.tar.xz}"
jobs="${KERNEL_JOBS:-$(nproc)}"

[ -f "$tarball" ] || { echo "build-kernel: $tarball missing: install Debian's linux-source-6.12 (scripts/setup.sh)" >&2; exit 2; }
[ -f "$cert" ] || { echo "build-kernel: certificate $cert missing" >&2; exit 2; }

key="$( { cat "$here/config.fragment" "$cert" "$0"; stat -c '%n %s %Y' "$tarball"; } | sha256sum | cut -c1-16)"
build="$cache/kernel-$key"
mkdir -p "$cache"
# Test files run in parallel and may all ask for the kernel at once: one builds, the rest wait.
exec 9> "$cache/.kernel-build.lock"
flock 9
if [ -f "$build/.complete" ]; then
  echo "$build"
  exit 0
fi

source_dir="$cache/$(basename "$tarball" .tar.xz)"
if [ ! -f "$source_dir/.extracted" ]; then
  echo "build-kernel: extracting $tarball" >&2
  rm -rf "$source_dir"
  tar -C "$cache" -xf "$tarball"
  touch "$source_dir/.extracted"
fi

rm -rf "$build"
mkdir -p "$build"
cp "$cert" "$build/trusted.pem"
{
  make -C "$source_dir" O="$build" tinyconfig
  cat "$here/config.fragment" >> "$build/.config"
  echo "CONFIG_SYSTEM_TRUSTED_KEYS=\"$build/trusted.pem\"" >> "$build/.config"
  make -C "$source_dir" O="$build" olddefconfig
} >&2

# olddefconfig silently drops what it cannot satisfy: insist on what the test relies on.
for option in 64BIT MODULES MODULE_SIG_FORCE MODULE_SIG_SHA512 LIVEPATCH KALLSYMS_ALL DYNAMIC_FTRACE UNWINDER_ORC SERIAL_8250_CONSOLE BLK_DEV_INITRD DEVTMPFS CRYPTO_SHA256 PROC_FS SYSFS; do
  grep -qx "CONFIG_$option=y" "$build/.config" || { echo "build-kernel: CONFIG_$option did not stick in $build/.config" >&2; exit 1; }
done

echo "build-kernel: make -j$jobs bzImage modules in $build" >&2
make -C "$source_dir" O="$build" -j"$jobs" bzImage modules >&2
touch "$build/.complete"
echo "$build"

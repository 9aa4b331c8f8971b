#!/usr/bin/env bash
# The build job's userland, as the vendor guide sets it up (Ubuntu 22.04): the kernel build
# dependencies, gcc-12 at the exact package revision that built the image's kernel (from the
# config's CONFIG_CC_VERSION_TEXT) made the default gcc, and disk space for a debug-info build.
#   build-env.sh KERNEL_CONFIG [WORK_DIR]
# Runs on an Ubuntu 22.04 runner or in an ubuntu:22.04 container (as root, no sudo there).
set -euo pipefail
config="$1"
work_dir="${2:-${RUNNER_TEMP:-/tmp}}"
here="$(cd "$(dirname "$0")" && pwd)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Hosted runners have about 14 GB free; a kernel build with debug info needs about 15 GB.
for dir in /usr/share/dotnet /usr/local/lib/android /opt/ghc /opt/hostedtoolcache/CodeQL; do
  [ -d "$dir" ] && $SUDO rm -rf "$dir"
done
mkdir -p "$work_dir" 2>/dev/null || { $SUDO mkdir -p "$work_dir" && $SUDO chown "$(id -u):$(id -g)" "$work_dir"; }
free_gb=$(df -BG --output=avail "$work_dir" | tail -n 1 | tr -dc '0-9')
echo "free disk at $work_dir: ${free_gb} GB"
[ "$free_gb" -ge 20 ] || { echo "::error::only ${free_gb} GB free; a kernel build with debug info needs about 15 GB plus caches"; exit 1; }

text="$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\(.*\)"$/\1/p' "$config")"
revision="$(printf '%s' "$text" | sed -n 's/.*(Ubuntu \([^)]*\)).*/\1/p')"
[ -n "$revision" ] || { echo "::error file=$config::cannot read the Ubuntu gcc revision from CONFIG_CC_VERSION_TEXT=\"$text\""; exit 1; }

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential bc gawk flex bison openssl libssl-dev libelf-dev libncurses-dev dkms dwarves \
  libudev-dev libpci-dev libiberty-dev autoconf llvm git ca-certificates rsync cpio kmod
# The exact revision: from the archive, else from Ubuntu's snapshot archive at a time that
# revision was current (it was the one that built the kernel, so current at its build; the
# table holds, per revision, a time after the kernel's release). GCC_SNAPSHOT overrides it.
case "$revision" in
  "12.3.0-1ubuntu1~22.04") snapshot="20250610T000000Z" ;; # 6.15.2 released 2025-06-10, built with it
  *) snapshot="" ;;
esac
snapshot="${GCC_SNAPSHOT:-$snapshot}"
if [ -z "$snapshot" ]; then
  if ! $SUDO apt-get install -y -q --no-install-recommends "gcc-12=$revision" "cpp-12=$revision" "gcc-12-base=$revision" "libgcc-12-dev=$revision"; then
    echo "::error file=$config::gcc-12 $revision (the revision that built the kernel) is not installable here and no snapshot time is known for it; set GCC_SNAPSHOT=YYYYMMDDTHHMMSSZ (a time that revision was current in jammy-updates, see snapshot.ubuntu.com) or skip-compiler-check (not recommended)."
    exit 1
  fi
elif ! bash "$here/apt-exact.sh" "$revision" "$snapshot" gcc-12 cpp-12 gcc-12-base libgcc-12-dev; then
  echo "::error file=$config::gcc-12 $revision (the revision that built the kernel) is in neither the archive nor Ubuntu's snapshot at $snapshot; set GCC_SNAPSHOT to a time it was current, or skip-compiler-check (not recommended)."
  exit 1
fi
$SUDO update-alternatives --install /usr/bin/gcc gcc /usr/bin/gcc-12 120
gcc --version | head -n 1

#!/usr/bin/env bash
# The build job's userland, as the vendor guide sets it up (Ubuntu 22.04): the kernel build
# dependencies, gcc-12 at the exact package revision that built the image's kernel (from the
# config's CONFIG_CC_VERSION_TEXT) made the default gcc, and disk space for a debug-info build.
#   build-env.sh KERNEL_CONFIG
set -euo pipefail
config="$1"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Hosted runners have about 14 GB free; a kernel build with debug info needs about 15 GB.
for dir in /usr/share/dotnet /usr/local/lib/android /opt/ghc /opt/hostedtoolcache/CodeQL; do
  [ -d "$dir" ] && $SUDO rm -rf "$dir"
done
free_gb=$(df -BG --output=avail "${RUNNER_TEMP:-/tmp}" | tail -n 1 | tr -dc '0-9')
echo "free disk: ${free_gb} GB"
[ "$free_gb" -ge 20 ] || { echo "::error::only ${free_gb} GB free; a kernel build with debug info needs about 15 GB plus caches"; exit 1; }

text="$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\(.*\)"$/\1/p' "$config")"
revision="$(printf '%s' "$text" | sed -n 's/.*(Ubuntu \([^)]*\)).*/\1/p')"
[ -n "$revision" ] || { echo "::error file=$config::cannot read the Ubuntu gcc revision from CONFIG_CC_VERSION_TEXT=\"$text\""; exit 1; }

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential bc gawk flex bison openssl libssl-dev libelf-dev libncurses-dev dkms dwarves \
  libudev-dev libpci-dev libiberty-dev autoconf llvm git ca-certificates rsync cpio kmod
if ! $SUDO apt-get install -y -q --no-install-recommends "gcc-12=$revision" "cpp-12=$revision" "gcc-12-base=$revision" "libgcc-12-dev=$revision"; then
  echo "::error file=$config::gcc-12 $revision (the revision that built the kernel) is not installable here; Ubuntu has moved on. kpatch-build refuses a different revision. Use a mirror or snapshot that still has it, or set skip-compiler-check (not recommended)."
  exit 1
fi
$SUDO update-alternatives --install /usr/bin/gcc gcc /usr/bin/gcc-12 120
gcc --version | head -n 1

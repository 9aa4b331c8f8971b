#!/usr/bin/env bash
# Set-up on a fresh Debian 12 (or Ubuntu) machine: the Debian tools the tests and the demo use,
# then the npm packages from the lock file. Run as root, or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# git: history checks; diffutils/patchutils: real diffs in tests and interdiff in the bench;
# openssl, kmod (modinfo), linux-kbuild-6.1 (the kernel's sign-file), linux-headers-amd64 with
# make and gcc (a real module to sign);
# and the shell linter (package shellcheck) for our scripts. The kernel-truth test and the demo:
# Debian's kernel source and what building it needs, qemu, a static busybox, dash and bash
# for the guest script.
PACKAGES="git diffutils patchutils shellcheck ca-certificates openssl kmod make gcc linux-kbuild-6.1 linux-headers-amd64
  linux-source-6.12 linux-config-6.12 build-essential bc flex bison libelf-dev libssl-dev xz-utils cpio rsync perl
  qemu-system-x86 busybox-static dash bash"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  $SUDO apt-get install -y -q --no-install-recommends $missing
fi

npm ci --no-audit --no-fund

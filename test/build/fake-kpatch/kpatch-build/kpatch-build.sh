#!/bin/bash
# FAKE kpatch-build for the build stage's tests: records its arguments and whole environment
# beside the output, prints kpatch-build's stage headings and a changed-function line, and
# writes a small ELF object whose .modinfo says livepatch=Y with the tree's release.
set -euo pipefail
SRC="" OUT="" NAME=""
args=("$@")
while [[ $# -gt 1 ]]; do
  case "$1" in
    -s) SRC="$2"; shift ;;
    -o) OUT="$2"; shift ;;
    -n) NAME="$2"; shift ;;
  esac
  shift
done
printf '%s\n' "${args[@]}" > "$OUT/kpatch-build-args.txt"
env > "$OUT/kpatch-build-env.txt"
echo "Building original source"
echo "Building patched source"
echo "Extracting new and modified ELF sections"
echo "fs/proc/cmdline.o: changed function: cmdline_proc_show"
echo "Building patch module: $NAME.ko"
release="$(make -s --no-print-directory -C "$SRC" kernelrelease)"
cat > "$OUT/modinfo.c" <<C
__attribute__((section(".modinfo"), used)) static const char a[] = "livepatch=Y";
__attribute__((section(".modinfo"), used)) static const char b[] = "vermagic=$release SMP mod_unload ";
__attribute__((section(".modinfo"), used)) static const char c[] = "name=${NAME//-/_}";
C
gcc -c -o "$OUT/$NAME.ko" "$OUT/modinfo.c"
echo "SUCCESS"

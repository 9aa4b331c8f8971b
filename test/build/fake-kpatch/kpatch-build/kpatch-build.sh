#!/bin/bash
# FAKE kpatch-build for the build stage's tests: records its arguments and whole environment
# beside the output, prints kpatch-build's stage headings and a changed-function line, and
# writes a small ELF object whose .modinfo says livepatch=Y with the tree's release.
set -euo pipefail
SRC="" OUT="" NAME=""
TARGETS=()
args=("$@")
while [[ $# -gt 1 ]]; do
  case "$1" in
    -s) SRC="$2"; shift ;;
    -o) OUT="$2"; shift ;;
    -n) NAME="$2"; shift ;;
    -t) TARGETS+=("$2"); shift ;;
  esac
  shift
done
PATCH="$1"
printf '%s\n' "${args[@]}" > "$OUT/kpatch-build-args.txt"
printf '%s\n' "${args[*]}" >> "$OUT/kpatch-build-calls.txt"
env > "$OUT/kpatch-build-env.txt"
echo "Building original source"
echo "Building patched source"
# A patch that says so changes the version of the exports it reaches, as a real patched compile
# of a changed exported interface does: genksyms' new CRC in each target's .cmd record.
# With its own targets the real kpatch-build's modversions check refuses such a module.
if [[ ${#TARGETS[@]} -eq 0 ]] && grep -q 'FAKE: refused by its own targets' "$PATCH"; then
  echo "ERROR: Patch module referencing altered exported kernel symbols cannot be loaded" >&2
  exit 1
fi
# A patched compile that no longer defines a global its original defined.
if grep -q 'FAKE: removes a global' "$PATCH"; then
  for target in "${TARGETS[@]}"; do
    printf 'int fake_replacement_%s;\n' "$(basename "${target%.o}")" | gcc -x c -c -o "$SRC/$target" -
  done
fi
if grep -q 'FAKE: changes an export' "$PATCH"; then
  for target in "${TARGETS[@]}"; do
    cmd="$SRC/$(dirname "$target")/.$(basename "$target").cmd"
    sed -i 's/^#SYMVER \([^ ]*\) 0x.*/#SYMVER \1 0x0badc0de/' "$cmd"
  done
fi
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

#!/bin/bash
# What a real kbuild leaves behind that livepatch-action reads (src/build/targets.ts), in kbuild's
# own formats: one object per vmlinux source, each with its `.cmd` record (savedcmd_/source_ and
# fixdep's deps_, `$(wildcard …)` lines, `#SYMVER` lines under CONFIG_MODVERSIONS), the thin
# archive vmlinux.a listing them (made by the real `ar`, as kbuild makes it), a generated-header
# target and a module object that vmlinux does not link, and Module.symvers.
set -euo pipefail

record() { # target source crc-line deps...
  local target="$1" source="$2" symver="$3"
  shift 3
  {
    printf 'savedcmd_%s := gcc -Wp,-MMD,%s -c -o %s %s\n\n' "$target" "$(dirname "$target")/.$(basename "$target").d" "$target" "$source"
    printf 'source_%s := %s\n\n' "$target" "$source"
    printf 'deps_%s := \\\n' "$target"
    printf '  include/linux/compiler-version.h \\\n'
    # shellcheck disable=SC2016 # make's syntax, written as it is
    printf '    $(wildcard include/config/CC_VERSION_TEXT) \\\n'
    for dep in "$@"; do printf '  %s \\\n' "$dep"; done
    printf '  include/linux/kconfig.h\n\n'
    # shellcheck disable=SC2016
    printf '%s: $(deps_%s)\n\n$(deps_%s):\n' "$target" "$target" "$target"
    if [[ -n "$symver" ]]; then printf '%s\n' "$symver"; fi
  } > "$(dirname "$target")/.$(basename "$target").cmd"
}

object() { # target source crc-line deps...
  mkdir -p "$(dirname "$1")"
  printf 'int fake_%s;\n' "$(basename "${1%.o}")" | gcc -x c -c -o "$1" -
  record "$@"
}

object init/main.o init/main.c '' include/linux/sched.h
object fs/proc/cmdline.o fs/proc/cmdline.c '' fs/proc/internal.h
object fs/proc/version.o fs/proc/version.c '#SYMVER proc_version_fake 0x1234abcd' \
  fs/proc/../proc/internal.h include/linux/utsname.h
object drivers/fake.o drivers/fake.c '' include/linux/utsname.h
mkdir -p arch/x86/kernel/cpu
record arch/x86/kernel/asm-offsets.s arch/x86/kernel/asm-offsets.c '' include/linux/sched.h
# A generated source whose generator names its input only in the command (no deps_ entry).
printf 'savedcmd_%s := sh %s %s %s\n' arch/x86/kernel/cpu/capflags.c \
  arch/x86/kernel/cpu/mkcapflags.sh arch/x86/kernel/cpu/capflags.c \
  arch/x86/kernel/cpu/../../include/asm/cpufeatures.h > arch/x86/kernel/cpu/.capflags.c.cmd
object arch/x86/kernel/cpu/common.o arch/x86/kernel/cpu/common.c '' \
  arch/x86/include/asm/cpufeatures.h
rm -f vmlinux.a
ar cDPrST vmlinux.a init/main.o fs/proc/cmdline.o fs/proc/version.o \
  arch/x86/kernel/cpu/common.o
printf '0x1234abcd\tproc_version_fake\tvmlinux\tEXPORT_SYMBOL\t\n' > Module.symvers

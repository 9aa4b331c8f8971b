#!/bin/sh
# livepatch-apply.sh — apply, inspect or unload a kpatch livepatch on this machine, as root.
# POSIX sh: runs under busybox and bash. Prints exactly one JSON line:
#   {"status":..., "module":..., "sha256":..., "kernel":..., "active":[...],
#    "transition_seconds":..., "message":...}
# status: applied | already-active | refused | failed | stuck | ok. Exit 0 for applied,
# already-active and ok; 1 for refused, failed and stuck; 2 for bad usage.
#
#   livepatch-apply.sh apply --module FILE --sha256 HEX [--timeout SECONDS] [--persist]
#   livepatch-apply.sh status
#   livepatch-apply.sh unload NAME
#
# On any failure the previously active livepatch stays active: nothing is loaded before the
# module's sha256, vermagic and .modinfo are checked, and a module whose transition never
# completes is reversed.
set -u

LIVEPATCH_SYSFS=${LIVEPATCH_SYSFS:-/sys/kernel/livepatch}
STATE_DIR=${LIVEPATCH_STATE_DIR:-/run/livepatch}
KERNEL=$(uname -r)

json_escape() {
  printf '%s' "$1" | tr '\t\r' '  ' | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' |
    awk 'BEGIN { ORS = "" } NR > 1 { print "\\n" } { print }'
}

# Enabled livepatches, as a JSON array of their sysfs names.
active_json() {
  list=""
  for dir in "$LIVEPATCH_SYSFS"/*; do
    [ -d "$dir" ] || continue
    [ "$(cat "$dir/enabled" 2>/dev/null)" = 1 ] || continue
    list="$list${list:+,}\"$(json_escape "${dir##*/}")\""
  done
  printf '[%s]' "$list"
}

# report STATUS MODULE SHA256 TRANSITION MESSAGE — prints the JSON line and exits.
report() {
  printf '{"status":"%s","module":"%s","sha256":"%s","kernel":"%s","active":%s,"transition_seconds":%s,"message":"%s"}\n' \
    "$1" "$(json_escape "$2")" "$(json_escape "$3")" "$(json_escape "$KERNEL")" "$(active_json)" \
    "${4:-null}" "$(json_escape "$5")"
  case "$1" in
    applied | already-active | ok) exit 0 ;;
    usage) exit 2 ;;
    *) exit 1 ;;
  esac
}

usage() {
  printf '{"status":"failed","module":"","sha256":"","kernel":"%s","active":%s,"transition_seconds":null,"message":"%s"}\n' \
    "$(json_escape "$KERNEL")" "$(active_json)" "$(json_escape "usage: $1")"
  exit 2
}

# A value from the module's .modinfo (NUL-separated key=value strings).
modinfo_field() {
  tr '\000' '\n' < "$1" | sed -n "s/^$2=//p" | head -n 1
}

# Sleep a tenth of a second where sleep takes fractions; STEP says how many tenths passed.
if sleep 0.1 2>/dev/null; then STEP=1; else STEP=10; fi
nap() {
  if [ "$STEP" = 1 ]; then sleep 0.1; else sleep 1; fi
}

# wait_transition DIR TENTHS — 0 when DIR/transition reads 0 within the time; sets WAITED.
wait_transition() {
  WAITED=0
  while [ "$(cat "$1/transition" 2>/dev/null || echo 0)" != 0 ]; do
    [ "$WAITED" -ge "$2" ] && return 1
    nap
    WAITED=$((WAITED + STEP))
  done
  return 0
}

seconds() {
  printf '%d.%d' $(($1 / 10)) $(($1 % 10))
}

load_module() {
  if command -v kpatch > /dev/null 2>&1; then
    kpatch load "$1" 2>&1
  else
    insmod "$1" 2>&1
  fi
}

# Unload livepatch modules we loaded earlier that a replace has since retired.
retire_replaced() {
  for record in "$STATE_DIR"/*.sha256; do
    [ -f "$record" ] || continue
    old=${record##*/}
    old=${old%.sha256}
    [ "$old" = "$1" ] && continue
    if [ ! -d "$LIVEPATCH_SYSFS/$old" ]; then
      rmmod "$old" > /dev/null 2>&1 || true
      rm -f "$record"
    fi
  done
}

apply() {
  module=""
  expected=""
  timeout=60
  persist=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --module) module=${2:-}; shift 2 || usage "--module needs a FILE" ;;
      --sha256) expected=${2:-}; shift 2 || usage "--sha256 needs a HEX digest" ;;
      --timeout) timeout=${2:-}; shift 2 || usage "--timeout needs SECONDS" ;;
      --persist) persist=1; shift ;;
      *) usage "unknown option '$1' for apply" ;;
    esac
  done
  [ -n "$module" ] || usage "apply --module FILE --sha256 HEX [--timeout SECONDS] [--persist]"
  [ -n "$expected" ] || usage "apply needs --sha256 HEX"
  case "$timeout" in '' | *[!0-9]*) usage "--timeout must be whole seconds" ;; esac
  expected=$(printf '%s' "$expected" | tr 'A-F' 'a-f')
  [ -f "$module" ] || report failed "$module" "$expected" "" "module file $module not found"

  actual=$(sha256sum "$module" | cut -d ' ' -f 1)
  [ "$actual" = "$expected" ] ||
    report refused "$module" "$actual" "" "sha256 mismatch: expected $expected, the file has $actual; nothing was loaded"

  name=$(modinfo_field "$module" name)
  [ -n "$name" ] || report refused "$module" "$actual" "" "no module name in .modinfo: not a kernel module; nothing was loaded"
  # kpatch-build names modules with letters, digits, _ and - (at most 55): anything else did not
  # come from it, and the name is used in paths below.
  case "$name" in
    *[!A-Za-z0-9_-]*) report refused "" "$actual" "" "the module name in .modinfo is not a kpatch module name (letters, digits, _ and -); nothing was loaded" ;;
  esac
  [ "${#name}" -le 55 ] ||
    report refused "" "$actual" "" "the module name in .modinfo is longer than 55 characters; nothing was loaded"
  [ "$(modinfo_field "$module" livepatch)" = Y ] ||
    report refused "$name" "$actual" "" "not a livepatch module (.modinfo has no livepatch=Y); nothing was loaded"
  vermagic=$(modinfo_field "$module" vermagic)
  built_for=${vermagic%% *}
  [ "$built_for" = "$KERNEL" ] ||
    report refused "$name" "$actual" "" "module built for kernel $built_for, this kernel is $KERNEL; nothing was loaded"

  dir="$LIVEPATCH_SYSFS/$name"
  if [ -d "$dir" ]; then
    if [ "$(cat "$dir/enabled" 2>/dev/null)" = 1 ] && [ "$(cat "$STATE_DIR/$name.sha256" 2>/dev/null)" = "$actual" ]; then
      report already-active "$name" "$actual" 0 "this module is already the active livepatch"
    fi
    report failed "$name" "$actual" "" "a livepatch named $name is already loaded with other contents; give each cumulative patch its own name"
  fi

  output=$(load_module "$module")
  status=$?
  if [ "$status" -ne 0 ]; then
    reason=$(printf '%s\n' "$output" | awk 'NF && !seen[$0]++')
    report refused "$name" "$actual" "" "the kernel refused the module: $reason"
  fi

  limit=$((timeout * 10))
  if ! wait_transition "$dir" "$limit"; then
    # Signal the tasks that block the transition, then give up and reverse it.
    echo 1 > "$dir/signal" 2>/dev/null || true
    if ! wait_transition "$dir" "$limit"; then
      echo 0 > "$dir/enabled" 2>/dev/null || true
      wait_transition "$dir" "$limit" || true
      rmmod "$name" > /dev/null 2>&1 || true
      report stuck "$name" "$actual" "$(seconds $((limit * 2)))" "transition did not complete in ${timeout}s (also after signalling tasks); the patch was reversed and the previous state restored"
    fi
    WAITED=$((WAITED + limit))
  fi
  took=$(seconds "$WAITED")

  [ "$(cat "$dir/enabled" 2>/dev/null)" = 1 ] ||
    report failed "$name" "$actual" "$took" "loaded, but $dir/enabled is not 1"
  for other in "$LIVEPATCH_SYSFS"/*; do
    [ -d "$other" ] || continue
    [ "${other##*/}" = "$name" ] && continue
    if [ "$(cat "$other/enabled" 2>/dev/null)" = 1 ]; then
      report failed "$name" "$actual" "$took" "${other##*/} is still enabled: $name was not built in replace mode (kpatch-build REPLACE=1)"
    fi
  done

  mkdir -p "$STATE_DIR"
  printf '%s\n' "$actual" > "$STATE_DIR/$name.sha256"
  retire_replaced "$name"

  message="applied; transition complete"
  if [ "$persist" = 1 ]; then
    if command -v kpatch > /dev/null 2>&1; then
      if kpatch install "$module" > /dev/null 2>&1; then
        message="$message; installed to load at boot (kpatch install)"
      else
        message="$message; kpatch install failed: it will not load at boot"
      fi
    else
      message="$message; --persist is not possible: kpatch is not installed on this machine"
    fi
  fi
  report applied "$name" "$actual" "$took" "$message"
}

unload() {
  name=${1:-}
  [ -n "$name" ] || usage "unload NAME"
  dir="$LIVEPATCH_SYSFS/$name"
  [ -d "$dir" ] || report failed "$name" "" "" "no livepatch named $name is loaded"
  echo 0 > "$dir/enabled" || report failed "$name" "" "" "cannot disable $name"
  wait_transition "$dir" 600 || report stuck "$name" "" "60.0" "disabling $name did not complete in 60s"
  rmmod "$name" > /dev/null 2>&1 || true
  rm -f "$STATE_DIR/$name.sha256"
  report ok "$name" "" "$(seconds "$WAITED")" "unloaded $name"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  apply) apply "$@" ;;
  status) report ok "" "" "" "livepatch support: $([ -d "$LIVEPATCH_SYSFS" ] && echo yes || echo no)" ;;
  unload) unload "$@" ;;
  *) usage "livepatch-apply.sh apply|status|unload" ;;
esac

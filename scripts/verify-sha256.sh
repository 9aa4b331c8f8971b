#!/usr/bin/env bash
# One sha256 ties the jobs' artifacts together: a job refuses a module whose sha256 is not the
# one the job before it reported (build → sign → deploy → release).
#   verify-sha256.sh MODULE EXPECTED_SHA256 WHAT
# Writes path= and sha256= to $GITHUB_OUTPUT.
set -euo pipefail
module="$1" expected="$2" what="$3"
if [[ ! "$expected" =~ ^[0-9a-f]{64}$ ]]; then
  echo "::error title=livepatch sha256::no sha256 for $what (expected 64 hex digits from the job that made it); refusing to use $module"
  exit 1
fi
if [[ ! -f "$module" ]]; then
  echo "::error title=livepatch sha256::$what is missing: $module"
  exit 1
fi
actual="$(sha256sum "$module" | cut -d ' ' -f 1)"
if [[ "$actual" != "$expected" ]]; then
  echo "::error title=livepatch sha256::$module has sha256 $actual, but $what has $expected: refusing a module that is not the one made"
  exit 1
fi
echo "$module: sha256 $actual, as $what"
{
  echo "path=$module"
  echo "sha256=$actual"
} >> "$GITHUB_OUTPUT"

#!/usr/bin/env bash
# The releases a run of livepatch.yml needs, from the repository's livepatch-NNNN releases
# (REST API at $GITHUB_API_URL, token $GH_TOKEN):
# - previous: the newest release below the one this run makes (OPERATION=deploy, CURRENT the
#   module name livepatch-NNNN-...) or deploys again (redeploy, rollback); PREVIOUS_TAG overrides.
#   Its functions.json gates the build, its module is put back on a VM where the new one fails.
# - deploy (redeploy, rollback): RELEASE_TAG, or for a redeploy the newest release.
# Each release's .ko is downloaded into $OUT/previous or $OUT/deploy and checked against the
# release's own .ko.sha256. Outputs (GITHUB_OUTPUT): previous-tag, previous-sha256,
# previous-functions (true/false), deploy-tag, deploy-sha256, deploy-module-name.
set -euo pipefail
api="${GITHUB_API_URL:-https://api.github.com}/repos/$GITHUB_REPOSITORY"
out="${OUT:?OUT is required}"
operation="${OPERATION:-deploy}"
auth=(-H "Authorization: Bearer $GH_TOKEN" -H "X-GitHub-Api-Version: 2022-11-28")
tag_re='^livepatch-[0-9]{4}$'

fail() {
  echo "::error title=livepatch releases::$1" >&2
  exit 1
}
get() { curl -fsSL --retry 3 --max-time 120 "${auth[@]}" -H "Accept: application/vnd.github+json" "$1"; }

# Every livepatch-NNNN release tag (drafts excluded), pages of 100, at most 50 pages.
tags=()
for page in $(seq 1 50); do
  chunk="$(get "$api/releases?per_page=100&page=$page")" || fail "cannot list the releases of $GITHUB_REPOSITORY"
  [[ "$(jq 'length' <<< "$chunk")" -gt 0 ]] || break
  while IFS= read -r tag; do
    [[ "$tag" =~ $tag_re ]] && tags+=("$tag")
  done < <(jq -r '.[] | select(.draft | not) | .tag_name' <<< "$chunk")
done
number() { echo $((10#${1#livepatch-})); }
# The newest release tag whose number is below $1.
below() {
  local best="" n
  for tag in "${tags[@]+"${tags[@]}"}"; do
    n="$(number "$tag")"
    if [[ "$n" -lt "$1" ]] && { [[ -z "$best" ]] || [[ "$n" -gt "$(number "$best")" ]]; }; then best="$tag"; fi
  done
  echo "$best"
}
check_tag() {
  [[ "$1" =~ $tag_re ]] || fail "$2 '$1' is not a release tag (expected livepatch-NNNN)"
  printf '%s\n' "${tags[@]+"${tags[@]}"}" | grep -qx "$1" || fail "$2 $1: no such release in $GITHUB_REPOSITORY"
}

# Download release $1's module (and functions.json) into $out/$2; print the module's sha256.
fetch() {
  local tag="$1" dir="$out/$2" release ko sum
  release="$(get "$api/releases/tags/$tag")" || fail "cannot read release $tag"
  mkdir -p "$dir"
  ko="$(jq -r '[.assets[] | select(.name | endswith(".ko"))] | if length == 1 then .[0].name else "" end' <<< "$release")"
  [[ -n "$ko" && "$ko" =~ ^[A-Za-z0-9_-]+\.ko$ ]] || fail "release $tag has no single .ko asset with a module name"
  for name in "$ko" "$ko.sha256" functions.json; do
    id="$(jq -r --arg n "$name" '.assets[] | select(.name == $n) | .id' <<< "$release")"
    [[ -n "$id" ]] || { [[ "$name" == functions.json ]] && continue; fail "release $tag has no asset $name"; }
    curl -fsSL --retry 3 --max-time 120 "${auth[@]}" -H "Accept: application/octet-stream" -o "$dir/$name" "$api/releases/assets/$id" ||
      fail "cannot download $name of release $tag"
  done
  sum="$(cut -d ' ' -f 1 "$dir/$ko.sha256")"
  [[ "$(sha256sum "$dir/$ko" | cut -d ' ' -f 1)" == "$sum" ]] || fail "release $tag: $ko does not match its $ko.sha256"
  echo "$sum"
}

deploy_tag="" deploy_sha="" deploy_name=""
case "$operation" in
  deploy)
    [[ "${CURRENT:-}" =~ ^livepatch-([0-9]{4})- ]] || fail "no module name from the check job (got '${CURRENT:-}')"
    limit="$(number "livepatch-${BASH_REMATCH[1]}")"
    ;;
  redeploy | rollback)
    deploy_tag="${RELEASE_TAG:-}"
    if [[ -z "$deploy_tag" ]]; then
      [[ "$operation" == redeploy ]] || fail "a rollback needs release-tag: the release to go back to (livepatch-NNNN)"
      deploy_tag="$(below 100000)"
      [[ -n "$deploy_tag" ]] || fail "nothing to redeploy: $GITHUB_REPOSITORY has no livepatch-NNNN release yet"
    fi
    check_tag "$deploy_tag" release-tag
    deploy_sha="$(fetch "$deploy_tag" deploy)"
    deploy_name="$(basename "$(find "$out/deploy" -name '*.ko')" .ko)"
    limit="$(number "$deploy_tag")"
    echo "deploying $deploy_tag again ($deploy_name.ko, sha256 $deploy_sha)"
    ;;
  *) fail "unknown operation '$operation' (expected deploy, redeploy or rollback)" ;;
esac

previous="${PREVIOUS_TAG:-}"
if [[ -n "$previous" ]]; then check_tag "$previous" previous-release-tag; else previous="$(below "$limit")"; fi
previous_sha="" functions=false
if [[ -n "$previous" ]]; then
  previous_sha="$(fetch "$previous" previous)"
  [[ -f "$out/previous/functions.json" ]] && functions=true
  echo "previous release: $previous (sha256 $previous_sha; functions.json: $functions)"
else
  echo "no earlier livepatch-NNNN release: nothing to roll back to, no function gate"
fi
{
  echo "previous-tag=$previous"
  echo "previous-sha256=$previous_sha"
  echo "previous-functions=$functions"
  echo "deploy-tag=$deploy_tag"
  echo "deploy-sha256=$deploy_sha"
  echo "deploy-module-name=$deploy_name"
} >> "$GITHUB_OUTPUT"

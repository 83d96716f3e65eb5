#!/usr/bin/env bash
# Everyday tools. Settings: DANLU_TOOLS (Debian/Ubuntu package names, space separated).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
read -r -a tools <<<"${DANLU_TOOLS:-tmux git htop curl}"

missing() {
  local p
  for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

case ${1:-} in
check)
  m=$(missing | paste -sd' ' -)
  [ -z "$m" ] || pending "missing: $m"
  ;;
apply)
  mapfile -t m < <(missing)
  if [ "${#m[@]}" -gt 0 ]; then
    log "changed: installing ${m[*]}"
    apt_install "${m[@]}"
  fi
  ;;
*) die "usage: $0 check|apply" ;;
esac

#!/usr/bin/env bash
# The spot-notice watcher: a systemd unit polling the metadata service's termination-time.
# Settings: DANLU_METADATA_URL (default http://100.100.100.200), DANLU_SPOT_POLL_SECONDS (5).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
here=$(dirname "$0")
UNIT=/etc/systemd/system/danlu-spot-watch.service

env_file() {
  printf 'DANLU_METADATA_URL=%s\nDANLU_SPOT_POLL_SECONDS=%s\n' \
    "${DANLU_METADATA_URL:-http://100.100.100.200}" "${DANLU_SPOT_POLL_SECONDS:-5}"
}

unit() {
  cat <<UNITEOF
[Unit]
Description=Spot reclaim notice watcher (Danlu)
After=network-online.target

[Service]
ExecStart=$DANLU_LIB/danlu-spot-watch
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
UNITEOF
}

case ${1:-} in
check)
  cmp -s "$here/danlu-spot-watch" "$DANLU_LIB/danlu-spot-watch" || pending "watcher not installed"
  env_file | same_content "$DANLU_ETC/danlu.env" || pending "settings differ"
  unit | same_content "$UNIT" || pending "unit differs"
  systemctl is-enabled -q danlu-spot-watch || pending "not enabled"
  systemctl is-active -q danlu-spot-watch || pending "not running"
  ;;
apply)
  out=$(
    install_file "$here/danlu-spot-watch" "$DANLU_LIB/danlu-spot-watch" 0755
    env_file | write_file "$DANLU_ETC/danlu.env" 0644
    unit | write_file "$UNIT" 0644
  )
  [ -z "$out" ] || log "$out"
  load_and_enable "$out" danlu-spot-watch
  if [ -n "$out" ] || ! systemctl is-active -q danlu-spot-watch; then
    systemctl restart danlu-spot-watch
    log "changed: watcher (re)started"
  fi
  ;;
*) die "usage: $0 check|apply" ;;
esac

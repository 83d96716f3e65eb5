#!/usr/bin/env bash
# The idle watchdog: a systemd timer that powers the machine off after a while without use.
# Settings: DANLU_IDLE_ENABLED (1 or 0), DANLU_IDLE_SECONDS, DANLU_IDLE_GPU_PERCENT,
# DANLU_IDLE_CHECK_SECONDS (how often the timer looks; default 60).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
here=$(dirname "$0")
enabled=${DANLU_IDLE_ENABLED:-1}
every=${DANLU_IDLE_CHECK_SECONDS:-60}
SERVICE=/etc/systemd/system/danlu-idle.service
TIMER=/etc/systemd/system/danlu-idle.timer

env_file() {
  printf 'DANLU_IDLE_SECONDS=%s\nDANLU_IDLE_GPU_PERCENT=%s\n' "${DANLU_IDLE_SECONDS:-1800}" "${DANLU_IDLE_GPU_PERCENT:-10}"
}

service() {
  printf '[Unit]\nDescription=Power off when idle (Danlu)\n\n[Service]\nType=oneshot\nExecStart=%s\n' \
    "$DANLU_LIB/danlu-idle-check"
}

timer() {
  printf '[Unit]\nDescription=Look for idleness every %ss (Danlu)\n\n' "$every"
  printf '[Timer]\nOnBootSec=%s\nOnUnitActiveSec=%s\nAccuracySec=1s\n\n[Install]\nWantedBy=timers.target\n' "$every" "$every"
}

case ${1:-} in
check)
  if [ "$enabled" = 1 ]; then
    cmp -s "$here/danlu-idle-check" "$DANLU_LIB/danlu-idle-check" || pending "check not installed"
    env_file | same_content "$DANLU_ETC/idle.env" || pending "settings differ"
    service | same_content "$SERVICE" || pending "service differs"
    timer | same_content "$TIMER" || pending "timer differs"
    systemctl is-enabled -q danlu-idle.timer || pending "timer not enabled"
    systemctl is-active -q danlu-idle.timer || pending "timer not running"
    fact idle_watchdog "$(awk -v s="${DANLU_IDLE_SECONDS:-1800}" 'BEGIN { print s / 60 " min" }')"
  else
    if systemctl is-enabled -q danlu-idle.timer 2>/dev/null || systemctl is-active -q danlu-idle.timer; then
      pending "watchdog still on"
    fi
    fact idle_watchdog off
  fi
  ;;
apply)
  if [ "$enabled" = 1 ]; then
    out=$(
      install_file "$here/danlu-idle-check" "$DANLU_LIB/danlu-idle-check" 0755
      env_file | write_file "$DANLU_ETC/idle.env" 0644
      service | write_file "$SERVICE" 0644
      timer | write_file "$TIMER" 0644
    )
    [ -z "$out" ] || log "$out"
    load_and_enable "$out" danlu-idle.timer danlu-idle.service
    rm -f /run/danlu/idle-since
    systemctl restart danlu-idle.timer
    log "changed: idle watchdog on"
  else
    systemctl disable -q --now danlu-idle.timer 2>/dev/null || true
    log "changed: idle watchdog off"
  fi
  ;;
*) die "usage: $0 check|apply" ;;
esac

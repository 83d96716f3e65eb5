#!/usr/bin/env bash
# danlu-notify on the PATH, and the spool its messages wait in for the app (the notebook user's).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
here=$(dirname "$0")
COMMAND=/usr/local/bin/danlu-notify
SPOOL=/var/spool/danlu-notify

spool_ready() {
  [ -d "$SPOOL" ] && [ "$(stat -c '%U:%a' "$SPOOL")" = "$ML_USER:770" ]
}

case ${1:-} in
check)
  cmp -s "$here/danlu-notify" "$COMMAND" || pending "danlu-notify not installed"
  spool_ready || pending "spool not ready"
  ;;
apply)
  install_file "$here/danlu-notify" "$COMMAND" 0755
  if ! spool_ready; then
    install -d -o "$ML_USER" -g "$ML_USER" -m 0770 "$SPOOL"
    log "changed: $SPOOL"
  fi
  ;;
*) die "usage: $0 check|apply" ;;
esac

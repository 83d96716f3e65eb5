#!/usr/bin/env bash
# The unprivileged user who owns the notebook and the work: "ml", with sudo and the same key.
# Settings: DANLU_PUBLIC_KEY (an OpenSSH public key line).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
: "${DANLU_PUBLIC_KEY:?}"

sudoers="/etc/sudoers.d/danlu-$ML_USER"
keys="/home/$ML_USER/.ssh/authorized_keys"

case ${1:-} in
check)
  id "$ML_USER" >/dev/null 2>&1 || pending "no user $ML_USER"
  printf '%s ALL=(ALL) NOPASSWD:ALL\n' "$ML_USER" | same_content "$sudoers" || pending "no sudo rule"
  grep -qxF "$DANLU_PUBLIC_KEY" "$keys" 2>/dev/null || pending "key not authorized"
  exit 0
  ;;
apply)
  if ! id "$ML_USER" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$ML_USER"
    log "changed: user $ML_USER created"
  fi
  printf '%s ALL=(ALL) NOPASSWD:ALL\n' "$ML_USER" | write_file "$sudoers" 0440
  visudo -cq -f "$sudoers" || die "sudo rule rejected by visudo"
  install -d -m 0700 -o "$ML_USER" -g "$ML_USER" "/home/$ML_USER/.ssh"
  if ! grep -qxF "$DANLU_PUBLIC_KEY" "$keys" 2>/dev/null; then
    printf '%s\n' "$DANLU_PUBLIC_KEY" >>"$keys"
    log "changed: key authorized for $ML_USER"
  fi
  chown "$ML_USER:$ML_USER" "$keys"
  chmod 0600 "$keys"
  ;;
*) die "usage: $0 check|apply" ;;
esac

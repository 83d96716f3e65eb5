#!/usr/bin/env bash
# Run just before an image is made of this machine: removes every secret the machine holds so the
# image carries none — the notebook token and TLS key, the SSH host keys, every authorized key,
# shell histories, Jupyter's runtime files, danlu-notify messages not yet collected (log lines of
# this session, which machines made from the image must not deliver), and cloud-init's copy of the
# user data (which holds the host key). The machine stays usable: cloud-init, cleaned here, gives it its host key and
# root's login again at the next boot, and Danlu's set-up puts back the rest.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

systemctl stop danlu-notebook.service danlu-idle.timer danlu-spot-watch.service 2>/dev/null || true

removed=()
gone() {
  local path
  for path in "$@"; do
    if [ -e "$path" ] || [ -L "$path" ]; then
      rm -rf -- "$path"
      removed+=("$path")
    fi
  done
}

shopt -s nullglob
gone "$DANLU_ETC/notebook.env" "$DANLU_ETC/tls" /var/lib/danlu/staging
gone /etc/ssh/ssh_host_*
gone /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys
gone /root/.*_history /home/*/.*_history /root/.lesshst /home/*/.lesshst /root/.viminfo /home/*/.viminfo
gone /root/.local/share/jupyter/runtime /home/*/.local/share/jupyter/runtime
gone /var/spool/danlu-notify/*.msg /var/spool/danlu-notify/.seq
if command -v cloud-init >/dev/null; then
  cloud-init clean --logs
  removed+=("cloud-init state and logs")
else
  gone /var/lib/cloud/instances /var/lib/cloud/instance /var/lib/cloud/data
fi
sync

log "changed: removed ${#removed[@]} item(s) holding secrets: ${removed[*]:-none}"

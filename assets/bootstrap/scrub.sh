#!/usr/bin/env bash
# Run just before an image is made of this machine: removes every secret the machine holds so the
# image carries none — the notebook token and TLS key, the SSH host keys, every authorized key,
# every user's SSH keys, shell and IPython histories (every cell ever run, keys included),
# the Hugging Face token, git and netrc credentials, Jupyter's runtime files, danlu-notify messages
# not yet collected (log lines of this session, which machines made from the image must not
# deliver), the system journal, cloud-init's copy of the user data (which holds the host key), and
# the machine id (emptied, as cloud images ship it, so each machine made from the image gets its
# own). The machine stays usable: cloud-init, cleaned here, gives it its host key and root's login
# again at the next boot, and Danlu's set-up puts back the rest. Secrets kept anywhere else (a file
# a notebook wrote, a key in a project folder) cannot be known here: the README says so.
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
gone /etc/ssh/ssh_host_* /etc/ssh/danlu_*
gone /root/.ssh/authorized_keys /home/*/.ssh/authorized_keys
gone /root/.*_history /home/*/.*_history /root/.lesshst /home/*/.lesshst /root/.viminfo /home/*/.viminfo
gone /root/.local/share/jupyter/runtime /home/*/.local/share/jupyter/runtime
gone /var/spool/danlu-notify/*.msg /var/spool/danlu-notify/.seq
for home in /root /home/*; do
  gone "$home"/.ssh/id_* "$home/.git-credentials" "$home/.netrc" "$home/.cache/huggingface/token"
  if [ -d "$home/.ipython" ]; then
    while IFS= read -r -d '' history; do gone "$history"; done \
      < <(find "$home/.ipython" -name 'history.sqlite*' -print0)
  fi
done
# The system journal holds whatever programs logged (command lines, tokens in URLs).
if command -v journalctl >/dev/null; then
  journalctl --rotate >/dev/null 2>&1 || true
  journalctl --vacuum-time=1s >/dev/null 2>&1 || true
fi
gone /var/log/journal/* /run/log/journal/*
if [ -s /etc/machine-id ]; then
  : >/etc/machine-id
  removed+=("/etc/machine-id (emptied)")
fi
gone /var/lib/dbus/machine-id
if command -v cloud-init >/dev/null; then
  cloud-init clean --logs
  removed+=("cloud-init state and logs")
else
  gone /var/lib/cloud/instances /var/lib/cloud/instance /var/lib/cloud/data
fi
sync

log "changed: removed ${#removed[@]} item(s) holding secrets: ${removed[*]:-none}"

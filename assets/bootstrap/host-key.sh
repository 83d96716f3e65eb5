#!/usr/bin/env bash
# Replaces the SSH host key the machine got in UserData with one made here, after Danlu's first
# pinned login. UserData stays readable for the instance's whole life (the metadata service, the
# cloud's DescribeUserData), so the key in it must stop meaning anything:
#   host-key.sh stage     makes the next key (once) and prints its public half; Danlu journals it
#   host-key.sh activate  puts it in place, forgets the old keys and cloud-init's copies of the user
#                         data, and restarts sshd (the connection in use stays up)
# "danlu:current_host_key=<public line>" means the machine already serves a key made here.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

active=/etc/ssh/ssh_host_ed25519_key
next=/etc/ssh/danlu_next_host_ed25519_key
# The public line of the key made here, written once it serves: tells a rotated machine from one
# whose key came from UserData (after a scrub, cloud-init hands the UserData key back).
marker=/etc/ssh/danlu_host_key_made_here

public_line() { cut -d' ' -f1,2 "$1"; }

served_is_ours() {
  [ -s "$marker" ] && [ -s "$active.pub" ] && [ "$(cat "$marker")" = "$(public_line "$active.pub")" ]
}

case "${1:-}" in
  stage)
    if served_is_ours; then
      fact current_host_key "$(public_line "$active.pub")"
      exit 0
    fi
    if [ ! -s "$next" ] || [ ! -s "$next.pub" ]; then
      rm -f -- "$next" "$next.pub"
      ssh-keygen -q -t ed25519 -N '' -C danlu-host -f "$next"
      log "changed: made a new host key"
    fi
    fact next_host_key "$(public_line "$next.pub")"
    ;;
  activate)
    if [ ! -s "$next" ] || [ ! -s "$next.pub" ]; then die "no staged host key to put in place"; fi
    install -m 0600 -o root -g root "$next" "$active.danlu-new"
    install -m 0644 -o root -g root "$next.pub" "$active.pub.danlu-new"
    mv -f "$active.danlu-new" "$active"
    mv -f "$active.pub.danlu-new" "$active.pub"
    public_line "$active.pub" >"$marker"
    # Every other host key goes: the client accepts only ed25519, and nothing else should answer.
    shopt -s nullglob
    for file in /etc/ssh/ssh_host_*_key /etc/ssh/ssh_host_*_key.pub; do
      case "$file" in "$active" | "$active.pub") ;; *) rm -f -- "$file" ;; esac
    done
    rm -f -- "$next" "$next.pub"
    # And sshd offers only that key, even where a unit makes missing keys again at each start
    # (sshd-keygen on some images).
    if [ -d /etc/ssh/sshd_config.d ]; then
      printf 'HostKey %s\n' "$active" >/etc/ssh/sshd_config.d/danlu-host-key.conf.danlu-new
      mv -f /etc/ssh/sshd_config.d/danlu-host-key.conf.danlu-new /etc/ssh/sshd_config.d/danlu-host-key.conf
    fi
    # cloud-init's copies of the user data (and of the cloud-config made from it) hold the old
    # private key; it is worthless now, but no copy stays where every process can look.
    rm -f -- /var/lib/cloud/instance/user-data.txt* /var/lib/cloud/instance/cloud-config.txt \
      /var/lib/cloud/instances/*/user-data.txt* /var/lib/cloud/instances/*/cloud-config.txt \
      /var/lib/cloud/instance/obj.pkl /var/lib/cloud/instances/*/obj.pkl \
      /run/cloud-init/instance-data-sensitive.json
    sshd -t || die "sshd refuses its configuration with the new host key"
    systemctl restart ssh 2>/dev/null || systemctl restart sshd
    log "changed: the machine now serves a host key made on it"
    ;;
  *) die "usage: host-key.sh stage|activate" ;;
esac

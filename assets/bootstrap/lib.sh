# shellcheck shell=bash
# Shared by Danlu's bootstrap steps. Each step script is called as `step.sh check` (exit 0: done,
# 1: work to do) or `step.sh apply` (exit 0: done, 100: a reboot is needed to finish). Lines of the
# form "danlu:key=value" are facts the app reads; everything else is log.
set -euo pipefail
export LC_ALL=C DEBIAN_FRONTEND=noninteractive

# shellcheck disable=SC2034 # used by the scripts that source this file
{
  DANLU_ETC=/etc/danlu
  DANLU_LIB=/usr/local/lib/danlu
  DATA_MOUNT=/mnt/ml
  ML_USER=ml
  EXIT_REBOOT=100
  # The folders on the data disk the notebook works in.
  WORK_DIRS=(work data)
}

log() { printf '%s\n' "$*"; }
fact() { printf 'danlu:%s=%s\n' "$1" "$2"; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 2
}

# check mode: report "not done" and stop.
pending() {
  log "pending: $*"
  exit 1
}

# Copies SRC to DEST with MODE (and OWNER) only when the content differs; prints "changed: DEST".
install_file() {
  local src=$1 dest=$2 mode=$3 owner=${4:-root:root}
  if [ -f "$dest" ] && cmp -s "$src" "$dest"; then
    chmod "$mode" "$dest"
    chown "$owner" "$dest"
    return 0
  fi
  install -D -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$src" "$dest.danlu-new"
  mv -f "$dest.danlu-new" "$dest"
  log "changed: $dest"
}

# Same as install_file, for content given on standard input.
write_file() {
  local dest=$1 mode=$2 owner=${3:-root:root} tmp
  tmp=$(mktemp)
  cat >"$tmp"
  install_file "$tmp" "$dest" "$mode" "$owner"
  rm -f "$tmp"
}

# True when DEST holds exactly the given standard input.
same_content() {
  [ -f "$1" ] && cmp -s - "$1"
}

# Steps run side by side: apt's own locks make a second apt-get fail or wait in the middle of a
# download, so Danlu's steps take turns for the whole update-and-install.
apt_install() {
  (
    flock -w 1800 9 || die "apt stayed busy for 30 minutes"
    apt-get -o DPkg::Lock::Timeout=900 -q update
    apt-get -o DPkg::Lock::Timeout=900 -q install -y --no-install-recommends "$@"
  ) 9>/run/danlu-apt.lock
}

# A field of /etc/os-release, e.g. os_field ID → debian.
os_field() { sed -n "s/^$1=//p" /etc/os-release | tr -d '"'; }

# Makes systemd read the unit files a step wrote and enables the first unit. Enabling reloads the
# unit files by itself (systemctl(1), --no-reload), and a reload costs a noticeable part of a
# second on a small machine, so a separate one runs only for a unit already enabled when its files
# changed (CHANGED not empty) or an interrupted run left them unread.
# Usage: load_and_enable CHANGED UNIT [OTHER_UNIT…]
load_and_enable() {
  local changed=$1 unit=$2 u
  shift
  if ! systemctl is-enabled -q "$unit" 2>/dev/null; then
    systemctl enable -q "$unit"
    return 0
  fi
  for u in "$@"; do
    if [ "$(systemctl show -p NeedDaemonReload --value "$u")" = yes ]; then changed=1; fi
  done
  if [ -n "$changed" ]; then systemctl daemon-reload; fi
}

# The data disk's top folder and work folders belong to ml. The disk step makes them (it need not
# wait for ml); the first step that has both the disk and ml hands them over.
# Usage: work_folders check|apply
work_folders() {
  local d
  for d in "" "${WORK_DIRS[@]/#//}"; do
    [ "$(stat -c %U "$DATA_MOUNT$d" 2>/dev/null)" = "$ML_USER" ] && continue
    [ "$1" = apply ] || pending "$DATA_MOUNT$d does not belong to $ML_USER"
    if [ -z "$d" ]; then
      chown "$ML_USER:$ML_USER" "$DATA_MOUNT"
    else
      # New folders, or a disk from another machine whose files belong to another user id.
      chown -R "$ML_USER:$ML_USER" "$DATA_MOUNT$d"
    fi
    log "changed: $DATA_MOUNT$d now belongs to $ML_USER"
  done
}

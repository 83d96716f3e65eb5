#!/usr/bin/env bash
# The data disk, found by its serial (never by /dev/vdX order), in fstab by UUID with nofail,
# mounted at /mnt/ml, work folders. It is partitioned and formatted only when it holds no file
# system AND the app says Danlu created it empty: any other disk without a file system (someone's
# raw or differently laid-out disk) is left untouched and the step stops saying so.
# The work folders are made here and given to ml by the Python step (work-folders in lib.sh), so
# the disk is ready while ml is still being created.
# Settings: DANLU_DISK_SERIAL (the disk id without "d-"), DANLU_DISK_MAY_FORMAT (1: a blank disk
# Danlu made; anything else: never format), DANLU_DISK_WAIT_SECONDS (default 60).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
: "${DANLU_DISK_SERIAL:?}"
wait_seconds=${DANLU_DISK_WAIT_SECONDS:-60}
may_format=${DANLU_DISK_MAY_FORMAT:-0}

# The by-id link of the disk (virtio or NVMe form), or nothing.
disk_link() {
  local link
  for link in "/dev/disk/by-id/virtio-$DANLU_DISK_SERIAL" \
    "/dev/disk/by-id/nvme-Alibaba_Cloud_Elastic_Block_Storage_$DANLU_DISK_SERIAL"; do
    if [ -b "$link" ]; then
      printf '%s' "$link"
      return 0
    fi
  done
  return 1
}

# A hot-attached disk may take a moment to appear.
wait_for_disk() {
  local i
  for ((i = 0; i < wait_seconds * 5; i++)); do
    disk_link && return 0
    sleep 0.2
  done
  die "no disk with serial $DANLU_DISK_SERIAL is attached (looked for /dev/disk/by-id/virtio-$DANLU_DISK_SERIAL and the NVMe form)"
}

probe() { blkid -p -s "$1" -o value "$2" 2>/dev/null || true; }

# The device that holds (or is to hold) the file system: the whole disk if it carries one
# directly, else its first partition (which may not exist yet).
fs_device() {
  local link=$1
  if [ -n "$(probe TYPE "$link")" ]; then printf '%s' "$link"; else printf '%s' "$link-part1"; fi
}

fstab_line() { printf 'UUID=%s %s %s defaults,nofail 0 2' "$1" "$DATA_MOUNT" "$2"; }

devnum() { stat -Lc '%Hr:%Lr' "$1"; }

# Waits until a new device node has stayed for a tenth of a second: parted re-reads the partition
# table more than once, and udev removes and re-adds the node each time (udevadm settle waits for
# those events where udev runs; the short watch covers the rest without costing a first launch).
settle() {
  local i seen=0
  if command -v udevadm >/dev/null; then udevadm settle --timeout=10 || true; fi
  for ((i = 0; i < 200; i++)); do
    if [ -b "$1" ]; then seen=$((seen + 1)); else seen=0; fi
    [ "$seen" -ge 3 ] && return 0
    sleep 0.05
  done
  return 1
}

# True when systemd holds a mount unit for the data folder made from /etc/fstab: after the line
# changes it must read fstab again, or it may take the new mount for the old unit's and undo it.
# A machine that never had the line (a first launch) skips that reload.
fstab_unit_known() {
  command -v systemctl >/dev/null || return 1
  [ "$(systemctl show -p SourcePath --value "$(systemd-escape -p --suffix=mount "$DATA_MOUNT")" 2>/dev/null)" = /etc/fstab ]
}

check() {
  local link dev uuid type
  link=$(wait_for_disk)
  dev=$(fs_device "$link")
  [ -b "$dev" ] || pending "no partition on the data disk"
  uuid=$(probe UUID "$dev")
  type=$(probe TYPE "$dev")
  [ -n "$uuid" ] || pending "no file system on $dev"
  fact disk_device "$(readlink -f "$dev")"
  fact disk_fs "$type"
  [ "$(awk -v m="$DATA_MOUNT" '$2 == m' /etc/fstab | wc -l)" = 1 ] || pending "fstab has no single line for $DATA_MOUNT"
  grep -qxF "$(fstab_line "$uuid" "$type")" /etc/fstab || pending "fstab line differs"
  mountpoint -q "$DATA_MOUNT" || pending "$DATA_MOUNT not mounted"
  [ "$(mountpoint -d "$DATA_MOUNT")" = "$(devnum "$dev")" ] || die "$DATA_MOUNT holds another device than the data disk"
  local d
  for d in "${WORK_DIRS[@]}"; do
    [ -d "$DATA_MOUNT/$d" ] || pending "no $DATA_MOUNT/$d"
  done
  fact disk_mounted "$DATA_MOUNT"
}

# Stops before anything is written to a disk Danlu did not create empty.
refuse_unless_blank_danlu_disk() {
  [ "$may_format" = 1 ] && return 0
  die "no file system found on the data disk $1 (serial $DANLU_DISK_SERIAL). Danlu formats only a disk it created empty for this session, so this one was left untouched: put a file system on it yourself, or launch with a new disk."
}

apply() {
  local link disk dev uuid type
  link=$(wait_for_disk)
  disk=$(readlink -f "$link")
  if [ -z "$(probe TYPE "$link")" ] && [ -z "$(probe TYPE "$link-part1")" ]; then
    refuse_unless_blank_danlu_disk "$disk"
  fi
  if [ -n "$(probe TYPE "$link")" ]; then
    log "file system $(probe TYPE "$link") found on the whole disk $disk: kept as it is"
  else
    if [ -z "$(probe PTTYPE "$link")" ]; then
      # One parted run for the table and the partition: each run re-reads the table.
      log "changed: partition table on $disk"
      log "changed: partition 1 on $disk"
      parted -s -a optimal "$disk" mklabel gpt mkpart danlu-data ext4 1MiB 100%
      settle "$link-part1" || die "partition 1 of $disk did not appear"
    elif [ ! -b "$link-part1" ]; then
      if [ -n "$(parted -sm "$disk" print | awk -F: 'NR > 2')" ]; then
        die "$disk has partitions but no first one: left untouched"
      fi
      log "changed: partition 1 on $disk"
      parted -s -a optimal "$disk" mkpart danlu-data ext4 1MiB 100%
      settle "$link-part1" || die "partition 1 of $disk did not appear"
    fi
  fi
  dev=$(fs_device "$link")
  if [ -z "$(probe TYPE "$dev")" ]; then
    log "changed: ext4 file system on $(readlink -f "$dev")"
    mkfs.ext4 -q -L danlu-data "$dev"
  else
    log "file system $(probe TYPE "$dev") found on $(readlink -f "$dev"): not formatted"
  fi
  uuid=$(probe UUID "$dev")
  type=$(probe TYPE "$dev")
  [ -n "$uuid" ] || die "no UUID on $dev"

  local tmp
  tmp=$(mktemp)
  awk -v m="$DATA_MOUNT" '$2 != m' /etc/fstab >"$tmp"
  fstab_line "$uuid" "$type" >>"$tmp"
  printf '\n' >>"$tmp"
  install_file "$tmp" /etc/fstab 0644
  rm -f "$tmp"

  mkdir -p "$DATA_MOUNT"
  if ! mountpoint -q "$DATA_MOUNT"; then
    if fstab_unit_known; then systemctl daemon-reload 2>/dev/null || true; fi
    mount "$DATA_MOUNT"
    log "changed: mounted $DATA_MOUNT"
  fi
  local d
  for d in "${WORK_DIRS[@]}"; do
    if [ ! -d "$DATA_MOUNT/$d" ]; then
      install -d "$DATA_MOUNT/$d"
      log "changed: $DATA_MOUNT/$d"
    fi
  done
}

case ${1:-} in
check) check ;;
apply) apply ;;
*) die "usage: $0 check|apply" ;;
esac

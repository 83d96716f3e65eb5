#!/usr/bin/env bash
# Facts about the machine: OS, GPU, disks. Changes nothing, so "check" does the work.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

fact os "$(os_field PRETTY_NAME)"
fact kernel "$(uname -r)"
fact cpus "$(nproc)"
fact memory_mib "$(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo)"

gpus=0
for vendor in /sys/bus/pci/devices/*/vendor; do
  [ -e "$vendor" ] || continue
  if [ "$(cat "$vendor")" = 0x10de ]; then
    class=$(cat "$(dirname "$vendor")/class")
    case $class in 0x03*) gpus=$((gpus + 1)) ;; esac
  fi
done
fact nvidia_pci_devices "$gpus"
if command -v nvidia-smi >/dev/null && nvidia-smi -L >/dev/null 2>&1; then
  fact nvidia_smi "$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | paste -sd';' -)"
fi
lsblk -dn -o NAME,SIZE,SERIAL,TYPE 2>/dev/null | while read -r line; do log "disk: $line"; done
exit 0

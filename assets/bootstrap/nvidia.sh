#!/usr/bin/env bash
# NVIDIA driver, verified with nvidia-smi. Where a GPU is present and the driver missing, the
# install that UserData started at boot (assets/first-boot/gpu-driver.sh) is waited for; where
# there was none, or it failed, the driver is installed here from the distribution's packages.
# Either way a reboot is asked for, once. A machine without an NVIDIA GPU is reported as such
# ("danlu:gpu=none") and is not an error.
# Settings: DANLU_BOOT_INSTALL_WAIT_SECONDS (default 600): how long a boot-time installer that
# cloud-init has written but not started yet is waited for.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
BOOT_INSTALLER=/usr/local/lib/danlu/first-boot/gpu-driver.sh
BOOT_STATE=/var/lib/danlu/gpu-driver/state

nvidia_devices() {
  local v n=0
  for v in /sys/bus/pci/devices/*/vendor; do
    [ -e "$v" ] || continue
    if [ "$(cat "$v")" = 0x10de ]; then
      case $(cat "$(dirname "$v")/class") in 0x03*) n=$((n + 1)) ;; esac
    fi
  done
  printf '%s' "$n"
}

check() {
  if [ "$(nvidia_devices)" = 0 ]; then
    log "no GPU: this machine has no NVIDIA device, so there is no driver to verify"
    fact gpu none
    exit 0
  fi
  command -v nvidia-smi >/dev/null || pending "NVIDIA GPU present, driver not installed"
  local out
  out=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1) ||
    pending "nvidia-smi fails: $out"
  fact gpu "$(printf '%s' "$out" | paste -sd';' -)"
  fact cuda "$(nvidia-smi | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n1)"
}

boot_id() { cat /proc/sys/kernel/random/boot_id; }

# Waits for the boot-time install; true when it installed the driver. False at once when UserData
# brought no installer, or when its install was cut by a reboot or failed: this step installs then.
boot_install_done() {
  [ -f "$BOOT_INSTALLER" ] || return 1
  local i state boot
  # cloud-init writes the installer before sshd starts but runs it later in the boot.
  for ((i = 0; i < ${DANLU_BOOT_INSTALL_WAIT_SECONDS:-600} * 2; i++)); do
    [ -f "$BOOT_STATE" ] && break
    sleep 0.5
  done
  log "waiting for the driver install started at boot (/var/log/danlu-gpu-driver.log)"
  while :; do
    read -r state boot <"$BOOT_STATE" 2>/dev/null || state=absent
    case $state in
    installed) return 0 ;;
    installing)
      # Cut by a reboot, or ended without a word: this step installs instead.
      [ "$boot" = "$(boot_id)" ] || return 1
      systemctl is-active -q danlu-gpu-driver || { read -r state _ <"$BOOT_STATE" && [ "$state" = installed ]; } || return 1
      ;;
    *)
      log "the install started at boot did not finish ($state): installing here"
      return 1
      ;;
    esac
    sleep 1
  done
}

apply() {
  [ "$(nvidia_devices)" != 0 ] || exit 0
  if boot_install_done; then
    log "changed: NVIDIA driver installed while the machine booted"
    if nvidia-smi >/dev/null 2>&1; then exit 0; fi
    log "the machine must reboot to load it"
    exit "$EXIT_REBOOT"
  fi
  case $(os_field ID) in
  ubuntu)
    apt_install ubuntu-drivers-common "linux-headers-$(uname -r)"
    ubuntu-drivers install --gpgpu
    apt_install "$(ubuntu-drivers list --gpgpu 2>/dev/null | sed -n 's/^nvidia-driver-\([0-9]*\).*/nvidia-utils-\1-server/p' | head -n1)"
    ;;
  debian)
    # The driver lives in Debian's non-free components.
    sed -i -E '/^Components:/ { /non-free( |$)/! s/$/ contrib non-free non-free-firmware/ }' \
      /etc/apt/sources.list.d/*.sources 2>/dev/null || true
    apt_install "linux-headers-$(uname -r)" nvidia-driver firmware-misc-nonfree nvidia-smi
    ;;
  *) die "no known way to install the NVIDIA driver on $(os_field PRETTY_NAME); use a GPU image with the driver" ;;
  esac
  log "changed: NVIDIA driver installed; the machine must reboot to load it"
  exit "$EXIT_REBOOT"
}

case ${1:-} in
check) check ;;
apply) apply ;;
*) die "usage: $0 check|apply" ;;
esac

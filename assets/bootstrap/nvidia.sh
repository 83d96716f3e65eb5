#!/usr/bin/env bash
# NVIDIA driver, verified with nvidia-smi. Where a GPU is present and the driver missing, the
# driver is installed from the distribution's packages and a reboot is asked for. A machine
# without an NVIDIA GPU is reported as such ("danlu:gpu=none") and is not an error.
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

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

apply() {
  [ "$(nvidia_devices)" != 0 ] || exit 0
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

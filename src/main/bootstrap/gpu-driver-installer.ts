/**
 * The first-boot NVIDIA driver installer that UserData carries (first-boot.ts): a bash script,
 * kept here as text because the launch builds UserData in the main process, and the same code
 * runs under plain Node (tests, the fault and crash campaigns) where no bundler inlines files.
 */
export const GPU_DRIVER_INSTALLER = `#!/usr/bin/env bash
# The NVIDIA driver, installed while the machine boots. Danlu's UserData hands this script to
# cloud-init, whose runcmd starts it as the transient unit danlu-gpu-driver: the download and the
# kernel module are under way before Danlu's SSH bootstrap reaches the machine. It never reboots
# (a reboot now would cut a bootstrap step short); the bootstrap's nvidia step waits for it and
# asks for the one reboot that loads the driver.
# State, one line in /var/lib/danlu/gpu-driver/state: "installing <boot id>", "installed",
# "none" (no NVIDIA GPU here) or "failed <exit status>"; the log goes to /var/log/danlu-gpu-driver.log.
# Settings (/etc/danlu/gpu-driver.env): DANLU_GPU_DRIVER_PACKAGES, the packages to install.
set -uo pipefail
export LC_ALL=C DEBIAN_FRONTEND=noninteractive
state_dir=/var/lib/danlu/gpu-driver
state=$state_dir/state
mkdir -p "$state_dir"
exec >>/var/log/danlu-gpu-driver.log 2>&1

say() {
  printf '%s\\n' "$*" >"$state.new"
  mv -f "$state.new" "$state"
  printf '%s %s\\n' "$(date -u +%FT%TZ)" "$*"
}

# NVIDIA display or 3D controllers on PCI (vendor 0x10de, class 0x03xxxx).
nvidia_gpu() {
  local v
  for v in /sys/bus/pci/devices/*/vendor; do
    if [ ! -e "$v" ] || [ "$(cat "$v")" != 0x10de ]; then continue; fi
    case $(cat "$(dirname "$v")/class") in 0x03*) return 0 ;; esac
  done
  return 1
}

case $(cut -d' ' -f1 "$state" 2>/dev/null) in installed | none) exit 0 ;; esac
if ! nvidia_gpu; then
  say none
  exit 0
fi
if nvidia-smi >/dev/null 2>&1; then
  say installed
  exit 0
fi
say "installing $(cat /proc/sys/kernel/random/boot_id)"
read -r -a packages <<<"\${DANLU_GPU_DRIVER_PACKAGES:-nvidia-driver-535-server nvidia-utils-535-server}"
# Ubuntu builds the module with DKMS against the running kernel's headers.
if [ "$(sed -n 's/^ID=//p' /etc/os-release | tr -d '"')" = ubuntu ]; then packages+=("linux-headers-$(uname -r)"); fi
(
  # The same turn-taking as the bootstrap's apt steps (lib.sh's apt_install).
  flock -w 1800 9 || exit 75
  apt-get -o DPkg::Lock::Timeout=900 -q update || echo "some package lists could not be read: installing from those that could"
  apt-get -o DPkg::Lock::Timeout=900 -q install -y --no-install-recommends "\${packages[@]}"
) 9>/run/danlu-apt.lock
code=$?
if [ "$code" = 0 ]; then say installed; else say "failed $code"; fi
`;

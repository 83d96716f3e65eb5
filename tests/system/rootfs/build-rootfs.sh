#!/usr/bin/env bash
# Builds the test instances' root file system into DEST (a directory that must not exist yet).
# Usage: build-rootfs.sh DEST PACKAGES_FILE FILES_DIR [MIRROR]
# Runs as root; needs debootstrap and systemd-nspawn. Takes about a minute on two cores.
set -euo pipefail

dest=$1
packages_file=$2
files_dir=$3
mirror=${4:-http://deb.debian.org/debian}

section() { sed -n "/^\[$1\]/,/^\[/p" "$packages_file" | grep -v -e '^\[' -e '^#' -e '^$' || true; }
debootstrap_pkgs=$(section debootstrap | paste -sd, -)
apt_pkgs=$(section apt | paste -sd' ' -)

work="$dest.partial"
rm -rf "$work"
debootstrap --variant=minbase --include="$debootstrap_pkgs" bookworm "$work" "$mirror"

# debootstrap cannot resolve virtual packages (jupyter-notebook needs some), so apt does the rest
# from inside the new root, on the host's network.
# shellcheck disable=SC2086 # the package list is meant to split into words
systemd-nspawn -q --register=no --keep-unit -D "$work" --pipe \
  env DEBIAN_FRONTEND=noninteractive sh -c \
  "apt-get -q update && apt-get -q install -y --no-install-recommends $apt_pkgs && apt-get clean"

# Test-only stand-ins (udev, the fstab mounts) and the sshd settings of a cloud image.
cp -a "$files_dir"/. "$work"/
chmod 0755 "$work"/usr/local/sbin/*
mkdir -p "$work/etc/systemd/system/local-fs.target.wants" "$work/opt/danlu-test/disks"
ln -sf ../danlu-test-devices.service "$work/etc/systemd/system/local-fs.target.wants/"
ln -sf ../danlu-test-mount-all.service "$work/etc/systemd/system/local-fs.target.wants/"
mkdir -p "$work/etc/systemd/system/multi-user.target.wants"
ln -sf ../danlu-test-cloud-final.service "$work/etc/systemd/system/multi-user.target.wants/"

# The NVIDIA driver's stand-ins in a local apt repository the machines can reach (see
# driver-stand-in/README); built here, on the host, with dpkg-deb.
repo=$work/opt/danlu-test/driver-repo
mkdir -p "$repo"
stand_ins=$(dirname "$0")/driver-stand-in
for pkg in "$stand_ins"/*/; do
  name=$(basename "$pkg")
  dpkg-deb --root-owner-group -Zgzip --build "$pkg" "$repo/$name.deb" >/dev/null
  {
    dpkg-deb -f "$repo/$name.deb"
    printf 'Filename: ./%s.deb\nSize: %s\nSHA256: %s\n\n' "$name" "$(stat -c %s "$repo/$name.deb")" \
      "$(sha256sum "$repo/$name.deb" | cut -d' ' -f1)"
  } >>"$repo/Packages"
done
echo "deb [trusted=yes] file:/opt/danlu-test/driver-repo ./" >"$work/etc/apt/sources.list.d/danlu-test-driver.list"
# Nothing in a container needs these; they only slow the boot down or fail noisily.
for unit in systemd-udevd.service systemd-udev-trigger.service apt-daily.timer apt-daily-upgrade.timer \
  e2scrub_all.timer e2scrub_reap.service fstrim.timer; do
  ln -sf /dev/null "$work/etc/systemd/system/$unit"
done

# Every instance makes its own host keys and machine id at first boot.
rm -f "$work"/etc/ssh/ssh_host_*
: >"$work/etc/machine-id"
rm -rf "$work"/var/lib/apt/lists/* "$work"/var/cache/apt/*.bin

mv "$work" "$dest"

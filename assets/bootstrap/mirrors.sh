#!/usr/bin/env bash
# Package mirrors: in mainland regions (region id "cn-…") apt, pip and conda use domestic mirrors,
# since the default ones download badly from there; elsewhere Danlu's mirror settings are removed.
# Settings: DANLU_REGION_ID, DANLU_MIRROR (default https://mirrors.aliyun.com).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
: "${DANLU_REGION_ID:?}"
mirror=${DANLU_MIRROR:-https://mirrors.aliyun.com}
mirror_host=${mirror#*://}
# pip, apt and conda check the mirror's certificate: a mirror without HTTPS is not used.
[[ $mirror == https://* ]] || die "the package mirror must use https://, got $mirror"

PIP_CONF=/etc/pip.conf
CONDARC=/etc/conda/.condarc
FOREIGN_HOSTS='deb.debian.org|security.debian.org|([a-z.]*\.)?archive.ubuntu.com|security.ubuntu.com'

mainland() { [[ $DANLU_REGION_ID == cn-* ]]; }

apt_sources() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && printf '%s\n' "$f"
  done
  return 0
}

pip_conf() {
  printf '# Written by Danlu: a domestic PyPI mirror for a mainland region.\n'
  # No certificate exemption: pip verifies the mirror's certificate like any other index.
  printf '[global]\nindex-url = %s/pypi/simple/\n' "$mirror"
}

condarc() {
  printf '# Written by Danlu: domestic conda mirrors for a mainland region.\n'
  printf 'show_channel_urls: true\ndefault_channels:\n'
  printf '  - %s/anaconda/pkgs/main\n  - %s/anaconda/pkgs/r\n' "$mirror" "$mirror"
  printf 'custom_channels:\n  conda-forge: %s/anaconda/cloud\n  pytorch: %s/anaconda/cloud\n' "$mirror" "$mirror"
}

check() {
  if mainland; then
    local f
    while read -r f; do
      if grep -Eq "https?://($FOREIGN_HOSTS)" "$f"; then pending "$f uses foreign mirrors"; fi
    done < <(apt_sources)
    pip_conf | same_content "$PIP_CONF" || pending "pip mirror"
    condarc | same_content "$CONDARC" || pending "conda mirror"
    fact mirrors "$mirror_host"
  else
    grep -qs 'Written by Danlu' "$PIP_CONF" "$CONDARC" && pending "mainland mirrors left from before"
    fact mirrors default
  fi
  exit 0
}

apply() {
  if mainland; then
    local f
    while read -r f; do
      if grep -Eq "https?://($FOREIGN_HOSTS)" "$f"; then
        [ -e "$f.danlu-orig" ] || cp -p "$f" "$f.danlu-orig"
        sed -E "s#https?://($FOREIGN_HOSTS)#$mirror#g" "$f.danlu-orig" | write_file "$f" 0644
      fi
    done < <(apt_sources)
    pip_conf | write_file "$PIP_CONF" 0644
    condarc | write_file "$CONDARC" 0644
  else
    local f
    for f in "$PIP_CONF" "$CONDARC"; do
      if grep -qs 'Written by Danlu' "$f"; then
        rm -f "$f"
        log "changed: removed $f"
      fi
    done
    while read -r f; do
      if [ -e "$f.danlu-orig" ]; then
        mv -f "$f.danlu-orig" "$f"
        log "changed: restored $f"
      fi
    done < <(apt_sources)
  fi
}

case ${1:-} in
check) check ;;
apply) apply ;;
*) die "usage: $0 check|apply" ;;
esac

#!/usr/bin/env bash
# The Python environment lives on the data disk (/mnt/ml/env), so a relaunch with the same disk
# installs nothing. Settings: DANLU_PY_PACKAGES, space-separated "pip-spec=module" pairs, e.g.
# "jupyterlab=jupyterlab torch=torch"; a package is installed only when its module is missing.
# It also gives the disk's work folders to ml (the disk step makes them before ml may exist).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
read -r -a pairs <<<"${DANLU_PY_PACKAGES:-jupyterlab=jupyterlab}"
ENV_DIR=$DATA_MOUNT/env
PY=$ENV_DIR/bin/python

# The pip specs whose module the environment cannot import.
missing_specs() {
  local pair modules=()
  for pair in "${pairs[@]}"; do modules+=("${pair##*=}"); done
  local absent
  absent=$("$PY" -c 'import importlib.util, sys
print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))' "${modules[@]}")
  for pair in "${pairs[@]}"; do
    case " $absent " in *" ${pair##*=} "*) printf '%s\n' "${pair%=*}" ;; esac
  done
}

as_ml() { sudo -u "$ML_USER" -H "$@"; }

case ${1:-} in
check)
  mountpoint -q "$DATA_MOUNT" || die "$DATA_MOUNT is not mounted"
  work_folders check
  [ -x "$PY" ] || pending "no environment at $ENV_DIR"
  m=$(missing_specs | paste -sd' ' -)
  [ -z "$m" ] || pending "missing: $m"
  if "$PY" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("jupyterlab") is None)'; then fact jupyter lab; else fact jupyter notebook; fi
  fact python "$("$PY" -c 'import sys; print(sys.version.split()[0])')"
  ;;
apply)
  mountpoint -q "$DATA_MOUNT" || die "$DATA_MOUNT is not mounted"
  work_folders apply
  if [ ! -x "$PY" ]; then
    if PY=python3 missing_specs | grep -q .; then
      pip_needed=1
    else
      pip_needed=0
    fi
    if [ "$pip_needed" = 0 ]; then
      # The image already carries every package (e.g. a Danlu image): nothing to download.
      as_ml python3 -m venv --system-site-packages --without-pip "$ENV_DIR"
    elif python3 -c 'import ensurepip' 2>/dev/null; then
      as_ml python3 -m venv --system-site-packages "$ENV_DIR"
    else
      # Debian and Ubuntu keep pip for venvs in python3-venv; without a network it is skipped
      # and the environment leans on the packages the image already has.
      apt_install python3-venv || true
      if python3 -c 'import ensurepip' 2>/dev/null; then
        as_ml python3 -m venv --system-site-packages "$ENV_DIR"
      else
        as_ml python3 -m venv --system-site-packages --without-pip "$ENV_DIR"
      fi
    fi
    log "changed: Python environment at $ENV_DIR"
  fi
  mapfile -t m < <(missing_specs)
  if [ "${#m[@]}" -gt 0 ]; then
    "$PY" -m pip --version >/dev/null 2>&1 || die "cannot install ${m[*]}: the environment has no pip"
    log "changed: installing ${m[*]}"
    as_ml "$PY" -m pip install --no-input --progress-bar off "${m[@]}"
  fi
  ;;
*) die "usage: $0 check|apply" ;;
esac

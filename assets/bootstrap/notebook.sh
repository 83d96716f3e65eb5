#!/usr/bin/env bash
# Jupyter over HTTPS only, on 0.0.0.0:8888, password-protected (argon2 hash made here, on the
# instance) plus the app's login token, notebook folder /mnt/ml/work, run by systemd as ml.
# Standard input: the password on the first line (empty: keep the one set), the token on the
# second (never arguments).
# Settings: DANLU_CERT_SHA256 (sha256 of the certificate file the app pinned),
# DANLU_STAGING (where the app uploaded notebook.crt and notebook.key when they changed),
# DANLU_NOTEBOOK_PORT (default 8888).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
: "${DANLU_CERT_SHA256:?}"
staging=${DANLU_STAGING:-/var/lib/danlu/staging}
port=${DANLU_NOTEBOOK_PORT:-8888}
PY=$DATA_MOUNT/env/bin/python
TLS=$DANLU_ETC/tls
# On the data disk, so a new machine with the same disk (recover, relaunch) keeps the password.
HASH_FILE=$DATA_MOUNT/.danlu/notebook-password
TOKEN_ENV=$DANLU_ETC/notebook.env
CONFIG=$DANLU_ETC/jupyter_config.py
UNIT=/etc/systemd/system/danlu-notebook.service

IFS= read -r password || die "no password on standard input"
IFS= read -r token || die "no token on standard input"
[ -n "$token" ] || die "empty token"
# An empty password keeps the one already set (the app never stores it, so a later run may lack it).
if [ -z "$password" ] && ! grep -qs '^argon2:' "$HASH_FILE"; then die "no password given and none set yet"; fi

# JupyterLab when the environment has it, else the classic notebook: found without importing
# either (an import costs a noticeable part of a second).
app_module() {
  "$PY" -c 'import importlib.util
print("jupyterlab" if importlib.util.find_spec("jupyterlab") else "notebook")'
}

config() {
  cat <<PYEOF
# Written by Danlu. HTTPS only; the password hash and the token live outside this file.
with open('$HASH_FILE') as f:
    hashed = f.read().strip()
for app in (c.NotebookApp, c.ServerApp):
    app.ip = '0.0.0.0'
    app.port = $port
    app.port_retries = 0
    app.certfile = '$TLS/notebook.crt'
    app.keyfile = '$TLS/notebook.key'
    app.open_browser = False
    app.allow_remote_access = True
c.NotebookApp.password = hashed
c.NotebookApp.notebook_dir = '$DATA_MOUNT/work'
c.ServerApp.root_dir = '$DATA_MOUNT/work'
c.PasswordIdentityProvider.hashed_password = hashed
PYEOF
}

unit() {
  cat <<UNITEOF
[Unit]
Description=Jupyter notebook over HTTPS (Danlu)
After=network-online.target
RequiresMountsFor=$DATA_MOUNT/work

[Service]
User=$ML_USER
Group=$ML_USER
EnvironmentFile=$TOKEN_ENV
WorkingDirectory=$DATA_MOUNT/work
ExecStart=$PY -m $(app_module) --config=$CONFIG
Restart=on-failure
RestartSec=2

[Install]
WantedBy=multi-user.target
UNITEOF
}

password_matches() {
  [ -f "$HASH_FILE" ] && grep -q '^argon2:' "$HASH_FILE" || return 1
  [ -n "$password" ] || return 0
  printf '%s\n' "$password" | "$PY" -c 'import sys
from argon2 import PasswordHasher
stored = open(sys.argv[1]).read().strip()[len("argon2:"):]
try:
    PasswordHasher().verify(stored, sys.stdin.readline().rstrip("\n"))
except Exception:
    sys.exit(1)' "$HASH_FILE"
}

cert_matches() { [ -f "$TLS/notebook.crt" ] && [ "$(sha256sum <"$TLS/notebook.crt" | cut -d' ' -f1)" = "$DANLU_CERT_SHA256" ]; }

check() {
  [ -x "$PY" ] || die "no Python environment at $DATA_MOUNT/env"
  cert_matches || pending "certificate differs from the pinned one"
  [ -f "$TLS/notebook.key" ] || pending "no private key"
  # The argon2 verify is the slow part of the check: it runs while the rest is looked at.
  password_matches &
  local verifying=$!
  printf 'JUPYTER_TOKEN=%s\n' "$token" | same_content "$TOKEN_ENV" || pending "token not set"
  config | same_content "$CONFIG" || pending "configuration differs"
  unit | same_content "$UNIT" || pending "unit differs"
  systemctl is-enabled -q danlu-notebook || pending "unit not enabled"
  systemctl is-active -q danlu-notebook || pending "notebook not running"
  wait "$verifying" || pending "password not set"
  fact notebook_port "$port"
}

# Jupyter's own passwd(algorithm="argon2") hash ("argon2:" and argon2-cffi's hash with Jupyter's
# cost settings), made with argon2 alone: importing Jupyter to hash costs more than the hashing.
# Jupyter's passwd is the fallback where argon2 is not importable alone.
hash_password() {
  printf '%s\n' "$password" | "$PY" -c 'import sys
secret = sys.stdin.readline().rstrip("\n")
try:
    from argon2 import PasswordHasher
    print("argon2:" + PasswordHasher(memory_cost=10240, time_cost=10, parallelism=8).hash(secret))
except ImportError:
    try:
        from jupyter_server.auth import passwd
    except ImportError:
        from notebook.auth import passwd
    print(passwd(secret, algorithm="argon2"))'
}

apply() {
  local changed=0 out unit_out
  if ! cert_matches; then
    if [ ! -f "$staging/notebook.crt" ] || [ ! -f "$staging/notebook.key" ]; then die "certificate not uploaded"; fi
    [ "$(sha256sum <"$staging/notebook.crt" | cut -d' ' -f1)" = "$DANLU_CERT_SHA256" ] || die "uploaded certificate differs from the pin"
    install -d -m 0755 "$TLS"
    install -m 0600 -o "$ML_USER" -g "$ML_USER" "$staging/notebook.key" "$TLS/notebook.key"
    install -m 0644 "$staging/notebook.crt" "$TLS/notebook.crt"
    log "changed: certificate"
    changed=1
  fi
  rm -f "$staging/notebook.key" "$staging/notebook.crt"
  install -d -m 0755 "$DANLU_ETC"
  # The argon2 hash takes a good part of this step: it is made while the files are written and
  # the unit enabled, and put in place before Jupyter starts.
  local hashing='' hashed
  hashed=$(mktemp)
  if ! password_matches; then
    hash_password >"$hashed" &
    hashing=$!
  fi
  out=$(
    printf 'JUPYTER_TOKEN=%s\n' "$token" | write_file "$TOKEN_ENV" 0600
    config | write_file "$CONFIG" 0644
  )
  unit_out=$(unit | write_file "$UNIT" 0644)
  if [ -n "$out$unit_out" ]; then
    [ -z "$out" ] || log "$out"
    [ -z "$unit_out" ] || log "$unit_out"
    changed=1
  fi
  load_and_enable "$unit_out" danlu-notebook
  if [ -n "$hashing" ]; then
    wait "$hashing" || die "the password could not be hashed"
    write_file "$HASH_FILE" 0640 "root:$ML_USER" <"$hashed"
    grep -q '^argon2:' "$HASH_FILE" || die "the installed Jupyter did not make an argon2 hash"
    log "changed: password (argon2)"
    changed=1
  fi
  rm -f "$hashed"
  if [ "$changed" = 1 ] || ! systemctl is-active -q danlu-notebook; then
    systemctl restart danlu-notebook
    log "changed: notebook (re)started"
  fi
}

case ${1:-} in
check) check ;;
apply) apply ;;
*) die "usage: $0 check|apply" ;;
esac

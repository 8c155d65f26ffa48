#!/usr/bin/env bash
# Installs what the real-editor tests need on a fresh machine, idempotently:
#   Debian packages: chromium (driven by playwright-core), ripgrep (for code-server), neovim, build headers,
#   pre-commit (the hook test), LibreOffice Writer and poppler-utils (Word output converted to PDF and PNG);
#   code-server 4.100.3 (VS Code 1.100.3 with a Node extension host), cached outside the clone with a marker.
# Cache folder: $TENDERLINT_E2E_CACHE, default $HOME/.cache/tenderlint-e2e.
set -euo pipefail

CS_VERSION=4.100.3
RG_CACHE_VERSION=1.15.11          # @vscode/ripgrep pinned by code-server 4.100.3's lib/vscode shrinkwrap
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE=${TENDERLINT_E2E_CACHE:-$HOME/.cache/tenderlint-e2e}
CS_DIR=$CACHE/code-server-$CS_VERSION
MARKER=$CS_DIR/.installed

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v pre-commit >/dev/null 2>&1 || need_apt+=(pre-commit)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
dpkg -s libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config >/dev/null 2>&1 || need_apt+=(libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e setup: missing Debian packages (${need_apt[*]}); run as root or install them: apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
  echo "e2e setup: installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" python3 make g++ >/dev/null
fi

if [ -f "$MARKER" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  echo "e2e setup: code-server $CS_VERSION already installed in $CS_DIR"
  exit 0
fi

echo "e2e setup: installing code-server $CS_VERSION into $CS_DIR (about a minute)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR/tmp" "$CS_DIR/rg" "$CS_DIR/xdg"
export TMPDIR=$CS_DIR/tmp XDG_CONFIG_HOME=$CS_DIR/xdg/config XDG_DATA_HOME=$CS_DIR/xdg/data
# @vscode/ripgrep would download rg from GitHub; it uses a cached tarball in os.tmpdir() first.
RGC=$TMPDIR/vscode-ripgrep-cache-$RG_CACHE_VERSION
mkdir -p "$RGC"
cp "$(command -v rg)" "$CS_DIR/rg/rg"
tar czf "$RGC/$RG_ASSET" -C "$CS_DIR/rg" rg
cd "$CS_DIR"
echo '{"private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=${npm_config_nodedir:-/usr} \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >/dev/null
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
node_modules/.bin/code-server --version >/dev/null
rm -rf "$CS_DIR/tmp"
touch "$MARKER"
echo "e2e setup: done"

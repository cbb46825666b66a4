#!/usr/bin/env bash
# Bootstrap: build the build project only when its sources changed, then run the built assembly directly.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMP="$ROOT/.nuke/temp"
BIN="$TEMP/bin"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

find_dotnet() {
  if command -v dotnet >/dev/null 2>&1; then command -v dotnet; return; fi
  for candidate in "${DOTNET_ROOT:-}/dotnet" "$HOME/.dotnet/dotnet" /usr/share/dotnet/dotnet /usr/lib/dotnet/dotnet; do
    if [ -x "$candidate" ]; then echo "$candidate"; return; fi
  done
  return 1
}

if ! DOTNET="$(find_dotnet)"; then
  echo "error: the .NET SDK (dotnet) was not found on PATH, in \$DOTNET_ROOT or in ~/.dotnet." >&2
  echo "Install .NET 10: curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0  (then add ~/.dotnet to PATH)" >&2
  exit 127
fi

# Training needs XGBoost's native library; on Debian/Ubuntu it is installed when missing, elsewhere training says how.
xgboost_present() {
  [ -e /usr/lib/x86_64-linux-gnu/libxgboost.so.0 ] || [ -e /usr/lib/aarch64-linux-gnu/libxgboost.so.0 ] \
    || { command -v ldconfig >/dev/null 2>&1 && ldconfig -p 2>/dev/null | grep -q 'libxgboost\.so\.0'; }
}
# As root, or with password-less sudo (GitHub's hosted runners), it is installed here.
apt_runner() {
  if [ "$(id -u)" = 0 ]; then echo env; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then echo sudo; else return 1; fi
}
if ! xgboost_present && command -v apt-get >/dev/null 2>&1 && AS="$(apt_runner)"; then
  mkdir -p "$ROOT/.nuke/temp"
  echo "Installing XGBoost (apt-get install libxgboost0), which training needs..." >&2
  if ! { $AS apt-get update -qq && $AS DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxgboost0; } >"$ROOT/.nuke/temp/apt.log" 2>&1; then
    echo "warning: installing libxgboost0 failed (log: .nuke/temp/apt.log); training will fail until it is installed." >&2
  fi
fi

# What the build assembly is made from: the build project, the libraries it references, the shared MSBuild files.
# This repository's build also references the tests' support library (the registry benchmark starts its PostgreSQL server).
SOURCES=(build src)
if [ -d "$ROOT/tests/MlPipeline.Testing" ]; then SOURCES+=(tests/MlPipeline.Testing tests/Directory.Build.props); fi
sources_hash() {
  cd "$ROOT"
  {
    find "${SOURCES[@]}" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.proto' \) \
      -not -path '*/bin/*' -not -path '*/obj/*' -print0
    for file in Directory.Build.props Directory.Packages.props global.json NuGet.config; do
      if [ -f "$file" ]; then printf '%s\0' "$file"; fi
    done
  } | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

# Fast path: nothing in the build sources is newer than the last successful compile.
sources_unchanged_since_compile() {
  [ -f "$BIN/_build.dll" ] && [ -f "$TEMP/build.hash" ] || return 1
  cd "$ROOT"
  [ -z "$(find "${SOURCES[@]}" Directory.Build.props Directory.Packages.props \( -name bin -o -name obj \) -prune -o \
      -type f -newer "$TEMP/build.hash" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.proto' \) \
      -print -quit 2>/dev/null)" ]
}

mkdir -p "$TEMP"
if ! (sources_unchanged_since_compile); then
  HASHED_AT="$(date +%s.%N)"
  HASH="$(sources_hash)"
  if [ ! -f "$BIN/_build.dll" ] || [ "$(cat "$TEMP/build.hash" 2>/dev/null)" != "$HASH" ]; then
    (
      # Two builds started at once must not compile into the same folder together.
      flock 9
      if [ ! -f "$BIN/_build.dll" ] || [ "$(cat "$TEMP/build.hash" 2>/dev/null)" != "$HASH" ]; then
        echo "Compiling the build project (its sources changed)..." >&2
        rm -f "$TEMP/build.hash"
        if ! "$DOTNET" build "$ROOT/build/_build.csproj" --configuration Release --output "$BIN" --nologo >"$TEMP/build.log" 2>&1; then
          grep -E ': error [A-Z]+[0-9]+' "$TEMP/build.log" | sort -u >&2 || cat "$TEMP/build.log" >&2
          echo "error: the build project did not compile (full log: .nuke/temp/build.log). Fix the errors above and run again." >&2
          exit 1
        fi
        echo "$HASH" > "$TEMP/build.hash"
        # Dated when hashing began, so an edit made during the compile is newer and is noticed next time.
        touch -d "@$HASHED_AT" "$TEMP/build.hash"
      fi
    ) 9>"$TEMP/build.lock"
  else
    # Same content, newer files (a checkout, a touch): remember that, so the fast path applies next time.
    touch -d "@$HASHED_AT" "$TEMP/build.hash"
  fi
fi

exec "$DOTNET" "$BIN/_build.dll" "$@"

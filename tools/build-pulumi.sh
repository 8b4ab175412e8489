#!/usr/bin/env bash
# Builds the real Pulumi CLI and its Node language host from the Go module proxy into .tools/bin/,
# from the pinned tools modules beside this script (tools/pulumi, tools/pulumi-language-nodejs).
# Skips the build when .tools/bin/pulumi already prints the pinned version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
cli_version=v3.277.0
host_version=v3.68.0

if [ -x "$bin/pulumi" ] && [ -x "$bin/pulumi-language-nodejs" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "$cli_version" ]; then
  echo "pulumi $cli_version is built already ($bin)"
  exit 0
fi
command -v go >/dev/null || { echo "Go is needed to build the Pulumi CLI (go 1.26 or newer): it is not on the PATH" >&2; exit 1; }

# The go.mod files pin the versions; check them against the constants above so the two cannot drift.
pinned() { (cd "$root/tools/$1" && go list -m -f '{{.Version}}' "$2"); }
[ "$(pinned pulumi github.com/pulumi/pulumi/pkg/v3)" = "$cli_version" ] || { echo "tools/pulumi/go.mod does not pin pkg/v3 at $cli_version" >&2; exit 1; }
[ "$(pinned pulumi github.com/pulumi/pulumi/sdk/v3)" = "$cli_version" ] || { echo "tools/pulumi/go.mod does not pin sdk/v3 at $cli_version" >&2; exit 1; }
[ "$(pinned pulumi-language-nodejs github.com/pulumi/pulumi/sdk/v3)" = "$host_version" ] || { echo "tools/pulumi-language-nodejs/go.mod does not pin sdk/v3 at $host_version" >&2; exit 1; }

mkdir -p "$bin"
flags=(-trimpath -buildvcs=false -tags osusergo,grpcnotrace)
version_flag=github.com/pulumi/pulumi/sdk/v3/go/common/version.Version
started=$(date +%s)
echo "building pulumi $cli_version (a cold build takes 15-25 minutes on 2 cores; later ones reuse Go's caches)"
(cd "$root/tools/pulumi" && go build "${flags[@]}" -ldflags "-s -w -X $version_flag=$cli_version" -o "$bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi)
echo "building pulumi-language-nodejs $host_version"
(cd "$root/tools/pulumi-language-nodejs" && go build "${flags[@]}" -ldflags "-s -w -X $version_flag=$host_version" -o "$bin/pulumi-language-nodejs" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs)
echo "built $("$bin/pulumi" version) into $bin in $(( $(date +%s) - started )) s"

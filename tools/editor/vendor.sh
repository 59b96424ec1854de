#!/bin/sh
# Re-vendor the SPARQL editor of `kg serve`: fetch the pinned CodeMirror 6 packages from the npm
# registry (package-lock.json), bundle editor.js with esbuild into one minified file, and copy it
# with the licences of everything bundled into src/kg/serve/static/. Run from anywhere; needs
# node and npm at development time only (the wheel carries the built file, nothing is fetched
# at run time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
static="$here/../../src/kg/serve/static"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/editor.js" "$work/"
cd "$work"
npm ci --no-audit --no-fund --ignore-scripts
./node_modules/.bin/esbuild editor.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --outfile="$static/sparql-editor.min.js"
{
  echo "sparql-editor.min.js bundles the following packages (all MIT), built by tools/editor/vendor.sh"
  echo
  for dir in $(find node_modules -name package.json -path '*node_modules/*/package.json' \
      -not -path '*/node_modules/*/node_modules/*' | sort); do
    pkg=$(dirname "$dir")
    case "$pkg" in *esbuild*) continue ;; esac
    name=$(node -p "require('./$dir').name")
    version=$(node -p "require('./$dir').version")
    license=$(node -p "require('./$dir').license")
    echo "================================================================"
    echo "$name $version ($license)"
    echo "================================================================"
    for file in "$pkg"/LICENSE*; do [ -f "$file" ] && cat "$file"; done
    echo
  done
} > "$static/sparql-editor.LICENSE.txt"
ls -l "$static/sparql-editor.min.js" "$static/sparql-editor.LICENSE.txt"

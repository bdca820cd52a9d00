#!/usr/bin/env bash
# Assemble the pinned LanguageTool server that letterlint's grammar check runs.
#
#   bash scripts/fetch-languagetool.sh [DEST]
#
# Resolves scripts/languagetool-pom.xml with Maven (artifacts cached in ~/.m2, from
# Maven Central) and copies the runtime jars into DEST/lib, a classpath directory
# that letterlint starts with `java -cp 'DEST/lib/*' org.languagetool.server.HTTPServer`.
# DEST defaults to $LETTERLINT_LANGUAGETOOL_HOME, else .languagetool/ in this repo
# (gitignored), which letterlint finds by itself when run from this checkout.
#
# Idempotent: when DEST already holds the jars of the same pom, it exits at once
# without running Maven. Needs Java 17+ to run the server and Maven to fetch it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
pom="$here/languagetool-pom.xml"
dest="${1:-${LETTERLINT_LANGUAGETOOL_HOME:-$root/.languagetool}}"
version="$(sed -n 's:.*<languagetool.version>\(.*\)</languagetool.version>.*:\1:p' "$pom")"
stamp="$version $(sha256sum "$pom" | cut -d' ' -f1)"

assembled() {
  [[ -f "$dest/STAMP" && "$(cat "$dest/STAMP")" == "$stamp" && -f "$dest/jars.txt" ]] || return 1
  local jar
  while IFS= read -r jar; do
    [[ -f "$dest/lib/$jar" ]] || return 1
  done < "$dest/jars.txt"
}

if assembled; then
  echo "LanguageTool $version is already assembled in $dest"
  exit 0
fi

if ! command -v mvn > /dev/null; then
  echo "fetch-languagetool: Maven (mvn) is needed to fetch LanguageTool; install it (e.g. apt-get install maven) and run this again." >&2
  exit 1
fi

mkdir -p "$(dirname "$dest")"
partial="$(mktemp -d "$dest.partial.XXXXXX")"
trap 'rm -rf "$partial"' EXIT

echo "Fetching LanguageTool $version (languagetool-server + English) with Maven..."
mvn -B -q -Dstyle.color=never -f "$pom" \
  dependency:copy-dependencies \
  -DincludeScope=runtime \
  -DoutputDirectory="$partial/lib"

(cd "$partial/lib" && ls -1 -- *.jar) > "$partial/jars.txt"
echo "$version" > "$partial/VERSION"
echo "$stamp" > "$partial/STAMP"

rm -rf "$dest"
mv "$partial" "$dest"
trap - EXIT

echo "LanguageTool $version assembled in $dest ($(wc -l < "$dest/jars.txt") jars, $(du -sh "$dest" | cut -f1))"

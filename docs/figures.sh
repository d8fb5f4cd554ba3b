#!/usr/bin/env bash
# Prints issue 10's structure figures for src/main, as Markdown: the main files importing org.camunda outside
# approval/process and the webapp sign-on, the largest main classes, public types per module root, @Mapper
# interfaces outside internal/, repeated-run pairs (when the `duplicates` tool is installed) and Spring Modulith's
# verification result. It lives in docs/, not docs/modules: ModulesTest's Documenter empties that folder.
#
#   docs/figures.sh            reads ModulesTest's last result from target/surefire-reports
#   docs/figures.sh --verify   runs ModulesTest first (MVN overrides the command, default ./mvnw)
#
# Run from anywhere inside the repository; it reads files only (and, with --verify, runs that one test).
set -eu  # no pipefail: `head` closing a pipe early is not an error here
cd "$(dirname "$0")/.."
MAIN=src/main/java/org/jixiao

if [[ "${1:-}" == "--verify" ]]; then
    # its own output is not a figure; the report it leaves is read below
    ${MVN:-./mvnw} -o -q test -Dtest=ModulesTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
fi

count() { [[ -z "$1" ]] && echo 0 || wc -l <<<"$1"; }

echo "Measured at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main || echo ' plus uncommitted changes') on $(date -u +%F)."
echo

echo "**Main files importing \`org.camunda\`** (\`grep -rl 'org\\.camunda'\`):"
all=$(grep -rl 'org\.camunda' "$MAIN" --include='*.java' | sort)
door=$(grep -E "^$MAIN/(approval/process/|security/CamundaWebappSingleSignOn)" <<<"$all" || true)
rest=$(grep -vE "^$MAIN/(approval/process/|security/CamundaWebappSingleSignOn)" <<<"$all" || true)
echo "$(count "$all") in all; $(count "$door") in \`approval/process\` and the webapp sign-on; $(count "$rest") elsewhere:"
echo
[[ -n "$rest" ]] && sed -E "s#^$MAIN/##; s#\.java\$##; s#^#- \`#; s#\$#\`#" <<<"$rest"
echo

echo "**Largest main classes** (\`wc -l\` of each \`.java\` file; $(find "$MAIN" -name '*.java' | wc -l) files):"
echo
echo "| class | lines |"
echo "| --- | --- |"
find "$MAIN" -name '*.java' -exec wc -l {} + | grep -v ' total$' | sort -rn | head -10 \
    | sed -E "s#^ *([0-9]+) $MAIN/(.*)\.java\$#| \2 | \1 |#"
over=$(find "$MAIN" -name '*.java' -exec wc -l {} + | grep -v ' total$' | awk '$1 > 300' | wc -l)
echo
echo "Main classes over 300 lines: $over."
echo

echo "**Public types per module root** (top-level \`public\` types directly in \`org.jixiao.<module>\`, of all"
echo "types there; \`package-info\` not counted):"
echo
echo "| module | public | of |"
echo "| --- | --- | --- |"
for dir in "$MAIN"/*/; do
    module=$(basename "$dir")
    files=$(find "$dir" -maxdepth 1 -name '*.java' ! -name package-info.java)
    total=$(count "$files")
    public=0
    [[ -n "$files" ]] && public=$( (grep -lE '^public( +(final|abstract|sealed|non-sealed))* +(class|interface|enum|record|@interface) ' $files || true) | wc -l)
    echo "| $module | $public | $total |"
done
echo

mappers=$(grep -rl '^@Mapper' "$MAIN" --include='*.java' | grep -v '/internal/' | sort || true)
echo "**\`@Mapper\` interfaces outside \`internal/\`:** $(count "$mappers")$( [[ -n "$mappers" ]] && echo " ($(sed -E "s#^$MAIN/##; s#\.java\$##" <<<"$mappers" | paste -sd, - | sed 's/,/, /g'))")."
echo

echo "**Repeated-run pairs in \`src/main\`** (\`duplicates --repo src/main --most 200\`: pairs of places sharing six"
echo "or more lines, identical or of the same shape):"
echo
if command -v duplicates >/dev/null; then
    report=$(duplicates --repo src/main --most 200 --seconds 120)
    summary=$(head -1 <<<"$report")
    pairs=$(grep -oE '^[0-9]+' <<<"$summary" || echo 0)
    shape=$(grep -oE '[0-9]+ by shape' <<<"$summary" | grep -oE '^[0-9]+' || echo 0)
    echo "- $pairs pairs ($(( pairs - shape )) identical, $shape by shape)"
    echo "- the tool's summary: $summary"
    grep -E '^(left out|incomplete):' <<<"$report" | sed 's/^/- /' || true
else
    echo "- not measured: the \`duplicates\` command is not installed here"
fi
echo

echo "**Spring Modulith** (\`ApplicationModules.of(JixiaoApplication.class).verify()\` in \`ModulesTest\`):"
echo
report=target/surefire-reports/TEST-org.jixiao.ModulesTest.xml
if [[ -f "$report" ]]; then
    modules=$(find "$MAIN" -mindepth 1 -maxdepth 1 -type d | wc -l)
    case=$(awk '/<testcase name="modulesUseOnlyEachOthersApi"/ { on = 1 } on { print } on && /<\/testcase>|\/>[[:space:]]*$/ { exit }' "$report")
    when=$(date -u -r "$report" '+%F %H:%M UTC')
    if [[ -z "$case" ]]; then
        echo "- no result in $report"
    elif grep -q '<failure\|<error' <<<"$case"; then
        echo "- fails: $(grep -c '^- ' <<<"$case" || true) violations (report of $when)"
    else
        echo "- passes ($modules modules; report of $when)"
    fi
else
    echo "- not run here yet: \`docs/figures.sh --verify\` runs it"
fi

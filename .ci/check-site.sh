#!/usr/bin/env bash
# The reviewer's site as a reviewer sees it (issue 18): builds it with `checks report --html out/site`
# (with `--results out/results` when that folder exists), opens the index and two invariant pages in
# headless Chromium (Debian's package, installed only if missing), saves screenshots in out/site-shots,
# fails on a rendered table with no row, on a relative link that names no file of the site, and on an
# anchor that names no element of its page. Ends with one line `N passed, M failed`; exits 1 on a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 LC_ALL=C

site=out/site
shots=out/site-shots
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# empty_tables FILE: how many tables of an HTML file have no data cell (one table per line after the split).
empty_tables() { tr '\n' ' ' <"$1" | sed 's#</table>#</table>\n#g' | grep -o '<table.*</table>' | grep -vc '<td' || true; }

pass() { passed=$((passed + 1)); echo "pass: $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

echo "== build the site"
results=()
[ -d out/results ] && results=(--results out/results)
dotnet run --project checks -- report --html "$site" "${results[@]}" >"$work/report.log" 2>&1
status=$?
tail -n 2 "$work/report.log"
# Exit 1 is the matrix's own verdict (a gap in spec/), reported by `checks report`; the site is still written.
if { [ "$status" -eq 0 ] || [ "$status" -eq 1 ]; } && [ -f "$site/index.html" ]; then
    pass "checks report --html wrote $site (report exit $status)"
else
    fail "checks report --html (exit $status)"
    echo "$passed passed, $failed failed"
    exit 1
fi

echo "== headless Chromium"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    bash .ci/install-deps.sh --no-install-recommends chromium fonts-dejavu-core >"$work/apt.log" 2>&1
    browser=$(command -v chromium || true)
fi
mkdir -p "$shots"
if [ -z "$browser" ]; then
    fail "chromium could not be installed (see apt-get output)"
    tail -n 5 "$work/apt.log"
else
    flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --no-first-run)
    for page in index.html transfer.html pinning.html; do
        url="file://$PWD/$site/$page"
        name=${page%.html}
        rm -f "$shots/$name.png"
        timeout 120 "$browser" "${flags[@]}" --window-size=1280,1600 --screenshot="$PWD/$shots/$name.png" "$url" >"$work/shot-$name.log" 2>&1
        if [ -s "$shots/$name.png" ]; then pass "screenshot of $page in $shots/$name.png"; else fail "screenshot of $page"; fi
        # The DOM after Chromium parsed the page: it must have a heading, tables, and no table without a row.
        timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" >"$work/dom-$name.html" 2>"$work/dom-$name.log"
        tables=$(grep -o '<table' "$work/dom-$name.html" | wc -l)
        empty=$(empty_tables "$work/dom-$name.html")
        if grep -q '<h1>' "$work/dom-$name.html" && [ "$tables" -gt 0 ] && [ "$empty" -eq 0 ]; then
            pass "$page renders in Chromium with $tables table(s), none empty"
        else
            fail "$page in Chromium: $tables table(s), $empty empty, heading $(grep -c '<h1>' "$work/dom-$name.html")"
        fi
    done
fi

echo "== links and tables of every page"
pages=0
bad_pages=0
while IFS= read -r page; do
    pages=$((pages + 1))
    dir=$(dirname "$page")
    problems=()
    grep -oE '\bid="[^"]+"' "$page" | sed 's/^id="//; s/"$//' | sort -u >"$work/ids"
    grep -oE '(href|src)="[^"]*"' "$page" | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | sort -u >"$work/targets"
    # Anchors on the page itself (a bundled source has one per line) are checked in one pass.
    sed -n 's/^#//p' "$work/targets" | sort -u | comm -23 - "$work/ids" | sed 's/^/broken anchor #/' >"$work/missing"
    while IFS= read -r line; do problems+=("$line"); done <"$work/missing"
    while IFS= read -r target; do
        case "$target" in
            *://*|mailto:*) problems+=("links outside the site: $target"); continue ;;
        esac
        file=${target%%#*}
        anchor=""
        [[ "$target" == *"#"* ]] && anchor=${target#*#}
        if [ ! -f "$dir/$file" ]; then
            problems+=("broken link $target")
        elif [ -n "$anchor" ] && ! grep -qF -- "id=\"$anchor\"" "$dir/$file"; then
            problems+=("broken anchor $target")
        fi
    done < <(grep -v '^#' "$work/targets")
    empty=$(empty_tables "$page")
    [ "$empty" -eq 0 ] || problems+=("$empty empty table(s)")
    if [ "${#problems[@]}" -gt 0 ]; then
        bad_pages=$((bad_pages + 1))
        fail "${page#"$site"/}: ${problems[*]}"
    fi
done < <(find "$site" -name '*.html' | sort)
if [ "$pages" -gt 0 ] && [ "$bad_pages" -eq 0 ]; then
    pass "every relative link of the $pages pages resolves and no table is empty"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Renders every golden Mermaid diagram (tests/**/*.mmd, the sequence diagrams `checks replay --diagram`
# writes) in headless Chromium with the mermaid npm package, and fails on a diagram Mermaid cannot parse
# or render. Installs what is missing, only when absent: Debian's chromium (after apt-get update) and
# mermaid into out/render-tools (npm, a local folder). Screenshots go to out/render-diagrams/*.png.
# Ends with one line "N passed, M failed"; exit 0 only when none failed.
set -u
cd "$(dirname "$0")/.."
tools=out/render-tools
shots=out/render-diagrams
mkdir -p "$tools" "$shots"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  bash .ci/install-deps.sh --no-install-recommends chromium
  browser=$(command -v chromium)
fi
command -v npm >/dev/null || bash .ci/install-deps.sh --no-install-recommends npm

mermaid_js="$tools/node_modules/mermaid/dist/mermaid.min.js"
if [ ! -f "$mermaid_js" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --silent mermaid@11 >/dev/null
fi

passed=0
failed=0
while IFS= read -r diagram; do
  name=$(basename "$diagram" .mmd)
  page="$tools/$name.html"
  # The diagram goes in as a JSON string, so no character of it is read as HTML or script.
  source=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "$diagram")
  cat > "$page" <<HTML
<!doctype html><html><head><meta charset="utf-8"><script src="node_modules/mermaid/dist/mermaid.min.js"></script></head>
<body style="background:white"><div id="out"></div><pre id="verdict">pending</pre><script>
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
(async () => {
  try {
    await mermaid.parse($source);
    const { svg } = await mermaid.render("diagram", $source);
    document.getElementById("out").innerHTML = svg;
    document.getElementById("verdict").textContent = "rendered";
  } catch (e) {
    document.getElementById("verdict").textContent = "mermaid error: " + (e && e.message ? e.message : e);
  }
})();
</script></body></html>
HTML
  flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=15000)
  verdict=$("$browser" "${flags[@]}" --dump-dom "file://$PWD/$page" 2>/dev/null | python3 -c '
import re, sys, html
m = re.search(r"<pre id=\"verdict\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)).splitlines()[0] if m else "no verdict (page did not load)")')
  if [ "$verdict" = "rendered" ]; then
    "$browser" "${flags[@]}" --window-size=1600,1200 --screenshot="$PWD/$shots/$name.png" "file://$PWD/$page" >/dev/null 2>&1
    echo "ok   $diagram (screenshot $shots/$name.png)"
    passed=$((passed + 1))
  else
    echo "FAIL $diagram: $verdict"
    failed=$((failed + 1))
  fi
done < <(find tests -name '*.mmd' -not -path '*/bin/*' -not -path '*/obj/*' | sort)

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

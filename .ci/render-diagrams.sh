#!/usr/bin/env bash
# Renders every golden Mermaid diagram (tests/**/*.mmd, the sequence diagrams `checks replay --diagram`
# writes) in headless Chromium with the mermaid npm package, and fails on a diagram Mermaid cannot parse
# or render. Installs what is missing, only when absent: Debian's chromium (after apt-get update) and
# mermaid into out/render-tools (npm, a local folder). A screenshot of the page goes to out/render-diagrams/all-diagrams.png.
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

# One page renders every diagram (a Chromium start costs seconds; two per diagram was most of this step), each
# into its own element with its own verdict line, so a broken diagram is still named alone. The diagrams go
# in as JSON strings, so no character of them is read as HTML or script.
diagrams=()
while IFS= read -r diagram; do diagrams+=("$diagram"); done < <(find tests -name '*.mmd' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
page="$tools/all-diagrams.html"
python3 - "$page" "${diagrams[@]}" <<'PY'
import json, sys
page, paths = sys.argv[1], sys.argv[2:]
sources = json.dumps([open(p).read() for p in paths])
open(page, "w").write("""<!doctype html><html><head><meta charset="utf-8"><script src="node_modules/mermaid/dist/mermaid.min.js"></script></head>
<body style="background:white"><div id="out"></div><pre id="verdicts">pending</pre><script>
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
const sources = %s;
(async () => {
  const verdicts = [];
  for (let i = 0; i < sources.length; i++) {
    try {
      await mermaid.parse(sources[i]);
      const { svg } = await mermaid.render("diagram" + i, sources[i]);
      const box = document.createElement("div");
      box.id = "box" + i;
      box.innerHTML = svg;
      document.getElementById("out").appendChild(box);
      verdicts.push(i + " rendered");
    } catch (e) {
      verdicts.push(i + " mermaid error: " + String(e && e.message ? e.message : e).split("\\n")[0]);
    }
  }
  document.getElementById("verdicts").textContent = verdicts.join("\\n") + "\\ndone";
})();
</script></body></html>""" % sources)
PY
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=60000)
verdicts=$("$browser" "${flags[@]}" --dump-dom "file://$PWD/$page" 2>/dev/null | python3 -c '
import re, sys, html
m = re.search(r"<pre id=\"verdicts\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "no verdict (page did not load)")')

passed=0
failed=0
for i in "${!diagrams[@]}"; do
  verdict=$(printf '%s\n' "$verdicts" | sed -n "s/^$i //p" | head -n 1)
  if [ "$verdict" = "rendered" ]; then
    echo "ok   ${diagrams[$i]}"
    passed=$((passed + 1))
  else
    echo "FAIL ${diagrams[$i]}: ${verdict:-no verdict (the page did not finish: $(printf '%s' "$verdicts" | head -n 1))}"
    failed=$((failed + 1))
  fi
done

# One screenshot of the whole page, to look at (out/render-diagrams/all-diagrams.png).
"$browser" "${flags[@]}" --window-size=1600,4000 --screenshot="$PWD/$shots/all-diagrams.png" "file://$PWD/$page" >/dev/null 2>&1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

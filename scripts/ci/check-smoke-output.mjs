// Checks the line `danlu --smoke-test` printed on an installed build; exits 1 naming what is wrong.
// Plain JavaScript: it runs where only the installed app and Node are at hand.
const out = process.argv[2] ?? '';
const line = out.trim().split('\n').pop() ?? '';
const problems = [];
let report;
try {
  report = JSON.parse(line);
} catch {
  problems.push(`the last line is not JSON: ${line.slice(0, 200)}`);
}
if (report) {
  if (report.ok !== true) problems.push(`ok is ${JSON.stringify(report.ok)}: ${JSON.stringify(report.problems ?? [])}`);
  if (!/Danlu/.test(report.windowTitle ?? '')) problems.push(`window title ${JSON.stringify(report.windowTitle)}`);
  for (const id of ['status', 'open', 'quit']) {
    if (!Array.isArray(report.trayItems) || !report.trayItems.includes(id)) problems.push(`no "${id}" tray item`);
  }
  if (report.appInfo?.transport !== 'ipc')
    problems.push(`app.info transport ${JSON.stringify(report.appInfo?.transport)}`);
  if (report.appInfo?.demo !== true) problems.push('not in demo mode');
}
if (problems.length > 0) {
  console.error(`smoke test output refused:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('smoke test output accepted');

// Times vader-sentiment's polarity_scores over a JSON-lines file ({"text": ..., "label": 0|1}) and, when labels are
// present, reports recall on label 1 and the alarm rate on label 0, counting "compound <= -0.5" as distress.
// Usage: node vader.js <file.jsonl> [passes]. Called by compare.sh.
'use strict';
const fs = require('fs');
const vader = require('vader-sentiment');

const [path, passesText] = process.argv.slice(2);
if (!path || !fs.existsSync(path)) {
  console.error(`vader.js: data file '${path ?? ''}' not found. Usage: node vader.js <file.jsonl> [passes]`);
  process.exit(2);
}
const passes = Number.parseInt(passesText ?? '1', 10);
const rows = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const score = (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;

// Warm-up: one untimed pass (at most 10,000 messages) so the JIT is done, as on the WellbeingKit side.
for (let i = 0; i < Math.min(10000, rows.length); i++) score(rows[i].text);

const compound = new Array(rows.length);
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
for (let p = 0; p < passes; p++) {
  for (let i = 0; i < rows.length; i++) compound[i] = score(rows[i].text);
}
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const n = rows.length * passes;
let line = `side=vader-sentiment n=${n} wall_s=${wall.toFixed(3)} cpu_s=${cpuSeconds.toFixed(3)} msg_per_s=${Math.round(n / wall)} msg_per_cpu_s=${Math.round(n / cpuSeconds)}`;
line += ` flagged=${(compound.filter((c) => c <= -0.5).length / rows.length).toFixed(3)}`;
const labelled = rows.map((r, i) => ({ label: r.label, hit: compound[i] <= -0.5 })).filter((r) => r.label === 0 || r.label === 1);
if (labelled.length > 0) {
  const crisis = labelled.filter((r) => r.label === 1);
  const other = labelled.filter((r) => r.label === 0);
  const ratio = (k, t) => (t === 0 ? 'n/a' : (k / t).toFixed(3));
  line += ` crisis_n=${crisis.length} recall=${ratio(crisis.filter((r) => r.hit).length, crisis.length)}`;
  line += ` other_n=${other.length} alarm_rate=${ratio(other.filter((r) => r.hit).length, other.length)}`;
}
console.log(line);

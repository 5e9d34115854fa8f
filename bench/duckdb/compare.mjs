// Checks that ./eid analyse and DuckDB agree on every figure DuckDB computes (to 1e-9).
// Usage: node compare.mjs ANALYSE.json DUCKDB.json ; exit 1 on any disagreement.
import { readFileSync } from 'node:fs';

const [ours, theirs] = process.argv.slice(2).map(f => JSON.parse(readFileSync(f, 'utf8')).organisations);
const key = o => `${o.organisation_code}|${o.snapshot_date}|${o.scope}`;
const index = new Map(ours.map(o => [key(o), o.metrics]));
let compared = 0;
const problems = [];
for (const o of theirs) {
  const mine = index.get(key(o));
  if (!mine) { problems.push(`${key(o)}: missing from ./eid analyse`); continue; }
  for (const [id, value] of Object.entries(o.metrics)) {
    const got = mine[id]?.value ?? null;
    compared++;
    if ((got === null) !== (value === null) || (got !== null && Math.abs(got - value) > 1e-9)) {
      problems.push(`${key(o)} ${id}: analyse ${got}, duckdb ${value}`);
    }
  }
}
if (ours.length !== theirs.length) problems.push(`${ours.length} organisation-scopes from analyse, ${theirs.length} from duckdb`);
console.log(`${compared} figures compared, ${problems.length} disagreements`);
problems.slice(0, 20).forEach(p => console.log('  ' + p));
process.exit(problems.length ? 1 : 0);

// DuckDB computing the representation, retention and promotion figures of DESIGN §6 from a v1
// extract, the peer of `./eid analyse` in ./eid bench. Usage: node figures.mjs EXTRACT.csv OUT.json
// Definitions as §6: P = (snapshot − 1 year, snapshot]; S1 = no leave_date; S0 = start_date on or
// before snapshot − 1 year; leavers = leave_date in P; promoted = in S1 with last_promotion_date in P;
// women's share over female + male + other; the organisation scope only where other families exist.
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';

const [file, out] = process.argv.slice(2);
const levels = [1, 2, 3, 4, 5, 6];
const byLevel = levels.map(l =>
  `count(*) filter (s1 and gender = 'female' and level = ${l}) as w${l}, count(*) filter (s1 and declared and level = ${l}) as d${l}`).join(',\n  ');
const sql = `
with e as (
  select *, snapshot_date - interval 1 year as t0, gender in ('female', 'male', 'other') as declared
  from read_csv('${file.replaceAll("'", "''")}', header = true, dateformat = '%Y-%m-%d',
                types = {'organisation_code': 'VARCHAR', 'employee_ref': 'VARCHAR', 'grade': 'VARCHAR'})
),
scoped as (
  select *, 'it_function' as scope from e where job_family <> 'other'
  union all
  select *, 'organisation' as scope from e
  where organisation_code in (select organisation_code from e where job_family = 'other')
),
flags as (
  select *, leave_date is null as s1, start_date <= t0 as s0,
         coalesce(leave_date > t0 and leave_date <= snapshot_date, false) as leaver,
         coalesce(leave_date is null and last_promotion_date > t0 and last_promotion_date <= snapshot_date, false) as promoted
  from scoped
)
select organisation_code, scope, strftime(any_value(snapshot_date), '%Y-%m-%d') as snapshot_date,
  count(*) filter (s1 and gender = 'female') as women, count(*) filter (s1 and declared) as declared,
  coalesce(sum(fte) filter (s1 and gender = 'female'), 0) as women_fte, coalesce(sum(fte) filter (s1 and declared), 0) as declared_fte,
  count(*) filter (s1 and gender = 'female' and level >= 5) as lw, count(*) filter (s1 and declared and level >= 5) as ld,
  ${byLevel},
  count(*) filter (s0) as s0, count(*) filter (s1) as s1n, count(*) filter (leaver) as leavers,
  count(*) filter (s0 and gender = 'female') as s0w, count(*) filter (s1 and gender = 'female') as s1w, count(*) filter (leaver and gender = 'female') as lvw,
  count(*) filter (s0 and gender = 'male') as s0m, count(*) filter (s1 and gender = 'male') as s1m, count(*) filter (leaver and gender = 'male') as lvm,
  count(*) filter (gender = 'female') as rw, count(*) filter (gender = 'male') as rm,
  count(*) filter (s0 and s1) as st, count(*) filter (s0 and s1 and gender = 'female') as stw, count(*) filter (s0 and s1 and gender = 'male') as stm,
  count(*) filter (promoted) as pr, count(*) filter (promoted and gender = 'female') as prw, count(*) filter (promoted and gender = 'male') as prm
from flags
group by organisation_code, scope
order by organisation_code, scope`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const ratio = (n, d) => (d > 0 ? n / d : null);
const organisations = reader.getRowObjectsJS().map(r => {
  const n = k => Number(r[k]);
  const metrics = {
    'representation.women_share': ratio(n('women'), n('declared')),
    'representation.women_share_fte': ratio(n('women_fte'), n('declared_fte')),
    'representation.women_share.leadership': ratio(n('lw'), n('ld')),
    'retention.turnover_rate': ratio(n('leavers'), (n('s0') + n('s1n')) / 2),
    'retention.turnover_rate.women': ratio(n('lvw'), (n('s0w') + n('s1w')) / 2),
    'retention.turnover_rate.men': ratio(n('lvm'), (n('s0m') + n('s1m')) / 2),
    'retention.stability_index': ratio(n('st'), n('s0')),
    'retention.stability_index.women': ratio(n('stw'), n('s0w')),
    'retention.stability_index.men': ratio(n('stm'), n('s0m')),
    'retention.leaving_relative_likelihood': n('lvw') > 0 && n('lvm') > 0 ? ratio(n('lvw'), n('rw')) / ratio(n('lvm'), n('rm')) : null,
    'progression.promotion_rate': ratio(n('pr'), n('s1n')),
    'progression.promotion_rate.women': ratio(n('prw'), n('s1w')),
    'progression.promotion_rate.men': ratio(n('prm'), n('s1m')),
    'progression.promotion_relative_likelihood': n('prw') > 0 && n('prm') > 0 ? ratio(n('prw'), n('s1w')) / ratio(n('prm'), n('s1m')) : null,
  };
  for (const l of levels) metrics[`representation.women_share.level.${l}`] = ratio(n(`w${l}`), n(`d${l}`));
  return { organisation_code: r.organisation_code, snapshot_date: r.snapshot_date, scope: r.scope, metrics };
});
writeFileSync(out, JSON.stringify({ organisations }));

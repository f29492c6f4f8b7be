// The floor: bare node:http + pg, one statement per request, the JSON built by PostgreSQL.
// Answers W1 (a county's households with head, members, risk factors and the open case) and W2 (one
// household's record), with the same rows the GraphQL operations select. No auth, no masking.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

const HOUSEHOLD = (
  h,
) => `json_build_object('id', ${h}.id, 'householdNumber', ${h}.household_number, 'divisionCode', ${h}.division_code,
  'registrationStatus', ${h}.registration_status, 'monitoringCategory', ${h}.monitoring_category, 'memberCount', ${h}.member_count, 'perCapitaNetIncome', ${h}.per_capita_net_income, 'status', ${h}.status,
  'division', (select json_build_object('code', d.code, 'name', d.name, 'level', d.level) from division d where d.code = ${h}.division_code),
  'head', (select json_build_object('id', m.id, 'name', m.name, 'idNumber', m.id_number) from household_member m
    where m.household_id = ${h}.id and m.relation = 'HEAD' and m.status = 'ACTIVE'),
  'openCase', (select json_build_object('id', c.id, 'state', c.state, 'identifiedOn', c.identified_on) from monitoring_case c
    where c.household_id = ${h}.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED')))`;

const W1 = `select json_build_object('total', (select count(*) from household where division_code like $1 || '%' and status = 'ACTIVE'),
  'items', coalesce((select json_agg(x.j order by x.household_number) from (
    select h.household_number, ${HOUSEHOLD('h')}::jsonb || jsonb_build_object(
      'members', (select coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'idNumber', m.id_number, 'relation', m.relation, 'sex', m.sex,
        'birthDate', m.birth_date, 'healthStatus', m.health_status) order by m.id), '[]') from household_member m where m.household_id = h.id and m.status = 'ACTIVE'),
      'riskFactors', (select coalesce(json_agg(json_build_object('id', r.id, 'type', r.type, 'status', r.status, 'occurredOn', r.occurred_on) order by r.id), '[]')
        from risk_factor r where r.household_id = h.id)) as j
    from household h where h.division_code like $1 || '%' and h.status = 'ACTIVE' order by h.household_number limit $2) x), '[]'))::text as body`;

const W2 = `select (${HOUSEHOLD('h')}::jsonb || jsonb_build_object('address', h.address, 'phone', h.phone,
    'members', (select coalesce(json_agg(to_jsonb(m) order by m.id), '[]') from household_member m where m.household_id = h.id),
    'incomes', (select coalesce(json_agg(to_jsonb(i) order by i.year desc), '[]') from household_income i where i.household_id = h.id),
    'riskFactors', (select coalesce(json_agg(to_jsonb(r) order by r.id), '[]') from risk_factor r where r.household_id = h.id),
    'monitoringCases', (select coalesce(json_agg(to_jsonb(c) order by c.opened_on), '[]') from monitoring_case c where c.household_id = h.id)))::text as body
  from household h where h.id = $1`;

http
  .createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let result;
      if (url.pathname === '/w1')
        result = await pool.query(W1, [url.searchParams.get('prefix'), Number(url.searchParams.get('limit'))]);
      else if (url.pathname === '/w2') result = await pool.query(W2, [url.searchParams.get('id')]);
      else {
        res.writeHead(404).end();
        return;
      }
      const body = result.rows[0]?.body ?? 'null';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`floor ready on ${process.env.PORT}`));

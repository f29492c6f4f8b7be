import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../api/src/context';
import { createContext } from '../../api/src/request';
import { Household } from '../../api/src/modules/households/household.entity';
import { actorColumns } from '../../api/src/audit/audit-writer';
import { scopedSql } from '../../api/src/jurisdiction/scoped-sql';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let county: Context;

beforeAll(async () => {
  api = await startTestApi();
  county = await createContext(api.orm, api.config, `Bearer ${await api.login('county_admin')}`);
});
afterAll(() => api?.close());

describe("scopedSql: raw SQL with the actor's jurisdiction", () => {
  it('reads exactly what the ORM filter lets the actor read', async () => {
    const scoped = scopedSql(county);
    expect(scoped.prefix).toBe('150121');
    const [{ n }] = await scoped.query<{
      n: string;
    }>`select count(*) as n from household h where ${scoped.inScope('h.division_code')}`;
    const [{ all }] = await api.sql<{ all: string }>('select count(*) as all from household');
    expect(Number(n)).toBe(await county.em.count(Household, {}));
    expect(Number(n)).toBeLessThan(Number(all));
  });

  it('refuses a statement on a division-owned table without the scope predicate', async () => {
    const scoped = scopedSql(county);
    await expect(scoped.query`select count(*) from household where status = ${'ACTIVE'}`).rejects.toThrow(
      /without a jurisdiction predicate/,
    );
    await expect(scoped.query`update monitoring_case set note = null`).rejects.toThrow(/monitoring_case/);
    const [{ n }] = await scoped.query<{ n: string }>`select ${41} + 1 as n`;
    expect(Number(n)).toBe(42);
  });

  it('narrows to a division inside the jurisdiction and treats one outside as not found', async () => {
    expect(scopedSql(county).within('150121001000').prefix).toBe('150121001');
    expect(() => scopedSql(county).within('150122000000')).toThrow(/行政区划/);
    expect(() => scopedSql(county).within('15')).toThrow(/行政区划/);
    const anonymous = await createContext(api.orm, api.config, undefined);
    const nobody = scopedSql(anonymous);
    const [{ n }] = await nobody.query<{
      n: string;
    }>`select count(*) as n from household where ${nobody.inScope('division_code')}`;
    expect(Number(n)).toBe(0);
  });

  it('writes audit rows with the same actor and request columns as AuditWriter', async () => {
    const scoped = scopedSql(county);
    const [row] = await scoped.query<{
      actor_kind: string;
      actor_id: string;
      actor_name: string;
      request_id: string;
      entity_name: string;
      entity_id: string;
      action: string;
    }>`
      with h as (select id, division_code from household where ${scoped.inScope('division_code')} order by id limit 1),
      audited as (${scoped.auditInsert({ action: 'PII_READ' as never, entityName: 'ScopedSqlTest', from: 'h', entityId: 'h.id::text', divisionCode: 'h.division_code', changes: `'{}'::jsonb` })}
        returning *)
      select * from audited`;
    const expected = actorColumns(county.actor);
    expect(row).toMatchObject({
      action: 'PII_READ',
      actor_kind: expected.actorKind,
      actor_id: expected.actorId,
      actor_name: expected.actorName,
      request_id: county.requestId,
      entity_name: 'ScopedSqlTest',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/** 办理记录 name people, not accounts: the county officer who opened a village's lead reads as its display name. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const Events = `query($offset: Int!) {
  monitoringCases(offset: $offset, limit: 5, states: [LEAD]) { items { id events { actorName actorDisplayName } } }
}`;

describe('CaseEvent.actorDisplayName', () => {
  it('is the acting account display name, read by the village outside whose jurisdiction the county acted', async () => {
    const county = await api.login('county_admin');
    await api.ok(
      county,
      `mutation { identifyHouseholds(divisionCode: "150121000000", year: ${new Date().getFullYear()}) { leadsOpened } }`,
    );
    const [{ display_name: countyName }] = await api.sql<{ display_name: string }>(
      `select display_name from app_user where username = 'county_admin'`,
    );
    const village = await api.login('village_officer');
    const { monitoringCases } = await api.ok<
      { monitoringCases: { items: Array<{ events: Array<{ actorName: string; actorDisplayName: string }> }> } },
      { offset: number }
    >(village, Events, { offset: 0 });
    const events = monitoringCases.items.flatMap((c) => c.events);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.actorName).toBe('county_admin');
      expect(event.actorDisplayName).toBe(countyName);
      expect(event.actorDisplayName).not.toBe('county_admin');
    }
  });

  it('reads 系统 for steps the system took, and needs MONITORING_READ like the timeline', async () => {
    const county = await api.login('county_admin');
    await api.ok(
      county,
      `mutation { identifyHouseholds(divisionCode: "150121000000", year: ${new Date().getFullYear()}) { leadsOpened } }`,
    );
    await api.sql(`alter table case_event disable trigger case_event_no_update_delete`);
    await api.sql(
      `update case_event set actor_id = null, actor_name = 'system' where id = (select id from case_event order by at limit 1)`,
    );
    await api.sql(`alter table case_event enable trigger case_event_no_update_delete`);
    const { monitoringCases } = await api.ok<
      { monitoringCases: { items: Array<{ events: Array<{ actorName: string; actorDisplayName: string }> }> } },
      { offset: number }
    >(
      county,
      `query($offset: Int!) { monitoringCases(offset: $offset, limit: 100, states: [LEAD]) { items { events { actorName actorDisplayName } } } }`,
      { offset: 0 },
    );
    const system = monitoringCases.items.flatMap((c) => c.events).filter((e) => e.actorName === 'system');
    expect(system.map((e) => e.actorDisplayName)).toEqual(['系统']);
    const department = await api.login('department_medical');
    const refused = await api.exec(department, Events, { offset: 0 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('DepartmentBatch.submittedByName', () => {
  it('is the submitting account display name, read by the county that judges the batch', async () => {
    const medical = await api.login('department_medical');
    const [{ display_name: medicalName }] = await api.sql<{ display_name: string }>(
      `select display_name from app_user where username = 'department_medical'`,
    );
    const { submitDepartmentRecords: batch } = await api.ok<
      { submitDepartmentRecords: { id: string; submittedBy: string; submittedByName: string } },
      Record<string, unknown>
    >(
      medical,
      `mutation($records: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $records) { id submittedBy submittedByName } }`,
      {
        records: [
          { idNumber: '150121198803150018', kind: 'MEDICAL_SELF_PAY', amount: '3000.00', occurredOn: '2026-05-01' },
        ],
      },
    );
    expect(batch.submittedBy).toBe('department_medical');
    expect(batch.submittedByName).toBe(medicalName);
    const county = await api.login('county_admin');
    const { departmentBatch } = await api.ok<{ departmentBatch: { submittedByName: string } }, { id: string }>(
      county,
      `query($id: String!) { departmentBatch(id: $id) { submittedByName } }`,
      { id: batch.id },
    );
    expect(departmentBatch.submittedByName).toBe(medicalName);
  });
});

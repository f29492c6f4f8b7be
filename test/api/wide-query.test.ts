import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/**
 * A wide household page: incomes, members, change history, risk factors and cases of 30 households
 * in one request. The history loader used to load members and incomes with a partial field list
 * into the request's shared identity map; whichever loader's rows arrived first decided whether
 * `members`/`incomes` answered entities without `version` ("Cannot return null for non-nullable
 * field HouseholdIncome.version").
 */
const WIDE = `
  query Wide {
    households(limit: 30) {
      total
      items {
        id householdNumber version memberCount
        incomes { id year version netIncome perCapitaNetIncome memberCount wages createdAt updatedAt }
        members { id name version idNumber relation birthDate status workMonths createdAt updatedAt household { id version } }
        history { id action entityName entityId changes at }
        riskFactors { id type version note occurredOn memberId }
        monitoringCases { id state version openedOn events { id at } }
        openCase { id state }
      }
    }
  }
`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('a wide household query run concurrently', () => {
  for (const username of ['county_admin', 'city_admin', 'village_officer']) {
    it(`answers without errors 10 times in parallel, as ${username}`, async () => {
      const token = await api.login(username);
      const results = await Promise.all(Array.from({ length: 10 }, () => api.exec(token, WIDE)));
      const errors = results.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.message)).toEqual([]);
      const pages = results.map(
        (r) =>
          (
            r.data as {
              households: {
                items: Array<{ members: Array<{ version: number }>; incomes: Array<{ version: number }> }>;
              };
            }
          ).households,
      );
      expect(pages[0].items.length).toBeGreaterThan(0);
      for (const page of pages) {
        for (const household of page.items) {
          for (const row of [...household.members, ...household.incomes]) expect(row.version).toBeGreaterThanOrEqual(1);
        }
      }
    });
  }
});

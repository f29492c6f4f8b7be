import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLField,
} from 'graphql';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { createSchema } from '../../api/src/schema';
import { resetRateLimits } from '../../api/src/common/rate-limit';
import { DEMO_INSURER } from '../../api/src/seed/insurance.seed';
import { permissionsOf, Role } from '../../api/src/auth/roles';

/**
 * 防贫保. Seed 001 (001_f59c2f07291d9501.txt) 四(六): "聚焦因病、因灾返贫致贫和产业扶贫、就业扶贫等方面，
 * 开发设计'防贫保'系列保险产品。按照本地农村总人口10%—20%的比例，框定'防贫保'投保基数，参保人数不记名、
 * 不事前确定、不事先识别，实行动态管理". The line, bands, deductible and caps are the demo region's own
 * policy (api/src/seed/insurance.seed.ts): 防贫线 1.5 × 6,000 = 9,000; 起付线 5,000; bands
 * 5,000–20,000 at 30%, 20,000–50,000 at 50%, 50,000–100,000 at 70%, over 100,000 at 90%; caps per
 * person and year: 因病 100,000, 因学 20,000, all causes 150,000.
 */

const root = path.resolve(__dirname, '..', '..');
const contract = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(root, 'schema', 'contract', 'variables', `${name}.json`), 'utf8'));
const contractDoc = fs.readFileSync(path.join(root, 'schema', 'contract', 'insurer.graphql'), 'utf8');

interface Answer {
  eligible: boolean;
  reasons: string[];
  divisionCode: string | null;
  policyYear: number | null;
  preventionLine: string | null;
  householdPerCapitaIncomeAfterLoss: string | null;
  selfPaidAmount: string;
  payoutAmount: string;
  bands: Array<{ lowerBound: string; upperBound: string | null; rate: string; amount: string }>;
}

/** A valid ID number that belongs to nobody (born 1925 in 150121). */
function unknownId(n: number): string {
  const first17 = `15012119250101${String(700 + n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

let api: TestApi;
let insurer: string; // the demo account `insurer` (太平洋…)
let insurerToken: string; // an API token of the same insurer
let otherToken: string; // another insurer, token bound to the city, policy only in 托克托县 (2024)
let farToken: string; // a third insurer whose token is bound to 托克托县 only
let county: string;
let county2: string;
let city: string;
let h2: { id_number: string; household_id: string; member_id: string };
let tkt: { id_number: string };

async function issue(admin: string, partnerName: string, divisionCode: string): Promise<string> {
  const result = (await api.ok(
    admin,
    `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }`,
    { input: { name: `${partnerName} 接口`, partnerName, divisionCode, role: 'INSURER' } },
  )) as { issueApiToken: { token: string } };
  return result.issueApiToken.token;
}

/** Runs the contract's ClaimEligibility operation and returns its answer. */
async function eligibility(token: string, input: Record<string, unknown>): Promise<Answer> {
  const r = await api.exec(token, contractOperation('ClaimEligibility'), { input } as never);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return (r.data as { insuranceEligibility: Answer }).insuranceEligibility;
}

/** One operation of the contract file, alone (so the partners' exact text is what runs). */
function contractOperation(name: string): string {
  const blocks = contractDoc.split(/\n(?=query |mutation )/);
  const block = blocks.find((b) => b.startsWith(`query ${name}(`) || b.startsWith(`mutation ${name}(`));
  if (!block) throw new Error(`no operation ${name} in the contract`);
  return block;
}

const loss = (idNumber: string, selfPaid: string, cause = 'ILLNESS', incidentDate = '2026-03-02') => {
  // total − reimbursed = selfPaid, with a reimbursement so the subtraction is exercised.
  const [yuan, fen = '00'] = selfPaid.split('.');
  return {
    idNumber,
    cause,
    incidentDate,
    totalCost: `${Number(yuan) + 1000}.${fen.padEnd(2, '0')}`,
    reimbursedAmount: '1000.00',
  };
};

beforeAll(async () => {
  api = await startTestApi();
  api.config.partnerRateLimitPerMinute = 0; // the rate-limit test sets its own
  const admin = await api.login('security_admin');
  [insurer, county, county2, city] = await Promise.all(
    ['insurer', 'county_admin', 'county_admin_2', 'city_admin'].map((u) => api.login(u)),
  );
  insurerToken = await issue(admin, DEMO_INSURER, '150100000000');
  otherToken = await issue(admin, '测试人寿保险公司', '150100000000');
  farToken = await issue(admin, '远方保险公司', '150122000000');
  // The other insurer covers 托克托县 in 2024 only.
  await api.ok(
    county2,
    `mutation($input: InsurancePolicyInput!) { saveInsurancePolicy(divisionCode: "150122000000", year: 2024, input: $input) { id } }`,
    {
      input: {
        insurerName: '测试人寿保险公司',
        coveredDivisionCodes: ['150122000000'],
        baseShare: '0.10',
        premiumPerPerson: '80.00',
        preventionLineAmount: '8000.00',
        insuredCauses: ['ILLNESS'],
        deductible: '3000.00',
        bands: [{ lowerBound: '3000.00', upperBound: null, rate: '0.50' }],
      },
    },
  );
  // A second household of 土默特左旗 for the hand-worked table: net income 40,000.00 for 4 people in
  // 2026 (per capita 10,000.00), so the 9,000 line is crossed when the self-paid loss exceeds 4,000.
  [h2] = await api.sql<{ id_number: string; household_id: string; member_id: string }>(
    `select m.id_number, m.household_id, m.id as member_id from household_member m
      where m.division_code like '150121%' and m.relation = 'HEAD' and m.id_number <> '150121198803150018' order by m.id_number limit 1`,
  );
  await api.sql(
    `update household_income set wages = 40000.00, operations = 0, property = 0, transfers = 0, subsidies = 0, production_costs = 0,
    net_income = 40000.00, member_count = 4, per_capita_net_income = 10000.00 where household_id = ? and year = 2026`,
    [h2.household_id],
  );
  [tkt] = await api.sql<{ id_number: string }>(
    `select id_number from household_member where division_code like '150122%' and status = 'ACTIVE' order by id_number limit 1`,
  );
});
afterAll(async () => {
  await api?.close();
});

describe('insurer: eligibility by the hand-worked table (household 40,000.00 net, 4 people; line 9,000.00)', () => {
  // [self-paid, cause, eligible, reasons, per capita after the loss, payout, band amounts]
  const TABLE: Array<[string, string, boolean, string[], string, string, string[]]> = [
    // (40,000 − 4,000) / 4 = 9,000.00: equal to the line is not below it.
    [
      '4000.00',
      'ILLNESS',
      false,
      ['INCOME_ABOVE_LINE', 'BELOW_DEDUCTIBLE'],
      '9000.00',
      '0.00',
      ['0.00', '0.00', '0.00', '0.00'],
    ],
    // 35,999.98 / 4 = 8,999.995 → rounds half up to 9,000.00 (income.rules.ts): still not below.
    [
      '4000.02',
      'ILLNESS',
      false,
      ['INCOME_ABOVE_LINE', 'BELOW_DEDUCTIBLE'],
      '9000.00',
      '0.00',
      ['0.00', '0.00', '0.00', '0.00'],
    ],
    // 35,999.97 / 4 = 8,999.9925 → 8,999.99: below the line, but not above the 5,000 deductible.
    ['4000.03', 'ILLNESS', false, ['BELOW_DEDUCTIBLE'], '8999.99', '0.00', ['0.00', '0.00', '0.00', '0.00']],
    // At the deductible: nothing.
    ['5000.00', 'ILLNESS', false, ['BELOW_DEDUCTIBLE'], '8750.00', '0.00', ['0.00', '0.00', '0.00', '0.00']],
    // 0.01 over: 0.01 × 30% = 0.003 → 0.00 (eligible, pays nothing); 0.02 × 30% = 0.006 → 0.01.
    ['5000.01', 'ILLNESS', true, [], '8750.00', '0.00', ['0.00', '0.00', '0.00', '0.00']],
    ['5000.02', 'ILLNESS', true, [], '8750.00', '0.01', ['0.01', '0.00', '0.00', '0.00']],
    // First band full: 15,000 × 30% = 4,500.00.
    ['20000.00', 'ILLNESS', true, [], '5000.00', '4500.00', ['4500.00', '0.00', '0.00', '0.00']],
    ['20000.01', 'ILLNESS', true, [], '5000.00', '4500.01', ['4500.00', '0.01', '0.00', '0.00']],
    // 4,500 + 30,000 × 50% = 19,500.00; per capita goes negative: (40,000 − 50,000) / 4.
    ['50000.00', 'ILLNESS', true, [], '-2500.00', '19500.00', ['4500.00', '15000.00', '0.00', '0.00']],
    ['50000.01', 'ILLNESS', true, [], '-2500.00', '19500.01', ['4500.00', '15000.00', '0.01', '0.00']],
    // + 50,000 × 70% = 54,500.00; then 90% above 100,000.
    ['100000.00', 'ILLNESS', true, [], '-15000.00', '54500.00', ['4500.00', '15000.00', '35000.00', '0.00']],
    ['100000.01', 'ILLNESS', true, [], '-15000.00', '54500.01', ['4500.00', '15000.00', '35000.00', '0.01']],
    // 54,500 + 50,000 × 90% = 99,500.00, under the 100,000 因病 cap.
    ['150000.00', 'ILLNESS', true, [], '-27500.00', '99500.00', ['4500.00', '15000.00', '35000.00', '45000.00']],
    // 54,500 + 60,000 × 90% = 108,500.00 → cut to the 因病 cap 100,000.00.
    ['160000.00', 'ILLNESS', true, [], '-30000.00', '100000.00', ['4500.00', '15000.00', '35000.00', '54000.00']],
    // 因学 cap 20,000: 50,000 pays 19,500.00; 60,000 would pay 26,500.00 → 20,000.00.
    ['50000.00', 'SCHOOLING', true, [], '-2500.00', '19500.00', ['4500.00', '15000.00', '0.00', '0.00']],
    ['60000.00', 'SCHOOLING', true, [], '-5000.00', '20000.00', ['4500.00', '15000.00', '7000.00', '0.00']],
    // Exact decimals: 4,500 + 13,333.33 × 50% (6,666.665 → 6,666.67) = 11,166.67; 6,666.67 / 4 = 1,666.6675 → 1,666.67.
    ['33333.33', 'DISASTER', true, [], '1666.67', '11166.67', ['4500.00', '6666.67', '0.00', '0.00']],
  ];

  for (const [selfPaid, cause, eligible, reasons, perCapita, payout, bandAmounts] of TABLE) {
    it(`self-paid ${selfPaid} (${cause}) → ${eligible ? `pays ${payout}` : reasons.join(', ')}`, async () => {
      const answer = await eligibility(insurerToken, loss(h2.id_number, selfPaid, cause));
      expect(answer).toMatchObject({
        eligible,
        reasons,
        policyYear: 2026,
        preventionLine: '9000.00',
        selfPaidAmount: selfPaid,
        householdPerCapitaIncomeAfterLoss: perCapita,
        payoutAmount: payout,
      });
      expect(answer.divisionCode).toMatch(/^150121\d{6}$/);
      expect(answer.bands.map((b) => b.amount)).toEqual(bandAmounts);
      expect(answer.bands.map((b) => [b.lowerBound, b.upperBound, b.rate])).toEqual([
        ['5000.00', '20000.00', '0.30'],
        ['20000.00', '50000.00', '0.50'],
        ['50000.00', '100000.00', '0.70'],
        ['100000.00', null, '0.90'],
      ]);
    });
  }

  it('a cause the policy does not insure answers CAUSE_NOT_INSURED', async () => {
    await api.sql(
      `update insurance_policy set insured_causes = '{ILLNESS,SCHOOLING,DISASTER,ACCIDENT,INDUSTRY_FAILURE}' where division_code = '150100000000' and year = 2026`,
    );
    try {
      // The partner sends the contract's text (the allow-list refuses any other); the reason's Chinese text is
      // the enum value's description in the schema.
      const answer = await eligibility(insurerToken, loss(h2.id_number, '30000.00', 'EMPLOYMENT'));
      expect(answer).toMatchObject({ eligible: false, reasons: ['CAUSE_NOT_INSURED'], payoutAmount: '0.00' });
    } finally {
      await api.sql(
        `update insurance_policy set insured_causes = '{ILLNESS,SCHOOLING,DISASTER,ACCIDENT,INDUSTRY_FAILURE,EMPLOYMENT}' where division_code = '150100000000' and year = 2026`,
      );
    }
  });

  it('the contract example (王永强, illness 86,000 − 51,000 reimbursed) pays by the schedule', async () => {
    const answer = await eligibility(insurer, contract('ClaimEligibility').input);
    // Self-paid 35,000: 15,000 × 30% + 15,000 × 50% = 12,000.00.
    expect(answer).toMatchObject({
      eligible: true,
      reasons: [],
      divisionCode: '150121100201',
      policyYear: 2026,
      preventionLine: '9000.00',
      selfPaidAmount: '35000.00',
      payoutAmount: '12000.00',
    });
    expect(Number(answer.householdPerCapitaIncomeAfterLoss)).toBeLessThan(9000);
    // The household is near the line: above it before the loss, below after.
    const [row] = await api.sql<{ per_capita_net_income: string }>(
      `select i.per_capita_net_income from household_income i join household_member m on m.household_id = i.household_id where m.id_number = '150121198803150018' and i.year = 2026`,
    );
    expect(Number(row.per_capita_net_income)).toBeGreaterThanOrEqual(9000);
  });
});

describe('insurer: bad input answers BAD_USER_INPUT naming the field', () => {
  const good = () => ({ ...contract('ClaimEligibility').input });
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['negative total', { totalCost: '-1.00' }, 'input.totalCost'],
    ['negative reimbursement', { reimbursedAmount: '-0.01' }, 'input.reimbursedAmount'],
    ['reimbursed above total', { reimbursedAmount: '86000.01' }, 'input.reimbursedAmount'],
    ['non-numeric amount', { totalCost: '八万' }, 'input.totalCost'],
    ['amount with three decimals', { reimbursedAmount: '1.005' }, 'input.reimbursedAmount'],
    ['future date', { incidentDate: '2099-01-01' }, 'input.incidentDate'],
    ['not a date', { incidentDate: '2026-02-30' }, 'input.incidentDate'],
    ['bad ID check digit', { idNumber: '150121198803150019' }, 'input.idNumber'],
  ];
  for (const [name, change, field] of cases) {
    it(name, async () => {
      const result = await api.exec(insurerToken, contractOperation('ClaimEligibility'), {
        input: { ...good(), ...change },
      } as never);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(result.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    });
  }
});

describe('insurer isolation', () => {
  // The contract's own text: partner tokens may send nothing else.
  const outsideFields = contractOperation('ClaimEligibility');

  it("an ID outside the insurer's covered divisions answers exactly like an unknown ID", async () => {
    const known = await api.exec(otherToken, outsideFields, { input: loss('150121198803150018', '35000.00') });
    const unknown = await api.exec(otherToken, outsideFields, { input: loss(unknownId(1), '35000.00') });
    expect(known.errors).toBeUndefined();
    expect(known).toEqual(unknown);
    expect((known.data as { insuranceEligibility: Answer }).insuranceEligibility).toEqual({
      eligible: false,
      reasons: ['PERSON_NOT_FOUND'],
      divisionCode: null,
      policyYear: null,
      preventionLine: null,
      householdPerCapitaIncomeAfterLoss: null,
      selfPaidAmount: '35000.00',
      payoutAmount: '0.00',
      bands: [],
    });
    // Outside the token's division altogether: the same.
    expect(await api.exec(farToken, outsideFields, { input: loss('150121198803150018', '35000.00') })).toEqual(unknown);
    // And the demo insurer asking for a nobody gets the same answer too.
    expect(await api.exec(insurerToken, outsideFields, { input: loss(unknownId(2), '35000.00') })).toEqual(
      await api.exec(insurerToken, outsideFields, { input: loss(unknownId(3), '35000.00') }),
    );
  });

  it("a token bound to a county finds the city-level policy for the county's people, and still only them", async () => {
    const admin = await api.login('security_admin');
    const countyToken = await issue(admin, DEMO_INSURER, '150121000000');
    const inCounty = await eligibility(countyToken, loss(h2.id_number, '20000.00'));
    expect(inCounty).toMatchObject({
      eligible: true,
      reasons: [],
      policyYear: 2026,
      divisionCode: expect.stringMatching(/^150121/),
      payoutAmount: '4500.00',
    });
    expect(inCounty).toEqual(await eligibility(insurerToken, loss(h2.id_number, '20000.00')));
    // A person of the next county, covered by the same city policy, stays out of this token's reach.
    expect(await eligibility(countyToken, loss(tkt.id_number, '20000.00'))).toMatchObject({
      eligible: false,
      reasons: ['PERSON_NOT_FOUND'],
      divisionCode: null,
    });
    expect((await eligibility(insurerToken, loss(tkt.id_number, '20000.00'))).reasons).not.toContain(
      'PERSON_NOT_FOUND',
    );
  });

  it('inside its reach but without a policy in force on the incident date: NOT_COVERED_REGION', async () => {
    const r = await api.exec(otherToken, outsideFields, { input: loss(tkt.id_number, '35000.00') });
    expect((r.data as { insuranceEligibility: Answer }).insuranceEligibility).toMatchObject({
      eligible: false,
      reasons: ['NOT_COVERED_REGION'],
      policyYear: 2026,
      payoutAmount: '0.00',
    });
  });

  it('reaches no operation outside the contract (every root field walked) and no personal fields', async () => {
    const schema = await createSchema();
    // The contract's operations, and what every signed-in party may do with its own session.
    // The public self-report operations are open to anyone without a sign-in (schema.test.ts lists them);
    // a partner token may still send only the contract's texts (auth/partner-allowlist.ts).
    const allowed = new Set([
      'insuranceEligibility',
      'fileInsuranceClaim',
      'insuranceClaims',
      'login',
      'me',
      'logout',
      'changePassword',
      'publicDivisions',
      'submitSelfReport',
    ]);
    const insurerPermissions = permissionsOf([Role.INSURER]);
    const refused: string[] = [];
    const answered: string[] = [];
    for (const [kind, type] of [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(type.getFields())) {
        if (allowed.has(field.name)) continue;
        // Declared: no permission the insurer role holds.
        const access = field.extensions?.access as {
          permissions?: string[];
          authenticated?: boolean;
          public?: boolean;
        };
        expect(
          access.authenticated || access.public || access.permissions?.some((p) => insurerPermissions.has(p as never)),
          field.name,
        ).toBeFalsy();
        // Enforced: calling it answers FORBIDDEN.
        const result = await api.exec(insurerToken, operationFor(kind, field));
        (errorCode(result) === 'FORBIDDEN' ? refused : answered).push(`${field.name}:${String(errorCode(result))}`);
      }
    }
    expect(answered).toEqual([]);
    expect(refused.length).toBeGreaterThan(30);
  });
});

/** A call of `field` with placeholder arguments of the right types, selecting only __typename. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const literal = (type: GraphQLInputType): string => {
    if (isNonNullType(type)) return literal(type.ofType);
    if (isListType(type)) return `[${literal(type.ofType)}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter(
        (f) => isNonNullType(f.type) && f.defaultValue === undefined,
      );
      return `{${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')}}`;
    }
    if (isScalarType(type)) {
      if (type.name === 'Int') return '1';
      if (type.name === 'Float') return '1.5';
      if (type.name === 'Boolean') return 'true';
      if (type.name === 'Money') return '"1.00"';
      if (type.name === 'DateTimeISO') return '"2026-01-01T00:00:00Z"';
      if (type.name === 'JSONObject') return '{}';
      return '"00000000-0000-0000-0000-000000000000"';
    }
    throw new Error(`no placeholder for ${String(type)}`);
  };
  const args = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${literal(a.type)}`);
  let returned = field.type;
  while (isNonNullType(returned) || isListType(returned)) returned = returned.ofType;
  const selection =
    isObjectType(returned) || (!isScalarType(returned) && !isEnumType(returned)) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('claims', () => {
  let claimId: string;

  it('files the contract example; the same reference again returns the same claim', async () => {
    const file = contractOperation('FileClaim');
    const first = (await api.ok(insurer, file, contract('FileClaim'))) as {
      fileInsuranceClaim: { id: string; status: string; payoutAmount: string; createdAt: string };
    };
    expect(first.fileInsuranceClaim).toMatchObject({ status: 'SUBMITTED', payoutAmount: '12000.00' });
    const again = (await api.ok(insurer, file, contract('FileClaim'))) as typeof first;
    expect(again.fileInsuranceClaim).toEqual(first.fileInsuranceClaim);
    // A second token of the same insurer is the same organisation: still the same claim.
    expect(((await api.ok(insurerToken, file, contract('FileClaim'))) as typeof first).fileInsuranceClaim.id).toBe(
      first.fileInsuranceClaim.id,
    );
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from insurance_claim where external_reference = 'CPIC-2026-000123'`,
    );
    expect(Number(n)).toBe(1);
    // The reference reused for a different loss is a conflict, not a new claim.
    const changed = await api.exec(insurer, file, { input: { ...contract('FileClaim').input, totalCost: '90000.00' } });
    expect(errorCode(changed)).toBe('CONFLICT');
    claimId = first.fileInsuranceClaim.id;
  });

  it('filing for an ID outside the covered divisions answers NOT_FOUND exactly like an unknown ID', async () => {
    const file = contractOperation('FileClaim');
    const outside = await api.exec(otherToken, file, {
      input: { ...contract('FileClaim').input, externalReference: 'X-1' },
    });
    const unknown = await api.exec(otherToken, file, {
      input: { ...contract('FileClaim').input, idNumber: unknownId(4), externalReference: 'X-2' },
    });
    expect(errorCode(outside)).toBe('NOT_FOUND');
    expect(outside.errors?.[0].message).toBe(unknown.errors?.[0].message);
    // An ineligible loss is refused with its reasons.
    const small = await api.exec(insurerToken, file, {
      input: { ...loss(h2.id_number, '3000.00'), externalReference: 'SMALL-1' },
    });
    expect(errorCode(small)).toBe('CONFLICT');
    expect(small.errors?.[0].extensions?.reasons).toContain('BELOW_DEDUCTIBLE');
  });

  it('the insurer lists only its own claims; another insurer sees none of them', async () => {
    const list = contractOperation('Claims');
    const own = (await api.ok(insurerToken, list, contract('Claims'))) as {
      insuranceClaims: {
        total: number;
        items: Array<{ id: string; divisionCode: string; cause: string; incidentDate: string; selfPaidAmount: string }>;
      };
    };
    expect(own.insuranceClaims.total).toBe(1);
    expect(own.insuranceClaims.items[0]).toMatchObject({
      id: claimId,
      divisionCode: '150121100201',
      cause: 'ILLNESS',
      incidentDate: '2026-03-02',
      selfPaidAmount: '35000.00',
    });
    const other = (await api.ok(otherToken, list, contract('Claims'))) as typeof own;
    expect(other.insuranceClaims).toEqual({ total: 0, items: [] });
    expect(errorCode(await api.exec(otherToken, `query { insuranceClaim(id: "${claimId}") { id } }`))).toBe(
      'FORBIDDEN',
    );
    // The claim's person and household are for reviewers only, not for the insurer.
    const personal = await api.exec(insurerToken, `query { insuranceClaims { items { id member { name } } } }`);
    expect(errorCode(personal)).toBe('FORBIDDEN');
    expect(JSON.stringify(personal.data ?? null)).not.toContain('王永强');
    // The other county does not see it either; the county of the village does.
    expect(errorCode(await api.exec(county2, `query { insuranceClaim(id: "${claimId}") { id } }`))).toBe('NOT_FOUND');
    expect(
      (
        (await api.ok(
          county,
          `query { insuranceClaimQueue(status: SUBMITTED) { total items { id member { name } } } }`,
        )) as { insuranceClaimQueue: { total: number; items: Array<{ id: string; member: { name: string } }> } }
      ).insuranceClaimQueue.items,
    ).toEqual([{ id: claimId, member: { name: '王永强' } }]);
  });

  it("county review: rejection needs a reason; approval, then payment becomes the household's transfer income", async () => {
    const get = async () =>
      (
        (await api.ok(
          county,
          `query { insuranceClaim(id: "${claimId}") { id version status payoutAmount reviewNote paidOn } }`,
        )) as { insuranceClaim: { version: number; status: string } }
      ).insuranceClaim;
    const review = `mutation($id: String!, $version: Int!, $approve: Boolean!, $note: String) { reviewInsuranceClaim(id: $id, version: $version, approve: $approve, note: $note) { status version reviewNote } }`;
    const noReason = await api.exec(county, review, { id: claimId, version: (await get()).version, approve: false });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0].extensions?.field).toBe('note');
    // Only the county reviews: the city has no such permission.
    expect(errorCode(await api.exec(city, review, { id: claimId, version: 1, approve: true }))).toBe('FORBIDDEN');
    const approved = (await api.ok(county, review, {
      id: claimId,
      version: (await get()).version,
      approve: true,
      note: '材料齐全',
    })) as { reviewInsuranceClaim: { status: string; version: number } };
    expect(approved.reviewInsuranceClaim.status).toBe('APPROVED');
    expect(
      errorCode(
        await api.exec(county, review, { id: claimId, version: approved.reviewInsuranceClaim.version, approve: true }),
      ),
    ).toBe('CONFLICT');

    const [before] = await api.sql<{
      transfers: string;
      net_income: string;
      member_count: number;
      per_capita_net_income: string;
    }>(
      `select i.transfers, i.net_income, i.member_count, i.per_capita_net_income from household_income i join household_member m on m.household_id = i.household_id where m.id_number = '150121198803150018' and i.year = 2026`,
    );
    const pay = `mutation($id: String!, $version: Int!, $paidOn: String!, $ref: String!) { recordInsuranceClaimPayment(id: $id, version: $version, paidOn: $paidOn, paymentReference: $ref) { status paidOn } }`;
    expect(
      errorCode(
        await api.exec(county, pay, {
          id: claimId,
          version: approved.reviewInsuranceClaim.version,
          paidOn: '2026-02-01',
          ref: 'P-1',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const paid = (await api.ok(county, pay, {
      id: claimId,
      version: approved.reviewInsuranceClaim.version,
      paidOn: '2026-04-10',
      ref: 'CPIC-PAY-0001',
    })) as { recordInsuranceClaimPayment: { status: string } };
    expect(paid.recordInsuranceClaimPayment.status).toBe('PAID');
    const [after] = await api.sql<{ transfers: string; net_income: string; per_capita_net_income: string }>(
      `select i.transfers, i.net_income, i.per_capita_net_income from household_income i join household_member m on m.household_id = i.household_id where m.id_number = '150121198803150018' and i.year = 2026`,
    );
    expect((Number(after.transfers) - Number(before.transfers)).toFixed(2)).toBe('12000.00');
    expect((Number(after.net_income) - Number(before.net_income)).toFixed(2)).toBe('12000.00');
    expect(Number(after.per_capita_net_income)).toBeCloseTo(
      (Number(before.net_income) + 12000) / before.member_count,
      2,
    );
    // The change is in the audit log as the county's write.
    const [audit] = await api.sql<{ n: string }>(
      `select count(*) as n from audit_entry where entity_name = 'HouseholdIncome' and actor_name = 'county_admin' and changes::text like '%transfers%'`,
    );
    expect(Number(audit.n)).toBeGreaterThan(0);
    const list = (await api.ok(insurer, contractOperation('Claims'), { status: 'PAID', offset: 0, limit: 20 })) as {
      insuranceClaims: { items: Array<{ status: string; payoutAmount: string }> };
    };
    expect(list.insuranceClaims.items).toEqual([expect.objectContaining({ status: 'PAID', payoutAmount: '12000.00' })]);
  });

  it('the yearly caps hold across claims: approved and paid claims use them up', async () => {
    // h2 (net 40,000.00, 4 people): 因病 self-paid 160,000 pays the 100,000.00 cause cap.
    const file = contractOperation('FileClaim');
    const filed = async (ref: string, selfPaid: string, cause: string) =>
      (
        (await api.ok(insurerToken, file, {
          input: { ...loss(h2.id_number, selfPaid, cause), externalReference: ref },
        })) as { fileInsuranceClaim: { id: string; payoutAmount: string } }
      ).fileInsuranceClaim;
    const approve = async (id: string) => {
      const { insuranceClaim } = (await api.ok(county, `query { insuranceClaim(id: "${id}") { version } }`)) as {
        insuranceClaim: { version: number };
      };
      return (
        (await api.ok(
          county,
          `mutation { reviewInsuranceClaim(id: "${id}", version: ${insuranceClaim.version}, approve: true) { status payoutAmount version } }`,
        )) as { reviewInsuranceClaim: { status: string; payoutAmount: string; version: number } }
      ).reviewInsuranceClaim;
    };
    const first = await filed('CAP-1', '160000.00', 'ILLNESS');
    expect(first.payoutAmount).toBe('100000.00');
    // Filed, not yet approved: the cap is not used yet, a second illness claim would still pay.
    const second = await filed('CAP-2', '20000.00', 'ILLNESS');
    expect(second.payoutAmount).toBe('4500.00');
    const a1 = await approve(first.id);
    expect(a1).toMatchObject({ status: 'APPROVED', payoutAmount: '100000.00' });
    // Now the 因病 cap is used up: the check answers CAP_REACHED, approving the second refuses.
    expect(await eligibility(insurerToken, loss(h2.id_number, '20000.00'))).toMatchObject({
      eligible: false,
      reasons: ['CAP_REACHED'],
      payoutAmount: '0.00',
    });
    const { insuranceClaim: s } = (await api.ok(
      county,
      `query { insuranceClaim(id: "${second.id}") { version } }`,
    )) as { insuranceClaim: { version: number } };
    expect(
      errorCode(
        await api.exec(
          county,
          `mutation { reviewInsuranceClaim(id: "${second.id}", version: ${s.version}, approve: true) { status } }`,
        ),
      ),
    ).toBe('CONFLICT');
    // Pay the first: 100,000 becomes transfer income (net 140,000, per capita 35,000).
    await api.ok(
      county,
      `mutation { recordInsuranceClaimPayment(id: "${first.id}", version: ${a1.version}, paidOn: "2026-05-01", paymentReference: "PAY-CAP-1") { status } }`,
    );
    // The person's yearly cap (150,000) leaves 50,000 for another cause: a disaster loss of
    // 200,000 (54,500 + 100,000 × 90% = 144,500 by the bands) pays 50,000.00; per capita after
    // the loss is recomputed with the paid claim in the income: (140,000 − 200,000) / 4 = −15,000.00.
    const disaster = await eligibility(insurerToken, loss(h2.id_number, '200000.00', 'DISASTER'));
    expect(disaster).toMatchObject({
      eligible: true,
      payoutAmount: '50000.00',
      householdPerCapitaIncomeAfterLoss: '-15000.00',
    });
    const third = await filed('CAP-3', '200000.00', 'DISASTER');
    expect(third.payoutAmount).toBe('50000.00');
    await approve(third.id);
    expect(await eligibility(insurerToken, loss(h2.id_number, '200000.00', 'ACCIDENT'))).toMatchObject({
      eligible: false,
      reasons: ['CAP_REACHED'],
    });
    // And the paid claim raised the income: a loss that crossed the line before no longer does.
    expect(await eligibility(insurerToken, loss(h2.id_number, '6000.00', 'ACCIDENT'))).toMatchObject({
      reasons: ['INCOME_ABOVE_LINE', 'CAP_REACHED'],
      householdPerCapitaIncomeAfterLoss: '33500.00',
    });
  });
});

describe('county queue', () => {
  it('costs the same SQL statements for 1 or 4 claims with their people and households', async () => {
    const queue = `query($limit: Int) { insuranceClaimQueue(limit: $limit) { total items { id payoutAmount member { name idNumber } household { householdNumber } } } }`;
    const count = async (limit: number) => {
      api.resetQueries();
      const r = (await api.ok(county, queue, { limit })) as {
        insuranceClaimQueue: { total: number; items: unknown[] };
      };
      return { items: r.insuranceClaimQueue.items.length, statements: api.queries.length };
    };
    const one = await count(1);
    const four = await count(4);
    expect([one.items, four.items]).toEqual([1, 4]);
    expect(four.statements).toBe(one.statements);
  });
});

describe('audit and rate limit', () => {
  it('writes one audit entry per eligibility check: token, ID asked, answer', async () => {
    const [{ n: before }] = await api.sql<{ n: string }>(
      `select count(*) as n from audit_entry where action = 'INSURANCE_CHECK'`,
    );
    await eligibility(insurerToken, loss(unknownId(9), '100.00'));
    await eligibility(insurerToken, contract('ClaimEligibility').input);
    await api.exec(insurerToken, contractOperation('ClaimEligibility'), {
      input: { ...contract('ClaimEligibility').input, idNumber: '150121198803150019' },
    });
    const rows = await api.sql<{
      actor_kind: string;
      actor_id: string;
      changes: { tokenId: string; idNumber: string; answer: Record<string, unknown> };
    }>(
      `select actor_kind, actor_id, changes from audit_entry where action = 'INSURANCE_CHECK' order by id desc limit 3`,
    );
    const [{ n: after }] = await api.sql<{ n: string }>(
      `select count(*) as n from audit_entry where action = 'INSURANCE_CHECK'`,
    );
    expect(Number(after) - Number(before)).toBe(3);
    const [bad, contractCheck, nobody] = rows;
    expect(nobody.actor_kind).toBe('API_TOKEN');
    expect(nobody.changes).toMatchObject({
      tokenId: nobody.actor_id,
      idNumber: unknownId(9),
      answer: { eligible: false, reasons: ['PERSON_NOT_FOUND'] },
    });
    expect(contractCheck.changes).toMatchObject({ idNumber: '150121198803150018', answer: { eligible: true } });
    expect(bad.changes).toMatchObject({ idNumber: '150121198803150019', answer: { error: 'BAD_USER_INPUT' } });
  });

  it('limits each token per minute with a typed RATE_LIMITED error; other tokens are unaffected', async () => {
    await resetRateLimits(api.orm.em);
    api.config.partnerRateLimitPerMinute = 3;
    try {
      const input = contract('ClaimEligibility').input;
      for (let i = 0; i < 3; i++)
        expect((await api.exec(otherToken, contractOperation('ClaimEligibility'), { input })).errors).toBeUndefined();
      const limited = await api.exec(otherToken, contractOperation('ClaimEligibility'), { input });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      expect(limited.errors?.[0].message).toMatch(/请求过于频繁/);
      expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(errorCode(await api.exec(otherToken, contractOperation('Claims'), contract('Claims')))).toBe(
        'RATE_LIMITED',
      );
      expect((await api.exec(insurerToken, contractOperation('ClaimEligibility'), { input })).errors).toBeUndefined();
    } finally {
      api.config.partnerRateLimitPerMinute = 0;
    }
  });
});

describe('policy editing', () => {
  const base = {
    insurerName: DEMO_INSURER,
    coveredDivisionCodes: ['150123000000'],
    baseShare: '0.15',
    premiumPerPerson: '100.00',
    preventionLineMultiple: '1.5',
    povertyLine: '6000.00',
    insuredCauses: ['ILLNESS'],
    deductible: '5000.00',
    bands: [
      { lowerBound: '5000.00', upperBound: '20000.00', rate: '0.30' },
      { lowerBound: '20000.00', upperBound: null, rate: '0.50' },
    ],
    causeCaps: [{ cause: 'ILLNESS', cap: '80000.00' }],
    personYearCap: '100000.00',
  };
  const save = `mutation($code: String!, $year: Int!, $input: InsurancePolicyInput!, $version: Int) { saveInsurancePolicy(divisionCode: $code, year: $year, input: $input, version: $version) { id ruralPopulation insuredBase premium baseShare } }`;

  it('refuses a base outside 10%–20% of the rural population (seed 001: "按照本地农村总人口10%—20%的比例")', async () => {
    for (const share of ['0.09', '0.21', 'abc']) {
      const r = await api.exec(city, save, { code: '150100000000', year: 2025, input: { ...base, baseShare: share } });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('input.baseShare');
    }
  });

  it('refuses gaps between bands, overlapping coverage and a line given twice', async () => {
    const gap = await api.exec(city, save, {
      code: '150100000000',
      year: 2023,
      input: {
        ...base,
        bands: [
          { lowerBound: '5000.00', upperBound: '20000.00', rate: '0.30' },
          { lowerBound: '25000.00', upperBound: null, rate: '0.50' },
        ],
      },
    });
    expect(gap.errors?.[0].extensions?.field).toBe('input.bands.1.lowerBound');
    const twice = await api.exec(city, save, {
      code: '150100000000',
      year: 2023,
      input: { ...base, preventionLineAmount: '9000.00' },
    });
    expect(twice.errors?.[0].extensions?.field).toBe('input.preventionLine');
    // 2026 is covered city-wide by the demo policy: a county policy for 和林格尔县 would overlap.
    expect(
      errorCode(
        await api.exec(county, save, {
          code: '150121000000',
          year: 2026,
          input: { ...base, coveredDivisionCodes: ['150121000000'] },
        }),
      ),
    ).toBe('CONFLICT');
    // A county cannot buy cover for another county.
    expect(errorCode(await api.exec(county, save, { code: '150123000000', year: 2023, input: base }))).toBe(
      'FORBIDDEN',
    );
  });

  it('premium = round(rural population × share) × premium per person, the population from the registry', async () => {
    const { saveInsurancePolicy: p } = (await api.ok(city, save, {
      code: '150100000000',
      year: 2023,
      input: base,
    })) as { saveInsurancePolicy: { ruralPopulation: number; insuredBase: number; premium: string } };
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household_member where division_code like '1501%' and status = 'ACTIVE'`,
    );
    expect(p.ruralPopulation).toBe(Number(n));
    expect(p.insuredBase).toBe(Math.round(Number(n) * 0.15));
    expect(p.premium).toBe(`${p.insuredBase * 100}.00`);
  });

  it('the payout calculator previews the same band rule', async () => {
    const r = (await api.ok(
      city,
      `query($input: PayoutPreviewInput!) { insurancePayoutPreview(input: $input) { aboveDeductible payoutAmount bands { amount } } }`,
      {
        input: { selfPaidAmount: '35000.00', deductible: '5000.00', bands: base.bands },
      },
    )) as {
      insurancePayoutPreview: { aboveDeductible: boolean; payoutAmount: string; bands: Array<{ amount: string }> };
    };
    expect(r.insurancePayoutPreview).toEqual({
      aboveDeductible: true,
      payoutAmount: '12000.00',
      bands: [{ amount: '4500.00' }, { amount: '7500.00' }],
    });
  });

  it('summarises per insurer and year: premium, claims, payouts, loss ratio', async () => {
    const { insuranceSummary } = (await api.ok(
      city,
      `query { insuranceSummary(year: 2026) { insurerName premium claims paid payouts approved approvedUnpaid lossRatio } }`,
    )) as {
      insuranceSummary: Array<{
        insurerName: string;
        premium: string;
        claims: number;
        paid: number;
        payouts: string;
        approved: number;
        approvedUnpaid: string;
        lossRatio: string;
      }>;
    };
    const demo = insuranceSummary.find((s) => s.insurerName === DEMO_INSURER)!;
    // Paid: 12,000 (王永强) + 100,000 (h2, 因病); approved, unpaid: 50,000 (h2, 因灾).
    expect(demo).toMatchObject({ paid: 2, payouts: '112000.00', approved: 1, approvedUnpaid: '50000.00' });
    const premiumFen = Math.round(Number(demo.premium) * 100);
    expect(demo.lossRatio).toBe((Math.round((11200000 * 10000) / premiumFen) / 10000).toFixed(4));
  });
});

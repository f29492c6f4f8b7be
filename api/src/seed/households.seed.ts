import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { computeIncome, type IncomeParts } from '../modules/households/income.rules';
import { checkCharacter } from '../modules/households/id-number';
import { formatFen } from '../common/money';

/**
 * Deterministic demo households: realistic names, valid ID numbers (GB 11643 check digits),
 * ages that fit each relation, and incomes spread around the monitoring line so that some are
 * at risk. Written with batched `insert … select from unnest(…)` (bypassing the ORM and so the
 * audit log: this is a data load, not anybody's action), fast enough for a million households.
 */

/** The contract's example person (schema/contract/variables): head of a household in 东营村. */
export const CONTRACT_PERSON = { idNumber: '150121198803150018', name: '王永强', villageCode: '150121100201' };

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '赵',
  '杨',
  '郭',
  '高',
  '马',
  '白',
  '韩',
  '孙',
  '贾',
  '乔',
  '郝',
  '武',
  '史',
  '任',
  '云',
  '康',
];
const GIVEN_MALE = [
  '建国',
  '永强',
  '海军',
  '志刚',
  '俊峰',
  '文斌',
  '喜平',
  '二虎',
  '宝柱',
  '润生',
  '金山',
  '占军',
  '利民',
  '瑞峰',
  '宏伟',
  '振华',
];
const GIVEN_FEMALE = [
  '秀英',
  '桂兰',
  '玉梅',
  '凤英',
  '丽娟',
  '海燕',
  '美玲',
  '春花',
  '二女',
  '兰英',
  '晓燕',
  '彩霞',
  '雪梅',
  '金凤',
  '翠萍',
  '艳红',
];
const MONGOLIAN = ['巴特尔', '其其格', '乌力吉', '萨仁', '额尔敦', '托娅', '孟和', '格日勒', '巴图', '斯琴'];
const ROADS = ['新村路', '幸福巷', '团结街', '建设路', '北街', '南街', '前街', '后巷'];

/** mulberry32: a small deterministic PRNG, so every run seeds the same people. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

type Rng = ReturnType<typeof rng>;

interface MemberRow {
  id: string;
  household_id: string;
  division_code: string;
  name: string;
  id_number: string;
  sex: string;
  birth_date: string;
  relation: string;
  ethnicity: string;
  education: string | null;
  schooling_stage: string;
  health_status: string;
  disability_grade: number | null;
  labour_capacity: string;
  work_place: string | null;
  work_months: number;
  medical_insurance: boolean;
  pension_insurance: boolean;
  minimum_living_allowance: boolean;
  extreme_poverty: boolean;
}

/** Hands out ID sequence numbers per (county, birth date) so every generated number is unique. */
export class IdNumberFactory {
  private readonly next = new Map<string, number>();

  make(regionCode: string, birth: Date, male: boolean): string {
    const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
    const key = regionCode + date;
    const n = this.next.get(key) ?? 0;
    this.next.set(key, n + 1);
    const seq = (n * 2 + (male ? 1 : 0)) % 1000;
    const first17 = regionCode + date + String(seq).padStart(3, '0');
    return first17 + checkCharacter(first17);
  }

  reserve(idNumber: string): void {
    const key = idNumber.slice(0, 14);
    const seq = Number(idNumber.slice(14, 17));
    this.next.set(key, Math.max(this.next.get(key) ?? 0, Math.floor(seq / 2) + 1));
  }
}

function birthDate(r: Rng, year: number, minAge: number, maxAge: number): Date {
  const age = r.int(minAge, maxAge);
  const date = new Date(Date.UTC(year - age, r.int(0, 11), r.int(1, 28)));
  // Nobody is born in the future: a baby "born" later this year was born last year.
  if (date.getTime() > Date.now()) date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date;
}

const ageOn = (birth: Date, year: number) => year - birth.getUTCFullYear();

function schoolingFor(age: number): string {
  if (age < 3) return 'NOT_IN_SCHOOL';
  if (age < 6) return 'PRESCHOOL';
  if (age < 12) return 'PRIMARY';
  if (age < 15) return 'JUNIOR_HIGH';
  if (age < 18) return 'SENIOR_HIGH';
  return 'NOT_IN_SCHOOL';
}

export interface GeneratedBatch {
  households: Array<Record<string, unknown>>;
  members: MemberRow[];
  incomes: Array<Record<string, unknown>>;
}

/** Generates `count` households for one village; pure and deterministic for a given seed. */
export function generateVillageHouseholds(
  villageCode: string,
  count: number,
  seed: number,
  ids: IdNumberFactory,
  year: number,
  startNumber = 1,
): GeneratedBatch {
  const r = rng(seed);
  const region = villageCode.slice(0, 6);
  const batch: GeneratedBatch = { households: [], members: [], incomes: [] };
  for (let h = 0; h < count; h++) {
    const householdId = randomUUID();
    const number = `${villageCode}${String(startNumber + h).padStart(5, '0')}`;
    const mongolian = r.chance(0.12);
    const surname = r.pick(SURNAMES);
    const size = r.pick([1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6]);
    const elderly = r.chance(0.2);
    const members: MemberRow[] = [];
    const person = (
      relation: string,
      male: boolean,
      minAge: number,
      maxAge: number,
      fixedId?: string,
      fixedName?: string,
    ): MemberRow => {
      const birth = fixedId
        ? new Date(`${fixedId.slice(6, 10)}-${fixedId.slice(10, 12)}-${fixedId.slice(12, 14)}T00:00:00Z`)
        : birthDate(r, year, minAge, maxAge);
      const age = ageOn(birth, year);
      const ill = r.chance(age > 55 ? 0.25 : 0.06);
      const disabled = !ill && r.chance(0.04);
      const labour =
        age < 16 || age > 70 ? 'NONE' : disabled ? 'LOST' : ill ? 'WEAK' : r.chance(0.2) ? 'SKILLED' : 'ORDINARY';
      const working = (labour === 'ORDINARY' || labour === 'SKILLED') && r.chance(0.45);
      const name =
        fixedName ??
        (mongolian
          ? r.pick(MONGOLIAN)
          : (relation === 'HEAD' || relation === 'CHILD' || relation === 'GRANDCHILD' ? surname : r.pick(SURNAMES)) +
            r.pick(male ? GIVEN_MALE : GIVEN_FEMALE));
      return {
        id: randomUUID(),
        household_id: householdId,
        division_code: villageCode,
        name,
        id_number: fixedId ?? ids.make(region, birth, male),
        sex: male ? 'MALE' : 'FEMALE',
        birth_date: birth.toISOString().slice(0, 10),
        relation,
        ethnicity: mongolian ? '蒙古族' : '汉族',
        education:
          age < 7 ? null : r.pick(['PRIMARY', 'JUNIOR_HIGH', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'NONE', 'VOCATIONAL']),
        schooling_stage: schoolingFor(age),
        health_status: disabled
          ? 'DISABLED'
          : ill
            ? r.pick(['CHRONIC_ILLNESS', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS'])
            : 'HEALTHY',
        disability_grade: disabled ? r.int(1, 4) : null,
        labour_capacity: labour,
        work_place: working ? r.pick(['呼和浩特市', '包头市', '鄂尔多斯市', '本县', '北京市']) : null,
        work_months: working ? r.int(3, 11) : 0,
        medical_insurance: true,
        pension_insurance: age >= 16,
        minimum_living_allowance: false,
        extreme_poverty: false,
      };
    };
    const isContract = villageCode === CONTRACT_PERSON.villageCode && startNumber + h === 1;
    const headMale = isContract || r.chance(0.85);
    members.push(
      isContract
        ? person('HEAD', true, 0, 0, CONTRACT_PERSON.idNumber, CONTRACT_PERSON.name)
        : person('HEAD', headMale, elderly ? 62 : 30, elderly ? 85 : 60),
    );
    if (size >= 2) members.push(person('SPOUSE', !headMale, elderly ? 60 : 28, elderly ? 82 : 58));
    for (let c = 2; c < size; c++) {
      members.push(elderly ? person('GRANDCHILD', r.chance(0.5), 2, 16) : person('CHILD', r.chance(0.5), 0, 24));
    }
    const labourers = members.filter((m) => m.labour_capacity === 'ORDINARY' || m.labour_capacity === 'SKILLED').length;
    const anyIll = members.some((m) => m.health_status !== 'HEALTHY');
    const poor = r.chance(labourers === 0 ? 0.5 : 0.12);
    const perCapitaTarget = poor ? r.int(3200, 6500) : r.int(7000, 26000);
    const total = perCapitaTarget * members.length;
    const wagesShare = labourers === 0 ? 0 : r.next() * 0.6 + 0.2;
    const transfersShare = labourers === 0 ? 0.75 : r.next() * 0.2 + 0.05;
    const productionCosts = r.int(0, 3000);
    const wages = Math.round(total * wagesShare);
    const transfers = Math.round(total * transfersShare);
    const property = r.int(0, 800);
    const operations = total + productionCosts - wages - transfers - property;
    const subsidies = Math.round(transfers * (labourers === 0 ? 0.7 : 0.4));
    const lowAllowance = poor && labourers === 0;
    members.forEach((m) => {
      m.minimum_living_allowance = lowAllowance;
    });
    const parts: IncomeParts = {
      wages: formatFen(wages * 100),
      operations: formatFen(Math.max(operations, 0) * 100),
      property: formatFen(property * 100),
      transfers: formatFen(transfers * 100),
      subsidies: formatFen(subsidies * 100),
      productionCosts: formatFen(productionCosts * 100),
      medicalExpense: formatFen((anyIll ? r.int(2000, poor ? 30000 : 8000) : r.int(0, 800)) * 100),
      schoolingExpense: formatFen(
        (members.some((m) => m.schooling_stage !== 'NOT_IN_SCHOOL') ? r.int(500, 6000) : 0) * 100,
      ),
      disasterExpense: formatFen((r.chance(0.03) ? r.int(3000, 20000) : 0) * 100),
      accidentExpense: '0.00',
    };
    // 脱贫户 or 一般农户 only: a monitoring category comes from the procedure (县级认定), never from data.
    // Same draws as before (the stream of random numbers, hence the demo set, stays as it was).
    const registrationStatus = poor
      ? r.pick(['LIFTED_OUT', 'ORDINARY', 'LIFTED_OUT'])
      : r.pick(['LIFTED_OUT', 'ORDINARY', 'ORDINARY', 'ORDINARY']);
    const liftedOutYear = registrationStatus === 'LIFTED_OUT' ? 2016 + (Number(number.slice(-3)) % 5) : null;
    const computed = computeIncome(parts, members.length);
    batch.households.push({
      id: householdId,
      household_number: number,
      division_code: villageCode,
      address: `${r.pick(ROADS)}${r.int(1, 120)}号`,
      phone: `1${r.pick(['39', '47', '52', '86', '58'])}${String(r.int(0, 99999999)).padStart(8, '0')}`,
      registration_status: registrationStatus,
      lifted_out_year: liftedOutYear,
      no_labour_capacity: labourers === 0,
      minimum_living_allowance: lowAllowance,
      extreme_poverty: lowAllowance && members.length === 1,
      relocated: r.chance(0.05),
      member_count: members.length,
      income_year: year,
      per_capita_net_income: computed.perCapitaNetIncome,
    });
    batch.incomes.push({
      id: randomUUID(),
      household_id: householdId,
      division_code: villageCode,
      year,
      ...snake(parts),
      member_count: members.length,
      net_income: computed.netIncome,
      per_capita_net_income: computed.perCapitaNetIncome,
      rigid_expenditure: computed.rigidExpenditure,
    });
    // The year before, mostly similar; a few households had a much better year (收入骤减 now).
    const prevFactor = r.chance(0.05) ? 1.8 : 0.9 + r.next() * 0.15;
    const prevParts: IncomeParts = {
      ...parts,
      wages: formatFen(Math.round(wages * prevFactor) * 100),
      operations: formatFen(Math.round(Math.max(operations, 0) * prevFactor) * 100),
    };
    const prev = computeIncome(prevParts, members.length);
    batch.incomes.push({
      id: randomUUID(),
      household_id: householdId,
      division_code: villageCode,
      year: year - 1,
      ...snake(prevParts),
      member_count: members.length,
      net_income: prev.netIncome,
      per_capita_net_income: prev.perCapitaNetIncome,
      rigid_expenditure: prev.rigidExpenditure,
    });
    batch.members.push(...members);
  }
  return batch;
}

function snake(parts: IncomeParts) {
  return {
    wages: parts.wages,
    operations: parts.operations,
    property: parts.property,
    transfers: parts.transfers,
    subsidies: parts.subsidies,
    production_costs: parts.productionCosts,
    medical_expense: parts.medicalExpense,
    schooling_expense: parts.schoolingExpense,
    disaster_expense: parts.disasterExpense,
    accident_expense: parts.accidentExpense,
  };
}

/**
 * The generated columns of each table, in one place: the batched inserts below and the benchmark's
 * COPY loader (bench/generate.mjs) both write exactly these.
 */
export const COLUMNS = {
  household: {
    id: 'uuid',
    household_number: 'varchar',
    division_code: 'varchar',
    address: 'varchar',
    phone: 'varchar',
    registration_status: 'registration_status',
    lifted_out_year: 'int',
    no_labour_capacity: 'bool',
    minimum_living_allowance: 'bool',
    extreme_poverty: 'bool',
    relocated: 'bool',
    member_count: 'int',
    income_year: 'int',
    per_capita_net_income: 'numeric',
  },
  household_member: {
    id: 'uuid',
    household_id: 'uuid',
    division_code: 'varchar',
    name: 'varchar',
    id_number: 'varchar',
    sex: 'sex',
    birth_date: 'date',
    relation: 'relation',
    ethnicity: 'varchar',
    education: 'education',
    schooling_stage: 'schooling_stage',
    health_status: 'health_status',
    disability_grade: 'int2',
    labour_capacity: 'labour_capacity',
    work_place: 'varchar',
    work_months: 'int2',
    medical_insurance: 'bool',
    pension_insurance: 'bool',
    minimum_living_allowance: 'bool',
    extreme_poverty: 'bool',
  },
  household_income: {
    id: 'uuid',
    household_id: 'uuid',
    division_code: 'varchar',
    year: 'int',
    wages: 'numeric',
    operations: 'numeric',
    property: 'numeric',
    transfers: 'numeric',
    subsidies: 'numeric',
    production_costs: 'numeric',
    medical_expense: 'numeric',
    schooling_expense: 'numeric',
    disaster_expense: 'numeric',
    accident_expense: 'numeric',
    member_count: 'int',
    net_income: 'numeric',
    per_capita_net_income: 'numeric',
    rigid_expenditure: 'numeric',
  },
} as const;

/** One statement per table and batch: arrays per column, unnested server-side. */
async function insertRows(
  orm: MikroORM,
  table: keyof typeof COLUMNS,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(COLUMNS[table]);
  const arrays = columns.map(([name]) => rows.map((row) => row[name] ?? null));
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const sql = `insert into "${table}" (${names}, "created_at", "updated_at") select *, now(), now() from unnest(${unnest})`;
  // node-postgres sends JS arrays as PostgreSQL arrays; knex would expand them into lists.
  const client = orm.em.getConnection().getKnex().client;
  const connection = await client.acquireConnection();
  try {
    await connection.query(sql, arrays);
  } finally {
    await client.releaseConnection(connection);
  }
}

export interface SeedHouseholdsOptions {
  /** Total households across the given villages (spread evenly). */
  households: number;
  villageCodes: string[];
  year?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Inserts generated households in batches; returns the number inserted. */
export async function seedHouseholds(orm: MikroORM, options: SeedHouseholdsOptions): Promise<number> {
  const year = options.year ?? new Date().getFullYear();
  const ids = new IdNumberFactory();
  ids.reserve(CONTRACT_PERSON.idNumber);
  // Later runs add to what is there: continue sequence numbers and household numbers.
  const connection = orm.em.getConnection();
  for (const row of await connection.execute<Array<{ id_number: string }>>(
    `select left(id_number, 14) || max(substr(id_number, 15, 3)) || 'X' as id_number from household_member group by left(id_number, 14)`,
  )) {
    ids.reserve(row.id_number);
  }
  const existing = new Map(
    (
      await connection.execute<Array<{ division_code: string; n: string }>>(
        `select division_code, count(*) as n from household group by division_code`,
      )
    ).map((r) => [r.division_code, Number(r.n)]),
  );
  const perVillage = Math.floor(options.households / options.villageCodes.length);
  const remainder = options.households % options.villageCodes.length;
  let done = 0;
  const BATCH = 2000;
  for (const [index, villageCode] of options.villageCodes.entries()) {
    const count = perVillage + (index < remainder ? 1 : 0);
    for (let offset = 0; offset < count; offset += BATCH) {
      const batch = generateVillageHouseholds(
        villageCode,
        Math.min(BATCH, count - offset),
        (options.seed ?? 2026) * 100_003 + index * 1_009 + offset,
        ids,
        year,
        (existing.get(villageCode) ?? 0) + offset + 1,
      );
      await insertRows(orm, 'household', batch.households);
      await insertRows(orm, 'household_member', batch.members as unknown as Array<Record<string, unknown>>);
      await insertRows(orm, 'household_income', batch.incomes);
      done += batch.households.length;
      options.onProgress?.(done, options.households);
    }
  }
  await orm.em
    .getConnection()
    .execute(`select setval('household_number_seq', greatest((select count(*) from household), 1))`);
  return done;
}

import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { systemEm } from '../jurisdiction/entity-manager';
import { hashPassword } from '../auth/password';
import { Role } from '../auth/roles';
import { levelOfCode, parentCodeOf } from '../jurisdiction/division-code';
import { Division } from '../modules/divisions/division.entity';
import { User } from '../modules/users/user.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { dutyClash } from '../auth/roles';
import { DIVISION_TREE, type DivisionSeed } from './divisions.data';
import { Household } from '../modules/households/household.entity';
import { DivisionLevel } from '../jurisdiction/division-code';
import { seedHouseholds } from './households.seed';
import { seedPolicies } from './policies.seed';
import { seedInsurance } from './insurance.seed';
import { seedAssets } from './assets.seed';

/** Demo households per village: about 1,250 households and 3,500 people over Hohhot's villages. */
export const DEMO_HOUSEHOLDS_PER_VILLAGE = 12;

export async function villageCodes(orm: MikroORM, prefix = ''): Promise<string[]> {
  const em = systemEm(orm);
  const villages = await em.find(
    Division,
    { level: DivisionLevel.VILLAGE, code: { $like: `${prefix}%` } },
    { orderBy: { code: 'asc' }, fields: ['code'] },
  );
  return villages.map((v) => v.code);
}

const DEEP_POVERTY_DEMO = new Set(['150125000000']);

/** Division reference data: inserted if missing, never overwritten (offices may rename). */
export async function seedDivisions(orm: MikroORM): Promise<number> {
  const rows: Array<Pick<Division, 'code' | 'name' | 'level' | 'parentCode'>> = [];
  const walk = (node: DivisionSeed) => {
    rows.push({ code: node.code, name: node.name, level: levelOfCode(node.code), parentCode: parentCodeOf(node.code) });
    node.children?.forEach(walk);
  };
  walk(DIVISION_TREE);
  const em = systemEm(orm);
  const existing = new Set((await em.find(Division, {}, { fields: ['code'] })).map((d) => d.code));
  // 武川县 was a national poverty county: the demo's 深度贫困 example (new rows only; offices change it later).
  for (const row of rows)
    if (!existing.has(row.code)) em.create(Division, { ...row, deepPoverty: DEEP_POVERTY_DEMO.has(row.code) });
  await em.flush();
  return rows.length - existing.size;
}

/** Demo accounts, created once; later starts leave them (and any password changes) alone. */
export async function seedDemo(orm: MikroORM): Promise<{ created: boolean }> {
  await seedDivisions(orm);
  const em = systemEm(orm);
  await seedPolicies(orm);
  if (await em.count(User, { username: DEMO_ACCOUNTS[0].username })) {
    await separateDemoDuties(em);
    await seedInsurance(orm); // demo data seeded before 防贫保 existed gets its policy too
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    em.create(User, {
      username: account.username,
      displayName: account.displayName,
      divisionCode: account.divisionCode,
      roles: account.roles,
      department: account.department ?? null,
      phone: account.phone ?? null,
      passwordHash,
    });
  }
  await em.flush();
  if (!(await em.count(Household, {}))) {
    const villages = await villageCodes(orm);
    await seedHouseholds(orm, { households: villages.length * DEMO_HOUSEHOLDS_PER_VILLAGE, villageCodes: villages });
  }
  await seedInsurance(orm);
  await seedAssets(orm);
  return { created: true };
}

/**
 * Demo data seeded while one county account both administered users and approved (三员分立 since):
 * such a demo account gets its listed roles, and the demo accounts added since are created.
 */
async function separateDemoDuties(em: ReturnType<typeof systemEm>): Promise<void> {
  const existing = new Map(
    (await em.find(User, { username: { $in: DEMO_ACCOUNTS.map((a) => a.username) } })).map((u) => [u.username, u]),
  );
  let passwordHash: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const user = existing.get(account.username);
    if (user) {
      if (dutyClash(user.roles)) user.roles = account.roles;
      continue;
    }
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    em.create(User, {
      username: account.username,
      displayName: account.displayName,
      divisionCode: account.divisionCode,
      roles: account.roles,
      department: account.department ?? null,
      phone: account.phone ?? null,
      passwordHash,
    });
  }
  await em.flush();
}

/**
 * A production start creates one security administrator at the root division, with the password
 * from ADMIN_PASSWORD or a generated one printed once, to be changed at first sign-in.
 */
export async function ensureAdministrator(
  orm: MikroORM,
  env: NodeJS.ProcessEnv,
): Promise<{ username: string; password?: string } | null> {
  await seedDivisions(orm);
  const em = systemEm(orm);
  if (await em.count(User, {})) return null;
  const username = env.ADMIN_USERNAME ?? 'admin';
  const password = env.ADMIN_PASSWORD ?? `${randomBytes(9).toString('base64url')}#1a`;
  em.create(User, {
    username,
    displayName: '系统管理员',
    divisionCode: env.ROOT_DIVISION_CODE ?? DIVISION_TREE.code,
    roles: [Role.SECURITY_ADMIN],
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await em.flush();
  return { username, password: env.ADMIN_PASSWORD ? undefined : password };
}

import type { Context } from '../../context';
import { loaderBy, perRequest, type RowKind } from '../../common/loaders';
import { householdHistoryLoader } from './household-history';
import { HouseholdIncome } from './household-income.entity';
import { Household } from './household.entity';
import { Member } from './member.entity';

/** Households by id (entities: a nested field whose parent holds only the id). */
export const householdLoader = perRequest((ctx: Context) => loaderBy(ctx.em, Household, 'id'));
/** Members by id (entities: an insurance claim's insured member). */
export const memberLoader = perRequest((ctx: Context) => loaderBy(ctx.em, Member, 'id'));
/** 变更记录 of households, batched for a page. */
export const householdHistory = perRequest((ctx: Context) => householdHistoryLoader(ctx.em, () => ctx.scope.actor));

/** A household's active members as plain rows, head first. */
export const MEMBER_ROWS: RowKind<Member> = {
  name: 'householdMembers',
  entity: Member,
  table: 'household_member',
  alias: 'm',
  key: 'household_id',
  keyType: 'uuid',
  scope: 'division_code',
  where: `m.status = 'ACTIVE'`,
  orderBy: 'm.household_id, m.relation, m.birth_date',
};

/** A household's income years as plain rows, newest first. */
export const INCOME_ROWS: RowKind<HouseholdIncome> = {
  name: 'householdIncomes',
  entity: HouseholdIncome,
  table: 'household_income',
  alias: 'i',
  key: 'household_id',
  keyType: 'uuid',
  scope: 'division_code',
  orderBy: 'i.household_id, i.year desc',
};

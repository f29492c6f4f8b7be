import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertInJurisdiction, can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { todayInChina } from '../../common/dates';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AppError, ErrorCode, badInput, conflict, forbidden, notFound, staleVersion } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { DivisionLevel, levelOfCode } from '../../jurisdiction/division-code';
import { countyKeyOf, divisionArgumentPrefix } from '../../jurisdiction/division-list';
import { SqlFragment, scopedSql, sqlText } from '../../jurisdiction/scoped-sql';
import type { DivisionService } from '../divisions/division.service';
import { isUuid } from '../../common/ids';
import { takenError } from '../../jurisdiction/uniqueness';
import { Household } from './household.entity';
import { HouseholdIncome } from './household-income.entity';
import {
  HealthStatus,
  HouseholdStatus,
  REGISTRATION_STATUS_LABELS,
  RegistrationStatus,
  MemberStatus,
  Relation,
  SchoolingStage,
} from './household.enums';
import type {
  CreateHouseholdInput,
  HouseholdFilter,
  HouseholdListArgs,
  IncomeInput,
  MemberInput,
  SetRegistrationArgs,
  UpdateHouseholdInput,
} from './household.inputs';
import { HouseholdSortField, SortOrder } from './household.inputs';
import { computeIncome, incomeProblems, storeIncomeFigure, type IncomeParts } from './income.rules';
import { isParseError, parseIdNumber } from './id-number';
import { Member } from './member.entity';
import { householdConditions } from './household.sql';
import { jsonRow, plainRow } from '../../common/plain-rows';

const SORT_COLUMNS: Record<HouseholdSortField, string> = {
  [HouseholdSortField.HOUSEHOLD_NUMBER]: 'household_number',
  [HouseholdSortField.DIVISION_CODE]: 'division_code',
  [HouseholdSortField.MEMBER_COUNT]: 'member_count',
  [HouseholdSortField.PER_CAPITA_NET_INCOME]: 'per_capita_net_income',
  [HouseholdSortField.CREATED_AT]: 'created_at',
};

/** A condition written in code with its bound values. */
const sqlValue = (text: string, ...params: unknown[]) => new SqlFragment(text, params);

const INCOME_FIELDS: Array<keyof IncomeParts> = [
  'wages',
  'operations',
  'property',
  'transfers',
  'subsidies',
  'productionCosts',
  'medicalExpense',
  'schoolingExpense',
  'disasterExpense',
  'accidentExpense',
];

/**
 * 一户一档: households, their members and yearly income. Single records and writes go through the
 * request's EntityManager (jurisdiction filter); the list and nested lists are plain rows read through
 * scopedSql (household.sql.ts, ctx.rows). Every write that touches several rows is one transaction.
 */
export class HouseholdService {
  constructor(private readonly divisions: DivisionService) {}

  async get(ctx: Context, id: string): Promise<Household> {
    const household = isUuid(id) ? await ctx.em.findOne(Household, { id }) : null;
    if (!household) throw notFound('农户');
    return household;
  }

  /** One household as a plain row (read-only: the `household` query), one statement. */
  async read(ctx: Context, id: string): Promise<Household> {
    const scoped = scopedSql(ctx);
    const [found] = isUuid(id)
      ? await scoped.query<{
          row: Record<string, unknown>;
        }>`select ${jsonRow(ctx.em, Household, 'h')} as row from household h where ${scoped.inScope('h.division_code')} and h.id = ${id}`
      : [];
    if (!found) throw notFound('农户');
    return plainRow(ctx.em, Household, found.row);
  }

  /**
   * A page of plain rows and the total in one statement. The total is its own count (an
   * uncorrelated subquery, so it runs once), not `count(*) over ()`, which made PostgreSQL read and
   * sort every matching row to number a page of 20. Confined to a county or deeper, both add the
   * county key, so the 户编号 order is one range of household_county_number_index and the count an
   * index-only scan of it. A page past the end still carries the total (the left join keeps its row).
   */
  async list(ctx: Context, args: HouseholdListArgs): Promise<Page<Household>> {
    const scoped = scopedSql(ctx);
    const where = householdConditions(args.filter ?? {});
    const countyKey = countyKeyOf(scoped.prefix, divisionArgumentPrefix(args.filter?.divisionCode));
    const county = countyKey ? sqlValue('left(h.division_code, 6) = ?', countyKey) : sqlText('true');
    const column = SORT_COLUMNS[args.sortBy];
    const direction = args.sortOrder === SortOrder.DESC ? 'desc' : 'asc';
    // Only the income may be null (no income recorded yet): those go last either way. Plain
    // asc/desc elsewhere lets PostgreSQL walk an index instead of sorting the whole county.
    // 户编号 is unique, so it needs no tiebreak (and the index then gives the order as it is).
    const nullable = args.sortBy === HouseholdSortField.PER_CAPITA_NET_INCOME ? ' nulls last' : '';
    const tiebreak = args.sortBy === HouseholdSortField.HOUSEHOLD_NUMBER ? '' : ', h.id asc';
    const order = sqlText(`order by h.${column} ${direction}${nullable}${tiebreak}`);
    const outerOrder = sqlText(`order by p.sort_key ${direction}${nullable}${tiebreak ? ', p.id asc' : ''}`);
    const rows = await scoped.query<{ row: Record<string, unknown> | null; total: string }>`
      select p.row, t.total
      from (select count(*) as total from household h where ${scoped.inScope('h.division_code')} and ${county} and ${where}) t
      left join lateral (
        select ${jsonRow(ctx.em, Household, 'h')} as row, h.${sqlText(column)} as sort_key, h.id
        from household h where ${scoped.inScope('h.division_code')} and ${county} and ${where} ${order} offset ${args.offset} limit ${args.limit}
      ) p on true
      ${outerOrder}`;
    const items = rows.filter((r) => r.row !== null).map((r) => plainRow<Household>(ctx.em, Household, r.row!));
    return { items, total: Number(rows[0]?.total ?? 0) };
  }

  /** The filter as a query on `household h`; the jurisdiction filter is applied by the caller. */
  filteredQuery(em: EntityManager, filter: HouseholdFilter) {
    const where = householdConditions(filter);
    return em
      .createQueryBuilder(Household, 'h')
      .select('*')
      .where(where.text, [...where.params]);
  }

  async create(ctx: Context, input: CreateHouseholdInput): Promise<Household> {
    await this.assertVillageInside(ctx, input.divisionCode, 'divisionCode');
    const registration = this.registrationData(
      ctx,
      input.registrationStatus ?? RegistrationStatus.ORDINARY,
      input.liftedOutYear,
      'input',
    );
    const members = input.members.map((m, i) => this.memberData(m, `members[${i}]`));
    const heads = members.filter((m) => m.relation === Relation.HEAD);
    if (heads.length !== 1) throw badInput('members', heads.length === 0 ? '须指定一名户主' : '每户只能有一名户主');
    await this.assertIdNumbersFree(
      ctx,
      members.map((m) => m.idNumber),
      'members',
    );
    if (input.householdNumber) await this.assertHouseholdNumberFree(ctx, input.householdNumber);

    return ctx.em.transactional(async (em) => {
      const householdNumber = input.householdNumber ?? (await this.nextHouseholdNumber(ctx, em, input.divisionCode));
      const household = em.create(Household, {
        householdNumber,
        divisionCode: input.divisionCode,
        address: input.address.trim(),
        phone: input.phone || null,
        ...registration,
        noLabourCapacity: input.noLabourCapacity ?? false,
        minimumLivingAllowance: input.minimumLivingAllowance ?? false,
        extremePoverty: input.extremePoverty ?? false,
        relocated: input.relocated ?? false,
        memberCount: members.length,
      });
      for (const data of members)
        em.create(Member, { ...data, householdId: household.id, divisionCode: household.divisionCode });
      await em.flush();
      return household;
    });
  }

  async update(ctx: Context, id: string, version: number, input: UpdateHouseholdInput): Promise<Household> {
    const household = await this.getVersioned(ctx, id, version);
    this.assertActive(household);
    return ctx.em.transactional(async (em) => {
      if (input.divisionCode && input.divisionCode !== household.divisionCode) {
        await this.assertVillageInside(ctx, input.divisionCode, 'divisionCode');
        household.divisionCode = input.divisionCode;
        // Members and income records follow their household to the new village.
        for (const member of await em.find(Member, { householdId: household.id }))
          member.divisionCode = input.divisionCode;
        for (const income of await em.find(HouseholdIncome, { householdId: household.id }))
          income.divisionCode = input.divisionCode;
      }
      if (input.address !== undefined) household.address = input.address.trim();
      if (input.phone !== undefined) household.phone = input.phone || null;
      for (const flag of ['noLabourCapacity', 'minimumLivingAllowance', 'extremePoverty', 'relocated'] as const) {
        if (input[flag] !== undefined && input[flag] !== null) household[flag] = input[flag]!;
      }
      await em.flush();
      return household;
    });
  }

  /**
   * 建档立卡登记状态 (脱贫户 with its year, or 一般农户): a permanent fact only the county changes, with
   * a reason written to the audit log beside the field change the flush subscriber records.
   */
  async setRegistration(ctx: Context, args: SetRegistrationArgs): Promise<Household> {
    const household = await this.getVersioned(ctx, args.householdId, args.version);
    const data = this.registrationData(ctx, args.registrationStatus, args.liftedOutYear, 'args');
    const reason = args.reason.trim();
    if (!reason) throw badInput('reason', '请填写变更依据');
    household.registrationStatus = data.registrationStatus;
    household.liftedOutYear = data.liftedOutYear;
    await ctx.em.flush();
    this.note(
      ctx,
      household,
      `变更建档立卡登记状态为${REGISTRATION_STATUS_LABELS[data.registrationStatus]}${data.liftedOutYear ? `（${data.liftedOutYear} 年脱贫）` : ''}：${reason}`,
    );
    return household;
  }

  /** 脱贫户 needs its year and a county-level actor (a village cannot declare a household registered). */
  private registrationData(ctx: Context, status: RegistrationStatus, year: number | null | undefined, path: string) {
    const actor = ctx.actor!;
    if (status === RegistrationStatus.LIFTED_OUT) {
      if (
        !can(actor, Permission.HOUSEHOLD_REGISTRATION_WRITE) ||
        levelOfCode(actor.divisionCode) !== DivisionLevel.COUNTY
      ) {
        throw forbidden('脱贫户登记状态须由县级登记');
      }
      const thisYear = Number(todayInChina().slice(0, 4));
      if (!Number.isInteger(year) || year! < 2013 || year! > thisYear)
        throw badInput(`${path}.liftedOutYear`, `脱贫年度应为 2013 至 ${thisYear} 年`);
      return { registrationStatus: status, liftedOutYear: year! };
    }
    if (year !== null && year !== undefined) throw badInput(`${path}.liftedOutYear`, '一般农户没有脱贫年度');
    return { registrationStatus: status, liftedOutYear: null };
  }

  async archive(ctx: Context, id: string, version: number, reason: string): Promise<Household> {
    if (!reason.trim()) throw badInput('reason', '请填写归档原因');
    const household = await this.getVersioned(ctx, id, version);
    this.assertActive(household);
    household.status = HouseholdStatus.ARCHIVED;
    household.archiveReason = reason.trim();
    await ctx.em.flush();
    return household;
  }

  /** 分户: some members leave to form a new household in the same village, one of them its head. */
  async split(
    ctx: Context,
    householdId: string,
    memberIds: string[],
    newHeadId: string,
    householdNumber?: string,
  ): Promise<Household> {
    const source = await this.get(ctx, householdId);
    this.assertActive(source);
    if (!memberIds.includes(newHeadId)) throw badInput('newHeadId', '新户户主须是分出的成员之一');
    const moving = await ctx.em.find(Member, {
      id: { $in: memberIds.filter(isUuid) },
      householdId: source.id,
      status: MemberStatus.ACTIVE,
    });
    if (moving.length !== new Set(memberIds).size) throw badInput('memberIds', '分出的成员须是本户在册成员');
    if (moving.some((m) => m.relation === Relation.HEAD)) throw conflict('不能分出原户主，请先变更户主');
    if (householdNumber) await this.assertHouseholdNumberFree(ctx, householdNumber);
    return ctx.em.transactional(async (em) => {
      const created = em.create(Household, {
        householdNumber: householdNumber ?? (await this.nextHouseholdNumber(ctx, em, source.divisionCode)),
        divisionCode: source.divisionCode,
        address: source.address,
        phone: null,
        // A split-off part of a 脱贫户 family keeps the registration; monitoring stays with the source's case.
        registrationStatus: source.registrationStatus,
        liftedOutYear: source.liftedOutYear,
        memberCount: moving.length,
      });
      for (const member of moving) {
        member.householdId = created.id;
        if (member.id !== newHeadId)
          member.relation = member.relation === Relation.SPOUSE ? Relation.OTHER : member.relation;
      }
      await em.flush();
      moving.find((m) => m.id === newHeadId)!.relation = Relation.HEAD;
      await em.flush();
      await this.refreshCounts(em, source);
      await this.refreshCounts(em, created);
      this.note(ctx, source, `分户：${moving.length} 人分出为 ${created.householdNumber}`);
      this.note(ctx, created, `由 ${source.householdNumber} 分户而来`);
      return created;
    });
  }

  /** 合户: every member of `sourceId` joins `targetId`; the source is archived, not deleted. */
  async merge(ctx: Context, targetId: string, sourceId: string): Promise<Household> {
    if (targetId === sourceId) throw badInput('sourceId', '不能与自身合户');
    const [target, source] = [await this.get(ctx, targetId), await this.get(ctx, sourceId)];
    this.assertActive(target);
    this.assertActive(source);
    return ctx.em.transactional(async (em) => {
      for (const member of await em.find(Member, { householdId: source.id, status: MemberStatus.ACTIVE })) {
        Object.assign(member, {
          householdId: target.id,
          divisionCode: target.divisionCode,
          relation: member.relation === Relation.HEAD ? Relation.OTHER : member.relation,
        });
      }
      source.status = HouseholdStatus.ARCHIVED;
      source.archiveReason = `并入 ${target.householdNumber}`;
      await em.flush();
      await this.refreshCounts(em, source);
      await this.refreshCounts(em, target);
      this.note(ctx, target, `合户：${source.householdNumber} 并入本户`);
      this.note(ctx, source, `合户：并入 ${target.householdNumber}`);
      return target;
    });
  }

  /** Records a year's income parts; the computed figures are derived here, never accepted as input. */
  async setIncome(
    ctx: Context,
    householdId: string,
    year: number,
    input: IncomeInput,
    version?: number | null,
  ): Promise<HouseholdIncome> {
    const currentYear = new Date().getFullYear();
    if (!Number.isInteger(year) || year < 2013 || year > currentYear)
      throw badInput('year', `年度应在 2013 至 ${currentYear} 之间`);
    const household = await this.get(ctx, householdId);
    this.assertActive(household);
    const existing = await ctx.em.findOne(HouseholdIncome, { householdId, year });
    if (existing && version !== undefined && version !== null && existing.version !== version)
      throw staleVersion('年度收支');
    if (existing && (version === undefined || version === null))
      throw conflict(`${year} 年度收支已存在，请带上版本号修改`);
    const parts = Object.fromEntries(
      INCOME_FIELDS.map((f) => [f, input[f] ?? existing?.[f] ?? '0.00']),
    ) as unknown as IncomeParts;
    const problems = incomeProblems(parts);
    if (problems.length)
      throw new AppError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('；'), {
        field: `input.${problems[0].field}`,
      });
    return ctx.em.transactional(async (em) => {
      const income =
        existing ??
        em.create(HouseholdIncome, {
          householdId,
          divisionCode: household.divisionCode,
          year,
          memberCount: household.memberCount,
          netIncome: '0.00',
          perCapitaNetIncome: '0.00',
          rigidExpenditure: '0.00',
        });
      Object.assign(income, parts, { memberCount: household.memberCount }, computeIncome(parts, household.memberCount));
      await em.flush();
      await this.refreshCounts(em, household);
      return income;
    });
  }

  // ── helpers (assertActive, memberData, assertIdNumbersFree, refreshCounts, note: shared with MemberService) ──

  private async getVersioned(ctx: Context, id: string, version: number): Promise<Household> {
    const household = await this.get(ctx, id);
    if (household.version !== version) throw staleVersion('农户');
    return household;
  }

  assertActive(household: Household): void {
    if (household.status !== HouseholdStatus.ACTIVE)
      throw conflict(`农户 ${household.householdNumber} 已归档，不能修改`);
  }

  private async assertVillageInside(ctx: Context, code: string, field: string): Promise<void> {
    assertInJurisdiction(ctx.actor!, code);
    const division = await this.divisions.get(ctx, code);
    if (division.level !== DivisionLevel.VILLAGE) throw badInput(field, '农户须登记在村（社区）一级');
  }

  /** Validates one member's input and derives sex and birth date from the ID number. */
  memberData(input: MemberInput, path: string) {
    const parsed = parseIdNumber(input.idNumber);
    if (isParseError(parsed)) throw badInput(`${path}.idNumber`, `${input.name}：${parsed.error}`);
    if (input.healthStatus === 'DISABLED' && !input.disabilityGrade)
      throw badInput(`${path}.disabilityGrade`, `${input.name}：残疾人员须填写残疾等级`);
    return {
      name: input.name.trim(),
      idNumber: parsed.idNumber,
      sex: parsed.sex,
      birthDate: parsed.birthDate,
      relation: input.relation,
      ethnicity: input.ethnicity?.trim() || null,
      education: input.education ?? null,
      schoolingStage: input.schoolingStage ?? SchoolingStage.NOT_IN_SCHOOL,
      healthStatus: input.healthStatus ?? HealthStatus.HEALTHY,
      disabilityGrade: input.healthStatus === 'DISABLED' ? (input.disabilityGrade ?? null) : null,
      labourCapacity: input.labourCapacity,
      workPlace: input.workPlace?.trim() || null,
      workMonths: input.workMonths ?? 0,
      medicalInsurance: input.medicalInsurance ?? true,
      criticalIllnessInsurance: input.criticalIllnessInsurance ?? true,
      pensionInsurance: input.pensionInsurance ?? false,
      minimumLivingAllowance: input.minimumLivingAllowance ?? false,
      extremePoverty: input.extremePoverty ?? false,
    };
  }

  /**
   * A person is registered in one household only, anywhere in the system, so this check looks
   * beyond the jurisdiction; the answer does not say where the number is registered.
   */
  async assertIdNumbersFree(ctx: Context, idNumbers: string[], field: string): Promise<void> {
    const duplicates = idNumbers.filter((id, i) => idNumbers.indexOf(id) !== i);
    if (duplicates.length) throw badInput(field, `身份证号重复：${duplicates.map(maskTail).join('、')}`);
    // Across the whole system (one person, one registration); the answer depends on whose it is.
    const taken = await ctx.em.find(
      Member,
      { idNumber: { $in: idNumbers }, status: MemberStatus.ACTIVE },
      { filters: false, fields: ['idNumber', 'divisionCode', 'householdId'], disableIdentityMap: true },
    );
    if (!taken.length) return;
    const numbers = new Map(
      (
        await ctx.em.find(
          Household,
          { id: { $in: taken.map((m) => m.householdId) } },
          { fields: ['householdNumber'], disableIdentityMap: true },
        )
      ).map((h) => [h.id, h.householdNumber]),
    );
    throw takenError(
      ctx,
      taken.map((m) => ({ entityName: 'Member', id: m.id, divisionCode: m.divisionCode, value: m.idNumber })),
      'idNumber',
      {
        inside: (inside) =>
          `身份证号已在本辖区农户登记：${inside
            .map((h) => {
              const member = taken.find((m) => m.id === h.id)!;
              return `${maskTail(member.idNumber)}（户编号 ${numbers.get(member.householdId) ?? '—'}）`;
            })
            .join('、')}`,
        outside: '身份证号已有在册登记，不能在此登记；如属迁入，请联系上级部门核实',
      },
    );
  }

  /** 户编号 is unique across the system (archived households included); see takenError for the answer. */
  private async assertHouseholdNumberFree(ctx: Context, householdNumber: string): Promise<void> {
    const holder = await ctx.em.findOne(
      Household,
      { householdNumber },
      { filters: false, fields: ['divisionCode'], disableIdentityMap: true },
    );
    if (!holder) return;
    throw takenError(
      ctx,
      [{ entityName: 'Household', id: holder.id, divisionCode: holder.divisionCode, value: householdNumber }],
      'householdNumber',
      {
        inside: () => `户编号 ${householdNumber} 已存在`,
        outside: `户编号 ${householdNumber} 不可用，请更换或留空由系统生成`,
      },
    );
  }

  /** Keeps memberCount and the latest income figures on the household in step with its members. */
  async refreshCounts(em: EntityManager, household: Household): Promise<void> {
    household.memberCount = await em.count(Member, { householdId: household.id, status: MemberStatus.ACTIVE });
    const latest = await em.findOne(HouseholdIncome, { householdId: household.id }, { orderBy: { year: 'desc' } });
    if (latest && household.memberCount > 0 && latest.memberCount !== household.memberCount) {
      Object.assign(latest, { memberCount: household.memberCount }, computeIncome(latest, household.memberCount));
    }
    household.incomeYear = null;
    household.perCapitaNetIncome = null;
    if (latest) storeIncomeFigure(household, latest);
    await em.flush();
  }

  private async nextHouseholdNumber(ctx: Context, em: EntityManager, villageCode: string): Promise<string> {
    const [{ n }] = await scopedSql({ ...ctx, em }).query<{ n: string }>`select nextval('household_number_seq') as n`;
    return `${villageCode}${String(n).padStart(6, '0')}`;
  }

  /** Recorded in the audit log next to the row changes: what the operation was, in one line. */
  note(ctx: Context, household: Household, operation: string): void {
    ctx.audit.event({
      action: AuditAction.UPDATE,
      entityName: 'Household',
      entityId: household.id,
      divisionCode: household.divisionCode,
      changes: { operation },
    });
  }
}

const maskTail = (id: string) => `****${id.slice(-4)}`;

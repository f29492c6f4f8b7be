import type { Context } from '../../context';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { HouseholdService } from './household.service';
import type { Household } from './household.entity';
import { MemberStatus, Relation } from './household.enums';
import type { MemberInput, UpdateMemberInput } from './household.inputs';
import { isParseError, parseIdNumber } from './id-number';
import { Member } from './member.entity';

/**
 * 增减员: a household's members. Each change keeps the household's member count and latest income
 * in step (HouseholdService.refreshCounts) in the same transaction.
 */
export class MemberService {
  constructor(private readonly households: HouseholdService) {}

  async get(ctx: Context, id: string): Promise<Member> {
    const member = isUuid(id) ? await ctx.em.findOne(Member, { id }) : null;
    if (!member) throw notFound('家庭成员');
    return member;
  }

  /** Lookup by full ID number (pii.read): audited even when the caller selects no personal field. */
  async memberByIdNumber(ctx: Context, rawIdNumber: string): Promise<Member> {
    const parsed = parseIdNumber(rawIdNumber);
    if (isParseError(parsed)) throw badInput('idNumber', parsed.error);
    const member = await ctx.em.findOne(Member, { idNumber: parsed.idNumber, status: MemberStatus.ACTIVE });
    if (!member) throw notFound('该身份证号对应的人员');
    ctx.audit.piiRead('Member', member.id, member.divisionCode, 'lookupByIdNumber');
    return member;
  }

  async addMember(ctx: Context, householdId: string, input: MemberInput): Promise<Member> {
    const household = await this.households.get(ctx, householdId);
    this.households.assertActive(household);
    const data = this.households.memberData(input, 'input');
    if (data.relation === Relation.HEAD) throw conflict('每户只能有一名户主；变更户主请用“设为户主”');
    await this.households.assertIdNumbersFree(ctx, [data.idNumber], 'input.idNumber');
    return ctx.em.transactional(async (em) => {
      const member = em.create(Member, { ...data, householdId: household.id, divisionCode: household.divisionCode });
      await em.flush();
      await this.households.refreshCounts(em, household);
      return member;
    });
  }

  async updateMember(ctx: Context, id: string, version: number, input: UpdateMemberInput): Promise<Member> {
    const member = await this.get(ctx, id);
    if (member.version !== version) throw staleVersion('家庭成员');
    if (
      input.relation &&
      input.relation !== member.relation &&
      (input.relation === Relation.HEAD || member.relation === Relation.HEAD)
    ) {
      throw conflict('户主须用“设为户主”变更，以保证每户有且只有一名户主');
    }
    if (input.idNumber !== undefined) {
      const parsed = parseIdNumber(input.idNumber);
      if (isParseError(parsed)) throw badInput('input.idNumber', parsed.error);
      if (parsed.idNumber !== member.idNumber) {
        await this.households.assertIdNumbersFree(ctx, [parsed.idNumber], 'input.idNumber');
        Object.assign(member, { idNumber: parsed.idNumber, birthDate: parsed.birthDate, sex: parsed.sex });
      }
    }
    const { idNumber: _ignored, ...rest } = input;
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && value !== null)
        (member as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
    }
    await ctx.em.flush();
    return member;
  }

  /** 减员 (death, marriage out, moving away): the record stays, marked removed with the reason. */
  async removeMember(ctx: Context, id: string, version: number, reason: string): Promise<Member> {
    if (!reason.trim()) throw badInput('reason', '请填写减员原因');
    const member = await this.get(ctx, id);
    if (member.version !== version) throw staleVersion('家庭成员');
    if (member.status !== MemberStatus.ACTIVE) throw conflict('该成员已减员');
    if (member.relation === Relation.HEAD) throw conflict('不能直接减员户主，请先将其他成员设为户主');
    const household = await this.households.get(ctx, member.householdId);
    return ctx.em.transactional(async (em) => {
      member.status = MemberStatus.REMOVED;
      member.removalReason = reason.trim();
      await em.flush();
      await this.households.refreshCounts(em, household);
      return member;
    });
  }

  /** Makes a member the head; the former head takes `formerHeadRelation` (default 配偶). */
  async setHead(ctx: Context, memberId: string, formerHeadRelation: Relation): Promise<Household> {
    if (formerHeadRelation === Relation.HEAD) throw badInput('formerHeadRelation', '原户主的新关系不能是户主');
    const member = await this.get(ctx, memberId);
    if (member.status !== MemberStatus.ACTIVE) throw conflict('已减员的成员不能设为户主');
    const household = await this.households.get(ctx, member.householdId);
    this.households.assertActive(household);
    if (member.relation === Relation.HEAD) return household;
    return ctx.em.transactional(async (em) => {
      const former = await em.findOne(Member, {
        householdId: household.id,
        relation: Relation.HEAD,
        status: MemberStatus.ACTIVE,
      });
      // Two steps, two flushes: the unique "one head per household" index must hold after each.
      if (former) {
        former.relation = formerHeadRelation;
        await em.flush();
      }
      member.relation = Relation.HEAD;
      await em.flush();
      return household;
    });
  }

  /** Moves a (non-head) member to another household, e.g. after marriage within the county. */
  async moveMember(ctx: Context, memberId: string, toHouseholdId: string, relation: Relation): Promise<Member> {
    if (relation === Relation.HEAD) throw badInput('relation', '迁入后不能直接成为户主，请迁入后再设为户主');
    const member = await this.get(ctx, memberId);
    if (member.status !== MemberStatus.ACTIVE) throw conflict('已减员的成员不能迁移');
    if (member.relation === Relation.HEAD) throw conflict('不能迁出户主，请先将其他成员设为户主');
    const [from, to] = [
      await this.households.get(ctx, member.householdId),
      await this.households.get(ctx, toHouseholdId),
    ];
    if (from.id === to.id) throw badInput('toHouseholdId', '成员已在该户');
    this.households.assertActive(to);
    return ctx.em.transactional(async (em) => {
      Object.assign(member, { householdId: to.id, divisionCode: to.divisionCode, relation });
      await em.flush();
      await this.households.refreshCounts(em, from);
      await this.households.refreshCounts(em, to);
      this.households.note(ctx, from, `成员迁出至 ${to.householdNumber}`);
      this.households.note(ctx, to, `成员由 ${from.householdNumber} 迁入`);
      return member;
    });
  }
}

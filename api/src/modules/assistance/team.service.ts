import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { divisionCondition } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { User } from '../users/user.entity';
import type { HouseholdService } from '../households/household.service';
import { Household } from '../households/household.entity';
import type { TeamMemberInput } from './assistance.inputs';
import { TeamMember } from './team-member.entity';

@ObjectType({ description: '一对一联系人及其联系的农户' })
export class ContactPerson {
  @Field(() => TeamMember, { description: '联系人（取其一条专班记录）' }) member!: TeamMember;
  @Field(() => [String]) householdIds!: string[];
}

const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

/** 一户一专班 and 一对一联系. */
export class TeamService {
  constructor(private readonly households: HouseholdService) {}

  async get(ctx: Context, id: string): Promise<TeamMember> {
    const found = isUuid(id) ? await ctx.em.findOne(TeamMember, { id }) : null;
    if (!found) throw notFound('专班成员');
    return found;
  }

  async add(ctx: Context, householdId: string, input: TeamMemberInput): Promise<TeamMember> {
    const household = await this.households.get(ctx, householdId);
    const values = await this.values(ctx, input);
    return ctx.em.transactional(async (em) => {
      const first = !(await em.count(TeamMember, { householdId: household.id }));
      const member = em.create(TeamMember, {
        householdId: household.id,
        divisionCode: household.divisionCode,
        ...values,
        isPrimary: false,
      });
      if (input.isPrimary || first) await this.makePrimary(em, member);
      await em.flush();
      return member;
    });
  }

  async update(ctx: Context, id: string, version: number, input: TeamMemberInput): Promise<TeamMember> {
    const member = await this.get(ctx, id);
    if (member.version !== version) throw staleVersion('专班成员');
    const values = await this.values(ctx, input);
    return ctx.em.transactional(async (em) => {
      Object.assign(member, values);
      if (input.isPrimary && !member.isPrimary) await this.makePrimary(em, member);
      await em.flush();
      return member;
    });
  }

  async remove(ctx: Context, id: string, version: number): Promise<boolean> {
    const member = await this.get(ctx, id);
    if (member.version !== version) throw staleVersion('专班成员');
    if (member.isPrimary && (await ctx.em.count(TeamMember, { householdId: member.householdId })) > 1) {
      throw conflict('请先将其他成员设为一对一联系人，再移除该成员');
    }
    await ctx.em.remove(member).flush();
    return true;
  }

  /** One primary contact per household (a partial unique index): the old one is cleared first. */
  private async makePrimary(em: EntityManager, member: TeamMember): Promise<void> {
    const current = await em.find(TeamMember, { householdId: member.householdId, isPrimary: true });
    for (const other of current) other.isPrimary = false;
    if (current.length) await em.flush();
    member.isPrimary = true;
  }

  private async values(ctx: Context, input: TeamMemberInput) {
    const phone = input.phone?.trim() || null;
    if (phone && !PHONE.test(phone)) throw badInput('input.phone', '电话号码格式不正确');
    let userId: string | null = null;
    if (input.username?.trim()) {
      const user = await ctx.em.findOne(User, { username: input.username.trim() });
      if (!user) throw badInput('input.username', '该账号不存在或不在您的管辖范围内');
      userId = user.id;
    }
    return { name: input.name.trim(), role: input.role, unit: input.unit.trim(), phone, userId };
  }

  /** Contact people of a village (or any division): primary contacts grouped with their households. */
  async contacts(ctx: Context, divisionCode: string): Promise<ContactPerson[]> {
    const where = { isPrimary: true, ...divisionCondition(divisionCode) };
    const primaries = await ctx.em.find(TeamMember, where, { orderBy: { name: 'asc', id: 'asc' } });
    const people = new Map<string, ContactPerson>();
    for (const member of primaries) {
      const key = member.userId ?? `${member.name}|${member.phone ?? ''}|${member.unit}`;
      const person = people.get(key) ?? { member, householdIds: [] };
      person.householdIds.push(member.householdId);
      people.set(key, person);
    }
    return [...people.values()];
  }

  /** 我的帮扶户: households whose team includes a record linked to the caller's account. */
  async myHouseholds(ctx: Context): Promise<Household[]> {
    // Partial rows stay out of the identity map: the team loader would otherwise get them back
    // without their other fields (a team member's `version` answered null).
    const mine = await ctx.em.find(
      TeamMember,
      { userId: ctx.actor!.id! },
      { fields: ['householdId'], disableIdentityMap: true },
    );
    if (!mine.length) return [];
    return ctx.em.find(
      Household,
      { id: { $in: [...new Set(mine.map((m) => m.householdId))] } },
      { orderBy: { householdNumber: 'asc' } },
    );
  }
}

import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Household } from '../households/household.entity';
import { Member } from '../households/member.entity';
import { HouseholdStatus, MemberStatus, Relation } from '../households/household.enums';
import { priorityReasons, PriorityReason } from './priority.rules';

@ObjectType({ description: '优先户（特殊困难户），由户籍信息得出' })
export class PriorityHousehold {
  @Field() householdId!: string;
  @Field({ description: '户编号' }) householdNumber!: string;
  @Field({ description: '户主姓名' }) headName!: string;
  @Field() divisionCode!: string;
  @Field(() => [PriorityReason], { description: '依据（无个人信息权限时为空）' }) reasons!: PriorityReason[];
}

export interface PriorityRow {
  householdId: string;
  householdNumber: string;
  headName: string;
  divisionCode: string;
  reasons: PriorityReason[];
}

/** The priority households inside a division, read through the caller's (filtered) EntityManager. */
export async function priorityHouseholdsIn(em: EntityManager, divisionPrefix: string): Promise<PriorityRow[]> {
  const households = await em.find(
    Household,
    { divisionCode: { $like: `${divisionPrefix}%` }, status: HouseholdStatus.ACTIVE },
    { orderBy: { householdNumber: 'asc' } },
  );
  if (!households.length) return [];
  const members = await em.find(Member, { divisionCode: { $like: `${divisionPrefix}%` }, status: MemberStatus.ACTIVE });
  const byHousehold = new Map<string, Member[]>();
  for (const m of members) {
    if (!byHousehold.has(m.householdId)) byHousehold.set(m.householdId, []);
    byHousehold.get(m.householdId)!.push(m);
  }
  return households.flatMap((h) => {
    const own = byHousehold.get(h.id) ?? [];
    const reasons = priorityReasons(h, own);
    return reasons.length
      ? [
          {
            householdId: h.id,
            householdNumber: h.householdNumber,
            headName: own.find((m) => m.relation === Relation.HEAD)?.name ?? '',
            divisionCode: h.divisionCode,
            reasons,
          },
        ]
      : [];
  });
}

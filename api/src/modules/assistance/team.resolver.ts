import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { TeamMemberInput } from './assistance.inputs';
import { TeamMember } from './team-member.entity';
import { ContactPerson } from './team.service';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';

@Resolver(() => TeamMember)
export class TeamResolver {
  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => TeamMember, { description: '加入帮扶专班；每户的第一位成员自动成为一对一联系人' })
  addTeamMember(@Ctx() ctx: Context, @Arg('householdId') householdId: string, @Arg('input') input: TeamMemberInput) {
    return services(ctx).assistanceTeams.add(ctx, householdId, input);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => TeamMember)
  updateTeamMember(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: TeamMemberInput,
  ) {
    return services(ctx).assistanceTeams.update(ctx, id, version, input);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => Boolean)
  removeTeamMember(@Ctx() ctx: Context, @Arg('id') id: string, @Arg('version', () => Int) version: number) {
    return services(ctx).assistanceTeams.remove(ctx, id, version);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => [ContactPerson], { description: '某区划的一对一联系人及其联系户' })
  contactPeople(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return services(ctx).assistanceTeams.contacts(ctx, divisionCode);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => [Household], { description: '我的帮扶户（本人账号所在专班的农户）' })
  myHouseholds(@Ctx() ctx: Context) {
    return services(ctx).assistanceTeams.myHouseholds(ctx);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() member: TeamMember, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(member.householdId);
  }
}

@Resolver(() => ContactPerson)
export class ContactPersonResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [Household], { description: '联系的农户' })
  async households(@Root() person: ContactPerson, @Ctx() ctx: Context) {
    return (await householdLoader(ctx).loadMany(person.householdIds)).filter(
      (h): h is Household => !!h && !(h instanceof Error),
    );
  }
}

import { Args, ArgsType, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context';
import { Allow } from '../auth/allow';
import { Permission } from '../auth/permission';
import { PageArgs, Paginated } from '../common/pagination';
import { AuditAction, AuditEntry } from './audit-entry.entity';

@ObjectType()
class AuditEntryPage extends Paginated(AuditEntry) {}

@ArgsType()
class AuditEntryArgs extends PageArgs {
  @Field({ nullable: true })
  entityName?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field({ nullable: true, description: '操作人用户名' })
  actorName?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;
}

@Resolver()
export class AuditResolver {
  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditEntryPage, { description: '审计日志（本辖区），新的在前' })
  async auditEntries(@Ctx() ctx: Context, @Args() args: AuditEntryArgs) {
    const where: FilterQuery<AuditEntry> = {};
    if (args.entityName) where.entityName = args.entityName;
    if (args.entityId) where.entityId = args.entityId;
    if (args.actorName) where.actorName = args.actorName;
    if (args.action) where.action = args.action;
    if (args.from || args.to) where.at = { ...(args.from && { $gte: args.from }), ...(args.to && { $lt: args.to }) };
    const [items, total] = await ctx.em.findAndCount(AuditEntry, where, { orderBy: { id: 'desc' }, offset: args.offset, limit: args.limit });
    return { items, total };
  }
}

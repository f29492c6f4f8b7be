import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Allow } from '../auth/allow';
import { Permission } from '../auth/permission';
import { PageArgs, Paginated } from '../common/pagination';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { idsNamedBy } from './references';
import { services } from '../services';
import { referenceLabels } from './references';
import { userLoader } from '../modules/users/user.loaders';
import { divisionLoader } from '../modules/divisions/division.loaders';

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

  @Field({ nullable: true, description: '按身份证号查：谁在何时读取或变更了此人的信息（查询本身记入审计日志）' })
  idNumber?: string;

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;
}

/** Who acted, as people know them: name and division (a login name says little to a reader). */
@ObjectType({ description: '操作人' })
class AuditActor {
  @Field({ description: '姓名' }) displayName!: string;
  @Field(() => String, { nullable: true, description: '所属区划名称' }) divisionName?: string | null;
}

/** A record the entry names by id, with the name people know it by. */
@ObjectType({ description: '日志中引用的记录' })
class AuditReference {
  @Field() id!: string;
  @Field({ description: '名称（户编号、姓名、资产名称…）' }) label!: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  /** The records this entry names, by name: one statement for the whole page, inside the reader's jurisdiction. */
  @Allow(Permission.AUDIT_READ, Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [AuditReference], { description: '日志中以 ID 引用的记录及其名称（读者辖区外的记录不给名称）' })
  async references(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AuditReference[]> {
    const ids = idsNamedBy(entry);
    const labels = await referenceLabels(ctx).loadMany(ids);
    return ids.flatMap((id, i) => (typeof labels[i] === 'string' ? [{ id, label: labels[i] as string }] : []));
  }

  /** A user's entry: their display name and division, one batched load per page (null for tokens, the system, or a user outside the reader's jurisdiction). */
  @Allow(Permission.AUDIT_READ, Permission.HOUSEHOLD_READ)
  @FieldResolver(() => AuditActor, { nullable: true })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AuditActor | null> {
    if (entry.actorKind !== 'USER' || !entry.actorId) return null;
    const user = await userLoader(ctx).load(entry.actorId);
    if (!user) return null;
    const division = await divisionLoader(ctx).load(user.divisionCode);
    return { displayName: user.displayName, divisionName: division?.name ?? null };
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditEntryPage, { description: '审计日志（本辖区），新的在前；变更中的个人信息按统一规则脱敏' })
  auditEntries(@Ctx() ctx: Context, @Args() args: AuditEntryArgs) {
    return services(ctx).audit.list(ctx, args);
  }

  @Allow(Permission.AUDIT_READ_PII)
  @Query(() => AuditEntry, { description: '查看一条审计日志的明文（个人信息不脱敏）；每次查看本身记入审计日志' })
  auditEntryUnmasked(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return services(ctx).audit.getUnmasked(ctx, id);
  }
}

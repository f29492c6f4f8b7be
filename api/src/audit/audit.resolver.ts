import { Arg, Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
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

  @Field({ nullable: true, description: '按身份证号查：谁在何时读取或变更了此人的信息（查询本身记入审计日志）' })
  idNumber?: string;

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;
}

@Resolver()
export class AuditResolver {
  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditEntryPage, { description: '审计日志（本辖区），新的在前；变更中的个人信息按统一规则脱敏' })
  auditEntries(@Ctx() ctx: Context, @Args() args: AuditEntryArgs) {
    return ctx.services.audit.list(ctx, args);
  }

  @Allow(Permission.AUDIT_READ_PII)
  @Query(() => AuditEntry, { description: '查看一条审计日志的明文（个人信息不脱敏）；每次查看本身记入审计日志' })
  auditEntryUnmasked(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.audit.getUnmasked(ctx, id);
  }
}

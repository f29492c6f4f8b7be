import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { AccessToken } from '../../auth/access-token.entity';
import { Permission } from '../../auth/permission';
import { PageArgs, Paginated } from '../../common/pagination';
import { IssueApiTokenInput } from './api-token.inputs';
import { services } from '../../services';

@ObjectType()
class ApiTokenPage extends Paginated(AccessToken) {}

@ObjectType({ description: '新签发的 合作方令牌：token 只显示这一次' })
class IssuedApiToken {
  @Field()
  token!: string;

  @Field(() => AccessToken)
  apiToken!: AccessToken;
}

@Resolver()
export class ApiTokenResolver {
  @Allow(Permission.API_TOKEN_MANAGE)
  @Query(() => ApiTokenPage, { description: '本辖区的合作方令牌' })
  apiTokens(@Ctx() ctx: Context, @Args() { offset, limit }: PageArgs) {
    return services(ctx).apiTokens.list(ctx, offset, limit);
  }

  @Allow(Permission.API_TOKEN_MANAGE)
  @Mutation(() => IssuedApiToken, { description: '为合作方（数据看板、承保机构）签发 合作方令牌' })
  issueApiToken(@Ctx() ctx: Context, @Arg('input') input: IssueApiTokenInput) {
    return services(ctx).apiTokens.issue(ctx, input);
  }

  @Allow(Permission.API_TOKEN_MANAGE)
  @Mutation(() => AccessToken)
  revokeApiToken(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).apiTokens.revoke(ctx, id);
  }
}

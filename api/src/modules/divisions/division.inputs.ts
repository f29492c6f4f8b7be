import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { DivisionLevel } from '../../jurisdiction/division-code';

@ArgsType()
export class DivisionListArgs extends PageArgs {
  @Field({ nullable: true, description: '只列出此区划的直接下级' })
  parentCode?: string;

  @Field({ nullable: true, description: '只列出此区划（代码或前缀）范围内的区划' })
  within?: string;

  @Field(() => DivisionLevel, { nullable: true })
  level?: DivisionLevel;

  @Field({ nullable: true, description: '按名称模糊查找' })
  search?: string;
}

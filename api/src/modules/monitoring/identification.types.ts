import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '系统比对识别结果' })
export class IdentificationResult {
  @Field() divisionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '符合监测条件的农户数' }) matched!: number;
  @Field(() => Int, { description: '本次新开立的线索数' }) leadsOpened!: number;
  @Field(() => Int, { description: '已有未办结案卷、未重复开立的农户数' }) alreadyOpen!: number;
  @Field(() => Int, { description: '缺少监测收入线、未能比对的村数' }) villagesWithoutLine!: number;
}

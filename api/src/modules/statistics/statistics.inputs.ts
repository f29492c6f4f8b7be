import { ArgsType, Field, Float, Int } from 'type-graphql';
import { MoneyScalar } from '../../common/money';

@ArgsType()
export class PolicyWhatIfArgs {
  @Field({ description: '测算的区划（12 位代码）' }) divisionCode!: string;
  @Field(() => Int, { description: '收入年度' }) year!: number;
  @Field(() => MoneyScalar, { nullable: true, description: '测算的监测收入线（元）；不填则各村沿用现行值' })
  incomeLine?: string | null;
  @Field(() => Float, { nullable: true, description: '刚性支出占上年家庭纯收入的比例（0–1）' }) rigidExpenditureShare?:
    number | null;
  @Field(() => Float, { nullable: true, description: '收入骤减的降幅比例（0–1）' }) incomeDropShare?: number | null;
  @Field(() => Float, { nullable: true, description: '补贴性收入占比预警线（0–1）' }) subsidyShareWarning?:
    number | null;
}

import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { MoneyScalar } from '../../common/money';
import { RiskSource, RiskType } from './monitoring.enums';

@InputType({ description: '登记风险因素' })
export class RiskFactorInput {
  @Field(() => RiskType)
  type!: RiskType;

  @Field(() => String, { nullable: true, description: '涉及的家庭成员（可不填）' })
  memberId?: string;

  @Field(() => MoneyScalar, { nullable: true })
  amount?: string;

  @Field({ description: '发生日期 YYYY-MM-DD' })
  occurredOn!: string;

  @Field(() => RiskSource)
  source!: RiskSource;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 500, { message: '说明不超过 500 字' })
  note?: string;
}

import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { MoneyScalar } from '../../common/money';
import { Department } from '../users/department';
import { DepartmentRecordKind, WarningStatus } from './warning.entity';

@InputType({ description: '一条部门数据（按身份证号匹配在册人员）' })
export class DepartmentRecordInput {
  @Field()
  idNumber!: string;

  @Field(() => DepartmentRecordKind)
  kind!: DepartmentRecordKind;

  @Field(() => MoneyScalar, { nullable: true, description: '金额（医疗自付、灾害损失）' })
  amount?: string;

  @Field(() => Int, { nullable: true, description: '残疾等级 1-4' })
  grade?: number;

  @Field({ description: '发生日期 YYYY-MM-DD' })
  occurredOn!: string;
}

@ArgsType()
export class SubmitDepartmentRecordsArgs {
  @Field(() => [DepartmentRecordInput], { nullable: true, description: '一次最多 200,000 条' })
  records?: DepartmentRecordInput[];

  @Field({
    nullable: true,
    description: '或上传 .xlsx（Base64）：表头 身份证号、数据类别、金额（元）、残疾等级、发生日期',
  })
  fileBase64?: string;

  @Field(() => Department, { nullable: true, description: '报送部门；行业部门用户默认为本部门' })
  department?: Department;
}

@ArgsType()
export class WarningListArgs extends PageArgs {
  @Field(() => WarningStatus, { nullable: true, defaultValue: WarningStatus.PENDING })
  status?: WarningStatus;

  @Field({ nullable: true })
  divisionCode?: string;
}

import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { MoneyScalar } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { AssetClass, AssetStatus, AssetType, FundingSource, ProjectAction, ProjectState } from './asset.enums';

@InputType({ description: '资金来源及金额' })
export class FundingAmountInput {
  @Field(() => FundingSource) source!: FundingSource;
  @Field(() => MoneyScalar) amount!: string;
}

@InputType({ description: '登记扶贫资产' })
export class AssetInput {
  @Field() @Length(1, 200, { message: '资产名称为 1-200 字' }) name!: string;
  @Field(() => AssetClass) assetClass!: AssetClass;
  @Field(() => AssetType) type!: AssetType;
  @Field({ description: '所在村或乡镇（12 位代码）' }) divisionCode!: string;
  @Field(() => [FundingAmountInput]) fundingSources!: FundingAmountInput[];
  @Field() @Length(1, 200, { message: '产权归属不能为空' }) owner!: string;
  @Field() @Length(1, 200, { message: '使用主体不能为空' }) usedBy!: string;
  @Field() @Length(1, 200, { message: '管护主体不能为空' }) manager!: string;
  @Field() @Length(1, 200, { message: '监管责任人不能为空' }) supervisor!: string;
  @Field(() => String, { nullable: true, description: '验收日期 YYYY-MM-DD' }) acceptedOn?: string | null;
  @Field(() => MoneyScalar) bookValue!: string;
  @Field(() => AssetStatus, { defaultValue: AssetStatus.OPERATING }) status: AssetStatus = AssetStatus.OPERATING;
}

@InputType({ description: '修改资产的登记信息（账面价值和状态另有专门操作，留有变动记录）' })
export class AssetUpdateInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: '资产名称为 1-200 字' }) name?: string;
  @Field(() => AssetType, { nullable: true }) type?: AssetType;
  @Field(() => [FundingAmountInput], { nullable: true }) fundingSources?: FundingAmountInput[];
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: '产权归属不能为空' }) owner?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: '使用主体不能为空' }) usedBy?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: '管护主体不能为空' }) manager?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 200, { message: '监管责任人不能为空' }) supervisor?: string;
  @Field(() => String, { nullable: true }) acceptedOn?: string | null;
}

@ArgsType()
export class AssetListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀' }) divisionCode?: string;
  @Field(() => AssetClass, { nullable: true }) assetClass?: AssetClass;
  @Field(() => AssetType, { nullable: true }) type?: AssetType;
  @Field(() => AssetStatus, { nullable: true }) status?: AssetStatus;
  @Field({ nullable: true, description: '名称包含' }) search?: string;
  @Field({ nullable: true, description: '只列出待审批处置的' }) disposalPending?: boolean;
}

@InputType({ description: '折股量化到户' })
export class AssetShareInput {
  @Field() householdId!: string;
  @Field(() => Int) @Min(1, { message: '股数至少为 1' }) @Max(1_000_000, { message: '股数过大' }) shares!: number;
}

@InputType({ description: '项目计划形成的资产' })
export class PlannedAssetInput {
  @Field() @Length(1, 200, { message: '资产名称为 1-200 字' }) name!: string;
  @Field(() => AssetClass) assetClass!: AssetClass;
  @Field(() => AssetType) type!: AssetType;
  @Field() divisionCode!: string;
  @Field(() => MoneyScalar) bookValue!: string;
  @Field() @Length(1, 200, { message: '产权归属不能为空' }) owner!: string;
  @Field() @Length(1, 200, { message: '使用主体不能为空' }) usedBy!: string;
  @Field() @Length(1, 200, { message: '管护主体不能为空' }) manager!: string;
  @Field() @Length(1, 200, { message: '监管责任人不能为空' }) supervisor!: string;
}

@InputType({ description: '乡镇申报专项资金项目' })
export class ApplyProjectInput {
  @Field() @Length(1, 200, { message: '项目名称为 1-200 字' }) name!: string;
  @Field({ description: '实施区划：本乡镇或其下的村（12 位代码）' }) divisionCode!: string;
  @Field(() => [FundingAmountInput]) fundingSources!: FundingAmountInput[];
  @Field(() => [PlannedAssetInput]) plannedAssets!: PlannedAssetInput[];
  @Field(() => [String], { description: '扶持对象（农户 id），申报即公示' }) beneficiaryIds!: string[];
}

@ArgsType()
export class ProjectActionArgs {
  @Field() projectId!: string;
  @Field(() => ProjectAction) action!: ProjectAction;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field({ nullable: true, description: '说明；退回时必填理由' })
  @IsOptional()
  @Length(0, 1000, { message: '说明不超过 1000 字' })
  note?: string;
}

@ArgsType()
export class ProjectListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀' }) divisionCode?: string;
  @Field(() => [ProjectState], { nullable: true }) states?: ProjectState[];
  @Field({ nullable: true, description: '只列出当前用户可以办理的（我的待办）' }) pendingForMe?: boolean;
}

import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { Role } from '../../auth/roles';

@InputType()
export class IssueApiTokenInput {
  @Field({ description: '令牌名称，如“市级大屏”' })
  @Length(1, 100, { message: '令牌名称不能为空，且不超过 100 个字符' })
  name!: string;

  @Field({ description: '合作方名称，如承保公司' })
  @Length(1, 100, { message: '合作方名称不能为空，且不超过 100 个字符' })
  partnerName!: string;

  @Field({ description: '令牌可访问的区划（12 位代码）' })
  @Matches(/^\d{12}$/, { message: '区划代码应为 12 位数字' })
  divisionCode!: string;

  @Field(() => Role, { description: 'INSURER 或 DASHBOARD' })
  role!: Role;

  @Field({ nullable: true, description: '到期时间；不填则长期有效直至注销' })
  expiresAt?: Date;
}

import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { Length, Matches, ArrayNotEmpty } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { Role } from '../../auth/roles';
import { Department } from './department';

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀：只列出其范围内的账号' })
  divisionCode?: string;

  @Field({ nullable: true, description: '按用户名或姓名查找' })
  search?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  disabled?: boolean;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_]{2,31}$/, { message: '用户名须以小写字母开头，由 3-32 位小写字母、数字或下划线组成' })
  username!: string;

  @Field()
  @Length(1, 64, { message: '姓名不能为空，且不超过 64 个字符' })
  displayName!: string;

  @Field({ description: '12 位区划代码' })
  @Matches(/^\d{12}$/, { message: '区划代码应为 12 位数字' })
  divisionCode!: string;

  @Field(() => [Role])
  @ArrayNotEmpty({ message: '至少选择一个角色' })
  roles!: Role[];

  @Field(() => Department, { nullable: true })
  department?: Department;

  @Field({ nullable: true })
  @Matches(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { message: '电话号码格式不正确' })
  phone?: string;

  @Field({ description: '初始密码；用户首次登录须修改' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @Length(1, 64, { message: '姓名不能为空，且不超过 64 个字符' })
  displayName?: string;

  @Field({ nullable: true })
  @Matches(/^\d{12}$/, { message: '区划代码应为 12 位数字' })
  divisionCode?: string;

  @Field(() => [Role], { nullable: true })
  @ArrayNotEmpty({ message: '至少选择一个角色' })
  roles?: Role[];

  @Field(() => Department, { nullable: true })
  department?: Department;

  @Field({ nullable: true })
  @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, { message: '电话号码格式不正确' })
  phone?: string;
}

@ArgsType()
export class UpdateUserArgs {
  @Field()
  id!: string;

  @Field(() => Int, { description: '读取时的版本号；已被他人修改则返回 CONFLICT' })
  version!: number;

  @Field(() => UpdateUserInput)
  input!: UpdateUserInput;
}

import { Field, ObjectType } from 'type-graphql';
import { User } from '../modules/users/user.entity';
import { Permission } from './permission';
import { Role } from './roles';

@ObjectType({ description: '登录结果' })
export class LoginPayload {
  @Field({ description: '放入请求头 Authorization: Bearer <token>' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType({ description: '角色及其权限' })
export class RoleDefinition {
  @Field(() => Role)
  role!: Role;

  @Field()
  label!: string;

  @Field(() => [Permission])
  permissions!: Permission[];
}

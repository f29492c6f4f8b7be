import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Sensitive } from '../../audit/sensitive.middleware';
import {
  Education,
  HealthStatus,
  LabourCapacity,
  MemberStatus,
  Relation,
  SchoolingStage,
  Sex,
} from './household.enums';

/** 家庭成员. Sex and birth date are derived from the ID number, never entered. */
@ObjectType({ description: '家庭成员' })
@Entity({ tableName: 'household_member' })
@Filter(jurisdictionFilter('divisionCode'))
export class Member extends BaseEntity<
  | 'status'
  | 'workMonths'
  | 'medicalInsurance'
  | 'criticalIllnessInsurance'
  | 'pensionInsurance'
  | 'minimumLivingAllowance'
  | 'extremePoverty'
> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  /** The household's village, copied so the member is scoped without a join. */
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field()
  @Property({ length: 50 })
  name!: string;

  @Field({ description: '身份证号（无 pii.read 权限时脱敏）' })
  @Sensitive('idNumber')
  @Property({ length: 18 })
  idNumber!: string;

  @Field(() => Sex)
  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Field({ description: '出生日期（由身份证号得出）' })
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Relation)
  @Enum({ items: () => Relation, nativeEnumName: 'relation' })
  relation!: Relation;

  @Field(() => String, { nullable: true, description: '民族' })
  @Property({ length: 20, nullable: true })
  ethnicity?: string | null;

  @Field(() => Education, { nullable: true })
  @Enum({ items: () => Education, nativeEnumName: 'education', nullable: true })
  education?: Education | null;

  @Field(() => SchoolingStage)
  @Enum({ items: () => SchoolingStage, nativeEnumName: 'schooling_stage' })
  schoolingStage: SchoolingStage = SchoolingStage.NOT_IN_SCHOOL;

  @Field(() => HealthStatus, { nullable: true, description: '健康状况（无 pii.read 权限时不显示）' })
  @Sensitive('health')
  @Enum({ items: () => HealthStatus, nativeEnumName: 'health_status' })
  healthStatus: HealthStatus = HealthStatus.HEALTHY;

  @Field(() => Int, { nullable: true, description: '残疾等级 1-4（无 pii.read 权限时不显示）' })
  @Sensitive('health')
  @Property({ type: 'smallint', nullable: true })
  disabilityGrade?: number | null;

  @Field(() => LabourCapacity)
  @Enum({ items: () => LabourCapacity, nativeEnumName: 'labour_capacity' })
  labourCapacity!: LabourCapacity;

  @Field(() => String, { nullable: true, description: '务工地点' })
  @Property({ length: 100, nullable: true })
  workPlace?: string | null;

  @Field(() => Int, { description: '务工时间（月）' })
  @Property({ type: 'smallint' })
  workMonths: number = 0;

  @Field({ description: '参加城乡居民基本医疗保险' })
  @Property()
  medicalInsurance: boolean = true;

  @Field({ description: '参加大病保险' })
  @Property()
  criticalIllnessInsurance: boolean = true;

  @Field({ description: '参加城乡居民基本养老保险' })
  @Property()
  pensionInsurance: boolean = false;

  @Field({ description: '享受低保' })
  @Property()
  minimumLivingAllowance: boolean = false;

  @Field({ description: '特困供养' })
  @Property()
  extremePoverty: boolean = false;

  @Field(() => MemberStatus)
  @Enum({ items: () => MemberStatus, nativeEnumName: 'member_status' })
  status: MemberStatus = MemberStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '减员原因（死亡、婚出、迁出等）' })
  @Property({ length: 200, nullable: true })
  removalReason?: string | null;
}

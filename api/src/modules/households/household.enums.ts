import { chineseValues } from '../../common/enum-labels';
import { registerEnumType } from 'type-graphql';

/**
 * 建档立卡登记状态: 脱贫户 (registered and lifted out, with its year) or 一般农户. A permanent fact of the
 * household, changed only by the county (setHouseholdRegistration); monitoring never touches it.
 * One identifier per term everywhere (API, database, console, tests): docs/glossary.md.
 */
export enum RegistrationStatus {
  LIFTED_OUT = 'LIFTED_OUT',
  ORDINARY = 'ORDINARY',
}

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  [RegistrationStatus.LIFTED_OUT]: '脱贫户',
  [RegistrationStatus.ORDINARY]: '一般农户',
};

export enum HouseholdStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = {
  [HouseholdStatus.ACTIVE]: '在册',
  [HouseholdStatus.ARCHIVED]: '已归档',
};

/** 与户主关系 */
export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}

export const RELATION_LABELS: Record<Relation, string> = {
  [Relation.HEAD]: '户主',
  [Relation.SPOUSE]: '配偶',
  [Relation.CHILD]: '子女',
  [Relation.CHILD_IN_LAW]: '儿媳/女婿',
  [Relation.GRANDCHILD]: '孙子女/外孙子女',
  [Relation.PARENT]: '父母',
  [Relation.GRANDPARENT]: '祖父母/外祖父母',
  [Relation.SIBLING]: '兄弟姐妹',
  [Relation.OTHER]: '其他',
};

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export const SEX_LABELS: Record<Sex, string> = { [Sex.MALE]: '男', [Sex.FEMALE]: '女' };

/** 文化程度 */
export enum Education {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
}

export const EDUCATION_LABELS: Record<Education, string> = {
  [Education.NONE]: '文盲或半文盲',
  [Education.PRIMARY]: '小学',
  [Education.JUNIOR_HIGH]: '初中',
  [Education.SENIOR_HIGH]: '高中',
  [Education.VOCATIONAL]: '中专/大专',
  [Education.COLLEGE]: '本科及以上',
};

/** 在校生状况 */
export enum SchoolingStage {
  NOT_IN_SCHOOL = 'NOT_IN_SCHOOL',
  PRESCHOOL = 'PRESCHOOL',
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  SECONDARY_VOCATIONAL = 'SECONDARY_VOCATIONAL',
  HIGHER_VOCATIONAL = 'HIGHER_VOCATIONAL',
  UNDERGRADUATE = 'UNDERGRADUATE',
}

export const SCHOOLING_STAGE_LABELS: Record<SchoolingStage, string> = {
  [SchoolingStage.NOT_IN_SCHOOL]: '非在校生',
  [SchoolingStage.PRESCHOOL]: '学前教育',
  [SchoolingStage.PRIMARY]: '小学',
  [SchoolingStage.JUNIOR_HIGH]: '初中',
  [SchoolingStage.SENIOR_HIGH]: '普通高中',
  [SchoolingStage.SECONDARY_VOCATIONAL]: '中职',
  [SchoolingStage.HIGHER_VOCATIONAL]: '高职/高专',
  [SchoolingStage.UNDERGRADUATE]: '本科及以上',
};

/** 健康状况 */
export enum HealthStatus {
  HEALTHY = 'HEALTHY',
  CHRONIC_ILLNESS = 'CHRONIC_ILLNESS',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  DISABLED = 'DISABLED',
}

export const HEALTH_STATUS_LABELS: Record<HealthStatus, string> = {
  [HealthStatus.HEALTHY]: '健康',
  [HealthStatus.CHRONIC_ILLNESS]: '长期慢性病',
  [HealthStatus.SERIOUS_ILLNESS]: '大病',
  [HealthStatus.DISABLED]: '残疾',
};

/** 劳动技能 */
export enum LabourCapacity {
  SKILLED = 'SKILLED',
  ORDINARY = 'ORDINARY',
  WEAK = 'WEAK',
  LOST = 'LOST',
  NONE = 'NONE',
}

export const LABOUR_CAPACITY_LABELS: Record<LabourCapacity, string> = {
  [LabourCapacity.SKILLED]: '技能劳动力',
  [LabourCapacity.ORDINARY]: '普通劳动力',
  [LabourCapacity.WEAK]: '弱劳动力或半劳动力',
  [LabourCapacity.LOST]: '丧失劳动力',
  [LabourCapacity.NONE]: '无劳动力',
};

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
}

registerEnumType(RegistrationStatus, { name: 'RegistrationStatus', description: '建档立卡登记状态（脱贫户 / 一般农户）', valuesConfig: chineseValues(REGISTRATION_STATUS_LABELS) });
registerEnumType(HouseholdStatus, { name: 'HouseholdStatus', description: '户状态', valuesConfig: chineseValues(HOUSEHOLD_STATUS_LABELS) });
registerEnumType(Relation, { name: 'Relation', description: '与户主关系', valuesConfig: chineseValues(RELATION_LABELS) });
registerEnumType(Sex, { name: 'Sex', description: '性别', valuesConfig: chineseValues(SEX_LABELS) });
registerEnumType(Education, { name: 'Education', description: '文化程度', valuesConfig: chineseValues(EDUCATION_LABELS) });
registerEnumType(SchoolingStage, { name: 'SchoolingStage', description: '在校生状况', valuesConfig: chineseValues(SCHOOLING_STAGE_LABELS) });
registerEnumType(HealthStatus, { name: 'HealthStatus', description: '健康状况', valuesConfig: chineseValues(HEALTH_STATUS_LABELS) });
registerEnumType(LabourCapacity, { name: 'LabourCapacity', description: '劳动技能', valuesConfig: chineseValues(LABOUR_CAPACITY_LABELS) });
registerEnumType(MemberStatus, { name: 'MemberStatus', description: '成员状态' });

/** Chinese label → value, for Excel import where offices write the labels. */
export const fromLabel = <E extends string>(labels: Record<E, string>, text: string): E | undefined =>
  (Object.entries(labels) as Array<[E, string]>).find(([, label]) => label === text.trim())?.[0];

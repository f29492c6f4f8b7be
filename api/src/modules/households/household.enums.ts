import { registerEnum } from '../../common/enum-labels';

/**
 * 建档立卡登记状态: 脱贫户 (registered and lifted out, with its year) or 一般农户. A permanent fact of the
 * household, changed only by the county (setHouseholdRegistration); monitoring never touches it.
 * One identifier per term everywhere (API, database, console, tests): docs/glossary.md.
 */
export enum RegistrationStatus {
  LIFTED_OUT = 'LIFTED_OUT',
  ORDINARY = 'ORDINARY',
}

export const REGISTRATION_STATUS_LABELS = registerEnum(
  RegistrationStatus,
  'RegistrationStatus',
  '建档立卡登记状态（脱贫户 / 一般农户）',
  {
    LIFTED_OUT: '脱贫户',
    ORDINARY: '一般农户',
  },
);

export enum HouseholdStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

export const HOUSEHOLD_STATUS_LABELS = registerEnum(HouseholdStatus, 'HouseholdStatus', '户状态', {
  ACTIVE: '在册',
  ARCHIVED: '已归档',
});

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

export const RELATION_LABELS = registerEnum(Relation, 'Relation', '与户主关系', {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳/女婿',
  GRANDCHILD: '孙子女/外孙子女',
  PARENT: '父母',
  GRANDPARENT: '祖父母/外祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
});

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export const SEX_LABELS = registerEnum(Sex, 'Sex', '性别', { MALE: '男', FEMALE: '女' });

/** 文化程度 */
export enum Education {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
}

export const EDUCATION_LABELS = registerEnum(Education, 'Education', '文化程度', {
  NONE: '文盲或半文盲',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '高中',
  VOCATIONAL: '中专/大专',
  COLLEGE: '本科及以上',
});

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

export const SCHOOLING_STAGE_LABELS = registerEnum(SchoolingStage, 'SchoolingStage', '在校生状况', {
  NOT_IN_SCHOOL: '非在校生',
  PRESCHOOL: '学前教育',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '普通高中',
  SECONDARY_VOCATIONAL: '中职',
  HIGHER_VOCATIONAL: '高职/高专',
  UNDERGRADUATE: '本科及以上',
});

/** 健康状况 */
export enum HealthStatus {
  HEALTHY = 'HEALTHY',
  CHRONIC_ILLNESS = 'CHRONIC_ILLNESS',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  DISABLED = 'DISABLED',
}

export const HEALTH_STATUS_LABELS = registerEnum(HealthStatus, 'HealthStatus', '健康状况', {
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '长期慢性病',
  SERIOUS_ILLNESS: '大病',
  DISABLED: '残疾',
});

/** 劳动技能 */
export enum LabourCapacity {
  SKILLED = 'SKILLED',
  ORDINARY = 'ORDINARY',
  WEAK = 'WEAK',
  LOST = 'LOST',
  NONE = 'NONE',
}

export const LABOUR_CAPACITY_LABELS = registerEnum(LabourCapacity, 'LabourCapacity', '劳动技能', {
  SKILLED: '技能劳动力',
  ORDINARY: '普通劳动力',
  WEAK: '弱劳动力或半劳动力',
  LOST: '丧失劳动力',
  NONE: '无劳动力',
});

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  REMOVED = 'REMOVED',
}

registerEnum(MemberStatus, 'MemberStatus', '成员状态');

/** Chinese label → value, for Excel import where offices write the labels. */
export const fromLabel = <E extends string>(labels: Record<E, string>, text: string): E | undefined =>
  (Object.entries(labels) as Array<[E, string]>).find(([, label]) => label === text.trim())?.[0];

/**
 * 监测对象类别: the category a monitored household carries (on the household, and on the case that
 * confirmed it). Owned here so the household needs nothing from monitoring.
 */
export enum MonitoringCategory {
  UNSTABLE_LIFTED_OUT = 'UNSTABLE_LIFTED_OUT',
  MARGINAL_AT_RISK = 'MARGINAL_AT_RISK',
  SUDDEN_HARDSHIP = 'SUDDEN_HARDSHIP',
}

export const MONITORING_CATEGORY_LABELS = registerEnum(MonitoringCategory, 'MonitoringCategory', '监测对象类别', {
  UNSTABLE_LIFTED_OUT: '脱贫不稳定户',
  MARGINAL_AT_RISK: '边缘易致贫户',
  SUDDEN_HARDSHIP: '突发严重困难户',
});

import { registerEnum } from '../../common/enum-labels';

/** 行业部门 that submit screening data (部门筛查预警). */
export enum Department {
  MEDICAL_INSURANCE = 'MEDICAL_INSURANCE',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  HOUSING = 'HOUSING',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
  DISABLED_PERSONS = 'DISABLED_PERSONS',
  EMERGENCY_MANAGEMENT = 'EMERGENCY_MANAGEMENT',
  WATER_RESOURCES = 'WATER_RESOURCES',
}

export const DEPARTMENT_LABELS = registerEnum(Department, 'Department', '行业部门', {
  MEDICAL_INSURANCE: '医保',
  HEALTH: '卫健',
  EDUCATION: '教育',
  CIVIL_AFFAIRS: '民政',
  HOUSING: '住建',
  HUMAN_RESOURCES: '人社',
  DISABLED_PERSONS: '残联',
  EMERGENCY_MANAGEMENT: '应急管理',
  WATER_RESOURCES: '水利',
});

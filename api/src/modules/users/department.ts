import { chineseValues } from '../../common/enum-labels';
import { registerEnumType } from 'type-graphql';

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


export const DEPARTMENT_LABELS: Record<Department, string> = {
  [Department.MEDICAL_INSURANCE]: '医保',
  [Department.HEALTH]: '卫健',
  [Department.EDUCATION]: '教育',
  [Department.CIVIL_AFFAIRS]: '民政',
  [Department.HOUSING]: '住建',
  [Department.HUMAN_RESOURCES]: '人社',
  [Department.DISABLED_PERSONS]: '残联',
  [Department.EMERGENCY_MANAGEMENT]: '应急管理',
  [Department.WATER_RESOURCES]: '水利',
};

registerEnumType(Department, { name: 'Department', description: '行业部门', valuesConfig: chineseValues(DEPARTMENT_LABELS) });

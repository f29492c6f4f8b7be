import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType } from 'graphql';
import * as consoleLabels from '../../admin/src/labels';
import * as assetLabels from '../../admin/src/assets/labels';
import * as incomeLabels from '../../admin/src/collectiveIncome/labels';

/**
 * One name per domain term: the API's enum values carry their Chinese labels in the schema, and
 * the console's label tables must say exactly the same (docs/glossary.md is the human index).
 */
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

const CONSOLE_TABLE: Record<string, Record<string, string>> = {
  Role: consoleLabels.ROLE_LABELS,
  DivisionLevel: consoleLabels.LEVEL_LABELS,
  Department: consoleLabels.DEPARTMENT_LABELS,
  HouseholdCategory: consoleLabels.HOUSEHOLD_CATEGORY_LABELS,
  HouseholdStatus: consoleLabels.HOUSEHOLD_STATUS_LABELS,
  Relation: consoleLabels.RELATION_LABELS,
  Sex: consoleLabels.SEX_LABELS,
  Education: consoleLabels.EDUCATION_LABELS,
  SchoolingStage: consoleLabels.SCHOOLING_STAGE_LABELS,
  HealthStatus: consoleLabels.HEALTH_STATUS_LABELS,
  LabourCapacity: consoleLabels.LABOUR_CAPACITY_LABELS,
  RiskType: consoleLabels.RISK_TYPE_LABELS,
  RiskSource: consoleLabels.RISK_SOURCE_LABELS,
  MonitoringCategory: consoleLabels.MONITORING_CATEGORY_LABELS,
  CaseState: consoleLabels.CASE_STATE_LABELS,
  CaseAction: consoleLabels.CASE_ACTION_LABELS,
  DepartmentRecordKind: consoleLabels.DEPARTMENT_RECORD_KIND_LABELS,
  AssetClass: assetLabels.ASSET_CLASS_LABELS,
  AssetType: assetLabels.ASSET_TYPE_LABELS,
  AssetStatus: assetLabels.ASSET_STATUS_LABELS,
  FundingSource: assetLabels.FUNDING_SOURCE_LABELS,
  AssetEventKind: assetLabels.ASSET_EVENT_KIND_LABELS,
  ProjectState: assetLabels.PROJECT_STATE_LABELS,
  ProjectAction: assetLabels.PROJECT_ACTION_LABELS,
  PriorityReason: assetLabels.PRIORITY_REASON_LABELS,
  DistributionLineKind: incomeLabels.DISTRIBUTION_LINE_KIND_LABELS,
  PlanState: incomeLabels.PLAN_STATE_LABELS,
  PlanAction: incomeLabels.PLAN_ACTION_LABELS,
  PlanGuard: incomeLabels.PLAN_GUARD_LABELS,
  PaymentMethod: incomeLabels.PAYMENT_METHOD_LABELS,
};

describe('Chinese labels of enum values', () => {
  const labelled = Object.values(schema.getTypeMap()).filter(isEnumType).filter((type) => !type.name.startsWith('__'))
    .filter((type) => type.getValues().some((value) => value.description));

  it('are in the schema for every domain enum the console labels', () => {
    expect(labelled.map((t) => t.name).sort()).toEqual(Object.keys(CONSOLE_TABLE).sort());
  });

  for (const name of Object.keys(CONSOLE_TABLE)) {
    it(`${name}: the console says what the API says`, () => {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum in schema.graphql`);
      const api = Object.fromEntries(type.getValues().map((v) => [v.name, v.description]));
      expect(CONSOLE_TABLE[name]).toEqual(api);
    });
  }
});

import { registerEnumType } from 'type-graphql';
import { chineseValues } from '../../common/enum-labels';

/** Causes a 防贫保 policy may insure (seed 001 四(六): 因病、因灾…产业扶贫、就业扶贫). */
export enum InsuredCause {
  ILLNESS = 'ILLNESS',
  SCHOOLING = 'SCHOOLING',
  DISASTER = 'DISASTER',
  ACCIDENT = 'ACCIDENT',
  INDUSTRY_FAILURE = 'INDUSTRY_FAILURE',
  EMPLOYMENT = 'EMPLOYMENT',
}

export const INSURED_CAUSE_LABELS: Record<InsuredCause, string> = {
  [InsuredCause.ILLNESS]: '因病',
  [InsuredCause.SCHOOLING]: '因学',
  [InsuredCause.DISASTER]: '因灾',
  [InsuredCause.ACCIDENT]: '因意外事故',
  [InsuredCause.INDUSTRY_FAILURE]: '因产业失败',
  [InsuredCause.EMPLOYMENT]: '因务工就业不稳',
};

export enum ClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  [ClaimStatus.SUBMITTED]: '已报案待审核',
  [ClaimStatus.APPROVED]: '县级已核准',
  [ClaimStatus.REJECTED]: '县级不予核准',
  [ClaimStatus.PAID]: '已赔付',
};

/** Why a loss does not pay; the codes partners rely on, each with the Chinese text it means. */
export enum IneligibilityReason {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  NOT_COVERED_REGION = 'NOT_COVERED_REGION',
  CAUSE_NOT_INSURED = 'CAUSE_NOT_INSURED',
  INCOME_ABOVE_LINE = 'INCOME_ABOVE_LINE',
  BELOW_DEDUCTIBLE = 'BELOW_DEDUCTIBLE',
  CAP_REACHED = 'CAP_REACHED',
}

export const INELIGIBILITY_REASON_LABELS: Record<IneligibilityReason, string> = {
  [IneligibilityReason.PERSON_NOT_FOUND]: '未找到该身份证号对应的在册人员',
  [IneligibilityReason.NOT_COVERED_REGION]: '出险日所在区划没有生效的防贫保保单',
  [IneligibilityReason.CAUSE_NOT_INSURED]: '该致贫原因不在保单承保范围内',
  [IneligibilityReason.INCOME_ABOVE_LINE]: '扣除自付损失后家庭人均纯收入不低于防贫线',
  [IneligibilityReason.BELOW_DEDUCTIBLE]: '自付费用未超过起付线',
  [IneligibilityReason.CAP_REACHED]: '已达到本年度赔付限额',
};

registerEnumType(InsuredCause, { name: 'InsuredCause', description: '防贫保致贫原因（承保责任）', valuesConfig: chineseValues(INSURED_CAUSE_LABELS) });
registerEnumType(ClaimStatus, { name: 'ClaimStatus', description: '防贫保理赔状态', valuesConfig: chineseValues(CLAIM_STATUS_LABELS) });
registerEnumType(IneligibilityReason, { name: 'IneligibilityReason', description: '不符合防贫保理赔条件的原因', valuesConfig: chineseValues(INELIGIBILITY_REASON_LABELS) });

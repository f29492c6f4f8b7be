import type { ClaimStatus, InsuredCause } from '../gql/graphql';

/** The eligibility answer's reason codes (schema enum IneligibilityReason; the console only shows them). */
export type IneligibilityReason = 'PERSON_NOT_FOUND' | 'NOT_COVERED_REGION' | 'CAUSE_NOT_INSURED' | 'INCOME_ABOVE_LINE' | 'BELOW_DEDUCTIBLE' | 'CAP_REACHED';

/** Chinese labels of the 防贫保 enums: the same words the schema carries (test/unit/labels.test.ts). */
export const INSURED_CAUSE_LABELS: Record<InsuredCause, string> = {
  ILLNESS: '因病',
  SCHOOLING: '因学',
  DISASTER: '因灾',
  ACCIDENT: '因意外事故',
  INDUSTRY_FAILURE: '因产业失败',
  EMPLOYMENT: '因务工就业不稳',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  SUBMITTED: '已报案待审核',
  APPROVED: '县级已核准',
  REJECTED: '县级不予核准',
  PAID: '已赔付',
};

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, 'warning' | 'info' | 'default' | 'success'> = {
  SUBMITTED: 'warning',
  APPROVED: 'info',
  REJECTED: 'default',
  PAID: 'success',
};

export const INELIGIBILITY_REASON_LABELS: Record<IneligibilityReason, string> = {
  PERSON_NOT_FOUND: '未找到该身份证号对应的在册人员',
  NOT_COVERED_REGION: '出险日所在区划没有生效的防贫保保单',
  CAUSE_NOT_INSURED: '该致贫原因不在保单承保范围内',
  INCOME_ABOVE_LINE: '扣除自付损失后家庭人均纯收入不低于防贫线',
  BELOW_DEDUCTIBLE: '自付费用未超过起付线',
  CAP_REACHED: '已达到本年度赔付限额',
};

import { registerEnum } from '../../common/enum-labels';

/** Causes a 防贫保 policy may insure (seed 001 四(六): 因病、因灾…产业扶贫、就业扶贫). */
export enum InsuredCause {
  ILLNESS = 'ILLNESS',
  SCHOOLING = 'SCHOOLING',
  DISASTER = 'DISASTER',
  ACCIDENT = 'ACCIDENT',
  INDUSTRY_FAILURE = 'INDUSTRY_FAILURE',
  EMPLOYMENT = 'EMPLOYMENT',
}

export const INSURED_CAUSE_LABELS = registerEnum(InsuredCause, 'InsuredCause', '防贫保致贫原因（承保责任）', {
  ILLNESS: '因病',
  SCHOOLING: '因学',
  DISASTER: '因灾',
  ACCIDENT: '因意外事故',
  INDUSTRY_FAILURE: '因产业失败',
  EMPLOYMENT: '因务工就业不稳',
});

export enum ClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

export const CLAIM_STATUS_LABELS = registerEnum(ClaimStatus, 'ClaimStatus', '防贫保理赔状态', {
  SUBMITTED: '已报案待审核',
  APPROVED: '县级已核准',
  REJECTED: '县级不予核准',
  PAID: '已赔付',
});

/** Why a loss does not pay; the codes partners rely on, each with the Chinese text it means. */
export enum IneligibilityReason {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  NOT_COVERED_REGION = 'NOT_COVERED_REGION',
  CAUSE_NOT_INSURED = 'CAUSE_NOT_INSURED',
  INCOME_ABOVE_LINE = 'INCOME_ABOVE_LINE',
  BELOW_DEDUCTIBLE = 'BELOW_DEDUCTIBLE',
  CAP_REACHED = 'CAP_REACHED',
}

export const INELIGIBILITY_REASON_LABELS = registerEnum(
  IneligibilityReason,
  'IneligibilityReason',
  '不符合防贫保理赔条件的原因',
  {
    PERSON_NOT_FOUND: '未找到该身份证号对应的在册人员',
    NOT_COVERED_REGION: '出险日所在区划没有生效的防贫保保单',
    CAUSE_NOT_INSURED: '该致贫原因不在保单承保范围内',
    INCOME_ABOVE_LINE: '扣除自付损失后家庭人均纯收入不低于防贫线',
    BELOW_DEDUCTIBLE: '自付费用未超过起付线',
    CAP_REACHED: '已达到本年度赔付限额',
  },
);

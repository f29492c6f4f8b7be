/**
 * Every read past the jurisdiction filter (`{ filters: false }`), in one place, with its reason.
 * The filter is the rule that a person sees only their own division's rows; each read below needs
 * to see past it for a reason named here, and returns nothing the reader may not be told.
 * test/unit/unfiltered.test.ts counts `filters: false` in every file of api/src and fails when a
 * file has one that is not listed here (or this list names one that is gone).
 */
export const UNFILTERED_REASONS = {
  /** Usernames, ID numbers, household numbers are unique across the country: a clash elsewhere must be found (and answered without saying where). */
  UNIQUE_EVERYWHERE: '全国唯一的编号（用户名、身份证号、户编号）须在辖区外也查重',
  /** Regional settings (monitoring policy, assistance catalogue, insurance policy) set by an ancestor apply below it. */
  INHERITED_SETTINGS: '上级区划的设置（监测政策、帮扶目录、防贫保保单）适用于下级',
  /** One insurance policy per village and year: the check must see the year's other policies. */
  POLICY_OVERLAP: '同一年度的防贫保保单覆盖范围不得重叠，须看到其他区划的保单',
  /** Division names and the tree are reference data: enclosing divisions and deep-poverty flags are shown to everyone below. */
  DIVISION_REFERENCE: '区划名称与层级是公开的参考数据',
  /** Before a request has an actor (sign-in, token check, revoking one's sessions) there is no jurisdiction yet. */
  BEFORE_AN_ACTOR: '登录与令牌校验时尚无当前用户，也就没有辖区',
  /** A self-report (申报) is anonymous: it is matched to the person's household and open case wherever they are. */
  PUBLIC_SELF_REPORT: '群众自主申报不需登录，按身份证号匹配其家庭与在办案件',
  /** Who acted on a record the reader may see is named, though the acting township or county lies above the reader's division; only the display name leaves. */
  /** Whether the requester created or changed the approver's account is read from the whole audit log (三员分立). */
  SEPARATION_OF_DUTIES: '三员分立：核对审批人账号是否由申请人创建或修改，须查全部审计记录',
  ACTOR_NAMES: '办理人姓名：办理记录中上级办理人的显示名（仅姓名）',
} as const;

export type UnfilteredReason = keyof typeof UNFILTERED_REASONS;

/** Per file of api/src, the reason of each `filters: false` in it, in order. */
export const UNFILTERED_READS: Record<string, UnfilteredReason[]> = {
  'auth/auth.service.ts': ['BEFORE_AN_ACTOR'],
  'auth/separation.ts': ['SEPARATION_OF_DUTIES'],
  'auth/token.service.ts': ['BEFORE_AN_ACTOR', 'BEFORE_AN_ACTOR', 'BEFORE_AN_ACTOR', 'BEFORE_AN_ACTOR'],
  'modules/users/user.service.ts': ['UNIQUE_EVERYWHERE'],
  'modules/users/user.loaders.ts': ['ACTOR_NAMES'],
  'modules/households/household.service.ts': ['UNIQUE_EVERYWHERE', 'UNIQUE_EVERYWHERE'],
  'modules/imports/household-import.service.ts': ['UNIQUE_EVERYWHERE', 'UNIQUE_EVERYWHERE'],
  'modules/monitoring/monitoring.loaders.ts': ['INHERITED_SETTINGS'],
  'modules/monitoring/policy.service.ts': ['DIVISION_REFERENCE', 'INHERITED_SETTINGS', 'INHERITED_SETTINGS'],
  'modules/assistance/measure-kind.service.ts': ['INHERITED_SETTINGS', 'INHERITED_SETTINGS', 'INHERITED_SETTINGS'],
  'modules/insurance/insurance-policy.service.ts': ['INHERITED_SETTINGS', 'POLICY_OVERLAP'],
  'modules/insurance/insurance-claim.service.ts': ['INHERITED_SETTINGS'],
  'modules/divisions/division.service.ts': ['DIVISION_REFERENCE', 'DIVISION_REFERENCE'],
  'modules/self-reports/self-report.service.ts': [
    'PUBLIC_SELF_REPORT',
    'PUBLIC_SELF_REPORT',
    'PUBLIC_SELF_REPORT',
    'DIVISION_REFERENCE',
  ],
};

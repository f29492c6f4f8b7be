import { registerEnum } from '../common/enum-labels';

/**
 * The one vocabulary of actions. Roles are sets of these; resolvers declare them with @Allow;
 * the console mirrors them in canAccess. Add a value here before adding an operation that needs it.
 */
export enum Permission {
  DIVISION_READ = 'division.read',
  USER_READ = 'user.read',
  USER_MANAGE = 'user.manage',
  /** Grant roles whose permissions the granter does not hold (security administrator only). */
  USER_GRANT_ANY = 'user.grant_any',
  API_TOKEN_MANAGE = 'api_token.manage',
  AUDIT_READ = 'audit.read',
  /** One audit entry with its personal values in clear (the log itself is shown masked); each use is audited. */
  AUDIT_READ_PII = 'audit.read_pii',
  HOUSEHOLD_READ = 'household.read',
  HOUSEHOLD_WRITE = 'household.write',
  HOUSEHOLD_IMPORT = 'household.import',
  HOUSEHOLD_EXPORT = 'household.export',
  /** 建档立卡登记状态 (脱贫户 / 一般农户, 脱贫年度): county only; monitoring never changes it. */
  HOUSEHOLD_REGISTRATION_WRITE = 'household.registration.write',
  /** Flag a division 深度贫困 (province and city offices). */
  DIVISION_CLASSIFY = 'division.classify',
  /** Unmasked ID numbers, phones and health details; every unmasked read is audited. */
  PII_READ = 'pii.read',
  POLICY_READ = 'policy.read',
  POLICY_WRITE = 'policy.write',
  RISK_WRITE = 'risk.write',
  MONITORING_READ = 'monitoring.read',
  /** Run the system's data comparison (系统比对) that opens leads. */
  MONITORING_IDENTIFY = 'monitoring.identify',
  MONITORING_PROPOSE = 'monitoring.propose',
  MONITORING_REVIEW_TOWNSHIP = 'monitoring.review.township',
  MONITORING_CONFIRM_COUNTY = 'monitoring.confirm.county',
  /** The case list as an .xlsx file (names and places, no ID numbers). */
  MONITORING_EXPORT = 'monitoring.export',
  WARNING_SUBMIT = 'warning.submit',
  WARNING_MANAGE = 'warning.manage',
  SUPERVISION_READ = 'supervision.read',
  ASSISTANCE_READ = 'assistance.read',
  ASSISTANCE_WRITE = 'assistance.write',
  VISIT_WRITE = 'visit.write',
  /** Edit the region's measure catalogue (帮扶措施目录). */
  ASSISTANCE_CATALOGUE_WRITE = 'assistance.catalogue.write',
  ASSET_READ = 'asset.read',
  ASSET_WRITE = 'asset.write',
  /** Approve the disposal (处置) of a ledger asset (county). */
  ASSET_DISPOSAL_APPROVE = 'asset.disposal.approve',
  /** Special-fund projects: township steps (申报, 初检, 报账). */
  ASSET_PROJECT_TOWNSHIP = 'asset.project.township',
  /** Special-fund projects: implementation (镇（街）村实施). */
  ASSET_PROJECT_IMPLEMENT = 'asset.project.implement',
  /** Special-fund projects: county steps (审批, 验收). */
  ASSET_PROJECT_COUNTY = 'asset.project.county',
  COLLECTIVE_INCOME_READ = 'collective_income.read',
  COLLECTIVE_INCOME_WRITE = 'collective_income.write',
  /** Review a village's distribution plan (乡镇审核) and approve it after the public notice. */
  COLLECTIVE_INCOME_REVIEW_TOWNSHIP = 'collective_income.review.township',
  INSURANCE_ELIGIBILITY_CHECK = 'insurance.eligibility.check',
  INSURANCE_CLAIM_FILE = 'insurance.claim.file',
  INSURANCE_CLAIM_READ = 'insurance.claim.read',
  /** 防贫保 policies (read, and the yearly summary) and their editing. */
  INSURANCE_POLICY_READ = 'insurance.policy.read',
  INSURANCE_POLICY_WRITE = 'insurance.policy.write',
  /** The county's claim queue: review, and recording the insurer's payment. */
  INSURANCE_CLAIM_REVIEW = 'insurance.claim.review',
  STATISTICS_READ = 'statistics.read',
}

registerEnum(Permission, 'Permission', '操作权限');

/** Marker for the few operations anyone may call (login). */
export const PUBLIC = 'public';

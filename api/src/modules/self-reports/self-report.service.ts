import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { AppError, ErrorCode, badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Page } from '../../common/pagination';
import { currentScope, requestScope } from '../../audit/request-scope';
import { DivisionLevel, isDivisionCode } from '../../jurisdiction/division-code';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { Member } from '../households/member.entity';
import { MemberStatus } from '../households/household.enums';
import { isParseError, parseIdNumber } from '../households/id-number';
import type { HouseholdService } from '../households/household.service';
import type { CaseService } from '../monitoring/case.service';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskSource, RISK_TYPE_LABELS } from '../monitoring/monitoring.enums';
import { OPEN_STATES } from '../monitoring/procedure.rules';
import { SelfReport, SelfReportStatus } from './self-report.entity';
import {
  SelfReportDecision,
  SelfReportReceipt,
  type HandleSelfReportArgs,
  type SelfReportInput,
  type SelfReportListArgs,
} from './self-report.inputs';
import { ADDRESS_LIMIT, ID_NUMBER_LIMIT, selfReportLimit } from './self-report.throttle';

/** The one answer every accepted report gets, registered or not (it must reveal nothing). */
const RECEIPT = Object.assign(new SelfReportReceipt(), {
  received: true,
  message: '已收到您的申报。村（社区）工作人员将尽快与您电话联系、上门核实。',
});
const NAME = /^[\u4e00-\u9fa5·]{2,20}$/u;
const PHONE = /^1[3-9]\d{9}$/;

/**
 * The case's reason names the report, never its anonymous text: the text stays in the report, linked
 * to the case (`selfReports(caseId)`) and shown there marked as 农户自主申报.
 */
const reasonOf = (report: Pick<SelfReport, 'difficulty'>) =>
  `农户自主申报（${RISK_TYPE_LABELS[report.difficulty]}），经村级核实，申报原文见所附申报`;

/**
 * Every accepted report is answered no sooner than this after it arrived, so the time does not tell
 * a registered person from an unknown one (both paths also run the same statements).
 */
export const SELF_REPORT_MIN_RESPONSE_MS = 250;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * 农户自主申报: anyone may report, without signing in; the report is validated field by field and
 * then waits in the village's queue (or joins the household's open case). The answer is the same
 * whether or not the person is registered; unknown people arrive as a lead to register.
 */
export class SelfReportService {
  constructor(
    private readonly households: HouseholdService,
    private readonly cases: CaseService,
  ) {}

  async submit(ctx: Context, input: SelfReportInput): Promise<SelfReportReceipt> {
    const started = performance.now();
    if (!(await selfReportLimit.take(ctx.em, `address:${ctx.clientAddress ?? 'unknown'}`, ADDRESS_LIMIT)))
      throw limited('本机申报次数过多，请一小时后再试，或直接联系村（社区）工作人员');
    const clean = await this.validate(ctx, input);
    if (!(await selfReportLimit.take(ctx.em, `id:${clean.idNumber}`, ID_NUMBER_LIMIT)))
      throw limited('该身份证号今日申报次数已达上限，村（社区）工作人员会尽快联系您');

    // A registered person's report goes to the household's village (whatever village was picked).
    // Unknown people run the same lookups (with an id that matches nothing) and the same single insert.
    const member = await ctx.em.findOne(
      Member,
      { idNumber: clean.idNumber, status: MemberStatus.ACTIVE },
      { filters: false },
    );
    const household = await ctx.em.findOne(Household, { id: member?.householdId ?? NO_ID }, { filters: false });
    const open = await ctx.em.findOne(
      MonitoringCase,
      { householdId: household?.id ?? NO_ID, state: { $in: OPEN_STATES } },
      { filters: false },
    );
    const scope = currentScope();
    await requestScope.run(
      { requestId: scope?.requestId ?? ctx.requestId, actor: null, publicSource: '农户自主申报' },
      () =>
        ctx.em.transactional(async (em) => {
          // Joined to an open case as a linked report of its own; the case's reasons are the officers'.
          em.create(SelfReport, {
            ...clean,
            divisionCode: household?.divisionCode ?? clean.villageCode,
            householdId: household?.id ?? null,
            ...(open ? { status: SelfReportStatus.ATTACHED, caseId: open.id } : {}),
          });
          await em.flush();
        }),
    );
    const wait = SELF_REPORT_MIN_RESPONSE_MS - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return RECEIPT;
  }

  /** Every field checked, with a Chinese message naming it; nothing is stored before this passes. */
  private async validate(ctx: Context, input: SelfReportInput) {
    const villageCode = input.villageCode.trim();
    if (!isDivisionCode(villageCode)) throw badInput('input.villageCode', '请选择所在村（社区）');
    const village = await ctx.em.findOne(Division, { code: villageCode }, { filters: false });
    if (!village || village.level !== DivisionLevel.VILLAGE)
      throw badInput('input.villageCode', '请选择所在村（社区）');
    const name = input.name.trim();
    if (!NAME.test(name)) throw badInput('input.name', '姓名应为 2 到 20 个汉字');
    const parsed = parseIdNumber(input.idNumber);
    if (isParseError(parsed)) throw badInput('input.idNumber', parsed.error);
    const phone = input.phone.trim();
    if (!PHONE.test(phone)) throw badInput('input.phone', '手机号码应为 11 位，以 1 开头');
    const description = input.description.trim();
    if (description.length < 5) throw badInput('input.description', '请用至少 5 个字说明遇到的困难');
    if (description.length > 500) throw badInput('input.description', '情况说明不超过 500 字');
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(description))
      throw badInput('input.description', '情况说明含有不可见的控制字符');
    return { villageCode, name, idNumber: parsed.idNumber, phone, difficulty: input.difficulty, description };
  }

  async list(ctx: Context, args: SelfReportListArgs): Promise<Page<SelfReport>> {
    const where: FilterQuery<SelfReport> = { ...divisionCondition(args.divisionCode) };
    if (args.status) where.status = args.status;
    if (args.caseId) where.caseId = isUuid(args.caseId) ? args.caseId : NO_ID;
    return findPage(ctx.em, SelfReport, where, args, { createdAt: 'asc', id: 'asc' });
  }

  /** The village verifies: opens a lead (or adds to the open case), or dismisses with a reason. */
  async handle(ctx: Context, args: HandleSelfReportArgs): Promise<SelfReport> {
    const report = isUuid(args.id) ? await ctx.em.findOne(SelfReport, { id: args.id }) : null;
    if (!report) throw notFound('自主申报');
    if (report.version !== args.version) throw staleVersion('自主申报');
    if (report.status !== SelfReportStatus.PENDING) throw conflict('该申报已处理');
    const note = args.note?.trim() || null;
    if (note && note.length > 500) throw badInput('note', '说明不超过 500 字');
    if (args.decision === SelfReportDecision.DISMISS) {
      if (!note) throw badInput('note', '排除申报须填写理由');
      Object.assign(report, { status: SelfReportStatus.DISMISSED, handledBy: ctx.actor!.name, handleNote: note });
      await ctx.em.flush();
      return report;
    }
    const householdId = report.householdId ?? args.householdId;
    if (!householdId) throw badInput('householdId', '申报人尚未建档：请先登记该户，再选择其家庭转为线索');
    if (!args.category) throw badInput('category', '请选择监测对象类别');
    const household = await this.households.get(ctx, householdId);
    const open = await ctx.em.findOne(MonitoringCase, { householdId: household.id, state: { $in: OPEN_STATES } });
    return ctx.em.transactional(async (em) => {
      const target =
        open ??
        this.cases.createLead(em, ctx.actor!, household, args.category!, RiskSource.SELF_REPORT, [reasonOf(report)]);
      Object.assign(report, {
        status: SelfReportStatus.CONVERTED,
        householdId: household.id,
        caseId: target.id,
        handledBy: ctx.actor!.name,
        handleNote: note ?? (open ? '该户已有未办结案卷，申报并入该案卷' : '已转为线索'),
      });
      await em.flush();
      return report;
    });
  }
}

const limited = (message: string) => new AppError(ErrorCode.RATE_LIMITED, message);

import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemEm } from '../jurisdiction/entity-manager';
import { addDays, todayInChina } from '../common/dates';
import { formatFen, toFen } from '../common/money';
import { Household } from '../modules/households/household.entity';
import { RegistrationStatus } from '../modules/households/household.enums';
import { Asset, AssetEvent, AssetIncome, AssetShare } from '../modules/assets/asset.entity';
import {
  AssetClass,
  AssetEventKind,
  AssetStatus,
  AssetType,
  FundingSource,
  ProjectAction,
  ProjectState,
} from '../modules/assets/asset.enums';
import { AssetProject, ProjectEvent } from '../modules/assets/project.entity';
import { priorityHouseholdsIn } from '../modules/assets/priority.service';
import {
  CollectiveIncome,
  DistributionLine,
  DistributionPayment,
  DistributionPlan,
  PlanEvent,
} from '../modules/collective-income/collective-income.entity';
import {
  DistributionLineKind,
  PaymentMethod,
  PlanAction,
  PlanState,
} from '../modules/collective-income/collective-income.enums';
import { syncAssetIncome } from '../modules/collective-income/asset-income.sync';
import { addPropertyIncome } from '../modules/collective-income/collective-income.service';
import { checkPlan } from '../modules/collective-income/distribution.rules';

const DONGYING = '150121100201';
const NEIGHBOUR = '150121100202';
const ACTOR = '演示数据';

/**
 * Demo ledger for 察素齐镇: 东营村's photovoltaic station with household shares (every priority
 * household covered), a workshop, roads and an idle farm with its history; a project that formed
 * a road and one awaiting approval; and last year's collective income of 东营村, distributed
 * through an approved plan whose household payments reached the households' property income.
 */
export async function seedAssets(orm: MikroORM, year = new Date().getFullYear()): Promise<void> {
  const em = systemEm(orm);
  if (await em.count(Asset, {})) return;
  const households = await em.find(Household, { divisionCode: DONGYING }, { orderBy: { householdNumber: 'asc' } });
  if (households.length < 6) return;
  const last = year - 1;

  const event = (asset: Asset, kind: AssetEventKind, data: Partial<AssetEvent>, at: string) =>
    em.create(AssetEvent, {
      id: randomUUID(),
      assetId: asset.id,
      divisionCode: asset.divisionCode,
      kind,
      actorName: ACTOR,
      at: new Date(`${at}T09:00:00+08:00`),
      ...data,
    });
  const asset = (data: Omit<Partial<Asset>, 'fundingSources'> & { fundingSources: Array<[FundingSource, number]> }) => {
    const created = em.create(Asset, {
      ...(data as unknown as Asset),
      fundingSources: data.fundingSources.map(([source, yuan]) => ({ source, amount: formatFen(yuan * 100) })),
    });
    event(
      created,
      AssetEventKind.REGISTERED,
      { toStatus: created.status, toValue: created.bookValue, note: '清产核资登记入账' },
      created.acceptedOn ?? `${last}-01-01`,
    );
    return created;
  };

  const pv = asset({
    name: '东营村村级光伏电站（300千瓦）',
    assetClass: AssetClass.OPERATING,
    type: AssetType.PHOTOVOLTAIC,
    divisionCode: DONGYING,
    fundingSources: [
      [FundingSource.SPECIAL_POVERTY_FUND, 1_500_000],
      [FundingSource.INTEGRATED_AGRICULTURE_FUND, 600_000],
    ],
    owner: '东营村股份经济合作社',
    usedBy: '东营村股份经济合作社',
    manager: '东营村村民委员会',
    supervisor: '察素齐镇人民政府',
    acceptedOn: '2019-06-28',
    bookValue: '2100000.00',
    status: AssetStatus.OPERATING,
  });
  const workshop = asset({
    name: '察素齐镇扶贫车间（服装加工）',
    assetClass: AssetClass.OPERATING,
    type: AssetType.WORKSHOP,
    divisionCode: NEIGHBOUR,
    fundingSources: [
      [FundingSource.EAST_WEST_COOPERATION, 800_000],
      [FundingSource.SELF_RAISED, 100_000],
    ],
    owner: '村股份经济合作社',
    usedBy: '呼和浩特市某服饰有限公司（租赁经营）',
    manager: '村民委员会',
    supervisor: '察素齐镇人民政府',
    acceptedOn: '2020-09-15',
    bookValue: '900000.00',
    status: AssetStatus.OPERATING,
  });
  const farm = asset({
    name: '东营村肉羊养殖场',
    assetClass: AssetClass.OPERATING,
    type: AssetType.BREEDING_FARM,
    divisionCode: DONGYING,
    fundingSources: [
      [FundingSource.SPECIAL_POVERTY_FUND, 350_000],
      [FundingSource.SOCIAL_ASSISTANCE, 50_000],
    ],
    owner: '东营村股份经济合作社',
    usedBy: '东营村养殖专业合作社',
    manager: '东营村村民委员会',
    supervisor: '察素齐镇人民政府',
    acceptedOn: '2018-10-20',
    bookValue: '400000.00',
    status: AssetStatus.OPERATING,
  });
  // The farm lost value and stood idle after its operator left: the history shows both changes.
  event(
    farm,
    AssetEventKind.VALUE_CHANGED,
    { fromValue: '400000.00', toValue: '320000.00', note: `${last} 年资产评估，圈舍设备折旧` },
    `${last}-03-10`,
  );
  event(
    farm,
    AssetEventKind.STATUS_CHANGED,
    { fromStatus: AssetStatus.OPERATING, toStatus: AssetStatus.IDLE, note: '原经营合作社退出，待重新发包' },
    `${last}-05-01`,
  );
  Object.assign(farm, { bookValue: '320000.00', status: AssetStatus.IDLE });

  const project = em.create(AssetProject, {
    name: '东营村通组道路硬化项目',
    divisionCode: DONGYING,
    state: ProjectState.EXPENSED,
    fundingSources: [{ source: FundingSource.INTEGRATED_AGRICULTURE_FUND, amount: '960000.00' }],
    plannedAssets: [
      {
        name: '东营村通组硬化路（3.2公里）',
        assetClass: AssetClass.PUBLIC_WELFARE,
        type: AssetType.ROAD,
        divisionCode: DONGYING,
        bookValue: '960000.00',
        owner: '东营村村民委员会',
        usedBy: '东营村全体村民',
        manager: '东营村护路员',
        supervisor: '察素齐镇人民政府',
      },
    ],
    beneficiaryIds: households.map((h) => h.id),
    appliedOn: `${last}-03-01`,
    noticeEndsOn: `${last}-03-08`,
  });
  const steps: Array<[ProjectAction | null, ProjectState | null, ProjectState, string]> = [
    [null, null, ProjectState.APPLIED, `${last}-03-01`],
    [ProjectAction.APPROVE, ProjectState.APPLIED, ProjectState.APPROVED, `${last}-03-15`],
    [ProjectAction.START_IMPLEMENTATION, ProjectState.APPROVED, ProjectState.IMPLEMENTING, `${last}-04-01`],
    [ProjectAction.PRE_CHECK, ProjectState.IMPLEMENTING, ProjectState.PRE_CHECKED, `${last}-08-20`],
    [ProjectAction.ACCEPT, ProjectState.PRE_CHECKED, ProjectState.ACCEPTED, `${last}-09-05`],
    [ProjectAction.REPORT_EXPENSE, ProjectState.ACCEPTED, ProjectState.EXPENSED, `${last}-09-30`],
  ];
  for (const [action, from, to, on] of steps) {
    em.create(ProjectEvent, {
      id: randomUUID(),
      projectId: project.id,
      divisionCode: DONGYING,
      action,
      fromState: from,
      toState: to,
      actorName: ACTOR,
      note: action ? null : `扶持对象 ${households.length} 户公示至 ${last}-03-08`,
      at: new Date(`${on}T10:00:00+08:00`),
    });
  }
  const road = asset({
    name: '东营村通组硬化路（3.2公里）',
    assetClass: AssetClass.PUBLIC_WELFARE,
    type: AssetType.ROAD,
    divisionCode: DONGYING,
    projectId: project.id,
    fundingSources: [[FundingSource.INTEGRATED_AGRICULTURE_FUND, 960_000]],
    owner: '东营村村民委员会',
    usedBy: '东营村全体村民',
    manager: '东营村护路员',
    supervisor: '察素齐镇人民政府',
    acceptedOn: `${last}-09-05`,
    bookValue: '960000.00',
    status: AssetStatus.OPERATING,
  });
  asset({
    name: '村道硬化（2.1公里）',
    assetClass: AssetClass.PUBLIC_WELFARE,
    type: AssetType.ROAD,
    divisionCode: NEIGHBOUR,
    fundingSources: [[FundingSource.SPECIAL_POVERTY_FUND, 630_000]],
    owner: '村民委员会',
    usedBy: '全体村民',
    manager: '村护路员',
    supervisor: '察素齐镇人民政府',
    acceptedOn: '2020-07-10',
    bookValue: '630000.00',
    status: AssetStatus.OPERATING,
  });
  asset({
    name: '东营村人饮安全工程（机井及管网）',
    assetClass: AssetClass.PUBLIC_WELFARE,
    type: AssetType.WATER_FACILITY,
    divisionCode: DONGYING,
    fundingSources: [[FundingSource.SPECIAL_POVERTY_FUND, 280_000]],
    owner: '东营村村民委员会',
    usedBy: '东营村全体村民',
    manager: '东营村管水员',
    supervisor: '察素齐镇人民政府',
    acceptedOn: '2019-11-12',
    bookValue: '280000.00',
    status: AssetStatus.OPERATING,
  });
  void road;

  // A project awaiting the county: applied a week ago, its beneficiaries' public notice just over.
  const applied = addDays(todayInChina(), -7);
  const pending = em.create(AssetProject, {
    name: '东营村肉牛托养项目',
    divisionCode: DONGYING,
    state: ProjectState.APPLIED,
    fundingSources: [{ source: FundingSource.SPECIAL_POVERTY_FUND, amount: '500000.00' }],
    plannedAssets: [
      {
        name: '东营村肉牛托养场',
        assetClass: AssetClass.OPERATING,
        type: AssetType.BREEDING_FARM,
        divisionCode: DONGYING,
        bookValue: '500000.00',
        owner: '东营村股份经济合作社',
        usedBy: '东营村养殖专业合作社',
        manager: '东营村村民委员会',
        supervisor: '察素齐镇人民政府',
      },
    ],
    beneficiaryIds: households.slice(0, 6).map((h) => h.id),
    appliedOn: applied,
    noticeEndsOn: addDays(applied, 5),
  });
  em.create(ProjectEvent, {
    id: randomUUID(),
    projectId: pending.id,
    divisionCode: DONGYING,
    action: null,
    fromState: null,
    toState: ProjectState.APPLIED,
    actorName: ACTOR,
    note: `扶持对象 6 户公示至 ${addDays(applied, 5)}`,
    at: new Date(`${applied}T10:00:00+08:00`),
  });

  // Yearly income of the productive assets.
  const incomes: Array<[Asset, number, number]> = [
    [pv, last - 1, 208_000],
    [pv, last, 216_000],
    [workshop, last, 60_000],
    [farm, last - 1, 24_000],
  ];
  for (const [a, y, yuan] of incomes) {
    em.create(AssetIncome, { assetId: a.id, divisionCode: a.divisionCode, year: y, amount: formatFen(yuan * 100) });
    event(
      a,
      AssetEventKind.INCOME_RECORDED,
      { toValue: formatFen(yuan * 100), note: `${y} 年度收益` },
      `${y + 1}-01-15`,
    );
  }
  await em.flush();

  // 折股量化: every priority household 2 shares, other registered 脱贫 households 1 share.
  const priority = await priorityHouseholdsIn(em, DONGYING);
  const priorityIds = new Set(priority.map((p) => p.householdId));
  const shareholders = households.filter(
    (h) => priorityIds.has(h.id) || h.registrationStatus === RegistrationStatus.LIFTED_OUT || !!h.monitoringCategory,
  );
  for (const h of shareholders)
    em.create(AssetShare, {
      assetId: pv.id,
      householdId: h.id,
      divisionCode: DONGYING,
      shares: priorityIds.has(h.id) ? 2 : 1,
    });
  event(
    pv,
    AssetEventKind.SHARES_SET,
    { note: `${shareholders.length} 户共 ${shareholders.reduce((s, h) => s + (priorityIds.has(h.id) ? 2 : 1), 0)} 股` },
    '2019-07-10',
  );
  await em.flush();

  await seedDistributedYear(em, households, [...priorityIds], last);
}

/** Last year's collective income of 东营村 and its distribution, approved and paid. */
async function seedDistributedYear(
  em: EntityManager,
  households: Household[],
  priorityIds: string[],
  year: number,
): Promise<void> {
  const income = em.create(CollectiveIncome, {
    divisionCode: DONGYING,
    year,
    leasingIncome: '20000.00',
    serviceIncome: '5000.00',
    operatingIncome: '0.00',
    otherIncome: '0.00',
    costs: '30000.00',
  });
  await syncAssetIncome(em, income);
  const plan = em.create(DistributionPlan, {
    divisionCode: DONGYING,
    year,
    state: PlanState.APPROVED,
    noticeEndsOn: `${year + 1}-01-12`,
  });
  const funds: Array<[DistributionLineKind, number, string]> = [
    [DistributionLineKind.RESERVE_FUND, 40_000, '提取公积金，用于光伏电站运维和扩大再生产'],
    [DistributionLineKind.WELFARE_FUND, 15_000, '提取公益金，用于村内公共设施管护'],
    [DistributionLineKind.RELIEF_FUND, 30_000, '注入防止返贫致贫救助基金'],
    [DistributionLineKind.WELFARE_POSTS, 36_000, '设置护路、保洁、管水公益岗位 6 个'],
    [DistributionLineKind.SMALL_PUBLIC_WORKS, 20_000, '村内路灯维修、排水沟清淤'],
    [DistributionLineKind.REWARDS, 8_000, '产业发展、就业务工奖励补助'],
    [DistributionLineKind.INDUSTRY, 20_000, '肉羊养殖场重新发包启动资金'],
  ];
  const lines: Array<
    Omit<DistributionLine, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'planId' | 'divisionCode' | 'position'>
  > = funds.map(([kind, yuan, reason]) => ({
    kind,
    amount: formatFen(yuan * 100),
    householdId: null,
    reason,
    condition: null,
  }));
  // Differentiated second distribution: priority households by need, two post holders by work done.
  const priority = households.filter((h) => priorityIds.includes(h.id));
  priority.forEach((h, i) =>
    lines.push({
      kind: DistributionLineKind.HOUSEHOLD,
      amount: formatFen((h.noLabourCapacity ? 2400 : 1600 + (i % 3) * 200) * 100),
      householdId: h.id,
      reason: h.noLabourCapacity ? '无劳动能力特殊困难户，兜底分配' : '特殊困难户（重病、残疾）差异化分配',
      condition: h.noLabourCapacity ? '经村民代表会议评议，全年在册' : '参与村内环境卫生义务劳动 12 次以上',
    }),
  );
  const workers = households.filter((h) => !priorityIds.includes(h.id)).slice(0, 2);
  workers.forEach((h, i) =>
    lines.push({
      kind: DistributionLineKind.HOUSEHOLD,
      amount: formatFen((900 + i * 150) * 100),
      householdId: h.id,
      reason: '公益岗位履职奖励',
      condition: '全年护路出勤 200 天以上',
    }),
  );
  const result = checkPlan(lines, income.distributable, priorityIds);
  if (result.flags.length)
    throw new Error(`demo distribution plan raises flags: ${result.flags.map((f) => f.message).join('; ')}`);
  plan.total = result.total;
  const created = lines.map((line, position) =>
    em.create(DistributionLine, { planId: plan.id, divisionCode: DONGYING, position, ...line }),
  );
  const flow: Array<[PlanAction | null, PlanState | null, PlanState, string, string | null]> = [
    [null, null, PlanState.DRAFT, `${year + 1}-01-03`, '村级拟定方案'],
    [PlanAction.SUBMIT, PlanState.DRAFT, PlanState.TOWNSHIP_REVIEW, `${year + 1}-01-04`, null],
    [PlanAction.APPROVE_TOWNSHIP, PlanState.TOWNSHIP_REVIEW, PlanState.PUBLIC_NOTICE, `${year + 1}-01-07`, null],
    [PlanAction.CONFIRM, PlanState.PUBLIC_NOTICE, PlanState.APPROVED, `${year + 1}-01-13`, '公示期满无异议'],
  ];
  for (const [action, from, to, on, note] of flow) {
    em.create(PlanEvent, {
      id: randomUUID(),
      planId: plan.id,
      divisionCode: DONGYING,
      action,
      fromState: from,
      toState: to,
      actorName: ACTOR,
      note,
      at: new Date(`${on}T10:00:00+08:00`),
    });
  }
  for (const line of created.filter((l) => l.householdId)) {
    const household = households.find((h) => h.id === line.householdId)!;
    em.create(DistributionPayment, {
      planId: plan.id,
      lineId: line.id,
      householdId: household.id,
      divisionCode: DONGYING,
      year,
      amount: line.amount,
      paidOn: `${year}-12-28`,
      method: PaymentMethod.SUBSIDY_CARD,
      note: null,
    });
    await addPropertyIncome(em, household, year, line.amount);
  }
  if (toFen(plan.total) > toFen(income.distributable)) throw new Error('demo plan over-distributes');
  await em.flush();
}

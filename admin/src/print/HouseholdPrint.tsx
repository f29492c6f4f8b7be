import { Loading, useGetOne } from 'react-admin';
import { Alert } from '@mui/material';
import type { HouseholdRecord, IncomeRecord, MemberRecord } from '../dataProvider';
import { formatMoney } from '../format';
import {
  CASE_STATE_LABELS,
  EDUCATION_LABELS,
  HEALTH_STATUS_LABELS,
  LABOUR_CAPACITY_LABELS,
  MONITORING_CATEGORY_LABELS,
  REGISTRATION_STATUS_LABELS,
  RELATION_LABELS,
  RISK_TYPE_LABELS,
  SEX_LABELS,
} from '../labels';
import { FactTable, PrintedOn, PrintPage, Sheet, Signatures } from './PrintPage';

const yesNo = (value: boolean | null | undefined) => (value ? '是' : '否');
const money = (value: unknown) => (value == null ? '—' : formatMoney(value));
const day = (value: string | null | undefined) =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value).toLocaleDateString('zh-CN', {
        timeZone: 'Asia/Shanghai',
      })
    : '—';

export const householdFacts = (household: HouseholdRecord): Array<[string, React.ReactNode]> => [
  ['户编号', household.householdNumber],
  ['户主', household.head?.name ?? '—'],
  ['所在村', household.division?.name ?? household.divisionCode],
  [
    '建档立卡登记状态',
    household.liftedOutYear
      ? `${REGISTRATION_STATUS_LABELS[household.registrationStatus]}（${household.liftedOutYear} 年脱贫）`
      : REGISTRATION_STATUS_LABELS[household.registrationStatus],
  ],
  [
    '监测对象类别',
    household.monitoringCategory
      ? `${MONITORING_CATEGORY_LABELS[household.monitoringCategory]}${household.monitoredSince ? `（${day(household.monitoredSince)} 起）` : ''}`
      : '非监测对象',
  ],
  ['家庭住址', household.address ?? '—'],
  ['联系电话', household.phone ?? '—'],
  ['家庭人口', `${household.memberCount} 人`],
  [
    '人均纯收入',
    household.perCapitaNetIncome != null
      ? `${money(household.perCapitaNetIncome)} 元（${household.incomeYear} 年）`
      : '—',
  ],
  ['整户无劳动能力', yesNo(household.noLabourCapacity)],
  ['低保户 / 特困户', `${yesNo(household.minimumLivingAllowance)} / ${yesNo(household.extremePoverty)}`],
];

export const MembersTable = ({ members }: { members: MemberRecord[] }) => (
  <table data-testid="print-members">
    <thead>
      <tr>
        <th>姓名</th>
        <th>与户主关系</th>
        <th>性别</th>
        <th>年龄</th>
        <th>身份证号</th>
        <th>文化程度</th>
        <th>健康状况</th>
        <th>劳动能力</th>
        <th>务工</th>
      </tr>
    </thead>
    <tbody>
      {members
        .filter((member) => member.status === 'ACTIVE')
        .map((member) => (
          <tr key={member.id}>
            <td>{member.name}</td>
            <td>{RELATION_LABELS[member.relation]}</td>
            <td>{SEX_LABELS[member.sex]}</td>
            <td>{member.age}</td>
            <td style={{ fontFamily: 'monospace' }}>{member.idNumber ?? '已脱敏'}</td>
            <td>{member.education ? EDUCATION_LABELS[member.education] : '—'}</td>
            <td>{member.healthStatus ? HEALTH_STATUS_LABELS[member.healthStatus] : '已脱敏'}</td>
            <td>{LABOUR_CAPACITY_LABELS[member.labourCapacity]}</td>
            <td>{member.workPlace ? `${member.workPlace} ${member.workMonths} 个月` : '—'}</td>
          </tr>
        ))}
    </tbody>
  </table>
);

export const IncomeTable = ({ incomes }: { incomes: IncomeRecord[] }) => (
  <table data-testid="print-incomes">
    <thead>
      <tr>
        <th>年度</th>
        <th>工资性</th>
        <th>经营性</th>
        <th>财产性</th>
        <th>转移性</th>
        <th>生产经营支出</th>
        <th>家庭纯收入</th>
        <th>人均纯收入</th>
      </tr>
    </thead>
    <tbody>
      {[...incomes]
        .sort((a, b) => b.year - a.year)
        .slice(0, 3)
        .map((income) => (
          <tr key={income.id}>
            <td>{income.year}</td>
            <td>{money(income.wages)}</td>
            <td>{money(income.operations)}</td>
            <td>{money(income.property)}</td>
            <td>{money(income.transfers)}</td>
            <td>{money(income.productionCosts)}</td>
            <td>{money(income.netIncome)}</td>
            <td>{money(income.perCapitaNetIncome)}</td>
          </tr>
        ))}
      {!incomes.length && (
        <tr>
          <td colSpan={8}>尚无年度收支记录</td>
        </tr>
      )}
    </tbody>
  </table>
);

export const RiskTable = ({ risks }: { risks: HouseholdRecord['riskFactors'] }) => (
  <table>
    <thead>
      <tr>
        <th>风险类型</th>
        <th>发生日期</th>
        <th>金额（元）</th>
        <th>状态</th>
        <th>说明</th>
      </tr>
    </thead>
    <tbody>
      {risks.map((risk) => (
        <tr key={risk.id}>
          <td>{RISK_TYPE_LABELS[risk.type]}</td>
          <td>{day(risk.occurredOn)}</td>
          <td>{money(risk.amount)}</td>
          <td>{risk.status === 'ACTIVE' ? '未消除' : `已消除 ${day(risk.resolvedOn)}`}</td>
          <td>{risk.note ?? '—'}</td>
        </tr>
      ))}
      {!risks.length && (
        <tr>
          <td colSpan={5}>无</td>
        </tr>
      )}
    </tbody>
  </table>
);

type HouseholdCase = NonNullable<HouseholdRecord['monitoringCases']>[number];

/** 一户一档 on paper: the household, its members, incomes, risks and monitoring cases. */
export const HouseholdPrint = ({ id }: { id: string }) => {
  const { data: household, isPending, error } = useGetOne<HouseholdRecord>('households', { id });
  if (isPending) return <Loading />;
  if (error || !household) return <Alert severity="error">{String((error as Error)?.message ?? '无法读取农户')}</Alert>;
  const cases = (household.monitoringCases ?? []) as HouseholdCase[];
  return (
    <PrintPage title={`打印：${household.householdNumber} ${household.head?.name ?? ''}`}>
      <Sheet testId="print-household">
        <h1>农户档案（一户一档）</h1>
        <h2>一、基本情况</h2>
        <FactTable rows={householdFacts(household)} />
        <h2>二、家庭成员</h2>
        <MembersTable members={household.members} />
        <h2>三、家庭收支（元）</h2>
        <IncomeTable incomes={household.incomes} />
        <h2>四、风险因素</h2>
        <RiskTable risks={household.riskFactors} />
        {household.monitoringCases && (
          <>
            <h2>五、动态监测</h2>
            <table>
              <thead>
                <tr>
                  <th>线索日期</th>
                  <th>类别</th>
                  <th>当前环节</th>
                  <th>认定日期</th>
                  <th>办结日期</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((item) => (
                  <tr key={item.id}>
                    <td>{day(item.openedOn)}</td>
                    <td>{MONITORING_CATEGORY_LABELS[item.category]}</td>
                    <td>{CASE_STATE_LABELS[item.state]}</td>
                    <td>{day(item.identifiedOn)}</td>
                    <td>{day(item.closedOn)}</td>
                  </tr>
                ))}
                {!cases.length && (
                  <tr>
                    <td colSpan={5}>无监测记录</td>
                  </tr>
                )}
              </tbody>
            </table>
          </>
        )}
        <Signatures parts={['户主（签字）', '村级信息员（签字）', '核实日期']} />
        <PrintedOn />
      </Sheet>
    </PrintPage>
  );
};

export { day, money };

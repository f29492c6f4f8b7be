import { Loading, useGetOne } from 'react-admin';
import { Alert } from '@mui/material';
import type { CaseRecord, HouseholdRecord } from '../dataProvider';
import type { CaseAction } from '../gql/graphql';
import { CASE_ACTION_LABELS, CASE_STATE_LABELS, MONITORING_CATEGORY_LABELS, RISK_SOURCE_LABELS } from '../labels';
import { FactTable, PrintedOn, PrintPage, Sheet, Signatures } from './PrintPage';
import { IncomeTable, MembersTable, RiskTable, day, householdFacts } from './HouseholdPrint';

type CaseEvent = CaseRecord['events'][number];

const stepRows = (events: CaseEvent[], actions: CaseAction[]) =>
  events.filter((event) => event.action && actions.includes(event.action));

const StepTable = ({ events, empty }: { events: CaseEvent[]; empty: string }) => (
  <table>
    <thead>
      <tr>
        <th>日期</th>
        <th>环节</th>
        <th>办理人</th>
        <th>意见 / 说明</th>
      </tr>
    </thead>
    <tbody>
      {events.map((event) => (
        <tr key={event.id}>
          <td>{day(event.at)}</td>
          <td>{event.action ? CASE_ACTION_LABELS[event.action] : '线索产生'}</td>
          <td>{event.actorName}</td>
          <td>{event.note ?? '—'}</td>
        </tr>
      ))}
      {!events.length && (
        <tr>
          <td colSpan={4}>{empty}</td>
        </tr>
      )}
    </tbody>
  </table>
);

/**
 * A case's paper forms, each on its own sheet: 入户调查表, 村级评议公示记录 and 认定记录 (with the
 * exit steps when the case has them), filled from the household and the case's timeline.
 */
export const CasePrint = ({ id }: { id: string }) => {
  const { data: item, isPending, error } = useGetOne<CaseRecord>('monitoringCases', { id });
  const { data: household, isPending: householdPending } = useGetOne<HouseholdRecord>(
    'households',
    { id: item?.householdId ?? '' },
    { enabled: !!item?.householdId },
  );
  if (isPending || (item && householdPending)) return <Loading />;
  if (error || !item || !household)
    return <Alert severity="error">{String((error as Error)?.message ?? '无法读取监测案卷')}</Alert>;
  const events = [...item.events].sort((a, b) => a.at.localeCompare(b.at));
  const surveyed = stepRows(events, ['START_SURVEY', 'SUBMIT_SURVEY']);
  const published = events.find((event) => event.action === 'SUBMIT_SURVEY');
  const exitSteps = stepRows(events, [
    'PROPOSE_EXIT',
    'SUBMIT_EXIT_VILLAGE',
    'APPROVE_EXIT_TOWNSHIP',
    'CONFIRM_EXIT_COUNTY',
  ]);
  const head = `${household.division?.name ?? ''} ${household.head?.name ?? ''}户（${household.householdNumber}）`;
  return (
    <PrintPage title={`打印：${head}`}>
      <Sheet testId="print-survey">
        <h1>防止返贫动态监测入户调查表</h1>
        <FactTable
          rows={[
            ...householdFacts(household),
            ['线索来源', RISK_SOURCE_LABELS[item.source]],
            ['线索日期', day(item.openedOn)],
            ['拟认定类别', MONITORING_CATEGORY_LABELS[item.category]],
            ['调查日期', surveyed[0] ? day(surveyed[0].at) : '____年__月__日'],
          ]}
        />
        <h2>线索理由</h2>
        <p>{item.reasons.join('；') || '—'}</p>
        <h2>家庭成员</h2>
        <MembersTable members={household.members} />
        <h2>家庭收支（元）</h2>
        <IncomeTable incomes={household.incomes} />
        <h2>风险因素</h2>
        <RiskTable risks={household.riskFactors} />
        <h2>调查意见</h2>
        <p style={{ minHeight: 48, borderBottom: '1px solid #444' }}>&nbsp;</p>
        <Signatures parts={['调查人（签字）', '户主（签字）', '日期']} />
        <PrintedOn />
      </Sheet>

      <Sheet breakBefore testId="print-review">
        <h1>村级民主评议及公示记录</h1>
        <FactTable
          rows={[
            ['农户', head],
            ['拟认定类别', MONITORING_CATEGORY_LABELS[item.category]],
            ['评议日期', published ? day(published.at) : '____年__月__日'],
            [
              '公示期',
              published ? `${day(published.at)} 至 ${day(item.noticeEndsOn)}` : '____年__月__日 至 ____年__月__日',
            ],
            ['公示地点', '村务公开栏'],
            ['公示期间异议', '□ 无　□ 有（附处理情况）'],
          ]}
        />
        <h2>评议与公示办理记录</h2>
        <StepTable events={stepRows(events, ['SUBMIT_SURVEY', 'SUBMIT_VILLAGE_REVIEW'])} empty="尚未评议" />
        <h2>评议结果</h2>
        <p>参加评议人数 ____ 人，同意 ____ 人，不同意 ____ 人，弃权 ____ 人。</p>
        <Signatures parts={['村党组织书记（签字）', '村委会主任（签字）', '村委会（盖章）']} />
        <PrintedOn />
      </Sheet>

      <Sheet breakBefore testId="print-decision">
        <h1>监测对象认定记录</h1>
        <FactTable
          rows={[
            ['农户', head],
            ['监测对象类别', MONITORING_CATEGORY_LABELS[item.category]],
            ['当前环节', CASE_STATE_LABELS[item.state]],
            ['认定日期', day(item.identifiedOn)],
            ['风险消除日期', day(item.closedOn)],
            ['线索理由', item.reasons.join('；') || '—'],
          ]}
        />
        <h2>乡镇审核、县级认定</h2>
        <StepTable events={stepRows(events, ['APPROVE_TOWNSHIP', 'CONFIRM_COUNTY', 'REJECT'])} empty="尚未审核" />
        {exitSteps.length > 0 && (
          <>
            <h2>风险消除</h2>
            <StepTable events={exitSteps} empty="—" />
          </>
        )}
        <Signatures parts={['乡镇审核人（签字）', '县级认定人（签字）', '（盖章）']} />
        <PrintedOn />
      </Sheet>
    </PrintPage>
  );
};

import {
  Button,
  Link,
  Show,
  TopToolbar,
  useCreatePath,
  useGetList,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Card, CardContent, Chip, Divider, LinearProgress, Stack, Typography } from '@mui/material';
import type { CaseRecord } from '../dataProvider';
import { formatDateTime, formatMoney } from '../format';
import {
  REGISTRATION_STATUS_LABELS,
  HOUSEHOLD_FLAG_LABELS,
  MONITORING_CATEGORY_LABELS,
  RISK_SOURCE_LABELS,
  RISK_TYPE_LABELS,
  type HouseholdFlag,
} from '../labels';
import { CaseActionButtons } from './CaseActions';
import { CaseStateChip } from './CaseFields';
import { CaseReviews } from './CaseReviews';
import { CaseTimeline } from './CaseTimeline';

export const CaseTitle = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const household = record.household;
  return (
    <>
      {translate('resources.monitoringCases.name')}：{household?.householdNumber ?? ''} {household?.head?.name ?? ''}
    </>
  );
};

const Row = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <Stack direction="row" spacing={1} sx={{ py: 0.5 }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 112, flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div" data-testid={testId} sx={{ minWidth: 0 }}>
      {children}
    </Typography>
  </Stack>
);

const SectionCard = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const HouseholdSummary = ({ record }: { record: CaseRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const household = record.household;
  const field = (name: string) => translate(`resources.households.fields.${name}`);
  if (!household) return null;
  const flags = (Object.keys(HOUSEHOLD_FLAG_LABELS) as HouseholdFlag[]).filter((flag) => household[flag]);
  const activeRisks = household.riskFactors.filter((risk) => risk.status === 'ACTIVE');
  return (
    <SectionCard title={translate('app.cases.household')} testId="case-household">
      <Row label={field('householdNumber')}>
        <Link
          to={createPath({ resource: 'households', type: 'show', id: household.id })}
          sx={{ fontFamily: 'monospace' }}
        >
          {household.householdNumber}
        </Link>
      </Row>
      <Row label={field('head')}>{household.head?.name ?? '—'}</Row>
      <Row label={field('division')}>{household.division?.name ?? household.divisionCode}</Row>
      <Row label={field('address')}>{household.address}</Row>
      <Row label={field('registrationStatus')}>
        {REGISTRATION_STATUS_LABELS[household.registrationStatus]}
        {household.liftedOutYear ? `（${household.liftedOutYear} 年脱贫）` : ''}
      </Row>
      <Row label={field('monitoringCategory')}>
        {household.monitoringCategory
          ? `${MONITORING_CATEGORY_LABELS[household.monitoringCategory]}（自 ${household.monitoredSince ?? '—'}）`
          : '—'}
      </Row>
      <Row label={field('memberCount')}>{household.memberCount}</Row>
      <Row label={field('perCapitaNetIncome')}>
        {household.perCapitaNetIncome != null
          ? `${formatMoney(household.perCapitaNetIncome)}（${household.incomeYear} 年）`
          : '—'}
      </Row>
      {flags.length > 0 && (
        <Row label={field('flags')}>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {flags.map((flag) => (
              <Chip key={flag} size="small" variant="outlined" label={HOUSEHOLD_FLAG_LABELS[flag]} />
            ))}
          </Stack>
        </Row>
      )}
      <Row label={translate('app.cases.risks')}>
        {activeRisks.length
          ? activeRisks.map((risk) => `${RISK_TYPE_LABELS[risk.type]}（${risk.occurredOn}）`).join('、')
          : translate('app.common.none')}
      </Row>
    </SectionCard>
  );
};

const CaseDetails = ({ record }: { record: CaseRecord }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.monitoringCases.fields.${name}`);
  return (
    <SectionCard title={translate('resources.monitoringCases.name')}>
      <Row label={field('category')}>{MONITORING_CATEGORY_LABELS[record.category]}</Row>
      <Row label={field('source')}>{RISK_SOURCE_LABELS[record.source]}</Row>
      <Row label={field('openedOn')}>{record.openedOn}</Row>
      {record.noticeEndsOn && <Row label={field('noticeEndsOn')}>{record.noticeEndsOn}</Row>}
      {record.identifiedOn && <Row label={field('identifiedOn')}>{record.identifiedOn}</Row>}
      {record.closedOn && <Row label={field('closedOn')}>{record.closedOn}</Row>}
      <Divider sx={{ my: 1 }} />
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('app.cases.reasons')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="case-reasons">
        {record.reasons.map((reason) => (
          <Typography component="li" variant="body2" key={reason}>
            {reason}
          </Typography>
        ))}
      </Box>
      <CaseSelfReports caseId={record.id} />
    </SectionCard>
  );
};

/** Reports people sent themselves, linked to the case: their own words, marked, never mixed into the reasons. */
const CaseSelfReports = ({ caseId }: { caseId: string }) => {
  const { data } = useGetList('selfReports', {
    filter: { caseId, status: 'ALL' },
    pagination: { page: 1, perPage: 50 },
  });
  if (!data?.length) return null;
  return (
    <Box data-testid="case-self-reports" sx={{ mt: 1 }}>
      {data.map((report) => (
        <Typography variant="body2" key={report.id} sx={{ mt: 0.5 }}>
          <Chip size="small" label="农户自主申报" color="warning" variant="outlined" sx={{ mr: 1 }} />
          {report.description}
        </Typography>
      ))}
    </Box>
  );
};

const CaseLayout = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  // Coming from the list, react-admin first shows the list's record: wait for the case's details.
  if (!record.events || !record.reviews || !record.availableActions || !record.household?.riskFactors)
    return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 5fr) minmax(0, 7fr)' },
        gap: 2,
        p: 2,
        alignItems: 'start',
      }}
    >
      <Stack spacing={2}>
        <HouseholdSummary record={record} />
        <CaseDetails record={record} />
      </Stack>
      <Stack spacing={2}>
        <SectionCard title={translate('app.cases.state_label')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
            <Box data-testid="case-state" data-state={record.state}>
              <CaseStateChip state={record.state} size="medium" />
            </Box>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.monitoringCases.fields.stateChangedAt')}：{formatDateTime(record.stateChangedAt)}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.cases.actions')}
          </Typography>
          <CaseActionButtons />
        </SectionCard>
        <SectionCard title="村级民主评议及公示" testId="case-review-section">
          <CaseReviews record={record} />
        </SectionCard>
        <SectionCard title={translate('app.cases.timeline')}>
          <CaseTimeline events={record.events} />
        </SectionCard>
      </Stack>
    </Box>
  );
};

/** 打印表单: 入户调查表, 评议公示记录 and 认定记录 (#/monitoringCases/:id/print). */
const CaseShowActions = () => {
  const record = useRecordContext<CaseRecord>();
  const redirect = useRedirect();
  if (!record) return null;
  return (
    <TopToolbar>
      <Button
        onClick={() => redirect(`/monitoringCases/${record.id}/print`)}
        label="app.print.case_forms"
        data-testid="print-case-link"
      >
        <PrintIcon />
      </Button>
    </TopToolbar>
  );
};

/** 监测案卷: household summary and reasons, the timeline, and the steps the user may take now. */
export const CaseShow = () => (
  <Show title={<CaseTitle />} actions={<CaseShowActions />}>
    <CaseLayout />
  </Show>
);

export default CaseShow;

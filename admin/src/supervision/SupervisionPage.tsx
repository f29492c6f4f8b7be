import { useState } from 'react';
import {
  Title,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  Breadcrumbs,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import type { CaseState } from '../gql/graphql';
import type { ConsoleDataProvider, IdentificationResult, SupervisionRecord } from '../dataProvider';
import type { ConsoleIdentity } from '../authProvider';
import { currentYear, errorMessage, formatPercent, ratioBound } from '../format';
import { CASE_STATE_LABELS, RATIO_FLAG_LABELS } from '../labels';
import { CASE_STATE_COLORS } from '../monitoringCases/CaseFields';
import { ExportButton } from '../common/ExportButton';

type Row = SupervisionRecord['total'];

const STATE_ORDER = Object.keys(CASE_STATE_LABELS) as CaseState[];

const StateCounts = ({ row }: { row: Row }) => {
  const counts = row.byState
    .filter((s) => s.cases > 0)
    .sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  if (!counts.length) return <>—</>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {counts.map(({ state, cases }) => (
        <Chip
          key={state}
          size="small"
          variant="outlined"
          color={CASE_STATE_COLORS[state]}
          label={`${CASE_STATE_LABELS[state]} ${cases}`}
        />
      ))}
    </Stack>
  );
};

const SupervisionRowView = ({ row, total, onOpen }: { row: Row; total?: boolean; onOpen?: () => void }) => (
  <TableRow
    data-testid={total ? 'supervision-total' : `supervision-row-${row.divisionCode}`}
    sx={total ? { bgcolor: 'action.hover', '& td': { fontWeight: 600 } } : undefined}
    hover={!total}
  >
    <TableCell sx={{ whiteSpace: 'nowrap' }}>
      {onOpen ? (
        <MuiLink component="button" variant="body2" onClick={onOpen} sx={{ verticalAlign: 'baseline' }}>
          {row.divisionName}
        </MuiLink>
      ) : (
        row.divisionName
      )}
    </TableCell>
    <TableCell align="right">{row.registeredPersons.toLocaleString('zh-CN')}</TableCell>
    <TableCell align="right">{row.countedMonitoredPersons.toLocaleString('zh-CN')}</TableCell>
    <TableCell align="right" sx={{ color: row.ratioFlag ? 'error.main' : undefined }}>
      {formatPercent(row.monitoredRatio)}
    </TableCell>
    <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
      {formatPercent(row.expectedRatio)} / {ratioBound(row).label} {formatPercent(ratioBound(row).ratio)}
      {row.deepPoverty ? '（深度贫困）' : ''}
    </TableCell>
    <TableCell>
      {row.ratioFlag ? (
        <Chip
          size="small"
          color="error"
          label={RATIO_FLAG_LABELS[row.ratioFlag] ?? row.ratioFlag}
          data-testid="ratio-flag"
        />
      ) : (
        '—'
      )}
    </TableCell>
    <TableCell align="right" sx={{ color: row.overdueCases ? 'error.main' : undefined }}>
      {row.overdueCases}
    </TableCell>
    <TableCell>
      <StateCounts row={row} />
    </TableCell>
  </TableRow>
);

/** 系统比对 for the division shown, this year; the result counts in the dialog. */
const IdentifyButton = ({ divisionCode, divisionName }: { divisionCode: string; divisionName: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'identification', action: 'run' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IdentificationResult | null>(null);
  const year = currentYear();
  if (!canAccess) return null;
  const run = async () => {
    setBusy(true);
    try {
      setResult(await dataProvider.identifyHouseholds(divisionCode, year));
      notify('app.supervision.identified', { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setResult(null);
  };
  const counts: Array<[keyof IdentificationResult, string]> = [
    ['matched', 'app.supervision.matched'],
    ['leadsOpened', 'app.supervision.leads_opened'],
    ['alreadyOpen', 'app.supervision.already_open'],
    ['villagesWithoutLine', 'app.supervision.villages_without_line'],
  ];
  return (
    <>
      <Button
        variant="contained"
        startIcon={<CompareArrowsIcon />}
        onClick={() => setOpen(true)}
        data-testid="identify"
      >
        {translate('app.supervision.identify')}
      </Button>
      <Dialog open={open} onClose={busy ? undefined : close} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('app.supervision.identify_title', { year })}</DialogTitle>
        <DialogContent>
          {result ? (
            <Table size="small" data-testid="identify-result">
              <TableBody>
                {counts.map(([key, label]) => (
                  <TableRow key={key}>
                    <TableCell>{translate(label)}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600 }} data-testid={`identify-${key}`}>
                      {result[key]}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <DialogContentText>
              {translate('app.supervision.identify_help', { year, name: divisionName })}
            </DialogContentText>
          )}
        </DialogContent>
        <DialogActions>
          {result ? (
            <Button onClick={close}>{translate('ra.action.close')}</Button>
          ) : (
            <>
              <Button onClick={close} disabled={busy}>
                {translate('ra.action.cancel')}
              </Button>
              <Button
                variant="contained"
                onClick={run}
                disabled={busy}
                startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="identify-run"
              >
                {translate('app.supervision.identify_run')}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};

/** 监测督导: the division's total and one row per child; click a child to go down a level. */
export const SupervisionPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const home = (identity as ConsoleIdentity | undefined)?.division ?? null;
  const [trail, setTrail] = useState<Array<{ code: string; name: string }>>([]);
  const current = trail.at(-1) ?? (home ? { code: home.code, name: home.name } : null);
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, isPending, error } = useGetOne<SupervisionRecord>(
    'supervision',
    { id: current?.code ?? '' },
    { enabled: Boolean(current) },
  );
  const headers = ['division', 'persons', 'monitored', 'ratio', 'expected_max', 'flag', 'overdue', 'by_state'];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.supervision.title')} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
            <Breadcrumbs sx={{ flex: 1 }}>
              {home && (
                <MuiLink
                  component="button"
                  variant="body1"
                  onClick={() => setTrail([])}
                  underline={trail.length ? 'hover' : 'none'}
                >
                  {home.name}
                </MuiLink>
              )}
              {trail.map((item, index) => (
                <MuiLink
                  key={item.code}
                  component="button"
                  variant="body1"
                  onClick={() => setTrail(trail.slice(0, index + 1))}
                >
                  {item.name}
                </MuiLink>
              ))}
            </Breadcrumbs>
            {data && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.supervision.overdue_help', { days: data.overdueDays })}
              </Typography>
            )}
            {current && (
              <ExportButton
                start={() => dataProvider.startSupervisionExport(current.code)}
                testId="export-supervision"
              />
            )}
            {current && <IdentifyButton divisionCode={current.code} divisionName={current.name} />}
          </Stack>
          {error ? (
            <Alert severity="error">{errorMessage(error)}</Alert>
          ) : isPending || !data ? (
            <CircularProgress size={24} />
          ) : (
            <TableContainer>
              <Table size="small" data-testid="supervision-table">
                <TableHead>
                  <TableRow>
                    {headers.map((key) => (
                      <TableCell
                        key={key}
                        align={
                          ['persons', 'monitored', 'ratio', 'expected_max', 'overdue'].includes(key)
                            ? 'right'
                            : undefined
                        }
                        // Long headers wrap and the state chips get room to lie in rows: the table fits a 1400 px screen.
                        sx={
                          key === 'by_state'
                            ? { minWidth: 280 }
                            : key === 'division'
                              ? { whiteSpace: 'nowrap' }
                              : { minWidth: '6em' }
                        }
                      >
                        {translate(`app.supervision.${key}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.children.map((row) => (
                    <SupervisionRowView
                      key={row.divisionCode}
                      row={row}
                      onOpen={
                        row.divisionCode.endsWith('000')
                          ? () => setTrail([...trail, { code: row.divisionCode, name: row.divisionName }])
                          : undefined
                      }
                    />
                  ))}
                  <SupervisionRowView
                    row={{
                      ...data.total,
                      divisionName: `${translate('app.supervision.total')}（${data.total.divisionName}）`,
                    }}
                    total
                  />
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default SupervisionPage;

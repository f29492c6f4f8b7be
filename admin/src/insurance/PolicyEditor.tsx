import { useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useGetIdentity, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  FormGroup,
  Grid,
  IconButton,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import type { ConsoleInsurancePoliciesQuery, InsuredCause } from '../gql/graphql';
import type { ConsoleIdentity } from '../authProvider';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { currentYear, formatMoney } from '../format';
import { InsurancePoliciesQuery, PayoutPreviewQuery, SaveInsurancePolicyMutation } from './documents';
import { INSURED_CAUSE_LABELS } from './labels';
import { usePageQuery } from '../common/usePageQuery';

type Policy = ConsoleInsurancePoliciesQuery['insurancePolicies'][number];
interface BandRow {
  lowerBound: string;
  upperBound: string;
  rate: string;
}
interface Draft {
  divisionCode: string;
  insurerName: string;
  coveredDivisionCodes: string;
  baseShare: string;
  premiumPerPerson: string;
  lineMode: 'amount' | 'multiple';
  preventionLineAmount: string;
  preventionLineMultiple: string;
  povertyLine: string;
  insuredCauses: InsuredCause[];
  deductible: string;
  bands: BandRow[];
  causeCaps: Partial<Record<InsuredCause, string>>;
  personYearCap: string;
}

const CAUSES = Object.keys(INSURED_CAUSE_LABELS) as InsuredCause[];
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function draftOf(policy: Policy | undefined, divisionCode: string): Draft {
  if (!policy) {
    return {
      divisionCode,
      insurerName: '',
      coveredDivisionCodes: divisionCode,
      baseShare: '0.15',
      premiumPerPerson: '100.00',
      lineMode: 'multiple',
      preventionLineAmount: '',
      preventionLineMultiple: '1.5',
      povertyLine: '6000.00',
      insuredCauses: ['ILLNESS', 'DISASTER'],
      deductible: '5000.00',
      bands: [
        { lowerBound: '5000.00', upperBound: '20000.00', rate: '0.30' },
        { lowerBound: '20000.00', upperBound: '', rate: '0.50' },
      ],
      causeCaps: {},
      personYearCap: '',
    };
  }
  return {
    divisionCode: policy.divisionCode,
    insurerName: policy.insurerName,
    coveredDivisionCodes: policy.coveredDivisionCodes.join('\n'),
    baseShare: policy.baseShare,
    premiumPerPerson: str(policy.premiumPerPerson),
    lineMode: policy.preventionLineAmount ? 'amount' : 'multiple',
    preventionLineAmount: str(policy.preventionLineAmount),
    preventionLineMultiple: str(policy.preventionLineMultiple),
    povertyLine: str(policy.povertyLine),
    insuredCauses: policy.insuredCauses,
    deductible: str(policy.deductible),
    bands: policy.bands.map((b) => ({ lowerBound: str(b.lowerBound), upperBound: str(b.upperBound), rate: b.rate })),
    causeCaps: Object.fromEntries(policy.causeCaps.map((c) => [c.cause, str(c.cap)])),
    personYearCap: str(policy.personYearCap),
  };
}

const bandsInput = (bands: BandRow[]) =>
  bands.map((b) => ({ lowerBound: b.lowerBound.trim(), upperBound: b.upperBound.trim() || null, rate: b.rate.trim() }));

/** 赔付试算: what the bands (as edited, unsaved) pay for a self-paid amount, from the server's own rule. */
const Calculator = ({ draft }: { draft: Draft }) => {
  const [selfPaid, setSelfPaid] = useState('35000.00');
  const [result, setResult] = useState<{
    aboveDeductible: boolean;
    payoutAmount: unknown;
    bands: Array<{ lowerBound: unknown; upperBound?: unknown; rate: string; amount: unknown }>;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify([selfPaid, draft.deductible, draft.bands]);
  useEffect(() => {
    const timer = setTimeout(() => {
      graphqlRequest(PayoutPreviewQuery, {
        input: { selfPaidAmount: selfPaid.trim(), deductible: draft.deductible.trim(), bands: bandsInput(draft.bands) },
      })
        .then((r) => {
          setResult(r.insurancePayoutPreview);
          setError(null);
        })
        .catch((e: Error) => {
          setResult(null);
          setError(e.message);
        });
    }, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` holds the inputs by value: equal figures do not re-ask
  }, [key]);
  return (
    <Card variant="outlined" data-testid="payout-calculator">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          赔付试算
        </Typography>
        <TextField
          size="small"
          label="报销后自付费用（元）"
          value={selfPaid}
          onChange={(e) => setSelfPaid(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'calc-self-paid' } }}
        />
        {error && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {result && (
          <>
            <Table size="small" sx={{ mt: 1 }}>
              <TableHead>
                <TableRow>
                  <TableCell>档次</TableCell>
                  <TableCell align="right">比例</TableCell>
                  <TableCell align="right">赔付（元）</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.bands.map((b, i) => (
                  <TableRow key={i}>
                    <TableCell>
                      {formatMoney(b.lowerBound)} – {b.upperBound ? formatMoney(b.upperBound) : '以上'}
                    </TableCell>
                    <TableCell align="right">{b.rate}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(b.amount)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography sx={{ mt: 1 }} data-testid="calc-payout">
              {result.aboveDeductible ? (
                <>
                  应赔 <b>{formatMoney(result.payoutAmount)}</b> 元（未计限额与防贫线核查）
                </>
              ) : (
                '未超过起付线，不赔付'
              )}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};

/** 防贫保保单: the policies that cover this jurisdiction, per year; the own division's is editable. */
export const PolicyEditor = () => {
  const notify = useNotify();
  const { data: identity } = useGetIdentity();
  const ownCode = (identity as ConsoleIdentity | undefined)?.division?.code ?? '';
  const { canAccess: canEdit } = useCanAccess({ resource: 'insurancePolicies', action: 'edit' });
  const [year, setYear] = useState(currentYear());
  const { data, error, reload } = usePageQuery(InsurancePoliciesQuery, { year });
  const policies = useMemo(() => data?.insurancePolicies ?? [], [data]);
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const policy = policies.find((p) => p.id === selected) ?? (selected === 'new' ? undefined : policies[0]);
  const [draft, setDraft] = useState<Draft>(() => draftOf(undefined, ownCode));
  const [saving, setSaving] = useState(false);
  // The draft is reset when another policy or a new version is shown, not on every re-read of the list.
  useEffect(() => {
    setDraft(draftOf(policy, ownCode));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the policy's identity and version on purpose
  }, [policy?.id, policy?.version, ownCode]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const editable = canEdit && (!policy || policy.divisionCode.startsWith(ownCode.replace(/(00)+$/, '')));

  const save = async () => {
    setSaving(true);
    try {
      const input = {
        insurerName: draft.insurerName.trim(),
        coveredDivisionCodes: draft.coveredDivisionCodes.split(/[\s,，]+/).filter(Boolean),
        baseShare: draft.baseShare.trim(),
        premiumPerPerson: draft.premiumPerPerson.trim(),
        preventionLineAmount: draft.lineMode === 'amount' ? draft.preventionLineAmount.trim() || null : null,
        preventionLineMultiple: draft.lineMode === 'multiple' ? draft.preventionLineMultiple.trim() || null : null,
        povertyLine: draft.lineMode === 'multiple' ? draft.povertyLine.trim() || null : null,
        insuredCauses: draft.insuredCauses,
        deductible: draft.deductible.trim(),
        bands: bandsInput(draft.bands),
        causeCaps: CAUSES.filter((c) => draft.insuredCauses.includes(c) && draft.causeCaps[c]?.trim()).map((c) => ({
          cause: c,
          cap: draft.causeCaps[c]!.trim(),
        })),
        personYearCap: draft.personYearCap.trim() || null,
      };
      const { saveInsurancePolicy } = await graphqlRequest(SaveInsurancePolicyMutation, {
        divisionCode: draft.divisionCode,
        year,
        input,
        version: policy?.version ?? null,
      });
      notify('保单已保存', { type: 'success' });
      setSelected(saveInsurancePolicy.id);
      reload();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="防贫保保单" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="年度"
          value={year}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setSelected(null);
          }}
          sx={{ width: 120 }}
        >
          {[currentYear() + 1, currentYear(), currentYear() - 1, currentYear() - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        {policies.map((p) => (
          <Chip
            key={p.id}
            label={`${p.divisionCode} · ${p.insurerName}`}
            color={policy?.id === p.id ? 'primary' : 'default'}
            onClick={() => setSelected(p.id)}
          />
        ))}
        {canEdit && (
          <Button startIcon={<AddIcon />} onClick={() => setSelected('new')}>
            新建本级保单
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {!policy && selected !== 'new' && <Alert severity="info">{year} 年度本辖区没有防贫保保单。</Alert>}
      {(policy || selected === 'new') && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Card>
              <CardContent>
                {policy && (
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="policy-premium">
                    投保区划 {policy.divisionCode}：农村人口 {policy.ruralPopulation} 人 × {policy.baseShare} = 投保基数{' '}
                    {policy.insuredBase} 人，保费 {formatMoney(policy.premium)} 元
                  </Typography>
                )}
                <Grid container spacing={2}>
                  <Grid size={{ xs: 12, sm: 6 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="承保机构"
                      value={draft.insurerName}
                      onChange={(e) => set('insurerName', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 6 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="覆盖区划（12 位代码，可多个）"
                      value={draft.coveredDivisionCodes}
                      onChange={(e) => set('coveredDivisionCodes', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={{ xs: 6, sm: 3 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="投保比例（0.10—0.20）"
                      value={draft.baseShare}
                      onChange={(e) => set('baseShare', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={{ xs: 6, sm: 3 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="每人保费（元）"
                      value={draft.premiumPerPerson}
                      onChange={(e) => set('premiumPerPerson', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={{ xs: 6, sm: 3 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="起付线（元）"
                      value={draft.deductible}
                      onChange={(e) => set('deductible', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={{ xs: 6, sm: 3 }}>
                    <TextField
                      fullWidth
                      size="small"
                      label="每人每年限额（元）"
                      value={draft.personYearCap}
                      onChange={(e) => set('personYearCap', e.target.value)}
                      disabled={!editable}
                    />
                  </Grid>
                  <Grid size={12}>
                    <RadioGroup
                      row
                      value={draft.lineMode}
                      onChange={(e) => set('lineMode', e.target.value as Draft['lineMode'])}
                    >
                      <FormControlLabel
                        value="multiple"
                        control={<Radio size="small" />}
                        label="防贫线 = 贫困线 × 倍数"
                        disabled={!editable}
                      />
                      <FormControlLabel
                        value="amount"
                        control={<Radio size="small" />}
                        label="防贫线为固定金额"
                        disabled={!editable}
                      />
                    </RadioGroup>
                    {draft.lineMode === 'multiple' ? (
                      <Stack direction="row" spacing={2}>
                        <TextField
                          size="small"
                          label="贫困线（元/人·年）"
                          value={draft.povertyLine}
                          onChange={(e) => set('povertyLine', e.target.value)}
                          disabled={!editable}
                        />
                        <TextField
                          size="small"
                          label="倍数"
                          value={draft.preventionLineMultiple}
                          onChange={(e) => set('preventionLineMultiple', e.target.value)}
                          disabled={!editable}
                        />
                      </Stack>
                    ) : (
                      <TextField
                        size="small"
                        label="防贫线（元/人·年）"
                        value={draft.preventionLineAmount}
                        onChange={(e) => set('preventionLineAmount', e.target.value)}
                        disabled={!editable}
                      />
                    )}
                  </Grid>
                  <Grid size={12}>
                    <Typography variant="subtitle2">承保原因与按原因的每人每年限额</Typography>
                    <FormGroup>
                      {CAUSES.map((cause) => (
                        <Stack key={cause} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                          <FormControlLabel
                            sx={{ width: 180 }}
                            label={INSURED_CAUSE_LABELS[cause]}
                            disabled={!editable}
                            control={
                              <Checkbox
                                size="small"
                                checked={draft.insuredCauses.includes(cause)}
                                onChange={(e) =>
                                  set(
                                    'insuredCauses',
                                    e.target.checked
                                      ? [...draft.insuredCauses, cause]
                                      : draft.insuredCauses.filter((c) => c !== cause),
                                  )
                                }
                              />
                            }
                          />
                          {draft.insuredCauses.includes(cause) && (
                            <TextField
                              size="small"
                              label="限额（元，可不填）"
                              value={draft.causeCaps[cause] ?? ''}
                              disabled={!editable}
                              onChange={(e) => set('causeCaps', { ...draft.causeCaps, [cause]: e.target.value })}
                            />
                          )}
                        </Stack>
                      ))}
                    </FormGroup>
                  </Grid>
                  <Grid size={12}>
                    <Typography variant="subtitle2">
                      赔付档次（报销后自付费用，下限 ≤ 金额 &lt; 上限；最后一档可不设上限）
                    </Typography>
                    <Table size="small" data-testid="policy-bands">
                      <TableHead>
                        <TableRow>
                          <TableCell>下限（元）</TableCell>
                          <TableCell>上限（元）</TableCell>
                          <TableCell>比例</TableCell>
                          <TableCell />
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {draft.bands.map((band, i) => (
                          <TableRow key={i}>
                            {(['lowerBound', 'upperBound', 'rate'] as const).map((k) => (
                              <TableCell key={k}>
                                <TextField
                                  size="small"
                                  variant="standard"
                                  value={band[k]}
                                  disabled={!editable}
                                  onChange={(e) =>
                                    set(
                                      'bands',
                                      draft.bands.map((b, j) => (j === i ? { ...b, [k]: e.target.value } : b)),
                                    )
                                  }
                                />
                              </TableCell>
                            ))}
                            <TableCell>
                              <IconButton
                                size="small"
                                disabled={!editable || draft.bands.length === 1}
                                onClick={() =>
                                  set(
                                    'bands',
                                    draft.bands.filter((_, j) => j !== i),
                                  )
                                }
                              >
                                <DeleteIcon fontSize="small" />
                              </IconButton>
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                    {editable && (
                      <Button
                        size="small"
                        startIcon={<AddIcon />}
                        onClick={() =>
                          set('bands', [
                            ...draft.bands,
                            { lowerBound: draft.bands.at(-1)?.upperBound ?? '', upperBound: '', rate: '' },
                          ])
                        }
                      >
                        增加一档
                      </Button>
                    )}
                  </Grid>
                </Grid>
                {editable && (
                  <Button
                    variant="contained"
                    startIcon={<SaveIcon />}
                    sx={{ mt: 2 }}
                    disabled={saving}
                    onClick={save}
                    data-testid="save-insurance-policy"
                  >
                    保存
                  </Button>
                )}
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Calculator draft={draft} />
          </Grid>
        </Grid>
      )}
    </Box>
  );
};

import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Button, Container, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import type { PublicDivisionsQuery, RiskType } from '../gql/graphql';
import { ApiError, graphqlRequest } from '../dataProvider/graphqlRequest';
import { RISK_TYPE_LABELS } from '../labels';
import { PublicDivisionsQuery as DivisionsDocument, SubmitSelfReportMutation } from './documents';

type Option = PublicDivisionsQuery['publicDivisions'][number];
type Field = 'villageCode' | 'name' | 'idNumber' | 'phone' | 'difficulty' | 'description';
/** 省 → 市 → 县 → 乡镇 → 村: five pickers, each filled when the one above is chosen. */
const LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
const DIFFICULTIES = Object.keys(RISK_TYPE_LABELS) as RiskType[];

const fetchChildren = async (parentCode: string | null) =>
  (await graphqlRequest(DivisionsDocument, { parentCode }, { anonymous: true })).publicDivisions;

/**
 * 农户自主申报: the public page (#/self-report, no sign-in, made for a phone). It sends nothing
 * until every field passes the same checks as the server, and shows the server's message under
 * the field it names. The answer is the same whether or not the person is registered.
 */
export const SelfReportPage = () => {
  const translate = useTranslate();
  const [options, setOptions] = useState<Option[][]>([[], [], [], [], []]);
  const [picked, setPicked] = useState<string[]>(['', '', '', '', '']);
  const [values, setValues] = useState({
    name: '',
    idNumber: '',
    phone: '',
    difficulty: '' as RiskType | '',
    description: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    fetchChildren(null)
      .then((provinces) => setOptions((o) => [provinces, ...o.slice(1)]))
      .catch((e: Error) => setFailure(e.message));
  }, []);

  const pick = async (level: number, code: string) => {
    const nextPicked = [...picked.slice(0, level), code, ...Array(LEVELS.length - level - 1).fill('')];
    setPicked(nextPicked);
    setErrors((e) => ({ ...e, villageCode: undefined }));
    if (level + 1 < LEVELS.length) {
      const children = code ? await fetchChildren(code).catch(() => []) : [];
      setOptions((o) => [...o.slice(0, level + 1), children, ...Array(LEVELS.length - level - 2).fill([])]);
    }
  };

  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setErrors((old) => ({ ...old, [field]: undefined }));
  };

  /** The checks the server makes, so most mistakes are shown before anything is sent. */
  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!picked[4]) found.villageCode = translate('app.self_report.error_village');
    if (!/^[\u4e00-\u9fa5·]{2,20}$/u.test(values.name.trim())) found.name = translate('app.self_report.error_name');
    if (!/^\d{17}[\dXx]$/.test(values.idNumber.trim())) found.idNumber = translate('app.self_report.error_id');
    if (!/^1[3-9]\d{9}$/.test(values.phone.trim())) found.phone = translate('app.self_report.error_phone');
    if (!values.difficulty) found.difficulty = translate('app.self_report.error_difficulty');
    const length = values.description.trim().length;
    if (length < 5 || length > 500) found.description = translate('app.self_report.error_description');
    return found;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const { submitSelfReport } = await graphqlRequest(
        SubmitSelfReportMutation,
        {
          input: {
            villageCode: picked[4],
            name: values.name.trim(),
            idNumber: values.idNumber.trim().toUpperCase(),
            phone: values.phone.trim(),
            difficulty: values.difficulty as RiskType,
            description: values.description.trim(),
          },
        },
        { anonymous: true },
      );
      setReceipt(submitSelfReport.message);
    } catch (error) {
      const field = error instanceof ApiError ? (error.field as Field | undefined) : undefined;
      if (field) setErrors({ [field]: (error as Error).message });
      else setFailure((error as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: { xs: 2, sm: 4 } }}>
      <Container maxWidth="sm" sx={{ px: { xs: 1.5, sm: 3 } }}>
        <Paper sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.self_report.title')}
          </Typography>
          {receipt ? (
            <Alert severity="success" data-testid="self-report-receipt">
              {receipt}
            </Alert>
          ) : (
            <form onSubmit={submit} noValidate data-testid="self-report-form">
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('app.self_report.intro')}
              </Typography>
              <Stack spacing={2}>
                {LEVELS.map((level, index) => (
                  <TextField
                    key={level}
                    select
                    fullWidth
                    size="small"
                    label={translate(`app.self_report.${level}`)}
                    value={picked[index]}
                    disabled={index > 0 && !picked[index - 1]}
                    onChange={(e) => void pick(index, e.target.value)}
                    error={index === 4 && !!errors.villageCode}
                    helperText={index === 4 ? errors.villageCode : undefined}
                    slotProps={{ htmlInput: { 'data-testid': `pick-${level}` } }}
                  >
                    {options[index].map((d) => (
                      <MenuItem key={d.code} value={d.code}>
                        {d.name}
                      </MenuItem>
                    ))}
                  </TextField>
                ))}
                <TextField
                  label={translate('app.self_report.name')}
                  value={values.name}
                  onChange={set('name')}
                  error={!!errors.name}
                  helperText={errors.name}
                  fullWidth
                  size="small"
                  autoComplete="name"
                  slotProps={{ htmlInput: { name: 'name' } }}
                />
                <TextField
                  label={translate('app.self_report.id_number')}
                  value={values.idNumber}
                  onChange={set('idNumber')}
                  error={!!errors.idNumber}
                  helperText={errors.idNumber}
                  fullWidth
                  size="small"
                  slotProps={{ htmlInput: { name: 'idNumber', maxLength: 18, autoCapitalize: 'characters' } }}
                />
                <TextField
                  label={translate('app.self_report.phone')}
                  value={values.phone}
                  onChange={set('phone')}
                  error={!!errors.phone}
                  helperText={errors.phone}
                  fullWidth
                  size="small"
                  type="tel"
                  autoComplete="tel"
                  slotProps={{ htmlInput: { name: 'phone', maxLength: 11, inputMode: 'numeric' } }}
                />
                <TextField
                  select
                  label={translate('app.self_report.difficulty')}
                  value={values.difficulty}
                  onChange={set('difficulty')}
                  error={!!errors.difficulty}
                  helperText={errors.difficulty}
                  fullWidth
                  size="small"
                  slotProps={{ htmlInput: { 'data-testid': 'pick-difficulty' } }}
                >
                  {DIFFICULTIES.map((d) => (
                    <MenuItem key={d} value={d}>
                      {RISK_TYPE_LABELS[d]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  label={translate('app.self_report.description')}
                  value={values.description}
                  onChange={set('description')}
                  error={!!errors.description}
                  helperText={errors.description ?? translate('app.self_report.description_help')}
                  fullWidth
                  multiline
                  minRows={3}
                  slotProps={{ htmlInput: { name: 'description', maxLength: 500 } }}
                />
                {failure && <Alert severity="error">{failure}</Alert>}
                <Button type="submit" variant="contained" size="large" disabled={sending} fullWidth>
                  {translate('app.self_report.submit')}
                </Button>
                <Typography variant="caption" color="text.secondary">
                  {translate('app.self_report.privacy')}
                </Typography>
              </Stack>
            </form>
          )}
        </Paper>
      </Container>
    </Box>
  );
};

export default SelfReportPage;

import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import type { ConsoleDataProvider, DivisionRecord } from '../dataProvider';
import type { ConsoleIdentity } from '../authProvider';
import { errorMessage } from '../format';

/**
 * 深度贫困地区: the flag, and for province and city offices (DIVISION_CLASSIFY) a switch that asks for
 * the reason (认定依据, kept in the audit log) before calling `setDivisionDeepPoverty`. An office
 * cannot classify its own division (the API refuses it), so no switch is offered there.
 */
export const DeepPovertyField = (_props: { label?: string }) => {
  const record = useRecordContext<DivisionRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { identity } = useGetIdentity();
  const own = (identity as ConsoleIdentity | undefined)?.division?.code ?? null;
  const { canAccess } = useCanAccess({ resource: 'divisions', action: 'classify' });
  const [target, setTarget] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const mayClassify = Boolean(canAccess) && record.code !== own && record.level !== 'PROVINCE';

  const flag = record.deepPoverty ? (
    <Chip size="small" color="error" variant="outlined" label="深度贫困" data-testid="deep-poverty-flag" />
  ) : (
    <Typography variant="body2" color="text.secondary" component="span">
      否
    </Typography>
  );
  if (!mayClassify) return flag;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (target === null) return;
    if (!reason.trim()) {
      setReasonError('请填写认定依据');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await dataProvider.setDivisionDeepPoverty(record.code, target, reason.trim());
      notify(target ? `已认定 ${record.name} 为深度贫困地区` : `已取消 ${record.name} 的深度贫困地区认定`, {
        type: 'success',
      });
      setTarget(null);
      refresh();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} onClick={(event) => event.stopPropagation()}>
        <Switch
          size="small"
          checked={record.deepPoverty}
          slotProps={{
            input: {
              'aria-label': '深度贫困地区',
              'data-testid': 'deep-poverty-switch',
            } as React.InputHTMLAttributes<HTMLInputElement>,
          }}
          onChange={(event) => {
            setReason('');
            setReasonError(null);
            setFailure(null);
            setTarget(event.target.checked);
          }}
        />
        {flag}
      </Stack>
      <Dialog
        open={target !== null}
        onClose={busy ? undefined : () => setTarget(null)}
        maxWidth="sm"
        fullWidth
        onClick={(event) => event.stopPropagation()}
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle>{target ? '认定为深度贫困地区' : '取消深度贫困地区认定'}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {record.name}：深度贫困地区的监测对象占比适用上限。请填写认定依据（如文件文号），记入审计日志。
            </DialogContentText>
            {failure && (
              <Alert severity="error" sx={{ mb: 1 }} data-testid="deep-poverty-error">
                {failure}
              </Alert>
            )}
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              required
              name="reason"
              label="认定依据"
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(null);
              }}
              error={Boolean(reasonError)}
              helperText={reasonError ?? ' '}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setTarget(null)} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              data-testid="confirm-deep-poverty"
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {translate('ra.action.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};

import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { CaseAction, MonitoringCategory } from '../gql/graphql';
import type { CaseRecord, ConsoleDataProvider } from '../dataProvider';
import { errorMessage } from '../format';
import { CASE_ACTION_LABELS, MONITORING_CATEGORY_LABELS } from '../labels';

/** Steps that need a reason (the API refuses them without one). */
const NEEDS_REASON: CaseAction[] = ['REJECT', 'DISMISS'];
/** Steps that go back or close the case: shown as secondary, red buttons. */
const NEGATIVE: CaseAction[] = ['REJECT', 'DISMISS'];

/**
 * One button per step in `availableActions` (`data-action="<CaseAction>"`). REJECT and DISMISS ask
 * for a reason, CONFIRM_COUNTY for the category; the others act at once. Each calls `actOnCase` with
 * the version read and refreshes the page.
 */
export const CaseActionButtons = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [busy, setBusy] = useState<CaseAction | null>(null);
  const [dialog, setDialog] = useState<CaseAction | null>(null);
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<MonitoringCategory | ''>('');
  const [noteError, setNoteError] = useState<string | null>(null);
  // The last refusal stays on the page (e.g. 公示异议 not yet answered), not only in the passing notice.
  const [failure, setFailure] = useState<string | null>(null);
  if (!record) return null;

  const act = async (action: CaseAction, options: { note?: string; category?: MonitoringCategory } = {}) => {
    setBusy(action);
    setFailure(null);
    try {
      await dataProvider.actOnCase(record, action, options);
      notify('app.cases.done', { type: 'success', messageArgs: { action: CASE_ACTION_LABELS[action] } });
      setDialog(null);
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error' });
      if (dialog && NEEDS_REASON.includes(dialog)) setNoteError(message);
      else {
        setFailure(message);
        setDialog(null);
      }
    } finally {
      setBusy(null);
      refresh();
    }
  };

  const open = (action: CaseAction) => {
    if (!NEEDS_REASON.includes(action) && action !== 'CONFIRM_COUNTY') {
      void act(action);
      return;
    }
    setNote('');
    setNoteError(null);
    setCategory(record.category);
    setDialog(action);
  };

  const confirm = (event: React.FormEvent) => {
    event.preventDefault();
    if (!dialog) return;
    if (NEEDS_REASON.includes(dialog) && !note.trim()) {
      setNoteError(translate('app.cases.reason_required'));
      return;
    }
    void act(dialog, {
      note: note.trim() || undefined,
      category: dialog === 'CONFIRM_COUNTY' && category && category !== record.category ? category : undefined,
    });
  };

  if (!record.availableActions.length) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="no-actions">
        {translate('app.cases.no_actions')}
      </Typography>
    );
  }

  const ordered = [...record.availableActions].sort(
    (a, b) => Number(NEGATIVE.includes(a)) - Number(NEGATIVE.includes(b)),
  );
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="case-actions">
        {ordered.map((action) => (
          <Button
            key={action}
            data-action={action}
            variant={NEGATIVE.includes(action) ? 'outlined' : 'contained'}
            color={NEGATIVE.includes(action) ? 'error' : 'primary'}
            disabled={busy !== null}
            onClick={() => open(action)}
            startIcon={busy === action ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {CASE_ACTION_LABELS[action]}
          </Button>
        ))}
      </Stack>
      {failure && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setFailure(null)} data-testid="case-action-error">
          {failure}
        </Alert>
      )}
      <Dialog open={dialog !== null} onClose={busy ? undefined : () => setDialog(null)} maxWidth="sm" fullWidth>
        <form onSubmit={confirm} noValidate>
          <DialogTitle>{dialog ? CASE_ACTION_LABELS[dialog] : ''}</DialogTitle>
          <DialogContent>
            {dialog === 'CONFIRM_COUNTY' && (
              <>
                <DialogContentText sx={{ mb: 2 }}>{translate('app.cases.confirm_county_help')}</DialogContentText>
                <TextField
                  select
                  fullWidth
                  name="category"
                  label={translate('resources.monitoringCases.fields.category')}
                  value={category}
                  onChange={(event) => setCategory(event.target.value as MonitoringCategory)}
                  sx={{ mb: 2 }}
                  slotProps={{
                    select: {
                      SelectDisplayProps: { 'data-testid': 'case-category' } as React.HTMLAttributes<HTMLDivElement>,
                    },
                  }}
                >
                  {(Object.keys(MONITORING_CATEGORY_LABELS) as MonitoringCategory[]).map((value) => (
                    <MenuItem key={value} value={value} data-value={value}>
                      {MONITORING_CATEGORY_LABELS[value]}
                    </MenuItem>
                  ))}
                </TextField>
              </>
            )}
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={3}
              name="note"
              label={translate(
                dialog && NEEDS_REASON.includes(dialog) ? 'app.cases.reason_label' : 'app.cases.note_label',
              )}
              required={Boolean(dialog && NEEDS_REASON.includes(dialog))}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
                setNoteError(null);
              }}
              error={Boolean(noteError)}
              helperText={noteError ?? ' '}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)} disabled={busy !== null}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              color={dialog && NEGATIVE.includes(dialog) ? 'error' : 'primary'}
              disabled={busy !== null}
              data-testid="confirm-action"
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

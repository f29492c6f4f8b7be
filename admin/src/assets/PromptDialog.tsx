import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';

export interface PromptField {
  name: string;
  label: string;
  initial?: string;
  multiline?: boolean;
  required?: boolean;
  choices?: Record<string, string>;
  type?: string;
}

/** A small form in a dialog: the ledger's and the plan's actions each ask for a value and a reason. */
export const PromptDialog = ({
  title,
  fields,
  onSubmit,
  onClose,
  submitLabel = '确定',
}: {
  title: string;
  fields: PromptField[];
  onSubmit: (values: Record<string, string>) => Promise<void>;
  onClose: () => void;
  submitLabel?: string;
}) => {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])),
  );
  const [busy, setBusy] = useState(false);
  const missing = fields.some((f) => f.required && !values[f.name]?.trim());
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {fields.map((f) => (
            <TextField
              key={f.name}
              label={f.label}
              value={values[f.name]}
              select={!!f.choices}
              multiline={f.multiline}
              minRows={f.multiline ? 2 : undefined}
              type={f.type}
              required={f.required}
              slotProps={{
                htmlInput: { 'data-testid': `prompt-${f.name}` },
                inputLabel: f.type === 'date' ? { shrink: true } : undefined,
              }}
              onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            >
              {f.choices &&
                Object.entries(f.choices).map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
            </TextField>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          data-testid="prompt-submit"
          disabled={busy || missing}
          onClick={async () => {
            setBusy(true);
            try {
              await onSubmit(values);
            } finally {
              setBusy(false);
            }
          }}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

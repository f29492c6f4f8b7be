import type { Ref } from 'react';
import { Button, FormHelperText, Stack, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';

interface Props {
  file: File | null;
  error?: string | null;
  disabled: boolean;
  onPick: (file: File | null) => void;
  chooseLabel: string;
  emptyLabel: string;
  /** `data-testid` of the file input (browser tests set files on it). */
  testId: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The .xlsx picker every upload page uses: a button, the chosen file's name and size, its error. */
export const XlsxFilePicker = ({ file, error, disabled, onPick, chooseLabel, emptyLabel, testId, inputRef }: Props) => (
  <>
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button variant="outlined" component="label" startIcon={<AttachFileIcon />} disabled={disabled}>
        {chooseLabel}
        <input
          ref={inputRef}
          type="file"
          hidden
          name="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid={testId}
          onChange={(event) => onPick(event.target.files?.[0] ?? null)}
        />
      </Button>
      <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} data-testid={`${testId}-name`}>
        {file ? `${file.name}（${(file.size / 1024).toFixed(1)} KB）` : emptyLabel}
      </Typography>
    </Stack>
    {error && <FormHelperText error>{error}</FormHelperText>}
  </>
);

import { useState } from 'react';
import {
  Create,
  DateTimeInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  maxLength,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Tooltip,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import type { ApiTokenRecord } from '../dataProvider';
import { DivisionInput } from '../divisions/DivisionFields';
import { PARTNER_ROLES, ROLE_LABELS } from '../labels';

const roleChoices = PARTNER_ROLES.map((role) => ({ id: role, name: ROLE_LABELS[role] }));

const validateFuture = (value: unknown) =>
  value && new Date(String(value)).getTime() <= Date.now() ? 'app.validation.future' : undefined;

/** Shows the new token's plaintext once; closing it goes to the list. */
const IssuedTokenDialog = ({ issued, onClose }: { issued: ApiTokenRecord | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued?.token ?? '');
      notify('app.apiTokens.copied', { type: 'info' });
    } catch {
      notify('app.apiTokens.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Dialog open={Boolean(issued)} maxWidth="sm" fullWidth data-testid="issued-token-dialog">
      <DialogTitle>{translate('app.apiTokens.issued_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.apiTokens.issued_warning')}
        </Alert>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {issued?.name}（{issued?.partnerName}）
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography
            component="code"
            data-testid="issued-token"
            sx={{ fontFamily: 'monospace', wordBreak: 'break-all', flex: 1, userSelect: 'all' }}
          >
            {issued?.token}
          </Typography>
          <Tooltip title={translate('app.apiTokens.copy')}>
            <IconButton onClick={copy} aria-label={translate('app.apiTokens.copy')}>
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('app.apiTokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ApiTokenCreate = () => {
  const [issued, setIssued] = useState<ApiTokenRecord | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create<ApiTokenRecord>
        title="app.apiTokens.create_title"
        mutationOptions={{ onSuccess: (data) => setIssued(data) }}
      >
        <SimpleForm>
          <TextInput
            source="name"
            validate={[required(), maxLength(64)]}
            helperText="app.apiTokens.name_help"
            sx={{ minWidth: 280 }}
          />
          <TextInput
            source="partnerName"
            validate={[required(), maxLength(128)]}
            helperText="app.apiTokens.partner_help"
            sx={{ minWidth: 280 }}
          />
          <SelectInput source="role" choices={roleChoices} validate={required()} sx={{ minWidth: 280 }} />
          <DivisionInput source="divisionCode" label="resources.apiTokens.fields.divisionCode" validate={required()} />
          <DateTimeInput source="expiresAt" validate={validateFuture} helperText="app.apiTokens.expires_help" />
        </SimpleForm>
      </Create>
      <IssuedTokenDialog
        issued={issued}
        onClose={() => {
          setIssued(null);
          redirect('list', 'apiTokens');
        }}
      />
    </>
  );
};

export default ApiTokenCreate;

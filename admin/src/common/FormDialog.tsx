import { useState, type ReactNode } from 'react';
import { Form, ResourceContextProvider, useNotify, useTranslate } from 'react-admin';
import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { ApiError } from '../dataProvider';
import { errorMessage } from '../format';

/**
 * A react-admin form in a dialog. `onSubmit` calls the API; an error is notified (the API's Chinese
 * message) and, when it names a field, also shown under that input. The dialog closes on success.
 */
export function FormDialog<T extends Record<string, unknown>>({
  open,
  onClose,
  title,
  help,
  resource,
  defaultValues,
  onSubmit,
  submitLabel = 'ra.action.save',
  maxWidth = 'sm',
  children,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  help?: ReactNode;
  /** Resource whose `fields` translations label the inputs. */
  resource: string;
  defaultValues?: Partial<T>;
  onSubmit: (values: T) => Promise<string | void>;
  submitLabel?: string;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  children: ReactNode;
  testId?: string;
}) {
  const notify = useNotify();
  const translate = useTranslate();
  const [submitting, setSubmitting] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    try {
      const done = await onSubmit(values as T);
      if (done) notify(done, { type: 'success' });
      onClose();
      return undefined;
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      if (error instanceof ApiError && error.field) return { [error.field]: error.message };
      return {};
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth={maxWidth} fullWidth data-testid={testId}>
      {open && (
        <ResourceContextProvider value={resource}>
          {/* `record` keeps the surrounding page's record (e.g. the household) out of this form. */}
          <Form
            record={(defaultValues ?? {}) as Record<string, unknown>}
            defaultValues={defaultValues}
            onSubmit={submit}
            noValidate
          >
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              {help && <DialogContentText sx={{ mb: 2 }}>{help}</DialogContentText>}
              {children}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
              <SubmitButton label={submitLabel} busy={submitting} />
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      )}
    </Dialog>
  );
}

/** Submits the surrounding form; disabled while the request runs. */
export const SubmitButton = ({ label, busy, testId }: { label: string; busy: boolean; testId?: string }) => {
  const translate = useTranslate();
  const isSubmitting = busy;
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={isSubmitting}
      data-testid={testId}
      startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
    >
      {translate(label, { _: label })}
    </Button>
  );
};

export default FormDialog;

import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { CaseRecord } from '../dataProvider';
import { formatDateTime } from '../format';
import { CASE_ACTION_LABELS, CASE_STATE_LABELS } from '../labels';
import { CASE_STATE_COLORS } from './CaseFields';

type CaseEvent = CaseRecord['events'][number];

const dotColor = (event: CaseEvent) => {
  if (event.action === 'REJECT' || event.action === 'DISMISS') return 'error.main';
  const color = CASE_STATE_COLORS[event.toState];
  return color && color !== 'default' ? `${color}.main` : 'grey.500';
};

/** The case's events as a vertical timeline, oldest first: time, who, which step, the state reached, the note. */
export const CaseTimeline = ({ events }: { events: CaseRecord['events'] }) => {
  const translate = useTranslate();
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="case-timeline">
      {ordered.map((event, index) => {
        const last = index === ordered.length - 1;
        return (
          <Box
            component="li"
            key={event.id}
            sx={{ display: 'flex', gap: 2 }}
            data-testid="case-event"
            data-action={event.action ?? 'LEAD'}
          >
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: 16, flexShrink: 0 }}>
              <Box
                sx={{
                  width: 14,
                  height: 14,
                  borderRadius: '50%',
                  bgcolor: dotColor(event),
                  mt: 0.5,
                  boxShadow: last ? 3 : 0,
                  border: '2px solid',
                  borderColor: 'background.paper',
                }}
              />
              {!last && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
            </Box>
            <Box sx={{ pb: last ? 0 : 2.5, minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {formatDateTime(event.at)} · {event.actorDisplayName}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {event.action ? CASE_ACTION_LABELS[event.action] : translate('app.cases.lead_created')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {event.fromState ? `${CASE_STATE_LABELS[event.fromState]} → ` : ''}
                <Box component="span" sx={{ color: 'text.primary' }}>
                  {CASE_STATE_LABELS[event.toState]}
                </Box>
              </Typography>
              {event.note && (
                <Typography
                  variant="body2"
                  sx={{
                    mt: 0.5,
                    px: 1,
                    py: 0.5,
                    bgcolor: 'action.hover',
                    borderRadius: 1,
                    whiteSpace: 'pre-wrap',
                    wordBreak: 'break-word',
                  }}
                >
                  {event.note}
                </Typography>
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
};

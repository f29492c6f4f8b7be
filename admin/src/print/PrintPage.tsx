import type { ReactNode } from 'react';
import { Button, Title } from 'react-admin';
import { Box, GlobalStyles, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';

/**
 * Paper copies for the office's files. On screen the page shows inside the console with a 打印
 * button; printed (@media print) only the document remains: no app bar, menu or buttons, black on
 * white, A4 with margins, each form on its own sheet.
 */
const printCss = (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '16mm 14mm' },
      '@media print': {
        'header, .RaSidebar-root, .RaAppBar-root, .MuiDrawer-root, .no-print, .RaLayout-appFrame > header': {
          display: 'none !important',
        },
        'body, .RaLayout-content, .RaLayout-appFrame, .RaLayout-contentWithSidebar': {
          background: '#fff !important',
          padding: '0 !important',
          margin: '0 !important',
          marginTop: '0 !important',
        },
        '.print-sheet': {
          boxShadow: 'none !important',
          border: 'none !important',
          padding: '0 !important',
          maxWidth: 'none !important',
        },
        '.print-break': { breakBefore: 'page' },
      },
      '.print-sheet table': { borderCollapse: 'collapse', width: '100%', fontSize: 13, marginBottom: 12 },
      '.print-sheet th, .print-sheet td': {
        border: '1px solid #444',
        padding: '4px 6px',
        textAlign: 'left',
        verticalAlign: 'top',
      },
      '.print-sheet th': { background: '#f2f2f2', fontWeight: 600, whiteSpace: 'nowrap' },
      '.print-sheet h1': { fontSize: 22, textAlign: 'center', margin: '4px 0 12px', fontWeight: 600 },
      '.print-sheet h2': { fontSize: 15, margin: '14px 0 6px', fontWeight: 600 },
      '.print-sheet .sign': { display: 'flex', justifyContent: 'space-between', marginTop: 28, fontSize: 13 },
    }}
  />
);

export const PrintPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ py: 2 }}>
    <Title title={title} />
    {printCss}
    <Box className="no-print" sx={{ mb: 2, display: 'flex', gap: 1 }}>
      <Button label="app.print.print" variant="contained" onClick={() => window.print()} data-testid="print-now">
        <PrintIcon />
      </Button>
      <Button label="ra.action.back" onClick={() => window.history.back()} />
    </Box>
    {children}
  </Box>
);

/** One sheet of paper: white, A4-ish width on screen. */
export const Sheet = ({
  children,
  breakBefore,
  testId,
}: {
  children: ReactNode;
  breakBefore?: boolean;
  testId?: string;
}) => (
  <Box
    className={`print-sheet${breakBefore ? ' print-break' : ''}`}
    data-testid={testId}
    sx={{ bgcolor: '#fff', color: '#000', p: 4, mb: 3, maxWidth: 820, boxShadow: 1, overflowX: 'auto' }}
  >
    {children}
  </Box>
);

/** A two-column grid of label / value cells. */
export const FactTable = ({ rows }: { rows: Array<[string, ReactNode]> }) => {
  const pairs: Array<Array<[string, ReactNode]>> = [];
  for (let i = 0; i < rows.length; i += 2) pairs.push(rows.slice(i, i + 2));
  return (
    <table>
      <tbody>
        {pairs.map((pair, index) => (
          <tr key={index}>
            {pair.map(([label, value]) => [
              <th key={`${label}-h`}>{label}</th>,
              <td key={`${label}-v`}>{value ?? '—'}</td>,
            ])}
            {pair.length === 1 && <td colSpan={2} />}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const Signatures = ({ parts }: { parts: string[] }) => (
  <div className="sign">
    {parts.map((part) => (
      <span key={part}>{part}：____________</span>
    ))}
  </div>
);

export const PrintedOn = () => (
  <Typography variant="caption" component="p" sx={{ mt: 2, color: '#555' }}>
    打印日期：{new Date().toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}（防返贫监测帮扶平台）
  </Typography>
);

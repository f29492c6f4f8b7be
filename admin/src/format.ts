/**
 * Display helpers shared by the pages: amounts (the Money scalar is a decimal string in yuan, typed
 * `unknown` by codegen), ratios, dates, files.
 */

const MONEY = /^-?\d+(\.\d{1,2})?$/;

/** "1234.5" → "1,234.50"; empty for null. */
export function formatMoney(money: unknown): string {
  if (money === null || money === undefined || money === '') return '';
  const value = String(money);
  if (!MONEY.test(value)) return value;
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction.padEnd(2, '0')}`;
}

/** Yuan string → fen (integer), without floating-point rounding. Invalid or empty counts as 0. */
export function toFen(value: unknown): number {
  const text = String(value ?? '').trim();
  if (!MONEY.test(text)) return 0;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -fen : fen;
}

export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A money input: empty, or up to two decimals, not negative. */
export const isMoneyInput = (value: unknown) =>
  value === null || value === undefined || value === '' || /^\d+(\.\d{1,2})?$/.test(String(value).trim());

/** 0.0512 → "5.12%". */
export function formatPercent(ratio: number | null | undefined, digits = 2): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return `${(Math.round(ratio * 100 * 10 ** digits) / 10 ** digits).toFixed(digits).replace(/\.?0+$/, '')}%`;
}

/**
 * The bound a division's monitored ratio is held to: 深度贫困地区 their 上限 (maxRatio), every other
 * division the 预警值 (warningRatio); the API gives only the one that applies.
 */
export function ratioBound(figures: { deepPoverty: boolean; maxRatio?: number | null; warningRatio?: number | null }): {
  label: '上限' | '预警值';
  ratio: number | null;
} {
  return figures.deepPoverty
    ? { label: '上限', ratio: figures.maxRatio ?? null }
    : { label: '预警值', ratio: figures.warningRatio ?? null };
}

/** Ratio (0.05) ↔ percent (5) for inputs, rounded so that 0.07 shows as 7 and not 7.000000000000001. */
export const ratioToPercent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : Math.round(ratio * 1_000_000) / 10_000;
export const percentToRatio = (percent: number | string | null | undefined) => {
  if (percent === null || percent === undefined || percent === '') return null;
  const value = Number(percent);
  return Number.isFinite(value) ? Math.round(value * 10_000) / 1_000_000 : null;
};

/** Today in China (YYYY-MM-DD), the date the API uses. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export const currentYear = () => Number(todayInChina().slice(0, 4));

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Date(value).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves an `ExcelFile` (base64 .xlsx) from the API as a download. */
export function downloadExcel(file: { filename: string; contentBase64: string }) {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file's content as base64 (without the data: prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}

/** The error's message for a notification (the API's Chinese text). */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Money is a decimal string in yuan with at most two decimals ("1234.50"), as the public contract
 * fixes; in PostgreSQL it is numeric(14,2), and arithmetic is done in integer fen (cents).
 */
const MONEY_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

export function parseMoney(value: string): string {
  if (!MONEY_PATTERN.test(value)) throw new TypeError(`金额格式不正确：${value}（应为元，最多两位小数，如 "1234.50"）`);
  return formatFen(toFen(value));
}

export function toFen(value: string | number | null | undefined): number {
  if (value === null || value === undefined || value === '') return 0;
  const text = typeof value === 'number' ? value.toFixed(2) : value;
  const negative = text.startsWith('-');
  const [yuan, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const fen = Number(yuan) * 100 + Number((fraction + '00').slice(0, 2));
  return negative ? -fen : fen;
}

export function formatFen(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** An amount as a person reads it (15040 → "15,040.00"), as the console writes money. */
export function formatMoneyForReading(value: string | number): string {
  const [yuan, fen] = formatFen(toFen(value)).split('.');
  return `${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: '金额（元），十进制字符串，最多两位小数，如 "1234.50"',
  serialize: (value) => formatFen(toFen(value as string)),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new TypeError('金额须为字符串，如 "1234.50"');
    return parseMoney(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('金额须为字符串，如 "1234.50"');
    return parseMoney(ast.value);
  },
});

import ExcelJS from 'exceljs';
import { cellText } from '../imports/household-excel';
import { fromLabel } from '../households/household.enums';
import { DEPARTMENT_RECORD_KIND_LABELS, type DepartmentRecordKind } from './warning.entity';
import type { DepartmentRecordInput } from './warning.inputs';

/** The columns a department's file uses (部门数据报送表). */
export const DEPARTMENT_HEADERS = ['身份证号', '数据类别', '金额（元）', '残疾等级', '发生日期'] as const;

/**
 * Reads a department's .xlsx into records; rows that cannot be read become Chinese problems with
 * their Excel row number (the rest is validated like records sent through the API).
 */
export async function readDepartmentSheet(
  content: Buffer,
): Promise<{ records: DepartmentRecordInput[]; rows: number[]; problems: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const problems: string[] = [];
  const records: DepartmentRecordInput[] = [];
  const rows: number[] = [];
  if (!sheet) return { records, rows, problems: ['文件中没有工作表'] };
  const position = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => position.set(cellText(cell.value).trim(), col));
  const missing = DEPARTMENT_HEADERS.filter((h) => h !== '金额（元）' && h !== '残疾等级' && !position.has(h));
  if (missing.length)
    return { records, rows, problems: [`缺少“${missing.join('”“')}”列（表头应为：${DEPARTMENT_HEADERS.join('、')}）`] };
  const text = (row: ExcelJS.Row, header: string) => {
    const col = position.get(header);
    if (!col) return '';
    const value = row.getCell(col).value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return cellText(value).trim();
  };
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const idNumber = text(row, '身份证号');
    if (!idNumber) return;
    const kind = fromLabel(DEPARTMENT_RECORD_KIND_LABELS, text(row, '数据类别')) as DepartmentRecordKind | undefined;
    if (!kind) {
      problems.push(`第 ${number} 行：数据类别应为 ${Object.values(DEPARTMENT_RECORD_KIND_LABELS).join('、')} 之一`);
      return;
    }
    const amount = text(row, '金额（元）');
    const grade = text(row, '残疾等级');
    records.push({
      idNumber,
      kind,
      amount: amount ? Number(amount).toFixed(2) : undefined,
      grade: grade ? Number(grade) : undefined,
      occurredOn: text(row, '发生日期'),
    });
    rows.push(number);
  });
  return { records, rows, problems };
}

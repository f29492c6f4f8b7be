import fs from 'node:fs';
import { neutraliseFormula } from './formula';
import zlib from 'node:zlib';
import { once } from 'node:events';

/**
 * A one-sheet .xlsx written as it goes: rows become XML text, deflated straight into a ZIP on
 * disk (entries with data descriptors, so nothing is held back for sizes or checksums). A county
 * export (~160,000 rows) costs a few seconds of CPU and a few MB of memory, where a cell-object
 * writer (exceljs) spent ~50 s and hundreds of MB. Strings are inline, ID numbers and codes are
 * text-formatted cells, the header is bold and frozen.
 */
export interface XlsxColumn {
  header: string;
  width: number;
  /** Text format (@): a code or ID number stays text when someone edits the cell. */
  text?: boolean;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Style ids in STYLES: 1 the header (bold, tinted), 2 text format. */
const HEADER_STYLE = 1;
const TEXT_STYLE = 2;
const STYLES =
  `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

// XML 1.0 forbids these control characters in a cell: the patterns exist to find them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Most cells need nothing: one test, and the replacements only when it finds something. */
const escapeXml = (text: string) =>
  NEEDS_ESCAPE.test(text)
    ? text
        .replace(INVALID_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Fast deflate: the sheet is repetitive XML, so level 1 already shrinks it ~8×, at a fraction of level 6's CPU. */
const DEFLATE_LEVEL = 1;

/** Rows are gathered into text chunks of about this size before they are deflated. */
const CHUNK_CHARS = 256 * 1024;

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class XlsxStreamWriter {
  private readonly out: fs.WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly letters: string[];
  private readonly styles: string[];
  private rowNumber = 0;
  private pending = '';
  private sheet!: { deflate: zlib.DeflateRaw; entry: Entry; done: Promise<void> };

  private constructor(
    filename: string,
    private readonly columns: readonly XlsxColumn[],
  ) {
    this.out = fs.createWriteStream(filename);
    this.letters = columns.map((_, i) => columnLetter(i));
    this.styles = columns.map((c) => (c.text ? ` s="${TEXT_STYLE}"` : ''));
  }

  /** Opens the file and writes everything before the rows. */
  static async open(filename: string, sheetName: string, columns: readonly XlsxColumn[]): Promise<XlsxStreamWriter> {
    const writer = new XlsxStreamWriter(filename, columns);
    await writer.entry(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    );
    await writer.entry(
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    await writer.entry(
      'xl/workbook.xml',
      `${XML}<workbook ${NS}><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    await writer.entry(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    await writer.entry('xl/styles.xml', STYLES);
    writer.startSheet();
    const cols = columns
      .map(
        (c, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.text ? ` style="${TEXT_STYLE}"` : ''}/>`,
      )
      .join('');
    writer.pending =
      `${XML}<worksheet ${NS}><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<cols>${cols}</cols><sheetData>`;
    await writer.row(
      columns.map((c) => c.header),
      HEADER_STYLE,
    );
    return writer;
  }

  /** One row, cells in column order; null, undefined and '' leave the cell empty. */
  async add(cells: ReadonlyArray<string | number | null | undefined>): Promise<void> {
    await this.row(cells);
  }

  async finish(): Promise<void> {
    this.pending += '</sheetData></worksheet>';
    await this.flushRows(true);
    await this.sheet.done;
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0808, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt32LE(DOS_TIME, 12);
      header.writeUInt32LE(e.crc >>> 0, 16);
      header.writeUInt32LE(e.compressed, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, 'close');
  }

  /** Stops writing (after a failure); the caller deletes the file. */
  destroy(): void {
    this.sheet?.deflate.destroy();
    this.out.destroy();
  }

  private async row(cells: ReadonlyArray<string | number | null | undefined>, style?: number): Promise<void> {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < this.columns.length; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === '') continue;
      const s = style !== undefined ? ` s="${style}"` : this.styles[i];
      xml +=
        typeof value === 'number' && Number.isFinite(value)
          ? `<c r="${this.letters[i]}${r}"${s}><v>${value}</v></c>`
          : `<c r="${this.letters[i]}${r}"${s} t="inlineStr"><is><t>${escapeXml(neutraliseFormula(String(value)))}</t></is></c>`;
    }
    this.pending += `${xml}</row>`;
    if (this.pending.length >= CHUNK_CHARS) await this.flushRows(false);
  }

  private async flushRows(last: boolean): Promise<void> {
    const chunk = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    const { deflate, entry } = this.sheet;
    entry.crc = zlib.crc32(chunk, entry.crc);
    entry.size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
    if (last) deflate.end();
  }

  private startSheet(): void {
    const entry = this.localHeader('xl/worksheets/sheet1.xml');
    const deflate = zlib.createDeflateRaw({ level: DEFLATE_LEVEL });
    const done = (async () => {
      for await (const piece of deflate) {
        entry.compressed += (piece as Buffer).length;
        await this.write(piece as Buffer);
      }
      await this.write(descriptor(entry));
    })();
    // Rejections surface through finish(); this keeps an early one from being reported unhandled.
    done.catch(() => undefined);
    this.sheet = { deflate, entry, done };
  }

  private async entry(name: string, content: string): Promise<void> {
    const data = Buffer.from(content, 'utf8');
    const entry = this.localHeader(name);
    const compressed = zlib.deflateRawSync(data);
    Object.assign(entry, { crc: zlib.crc32(data), size: data.length, compressed: compressed.length });
    await this.write(compressed);
    await this.write(descriptor(entry));
  }

  private localHeader(name: string): Entry {
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(DOS_TIME, 10);
    header.writeUInt16LE(entry.name.length, 26);
    this.entries.push(entry);
    void this.write(Buffer.concat([header, entry.name]));
    return entry;
  }

  private async write(buffer: Buffer): Promise<void> {
    this.offset += buffer.length;
    if (!this.out.write(buffer)) await once(this.out, 'drain');
  }
}

/** 2026-01-01 00:00 as DOS time and date: entry dates carry no meaning here. */
const DOS_TIME = ((2026 - 1980) << 25) | (1 << 21) | (1 << 16);

function descriptor(e: Entry): Buffer {
  const buffer = Buffer.alloc(16);
  buffer.writeUInt32LE(0x08074b50, 0);
  buffer.writeUInt32LE(e.crc >>> 0, 4);
  buffer.writeUInt32LE(e.compressed, 8);
  buffer.writeUInt32LE(e.size, 12);
  return buffer;
}

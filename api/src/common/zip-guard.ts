import zlib from 'node:zlib';

/**
 * Checks an uploaded .xlsx (a zip) before anything inflates it for real: the central directory's
 * entry count, each entry's declared size and compression ratio, and their total; then inflates
 * each entry once, counting, and stops at the first byte past what it declared. A zip bomb is
 * refused in milliseconds with a reason a person can read, never unpacked.
 *
 * Regional defaults (editable): a county's 200,000-row import unpacks to well under the total.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive (an .xlsx has a dozen or so). */
  maxEntries: 2000,
  /** Unpacked size of all entries together. */
  maxTotalBytes: 400 * 1024 * 1024,
  /** Unpacked size of one entry. */
  maxEntryBytes: 300 * 1024 * 1024,
  /** Unpacked : packed, for entries over 1 MB unpacked (spreadsheet XML packs 5–30 to 1; bombs 1,000 to 1). */
  maxRatio: 100,
};

export class ZipRefused extends Error {}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function centralDirectory(zip: Buffer): Entry[] {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused('文件不是有效的 .xlsx（Excel）文件');
  const count = zip.readUInt16LE(eocd + 10);
  const start = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || start === 0xffffffff)
    throw new ZipRefused('文件过大或格式不受支持（ZIP64），请拆分后分批导入');
  if (count > ZIP_LIMITS.maxEntries) throw new ZipRefused(`文件内部条目过多（${count} 个），不是正常的 Excel 文件`);
  const entries: Entry[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipRefused('文件已损坏，无法读取');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff)
      throw new ZipRefused('文件过大或格式不受支持（ZIP64），请拆分后分批导入');
    entries.push({ name, method, compressed, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry as a stream, counting (nothing kept); false once it passes `limit` bytes. */
function inflatesWithin(data: Buffer, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit) {
        inflate.destroy();
        resolve(false);
      }
    });
    inflate.on('end', () => resolve(true));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/** Throws ZipRefused (message in Chinese) unless the archive is within ZIP_LIMITS. */
export async function checkZip(zip: Buffer): Promise<void> {
  const entries = centralDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > ZIP_LIMITS.maxEntryBytes || total > ZIP_LIMITS.maxTotalBytes) {
      throw new ZipRefused(
        `文件解压后过大（超过 ${ZIP_LIMITS.maxTotalBytes / 1024 / 1024} MB），疑似压缩炸弹或数据过多，请拆分后分批导入`,
      );
    }
    if (entry.size > 1024 * 1024 && entry.size > ZIP_LIMITS.maxRatio * Math.max(1, entry.compressed)) {
      throw new ZipRefused(
        `文件压缩比异常（${entry.name} 解压后为压缩时的 ${Math.round(entry.size / Math.max(1, entry.compressed))} 倍），疑似压缩炸弹，已拒绝`,
      );
    }
  }
  // The declared sizes can lie: inflate each entry once, and stop where its declaration ends.
  for (const entry of entries) {
    if (entry.offset + 30 > zip.length || zip.readUInt32LE(entry.offset) !== LOCAL)
      throw new ZipRefused('文件已损坏，无法读取');
    const dataStart = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
    const data = zip.subarray(dataStart, dataStart + entry.compressed);
    if (entry.method === 0) {
      if (data.length !== entry.size) throw new ZipRefused('文件已损坏，无法读取');
      continue;
    }
    if (entry.method !== 8) throw new ZipRefused('文件使用了不支持的压缩方式，请用 Excel 另存为 .xlsx 后重新上传');
    const within = await inflatesWithin(data, entry.size).catch(() => {
      throw new ZipRefused('文件已损坏，无法读取');
    });
    if (!within) throw new ZipRefused(`文件内容与其声明的大小不符（${entry.name}），疑似压缩炸弹，已拒绝`);
  }
}

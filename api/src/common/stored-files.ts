import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Files every instance can serve: export files, uploaded import files and department records,
 * kept in PostgreSQL as chunks of bytea (stored_file + stored_file_chunk) rather than on one
 * machine's disk. Written in chunks, read back chunk by chunk, deleted when they expire.
 */
export type StoredFileKind = 'EXPORT' | 'IMPORT_UPLOAD' | 'DEPARTMENT_RECORDS';

/** 256 KiB: a download holds one chunk in memory at a time. */
export const CHUNK_BYTES = 256 * 1024;

export interface StoredFileSpec {
  kind: StoredFileKind;
  ownerId: string | null;
  expiresAt: Date;
}

/**
 * Stores a file from a buffer, a spool file on disk or a stream. Runs on the given EntityManager,
 * so inside a transaction the file appears together with whatever refers to it, or not at all.
 */
export async function storeFile(
  em: EntityManager,
  spec: StoredFileSpec,
  content: Buffer | string | Readable,
): Promise<{ id: string; size: number }> {
  const [{ id }] = await em.execute<Array<{ id: string }>>(
    'insert into stored_file (kind, owner_id, expires_at) values (?, ?, ?) returning id',
    [spec.kind, spec.ownerId, spec.expiresAt],
  );
  let seq = 0;
  let size = 0;
  const put = async (data: Buffer) => {
    await em.execute('insert into stored_file_chunk (file_id, seq, data) values (?, ?, ?)', [id, seq++, data]);
    size += data.length;
  };
  if (Buffer.isBuffer(content)) {
    for (let start = 0; start < content.length; start += CHUNK_BYTES)
      await put(content.subarray(start, start + CHUNK_BYTES));
  } else {
    const stream = typeof content === 'string' ? fs.createReadStream(content, { highWaterMark: CHUNK_BYTES }) : content;
    for await (const data of stream) await put(Buffer.isBuffer(data) ? data : Buffer.from(data as string));
  }
  await em.execute('update stored_file set byte_size = ? where id = ?', [size, id]);
  return { id, size };
}

/** A stored file's size, or null when it is gone (expired and swept). */
export async function storedFileSize(em: EntityManager, id: string): Promise<number | null> {
  const [row] = await em.execute<Array<{ byte_size: string }>>(
    'select byte_size from stored_file where id = ? and expires_at > now()',
    [id],
  );
  return row ? Number(row.byte_size) : null;
}

/** The file's chunks in order, one statement and one chunk in memory at a time. */
export async function* readStoredFile(em: EntityManager, id: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const [row] = await em.execute<Array<{ data: Buffer }>>(
      'select data from stored_file_chunk where file_id = ? and seq = ?',
      [id, seq],
    );
    if (!row) return;
    yield row.data;
  }
}

/** A small file whole (an uploaded import file, at most 15 MB). */
export async function loadStoredFile(em: EntityManager, id: string): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  for await (const part of readStoredFile(em, id)) parts.push(part);
  if (parts.length === 0 && (await storedFileSize(em, id)) === null) return null;
  return Buffer.concat(parts);
}

export async function deleteStoredFile(em: EntityManager, id: string): Promise<void> {
  await em.execute('delete from stored_file where id = ?', [id]);
}

/** Deletes every expired file with its chunks; returns how many. */
export async function sweepExpiredFiles(em: EntityManager): Promise<number> {
  const rows = await em.execute<Array<{ id: string }>>(
    'delete from stored_file where expires_at <= now() returning id',
  );
  return rows.length;
}

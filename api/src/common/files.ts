import { badInput } from './errors';

const MAX_FILE_BYTES = 15 * 1024 * 1024;

/** An uploaded .xlsx sent as Base64 (a data: URL prefix is allowed), checked for encoding and size. */
export function decodeFile(fileBase64: string): Buffer {
  const text = fileBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!text) throw badInput('fileBase64', '请选择要导入的文件');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1)
    throw badInput('fileBase64', '文件内容不是有效的 Base64 编码');
  const content = Buffer.from(text, 'base64');
  if (content.length > MAX_FILE_BYTES) throw badInput('fileBase64', '文件超过 15 MB，请拆分后分批导入');
  return content;
}

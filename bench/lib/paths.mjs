import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built API (npm run bench builds it first). */
export const API_DIST = path.join(ROOT, 'api/dist/api/src');

import { AppError } from '../../../shared/errors';

/**
 * The sync server's address must be an https origin (no user, path or query); plain http only to 127.0.0.1 and only
 * in practice builds (the demo and e2e backends). Checked at login and again whenever the stored address is used.
 */
export function checkBackendUrl(raw: string, practice: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad();
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw bad();
  const ok =
    url.protocol === 'https:' || (practice && url.protocol === 'http:' && url.hostname === '127.0.0.1');
  if (!ok) throw bad();
  return url.origin;
}

const bad = () =>
  new AppError(
    'CONFIG_INVALID',
    'ที่อยู่เซิร์ฟเวอร์ต้องขึ้นต้นด้วย https:// (the sync server address must be an https origin)',
  );

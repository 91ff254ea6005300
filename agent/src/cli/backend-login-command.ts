import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { BackendLink } from '../backend/backend-link';
import { defaultConfigDir } from '../config';

/** `lhr-agent backend-login`: registers this PC with the sync server; the password is read from stdin, never argv. */
export async function runBackendLogin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { url: { type: 'string' }, username: { type: 'string' }, config: { type: 'string' } },
  });
  if (!values.url || !values.username)
    throw new AppError(
      'INVALID_MESSAGE',
      'usage: lhr-agent backend-login --url URL --username NAME (password on stdin)',
    );
  process.stderr.write('รหัสผ่าน (password): ');
  const password = await new Promise<string>((resolve) =>
    createInterface({ input: process.stdin }).once('line', resolve),
  );
  const link = await BackendLink.connect(
    values.config ?? defaultConfigDir(),
    values.url,
    values.username,
    password,
  );
  process.stdout.write(`ลงทะเบียนเครื่องแล้ว (device registered): ${link.deviceId}\n`);
  return 0;
}

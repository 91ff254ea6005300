import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { AdminStatus, PairingOpened } from '../../../shared/protocol/agent-admin';
import { defaultConfigDir, loadConfig } from '../config';
import { adminCall } from './admin-client';

async function call(dir: string, method: string, path: string): Promise<{ status: number; body: unknown }> {
  const config = loadConfig(dir);
  let token: string;
  try {
    token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
  } catch {
    throw new AppError(
      'AGENT_UNAVAILABLE',
      `ยังไม่เคยเริ่ม agent ด้วยโฟลเดอร์นี้ (no admin token in ${dir}; run lhr-agent serve first)`,
    );
  }
  let answer: { status: number; body: unknown };
  try {
    answer = await adminCall(config.port, token, method, path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('AGENT_UNAVAILABLE', `ติดต่อ agent ที่พอร์ต ${config.port} ไม่ได้ (agent not running)`, {
      cause: error,
    });
  }
  if (answer.status === 401)
    throw new AppError(
      'UNAUTHORIZED',
      'agent ไม่รับ admin token ของโฟลเดอร์นี้ (the agent refused this admin token)',
    );
  return answer;
}

/** `pair`, `status` and `revoke`: talk to the running agent with the local admin token. */
export async function runAdmin(command: 'pair' | 'status' | 'revoke', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { config: { type: 'string' } },
    allowPositionals: true,
  });
  const dir = values.config ?? defaultConfigDir();
  if (command === 'pair') {
    const opened = PairingOpened.parse((await call(dir, 'POST', '/pairing')).body);
    process.stdout.write(
      `รหัสจับคู่ (pairing code): ${opened.code}\nใช้ได้ภายใน ${opened.expiresInSec} วินาที (valid for ${opened.expiresInSec} s)\n`,
    );
    return 0;
  }
  if (command === 'status') {
    const status = AdminStatus.parse((await call(dir, 'GET', '/status')).body);
    process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return 0;
  }
  const clientId = positionals[0];
  if (!clientId) throw new AppError('INVALID_MESSAGE', 'usage: lhr-agent revoke <clientId>');
  const res = await call(dir, 'DELETE', `/clients/${encodeURIComponent(clientId)}`);
  if (res.status === 404) throw new AppError('NOT_FOUND', 'ไม่พบ client นี้ (no such client)');
  process.stdout.write('ยกเลิกการจับคู่แล้ว (revoked)\n');
  return 0;
}

import { parseArgs } from 'node:util';
import { startAuditUploads } from '../backend/audit-uploader';
import { BackendLink } from '../backend/backend-link';
import { CardService } from '../card/card-service';
import { PcscliteAdapter } from '../card/pcsc-adapter';
import { defaultConfigDir, loadConfig } from '../config';
import { createLogger } from '../log';
import { createAgent, listenAgent } from '../server/create-agent';

/** `lhr-agent serve`: runs until SIGINT/SIGTERM. */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      config: { type: 'string' },
      'allow-dev-extension': { type: 'boolean' },
    },
  });
  const dir = values.config ?? defaultConfigDir();
  const config = loadConfig(dir, {
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values['allow-dev-extension'] ? { allowDevelopmentExtension: true } : {}),
  });
  const log = createLogger('agent');
  const port = new PcscliteAdapter(log);
  const cards = new CardService(port, { presenceWindowMs: config.presenceWindowSec * 1000 });
  const agent = createAgent({ config, dir, log, cards });
  try {
    await listenAgent(agent, config.port);
  } catch (error) {
    await port.close();
    throw error;
  }
  log.info('agent.listening', { host: '127.0.0.1', port: config.port });
  const link = BackendLink.load(dir);
  const stopUploads = link
    ? startAuditUploads(dir, link, log, Number(process.env.LHR_AUDIT_UPLOAD_MS ?? 60_000))
    : () => {};
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stopUploads();
  await agent.close();
  await port.close();
  return 0;
}

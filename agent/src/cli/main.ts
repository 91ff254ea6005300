import { AppError, toWire } from '../../../shared/errors';
import { runAdmin } from './admin-commands';
import { runBackendLogin } from './backend-login-command';
import { runRead } from './read-command';
import { runServe } from './serve-command';

const USAGE = `lhr-agent — LHR Assist card agent (ตัวอ่านบัตรประชาชนสำหรับ LHR Assist)

  lhr-agent serve [--port N] [--config DIR] [--allow-dev-extension]
                                                 run the agent on 127.0.0.1 (the last flag also admits the
                                                 development build of the extension: development and demo only)
  lhr-agent pair [--config DIR]                  open a pairing window and print the 6-digit code
  lhr-agent status [--config DIR]                readers, card presence, paired clients
  lhr-agent revoke <clientId> [--config DIR]     forget a paired browser
  lhr-agent backend-login --url URL --username NAME [--config DIR]
                                                 link this PC to the sync server (password on stdin); audit events go up
  lhr-agent read --json [--photo FILE] [--reader NAME] [--wait SECONDS]
                                                 read the card once through PC/SC and print one JSON object
                                                 (text only; the photo is read only with --photo)
`;

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'serve':
      return runServe(args);
    case 'read':
      return runRead(args);
    case 'backend-login':
      return runBackendLogin(args);
    case 'pair':
    case 'status':
    case 'revoke':
      return runAdmin(command, args);
    default:
      process.stdout.write(USAGE);
      return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const argvCode = (error as { code?: string }).code ?? '';
    if (argvCode.startsWith('ERR_PARSE_ARGS_')) {
      // A mistyped flag is a usage error (exit 2, like an unknown command), not an agent failure.
      process.stderr.write(`lhr-agent: INVALID_MESSAGE: ${(error as Error).message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const wire = toWire(error);
    process.stderr.write(
      `lhr-agent: ${wire.code}: ${error instanceof AppError ? wire.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

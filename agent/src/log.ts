// The agent logs the way the backend does (shared/log/logger.ts).
export { createLogger, type LogFields, type Logger, silentLogger } from '../../shared/log/logger';

import { pino, type Logger } from 'pino';

/** Structured JSON logs; LOG_LEVEL sets the level (default info, `silent` in tests). */
export function createLogger(name: string): Logger {
  return pino({
    name,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-secret"]', '*.password', '*.secret'], remove: true },
  });
}
export type { Logger };

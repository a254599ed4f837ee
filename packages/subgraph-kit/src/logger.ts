import { pino, type Logger } from 'pino';

let closing = false;

/**
 * From now on, warnings and errors are logged at debug level. For `npm start` after Ctrl-C: the
 * terminal sends the signal to the embedded PostgreSQL too, which stops at once, so the connection
 * errors of everything closing after it are expected, not news (LOG_LEVEL=debug still shows them).
 */
export function expectClosingErrors(): void {
  closing = true;
}

/** Structured JSON logs; LOG_LEVEL sets the level (default info, `silent` in tests). */
export function createLogger(name: string): Logger {
  return pino({
    name,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-secret"]', '*.password', '*.secret'], remove: true },
    hooks: {
      logMethod(args, method, level) {
        // 40 is warn: while closing, warnings and errors become debug messages.
        if (closing && level >= 40) return (this.debug as (...a: unknown[]) => void)(...args);
        return method.apply(this, args);
      },
    },
  });
}
export type { Logger };

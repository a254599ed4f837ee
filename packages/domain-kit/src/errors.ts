/**
 * The project's own typed errors. Domain code throws these; one place (the subgraph kit) maps
 * them to GraphQL errors with `extensions.code`. Nothing here knows about GraphQL.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts for the client, e.g. `{ field: 'creditCode' }`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInput extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in first: this needs a bearer token (npm run token -- <member-code> prints one for a demo member).') {
    super('UNAUTHENTICATED', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class NotFound extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** Too many requests from one client: try again after `retryAfterSeconds` (in the details too). */
export class RateLimited extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}

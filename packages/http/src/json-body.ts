import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/**
 * The largest request body accepted: a telemetry batch of 10,000 readings is about 1 MB of JSON,
 * so 4 MB leaves room for it while a multi-megabyte string is refused before it is even parsed.
 */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function errorBody(message: string, code = 'BAD_REQUEST') {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * The JSON body of a GraphQL request. Apollo's Express integration answers a request without a
 * parsed body (a GET, a POST that is not JSON) with a plain-text 500; an empty body lets Apollo
 * answer those itself (GET from the query string, a wrong content type with a 400).
 */
export function graphqlBody(limitBytes = BODY_LIMIT_BYTES): RequestHandler[] {
  const ensureBody: RequestHandler = (req, _res, next) => {
    req.body ??= {};
    next();
  };
  return [express.json({ limit: limitBytes }), ensureBody];
}

/**
 * Any path the service does not serve: a JSON 404 naming where requests go, instead of Express's
 * HTML "Cannot GET". Mount it after every route and before the error handler.
 */
export function notFoundHandler(served = '/graphql'): RequestHandler {
  return (req, res) => {
    res.status(404).json(errorBody(`Nothing is served at ${req.method} ${shownPath(req.path)}; send GraphQL requests to ${served}.`, 'NOT_FOUND'));
  };
}

/** A path as the client sent it, cut short: it is echoed back. */
function shownPath(path: string): string {
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
}

/**
 * Express's own error page is HTML with a stack trace and absolute paths; a body that is not JSON,
 * `null`, or too large is the client's mistake and gets a JSON error with a 4xx instead.
 */
export function clientErrorHandler(limitBytes = BODY_LIMIT_BYTES): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status } = error as { type?: string; status?: number };
    if (type === 'entity.too.large') {
      res.status(413).json(errorBody(`The request body is larger than the ${megabytes(limitBytes)} accepted; send smaller batches.`));
    } else if (type === 'entity.parse.failed') {
      res.status(400).json(errorBody('The request body is not a JSON object; send {"query": "…", "variables": {…}}.'));
    } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      res.status(415).json(errorBody('Send the request body as UTF-8 JSON (content-type: application/json).'));
    } else if (status && status >= 400 && status < 500) {
      res.status(status).json(errorBody('The request could not be read; send a JSON body with content-type: application/json.'));
    } else {
      res.status(500).json(errorBody('Internal error; try again, and report it if it persists.', 'INTERNAL_SERVER_ERROR'));
    }
  };
}

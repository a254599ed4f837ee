import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Router } from 'express';

/**
 * The public label check (`web/verify/`): the page a shopper opens by scanning a label's QR code.
 * The code is a GS1 Digital Link whose origin is the gateway's (branding's `BRANDING_RESOLVER_URL`),
 * so every `/01/<GTIN>/…` path answers the page itself, which then reads its own URL and asks
 * `verifyLabel` at `/graphql` like any client. Its files are `/verify/*`.
 */

/** `web/verify/` of this checkout, wherever it was cloned: found from this file, not the working directory. */
export const defaultVerifyPageDir = fileURLToPath(new URL('../../web/verify/', import.meta.url));

/**
 * The page has no inline script or style and talks to its own origin only; nothing may frame it
 * (a counterfeiter's site showing "genuine" around a real card), and it sends no referrer.
 */
export const verifyPageHeaders: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** Only the page's own assets, one level deep: not its README, tests or anything dotted. */
const ASSET = /^\/(?:[A-Za-z0-9][\w-]*\.(?:html|js|css|svg|png|ico|webmanifest))?$/;

const withHeaders: RequestHandler = (_req, res, next) => {
  res.set(verifyPageHeaders);
  next();
};

/**
 * `GET /01/*` (any depth: `/01/<GTIN>/10/<lot>/21/<serial>`, percent-encoded values included) →
 * `index.html`, never cached (the same file answers every code; a new release must show at once);
 * `GET /verify/*` → the folder's files. Anything else falls through to the JSON 404.
 */
export function verifyPageRoutes(dir: string): Router {
  const router = express.Router();
  const index = path.join(path.resolve(dir), 'index.html');
  router.get(/^\/01\/.*/, withHeaders, (_req, res, next) => {
    res.set('cache-control', 'no-cache');
    res.sendFile(index, (error) => {
      if (error) next(error);
    });
  });
  const assets = express.static(path.resolve(dir), { index: 'index.html', dotfiles: 'ignore', fallthrough: true, redirect: true });
  router.use('/verify', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!ASSET.test(req.path)) return next();
    withHeaders(req, res, () => assets(req, res, next));
  });
  return router;
}

/** Whether the folder holds the page (an image built without `web/` serves the API only). */
export function hasVerifyPage(dir: string): boolean {
  return existsSync(path.join(dir, 'index.html'));
}

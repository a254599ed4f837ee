import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's `chromium` for the browser tests, driven by playwright-core (which downloads no browser
 * of its own): `CHROMIUM_PATH`, else /usr/bin/chromium. CI (`.ci/run`) installs it when missing.
 */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const INSTALL_CHROMIUM =
  "Install Debian's chromium (as root: apt-get update && apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH to a Chromium executable.";

export type ChromiumLookup = { found: true; path: string } | { found: false; reason: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const candidate = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
  try {
    accessSync(candidate, constants.X_OK);
    return { found: true, path: candidate };
  } catch {
    const where = env.CHROMIUM_PATH?.trim() ? `CHROMIUM_PATH=${candidate} is not an executable` : `no browser at ${candidate}`;
    return { found: false, reason: `The browser test needs Chromium: ${where}. ${INSTALL_CHROMIUM}` };
  }
}

/** Whether a browser test without a browser fails (CI) or skips with the reason (a laptop). */
export function mustHaveBrowser(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/** Headless Chromium; as root (CI) it cannot use its sandbox, so it runs without. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const args = ['--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-background-networking'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath, headless: true, args, timeout: 60_000 });
}

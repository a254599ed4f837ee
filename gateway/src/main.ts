import { startGateway } from './gateway.ts';
import { gatewaySettingsOrExit } from './settings.ts';

/** The gateway on its own (docker compose): every setting from the environment. */
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const gateway = await startGateway({
  ...gatewaySettingsOrExit(),
  // VERIFY_PAGE=off serves the API only (the label check page then lives elsewhere).
  ...(process.env.VERIFY_PAGE === 'off' ? { verifyPage: false as const } : {}),
});
console.log(`gateway ready at ${gateway.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void gateway.close().then(() => process.exit(0)));
}

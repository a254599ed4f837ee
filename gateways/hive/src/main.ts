import { gatewaySettingsOrExit } from '@alliance/gateway';
import { startHiveGateway } from './gateway.ts';

/**
 * Hive Gateway on the same supergraph and the same environment as our gateway (gateway/src/main.ts:
 * gatewaySettingsFromEnv), plus HIVE_PLANNER=rust for Hive Router's Rust query planner (js by default).
 */
const planner = process.env.HIVE_PLANNER || 'js';
if (planner !== 'js' && planner !== 'rust') {
  console.error(`HIVE_PLANNER must be js or rust, not "${planner}". See README.md, "Another gateway".`);
  process.exit(1);
}
const gateway = await startHiveGateway({ ...gatewaySettingsOrExit(), planner });
console.log(`Hive Gateway (${gateway.planner} planner) ready at ${gateway.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void gateway.close().then(() => process.exit(0)));
}

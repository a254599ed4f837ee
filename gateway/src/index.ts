export { startGateway, queryLimits, introspectionFromEnv, type GatewayOptions, type RunningGateway } from './gateway.ts';
export { defaultVerifyPageDir, verifyPageHeaders } from './verify-page.ts';

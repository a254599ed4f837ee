export { startGateway, queryLimits, introspectionFromEnv, type GatewayOptions, type RunningGateway } from './gateway.ts';

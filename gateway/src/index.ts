export { startGateway, queryLimits, type GatewayOptions, type RunningGateway } from './gateway.ts';

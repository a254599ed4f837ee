export { startHiveGateway, type HiveGatewayOptions, type Planner, type RunningHiveGateway } from './gateway.ts';

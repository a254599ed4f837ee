export { startGateway, queryLimits, armorConfig, formatErrorWith, introspectionFromEnv, trustProxyFromEnv, type TrustProxy, type GatewayOptions, type RunningGateway } from './gateway.ts';
export { gatewaySettingsFromEnv, gatewaySettingsOrExit, GatewaySettingError, defaultSupergraphFile, type GatewaySettings } from './settings.ts';
export { defaultVerifyPageDir, verifyPageHeaders } from './verify-page.ts';

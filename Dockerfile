# One image for every service of the supergraph; the compose file picks the workspace to run.
FROM node:24-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/ packages/
COPY subgraphs/ subgraphs/
COPY gateway/ gateway/
COPY gateways/ gateways/
COPY stack/ stack/
COPY clients/typescript/ clients/typescript/
COPY bench/package.json bench/package.json
COPY schema/ schema/
# The public label check page, which the gateway serves at /01/* and /verify/*.
COPY web/ web/
COPY tsconfig.base.json codegen.ts ./
# tsx runs the TypeScript sources directly (dev dependencies are needed for it).
RUN npm ci --include=dev --no-audit --no-fund
USER node

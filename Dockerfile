# The explorer's app image; Neo4j runs in its own container (see docker-compose.yml).
# Built once: the UI with Vite and the server with tsc (tsconfig.build.json); the running image holds compiled
# JavaScript and the runtime dependencies, and runs them with node (no tsx, no TypeScript at run time).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:server && npx vite build --logLevel warn

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/build ./
COPY --from=build /app/dist/client ./dist/client
COPY seed/prince-group.json ./seed/prince-group.json
# The built UI is newer than everything it is made from, so start.js serves it instead of rebuilding it.
RUN touch dist/client/index.html
EXPOSE 3000
CMD ["node", "scripts/start.js"]

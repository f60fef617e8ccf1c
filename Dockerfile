# The explorer's app image; Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build --logLevel warn
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npx", "tsx", "scripts/start.ts"]

import { errorResponses, jsonResponse, type OpenApiFragment } from '../openapi/fragment.ts';
import { ROLES } from './authConfig.ts';

export const sessionOpenApi: OpenApiFragment = {
  paths: {
    '/session': {
      get: {
        operationId: 'session',
        summary: 'The caller: auth mode, name and role (401 in token mode without a valid token).',
        responses: {
          '200': jsonResponse('The signed-in caller.', {
            type: 'object',
            required: ['mode', 'user'],
            additionalProperties: false,
            properties: {
              mode: { enum: ['local', 'token'] },
              user: {
                type: 'object',
                required: ['name', 'role'],
                additionalProperties: false,
                properties: { name: { type: 'string' }, role: { enum: [...ROLES] } },
              },
            },
          }),
          ...errorResponses(),
        },
      },
    },
  },
};

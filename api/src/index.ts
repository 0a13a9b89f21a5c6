export { createApi, CSRF_HEADER } from './yoga.ts';
export { readEnv, type Env } from './env.ts';

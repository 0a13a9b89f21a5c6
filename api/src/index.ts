export { type Env, readEnv } from './env.ts';
export { CSRF_HEADER, createApi } from './yoga.ts';

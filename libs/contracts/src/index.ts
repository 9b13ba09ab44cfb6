export * from './access-log';
export * from './auth';
export * from './clients';
export * from './common';
export * from './errors';
export * from './health';
export * from './paths';
export * from './team';

import { Foundation1764072000000 } from './1764072000000-foundation';

/** Every migration in order, listed explicitly: globs do not survive the webpack bundle. */
export const MIGRATIONS = [Foundation1764072000000];

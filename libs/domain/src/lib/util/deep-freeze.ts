/**
 * Freezes a plain data structure all the way down. The built-in definitions
 * are shared module-level constants; freezing them stops one caller from
 * silently changing what every other caller sees.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

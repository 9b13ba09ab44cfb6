const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset };

// Dates in tests are UTC unless a test says otherwise; workers inherit this.
process.env.TZ = 'UTC';

// For benches started with plain `node -r ts-node/register`: the API's
// tsconfig (its paths reach libs/domain), set before ts-node reads it.
process.env.TS_NODE_PROJECT ??= 'apps/api/tsconfig.app.json';

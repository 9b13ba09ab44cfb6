const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'cli', entryPath: './src/cli.ts' },
        // Started by the report render pool as a worker thread, by file name.
        {
          entryName: 'report-worker',
          entryPath: './src/reports/pdf/report-worker.ts',
        },
      ],
      tsConfig: './tsconfig.app.json',
      // Types are checked by the typecheck target (the same tsconfig); the
      // build only transpiles, so `npm test` does not check them twice.
      typeCheckOptions: false,
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};

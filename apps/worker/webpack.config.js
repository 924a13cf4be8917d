const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { readFileSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '../..');
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

/** An entry point a lib declares for a bundle of its own, by its import path (tsconfig.base.json). */
const libEntryPoint = (importPath) => join(root, paths[importPath][0]);

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/worker'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Build inputs the libs declare (see their READMEs): the certificate render threads run
      // certificate-render-thread.js beside main.js (src/app/worker.module.ts passes its path).
      additionalEntryPoints: [
        {
          entryName: 'certificate-render-thread',
          entryPath: libEntryPoint('@bina-pustaka/api-certificates/render-thread'),
        },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};

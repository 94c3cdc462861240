/**
 * Rules of the import graph, checked by `npm run lint:deps` (part of `npm run lint`) and by
 * test/architecture.test.ts. Data flows one way (HTTP → adapter → bot → dialogs → core → knowledge)
 * and the offline tools stay out of the service.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-import-of-tools',
      comment: 'The service (src/, dialogs/) never loads the offline tools (tools/): only scripts/ run them.',
      severity: 'error',
      from: { path: '^(src|dialogs)/' },
      to: { path: '^tools/' },
    },
    {
      name: 'no-bot-import-of-dialogs',
      comment: 'dialogs/ builds on src/bot, never the reverse: only the composition root (src/index.ts) wires the dialogs in.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^dialogs/' },
    },
    {
      name: 'no-module-cycles',
      comment: 'No module may import itself through others at run time (type-only imports vanish when compiled).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|artifacts|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};

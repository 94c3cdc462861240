/**
 * No cycle between folders. The composition root (src/index.ts) imports every folder and nothing
 * imports it, so it is left out here: it would otherwise join its folder to all the others.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const base = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Two folders must not depend on each other, directly or through other folders.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: { ...base.options, exclude: { path: '^(node_modules|dist|artifacts|coverage)/|^src/index\\.ts$' } },
};

// Run by `npm run build` (postbuild): brotli and gzip versions of the web assets, at best ratio,
// into dist/assets, so that the service never compresses them while answering.
import { compressedBodies, defaultAssetCacheDir, versionedPath } from '../src/server/staticAssets.js';
import { webAssetSpecs } from '../src/server/routes/web.js';

for (const spec of webAssetSpecs()) {
  const { identity, br, gzip } = await compressedBodies(spec, defaultAssetCacheDir, 'build');
  console.log(
    `${versionedPath(spec)} : ${(identity.length / 1024).toFixed(0)} Ko, brotli ${(br.length / 1024).toFixed(0)} Ko, gzip ${(gzip.length / 1024).toFixed(0)} Ko`,
  );
}

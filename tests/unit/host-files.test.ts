/** The files written for hosts that read them (src/integrations/host-files.ts), at the root and under a sub-path. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { headersFile, redirectsFile } from '../../src/integrations/host-files.ts';

describe('_headers', () => {
  it('sets the security headers on every path and a year’s cache on hashed assets', () => {
    const file = headersFile('/');
    assert.match(file, /^\/\*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin$/m);
    assert.match(file, /^\/_astro\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
  });
  it('follows the sub-path of the build', () => {
    assert.match(headersFile('/smtp/'), /^\/smtp\/\*$/m);
    assert.match(headersFile('/smtp/'), /^\/smtp\/_astro\/\*$/m);
  });
});

describe('_redirects', () => {
  it('sends an unknown address under each locale to that locale’s 404 page, with status 404', () => {
    const lines = redirectsFile('/').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.deepEqual(lines, LOCALES.map((l) => `/${l}/*  /${l}/404.html  404`));
    assert.match(redirectsFile('/smtp/'), /^\/smtp\/ja\/\*  \/smtp\/ja\/404\.html  404$/m);
  });
});

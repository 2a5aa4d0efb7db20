/**
 * docs/reference.md is written from the schemas, the editor's field wording and the site's
 * addresses (scripts/reference-docs.ts): it must be exactly what the script writes today, so a new
 * field, a changed hint or a new address cannot leave the reference behind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILE, referenceMarkdown } from '../../scripts/reference-docs';
import { COLLECTIONS } from '../../src/schemas';
import { objectShape } from '../../src/schemas/introspect';

describe('the content reference', () => {
  const written = readFileSync(REFERENCE_FILE, 'utf8');

  it('is what npm run docs writes from the schemas today', () => {
    // If this fails: run `npm run docs` and commit docs/reference.md.
    expect(written).toBe(referenceMarkdown());
  });

  it('documents every field of every kind of content, with its editor wording', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      for (const field of Object.keys(objectShape(spec.schema))) {
        expect(written, `${name} → ${field}`).toMatch(new RegExp(`^\\| \`${field}\` \\| [^|]+ \\| [^|]+ \\| \\*\\*[^*]+\\.\\*\\* `, 'm'));
      }
    }
  });
});

/**
 * Each content file is parsed once per build: the content check hands the fields it parsed to
 * the content loader, which takes them only for exactly the text the check read.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { dropParsed, handOverParsed, takeParsed } from '../../src/lib/content/parsed-once';
import { readText } from '../../src/lib/content/files';
import { BASIC_CONTENT, contentWith } from '../helpers/content';

afterEach(() => dropParsed());

describe('the content check hands what it parsed to the loader', () => {
  it('hands over every entry it checked, each with its text and its fields as parsed', () => {
    const { problems, parsed, entries } = checkContent(BASIC_CONTENT);
    expect(problems).toEqual([]);
    const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
    expect(parsed.size).toBeGreaterThanOrEqual(total);
    const [file, first] = [...parsed].find(([path]) => path.endsWith('policies/uniform.md'))!;
    expect(first.data.title).toBe('Uniform');
    handOverParsed(parsed);
    // The loader reads the same file, gets the same text, and takes the fields: once.
    const text = readText(readFileSync(file)).text!;
    expect(takeParsed(file, text)).toBe(first.data);
    expect(takeParsed(file, text)).toBeUndefined();
  });

  it('gives nothing for a file whose text is not the text the check read (edited since): the loader parses that afresh', () => {
    const dir = contentWith({});
    const { parsed } = checkContent(dir);
    handOverParsed(parsed);
    const file = [...parsed.keys()].find((path) => path.endsWith('policies/uniform.md'))!;
    const edited = `${parsed.get(file)!.text}\nA line added after the check.\n`;
    writeFileSync(file, edited);
    expect(takeParsed(file, edited)).toBeUndefined();
  });

  it('gives nothing for a file the check did not read, nor once the hand-over is dropped', () => {
    const { parsed } = checkContent(BASIC_CONTENT);
    handOverParsed(parsed);
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'parsed-once-')), 'uniform.md');
    const [file, first] = [...parsed][0]!;
    writeFileSync(elsewhere, first.text);
    expect(takeParsed(elsewhere, first.text)).toBeUndefined();
    dropParsed();
    expect(takeParsed(file, first.text)).toBeUndefined();
  });
});

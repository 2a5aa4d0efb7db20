/**
 * The jobs parents do online (src/lib/domain/parent-actions.ts) and who runs each outside service
 * (src/lib/domain/providers.ts): a known company is named with its privacy notice only when the
 * address really is theirs, and a look-alike address is named as itself.
 */
import { describe, expect, it } from 'vitest';
import { mainLink, parentActions } from '../../src/lib/domain/parent-actions';
import { providerOf } from '../../src/lib/domain/providers';
import { settingsSchema } from '../../src/schemas/settings';

describe('who runs a service', () => {
  it('names known companies, at their own address or any address under it, with their privacy notice', () => {
    expect(providerOf('https://www.parentpay.com/')).toEqual({
      host: 'www.parentpay.com',
      company: 'ParentPay',
      privacyUrl: 'https://www.parentpay.com/parentpaygroup/privacy-policy',
    });
    expect(providerOf('https://hazelbrook.schoolcloud.co.uk/').company).toBe('SchoolCloud');
    expect(providerOf('https://studybugs.com/').company).toBe('Studybugs');
    expect(providerOf('https://LOGIN.ARBOR.SC./').company).toBe('Arbor Education');
    // Known, but with no checked privacy notice: named, with no link rather than a guessed one.
    expect(providerOf('https://login.arbor.sc/').privacyUrl).toBeUndefined();
    expect(providerOf('https://forms.office.com/r/abc')).toMatchObject({ company: 'Microsoft', privacyUrl: 'https://privacy.microsoft.com/privacystatement' });
  });

  it('names a look-alike or unknown address by its host, never as the company it imitates', () => {
    for (const url of [
      'https://parentpay.com.evil.example/login',
      'https://evilparentpay.com/',
      'https://parentpay-com.example.org/',
      'https://www.parentpay.co/',
      'https://studybugs.com@evil.example/',
    ]) {
      const provider = providerOf(url);
      expect(provider.company, url).toBe(provider.host);
      expect(provider.privacyUrl, url).toBeUndefined();
    }
  });
});

describe('the jobs parents do online', () => {
  const settings = (parent_actions: unknown) => settingsSchema.shape.parent_actions.parse(parent_actions);

  it('lists nothing when the school has set none up', () => {
    expect(parentActions(undefined)).toEqual([]);
    expect(parentActions(settings({}))).toEqual([]);
  });

  it('lists the jobs set up, absence first, each way of doing it with who runs the online one', () => {
    const actions = parentActions(
      settings({
        app: { url: 'https://login.arbor.sc/' },
        absence: { phone: '01632 960 418, option 1', email: 'absence@school.example', url: 'https://studybugs.com/', note: 'By 9:15am.' },
        payments: { url: 'https://pay.example.org/school' },
      }),
    );
    expect(actions.map((a) => a.key)).toEqual(['absence', 'payments', 'app']);
    expect(actions[0]!.links).toEqual([
      { kind: 'phone', href: 'tel:01632960418', text: '01632 960 418, option 1' },
      { kind: 'email', href: 'mailto:absence@school.example', text: 'absence@school.example' },
      { kind: 'web', href: 'https://studybugs.com/', provider: { host: 'studybugs.com', company: 'Studybugs', privacyUrl: 'https://studybugs.com/privacy' } },
    ]);
    expect(actions[0]!.note).toBe('By 9:15am.');
    expect(actions[1]!.links).toEqual([
      { kind: 'web', href: 'https://pay.example.org/school', provider: { host: 'pay.example.org', company: 'pay.example.org' } },
    ]);
    // The footer's one link per job: the online form first, with who runs it.
    expect(actions.map(mainLink)).toEqual([
      { href: 'https://studybugs.com/', company: 'Studybugs' },
      { href: 'https://pay.example.org/school', company: 'pay.example.org' },
      { href: 'https://login.arbor.sc/', company: 'Arbor Education' },
    ]);
  });

  it('falls back to email, then phone, for the footer, and dials only the number of a phone line', () => {
    const [byPhone] = parentActions(settings({ absence: { phone: '+44 1632 960418 (24 hours)' } }));
    expect(mainLink(byPhone!)).toEqual({ href: 'tel:+441632960418' });
    const [byEmail] = parentActions(settings({ absence: { phone: 'Ring the office', email: 'office@school.example' } }));
    expect(byEmail!.links[0]).toEqual({ kind: 'phone', href: undefined, text: 'Ring the office' });
    expect(mainLink(byEmail!)).toEqual({ href: 'mailto:office@school.example' });
  });

  it('refuses a way of doing a job that is not a secure web address, or an absence with no way at all', () => {
    const parse = (value: unknown) => settingsSchema.shape.parent_actions.safeParse(value);
    for (const url of ['javascript:alert(1)', 'http://pay.example.org/', 'data:text/html,<script>alert(1)</script>', '//pay.example.org/']) {
      expect(parse({ payments: { url } }).success, url).toBe(false);
      expect(parse({ absence: { url } }).success, url).toBe(false);
    }
    expect(parse({ absence: { note: 'Tell us by 9:15am.' } }).success).toBe(false);
  });
});

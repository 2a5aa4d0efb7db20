/**
 * schema.org JSON-LD that search engines read: the school, events, news articles, closures, breadcrumbs.
 * Times carry the school's UTC offset on that day so they mean the right instant.
 */
import type { Settings } from '../../schemas/settings';
import { isAllDay, offsetMinutes, toInstant, type LocalDate, type LocalDateTime } from '../core/time';
import { withoutForbiddenCharacters } from '../security/xml';

type Json = Record<string, unknown>;

/** `2026-10-13T15:30:00+01:00` for a school time; a plain date stays a date. */
export function isoWithOffset(value: LocalDate | LocalDateTime, timeZone: string): string {
  if (isAllDay(value)) return value;
  const offset = offsetMinutes(toInstant(value, timeZone), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${value.length === 16 ? `${value}:00` : value}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The school as an `ElementarySchool`-compatible `School`, with address and contact details. */
export function schoolJsonLd(settings: Settings): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'School',
    '@id': `${new URL('/', settings.url).href}#school`,
    name: settings.name,
    url: new URL('/', settings.url).href,
    telephone: settings.phone,
    email: settings.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [settings.address.line1, settings.address.line2].filter(Boolean).join(', '),
      addressLocality: settings.address.town,
      postalCode: settings.address.postcode,
      addressCountry: 'GB',
    },
    ...(settings.social.length ? { sameAs: settings.social.map((s) => s.url) } : {}),
  };
}

/** An event, at its next date (or its first, when all have passed). */
export function eventJsonLd(
  event: { title: string; summary: string; location?: string; url: string; booking_url?: string },
  when: { start: string; end: string },
  settings: Settings,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: event.url,
    startDate: isoWithOffset(when.start, settings.timezone),
    endDate: isoWithOffset(when.end, settings.timezone),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: event.location ? `${event.location}, ${settings.name}` : settings.name,
      address: schoolJsonLd(settings).address,
    },
    organizer: { '@type': 'School', name: settings.name, url: new URL('/', settings.url).href },
    ...(event.booking_url
      ? { offers: { '@type': 'Offer', url: event.booking_url, price: 0, priceCurrency: 'GBP', availability: 'https://schema.org/InStock' } }
      : {}),
  };
}

/** A newsletter or class update. */
export function articleJsonLd(
  article: { title: string; summary: string; date: LocalDate; url: string; author?: string; images?: string[] },
  settings: Settings,
): Json {
  const publisher = { '@type': 'School', name: settings.name, url: new URL('/', settings.url).href };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.date,
    url: article.url,
    mainEntityOfPage: article.url,
    author: article.author ? { '@type': 'Person', name: article.author } : publisher,
    publisher,
    ...(article.images?.length ? { image: article.images } : {}),
  };
}

/** What a vacancy's job posting is made from: its fields, its page and its full description as HTML. */
export interface JobPostingSource {
  id: string;
  title: string;
  /** The whole advert as HTML: search engines show it as the job's description. */
  descriptionHtml: string;
  date: LocalDate;
  closes: LocalDateTime;
  working: 'full-time' | 'part-time';
  contract: 'permanent' | 'fixed-term';
  salary?: { min: number; max?: number; per: 'year' | 'day' | 'hour' };
  url: string;
}

const EMPLOYMENT_TYPE = { 'full-time': 'FULL_TIME', 'part-time': 'PART_TIME' } as const;
const SALARY_UNIT = { year: 'YEAR', day: 'DAY', hour: 'HOUR' } as const;

/**
 * An open vacancy as a schema.org `JobPosting`, with what search engines' job listings require
 * (title, description, datePosted, validThrough, hiringOrganization, jobLocation) and recommend
 * (employmentType, baseSalary when the pay is given as figures, identifier). The school is the
 * employer and the place of work. Only for an open vacancy: a closed one carries none.
 */
export function jobPostingJsonLd(job: JobPostingSource, settings: Settings): Json {
  const school = schoolJsonLd(settings);
  const salary = job.salary;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.descriptionHtml,
    datePosted: job.date,
    validThrough: isoWithOffset(job.closes, settings.timezone),
    employmentType: [EMPLOYMENT_TYPE[job.working], ...(job.contract === 'fixed-term' ? ['TEMPORARY'] : [])],
    hiringOrganization: { '@type': 'School', name: settings.name, sameAs: school.url, url: school.url },
    jobLocation: { '@type': 'Place', name: settings.name, address: school.address },
    identifier: { '@type': 'PropertyValue', name: settings.name, value: job.id },
    url: job.url,
    ...(salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'GBP',
            value: {
              '@type': 'QuantitativeValue',
              ...(salary.max !== undefined && salary.max !== salary.min ? { minValue: salary.min, maxValue: salary.max } : { value: salary.min }),
              unitText: SALARY_UNIT[salary.per],
            },
          },
        }
      : {}),
  };
}

/**
 * A school closure as schema.org's `SpecialAnnouncement`: what search engines show for "is the
 * school open today". `datePosted` and `expires` carry the school's offset; the school itself is
 * the `announcementLocation` (the same `@id` as the home page's School), and the notice's page is
 * its `schoolClosuresInfo`. `category` is text: schema.org allows it, and no code list names closures.
 */
export function specialAnnouncementJsonLd(
  notice: { title: string; summary: string; starts: LocalDateTime; expires: LocalDateTime; url: string },
  settings: Settings,
): Json {
  const school = schoolJsonLd(settings);
  return {
    '@context': 'https://schema.org',
    '@type': 'SpecialAnnouncement',
    name: notice.title,
    text: notice.summary,
    url: notice.url,
    datePosted: isoWithOffset(notice.starts, settings.timezone),
    expires: isoWithOffset(notice.expires, settings.timezone),
    category: 'School closure',
    schoolClosuresInfo: notice.url,
    announcementLocation: { '@type': 'School', '@id': school['@id'], name: school.name, url: school.url, address: school.address },
  };
}

/** The trail from the home page to this page. */
export function breadcrumbJsonLd(trail: { label: string; href: string }[], origin: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.label, item: new URL(crumb.href, origin).href })),
  };
}

/**
 * JSON for a <script type="application/ld+json">, safe against a title containing `</script>`
 * (every `<` is written `\u003c`, so no tag can close the script). Text goes through the same
 * filter as the feeds' (src/lib/security/xml.ts): a pasted control character or a lone surrogate half is
 * noise to a search engine, and U+FFFE or U+FFFF would be written raw into the page.
 */
export function serialiseJsonLd(data: Json | Json[]): string {
  return JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? withoutForbiddenCharacters(value) : value)).replace(/</g, '\\u003c');
}

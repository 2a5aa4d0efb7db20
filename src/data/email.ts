/** A newsletter's email version, from the same entry and pictures as its page. */
import type { EmailNewsletter } from '../lib/domain/email';
import { formatDate } from '../lib/core/format';
import { settings, type Newsletter } from './site';
import { uploadedJpeg } from './uploads';
import { entryPath } from '../schemas/routes';
import { fileCacheKey, pictures } from './page-cache';

/** The school's brand colour, as in src/styles/tokens.css (mail programs cannot read CSS variables). */
const BRAND = '#1f5a4a';

export async function emailNewsletter(newsletter: Newsletter): Promise<EmailNewsletter> {
  const d = newsletter.data;
  const a = settings.address;
  const picture = d.image ? await uploadedJpeg(d.image.src, 1072) : undefined;
  return {
    school: {
      name: settings.name,
      url: settings.url,
      phone: settings.phone,
      email: settings.email,
      address: [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join(', '),
    },
    title: d.title,
    dateLabel: formatDate(d.date),
    summary: d.summary,
    bodyHtml: newsletter.rendered?.html ?? '',
    webUrl: new URL(entryPath('newsletters', newsletter.id), settings.url).href,
    picture: picture && d.image ? { src: new URL(picture.src, settings.url).href, alt: d.image.alt, width: picture.width, height: picture.height } : undefined,
    brand: BRAND,
  };
}

/**
 * One email file per published newsletter, kept from the last build while what `emailNewsletter`
 * reads is the same: the entry, the settings and the picture it shows.
 */
export async function emailPaths(getNewsletters: () => Promise<Newsletter[]>) {
  return Promise.all(
    (await getNewsletters()).map(async (newsletter) => ({
      params: { slug: newsletter.id },
      props: { newsletter },
      cacheKey: fileCacheKey({ newsletter, settings, pictures: await pictures(newsletter.data.image ? [newsletter.data.image.src] : []) }),
    })),
  );
}

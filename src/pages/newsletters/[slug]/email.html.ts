/** A newsletter as an HTML email the office can paste into the school's mailing system. */
import type { APIContext } from 'astro';
import { emailNewsletter, emailPaths } from '../../../data/email';
import { getNewsletters, type Newsletter } from '../../../data/site';
import { emailHtml } from '../../../lib/domain/email';

export const getStaticPaths = () => emailPaths(getNewsletters);

export async function GET({ props }: APIContext<{ newsletter: Newsletter }>) {
  return new Response(emailHtml(await emailNewsletter(props.newsletter)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

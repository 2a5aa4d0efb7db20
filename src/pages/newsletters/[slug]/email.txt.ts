/** A newsletter as plain text, the "text version" mailing systems send alongside the HTML. */
import type { APIContext } from 'astro';
import { emailNewsletter, emailPaths } from '../../../data/email';
import { getNewsletters, type Newsletter } from '../../../data/site';
import { emailText } from '../../../lib/domain/email';

export const getStaticPaths = () => emailPaths(getNewsletters);

export async function GET({ props }: APIContext<{ newsletter: Newsletter }>) {
  return new Response(emailText(await emailNewsletter(props.newsletter)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

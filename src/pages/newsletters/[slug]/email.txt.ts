/** A newsletter as plain text, the "text version" mailing systems send alongside the HTML. */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { emailNewsletter, emailPaths } from '@/data/email';
import { getNewsletters } from '@/data/site';
import { emailText } from '@/lib/domain/email';

export const getStaticPaths = (() => emailPaths(getNewsletters)) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET({ props }: APIContext<Props>) {
  return new Response(emailText(await emailNewsletter(props.newsletter)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

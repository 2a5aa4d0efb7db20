/** A newsletter as an HTML email the office can paste into the school's mailing system. */
import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { emailNewsletter, emailPaths } from '@/data/email';
import { getNewsletters } from '@/data/site';
import { emailHtml } from '@/lib/domain/email';

export const getStaticPaths = (() => emailPaths(getNewsletters)) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET({ props }: APIContext<Props>) {
  return new Response(emailHtml(await emailNewsletter(props.newsletter)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

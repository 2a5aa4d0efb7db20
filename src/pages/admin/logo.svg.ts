/**
 * The editor's logo: the school's name beside a badge in the school's colours, taken from the
 * site's design tokens, so the login page and the editor's header are recognisably the school's.
 */
import type { APIRoute } from 'astro';
import tokens from '@/styles/tokens.css?raw';
import { cmsLogo } from '../../../admin/config/logo';
import { contentDir, loadSettings } from '@/lib/content/settings';

export const GET: APIRoute = () => {
  const { name } = loadSettings(contentDir());
  return new Response(cmsLogo(name, tokens), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

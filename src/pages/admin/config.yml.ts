/**
 * The CMS configuration as YAML, for whoever looks after the site to read: it is generated from
 * the schemas at build time (the editor itself receives the same configuration inside the page).
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { adminSetup } from '@/data/admin';

export const GET: APIRoute = async ({ url }) => {
  const { config } = await adminSetup(import.meta.env.DEV ? url.origin : undefined);
  const note = '# Generated from src/schemas/ and admin/config/fields.ts by admin/config/. Do not edit.\n';
  return new Response(note + stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};

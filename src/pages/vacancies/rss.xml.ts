/** Open vacancies, `/vacancies/rss.xml`. */
import type { APIRoute } from 'astro';
import { vacanciesFeed } from '@/data/vacancies';

export const GET: APIRoute = () => vacanciesFeed();

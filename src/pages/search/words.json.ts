/** Words from every title and summary, fetched by the search page only when a search finds nothing. */
import { siteVocabulary } from '@/data/search';

export async function GET() {
  return new Response(JSON.stringify(await siteVocabulary()), { headers: { 'Content-Type': 'application/json' } });
}

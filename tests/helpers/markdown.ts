/** Markdown rendered by the real Sätteri processor, set up as astro.config.mjs sets it up. */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markupAsTextPlugin, safeHtmlPlugin } from '../../src/lib/security/safe-html';

const processor = await createSatteriMarkdownProcessor({
  features: { rawHtml: true },
  mdastPlugins: [markupAsTextPlugin() as never],
  hastPlugins: [safeHtmlPlugin() as never],
  syntaxHighlight: false,
});

/** The HTML an entry's Markdown body becomes on the site. */
export async function renderMarkdown(markdown: string): Promise<string> {
  return (await processor.render(markdown)).code;
}

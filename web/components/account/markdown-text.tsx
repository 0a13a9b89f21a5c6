import type { ReactNode } from 'react';

/**
 * The small Markdown of the editable pages, rendered as React elements (never as HTML, so an
 * edit cannot inject markup): "# "/"## " headings, "- " lists, blank lines between paragraphs.
 */
export function MarkdownText({ source }: { source: string }) {
  const blocks = source.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, index) => (
        // Blocks have no identity beyond their place in the text.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
        <Block key={index} block={block.trim()} />
      ))}
    </>
  );
}

function Block({ block }: { block: string }): ReactNode {
  if (!block) return null;
  const heading = /^(#{1,3})\s+(.*)$/.exec(block);
  if (heading && !block.includes('\n')) {
    const level = (heading[1]?.length ?? 1) + 1; // the page's own title is the h1
    const Tag = `h${Math.min(level, 4)}` as 'h2' | 'h3' | 'h4';
    return <Tag>{heading[2]}</Tag>;
  }
  const lines = block.split('\n');
  if (lines.every((line) => /^[-*]\s+/.test(line))) {
    return (
      <ul>
        {lines.map((line) => (
          <li key={line}>{line.replace(/^[-*]\s+/, '')}</li>
        ))}
      </ul>
    );
  }
  return <p>{lines.join(' ')}</p>;
}

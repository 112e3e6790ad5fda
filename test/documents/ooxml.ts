/** Reading the parts of a .docx in tests: a strict XML parser (saxes, namespace-aware), so a malformed part fails. */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The element tree of a part; throws on anything that is not well-formed XML with bound namespace prefixes. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    const node: XmlNode = { name: tag.name, attributes, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every element of that name under a node, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    for (const child of n.children) {
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}

export function first(node: XmlNode, name: string): XmlNode | undefined {
  return all(node, name)[0];
}

/** The parts of a .docx as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));
}

/** The text of a paragraph, from its w:t elements. */
export function paragraphText(p: XmlNode): string {
  return all(p, 'w:t').map((t) => t.text).join('');
}

/**
 * The element's public API from custom-elements.json, for Storybook's autodocs: private and
 * internal members (and reactive state the analyzer lists as attributes) are left out, so the
 * args table shows exactly what a user can set, listen to and style.
 */
import raw from '../packages/event-timeline/custom-elements.json';

interface Item {
  name?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  description?: string;
  parameters?: { name: string; type?: { text: string } }[];
  [key: string]: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  [key: string]: unknown;
}
interface Manifest {
  modules: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const isPublic = (item: Item) => !!item.name && !item.name.startsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected' && !item.static;

function publicApi(declaration: Declaration): Declaration {
  const privateFields = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
  return {
    ...declaration,
    members: declaration.members?.filter(isPublic),
    attributes: declaration.attributes?.filter((a) => isPublic(a) && !privateFields.has(a.fieldName)),
    events: declaration.events?.filter((e) => !!e.name),
  };
}

const manifest = raw as unknown as Manifest;

/** custom-elements.json with only the public API of each element. */
export const publicManifest: Manifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(publicApi) })),
};

/** The declaration of a tag in the public manifest. */
export function declarationOf(tagName: string): Declaration | undefined {
  return publicManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
}

/** Markdown for the public methods, which Storybook's args table does not list. */
export function methodsMarkdown(tagName: string): string {
  const methods = (declarationOf(tagName)?.members ?? []).filter((m) => m.kind === 'method');
  if (methods.length === 0) return '';
  const lines = methods.map((m) => {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ');
    return `- \`${m.name}(${params})\`: ${(m.description ?? '').replace(/\s*\n\s*/g, ' ')}`;
  });
  return `### Methods\n\n${lines.join('\n')}`;
}

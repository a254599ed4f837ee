/** A page as the domain returns it (`Page` of @alliance/domain-kit). */
interface PageLike<T> {
  nodes: readonly T[];
  hasNextPage: boolean;
  cursorOf(node: T): string;
}

/** The `edges` of a GraphQL connection (edges/pageInfo), from a page. */
export function edgesOf<T>(page: PageLike<T>): { cursor: string; node: T }[] {
  return page.nodes.map((node) => ({ cursor: page.cursorOf(node), node }));
}

/** The `pageInfo` of a GraphQL connection, from a page: the end cursor is its last node's. */
export function pageInfoOf<T>(page: PageLike<T>): { hasNextPage: boolean; endCursor: string | null } {
  const last = page.nodes[page.nodes.length - 1];
  return { hasNextPage: page.hasNextPage, endCursor: last === undefined ? null : page.cursorOf(last) };
}

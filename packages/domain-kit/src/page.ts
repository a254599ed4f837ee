/**
 * One page of a keyset-paginated list, as the domain hands it to the transport (which turns it
 * into a GraphQL connection): the nodes, whether more follow, and each node's opaque cursor.
 */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  cursorOf(node: T): string;
}

/** A page from rows fetched with `limit + 1`: the extra row only says that more follow. */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (node: T) => string): Page<T> {
  return { nodes: rows.slice(0, limit), hasNextPage: rows.length > limit, cursorOf };
}

/** Entities of other subgraphs, as insurance refers to them: by their key only. */
export interface LotReference {
  id: string;
}
export interface MemberReference {
  id: string;
}

/** Entities of other subgraphs, as branding refers to them: by their key only. */
export interface LotReference {
  id: string;
}
export interface MemberReference {
  id: string;
}
export interface ShipmentReference {
  id: string;
}

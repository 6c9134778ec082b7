import { cityOf } from '../data/places';
import {
  DESIGNATION_KINDS,
  DESIGNATION_TYPES,
  type Dataset,
  type Designation,
  type DesignationKind,
  type DesignationLevel,
  type DesignationType,
  type Holding,
  type Place,
} from '../data/types';

/**
 * The designations matrix: titles (rows) × cities (columns), district-held titles
 * under their city. Only titles go in the matrix; typical cases, honours,
 * platforms and approvals to prepare are listed apart, as what they are.
 */

const LEVELS: DesignationLevel[] = ['national', 'provincial', 'municipal', 'unstated'];

export interface MatrixRow {
  designation: Designation;
  /** Holdings per city id, each naming the district or zone that holds it where that is not the city itself. */
  cells: Record<string, Holding[]>;
}

export interface MatrixSection {
  level: DesignationLevel;
  kind: DesignationKind;
  rows: MatrixRow[];
}

export interface Matrix {
  cities: Place[];
  sections: MatrixSection[];
  /** Recognitions that are not titles, by type. */
  others: { type: Exclude<DesignationType, 'title'>; rows: MatrixRow[] }[];
}

export function designationMatrix(data: Dataset): Matrix {
  const cities = data.places.filter((p) => p.level === 'city');
  const sections: MatrixSection[] = [];
  for (const level of LEVELS) {
    for (const kind of DESIGNATION_KINDS) {
      const designations = data.designations.filter(
        (d) => d.type === 'title' && d.level === level && d.kind === kind && d.holders.length > 0,
      );
      if (designations.length === 0) continue;
      const rows = designations
        .map((designation) => ({ designation, cells: cellsOf(data.places, cities, designation) }))
        .sort((a, b) => firstYear(a.designation) - firstYear(b.designation) || a.designation.id.localeCompare(b.designation.id));
      sections.push({ level, kind, rows });
    }
  }
  const others = DESIGNATION_TYPES.filter((t): t is Exclude<DesignationType, 'title'> => t !== 'title')
    .map((type) => ({
      type,
      rows: data.designations
        .filter((d) => d.type === type && d.holders.length > 0)
        .map((designation) => ({ designation, cells: cellsOf(data.places, cities, designation) }))
        .sort((a, b) => firstYear(a.designation) - firstYear(b.designation) || a.designation.id.localeCompare(b.designation.id)),
    }))
    .filter((g) => g.rows.length > 0);
  return { cities, sections, others };
}

function cellsOf(places: Place[], cities: Place[], designation: Designation): Record<string, Holding[]> {
  const cells: Record<string, Holding[]> = Object.fromEntries(cities.map((c) => [c.id, []]));
  for (const h of designation.holders) {
    const city = cityOf(places, h.place);
    if (city) cells[city.id]?.push(h);
  }
  return cells;
}

function firstYear(d: Designation): number {
  return Math.min(...d.holders.map((h) => h.year ?? h.heldBy ?? 9999));
}

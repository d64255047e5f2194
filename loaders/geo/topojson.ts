// TopoJSON → GeoJSON for the province boundary files a deployment may configure (the project ships no
// boundaries). Arcs are delta-encoded and quantised (the "transform"); coordinates are rounded to
// ~100 m, plenty for a province map and far smaller to send.
interface Topology {
  type: "Topology";
  transform?: {scale: [number, number]; translate: [number, number]};
  arcs: [number, number][][];
  objects: Record<string, {type: "GeometryCollection"; geometries: TopoGeometry[]}>;
}

interface TopoGeometry {
  type: "Polygon" | "MultiPolygon" | null;
  arcs?: number[][] | number[][][];
  properties?: Record<string, unknown>;
}

export interface Feature {
  type: "Feature";
  properties: Record<string, unknown>;
  geometry: {type: "Polygon"; coordinates: number[][][]} | {type: "MultiPolygon"; coordinates: number[][][][]};
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function topologyFeatures(topology: Topology, objectName = Object.keys(topology.objects)[0]!): Feature[] {
  const {scale, translate} = topology.transform ?? {
    scale: [1, 1] as [number, number],
    translate: [0, 0] as [number, number]
  };
  // Decode every arc once.
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return topology.transform
        ? [round(x * scale[0] + translate[0]), round(y * scale[1] + translate[1])]
        : [round(dx), round(dy)];
    });
  });
  const ring = (indexes: number[]) => {
    const points: number[][] = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  return topology.objects[objectName]!.geometries.filter((g) => g.type === "Polygon" || g.type === "MultiPolygon").map(
    (g) => ({
      type: "Feature",
      properties: g.properties ?? {},
      geometry:
        g.type === "Polygon"
          ? {type: "Polygon", coordinates: (g.arcs as number[][]).map(ring)}
          : {type: "MultiPolygon", coordinates: (g.arcs as number[][][]).map((polygon) => polygon.map(ring))}
    })
  );
}

/** The GSO province code of a boundary feature (files name it "province_code" or "code"). */
export function featureProvinceCode(feature: Feature): string | undefined {
  const code = feature.properties.province_code ?? feature.properties.code;
  return typeof code === "string" && /^\d{2}$/.test(code) ? code : undefined;
}

/** A drawn point and the group (community, cluster) it belongs to. */
export interface GroupedPoint {
  x: number;
  y: number;
  group: number;
}

export interface Separation {
  /** Mean distance between the centroids of two groups, over every pair of groups. */
  betweenCentroids: number;
  /** Mean, over the groups, of their members' mean distance to the group's centroid. */
  withinRadius: number;
  /** betweenCentroids / withinRadius: about 1 or less for a ball of mixed groups, well above for separate clusters. */
  ratio: number;
  /** Groups counted: those of two points or more. */
  groups: number;
}

/**
 * How far apart a picture's groups are against how spread out each is: the mean distance
 * between group centroids divided by the mean within-group radius. It reads the same at any
 * scale and rotation of the picture. Groups of one point have no radius and are left out.
 */
export function clusterSeparation(points: readonly GroupedPoint[]): Separation {
  const byGroup = new Map<number, GroupedPoint[]>();
  for (const point of points) {
    const list = byGroup.get(point.group);
    if (list) list.push(point);
    else byGroup.set(point.group, [point]);
  }
  const centroids: { x: number; y: number }[] = [];
  let radii = 0;
  for (const group of [...byGroup.keys()].sort((a, b) => a - b)) {
    const members = byGroup.get(group)!;
    if (members.length < 2) continue;
    const cx = members.reduce((sum, p) => sum + p.x, 0) / members.length;
    const cy = members.reduce((sum, p) => sum + p.y, 0) / members.length;
    radii += members.reduce((sum, p) => sum + Math.hypot(p.x - cx, p.y - cy), 0) / members.length;
    centroids.push({ x: cx, y: cy });
  }
  const groups = centroids.length;
  if (groups < 2) return { betweenCentroids: NaN, withinRadius: NaN, ratio: NaN, groups };
  let between = 0;
  for (let i = 0; i < groups; i++)
    for (let j = i + 1; j < groups; j++) between += Math.hypot(centroids[i]!.x - centroids[j]!.x, centroids[i]!.y - centroids[j]!.y);
  const betweenCentroids = between / ((groups * (groups - 1)) / 2);
  const withinRadius = radii / groups;
  return { betweenCentroids, withinRadius, ratio: withinRadius > 0 ? betweenCentroids / withinRadius : Infinity, groups };
}

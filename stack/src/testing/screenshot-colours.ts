import { PNG } from 'pngjs';

/**
 * What colour a screenshot is, for the browser tests: the most frequent colour of a PNG (a result
 * card's fill), and the family a person would name it by. web/verify/verify.css paints a genuine
 * card green (#e4f4e8), an already-verified one amber (#fff3d6), a revoked or counterfeit one red
 * (#fde7e5), and loading, prompt and error cards grey (#eceae3).
 */
export type ColourFamily = 'green' | 'amber' | 'red' | 'grey' | 'other';
export type Rgb = readonly [number, number, number];

export interface ColourCount {
  rgb: Rgb;
  hex: string;
  share: number;
  family: ColourFamily;
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Hue in degrees and HSL saturation (0–1) of a colour. */
export function hueAndSaturation([r, g, b]: Rgb): { hue: number; saturation: number; lightness: number } {
  const [rf, gf, bf] = [r / 255, g / 255, b / 255];
  const max = Math.max(rf, gf, bf);
  const min = Math.min(rf, gf, bf);
  const delta = max - min;
  const lightness = (max + min) / 2;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (max === rf) hue = 60 * (((gf - bf) / delta + 6) % 6);
  else if (max === gf) hue = 60 * ((bf - rf) / delta + 2);
  else hue = 60 * ((rf - gf) / delta + 4);
  return { hue, saturation, lightness };
}

/** The family of a colour: pale tints count by their hue once they carry some colour at all. */
export function colourFamily(rgb: Rgb): ColourFamily {
  const { hue, saturation, lightness } = hueAndSaturation(rgb);
  if (saturation < 0.3 || lightness < 0.08 || lightness > 0.99) return 'grey';
  if (hue < 20 || hue >= 340) return 'red';
  if (hue >= 25 && hue < 65) return 'amber';
  if (hue >= 85 && hue < 170) return 'green';
  return 'other';
}

/** The colours of a PNG by share of its pixels (transparent ones left out), most frequent first. */
export function colourCounts(png: Buffer, top = 5): ColourCount[] {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  let opaque = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3]! < 250) continue;
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    opaque++;
  }
  if (opaque === 0) throw new Error('The screenshot has no opaque pixel.');
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => {
      const rgb: Rgb = [(key >> 16) & 255, (key >> 8) & 255, key & 255];
      return { rgb, hex: hex(rgb), share: n / opaque, family: colourFamily(rgb) };
    });
}

/** Share of the pixels within `tolerance` (per channel) of a colour: a border, an icon's ink. */
export function shareNear(png: Buffer, target: Rgb, tolerance = 24): number {
  const image = PNG.sync.read(png);
  let near = 0;
  let all = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    all++;
    if (
      Math.abs(image.data[i]! - target[0]) <= tolerance &&
      Math.abs(image.data[i + 1]! - target[1]) <= tolerance &&
      Math.abs(image.data[i + 2]! - target[2]) <= tolerance
    ) {
      near++;
    }
  }
  return all === 0 ? 0 : near / all;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height };
}

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { colourCounts, colourFamily, shareNear, type Rgb } from '../src/testing/screenshot-colours.ts';

/** A PNG filled with `fill`, with a band of `band` over a quarter of it (text, a border). */
function png(fill: Rgb, band?: Rgb): Buffer {
  const image = new PNG({ width: 40, height: 20 });
  for (let y = 0; y < 20; y++) {
    for (let x = 0; x < 40; x++) {
      const [r, g, b] = band && y < 5 ? band : fill;
      const i = (y * 40 + x) * 4;
      image.data[i] = r;
      image.data[i + 1] = g;
      image.data[i + 2] = b;
      image.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(image);
}

describe('screenshot colours (the browser test’s eye)', () => {
  it('names verify.css’s card fills and inks by family', () => {
    expect(colourFamily([0xe4, 0xf4, 0xe8])).toBe('green'); // --green-bg
    expect(colourFamily([0x1b, 0x7a, 0x3a])).toBe('green'); // --green
    expect(colourFamily([0xff, 0xf3, 0xd6])).toBe('amber'); // --amber-bg
    expect(colourFamily([0xd9, 0x9a, 0x00])).toBe('amber'); // amber border
    expect(colourFamily([0xfd, 0xe7, 0xe5])).toBe('red'); // --red-bg
    expect(colourFamily([0xb3, 0x26, 0x1e])).toBe('red'); // --red
    expect(colourFamily([0xec, 0xea, 0xe3])).toBe('grey'); // --grey-bg: loading, prompt, error
    expect(colourFamily([0xff, 0xff, 0xff])).toBe('grey');
    expect(colourFamily([0x1d, 0x24, 0x21])).toBe('grey'); // --ink
    expect(colourFamily([0x30, 0x60, 0xe0])).toBe('other');
  });

  it('finds the dominant colour of a PNG and the share near a colour', () => {
    const card = png([0xfd, 0xe7, 0xe5], [0xb3, 0x26, 0x1e]);
    const [first, second] = colourCounts(card);
    expect(first).toMatchObject({ hex: '#fde7e5', family: 'red', share: 0.75 });
    expect(second).toMatchObject({ hex: '#b3261e', family: 'red', share: 0.25 });
    expect(shareNear(card, [0xb0, 0x28, 0x20])).toBe(0.25);
    expect(shareNear(card, [0x1b, 0x7a, 0x3a])).toBe(0);
    expect(colourCounts(png([0xec, 0xea, 0xe3]))[0]!.family).toBe('grey');
  });
});
